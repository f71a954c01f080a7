use super::{at, has_document, law, office_name};
use crate::citation::{Authority::*, Citation};
use crate::message::{message, Message};
use crate::model::assignment::{AssignmentRecord, Conveyance, EvidenceKind, EvidenceKind::*};
use crate::office::Office::{self, *};
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the record includes a document each office accepts as evidence of the change (`documents`):
    /// - a change by contract (assignment, licence, security interest): at the EPO the deed itself, an extract of
    ///   it, an official document verifying it or a declaration of transfer signed by both parties; at the JPO and
    ///   KIPO the deed of assignment (or a certificate of transfer); at CNIPA the transfer contract; at the USPTO
    ///   the document to be recorded, whatever it is;
    /// - a merger: a document of the competent authority (or another official document);
    /// - a change by operation of law: the official document (court decision, certificate of inheritance).
    ///
    /// PLT Rule 16(2)-(5) is the ceiling a PLT Contracting Party may ask: a copy or extract of the contract or an
    /// uncertified certificate of transfer signed by both parties; for a merger, a copy of the authority's
    /// document. Its text was not confirmed. The International Bureau asks for evidence only when the new applicant
    /// requests the change, which was not confirmed either: a warning there.
    ///
    /// ## Why it matters
    /// No office records a transfer on the parties' say-so: the EPO may reject a request only for want of evidence,
    /// and a transfer takes effect before it only when and to the extent the evidence is produced.
    ///
    /// ## Legal basis
    /// 37 CFR 3.28; Rule 22(1) EPC; JPO practice (deed of assignment); KIPO practice (registration of transfer);
    /// CN Patent Law Art. 10; PCT Rule 92bis.1 (unconfirmed); PLT Rule 16 (unconfirmed).
    pub static RULE = Rule {
        id: "assignment/transfer-evidence-missing",
        summary: "no document an office accepts as evidence of the change is included",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "3.28"), Grade::B),
            policy(EP, Error, law::EP_EVIDENCE, Grade::A),
            policy(JP, Error, law::JP_DEED, Grade::C),
            policy(KR, Error, law::KR_TRANSFER, Grade::C),
            policy(CN, Error, law::CN_TRANSFER, Grade::C),
            policy(WO, Warning, law::WO_CHANGE, Grade::Unconfirmed),
        ],
        examples: Examples {
            fires: &[
                r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane"}], "assignees": [{"name": "Acme Corporation"}], "properties": [{"office": "EP", "number": "21204983.7"}]}"#,
                r#"{"conveyance": "merger", "assignors": [{"name": "Old Corp."}], "assignees": [{"name": "New Corp."}], "properties": [{"office": "JP", "number": "特願2021-123456"}], "documents": [{"type": "assignment-deed"}]}"#,
            ],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

/// What each office accepts for a change by contract (any document at the USPTO, which records the document itself).
const BY_CONTRACT: &[(Office, &[EvidenceKind])] = &[
    (US, &[AssignmentDeed, ContractExtract, TransferDeclaration, MergerCertificate, OfficialDocument, Other]),
    (EP, &[AssignmentDeed, ContractExtract, TransferDeclaration, OfficialDocument]),
    (JP, &[AssignmentDeed, TransferDeclaration]),
    (KR, &[AssignmentDeed, TransferDeclaration]),
    (CN, &[AssignmentDeed]),
    (WO, &[AssignmentDeed, ContractExtract, TransferDeclaration, OfficialDocument]),
];

/// What every office accepts for a merger, and for a change by operation of law.
const MERGER: &[EvidenceKind] = &[MergerCertificate, OfficialDocument];
const BY_LAW: &[EvidenceKind] = &[OfficialDocument];

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let Some(conveyance) = record.conveyance else { return };
    // A change of name is a correction of the register, not a transfer.
    if conveyance == Conveyance::ChangeOfName {
        return;
    }
    let concerned = record.offices();
    for (office, by_contract) in BY_CONTRACT {
        // Already recorded there (USPTO assignment data): the office had the document.
        if !concerned.contains(office) || record.recorded_at(*office) {
            continue;
        }
        let wanted = match (conveyance, office) {
            (Conveyance::Merger, _) => Message::term("transfer-evidence-missing-document-competent-authority"),
            (Conveyance::OperationOfLaw, _) => Message::term("transfer-evidence-missing-official-document-court"),
            (_, US) => Message::term("transfer-evidence-missing-document-recorded"),
            (_, CN) => Message::term("transfer-evidence-missing-contract-signed-sealed"),
            (_, JP | KR) => Message::term("transfer-evidence-missing-deed-assignment"),
            _ => Message::term("transfer-evidence-missing-deed-extract-declaration"),
        };
        // The USPTO records the document itself, whatever it is.
        let accepted = match conveyance {
            _ if *office == US => by_contract,
            Conveyance::Merger => MERGER,
            Conveyance::OperationOfLaw => BY_LAW,
            _ => by_contract,
        };
        if !has_document(record, accepted) {
            out.report_among(
                &RULE,
                &[*office],
                at(record, "documents", None),
                message!(
                    "transfer-evidence-missing",
                    conveyance = kind_of(conveyance),
                    office = office_name(*office),
                    document = wanted
                ),
            );
        }
    }
}

/// The change as messages name it, with its article: "an assignment", "a merger".
fn kind_of(conveyance: Conveyance) -> Message {
    match conveyance {
        Conveyance::Assignment => Message::term("transfer-evidence-missing-assignment"),
        Conveyance::SecurityInterest => Message::term("transfer-evidence-missing-security-interest"),
        Conveyance::Release => Message::term("transfer-evidence-missing-release-security-interest"),
        Conveyance::Merger => Message::term("transfer-evidence-missing-merger"),
        Conveyance::ChangeOfName => Message::term("transfer-evidence-missing-change-name"),
        Conveyance::License => Message::term("transfer-evidence-missing-licence"),
        Conveyance::OperationOfLaw => Message::term("transfer-evidence-missing-change-operation-law"),
        Conveyance::Other => Message::term("transfer-evidence-missing-conveyance"),
    }
}

use super::{at, subject, who};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::assignment::{AssignmentRecord, CopyForm, EvidenceKind, SignatureForm};
use crate::office::Office::{self, *};
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Forms of documents the JPO and KIPO refuse:
    /// - JPO: a deed of assignment signed with a typed signature (a seal, a handwritten signature, or, on a deed
    ///   filed online as PDF, an electronic signature is needed), or given as a plain copy (the original or a
    ///   notarised true copy is expected). Since January 2024 the JPO takes deeds online as PDF with an electronic
    ///   signature in place of the seal ("押印が必要な書面は押印に代わり、電子署名が必要です", JPO, 権利の移転等に関する
    ///   手続のデジタル化), so an electronically signed deed is not a defect;
    /// - KIPO: a nationality certificate or power of attorney given as a copy (originals are expected).
    ///
    /// ## Why it matters
    /// These offices record transfers on paper originals; a request with a typed signature or a photocopy is
    /// refused and must be filed again.
    ///
    /// ## Legal basis
    /// JPO, 署名の本人確認措置について (29 Oct 2021; grade A, read on jpo.go.jp): since the ordinances of 28 Dec 2020 and
    /// 12 Jun 2021, the certificates filed with a change of applicant or a request to record a transfer (譲渡証書等)
    /// bear a seal by which the signer can be identified (a registered seal, JPO, 登録に関する申請書及び添付書面への押印
    /// について), or, from a foreigner, a signature (署名, handwritten) of which the representative states that the
    /// signer's intention was confirmed; a typed name is neither. Since January 2024, electronic signatures on deeds
    /// filed online as PDF (the JPO's page on the digitalisation of transfer procedures; grade A). That the JPO asks
    /// for the original deed or a notarised true copy, and KIPO for original supporting documents, is the offices'
    /// practice as practitioners report it (grade C); PLT Rule 16(2) lets an office ask that a copy be certified.
    /// Provisions cited: JPO, 署名の本人確認措置について (2021) (seal or signature on the deed); JPO practice (original deed) (JP);
    /// KIPO practice (original supporting documents) (KR).
    pub static RULE = Rule {
        id: "assignment/document-form-not-accepted",
        summary: "a signature or copy is of a form the JPO or KIPO refuses",
        offices: &[
            policy(JP, Error, Citation::new(OfficePractice, "JPO, 署名の本人確認措置について (2021) (seal or signature on the deed); JPO practice (original deed)"), Grade::C),
            policy(KR, Error, Citation::new(OfficePractice, "KIPO practice (original supporting documents)"), Grade::C),
        ],
        examples: Examples {
            fires: &[
                r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "signed": true, "signature": "text-string"}], "properties": [{"office": "JP", "number": "特願2021-123456"}]}"#,
                r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "country": "US", "power_of_attorney": {"copy": "copy"}}], "properties": [{"office": "KR", "number": "10-2021-0123456"}]}"#,
            ],
            silent: &[
                super::COMPLETE,
                r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "signed": true, "signature": "electronic"}], "properties": [{"office": "JP", "number": "特願2021-123456"}]}"#,
            ],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let concerned = record.offices();
    let at_office = |office: Office| concerned.contains(&office);
    if at_office(JP) {
        for (path, party) in record.parties() {
            // An electronic signature stands in for the seal on a deed filed online as PDF (since January 2024).
            if party.signature == Some(SignatureForm::TextString) {
                let party = subject(&path, party);
                let message = message!("document-form-not-accepted", party = party);
                out.report_among(&RULE, &[JP], at(record, &format!("{path}.signature"), None), message);
            }
        }
        for (i, document) in record.documents.iter().enumerate() {
            let deed = matches!(document.kind, Some(EvidenceKind::AssignmentDeed | EvidenceKind::TransferDeclaration));
            if deed && document.copy == Some(CopyForm::Copy) {
                out.report_among(
                    &RULE,
                    &[JP],
                    at(record, &format!("documents[{i}].copy"), None),
                    message!("document-form-not-accepted-deed-plain-copy"),
                );
            }
        }
    }
    if at_office(KR) {
        for (path, party) in record.parties() {
            for (key, document) in [
                ("power_of_attorney", &party.power_of_attorney),
                ("nationality_certificate", &party.nationality_certificate),
            ] {
                if document.as_ref().is_some_and(|d| d.copy == Some(CopyForm::Copy)) {
                    let party = who(&path, party);
                    let message = if key == "power_of_attorney" {
                        message!("document-form-not-accepted-power-attorney-copy", party = party)
                    } else {
                        message!("document-form-not-accepted-nationality-certificate-copy", party = party)
                    };
                    out.report_among(&RULE, &[KR], at(record, &format!("{path}.{key}.copy"), None), message);
                }
            }
        }
    }
}

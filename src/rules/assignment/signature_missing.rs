use super::{at, subject, who};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::assignment::{AssignmentRecord, Conveyance};
use crate::office::Office::{self, *};
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the parties whose signature an office requires on the document of a contractual change (an assignment,
    /// a licence, a security interest) have signed it, or that the record says so: both parties at the EPO and
    /// CNIPA, the assignor at the JPO and KIPO. A change by merger, change of name or operation of law rests on an
    /// official document instead.
    ///
    /// ## Why it matters
    /// An assignment of a European application must be in writing and signed by the parties to the contract; CNIPA
    /// asks for a transfer contract signed or sealed by both parties; the JPO and KIPO ask for a deed signed by the
    /// assignor (the JPO, reportedly, by both). A record that does not say whether a party signed cannot be ready.
    ///
    /// ## Legal basis
    /// Art. 72 EPC; JPO practice (signatures on the deed of assignment); KIPO practice (deed signed by the assignor);
    /// CNIPA Guidelines for Patent Examination, Part I, Chapter 1, 6.7 (as reproduced by practitioners).
    pub static RULE = Rule {
        id: "assignment/signature-missing",
        summary: "a party whose signature an office requires has not signed",
        offices: &[
            policy(EP, Error, Citation::new(EpcArticle, "72"), Grade::A),
            policy(JP, Error, Citation::new(OfficePractice, "JPO practice (signatures on the deed of assignment)"), Grade::C),
            policy(KR, Error, Citation::new(OfficePractice, "KIPO practice (deed signed by the assignor)"), Grade::C),
            policy(CN, Error, Citation::new(OfficePractice, "CNIPA Guidelines for Patent Examination, Part I, Chapter 1, 6.7"), Grade::C),
        ],
        examples: Examples {
            fires: &[
                r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "signed": false}], "assignees": [{"name": "Acme Corporation", "signed": true}], "properties": [{"office": "EP", "number": "21204983.7"}]}"#,
                r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "signed": true}], "assignees": [{"name": "Acme Corporation"}], "properties": [{"office": "CN", "number": "202110123456.7"}]}"#,
            ],
            silent: &[
                super::COMPLETE,
                r#"{"conveyance": "merger", "assignors": [{"name": "Old Corp."}], "assignees": [{"name": "New Corp."}], "properties": [{"office": "EP", "number": "21204983.7"}]}"#,
            ],
        },
        check: Check::Assignment(check),
    };
}

/// Per office: whether the assignees must sign too (the assignors always must).
const SIGNERS: &[(Office, bool)] = &[(EP, true), (JP, false), (KR, false), (CN, true)];

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    if !record.conveyance.is_some_and(Conveyance::by_contract) {
        return;
    }
    let concerned = record.offices();
    for (path, party) in record.parties().filter(|(_, p)| p.signed != Some(true)) {
        let assignee = path.starts_with("assignees");
        let offices: Vec<Office> =
            SIGNERS.iter().filter(|(o, both)| concerned.contains(o) && (!assignee || *both)).map(|(o, _)| *o).collect();
        let message = match party.signed {
            Some(false) => message!("signature-missing", party = subject(&path, party)),
            _ => message!("signature-missing-record-does-not", party = who(&path, party)),
        };
        out.report_among(&RULE, &offices, at(record, &format!("{path}.signed"), None), message);
    }
}

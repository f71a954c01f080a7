use super::at;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the person submitting the document to the USPTO is named and has signed the cover sheet (`submitter`).
    /// A record taken from USPTO assignment data is already recorded, so this is not checked for it.
    ///
    /// ## Why it matters
    /// The cover sheet must carry the signature of the party submitting the document; filed electronically, a
    /// typed signature between slashes (`/Jane Roe/`) will do. An unsigned cover sheet is returned.
    ///
    /// ## Legal basis
    /// 37 CFR 3.31(a)(7).
    pub static RULE = Rule {
        id: "assignment/cover-sheet-signature-missing",
        summary: "the USPTO cover sheet is not signed by the submitter",
        offices: &[policy(US, Error, Citation::new(Cfr37, "3.31(a)(7)"), Grade::A)],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane"}], "assignees": [{"name": "Acme Corporation"}], "properties": [{"office": "US", "number": "16/123,456"}], "submitter": {"name": "Alex Agent", "signed": false}}"#],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    if record.recorded_at(US) || !record.concerns(US) {
        return;
    }
    let (path, message) = match &record.submitter {
        None => ("submitter", message!("cover-sheet-signature-missing")),
        Some(s) if s.name.is_none() => {
            ("submitter.name", message!("cover-sheet-signature-missing-submitter-who-signs"))
        }
        Some(s) if s.signed != Some(true) => (
            "submitter.signed",
            message!(
                "cover-sheet-signature-missing-submitter-has-not",
                name = crate::rules::util::excerpt(s.name.as_deref().unwrap_or_default(), 0, 60)
            ),
        ),
        Some(_) => return,
    };
    out.report_among(&RULE, &[US], at(record, path, None), message);
}

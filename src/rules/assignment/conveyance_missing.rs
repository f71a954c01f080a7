use super::at;
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the record says what is conveyed: an assignment, a security interest, a merger, a change of name, a
    /// licence, a release…
    ///
    /// ## Why it matters
    /// The USPTO's cover sheet must describe the interest conveyed or the transaction to be recorded; without it
    /// the document is returned. The other offices need to know it too, to know which evidence to ask for.
    ///
    /// ## Legal basis
    /// 37 CFR 3.31(a)(3).
    pub static RULE = Rule {
        id: "assignment/conveyance-missing",
        summary: "the record does not say what is conveyed",
        offices: &[policy(US, Error, crate::citation::Citation::new(crate::citation::Authority::Cfr37, "3.31(a)(3)"), Grade::A)],
        examples: Examples {
            fires: &[r#"{"assignors": [{"name": "Roe, Jane"}], "assignees": [{"name": "Acme Corporation"}], "properties": [{"office": "US", "number": "16/123,456"}]}"#],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    if record.conveyance.is_none() {
        out.report_among(&RULE, &record.offices(), at(record, "conveyance", None), message!("conveyance-missing"));
    }
}

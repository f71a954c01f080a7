use super::at;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the record names a correspondent, with a name and an address: the party the USPTO writes to about the
    /// recordation. (An e-mail address is useful but not required.)
    ///
    /// ## Why it matters
    /// The cover sheet must give the name and address of the party to whom correspondence about the request should
    /// be mailed; the USPTO sends the notice of recordation there.
    ///
    /// ## Legal basis
    /// 37 CFR 3.31(a)(5).
    pub static RULE = Rule {
        id: "assignment/correspondent-missing",
        summary: "the correspondent's name or address is missing",
        offices: &[policy(US, Error, Citation::new(Cfr37, "3.31(a)(5)"), Grade::A)],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane"}], "assignees": [{"name": "Acme Corporation"}], "properties": [{"office": "US", "number": "16/123,456"}], "correspondent": {"name": "Patent Group LLP"}}"#],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    if !record.concerns(US) {
        return;
    }
    let (path, message) = match &record.correspondent {
        None => ("correspondent", message!("correspondent-missing")),
        Some(c) if c.name.is_none() => ("correspondent.name", message!("correspondent-missing-has-no-name")),
        Some(c) if c.address.is_none() => ("correspondent.address", message!("correspondent-missing-has-no-address")),
        Some(_) => return,
    };
    out.report_among(&RULE, &[US], at(record, path, None), message);
}

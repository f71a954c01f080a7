use super::{at, law, subject};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That every assignor's execution date (the date the assignor signed the document) is given.
    ///
    /// ## Why it matters
    /// The USPTO's cover sheet states the date the document was executed, and the JPO expects the deed of
    /// assignment to state it. The date also decides which rules apply and whether the recordation is timely
    /// (under 35 U.S.C. 261 an assignment recorded within three months of its date is good against later
    /// purchasers).
    ///
    /// ## Legal basis
    /// 37 CFR 3.31(a)(6); JPO practice (the deed states its execution date).
    pub static RULE = Rule {
        id: "assignment/execution-date-missing",
        summary: "an assignor's execution date is not given",
        offices: &[
            policy(US, Error, law::US_EXECUTION_DATE, Grade::A),
            policy(JP, Error, Citation::new(OfficePractice, "JPO practice (the deed states its execution date)"), Grade::C),
        ],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "signed": true}], "assignees": [{"name": "Acme Corporation"}], "properties": [{"office": "US", "number": "16/123,456"}]}"#],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let offices = record.offices();
    for (i, party) in record.assignors.iter().enumerate().filter(|(_, p)| p.execution_date.is_none()) {
        let path = format!("assignors[{i}]");
        out.report_among(
            &RULE,
            &offices,
            at(record, &format!("{path}.execution_date"), None),
            message!("execution-date-missing", party = subject(&path, party)),
        );
    }
}

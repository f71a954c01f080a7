use super::{add_months, at};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// For an international application listed under the PCT (`WO`) with its priority date, whether today is more
    /// than 30 months after the priority date. "Today" is the `today` option, or the clock's date.
    ///
    /// ## Why it matters
    /// The International Bureau does not record a change in the applicant when the request reaches it after 30
    /// months from the priority date. By then the application is in the national phase, and the change must be
    /// recorded at each designated office instead: list those offices' numbers.
    ///
    /// ## Legal basis
    /// PCT Rule 92bis.1(b).
    pub static RULE = Rule {
        id: "assignment/pct-change-too-late",
        summary: "a change in a PCT application is requested after 30 months from priority",
        offices: &[policy(WO, Error, Citation::new(PctRule, "92bis.1(b)"), Grade::A)],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "properties": [{"office": "WO", "kind": "application", "number": "PCT/US2021/012345", "priority_date": "2020-01-15"}]}"#],
            silent: &[
                super::COMPLETE,
                r#"{"conveyance": "assignment", "properties": [{"office": "WO", "kind": "application", "number": "PCT/US2021/012345", "priority_date": "2998-01-15"}]}"#,
            ],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let today = out.today();
    for (i, property) in record.properties.iter().enumerate().filter(|(_, p)| p.office == Some(WO)) {
        let Some(priority) = property.priority_date.as_ref().and_then(|d| d.date) else { continue };
        let limit = add_months(priority, 30);
        if today > limit {
            out.report_among(
                &RULE,
                &[WO],
                at(record, &format!("properties[{i}].priority_date"), Some(&priority.to_string())),
                message!("pct-change-too-late", priority = priority.to_string(), limit = limit.to_string()),
            );
        }
    }
}

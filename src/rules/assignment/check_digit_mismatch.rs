use super::{at, law, number_check};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The check digit of EP application numbers (`21204983.7`: the digits weighted 1, 2, 1, 2, … from the left,
    /// the digits of the products summed, the check digit bringing the sum to a multiple of ten) and the check
    /// character of CN application numbers (`201710601862.3`: the digits weighted 2 to 9, repeating, the sum
    /// modulo 11, `X` for 10).
    ///
    /// ## Why it matters
    /// A check digit that does not match means a digit of the number is mistyped: the transfer would be requested
    /// for a number that does not exist or is someone else's. The EPO states its algorithm for numbers from 2002;
    /// the CNIPA algorithm is known from practitioners' descriptions, verified on published numbers.
    ///
    /// ## Legal basis
    /// EPO Guidelines A-II, 1.7; CNIPA numbering (application number and check character).
    pub static RULE = Rule {
        id: "assignment/check-digit-mismatch",
        summary: "an EP or CN application number's check digit is wrong",
        offices: &[policy(EP, Error, law::EP_NUMBER, Grade::A), policy(CN, Error, law::CN_NUMBER, Grade::C)],
        examples: Examples {
            fires: &[
                r#"{"conveyance": "assignment", "properties": [{"office": "EP", "number": "EP 21 204 983.5"}]}"#,
                r#"{"conveyance": "assignment", "properties": [{"office": "CN", "number": "201710601862.4"}]}"#,
            ],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    for (i, property) in record.properties.iter().enumerate() {
        let Some(check) = number_check(property).filter(|c| c.wrong_check_digit) else { continue };
        let Some(office) = check.office else { continue };
        let number = property.number.as_deref().unwrap_or_default();
        out.report_among(
            &RULE,
            &[office],
            at(record, &format!("properties[{i}].number"), Some(number)),
            check.problem_template.unwrap_or_else(|| message!("check-digit-mismatch", number = number)),
        );
    }
}

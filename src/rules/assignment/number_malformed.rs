use super::{at, law, number_check};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::rules::{declare_rule, Check, Examples, Reporter};

declare_rule! {
    /// ## What it checks
    /// That each property's number is written as its office's numbers are: a US application as series code and
    /// serial number (`16/123,456`), an EP application as eight digits and a check digit (`21204983.7`), a JP
    /// application as year and serial (`2021-123456`), a KR application as right type, year and serial
    /// (`10-2021-0123456`), a CN application as twelve digits and a check character (`201710601862.3`), a PCT
    /// application as `PCT/US2021/012345`; and patents and publications likewise. Spaces, full-width digits, kind
    /// codes and prefixes such as `特願` or `EP` are read as people write them. (A wrong check digit is
    /// `assignment/check-digit-mismatch`.)
    ///
    /// ## Why it matters
    /// The office records the change against the number given; a number that cannot exist is not recorded, or
    /// worse, is recorded against someone else's application. The USPTO identifies a national application by series
    /// code and serial number and an international one by its PCT number.
    ///
    /// ## Legal basis
    /// 37 CFR 3.21; EPO Guidelines A-II, 1.7; JPO practice (Japanese application or patent number);
    /// KIPO practice (registration of transfer); CNIPA numbering (application number and check character);
    /// PCT Administrative Instructions Section 307.
    pub static RULE = Rule {
        id: "assignment/number-malformed",
        summary: "a property's number is not written as its office's numbers are",
        offices: law::NUMBER_FORMAT,
        examples: Examples {
            fires: &[
                r#"{"conveyance": "assignment", "properties": [{"office": "US", "kind": "application", "number": "16/12345"}]}"#,
                r#"{"conveyance": "assignment", "properties": [{"office": "KR", "number": "40-2021-0123456"}]}"#,
            ],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    for (i, property) in record.properties.iter().enumerate() {
        let Some(check) = number_check(property).filter(|c| !c.valid && !c.wrong_check_digit) else { continue };
        // A number of another office is `assignment/number-office-mismatch`'s (PCT numbers may be listed anywhere).
        if let (Some(listed), Some(found)) = (property.office, check.office) {
            if listed != found && found != WO {
                continue;
            }
        }
        let offices = property.office.or(check.office).map_or_else(|| record.offices(), |o| vec![o]);
        let number = property.number.as_deref().unwrap_or_default();
        // An invalid number always says why.
        let Some(problem) = check.problem_template else { continue };
        let message = if property.office.is_none() && check.office.is_none() {
            message!("number-malformed", property = i + 1, number = number, problem = problem)
        } else {
            message!("number-malformed-not-valid", number = number, problem = problem)
        };
        out.report_among(&RULE, &offices, at(record, &format!("properties[{i}].number"), Some(number)), message);
    }
}

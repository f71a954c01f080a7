use super::{at, law, number_check, office_name};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::numbers::NumberKind;
use crate::office::Office::*;
use crate::rules::{declare_rule, Check, Examples, Reporter};

declare_rule! {
    /// ## What it checks
    /// That each property's number is a number of the office it is listed under: an EP number listed under JP, or
    /// a US application number listed under the PCT, is in the wrong place. A PCT number may be listed under any
    /// office (the USPTO records against it; the national phase may not have its own number yet).
    ///
    /// ## Why it matters
    /// Each office records only against its own numbers. A property under the wrong office is either a typing
    /// mistake in the office or a property that office will not record, and the recordation where it belongs is
    /// then never requested.
    ///
    /// ## Legal basis
    /// 37 CFR 3.21; EPO Guidelines A-II, 1.7; JPO practice (Japanese application or patent number);
    /// KIPO practice (registration of transfer); CNIPA numbering (application number and check character);
    /// PCT Administrative Instructions Section 307.
    pub static RULE = Rule {
        id: "assignment/number-office-mismatch",
        summary: "a property's number belongs to another office than the one it is listed under",
        offices: law::NUMBER_FORMAT,
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "properties": [{"office": "JP", "kind": "application", "number": "21204983.7"}]}"#],
            silent: &[
                super::COMPLETE,
                r#"{"conveyance": "assignment", "properties": [{"office": "US", "kind": "application", "number": "PCT/US2021/012345"}]}"#,
            ],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    for (i, property) in record.properties.iter().enumerate() {
        let (Some(listed), Some(check)) = (property.office, number_check(property)) else { continue };
        let Some(found) = check.office.filter(|o| *o != listed && *o != WO) else { continue };
        let number = property.number.as_deref().unwrap_or_default();
        let (office, listed_name) = (office_name(found), office_name(listed));
        let message = match (check.kind, check.valid) {
            (Some(NumberKind::Application), true) => {
                message!("number-office-mismatch", number = number, listed = listed_name, office = office)
            }
            (Some(NumberKind::Patent), true) => message!(
                "number-office-mismatch-listed-under-but",
                number = number,
                listed = listed_name,
                office = office
            ),
            (Some(NumberKind::Publication), true) => message!(
                "number-office-mismatch-listed-under-but-publication",
                number = number,
                listed = listed_name,
                office = office
            ),
            (None, true) => message!(
                "number-office-mismatch-listed-under-but-check",
                number = number,
                listed = listed_name,
                office = office
            ),
            (_, false) => message!(
                "number-office-mismatch-listed-under-but-written",
                number = number,
                listed = listed_name,
                office = office
            ),
        };
        out.report_among(&RULE, &[listed], at(record, &format!("properties[{i}].number"), Some(number)), message);
    }
}

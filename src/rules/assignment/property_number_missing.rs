use super::{at, law, office_of};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the record lists the applications, patents or publications it is to be recorded against, each with
    /// its number.
    ///
    /// ## Why it matters
    /// A recordation is made against numbers: the USPTO's cover sheet lists each application and patent number,
    /// the JPO expects every Japanese number to be listed (no continuation or divisional is covered implicitly),
    /// and the EPO, KIPO, CNIPA and the International Bureau record against the application or patent named.
    ///
    /// ## Legal basis
    /// 37 CFR 3.31(a)(4); Rule 22(1) EPC; JPO practice (Japanese application or patent number);
    /// KIPO practice (registration of transfer); CN Patent Law Art. 10; PCT Rule 92bis.1.
    pub static RULE = Rule {
        id: "assignment/property-number-missing",
        summary: "no property is listed, or a property has no number",
        offices: &[
            policy(US, Error, law::US_PROPERTIES, Grade::A),
            policy(EP, Error, law::EP_EVIDENCE, Grade::B),
            policy(JP, Error, law::JP_NUMBER, Grade::C),
            policy(KR, Error, law::KR_TRANSFER, Grade::C),
            policy(CN, Error, law::CN_TRANSFER, Grade::C),
            policy(WO, Error, law::WO_CHANGE, Grade::A),
        ],
        examples: Examples {
            fires: &[
                r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane"}], "assignees": [{"name": "Acme Corporation"}]}"#,
                r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane"}], "assignees": [{"name": "Acme Corporation"}], "properties": [{"office": "JP", "kind": "application"}]}"#,
            ],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    if record.properties.is_empty() {
        out.report_among(&RULE, &record.offices(), at(record, "properties", None), message!("property-number-missing"));
    }
    for (i, property) in record.properties.iter().enumerate().filter(|(_, p)| p.number.is_none()) {
        let offices = office_of(property).map_or_else(|| record.offices(), |o| vec![o]);
        out.report_among(
            &RULE,
            &offices,
            at(record, &format!("properties[{i}].number"), None),
            message!("property-number-missing-has-no", property = i + 1),
        );
    }
}

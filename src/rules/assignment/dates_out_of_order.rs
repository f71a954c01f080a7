use super::{at, law, subject};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the record's dates come in an order that can be true: a party signs before the assignment is recorded,
    /// and a property's priority date is not after its filing date.
    ///
    /// ## Why it matters
    /// Dates out of order mean one of them is mistyped, and an office comparing the deed with the request will ask
    /// which is right. A warning: which date is wrong is for the applicant to say.
    ///
    /// ## Legal basis
    /// 37 CFR 3.31(a)(6); Rule 22(1) EPC; JPO practice (deed of assignment); KIPO practice (registration of transfer);
    /// CN Patent Law Art. 10; PCT Rule 92bis.1.
    pub static RULE = Rule {
        id: "assignment/dates-out-of-order",
        summary: "two dates of the record are in an impossible order",
        offices: &[
            policy(US, Warning, law::US_EXECUTION_DATE, Grade::A),
            policy(EP, Warning, law::EP_EVIDENCE, Grade::B),
            policy(JP, Warning, law::JP_DEED, Grade::C),
            policy(KR, Warning, law::KR_TRANSFER, Grade::C),
            policy(CN, Warning, law::CN_TRANSFER, Grade::C),
            policy(WO, Warning, law::WO_CHANGE, Grade::A),
        ],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "execution_date": "2024-03-01"}], "assignees": [{"name": "Acme Corporation"}], "recorded": {"office": "US", "date": "2024-02-01"}}"#],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let offices = record.offices();
    let recorded = record.recorded.as_ref().and_then(|r| r.date.as_ref()).and_then(|d| d.date);
    for (path, party) in record.parties() {
        let Some(signed) = party.execution_date.as_ref().and_then(|d| d.date) else { continue };
        if let Some(recorded) = recorded.filter(|r| signed > *r) {
            out.report_among(
                &RULE,
                &offices,
                at(record, &format!("{path}.execution_date"), Some(&signed.to_string())),
                message!(
                    "dates-out-of-order",
                    party = subject(&path, party),
                    signed = signed.to_string(),
                    recorded = recorded.to_string()
                ),
            );
        }
    }
    for (i, property) in record.properties.iter().enumerate() {
        let day = |d: &Option<crate::model::assignment::RecordDate>| d.as_ref().and_then(|d| d.date);
        if let (Some(priority), Some(filed)) = (day(&property.priority_date), day(&property.filing_date)) {
            if priority > filed {
                out.report_among(
                    &RULE,
                    &offices,
                    at(record, &format!("properties[{i}].priority_date"), Some(&priority.to_string())),
                    message!(
                        "dates-out-of-order-priority-date-after",
                        priority = priority.to_string(),
                        filed = filed.to_string()
                    ),
                );
            }
        }
    }
}

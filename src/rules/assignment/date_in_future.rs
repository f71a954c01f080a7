use super::{at, dates, law};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That no date in the record is after today: an execution date, a document's date, a filing or priority date
    /// or the date of recordation in the future is a mistake. "Today" is the `today` option, or the clock's date
    /// (UTC).
    ///
    /// ## Why it matters
    /// An office records a transfer that has taken place, on a document already executed; a deed dated in the
    /// future does not prove that. A future date is usually a typo in the year.
    ///
    /// ## Legal basis
    /// 37 CFR 3.31(a)(6); Rule 22(1) EPC; JPO practice (deed of assignment); KIPO practice (registration of transfer);
    /// CN Patent Law Art. 10; PCT Rule 92bis.1.
    pub static RULE = Rule {
        id: "assignment/date-in-future",
        summary: "a date is after today",
        offices: &[
            policy(US, Error, law::US_EXECUTION_DATE, Grade::A),
            policy(EP, Error, law::EP_EVIDENCE, Grade::A),
            policy(JP, Error, law::JP_DEED, Grade::C),
            policy(KR, Error, law::KR_TRANSFER, Grade::C),
            policy(CN, Error, law::CN_TRANSFER, Grade::C),
            policy(WO, Warning, law::WO_CHANGE, Grade::A),
        ],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "execution_date": "2999-01-15"}], "assignees": [{"name": "Acme Corporation"}]}"#],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let today = out.today();
    let offices = record.offices();
    for (path, date) in dates(record) {
        if let Some(day) = date.date.filter(|d| *d > today) {
            out.report_among(
                &RULE,
                &offices,
                at(record, &path, Some(&date.text)),
                message!("date-in-future", date = day.to_string(), today = today.to_string()),
            );
        }
    }
}

use super::{at, dates, law};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That every date in the record (execution dates, dates of documents, filing and priority dates, the date of
    /// recordation) is a real calendar date written `YYYY-MM-DD`: not 2023-02-29, not 15.01.2024.
    ///
    /// ## Why it matters
    /// A date that does not exist is a typing mistake in the document or in the record, and the office cannot take
    /// it as the execution date it requires. Where no office provision requires the date, it is a warning.
    ///
    /// ## Legal basis
    /// 37 CFR 3.31(a)(6); JPO practice (deed of assignment); Rule 22(1) EPC; KIPO practice (registration of transfer);
    /// CN Patent Law Art. 10; PCT Rule 92bis.1.
    pub static RULE = Rule {
        id: "assignment/date-invalid",
        summary: "a date is not a real calendar date",
        offices: &[
            policy(US, Error, law::US_EXECUTION_DATE, Grade::A),
            policy(EP, Warning, law::EP_EVIDENCE, Grade::B),
            policy(JP, Error, law::JP_DEED, Grade::C),
            policy(KR, Warning, law::KR_TRANSFER, Grade::C),
            policy(CN, Warning, law::CN_TRANSFER, Grade::C),
            policy(WO, Warning, law::WO_CHANGE, Grade::A),
        ],
        examples: Examples {
            fires: &[
                r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "execution_date": "2023-02-29"}], "assignees": [{"name": "Acme Corporation"}]}"#,
                r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "execution_date": "15.01.2024"}], "assignees": [{"name": "Acme Corporation"}]}"#,
            ],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let offices = record.offices();
    for (path, date) in dates(record).into_iter().filter(|(_, d)| d.date.is_none()) {
        let shape = date.text.len() == 10
            && date.text.as_bytes().get(4) == Some(&b'-')
            && date.text.as_bytes().get(7) == Some(&b'-');
        let message = if shape {
            message!("date-invalid", date = &date.text)
        } else {
            message!("date-invalid-not-written-yyyy", date = &date.text)
        };
        out.report_among(&RULE, &offices, at(record, &path, Some(&date.text)), message);
    }
}

use super::{add_months, at, who};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That an assignor's nationality certificate for KIPO was notarised no more than six months before today
    /// (`nationality_certificate.date`; "today" is the `today` option, or the clock's date).
    ///
    /// ## Why it matters
    /// KIPO reportedly accepts a nationality certificate notarised within the last six months only; an older one
    /// must be renewed before the request is filed. A national requirement beyond PLT Rule 16, known from
    /// practitioners.
    ///
    /// ## Legal basis
    /// KIPO practice (nationality certificate notarised within six months).
    pub static RULE = Rule {
        id: "assignment/nationality-certificate-stale",
        summary: "a nationality certificate for KIPO is more than six months old",
        offices: &[policy(KR, Error, Citation::new(OfficePractice, "KIPO practice (nationality certificate notarised within six months)"), Grade::C)],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "assignors": [{"name": "Acme Corporation", "kind": "organization", "country": "US", "nationality_certificate": {"notarized": true, "date": "2020-01-10"}}], "properties": [{"office": "KR", "number": "10-2021-0123456"}]}"#],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    if !record.concerns(KR) {
        return;
    }
    let today = out.today();
    for (i, party) in record.assignors.iter().enumerate() {
        let Some(notarized) = party.nationality_certificate.as_ref().and_then(|c| c.date.as_ref()).and_then(|d| d.date)
        else {
            continue;
        };
        let expiry = add_months(notarized, 6);
        if today > expiry {
            let path = format!("assignors[{i}]");
            out.report_among(
                &RULE,
                &[KR],
                at(record, &format!("{path}.nationality_certificate.date"), Some(&notarized.to_string())),
                message!("nationality-certificate-stale", party = who(&path, party), date = notarized.to_string()),
            );
        }
    }
}

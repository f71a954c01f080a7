use super::{abroad, at, subject};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::{self, *};
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the parties who act through a local attorney provide a power of attorney (`power_of_attorney`): at
    /// KIPO both parties residing outside Korea, at the JPO the assignee residing outside Japan (who files the
    /// notification of change of applicant). Parties whose country is not given are not checked.
    ///
    /// ## Why it matters
    /// Parties abroad act before the JPO and KIPO through a local patent attorney, and the transfer documents are
    /// filed with the powers of attorney; without them the request is not accepted.
    ///
    /// ## Legal basis
    /// JPO practice (notification of change of applicant with a power of attorney);
    /// KIPO practice (powers of attorney of assignor and assignee).
    pub static RULE = Rule {
        id: "assignment/power-of-attorney-missing",
        summary: "a party abroad has no power of attorney for the JPO or KIPO",
        offices: &[
            policy(JP, Error, Citation::new(OfficePractice, "JPO practice (notification of change of applicant with a power of attorney)"), Grade::C),
            policy(KR, Error, Citation::new(OfficePractice, "KIPO practice (powers of attorney of assignor and assignee)"), Grade::C),
        ],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "country": "US"}], "assignees": [{"name": "Acme Corporation", "country": "US"}], "properties": [{"office": "KR", "number": "10-2021-0123456"}]}"#],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

/// Per office: its country, and whether the assignors need a power of attorney too (the assignees always do).
const NEEDED: &[(Office, &str, bool)] = &[(JP, "JP", false), (KR, "KR", true)];

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let concerned = record.offices();
    for (path, party) in record.parties().filter(|(_, p)| p.power_of_attorney.is_none()) {
        let assignor = path.starts_with("assignors");
        let offices: Vec<Office> = NEEDED
            .iter()
            .filter(|(office, country, assignors)| {
                concerned.contains(office) && abroad(party, country) && (!assignor || *assignors)
            })
            .map(|(office, _, _)| *office)
            .collect();
        if !offices.is_empty() {
            out.report_among(
                &RULE,
                &offices,
                at(record, &format!("{path}.power_of_attorney"), None),
                message!("power-of-attorney-missing", party = subject(&path, party)),
            );
        }
    }
}

use super::{at, law, subject};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::{self, *};
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the parties whose address an office needs have one: the assignee's at the USPTO, the EPO and the
    /// International Bureau; both parties' at the JPO (full addresses, as in the JPO's records).
    ///
    /// ## Why it matters
    /// The USPTO's cover sheet gives the name *and address* of the party receiving the interest; a PCT applicant is
    /// identified by name, address, nationality and residence; the JPO checks both parties against its records.
    /// The EPO registers the new applicant's address, but the provision was not confirmed, so it is a warning
    /// there.
    ///
    /// ## Legal basis
    /// 37 CFR 3.31(a)(2); Rule 143(1)(f) EPC (unconfirmed); JPO practice (names and full addresses of both parties);
    /// PCT Rule 4.5(a).
    pub static RULE = Rule {
        id: "assignment/party-address-missing",
        summary: "a party has no address where an office needs one",
        offices: &[
            policy(US, Error, law::US_RECEIVING_ADDRESS, Grade::A),
            policy(EP, Warning, Citation::new(EpcRule, "143(1)(f)"), Grade::Unconfirmed),
            policy(JP, Error, Citation::new(OfficePractice, "JPO practice (names and full addresses of both parties)"), Grade::C),
            policy(WO, Error, law::WO_APPLICANT, Grade::A),
        ],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane"}], "assignees": [{"name": "Acme Corporation"}], "properties": [{"office": "US", "number": "16/123,456"}]}"#],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

/// Whose address each office needs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Whose {
    Assignees,
    Both,
}

const NEEDED: &[(Office, Whose)] =
    &[(US, Whose::Assignees), (EP, Whose::Assignees), (JP, Whose::Both), (WO, Whose::Assignees)];

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let concerned = record.offices();
    for (path, party) in record.parties().filter(|(_, p)| p.address.is_none()) {
        let assignor = path.starts_with("assignors");
        let offices: Vec<Office> = NEEDED
            .iter()
            .filter(|(office, whose)| concerned.contains(office) && (!assignor || *whose == Whose::Both))
            .map(|(office, _)| *office)
            .collect();
        if !offices.is_empty() {
            out.report_among(
                &RULE,
                &offices,
                at(record, &format!("{path}.address"), None),
                message!("party-address-missing", party = subject(&path, party)),
            );
        }
    }
}

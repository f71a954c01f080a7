use super::{at, law, subject};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::{self, *};
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the parties' countries are given where an office needs them: the new applicant's nationality and
    /// residence for the International Bureau; both parties' countries for CNIPA, which needs to know whether a
    /// Chinese party assigns to a foreign one (see `assignment/technology-export-document-missing`); the new
    /// applicant's residence for the EPO's register.
    ///
    /// ## Why it matters
    /// A PCT applicant is identified by nationality and residence as well as name and address. Without the parties'
    /// countries, a CNIPA recordation that needs a technology-export document cannot be told from one that does not.
    ///
    /// ## Legal basis
    /// PCT Rule 4.5(a); CN Patent Law Art. 10(2) (practice reported by practitioners);
    /// Rule 143(1)(f) EPC (unconfirmed).
    pub static RULE = Rule {
        id: "assignment/country-missing",
        summary: "a party's country or nationality is not given where an office needs it",
        offices: &[
            policy(EP, Warning, Citation::new(EpcRule, "143(1)(f)"), Grade::Unconfirmed),
            policy(CN, Warning, Citation::new(CnPatentLaw, "10(2)"), Grade::C),
            policy(WO, Error, law::WO_APPLICANT, Grade::A),
        ],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane"}], "assignees": [{"name": "Acme Corporation", "address": "1 Main Street, Wilmington, DE 19801"}], "properties": [{"office": "WO", "number": "PCT/US2021/012345"}]}"#],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

/// Per office: whether it needs the assignors' country too, and whether it needs the assignees' nationality.
const NEEDED: &[(Office, bool, bool)] = &[(EP, false, false), (CN, true, false), (WO, false, true)];

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let concerned = record.offices();
    for (path, party) in record.parties() {
        let assignor = path.starts_with("assignors");
        let needing = |nationality: bool| -> Vec<Office> {
            NEEDED
                .iter()
                .filter(|(office, assignors, nationalities)| {
                    concerned.contains(office)
                        && (!assignor || *assignors)
                        && (!nationality || (*nationalities && !assignor))
                })
                .map(|(office, _, _)| *office)
                .collect()
        };
        if party.country.is_none() {
            out.report_among(
                &RULE,
                &needing(false),
                at(record, &format!("{path}.country"), None),
                message!("country-missing", party = subject(&path, party)),
            );
        }
        if party.nationality.is_none() {
            out.report_among(
                &RULE,
                &needing(true),
                at(record, &format!("{path}.nationality"), None),
                message!("country-missing-has-no-nationality", party = subject(&path, party)),
            );
        }
    }
}

use super::{at, law, who};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};
use crate::st3;

declare_rule! {
    /// ## What it checks
    /// That each party's country and nationality is the two-letter WIPO ST.3 code of a state (`US`, `JP`, `DE`),
    /// not a name, an office's code (`EP`, `WO`) or a code no longer in use (`SU`).
    ///
    /// ## Why it matters
    /// Offices record residence and nationality as state codes; the International Bureau needs the new applicant's
    /// nationality and residence to be states. The list of states is ISO 3166-1, which ST.3 follows; ST.3's own table
    /// was read only in a reproduction, so elsewhere this is a warning.
    ///
    /// ## Legal basis
    /// WIPO Standard ST.3; PCT Rule 4.5(a).
    pub static RULE = Rule {
        id: "assignment/country-code-invalid",
        summary: "a country or nationality is not the ST.3 code of a state",
        offices: &[
            policy(US, Warning, Citation::new(WipoStandard, "ST.3"), Grade::C),
            policy(EP, Warning, Citation::new(WipoStandard, "ST.3"), Grade::C),
            policy(JP, Warning, Citation::new(WipoStandard, "ST.3"), Grade::C),
            policy(KR, Warning, Citation::new(WipoStandard, "ST.3"), Grade::C),
            policy(CN, Warning, Citation::new(WipoStandard, "ST.3"), Grade::C),
            policy(WO, Error, law::WO_APPLICANT, Grade::A),
        ],
        examples: Examples {
            fires: &[
                r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "country": "USA"}], "assignees": [{"name": "Acme Corporation", "country": "EP"}]}"#,
            ],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let offices = record.offices();
    for (path, party) in record.parties() {
        for (key, code) in [("country", &party.country), ("nationality", &party.nationality)] {
            let Some(code) = code.as_deref().filter(|c| !st3::is_state(c)) else { continue };
            let reason = st3::not_a_state(code).unwrap_or_else(|| message!("country-code-invalid", code = code));
            let party = who(&path, party);
            let message = if key == "country" {
                message!("country-code-invalid-not-valid-write", party = party, reason = reason)
            } else {
                message!("country-code-invalid-nationality-not-valid", party = party, reason = reason)
            };
            out.report_among(&RULE, &offices, at(record, &format!("{path}.{key}"), Some(code)), message);
        }
    }
}

use super::{abroad, at, subject, who};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::assignment::{AssignmentRecord, PartyKind};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// For a transfer recorded at KIPO, that each assignor that is an organisation outside Korea provides a
    /// notarised certificate of its nationality (`nationality_certificate`, with `notarized: true`).
    ///
    /// ## Why it matters
    /// KIPO asks a foreign corporate assignor for a notarised corporate nationality certificate with the deed of
    /// assignment and the powers of attorney. This goes beyond what PLT Rule 16 lets a Contracting Party require;
    /// it is KIPO's practice as practitioners report it.
    ///
    /// ## Legal basis
    /// KIPO practice (notarised corporate nationality certificate of the assignor).
    pub static RULE = Rule {
        id: "assignment/nationality-certificate-missing",
        summary: "a foreign corporate assignor's notarised nationality certificate is missing (KIPO)",
        offices: &[policy(KR, Error, Citation::new(OfficePractice, "KIPO practice (notarised corporate nationality certificate of the assignor)"), Grade::C)],
        examples: Examples {
            fires: &[
                r#"{"conveyance": "assignment", "assignors": [{"name": "Acme Corporation", "kind": "organization", "country": "US"}], "properties": [{"office": "KR", "number": "10-2021-0123456"}]}"#,
                r#"{"conveyance": "assignment", "assignors": [{"name": "Acme Corporation", "kind": "organization", "country": "US", "nationality_certificate": {"notarized": false}}], "properties": [{"office": "KR", "number": "10-2021-0123456"}]}"#,
            ],
            silent: &[
                super::COMPLETE,
                r#"{"conveyance": "assignment", "assignors": [{"name": "Acme Corporation", "kind": "organization", "country": "US", "nationality_certificate": {"notarized": true}}], "properties": [{"office": "KR", "number": "10-2021-0123456"}]}"#,
            ],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    if !record.concerns(KR) || record.conveyance.is_some_and(|c| !c.by_contract()) {
        return;
    }
    for (i, party) in record.assignors.iter().enumerate() {
        if party.kind != Some(PartyKind::Organization) || !abroad(party, "KR") {
            continue;
        }
        let path = format!("assignors[{i}]");
        let message = match &party.nationality_certificate {
            None => message!("nationality-certificate-missing", party = subject(&path, party)),
            Some(c) if c.notarized != Some(true) => {
                message!("nationality-certificate-missing-not-shown-notarised", party = who(&path, party))
            }
            Some(_) => continue,
        };
        out.report_among(&RULE, &[KR], at(record, &format!("{path}.nationality_certificate"), None), message);
    }
}

use super::{at, subject};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::assignment::{AssignmentRecord, Conveyance, PartyKind};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// For each organisation that signs the document of a contractual change, that the record names who signed
    /// for it and in what capacity (`signatory.name`, `signatory.capacity`, e.g. "President").
    ///
    /// ## Why it matters
    /// For a legal person, only those entitled by law, by its articles or by a special mandate may sign, and the
    /// EPO asks for an indication of the signatory's entitlement, such as their position; a representative's
    /// authorisation before the EPO does not by itself empower them to sign the contract. A missing name or
    /// position is a deficiency the EPO invites the party to remedy.
    ///
    /// ## Legal basis
    /// EPO Guidelines E-XIII, 3.
    pub static RULE = Rule {
        id: "assignment/signatory-capacity-missing",
        summary: "who signed for an organisation, or in what capacity, is not given",
        offices: &[policy(EP, Error, Citation::new(EpoGuidelines, "E-XIII, 3"), Grade::A)],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "assignors": [{"name": "Acme Corporation", "kind": "organization", "signed": true}], "assignees": [{"name": "Roe, Jane", "kind": "person", "signed": true}], "properties": [{"office": "EP", "number": "21204983.7"}]}"#],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    if !record.conveyance.is_some_and(Conveyance::by_contract) || !record.concerns(EP) {
        return;
    }
    for (path, party) in
        record.parties().filter(|(_, p)| p.kind == Some(PartyKind::Organization) && p.signed != Some(false))
    {
        let signatory = party.signatory.clone().unwrap_or_default();
        let party = subject(&path, party);
        let message = match (signatory.name.is_some(), signatory.capacity.is_some()) {
            (true, true) => continue,
            (false, false) => message!("signatory-capacity-missing", party = party),
            (false, true) => {
                message!("signatory-capacity-missing-organisation-record-does", party = party)
            }
            (true, false) => message!("signatory-capacity-missing-organisation-record-does-not", party = party),
        };
        out.report_among(&RULE, &[EP], at(record, &format!("{path}.signatory"), None), message);
    }
}

use super::{at, law, subject};
use crate::message::message;
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the record names at least one assignor (the party conveying the interest) and one assignee (the party
    /// receiving it), and that every party listed has a name.
    ///
    /// ## Why it matters
    /// Every office records a change between named parties: the USPTO's cover sheet names both, the EPO records the
    /// transfer on evidence of it between the parties, the JPO, KIPO and CNIPA match the parties against their
    /// registers, and the International Bureau records a change in the person of the applicant.
    ///
    /// ## Legal basis
    /// 37 CFR 3.31(a)(1)-(2); Rule 22(1) EPC; JPO practice (deed of assignment);
    /// KIPO practice (registration of transfer); CN Patent Law Art. 10; PCT Rule 92bis.1.
    pub static RULE = Rule {
        id: "assignment/party-name-missing",
        summary: "an assignor or assignee is missing or has no name",
        offices: &[
            policy(US, Error, law::US_CONVEYING_RECEIVING, Grade::A),
            policy(EP, Error, law::EP_EVIDENCE, Grade::B),
            policy(JP, Error, law::JP_DEED, Grade::C),
            policy(KR, Error, law::KR_TRANSFER, Grade::C),
            policy(CN, Error, law::CN_TRANSFER, Grade::C),
            policy(WO, Error, law::WO_CHANGE, Grade::A),
        ],
        examples: Examples {
            fires: &[
                r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane"}], "properties": [{"office": "US", "number": "16/123,456"}]}"#,
                r#"{"conveyance": "assignment", "assignors": [{"kind": "person"}], "assignees": [{"name": "Acme Corporation"}]}"#,
            ],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let offices = record.offices();
    for (side, parties) in [("assignors", &record.assignors), ("assignees", &record.assignees)] {
        if parties.is_empty() {
            let message = if side == "assignors" {
                message!("party-name-missing")
            } else {
                message!("party-name-missing-record-names-no")
            };
            out.report_among(&RULE, &offices, at(record, side, None), message);
        }
        for (i, party) in parties.iter().enumerate().filter(|(_, p)| p.name.is_none()) {
            let path = format!("{side}[{i}]");
            out.report_among(
                &RULE,
                &offices,
                at(record, &format!("{path}.name"), None),
                message!("party-name-missing-has-no", party = subject(&path, party)),
            );
        }
    }
}

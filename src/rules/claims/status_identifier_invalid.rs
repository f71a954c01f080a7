use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::{ClaimSet, Status};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_claim, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A status identifier that is none of the seven of 37 CFR 1.121(c): (Original), (Currently amended),
    /// (Canceled), (Withdrawn), (Previously presented), (New), (Not entered) — or (Withdrawn – currently amended).
    ///
    /// ## Why it matters
    /// The identifier tells the examiner what happened to each claim. The USPTO has waived strict wording and
    /// accepts close variants, so an unknown identifier is a warning: check that it says what you mean.
    ///
    /// ## Example
    /// `2. (Amended) The lever of claim 1.` — write `(Currently amended)`.
    ///
    /// ## Legal basis
    /// 37 CFR 1.121(c); waiver in the USPTO notice of 2019 (OG, week 53).
    pub static RULE = Rule {
        id: "claims/status-identifier-invalid",
        summary: "a claim's status identifier is not one of those of 37 CFR 1.121(c)",
        offices: &[policy(US, Warning, Citation::new(Cfr37, "1.121(c)"), Grade::A)],
        examples: Examples {
            fires: &["1. (Original) A lever.\n2. (Amended) The lever of claim 1, being red."],
            silent: &["1. (Original) A lever.\n2. (Currently Amended) The lever of claim 1, being red."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    for claim in &set.claims {
        if let Some(Status::Unknown(text)) = &claim.status {
            out.report(
                &RULE,
                at_claim(claim),
                message!("status-identifier-invalid", claim = claim.number, status = text,),
            );
        }
    }
}

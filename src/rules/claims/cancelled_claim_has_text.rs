use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::ClaimSet;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_claim, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A claim marked (Canceled) or (Not entered) in a US claim listing that still shows claim text.
    ///
    /// ## Why it matters
    /// The rule says no text is presented for such claims. The USPTO has waived the requirement and accepts the
    /// text, so this is a warning: the text may mislead a reader into thinking the claim is pending.
    ///
    /// ## Legal basis
    /// 37 CFR 1.121(c)(4)(i); waiver in the USPTO notice of 2019 (OG, week 53).
    pub static RULE = Rule {
        id: "claims/cancelled-claim-has-text",
        summary: "a cancelled claim still shows its text",
        offices: &[policy(US, Warning, Citation::new(Cfr37, "1.121(c)(4)(i)"), Grade::A)],
        examples: Examples {
            fires: &["1. (Original) A lever.\n2. (Canceled) The lever of claim 1, being red."],
            silent: &["1. (Original) A lever.\n2. (Canceled)"],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    for claim in set.claims.iter().filter(|c| c.is_cancelled() && !c.text.trim().is_empty()) {
        out.report(&RULE, at_claim(claim), message!("cancelled-claim-has-text", claim = claim.number));
    }
}

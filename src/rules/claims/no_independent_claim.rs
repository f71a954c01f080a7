use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::ClaimSet;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_claim, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A claim set in which every pending claim refers to another claim, so there is no independent claim.
    ///
    /// ## Why it matters
    /// Korea's decree requires at least one independent claim; at every office dependent claims need an
    /// independent claim at their root. Usually a reference in claim 1 is a typing error.
    ///
    /// ## Legal basis
    /// KR Enforcement Decree Art. 5(1).
    pub static RULE = Rule {
        id: "claims/no-independent-claim",
        summary: "the claim set has no independent claim",
        offices: &[policy(KR, Error, Citation::new(KrEnforcementDecree, "5(1)"), Grade::B)],
        examples: Examples {
            fires: &["1. The lever of claim 2, being red.\n2. The lever of claim 1, being long."],
            silent: &["1. A lever.\n2. The lever of claim 1, being long."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    let mut live = super::live(set).peekable();
    let Some(first) = live.peek().copied() else { return };
    if live.all(|c| !c.independent) {
        out.report(&RULE, at_claim(first), message!("no-independent-claim"));
    }
}

use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::model::ClaimSet;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_span, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// In a US claim listing, a claim still pending that refers to a claim whose status is "Canceled" or
    /// "Not Entered".
    ///
    /// ## Why it matters
    /// A dependent claim must refer to a claim previously set forth; once its parent is cancelled, the dependent
    /// claim refers to nothing and is rejected or objected to. Amend it to refer to a pending claim, or rewrite it
    /// in independent form.
    ///
    /// ## Legal basis
    /// 35 U.S.C. 112(d); MPEP 608.01(n).
    pub static RULE = Rule {
        id: "claims/dependency-on-cancelled-claim",
        summary: "a pending claim refers to a cancelled claim",
        offices: &[policy(US, Error, Citation::new(Usc35, "112(d)"), Grade::A)],
        examples: Examples {
            fires: &["1. (Canceled)\n2. (Original) The lever of claim 1, wherein the lever is red."],
            silent: &["1. (Original) A lever.\n2. (Original) The lever of claim 1, wherein the lever is red."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    for claim in super::live(set) {
        for reference in &claim.references {
            let cancelled: Vec<u32> = reference
                .targets
                .iter()
                .copied()
                .filter(|t| set.claims.iter().any(|c| c.number == *t && c.is_cancelled()))
                .collect();
            if cancelled.is_empty() {
                continue;
            }
            let message = message!(
                "dependency-on-cancelled-claim",
                claim = claim.number,
                count = cancelled.len(),
                targets = List::and(&cancelled)
            );
            out.report(&RULE, at_span(claim, reference.span), message);
        }
    }
}

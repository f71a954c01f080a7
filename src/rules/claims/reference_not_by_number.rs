use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::ClaimSet;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_span, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A claim that refers to other claims without naming their numbers: "any preceding claim",
    /// "einem der vorhergehenden Ansprüche", "前記いずれかの請求項", "先に記載した請求項".
    ///
    /// ## Why it matters
    /// Japan and Korea require the cited claims to be named by number. The US and the EPO accept "any preceding
    /// claim" (MPEP 608.01(n) lists it as acceptable), so it is not checked there.
    ///
    /// ## Legal basis
    /// JP Enforcement Regulations Art. 24-3(iii); KR Enforcement Decree Art. 5(4).
    pub static RULE = Rule {
        id: "claims/reference-not-by-number",
        summary: "a claim refers to other claims without naming their numbers",
        offices: &[
            policy(JP, Error, Citation::new(JpEnforcementRegulations, "24-3(iii)"), Grade::B),
            policy(KR, Error, Citation::new(KrEnforcementDecree, "5(4)"), Grade::B),
        ],
        examples: Examples {
            fires: &["1. A lever.\n2. A handle.\n3. The lever according to any preceding claim, being red."],
            silent: &["1. A lever.\n2. A handle.\n3. The lever according to claim 1 or 2, being red."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    for claim in super::live(set) {
        if let Some(reference) = claim.references.iter().find(|r| !r.by_number) {
            out.report(
                &RULE,
                at_span(claim, reference.span),
                message!(
                    "Claim {claim} refers to earlier claims without naming them; cite them by number, e.g. \"any one of claims 1 to {last}\".",
                    claim = claim.number,
                    last = claim.number.saturating_sub(1).max(1),
                ),
            );
        }
    }
}

use super::law::REFERENCE;
use crate::message::{message, List};
use crate::model::ClaimSet;
use crate::rules::{declare_rule, util::at_span, Check, Examples, Reporter};
use crate::sorting::set_of;

declare_rule! {
    /// ## What it checks
    /// A claim that refers to a claim number that does not exist in the claim set, such as "the lever of claim 7"
    /// in a set of five claims.
    ///
    /// ## Why it matters
    /// A dependent claim must refer to a claim set forth in the application; a reference to nothing leaves the
    /// claim's scope undefined and draws an objection (in the US, a rejection under 35 U.S.C. 112(d)).
    ///
    /// ## Legal basis
    /// 35 U.S.C. 112(d); Rule 43(4) EPC; PCT Rule 6.4(a); JP Enforcement Regulations Art. 24-3(iii); KR
    /// Enforcement Decree Art. 5(4); CN Implementing Regulations Rule 25.
    pub static RULE = Rule {
        id: "claims/dependency-target-missing",
        summary: "a claim refers to a claim that does not exist",
        offices: REFERENCE,
        examples: Examples {
            fires: &["1. A lever.\n2. The lever of claim 7, wherein the lever is red."],
            silent: &["1. A lever.\n2. The lever of claim 1, wherein the lever is red."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    let numbers = set_of(set.claims.iter().map(|c| c.number));
    for claim in super::live(set) {
        for reference in &claim.references {
            let missing: Vec<u32> = reference.targets.iter().copied().filter(|t| !numbers.contains(t)).collect();
            if missing.is_empty() {
                continue;
            }
            let message = message!(
                "dependency-target-missing",
                claim = claim.number,
                count = missing.len(),
                targets = List::and(&missing)
            );
            out.report(&RULE, at_span(claim, reference.span), message);
        }
    }
}

use super::law::REFERENCE;
use crate::message::message;
use crate::model::ClaimSet;
use crate::rules::{declare_rule, util::at_span, Check, Examples, Reporter};

declare_rule! {
    /// ## What it checks
    /// A claim that refers to itself, such as claim 3 reading "The lever of claim 3".
    ///
    /// ## Why it matters
    /// A dependent claim must refer to another claim; a claim defined by itself has no defined scope. This is
    /// almost always a typing error in the claim number.
    ///
    /// ## Legal basis
    /// 35 U.S.C. 112(d); Rule 43(4) EPC; PCT Rule 6.4(a); JP Enforcement Regulations Art. 24-3(iii); KR
    /// Enforcement Decree Art. 5(4); CN Implementing Regulations Rule 25.
    pub static RULE = Rule {
        id: "claims/dependency-on-itself",
        summary: "a claim refers to itself",
        offices: REFERENCE,
        examples: Examples {
            fires: &["1. A lever.\n2. The lever of claim 2, wherein the lever is red."],
            silent: &["1. A lever.\n2. The lever of claim 1, wherein the lever is red."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    for claim in super::live(set) {
        if let Some(reference) = claim.references.iter().find(|r| r.targets.contains(&claim.number)) {
            out.report(&RULE, at_span(claim, reference.span), message!("dependency-on-itself", claim = claim.number));
        }
    }
}

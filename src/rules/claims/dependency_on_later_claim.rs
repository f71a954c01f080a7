use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::model::ClaimSet;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_span, Check, Examples, Grade, Reporter};
use crate::sorting::set_of;

declare_rule! {
    /// ## What it checks
    /// A claim that refers to a claim written after it, such as claim 2 reading "the lever of claim 4".
    ///
    /// ## Why it matters
    /// The US, Japan, Korea and China require a dependent claim to refer to a claim set forth *before* it. The EPO
    /// and the PCT have no such rule (but a forward reference is still unusual and hard to read).
    ///
    /// ## Legal basis
    /// 35 U.S.C. 112(d) ("a reference to a claim previously set forth"); JP Enforcement Regulations Art. 24-3(iv);
    /// KR Enforcement Decree Art. 5(7); CN Implementing Regulations Rule 25(2).
    pub static RULE = Rule {
        id: "claims/dependency-on-later-claim",
        summary: "a claim refers to a claim written after it",
        offices: &[
            policy(US, Error, Citation::new(Usc35, "112(d)"), Grade::A),
            policy(JP, Error, Citation::new(JpEnforcementRegulations, "24-3(iv)"), Grade::B),
            policy(KR, Error, Citation::new(KrEnforcementDecree, "5(7)"), Grade::B),
            policy(CN, Error, Citation::new(CnImplementingRegulations, "25(2)"), Grade::B),
        ],
        examples: Examples {
            fires: &["1. A lever.\n2. The lever of claim 3, wherein the handle is red.\n3. The lever of claim 1, having a handle."],
            silent: &["1. A lever.\n2. The lever of claim 1, having a handle.\n3. The lever of claim 2, wherein the handle is red."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    let numbers = set_of(set.claims.iter().map(|c| c.number));
    for claim in super::live(set) {
        for reference in &claim.references {
            let later: Vec<u32> =
                reference.targets.iter().copied().filter(|&t| t > claim.number && numbers.contains(&t)).collect();
            if later.is_empty() {
                continue;
            }
            let message = message!(
                "dependency-on-later-claim",
                claim = claim.number,
                count = later.len(),
                targets = List::and(&later)
            );
            out.report(&RULE, at_span(claim, reference.span), message);
        }
    }
}

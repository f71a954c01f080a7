use super::law::NUMBERING;
use crate::message::message;
use crate::model::ClaimSet;
use crate::rules::{declare_rule, util::at_claim, Check, Examples, Reporter};

declare_rule! {
    /// ## What it checks
    /// Claims numbered 1, 2, 3, … in the order they are written: the first claim is claim 1 and no number is
    /// skipped or out of order. (Two claims with the same number are `claims/number-duplicated`.)
    ///
    /// ## Why it matters
    /// Every office requires consecutive Arabic numbering. A gap or a wrong start draws a formal objection, and
    /// references between claims become ambiguous.
    ///
    /// ## Example (objected to)
    /// `1. A lever.` / `3. The lever of claim 1.` — claim 2 is missing.
    ///
    /// ## Legal basis
    /// 37 CFR 1.75(f); Rule 43(5) EPC; PCT Rule 6.1(b); JP Enforcement Regulations Art. 24-3(ii); KR Enforcement
    /// Decree Art. 5(8); CN Implementing Regulations Rule 22.
    ///
    /// ## Fix
    /// In claims read from plain text, the first finding offers to renumber the claims 1, 2, 3, … in the order
    /// written, with every reference by number. Safe unless a number is carried twice or names no claim, or the
    /// claims carry status identifiers (an amendment's listing keeps its numbers, 37 CFR 1.126).
    pub static RULE = Rule {
        id: "claims/numbering-not-consecutive",
        summary: "claims are not numbered 1, 2, 3, … in order",
        offices: NUMBERING,
        examples: Examples {
            fires: &["1. A lever.\n3. The lever of claim 1.", "2. A lever.\n3. The lever of claim 2."],
            silent: &["1. A lever.\n2. The lever of claim 1.\n3. The lever of claim 2."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    let mut previous: Option<u32> = None;
    // One finding offers the fix, which renumbers the whole set.
    let mut offered = false;
    for claim in &set.claims {
        let expected = previous.map_or(1, |p| p.saturating_add(1));
        if Some(claim.number) == previous {
            continue; // a repeated number: claims/number-duplicated
        }
        if claim.number != expected {
            let message = match previous {
                None => message!("numbering-not-consecutive", number = claim.number,),
                Some(p) if claim.number.checked_sub(expected) == Some(1) => message!(
                    "numbering-not-consecutive-claim-follows-claim",
                    claim = claim.number,
                    previous = p,
                    missing = expected,
                ),
                Some(p) if claim.number.checked_sub(expected) == Some(2) => message!(
                    "numbering-not-consecutive-claim-follows-claim-claims",
                    claim = claim.number,
                    previous = p,
                    first = expected,
                    last = expected + 1,
                ),
                Some(p) if claim.number > expected => message!(
                    "numbering-not-consecutive-claim-follows-claim-claims-missing",
                    claim = claim.number,
                    previous = p,
                    first = expected,
                    last = claim.number - 1,
                ),
                Some(p) => message!(
                    "numbering-not-consecutive-claim-follows-claim-claims-numbered",
                    claim = claim.number,
                    previous = p,
                ),
            };
            let fix = if offered { None } else { super::renumber::fix(set) };
            offered = true;
            out.report_with_fix(&RULE, at_claim(claim), message, fix);
        }
        previous = Some(claim.number);
    }
}

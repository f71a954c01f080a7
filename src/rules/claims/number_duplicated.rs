use super::law::NUMBERING;
use crate::message::message;
use crate::model::ClaimSet;
use crate::rules::{declare_rule, util::at_claim, Check, Examples, Reporter};
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it checks
    /// Two or more claims carrying the same number.
    ///
    /// ## Why it matters
    /// Each claim needs its own number: the office cannot tell which claim a reference or a fee count means.
    ///
    /// ## Example (objected to)
    /// `1. A lever.` / `2. The lever of claim 1.` / `2. A handle.`
    ///
    /// ## Legal basis
    /// 37 CFR 1.75(f); Rule 43(5) EPC; PCT Rule 6.1(b); JP Enforcement Regulations Art. 24-3(ii); KR
    /// Enforcement Decree Art. 5(8); CN Implementing Regulations Rule 22.
    ///
    /// ## Fix
    /// In claims read from plain text, the first finding offers to renumber the claims 1, 2, 3, … in the order
    /// written, a reference to a repeated number following the last claim of that number before it. Never safe:
    /// which claim a reference meant is a guess.
    pub static RULE = Rule {
        id: "claims/number-duplicated",
        summary: "two claims carry the same number",
        offices: NUMBERING,
        examples: Examples {
            fires: &["1. A lever.\n2. The lever of claim 1.\n2. A handle."],
            silent: &["1. A lever.\n2. A handle."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    let mut seen: BTreeMap<u32, usize> = BTreeMap::new();
    // One finding offers the fix, which renumbers the whole set.
    let mut offered = false;
    for claim in &set.claims {
        let count = seen.entry(claim.number).or_insert(0);
        *count += 1;
        if *count == 2 {
            let fix = if offered { None } else { super::renumber::fix(set) };
            offered = true;
            out.report_with_fix(&RULE, at_claim(claim), message!("number-duplicated", number = claim.number), fix);
        }
    }
}

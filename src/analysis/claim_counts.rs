//! The claims of a set counted as the offices count them for fees: all claims, independent claims, multiple
//! dependent claims (and how many of them are in proper form), and the USPTO's total, in which a multiple dependent
//! claim counts as the claims it refers to (37 CFR 1.75(c); MPEP 608.01(n), part I.G.2).
//!
//! A claim that refers to a claim of another category ("a device for carrying out the method of claim 1") is
//! counted as a dependent claim, as the EPO reads it (Guidelines F-IV, 3.8); whether the USPTO counts it as
//! independent for fees was not confirmed.

use crate::model::{Claim, ClaimSet, Form};
use crate::sorting::{map_of, set_of};
use std::collections::{BTreeMap, BTreeSet};

/// The counts of one claim set's claims that are not cancelled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClaimCounts {
    pub total: usize,
    pub independent: usize,
    pub multiple_dependent: usize,
    /// Multiple dependent claims in proper form: referring in the alternative and not based on another one.
    pub proper_multiple_dependent: usize,
    /// The total as the USPTO counts it for fees: a proper multiple dependent claim counts as the number of claims
    /// it refers to, and a claim depending on it counts the same; an improper one, and any claim depending on it,
    /// counts as one (the USPTO only objects to its form).
    pub us_total: usize,
}

impl ClaimCounts {
    #[must_use]
    pub fn of(set: &ClaimSet) -> ClaimCounts {
        let live: Vec<&Claim> = set.claims.iter().filter(|c| !c.is_cancelled()).collect();
        let improper = improper_multiple(&live);
        let multiple_dependent = live.iter().filter(|c| c.multiple).count();
        ClaimCounts {
            total: live.len(),
            independent: live.iter().filter(|c| c.independent).count(),
            multiple_dependent,
            proper_multiple_dependent: multiple_dependent - improper.len(),
            us_total: us_weighted_total(&live, improper),
        }
    }
}

/// The multiple dependent claims in improper form (MPEP 608.01(n)): not referring in the alternative, or based,
/// directly or through other claims, on another multiple dependent claim (37 CFR 1.75(c)).
fn improper_multiple(live: &[&Claim]) -> BTreeSet<u32> {
    let mut based = set_of(live.iter().filter(|c| c.multiple).map(|c| c.number));
    depending_on(live, &mut based);
    set_of(
        live.iter()
            .filter(|c| c.multiple)
            .filter(|c| {
                matches!(c.form, Form::Cumulative | Form::Unqualified)
                    || c.depends_on.iter().any(|t| *t != c.number && based.contains(t))
            })
            .map(|c| c.number),
    )
}

/// Adds to `found` every claim of `claims` that depends, however indirectly, on a claim in it: the references are
/// walked backwards once, so long chains of claims cost time in proportion to them.
pub fn depending_on(claims: &[&Claim], found: &mut BTreeSet<u32>) {
    let mut dependents: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for claim in claims {
        for target in &claim.depends_on {
            dependents.entry(*target).or_default().push(claim.number);
        }
    }
    let mut todo: Vec<u32> = found.iter().copied().collect();
    while let Some(number) = todo.pop() {
        for dependent in dependents.get(&number).into_iter().flatten() {
            if found.insert(*dependent) {
                todo.push(*dependent);
            }
        }
    }
}

/// The USPTO's total (see [`ClaimCounts::us_total`]), given the improper multiple dependent claims.
fn us_weighted_total(live: &[&Claim], mut improper: BTreeSet<u32>) -> usize {
    // Claims by number, as positions in `live`.
    let by_number = map_of(live.iter().enumerate().map(|(i, c)| (c.number, i)));
    depending_on(live, &mut improper);
    let mut weights: BTreeMap<u32, usize> = BTreeMap::new();
    live.iter().map(|c| weight(c, live, &by_number, &improper, &mut weights, 0)).sum()
}

fn weight(
    claim: &Claim,
    live: &[&Claim],
    by_number: &BTreeMap<u32, usize>,
    improper: &BTreeSet<u32>,
    memo: &mut BTreeMap<u32, usize>,
    depth: usize,
) -> usize {
    if let Some(&w) = memo.get(&claim.number) {
        return w;
    }
    let w = match claim.depends_on.as_slice() {
        _ if improper.contains(&claim.number) => 1,
        [] => 1,
        [parent] if depth < 64 => {
            by_number.get(parent).map_or(1, |&p| weight(live[p], live, by_number, improper, memo, depth + 1))
        }
        // A chain of forward references deeper than this (or a cycle): counted as one, and not remembered, so that
        // the claims of the chain are weighed again from where they can be.
        [_] => return 1,
        many => many.len(),
    };
    memo.insert(claim.number, w);
    w
}

#[cfg(test)]
mod tests {
    use super::ClaimCounts;

    fn counts(text: &str) -> ClaimCounts {
        let raw = crate::parse::claims_text::split(text, &Default::default()).unwrap();
        ClaimCounts::of(&crate::parse::build_claim_set(raw, &Default::default()))
    }

    #[test]
    fn a_multiple_dependent_claim_counts_as_the_claims_it_refers_to_at_the_uspto() {
        // Claim 3 refers to 2 claims (counts 2), claim 4 depends on it (counts 2): 1 + 1 + 2 + 2 = 6.
        let text =
            "1. A lever.\n2. A handle.\n3. The lever of claim 1 or 2, being red.\n4. The lever of claim 3, being long.";
        let counts = counts(text);
        assert_eq!((counts.total, counts.us_total, counts.independent), (4, 6, 2));
        assert_eq!((counts.multiple_dependent, counts.proper_multiple_dependent), (1, 1));
    }

    #[test]
    fn an_improper_multiple_dependent_claim_counts_as_one() {
        // Claim 3 is proper (counts 2); claim 4 refers to claim 3, itself multiple dependent: improper, counts 1;
        // claim 5 depends on claim 4: 1; claim 6 depends on claim 3: 2. 1 + 1 + 2 + 1 + 1 + 2 = 8.
        let text = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 2 or 3, being heavy.\n5. The lever of claim 4, being thin.\n6. The lever of claim 3, being wide.";
        assert_eq!(counts(text).us_total, 8);
        assert_eq!(counts(text).proper_multiple_dependent, 1);
        // Improper through a chain: claim 5 refers to claim 4, which depends on the multiple dependent claim 3.
        let chain = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 3, being thin.\n5. The lever of claim 1 or 4, being heavy.";
        assert_eq!(counts(chain).us_total, 1 + 1 + 2 + 2 + 1);
        // Not in the alternative ("and"): improper, counts 1.
        let cumulative = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claims 1 and 2, being long.\n4. The lever of claim 3, being thin.";
        assert_eq!((counts(cumulative).us_total, counts(cumulative).proper_multiple_dependent), (4, 0));
    }

    #[test]
    fn improper_claims_and_their_dependents_count_as_one_each() {
        // Every multiple dependent claim is improper (claim 5 is cumulative, claims 6 and 7 are based on multiple
        // dependent claims): 9 claims, not 31 as if they counted as the claims they refer to.
        let text = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1, being long.\n4. The lever of claim 1, being heavy.\n5. The lever of claims 1, 2, 3 and 4, being thin.\n6. The lever of any one of claims 1 to 5, being wide.\n7. The lever of any one of claims 1 to 6, being short.\n8. The lever of claim 7, being blue.\n9. The lever of claim 7, being green.";
        assert_eq!(counts(text).us_total, 9);
        assert_eq!(counts(text).proper_multiple_dependent, 0);
    }
}

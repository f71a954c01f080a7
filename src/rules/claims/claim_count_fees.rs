use crate::citation::{Authority::*, Citation};
use crate::message::{message, Message};
use crate::model::{Claim, ClaimSet};
use crate::office::Office::{self, *};
use crate::report::{Location, Severity::*};
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it checks
    /// Counts the claims the way each office counts them for fees, and reports when a count passes the office's
    /// threshold for extra fees:
    /// - US: total claims over 20 (a multiple dependent claim counts as the number of claims it refers to, and a
    ///   claim depending on it counts the same), independent claims over 3, and the one-time fee when any
    ///   multiple dependent claim is present; amounts are those in force from 2025-01-19.
    /// - EP: claims fees from the 16th claim, higher from the 51st (counted on the claim set with most claims).
    /// - CN: a surcharge from the 11th claim.
    ///
    /// The JPO and KIPO examination fees grow with every claim, with no threshold, so nothing is reported for
    /// them; the PCT charges no claims fees in the international phase.
    ///
    /// ## Why it matters
    /// Fees cost money and unpaid claims fees make claims lapse (at the EPO the claim is deemed abandoned).
    /// Amounts change; check the office's current schedule of fees before paying.
    ///
    /// ## Legal basis
    /// 37 CFR 1.16(h)-(j) and 1.75(c); Rules 45 and 162 EPC; CNIPA schedule of fees (claims surcharge).
    pub static RULE = Rule {
        id: "claims/claim-count-fees",
        summary: "the number of claims incurs extra fees",
        offices: &[
            policy(US, Info, Citation::new(Cfr37, "1.16(h)-(j)"), Grade::B),
            policy(EP, Info, Citation::new(EpcRule, "45"), Grade::A),
            policy(CN, Info, Citation::new(FeeSchedule, "CNIPA schedule of fees (claims surcharge)"), Grade::C),
        ],
        examples: Examples {
            fires: &["1. A lever.\n2. A handle.\n3. A pin.\n4. A rod.\n5. The lever of claim 1 or 2, being red."],
            silent: &["1. A lever."],
        },
        check: Check::Claims(check),
    };
}

/// When a count passes `over`, the office charges for each claim beyond it.
struct Threshold {
    office: Office,
    counts: Count,
    over: usize,
    /// What the office charges, as its schedule states it, with the date from which it applies.
    charge: Message,
}

enum Count {
    /// All claims; at the US, weighted for multiple dependency.
    Total,
    Independent,
    /// Whether any claim is multiple dependent (a one-time US fee).
    MultipleDependent,
}

const THRESHOLDS: &[Threshold] = &[
    Threshold {
        office: US,
        counts: Count::Total,
        over: 20,
        charge: Message::term("USD 200 per claim over 20 (undiscounted, from 2025-01-19)"),
    },
    Threshold {
        office: US,
        counts: Count::Independent,
        over: 3,
        charge: Message::term("USD 600 per independent claim over 3 (undiscounted, from 2025-01-19)"),
    },
    Threshold {
        office: US,
        counts: Count::MultipleDependent,
        over: 0,
        charge: Message::term("a one-time multiple dependent claim fee (37 CFR 1.16(j))"),
    },
    Threshold {
        office: EP,
        counts: Count::Total,
        over: 15,
        charge: Message::term("a claims fee for the 16th to 50th claim and a higher fee from the 51st"),
    },
    Threshold {
        office: CN,
        counts: Count::Total,
        over: 10,
        charge: Message::term("a surcharge for each claim from the 11th"),
    },
];

fn check(set: &ClaimSet, out: &mut Reporter) {
    let live: Vec<&Claim> = super::live(set).collect();
    if live.is_empty() {
        return;
    }
    let independent = live.iter().filter(|c| c.independent).count();
    let multiple = live.iter().filter(|c| c.multiple).count();
    for threshold in THRESHOLDS {
        let total = if threshold.office == US { us_weighted_total(&live) } else { live.len() };
        let message = match threshold.counts {
            Count::Total if total > threshold.over => message!(
                "There are {total} claims as {office} counts them, {excess} over {over}: {charge}.",
                office = threshold.office.in_sentence(),
                total = total,
                excess = total - threshold.over,
                over = threshold.over,
                charge = &threshold.charge
            ),
            Count::Independent if independent > threshold.over => message!(
                "There are {total} independent claims as {office} counts them, {excess} over {over}: {charge}.",
                office = threshold.office.in_sentence(),
                total = independent,
                excess = independent - threshold.over,
                over = threshold.over,
                charge = &threshold.charge
            ),
            Count::MultipleDependent if multiple == 1 => {
                message!("One multiple dependent claim is present: {charge}.", charge = &threshold.charge)
            }
            Count::MultipleDependent if multiple > 1 => message!(
                "{count} multiple dependent claims are present: {charge}.",
                count = multiple,
                charge = &threshold.charge
            ),
            _ => continue,
        };
        out.report_for(&RULE, threshold.office, Location::default(), message);
    }
}

/// 37 CFR 1.75(c): a multiple dependent claim counts as the number of claims it refers to, and a claim
/// depending on it counts as that same number.
fn us_weighted_total(live: &[&Claim]) -> usize {
    let by_number: BTreeMap<u32, &Claim> = live.iter().map(|c| (c.number, *c)).collect();
    let mut weights: BTreeMap<u32, usize> = BTreeMap::new();
    live.iter().map(|c| weight(c, &by_number, &mut weights, 0)).sum()
}

fn weight(claim: &Claim, by_number: &BTreeMap<u32, &Claim>, memo: &mut BTreeMap<u32, usize>, depth: usize) -> usize {
    if let Some(&w) = memo.get(&claim.number) {
        return w;
    }
    let w = match claim.depends_on.as_slice() {
        [] => 1,
        [parent] if depth < 64 => by_number.get(parent).map_or(1, |p| weight(p, by_number, memo, depth + 1)),
        [_] => 1,
        many => many.len(),
    };
    memo.insert(claim.number, w);
    w
}

#[cfg(test)]
mod tests {
    use crate::{check_claims_text, Options};

    #[test]
    fn us_counts_multiple_dependency() {
        // Claim 3 refers to 2 claims (counts 2), claim 4 depends on it (counts 2): 1 + 1 + 2 + 2 = 6.
        let text =
            "1. A lever.\n2. A handle.\n3. The lever of claim 1 or 2, being red.\n4. The lever of claim 3, being long.";
        let set = &crate::parse::claims_text::split(text, &Default::default()).unwrap();
        let set = crate::parse::build_claim_set(set.clone(), &Default::default());
        let live: Vec<_> = set.claims.iter().collect();
        assert_eq!(super::us_weighted_total(&live), 6);
        let report = check_claims_text(text, &Options::default());
        assert!(report
            .findings
            .iter()
            .any(|f| f.rule == "claims/claim-count-fees" && f.message.contains("multiple dependent")));
    }

    #[test]
    fn names_the_office_inside_the_sentence() {
        let text: String = (1..=21).map(|n| format!("{n}. A lever number {n}.\n")).collect();
        let report = check_claims_text(&text, &Options::default());
        let messages: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.rule == "claims/claim-count-fees")
            .map(|f| f.message.as_str())
            .collect();
        assert!(messages.contains(&"There are 21 claims as the USPTO counts them, 1 over 20: USD 200 per claim over 20 (undiscounted, from 2025-01-19)."), "{messages:?}");
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("There are 21 independent claims as the USPTO counts them, 18 over 3: ")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.starts_with("There are 21 claims as the EPO counts them, 6 over 15: ")),
            "{messages:?}"
        );
    }
}

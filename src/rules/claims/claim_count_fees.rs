use crate::citation::{Authority::*, Citation};
use crate::message::{message, Message};
use crate::model::{Claim, ClaimSet, Form};
use crate::office::Office::{self, *};
use crate::report::{Location, Severity::*};
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};
use std::collections::{BTreeMap, BTreeSet};

declare_rule! {
    /// ## What it checks
    /// Counts the claims the way each office counts them for fees, and reports when a count passes the office's
    /// threshold for extra fees:
    /// - US: total claims over 20, independent claims over 3, and the one-time multiple dependent claim fee;
    ///   amounts are those in force from 2025-01-19. A proper multiple dependent claim counts as the number of
    ///   claims it refers to, and a claim depending on it counts the same. An improper one (not in the alternative,
    ///   "claims 1 and 2", or based directly or through other claims on another multiple dependent claim) counts
    ///   as one claim, and so does every claim depending on it: the USPTO only objects to its form. The
    ///   multiple dependent claim fee is due only when at least one multiple dependent claim is proper.
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
    /// 37 CFR 1.16(h)-(j) and 1.75(c), and MPEP 608.01(n), part I.G.2 ("Calculation of Fees": (a) proper, (b)
    /// improper multiple dependent claims) (US; grade B: 37 CFR 1.75(c) read in practitioners' quotations, MPEP
    /// part G.2 in a practitioner's quotation, the improper claims counting as one also in practitioners'
    /// commentary); Rules 45 and 162 EPC (EP, grade A); CNIPA schedule of fees (claims surcharge) (CN, grade C).
    /// Info only: fees are no defect.
    pub static RULE = Rule {
        id: "claims/claim-count-fees",
        summary: "the number of claims incurs extra fees",
        offices: &[
            policy(US, Info, Citation::new(Cfr37, "1.16(h)-(j)"), Grade::B),
            policy(EP, Info, Citation::new(EpcRule, "45"), Grade::A),
            policy(CN, Info, Citation::new(FeeSchedule, "CNIPA schedule of fees (claims surcharge)"), Grade::C),
        ],
        examples: Examples {
            fires: &[
                "1. A lever.\n2. A handle.\n3. A pin.\n4. A rod.\n5. The lever of claim 1 or 2, being red.",
                // Claim 3 is a proper multiple dependent claim, so the multiple dependent claim fee is due even though
                // claim 4 (based on claim 3) is improper.
                "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 2 or 3, being heavy.",
            ],
            silent: &[
                "1. A lever.",
                // Every multiple dependent claim is improper (claim 5 is cumulative, claims 6 and 7 are based on
                // multiple dependent claims): each counts as one, as do claims 8 and 9 depending on claim 7, so
                // 9 claims and no multiple dependent claim fee (31 claims if they counted as claims referred to).
                "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1, being long.\n4. The lever of claim 1, being heavy.\n5. The lever of claims 1, 2, 3 and 4, being thin.\n6. The lever of any one of claims 1 to 5, being wide.\n7. The lever of any one of claims 1 to 6, being short.\n8. The lever of claim 7, being blue.\n9. The lever of claim 7, being green.",
            ],
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
    /// Whether any multiple dependent claim is proper (a one-time US fee, 37 CFR 1.16(j)).
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
    let improper = improper_multiple(&live);
    let multiple = live.iter().filter(|c| c.multiple).count();
    let proper = live.iter().filter(|c| c.multiple && !improper.contains(&c.number)).count();
    let us_total = us_weighted_total(&live);
    for threshold in THRESHOLDS {
        let total = if threshold.office == US { us_total } else { live.len() };
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
            // Improper multiple dependent claims alone owe no multiple dependent claim fee.
            Count::MultipleDependent if proper == 0 => continue,
            Count::MultipleDependent if proper < multiple => message!(
                "{count} multiple dependent claims are present, {proper} of them in proper form: {charge}.",
                count = multiple,
                proper = proper,
                charge = &threshold.charge
            ),
            Count::MultipleDependent if multiple == 1 => {
                message!("One multiple dependent claim is present: {charge}.", charge = &threshold.charge)
            }
            Count::MultipleDependent => message!(
                "{count} multiple dependent claims are present: {charge}.",
                count = multiple,
                charge = &threshold.charge
            ),
            _ => continue,
        };
        out.report_for(&RULE, threshold.office, Location::default(), message);
    }
}

/// The multiple dependent claims in improper form (MPEP 608.01(n)): not referring in the alternative, or based,
/// directly or through other claims, on another multiple dependent claim (37 CFR 1.75(c)).
fn improper_multiple(live: &[&Claim]) -> BTreeSet<u32> {
    let based = multiple_or_based_on_one(live);
    live.iter()
        .filter(|c| c.multiple)
        .filter(|c| {
            matches!(c.form, Form::Cumulative | Form::Unqualified)
                || c.depends_on.iter().any(|t| *t != c.number && based.contains(t))
        })
        .map(|c| c.number)
        .collect()
}

/// The claims that are multiple dependent or depend, however indirectly, on one.
fn multiple_or_based_on_one(live: &[&Claim]) -> BTreeSet<u32> {
    let mut found: BTreeSet<u32> = live.iter().filter(|c| c.multiple).map(|c| c.number).collect();
    depending_on(live, &mut found);
    found
}

/// Adds to `found` every claim that depends, however indirectly, on a claim in it: the references are walked
/// backwards once, so long chains of claims cost time in proportion to them.
fn depending_on(live: &[&Claim], found: &mut BTreeSet<u32>) {
    let mut dependents: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for claim in live {
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

/// 37 CFR 1.75(c) and MPEP 608.01(n), part G.2: a proper multiple dependent claim counts as the number of claims it
/// refers to, and a claim depending on it counts as that same number; an improper multiple dependent claim, and any
/// claim depending on it, counts as one.
fn us_weighted_total(live: &[&Claim]) -> usize {
    let by_number: BTreeMap<u32, &Claim> = live.iter().map(|c| (c.number, *c)).collect();
    let mut improper = improper_multiple(live);
    depending_on(live, &mut improper);
    let mut weights: BTreeMap<u32, usize> = BTreeMap::new();
    live.iter().map(|c| weight(c, &by_number, &improper, &mut weights, 0)).sum()
}

fn weight(
    claim: &Claim,
    by_number: &BTreeMap<u32, &Claim>,
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
        [parent] if depth < 64 => by_number.get(parent).map_or(1, |p| weight(p, by_number, improper, memo, depth + 1)),
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

    fn weighted(text: &str) -> usize {
        let set = &crate::parse::claims_text::split(text, &Default::default()).unwrap();
        let set = crate::parse::build_claim_set(set.clone(), &Default::default());
        let live: Vec<_> = set.claims.iter().collect();
        super::us_weighted_total(&live)
    }

    fn fee_messages(text: &str) -> Vec<String> {
        let options = Options { offices: vec![crate::office::Office::US], ..Options::default() };
        check_claims_text(text, &options)
            .findings
            .into_iter()
            .filter(|f| f.rule == "claims/claim-count-fees" && f.message.contains("multiple dependent claim"))
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn us_counts_an_improper_multiple_dependent_claim_as_one() {
        // Claim 3 is proper (counts 2); claim 4 refers to claim 3, itself multiple dependent: improper, counts 1;
        // claim 5 depends on claim 4: 1; claim 6 depends on claim 3: 2. 1 + 1 + 2 + 1 + 1 + 2 = 8.
        let text = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 2 or 3, being heavy.\n5. The lever of claim 4, being thin.\n6. The lever of claim 3, being wide.";
        assert_eq!(weighted(text), 8);
        // Improper through a chain: claim 5 refers to claim 4, which depends on the multiple dependent claim 3.
        let chain = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 3, being thin.\n5. The lever of claim 1 or 4, being heavy.";
        assert_eq!(weighted(chain), 1 + 1 + 2 + 2 + 1);
        // Not in the alternative ("and"): improper, counts 1, and no fee.
        let cumulative = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claims 1 and 2, being long.\n4. The lever of claim 3, being thin.";
        assert_eq!(weighted(cumulative), 4);
        assert_eq!(fee_messages(cumulative), Vec::<String>::new());
    }

    #[test]
    fn the_multiple_dependent_claim_fee_needs_one_proper_claim() {
        let mixed = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 2 or 3, being heavy.";
        assert_eq!(
            fee_messages(mixed),
            ["2 multiple dependent claims are present, 1 of them in proper form: a one-time multiple dependent claim fee (37 CFR 1.16(j))."]
        );
        let improper_only = "1. A lever.\n2. A handle.\n3. The lever of claims 1 and 2, being red.\n4. The lever of any one of claims 1 to 3, being long.";
        assert_eq!(fee_messages(improper_only), Vec::<String>::new());
        let proper = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.";
        assert_eq!(
            fee_messages(proper),
            ["One multiple dependent claim is present: a one-time multiple dependent claim fee (37 CFR 1.16(j))."]
        );
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

use crate::citation::{Authority::*, Citation};
use crate::model::{Category, ClaimSet};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_claim, Check, Examples, Grade, Reporter};
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it checks
    /// More than one independent claim in the same category — product, apparatus, method (process) or use, as
    /// Rule 43(2) EPC counts them. A claim's category is read from its preamble ("A method…", "Use of…",
    /// "Vorrichtung…"); media and compositions count as products.
    ///
    /// ## Why it matters
    /// The EPO allows several independent claims in one category only for interrelated products (plug and
    /// socket), different uses of a product, or alternative solutions that one claim cannot cover. Otherwise it
    /// invites the applicant to delete claims. A warning: decide whether an exception applies.
    ///
    /// ## Legal basis
    /// Rule 43(2) EPC; Guidelines F-IV 3.2.
    pub static RULE = Rule {
        id: "claims/independent-claims-same-category",
        summary: "more than one independent claim in the same category",
        offices: &[policy(EP, Warning, Citation::new(EpcRule, "43(2)"), Grade::A)],
        examples: Examples {
            fires: &["1. A method of heating water.\n2. A method of cooling water."],
            silent: &["1. A method of heating water.\n2. An apparatus for heating water.\n3. The method of claim 1, using a pump."],
        },
        check: Check::Claims(check),
    };
}

fn epc_category(category: Category) -> (&'static str, u8) {
    match category {
        Category::Product | Category::Medium | Category::Composition => ("product", 0),
        Category::Apparatus => ("apparatus", 1),
        Category::Method => ("method", 2),
        Category::Use => ("use", 3),
    }
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    let mut by_category: BTreeMap<u8, Vec<&crate::model::Claim>> = BTreeMap::new();
    for claim in super::live(set).filter(|c| c.independent) {
        by_category.entry(epc_category(claim.category).1).or_default().push(claim);
    }
    for claims in by_category.values().filter(|claims| claims.len() > 1) {
        let numbers: Vec<u32> = claims.iter().map(|c| c.number).collect();
        let name = claims.first().map_or("", |c| epc_category(c.category).0);
        for claim in claims.iter().skip(1) {
            out.report(
                &RULE,
                at_claim(claim),
                format!(
                    "Claims {} are all independent {name} claims; the EPO allows this only for interrelated products, different uses or alternative solutions.",
                    crate::rules::util::list(&numbers)
                ),
            );
        }
    }
}

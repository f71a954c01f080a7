use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
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

/// The category of Rule 43(2) EPC a claim belongs to.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum EpcCategory {
    Product,
    Apparatus,
    Method,
    Use,
}

fn epc_category(category: Category) -> EpcCategory {
    match category {
        Category::Product | Category::Medium | Category::Composition => EpcCategory::Product,
        Category::Apparatus => EpcCategory::Apparatus,
        Category::Method => EpcCategory::Method,
        Category::Use => EpcCategory::Use,
    }
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    let mut by_category: BTreeMap<EpcCategory, Vec<&crate::model::Claim>> = BTreeMap::new();
    for claim in super::live(set).filter(|c| c.independent) {
        by_category.entry(epc_category(claim.category)).or_default().push(claim);
    }
    for (category, claims) in by_category.iter().filter(|(_, claims)| claims.len() > 1) {
        let numbers = || List::and(claims.iter().map(|c| c.number));
        for claim in claims.iter().skip(1) {
            let message = match category {
                EpcCategory::Product => message!("Claims {claims} are all independent product claims; the EPO allows this only for interrelated products, different uses or alternative solutions.", claims = numbers()),
                EpcCategory::Apparatus => message!("Claims {claims} are all independent apparatus claims; the EPO allows this only for interrelated products, different uses or alternative solutions.", claims = numbers()),
                EpcCategory::Method => message!("Claims {claims} are all independent method claims; the EPO allows this only for interrelated products, different uses or alternative solutions.", claims = numbers()),
                EpcCategory::Use => message!("Claims {claims} are all independent use claims; the EPO allows this only for interrelated products, different uses or alternative solutions.", claims = numbers()),
            };
            out.report(&RULE, at_claim(claim), message);
        }
    }
}

use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::model::{Category, ClaimSet};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_claim, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// More than one independent claim in the same category — product, apparatus, method (process) or use, as
    /// Rule 43(2) EPC counts them. A claim's category is read from its preamble ("A method…", "Use of…",
    /// "Vorrichtung…"); media and compositions count as products. A claim that refers only to a claim of another
    /// category ("an apparatus for carrying out the method of claim 1") counts as a claim of its own category: the
    /// Guidelines F-IV 3.8 hold it no dependent claim.
    ///
    /// ## Why it matters
    /// The EPO allows several independent claims in one category only for interrelated products (plug and
    /// socket), different uses of a product, or alternative solutions that one claim cannot cover. Otherwise it
    /// invites the applicant to delete claims. A warning: decide whether an exception applies.
    ///
    /// ## Legal basis
    /// Rule 43(2) EPC; Guidelines F-IV 3.2 and 3.8.
    pub static RULE = Rule {
        id: "claims/independent-claims-same-category",
        summary: "more than one independent claim in the same category",
        offices: &[policy(EP, Warning, Citation::new(EpcRule, "43(2)"), Grade::A)],
        examples: Examples {
            fires: &[
                "1. A method of heating water.\n2. A method of cooling water.",
                "1. A method of heating water.\n2. An apparatus for carrying out the method of claim 1.\n3. An apparatus for cooling water.",
            ],
            silent: &[
                "1. A method of heating water.\n2. An apparatus for heating water.\n3. The method of claim 1, using a pump.",
                "1. A method of heating water.\n2. An apparatus for carrying out the method of claim 1.\n3. The apparatus of claim 2, having a pump.",
            ],
        },
        check: Check::Claims(check),
    };
}

/// The category of Rule 43(2) EPC a claim belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EpcCategory {
    Product,
    Apparatus,
    Method,
    Use,
}

impl EpcCategory {
    /// Every category, in the order findings are reported.
    const ALL: [EpcCategory; 4] = [EpcCategory::Product, EpcCategory::Apparatus, EpcCategory::Method, EpcCategory::Use];
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
    let independent: Vec<_> = super::live(set).filter(|c| c.independent || c.other_category).collect();
    for category in EpcCategory::ALL {
        let claims: Vec<_> = independent.iter().filter(|c| epc_category(c.category) == category).collect();
        if claims.len() < 2 {
            continue;
        }
        let numbers = || List::and(claims.iter().map(|c| c.number));
        for claim in claims.iter().skip(1) {
            // Two claims are "both" of a category, more are "all".
            let message = match (category, claims.len() == 2) {
                (EpcCategory::Product, true) => message!("independent-claims-same-category", claims = numbers()),
                (EpcCategory::Product, false) => {
                    message!("independent-claims-same-category-all-product-epo", claims = numbers())
                }
                (EpcCategory::Apparatus, true) => {
                    message!("independent-claims-same-category-both-apparatus-epo", claims = numbers())
                }
                (EpcCategory::Apparatus, false) => {
                    message!("independent-claims-same-category-all-apparatus-epo", claims = numbers())
                }
                (EpcCategory::Method, true) => {
                    message!("independent-claims-same-category-both-method-epo", claims = numbers())
                }
                (EpcCategory::Method, false) => {
                    message!("independent-claims-same-category-all-method-epo", claims = numbers())
                }
                (EpcCategory::Use, true) => {
                    message!("independent-claims-same-category-both-use-epo", claims = numbers())
                }
                (EpcCategory::Use, false) => {
                    message!("independent-claims-same-category-all-use-epo", claims = numbers())
                }
            };
            out.report(&RULE, at_claim(claim), message);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{check_claims_text, Options};

    fn messages(text: &str) -> Vec<String> {
        let report = check_claims_text(text, &Options::default());
        let rule = "claims/independent-claims-same-category";
        report.findings.into_iter().filter(|f| f.rule == rule).map(|f| f.message).collect()
    }

    #[test]
    fn two_claims_are_both_more_are_all() {
        let tail = "; the EPO allows this only for interrelated products, different uses or alternative solutions.";
        assert_eq!(
            messages("1. A method of heating water.\n2. A method of cooling water."),
            [format!("Claims 1 and 2 are both independent method claims{tail}")]
        );
        let all = format!("Claims 1, 2 and 3 are all independent method claims{tail}");
        assert_eq!(
            messages("1. A method of heating water.\n2. A method of cooling water.\n3. A method of boiling water."),
            [all.clone(), all]
        );
    }
}

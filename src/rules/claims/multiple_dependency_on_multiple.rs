use super::law::{JP_MULTI_MULTI_FROM, PCT_MULTIPLE_DEPENDENCY};
use crate::analysis::claim_counts::depending_on;
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::model::{Claim, ClaimSet};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_claim, Check, Examples, Grade, OfficePolicy, Reporter};
use crate::sorting::set_of;
use std::collections::BTreeSet;

declare_rule! {
    /// ## What it checks
    /// A multiple dependent claim that depends, directly or through other claims, on another multiple dependent
    /// claim ("multi-multi"): claim 4 reads "any one of claims 1 to 3" and claim 5 reads "claim 3 or 4".
    ///
    /// ## Why it matters
    /// The US, Korea and China forbid it (an error); Japan forbids it for applications filed on or after
    /// 1 April 2022 (for a PCT national phase, the international filing date) and does not examine the offending
    /// claims for anything else. The EPO allows it. The PCT's Rule 6.4(a) forbids it too, but in the international
    /// phase its only consequence is that an International Searching Authority whose national law forbids the form
    /// (the USPTO, for one) may leave those claims unsearched with an indication under PCT Art. 17(2)(b); it has no
    /// effect in a designated State whose law accepts the claim. So it is a warning for WO: fix it before the
    /// national phase where it is an error. Rewrite the claim to refer only to claims that are not themselves
    /// multiple dependent, or split it into several claims.
    ///
    /// ## Parameters
    /// `filingDate`: at the JPO the rule applies only from 2022-04-01; without a filing date the application is
    /// taken as a new filing.
    ///
    /// ## Legal basis
    /// 37 CFR 1.75(c), MPEP 608.01(n) (US, error, grade A); PCT Rule 6.4(a), third and fourth sentences (WO, a
    /// warning: the sanction is an Art. 17(2)(b) indication by an ISA whose national law forbids the form; grade A,
    /// read in the USPTO's reproduction of the PCT Regulations, MPEP Appendix T); JP Enforcement Regulations Art.
    /// 24-3(v) (grade B); KR Enforcement Decree Art. 5(6) (grade B); CN Implementing Regulations Rule 25(2) (grade B).
    pub static RULE = Rule {
        id: "claims/multiple-dependency-on-multiple",
        summary: "a multiple dependent claim depends on another multiple dependent claim",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.75(c)"), Grade::A),
            OfficePolicy {
                applies_from: Some(JP_MULTI_MULTI_FROM),
                route: None,
                ..policy(JP, Error, Citation::new(JpEnforcementRegulations, "24-3(v)"), Grade::B)
            },
            policy(KR, Error, Citation::new(KrEnforcementDecree, "5(6)"), Grade::B),
            policy(CN, Error, Citation::new(CnImplementingRegulations, "25(2)"), Grade::B),
            PCT_MULTIPLE_DEPENDENCY,
        ],
        examples: Examples {
            fires: &[
                "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 2 or 3, being heavy.",
                "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 3, being thin.\n5. The lever of claim 1 or 4, being heavy.",
                // An error at the USPTO, KIPO, CNIPA and JPO, a warning for the PCT (Rule 6.4(a): an Art. 17(2)(b) indication at most).
                "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of any one of claims 1 to 2, being long.\n4. The lever of any one of claims 1 to 3, being heavy.",
            ],
            silent: &[
                "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 3, being heavy.",
                "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of any one of claims 1 to 2, being long.\n4. The lever of any one of claims 1 to 2, being heavy.",
            ],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    let basis = multiple_or_based_on_one(set);
    for claim in super::live(set).filter(|c| c.multiple) {
        let bases: Vec<u32> =
            claim.depends_on.iter().copied().filter(|t| *t != claim.number && basis.contains(t)).collect();
        if bases.is_empty() {
            continue;
        }
        let all_multiple = bases.iter().all(|b| set.claims.iter().any(|c| c.number == *b && c.multiple));
        let (number, count, targets) = (claim.number, bases.len(), List::and(&bases));
        let message = if all_multiple {
            message!("multiple-dependency-on-multiple", claim = number, count = count, targets = targets)
        } else {
            message!("multiple-dependency-on-multiple-indirect", claim = number, count = count, targets = targets)
        };
        out.report(&RULE, at_claim(claim), message);
    }
}

/// The claims that are multiple dependent or depend, however indirectly, on one.
fn multiple_or_based_on_one(set: &ClaimSet) -> BTreeSet<u32> {
    let claims: Vec<&Claim> = set.claims.iter().collect();
    let mut found = set_of(set.claims.iter().filter(|c| c.multiple).map(|c| c.number));
    depending_on(&claims, &mut found);
    found
}

#[cfg(test)]
mod tests {
    use crate::office::Office::*;
    use crate::Severity;

    #[test]
    fn an_error_at_the_national_offices_a_warning_for_the_pct() {
        let text = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 2 or 3, being heavy.";
        assert_eq!(
            super::super::severities(super::RULE.id, text),
            [(Severity::Error, vec![US, JP, KR, CN]), (Severity::Warning, vec![WO])]
        );
    }
}

use super::law::JP_MULTI_MULTI_FROM;
use crate::citation::{Authority::*, Citation};
use crate::model::ClaimSet;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_claim, Check, Examples, Grade, OfficePolicy, Reporter};
use std::collections::{BTreeMap, BTreeSet};

declare_rule! {
    /// ## What it checks
    /// A multiple dependent claim that depends, directly or through other claims, on another multiple dependent
    /// claim ("multi-multi"): claim 4 reads "any one of claims 1 to 3" and claim 5 reads "claim 3 or 4".
    ///
    /// ## Why it matters
    /// The US, the PCT, Korea and China forbid it; Japan forbids it for applications filed on or after
    /// 1 April 2022 (for a PCT national phase, the international filing date) and does not examine the offending
    /// claims for anything else. The EPO allows it. Rewrite the claim to refer only to claims that are not
    /// themselves multiple dependent, or split it into several claims.
    ///
    /// ## Parameters
    /// `filingDate`: at the JPO the rule applies only from 2022-04-01; without a filing date the application is
    /// taken as a new filing.
    ///
    /// ## Legal basis
    /// 37 CFR 1.75(c), MPEP 608.01(n); PCT Rule 6.4(a); JP Enforcement Regulations Art. 24-3(v); KR Enforcement
    /// Decree Art. 5(6); CN Implementing Regulations Rule 25(2).
    pub static RULE = Rule {
        id: "claims/multiple-dependency-on-multiple",
        summary: "a multiple dependent claim depends on another multiple dependent claim",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.75(c)"), Grade::A),
            OfficePolicy {
                applies_from: Some(JP_MULTI_MULTI_FROM),
                ..policy(JP, Error, Citation::new(JpEnforcementRegulations, "24-3(v)"), Grade::B)
            },
            policy(KR, Error, Citation::new(KrEnforcementDecree, "5(6)"), Grade::B),
            policy(CN, Error, Citation::new(CnImplementingRegulations, "25(2)"), Grade::B),
            policy(WO, Error, Citation::new(PctRule, "6.4(a)"), Grade::A),
        ],
        examples: Examples {
            fires: &[
                "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 2 or 3, being heavy.",
                "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 3, being thin.\n5. The lever of claim 1 or 4, being heavy.",
            ],
            silent: &["1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 3, being heavy."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    let claims: BTreeMap<u32, &crate::model::Claim> = set.claims.iter().map(|c| (c.number, c)).collect();
    for claim in super::live(set).filter(|c| c.multiple) {
        let bases = multiple_ancestors(claim.number, &claims);
        if bases.is_empty() {
            continue;
        }
        let noun = if bases.len() == 1 { "claim" } else { "claims" };
        let verb = if bases.len() == 1 { "is" } else { "are" };
        out.report(
            &RULE,
            at_claim(claim),
            format!(
                "Claim {} is a multiple dependent claim and depends (directly or through other claims) on {noun} {}, which {verb} multiple dependent too.",
                claim.number,
                crate::rules::util::list(&bases.into_iter().collect::<Vec<_>>())
            ),
        );
    }
}

/// The multiple dependent claims among the claims that `start` depends on, however indirectly.
fn multiple_ancestors(start: u32, claims: &BTreeMap<u32, &crate::model::Claim>) -> BTreeSet<u32> {
    let mut found = BTreeSet::new();
    let mut seen = BTreeSet::from([start]);
    let mut todo: Vec<u32> = claims.get(&start).map(|c| c.depends_on.clone()).unwrap_or_default();
    while let Some(number) = todo.pop() {
        if !seen.insert(number) {
            continue;
        }
        if let Some(claim) = claims.get(&number) {
            if claim.multiple {
                found.insert(number);
            }
            todo.extend(claim.depends_on.iter().copied());
        }
    }
    found
}

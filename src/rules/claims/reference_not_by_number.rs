use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::ClaimSet;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_span, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A claim that refers to other claims without naming their numbers: "any preceding claim", "the previously
    /// claimed panel", "the first claim", "einem der vorhergehenden Ansprüche", "前記いずれかの請求項",
    /// "先に記載した請求項", "根据前述任一权利要求".
    ///
    /// ## Why it matters
    /// Japan, Korea and China require the cited claims to be named by number. The US and the EPO accept "any preceding
    /// claim" (MPEP 608.01(n) lists it as acceptable), so it is not checked there.
    ///
    /// ## Legal basis
    /// JP Enforcement Regulations Art. 24-3(iii); KR Enforcement Decree Art. 5(4); CN Implementing Regulations Rule 25
    /// (2023; formerly Rule 22(1)): the reference part of a dependent claim states the numbers of the claims it cites.
    pub static RULE = Rule {
        id: "claims/reference-not-by-number",
        summary: "a claim refers to other claims without naming their numbers",
        offices: &[
            policy(JP, Error, Citation::new(JpEnforcementRegulations, "24-3(iii)"), Grade::B),
            policy(KR, Error, Citation::new(KrEnforcementDecree, "5(4)"), Grade::B),
            policy(CN, Error, Citation::new(CnImplementingRegulations, "25"), Grade::B),
        ],
        examples: Examples {
            fires: &[
                "1. A lever.\n2. A handle.\n3. The lever according to any preceding claim, being red.",
                "1. A lever.\n2. A handle.\n3. The lever according to the first claim, being red.",
                "1. 一种杠杆。\n2. 一种手柄。\n3. 根据前述任一权利要求所述的杠杆，其特征在于为红色。",
            ],
            silent: &["1. A lever.\n2. A handle.\n3. The lever according to claim 1 or 2, being red."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    for claim in super::live(set) {
        if let Some(reference) = claim.references.iter().find(|r| !r.by_number) {
            // The example cites the claims before this one: "claim 1", "claim 1 or 2", "any one of claims 1 to 5".
            let message = match (claim.number, reference.targets.as_slice()) {
                (_, [target]) => message!("reference-not-by-number", claim = claim.number, target = *target,),
                (3, _) => message!("reference-not-by-number-claim-refers-earlier", claim = claim.number,),
                (n, _) => message!("reference-not-by-number-claim-refers-earlier-claims", claim = n, last = n - 1,),
            };
            out.report(&RULE, at_span(claim, reference.span), message);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{check_claims_text, Options};

    fn messages(text: &str) -> Vec<String> {
        let report = check_claims_text(text, &Options::default());
        report.findings.into_iter().filter(|f| f.rule == "claims/reference-not-by-number").map(|f| f.message).collect()
    }

    #[test]
    fn the_example_names_the_claims_before() {
        assert_eq!(
            messages("1. A lever.\n2. The lever according to any preceding claim, being red."),
            ["Claim 2 refers to claim 1 without its number; cite it as \"claim 1\"."]
        );
        assert_eq!(
            messages("1. A lever.\n2. A handle.\n3. The lever according to any preceding claim, being red."),
            ["Claim 3 refers to earlier claims without naming them; cite them by number, e.g. \"claim 1 or 2\"."]
        );
        assert_eq!(
            messages("1. A lever.\n2. A handle.\n3. A pin.\n4. The lever according to any preceding claim, being red."),
            ["Claim 4 refers to earlier claims without naming them; cite them by number, e.g. \"any one of claims 1 to 3\"."]
        );
    }
}

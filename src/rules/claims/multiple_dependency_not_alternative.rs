use super::law::PCT_MULTIPLE_DEPENDENCY;
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::model::{ClaimSet, Form};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_claim, util::at_span, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A multiple dependent claim that does not refer to its claims in the alternative: "claims 1 and 2"
    /// (cumulative), or "claims 1-3" and "claims 1, 2" with no "or" / "any one of" (unqualified).
    ///
    /// ## Why it matters
    /// The US, Korea and China accept a claim referring to several claims only in the alternative ("claim 1 or 2",
    /// "any one of claims 1 to 3"), and only one set of alternatives per claim (an error). The PCT's Rule 6.4(a) asks
    /// the same, but in the international phase its only consequence is that an International Searching Authority
    /// whose national law forbids other forms (the USPTO, for one) may leave those claims unsearched with an
    /// indication under PCT Art. 17(2)(b); it has no effect in a designated State whose law accepts the claim. So it
    /// is a warning for WO. The EPO judges this by clarity alone; no Japanese provision requiring the alternative
    /// form was found, so JP is not checked.
    ///
    /// ## Example (objected to)
    /// `3. The lever of claims 1 and 2.` — write `3. The lever of claim 1 or 2.`
    ///
    /// ## Legal basis
    /// 37 CFR 1.75(c), MPEP 608.01(n) (US, error, grade A); PCT Rule 6.4(a), third and fourth sentences (WO, a
    /// warning: the sanction is an Art. 17(2)(b) indication by an ISA whose national law forbids the form; grade A,
    /// read in the USPTO's reproduction of the PCT Regulations, MPEP Appendix T); KR Enforcement Decree Art. 5(5)
    /// (grade B); CN Implementing Regulations Rule 25(2) (grade B).
    pub static RULE = Rule {
        id: "claims/multiple-dependency-not-alternative",
        summary: "a claim refers to several claims, but not in the alternative",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.75(c)"), Grade::A),
            policy(KR, Error, Citation::new(KrEnforcementDecree, "5(5)"), Grade::B),
            policy(CN, Error, Citation::new(CnImplementingRegulations, "25(2)"), Grade::B),
            PCT_MULTIPLE_DEPENDENCY,
        ],
        examples: Examples {
            fires: &[
                "1. A lever.\n2. A handle.\n3. The lever of claims 1 and 2, wherein the lever is red.",
                "1. A lever.\n2. A handle.\n3. The lever as in claims 1-2, wherein the lever is red.",
                "1. A lever.\n2. A handle.\n3. A pin.\n4. A rod.\n5. The lever of claim 1 or 2 made with the pin of claim 3 or 4.",
                "1. 一种装置。\n2. 根据权利要求1所述的装置。\n3. 根据权利要求1和2所述的装置。",
                // An error at the USPTO, KIPO and CNIPA, a warning for the PCT (Rule 6.4(a): an Art. 17(2)(b) indication at most).
                "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever according to claims 1 and 2, being long.",
            ],
            silent: &[
                "1. A lever.\n2. A handle.\n3. The lever of claim 1 or 2, wherein the lever is red.",
                "1. A lever.\n2. A handle.\n3. The lever as in any one of claims 1, 2, and 3, wherein the lever is red.",
                "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever according to claim 1 or claim 2, being long.",
            ],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    for claim in super::live(set) {
        if !matches!(claim.form, Form::Cumulative | Form::Unqualified) {
            continue;
        }
        let targets = List::and(claim.depends_on.iter().copied());
        let (message, location) =
            match claim.references.iter().find(|r| r.targets.len() > 1 && r.form != Form::Alternative) {
                Some(r) if r.form == Form::Cumulative => (
                    message!("multiple-dependency-not-alternative", claim = claim.number, targets = targets,),
                    at_span(claim, r.span),
                ),
                Some(r) => (
                    message!(
                        "multiple-dependency-not-alternative-claim-refers-claims",
                        claim = claim.number,
                        targets = targets,
                    ),
                    at_span(claim, r.span),
                ),
                None => (
                    message!(
                        "multiple-dependency-not-alternative-claim-refers-claims-separate",
                        claim = claim.number,
                        targets = targets,
                    ),
                    at_claim(claim),
                ),
            };
        out.report(&RULE, location, message);
    }
}

#[cfg(test)]
mod tests {
    use crate::office::Office::*;
    use crate::Severity;

    #[test]
    fn an_error_at_the_national_offices_a_warning_for_the_pct() {
        let text =
            "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever according to claims 1 and 2, being long.";
        assert_eq!(
            super::super::severities(super::RULE.id, text),
            [(Severity::Error, vec![US, KR, CN]), (Severity::Warning, vec![WO])]
        );
    }
}

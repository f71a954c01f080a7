use super::law::SENTENCE_FORM;
use crate::message::message;
use crate::model::ClaimSet;
use crate::rules::{declare_rule, util::at_claim, Check, Examples, Reporter};

declare_rule! {
    /// ## What it checks
    /// An English, German or French claim whose text does not end with a period.
    ///
    /// ## Why it matters
    /// US practice requires each claim to end with a period; examiners object to a claim that does not, which
    /// costs a response. A missing period often also means the end of the claim was lost when pasting.
    ///
    /// ## Example (objected to)
    /// `1. A lever comprising a handle` — add the final period.
    ///
    /// ## Legal basis
    /// MPEP 608.01(m).
    pub static RULE = Rule {
        id: "claims/final-period-missing",
        summary: "a claim does not end with a period",
        offices: SENTENCE_FORM,
        examples: Examples { fires: &["1. A lever comprising a handle"], silent: &["1. A lever comprising a handle."] },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    if !super::latin_script(set) {
        return;
    }
    for claim in super::live(set) {
        let text = claim.text.trim_end();
        if !text.is_empty() && !text.ends_with('.') {
            out.report(
                &RULE,
                at_claim(claim),
                message!("Claim {claim} does not end with a period.", claim = claim.number),
            );
        }
    }
}

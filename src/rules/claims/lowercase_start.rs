use super::law::SENTENCE_FORM;
use crate::message::message;
use crate::model::ClaimSet;
use crate::rules::{declare_rule, util::at_claim, Check, Examples, Reporter};

declare_rule! {
    /// ## What it checks
    /// An English, German or French claim whose first letter is lower-case.
    ///
    /// ## Why it matters
    /// US practice requires each claim to begin with a capital letter. A lower-case start often means a claim
    /// was split in the wrong place.
    ///
    /// ## Example (objected to)
    /// `2. the lever of claim 1, wherein the lever is red.`
    ///
    /// ## Legal basis
    /// MPEP 608.01(m).
    pub static RULE = Rule {
        id: "claims/lowercase-start",
        summary: "a claim does not begin with a capital letter",
        offices: SENTENCE_FORM,
        examples: Examples {
            fires: &["1. A lever.\n2. the lever of claim 1, wherein the lever is red."],
            silent: &["1. A lever.\n2. The lever of claim 1, wherein the lever is red."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    if !super::latin_script(set) {
        return;
    }
    for claim in super::live(set) {
        if claim.text.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase) {
            out.report(&RULE, at_claim(claim), message!("lowercase-start", claim = claim.number));
        }
    }
}

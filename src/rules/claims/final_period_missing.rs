use super::law::SENTENCE_FORM;
use crate::message::message;
use crate::model::{Claim, ClaimSet};
use crate::report::{Edit, Fix};
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
    ///
    /// ## Fix
    /// In claims read from plain text: add the period after the claim's last character. Safe unless the claim ends
    /// as if cut short (a comma, semicolon, colon, hyphen or open parenthesis, or a word such as "and", "the", "of",
    /// "comprising" or "wherein"), where the period would hide the loss.
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
            out.report_with_fix(
                &RULE,
                at_claim(claim),
                message!("final-period-missing", claim = claim.number),
                fix(claim),
            );
        }
    }
}

/// Words a claim does not end on unless it was cut short: conjunctions, articles, prepositions and the transitions
/// that introduce what follows (English, German, French).
const CUT_SHORT: &[&str] = &[
    "and", "or", "a", "an", "the", "of", "to", "in", "on", "with", "by", "for", "from", "at", "comprising",
    "including", "having", "consisting", "wherein", "whereby", "which", "that", "said", "und", "oder", "der", "die",
    "das", "ein", "eine", "mit", "von", "umfassend", "wobei", "et", "ou", "le", "la", "les", "un", "une", "de",
    "comprenant", "dans",
];

/// The period after the claim's last character, when the claim is placed in a plain-text file.
fn fix(claim: &Claim) -> Option<Fix> {
    let end = *claim.source.as_ref()?.char_positions(&claim.text)?.last()?;
    let last_word = claim.text.rsplit(char::is_whitespace).next().unwrap_or_default().to_lowercase();
    let cut_short =
        claim.text.trim_end().ends_with([',', ';', ':', '-', '(']) || CUT_SHORT.contains(&last_word.as_str());
    let edit = Edit { start: end, end, replacement: ".".into() };
    Some(Fix::new(message!("final-period-missing-add-claim", claim = claim.number), !cut_short, vec![edit]))
}

#[cfg(test)]
mod tests {
    use crate::report::{apply_fixes, Fix};
    use crate::{check_claims_text, Options};

    fn fixes(text: &str) -> Vec<Fix> {
        let report = check_claims_text(text, &Options::default());
        let mut fixes: Vec<Fix> =
            report.findings.into_iter().filter(|f| f.rule == RULE_ID).filter_map(|f| f.fix).collect();
        fixes.dedup();
        fixes
    }

    const RULE_ID: &str = "claims/final-period-missing";

    #[test]
    fn the_period_goes_after_the_last_character_on_the_claims_last_line() {
        let text = "1. A lever comprising:\n   a handle; and\n   a pivot\n\n2. The lever of claim 1, being red\n";
        let fixes = fixes(text);
        assert_eq!(fixes.len(), 2);
        assert_eq!(fixes[0].description, "Add the final period to claim 1");
        assert!(fixes.iter().all(|f| f.safe));
        let fixed = apply_fixes(text, &fixes.iter().collect::<Vec<_>>()).text;
        assert_eq!(
            fixed,
            "1. A lever comprising:\n   a handle; and\n   a pivot.\n\n2. The lever of claim 1, being red.\n"
        );
        assert!(!check_claims_text(&fixed, &Options::default()).findings.iter().any(|f| f.rule == RULE_ID));
    }

    #[test]
    fn before_a_carriage_return_and_after_characters_outside_the_bmp() {
        let text = "1. A lever made of 𝔄-steel\r\n2. The lever of claim 1, weighing 3 kg.\r\n";
        let [fix] = &fixes(text)[..] else { panic!("one fix") };
        let end = "1. A lever made of 𝔄-steel".encode_utf16().count();
        assert_eq!((fix.edits[0].start, fix.edits[0].end), (end, end));
        assert_eq!(
            apply_fixes(text, &[fix]).text,
            "1. A lever made of 𝔄-steel.\r\n2. The lever of claim 1, weighing 3 kg.\r\n"
        );
    }

    #[test]
    fn a_claim_that_ends_as_if_cut_short_gets_an_unsafe_fix() {
        for text in [
            "1. A lever comprising a handle;",
            "1. A lever comprising a handle and",
            "1. A lever with:",
            "1. A lever comprising",
            "1. A lever, wherein",
            "1. A lever made of",
        ] {
            let [fix] = &fixes(text)[..] else { panic!("one fix for {text}") };
            assert!(!fix.safe, "{text}");
        }
    }
}

use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::ClaimSet;
use crate::office::Office::*;
use crate::parse::reference_signs;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_span, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A reference sign written in a claim without parentheses: "the lever 12 is pivoted" instead of
    /// "the lever (12) is pivoted". patlint looks for an article, one to three words and a number of up to four
    /// digits (optionally with a letter or prime, `12a`, `12'`), not followed by a unit, and not after words
    /// such as "claim", "formula" or "step". It checks English, German and French claims.
    ///
    /// ## Why it matters
    /// The EPO requires reference signs in claims to be placed in parentheses, so they are not read as part of
    /// the claimed features; the PCT and CNIPA recommend it.
    ///
    /// ## Legal basis
    /// Rule 43(7) EPC (Guidelines F-IV 4.19); PCT Rule 6.2(b); CN Implementing Regulations Rule 22 (old Rule 19).
    pub static RULE = Rule {
        id: "claims/reference-sign-without-parentheses",
        summary: "a reference sign in a claim is not in parentheses",
        offices: &[
            policy(EP, Warning, Citation::new(EpcRule, "43(7)"), Grade::A),
            policy(CN, Info, Citation::new(CnImplementingRegulations, "22"), Grade::C),
            policy(WO, Info, Citation::new(PctRule, "6.2(b)"), Grade::A),
        ],
        examples: Examples {
            fires: &["1. A device comprising a lever 12 mounted on a frame 14, wherein the lever 12 is pivoted."],
            silent: &[
                "1. A device comprising a lever (12) mounted on a frame (14).",
                "1. A method comprising heating the mixture to 200 °C for 3 hours, the layer having a thickness of 5 mm.",
                "1. A compound of formula 1, wherein the step 2 is repeated at least 3 times.",
            ],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    if !super::latin_script(set) {
        return;
    }
    // Most claims have no number but those of their references to other claims: nothing to look at there.
    let has_other_numbers = |claim: &&crate::model::Claim| {
        claim.text.chars().enumerate().any(|(i, c)| {
            c.is_ascii_digit() && !claim.references.iter().any(|r| (r.span.start..r.span.end).contains(&i))
        })
    };
    for claim in super::live(set).filter(has_other_numbers) {
        if let Some(span) = reference_signs::unbracketed(&claim.text) {
            out.report(
                &RULE,
                at_span(claim, span),
                message!(
                    "reference-sign-without-parentheses",
                    claim = claim.number,
                    sign = reference_signs::text_of(&claim.text, span)
                ),
            );
        }
    }
}

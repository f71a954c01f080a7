use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::{ClaimSet, Span};
use crate::office::Office::*;
use crate::parse::text::find;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_span, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A claim that relies on the description or the drawings: "as shown in Fig. 2", "as described in the
    /// description", "substantially as described herein", "wie in Fig. 1 dargestellt", "如图1所示", "如说明书所述",
    /// "図１に示す".
    ///
    /// ## Why it matters
    /// Claims must define the invention by their own words. The EPO, the PCT and CNIPA allow references to the
    /// description or drawings only where absolutely necessary (e.g. a shape that cannot be put in words), and
    /// the USPTO only in exceptional circumstances. It is a warning: decide whether the reference is necessary.
    ///
    /// ## Legal basis
    /// Rule 43(6) EPC; PCT Rule 6.2(a); CN Implementing Regulations Rule 22 (old Rule 19); MPEP 2173.05(s).
    pub static RULE = Rule {
        id: "claims/reference-to-description",
        summary: "a claim relies on the description or the drawings",
        offices: &[
            policy(US, Warning, Citation::new(Mpep, "2173.05(s)"), Grade::B),
            policy(EP, Warning, Citation::new(EpcRule, "43(6)"), Grade::A),
            policy(CN, Warning, Citation::new(CnImplementingRegulations, "22"), Grade::C),
            policy(WO, Warning, Citation::new(PctRule, "6.2(a)"), Grade::A),
        ],
        examples: Examples {
            fires: &["1. A lever having a handle as shown in Fig. 2.", "1. A lever substantially as described herein.", "1. 一种装置，其形状如图1所示。"],
            silent: &["1. A lever having a curved handle.", "1. A figure skate having a blade."],
        },
        check: Check::Claims(check),
    };
}

/// Phrases that rely on the description or drawings, lower-case. A phrase ending in a space is followed by a
/// figure number, checked separately.
const PHRASES: &[&str] = &[
    "as shown in fig",
    "as illustrated in fig",
    "as depicted in fig",
    "as shown in the drawing",
    "as illustrated in the drawing",
    "as described in the description",
    "as described in the specification",
    "substantially as described",
    "substantially as shown",
    "substantially as herein",
    "as herein described",
    "wie in fig",
    "wie in der beschreibung",
    "gemäß fig",
    "comme représenté",
    "tel que décrit dans la description",
    "如说明书",
    "如图",
    "附图所示",
    "明細書に記載の",
    "図面に示す",
];

fn check(set: &ClaimSet, out: &mut Reporter) {
    for claim in super::live(set) {
        // Lower-cased one character for one, so that byte offsets map back to character offsets.
        let lower: String = claim.text.chars().map(|c| c.to_lowercase().next().unwrap_or(c)).collect();
        if let Some((start, end)) = find_phrase(&lower).or_else(|| find_figure(&lower)) {
            let span = Span { start: lower[..start].chars().count(), end: lower[..end].chars().count() };
            out.report(&RULE, at_span(claim, span), message!("reference-to-description", claim = claim.number));
        }
    }
}

/// The byte range of the first phrase found.
fn find_phrase(lower: &str) -> Option<(usize, usize)> {
    PHRASES.iter().find_map(|phrase| find(lower, phrase).map(|start| (start, start + phrase.len())))
}

/// "Fig. 2", "FIG 2", "Figure 3", "図１": a word for figure, not inside a longer word, directly followed by a number.
fn find_figure(lower: &str) -> Option<(usize, usize)> {
    const WORDS: &[&str] = &["figure ", "figur ", "figs. ", "fig. ", "fig.", "fig ", "図"];
    let mut previous = ' ';
    for (start, c) in lower.char_indices() {
        let inside_word = previous.is_ascii_alphabetic();
        previous = c;
        if inside_word || !matches!(c, 'f' | '図') {
            continue;
        }
        let rest = &lower[start..];
        for word in WORDS {
            if let Some(after) = rest.strip_prefix(word) {
                if let Some(digit) = after.chars().next().filter(|d| d.is_ascii_digit() || ('０'..='９').contains(d))
                {
                    return Some((start, start + word.len() + digit.len_utf8()));
                }
            }
        }
    }
    None
}

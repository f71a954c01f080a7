use super::law::SENTENCE_FORM;
use crate::message::message;
use crate::model::{ClaimSet, Span};
use crate::rules::{declare_rule, util::at_span, Check, Examples, Reporter};

declare_rule! {
    /// ## What it checks
    /// A period inside an English, German or French claim that ends a sentence: a period followed by a space and
    /// a capital letter, where the word before it is not an abbreviation (`e.g.`, `No.`, `FIG.`, `Inc.`, …).
    ///
    /// ## Why it matters
    /// A claim is a single sentence; periods may be used elsewhere only in abbreviations. A second sentence is
    /// objected to, and often means two claims ran together when pasting.
    ///
    /// ## Example (objected to)
    /// `1. A lever. The lever has a handle.`
    ///
    /// ## Legal basis
    /// MPEP 608.01(m).
    pub static RULE = Rule {
        id: "claims/several-sentences",
        summary: "a claim has more than one sentence",
        offices: SENTENCE_FORM,
        examples: Examples {
            fires: &["1. A lever. The lever has a handle."],
            silent: &["1. A lever made by Acme Inc. The lever has a handle.", "1. A lever having a length of 2.5 cm, e.g. A4 size."],
        },
        check: Check::Claims(check),
    };
}

/// Words that end in a period without ending a sentence (lower-case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "no", "nos", "fig", "figs", "inc", "ltd", "co", "corp", "approx", "vs", "al", "wt", "vol",
    "u.s", "st", "dr", "mr", "mrs", "ms", "resp", "ca", "min", "max", "ref", "eq", "ex", "sec", "z.b", "bzw", "ggf",
    "usw", "nr", "abb", "env",
];

fn check(set: &ClaimSet, out: &mut Reporter) {
    if !super::latin_script(set) {
        return;
    }
    for claim in super::live(set) {
        let chars: Vec<char> = claim.text.chars().collect();
        for (i, _) in chars.iter().enumerate().filter(|(_, &c)| c == '.') {
            let next_is_capital = chars.get(i + 1).is_some_and(|c| c.is_whitespace())
                && chars.iter().skip(i + 1).find(|c| !c.is_whitespace()).is_some_and(|c| c.is_uppercase());
            if !next_is_capital || is_abbreviation(&chars[..i]) {
                continue;
            }
            out.report(
                &RULE,
                at_span(claim, Span { start: i, end: i + 1 }),
                message!("several-sentences", claim = claim.number),
            );
            break;
        }
    }
}

/// Whether the word just before a period is an abbreviation or a single letter ("A.", "U.S.").
fn is_abbreviation(before: &[char]) -> bool {
    let start = before.iter().rposition(|c| c.is_whitespace() || *c == '(').map_or(0, |p| p + 1);
    let word: String = before[start..].iter().collect::<String>().to_lowercase();
    word.chars().filter(|c| c.is_alphabetic()).count() <= 1 || ABBREVIATIONS.contains(&word.as_str())
}

use crate::citation::{Authority::*, Citation};
use crate::model::{Claim, ClaimSet, Span};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_span, Check, Examples, Grade, Reporter};
use std::collections::{BTreeMap, BTreeSet};

declare_rule! {
    /// ## What it checks
    /// In English claims, "the X" or "said X" where X has not been introduced before — neither earlier in the
    /// claim nor in the claims it depends on (directly or indirectly). patlint is deliberately cautious: it
    /// reports a phrase only when *none* of its words (up to three, ignoring generic words such as "same",
    /// "first", "end", "method") appears anywhere before, so "the second gear" after "a first gear" is not
    /// reported, but "the handle" in a claim that never mentions a handle is.
    ///
    /// ## Why it matters
    /// A term without antecedent basis makes it unclear what the claim refers to; US examiners reject such
    /// claims as indefinite, and the EPO and the PCT object to them as unclear. A warning: some terms are clear
    /// without an antecedent ("the ground", "the user" may be), so read the claim.
    ///
    /// ## Example (reported)
    /// `1. A lever comprising an arm, wherein the handle is red.`
    ///
    /// ## Legal basis
    /// 35 U.S.C. 112(b) and MPEP 2173.05(e); Art. 84 EPC; PCT Art. 6.
    pub static RULE = Rule {
        id: "claims/antecedent-basis-missing",
        summary: "\"the\" or \"said\" names something not introduced before",
        offices: &[
            policy(US, Warning, Citation::new(Mpep, "2173.05(e)"), Grade::C),
            policy(EP, Warning, Citation::new(EpcArticle, "84"), Grade::Unconfirmed),
            policy(WO, Warning, Citation::new(PctArticle, "6"), Grade::Unconfirmed),
        ],
        examples: Examples {
            fires: &["1. A lever comprising an arm, wherein the handle is red."],
            silent: &[
                "1. A lever comprising an arm and a handle, wherein the handle is red.\n2. The lever of claim 1, wherein said arm is long and the handles are at the same end.",
                "1. A method comprising heating at least one plate, wherein the at least one plate is steel.",
            ],
        },
        check: Check::Claims(check),
    };
}

const ARTICLES: [&str; 2] = ["the", "said"];
/// Words that end the noun phrase after "the".
const STOP: &[&str] = &[
    "of", "to", "and", "or", "is", "are", "was", "were", "be", "been", "being", "has", "have", "having", "in", "on", "at", "by",
    "for", "from", "with", "within", "without", "wherein", "whereby", "which", "that", "when", "where", "while", "such", "so",
    "as", "into", "onto", "over", "under", "between", "through", "than", "said", "the", "a", "an", "each", "comprising",
    "including", "consisting", "further", "also", "not", "can", "may", "will", "shall", "must", "if", "then", "about", "via",
    "per", "its", "their", "it", "they", "thereof", "therein", "thereto", "wherefrom", "whose", "only", "both", "all",
];
/// Words after "the" that need no antecedent, or are too generic to tell.
const GENERIC: &[&str] = &[
    "same", "other", "art", "invention", "following", "foregoing", "preceding", "above", "below", "group", "step", "steps",
    "presence", "absence", "basis", "form", "range", "order", "time", "number", "amount", "extent", "way", "manner", "case",
    "end", "rest", "remainder", "sum", "total", "respective", "like", "whole", "entire", "outside", "inside", "top", "bottom",
    "front", "back", "rear", "side", "left", "right", "first", "second", "third", "fourth", "one", "two", "three", "result",
    "purpose", "method", "apparatus", "system", "device", "process", "claim", "claims", "formula", "world", "earth", "ground",
    "air", "atmosphere", "environment", "horizontal", "vertical", "longitudinal", "lateral", "axial", "radial", "center",
    "centre", "middle", "interior", "exterior", "upper", "lower", "inner", "outer", "last", "next", "previous", "present",
    "current", "new", "old", "final", "initial", "main", "particular", "corresponding", "desired", "predetermined", "selected",
    "resulting", "remaining", "opposite", "various", "plurality", "least", "more", "most", "many", "several", "use", "type",
    "level", "value", "values", "state", "position", "direction", "length", "width", "height", "thickness", "size", "area",
    "volume", "weight", "temperature", "pressure", "speed", "rate", "ratio", "degree", "distance", "angle", "shape", "surface",
];

fn check(set: &ClaimSet, out: &mut Reporter) {
    if set.language != Some("en") {
        return;
    }
    let by_number: BTreeMap<u32, &Claim> = set.claims.iter().map(|c| (c.number, c)).collect();
    for claim in super::live(set) {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        for ancestor in ancestors(claim, &by_number) {
            seen.extend(words(&ancestor.text).into_iter().map(|(w, _)| stem(&w)));
        }
        let words = words(&claim.text);
        let mut reported: BTreeSet<String> = BTreeSet::new();
        for (k, (word, span)) in words.iter().enumerate() {
            if ARTICLES.contains(&word.as_str()) {
                if let Some((phrase, end)) = phrase_after(&words, k + 1) {
                    let content: Vec<String> = phrase.iter().filter(|w| !GENERIC.contains(&w.as_str())).map(|w| stem(w)).collect();
                    let key = content.join(" ");
                    if !content.is_empty() && content.iter().all(|w| !was_seen(&seen, w)) && reported.insert(key) {
                        let name = phrase.join(" ");
                        out.report(
                            &RULE,
                            at_span(claim, Span { start: span.start, end }),
                            format!("Claim {}: \"{word} {name}\" has no antecedent — no \"a {name}\" or \"an {name}\" comes before it in this claim or the claims it depends on.", claim.number),
                        );
                    }
                }
            }
            seen.insert(stem(word));
        }
    }
}

/// The words after an article that name the thing: up to three, ending at a stop word or punctuation.
/// "at least one" and "one or more" before the noun are passed over.
fn phrase_after(words: &[(String, Span)], mut k: usize) -> Option<(Vec<String>, usize)> {
    for lead in [&["at", "least", "one"][..], &["one", "or", "more"][..]] {
        if words.get(k..k + lead.len()).is_some_and(|w| w.iter().map(|(s, _)| s.as_str()).eq(lead.iter().copied())) {
            k += lead.len();
        }
    }
    let mut phrase = Vec::new();
    let mut end = 0;
    let mut previous_end = words.get(k.checked_sub(1)?).map(|(_, s)| s.end)?;
    while let Some((word, span)) = words.get(k) {
        // Punctuation between words ("the lever, ...") ends the phrase.
        if span.start > previous_end + 1 || STOP.contains(&word.as_str()) || phrase.len() == 3 || word.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        phrase.push(word.clone());
        end = span.end;
        previous_end = span.end;
        k += 1;
    }
    (!phrase.is_empty()).then_some((phrase, end))
}

/// Lower-case words of letters and hyphens, with their character spans; text in parentheses is skipped.
fn words(text: &str) -> Vec<(String, Span)> {
    let mut words = Vec::new();
    let (mut current, mut start, mut depth) = (String::new(), 0, 0u32);
    for (i, c) in text.chars().chain(std::iter::once(' ')).enumerate() {
        if depth == 0 && (c.is_alphanumeric() || (c == '-' && !current.is_empty())) {
            if current.is_empty() {
                start = i;
            }
            current.extend(c.to_lowercase());
            continue;
        }
        if !current.is_empty() {
            words.push((std::mem::take(&mut current), Span { start, end: i }));
        }
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    words
}

/// Singular and plural compare equal: "levers" and "lever", "handles" and "handle".
fn stem(word: &str) -> String {
    let word = word.trim_end_matches('-');
    match word.strip_suffix('s') {
        Some(singular) if word.len() > 3 && !singular.ends_with('s') => singular.to_string(),
        _ => word.to_string(),
    }
}

/// Whether a word (or, for "boxes", its form without "es") came before.
fn was_seen(seen: &BTreeSet<String>, stemmed: &str) -> bool {
    seen.contains(stemmed) || stemmed.strip_suffix('e').is_some_and(|s| s.len() > 2 && seen.contains(s))
}

/// The claims `claim` depends on, however indirectly (each once, however the references loop).
fn ancestors<'a>(claim: &Claim, by_number: &BTreeMap<u32, &'a Claim>) -> Vec<&'a Claim> {
    let mut found = Vec::new();
    let mut seen = BTreeSet::from([claim.number]);
    let mut todo = claim.depends_on.clone();
    while let Some(number) = todo.pop() {
        if seen.insert(number) {
            if let Some(parent) = by_number.get(&number) {
                found.push(*parent);
                todo.extend(parent.depends_on.iter().copied());
            }
        }
    }
    found
}

use crate::citation::{Authority::*, Citation};
use crate::language::Language;
use crate::message::message;
use crate::model::{Claim, ClaimSet, Span};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, util::at_span, Check, Examples, Grade, Reporter};
use crate::sorting::{map_of, set_of};
use std::collections::{BTreeMap, BTreeSet, HashSet};

declare_rule! {
    /// ## What it checks
    /// In English claims, "the X" or "said X" where X has not been introduced before — neither earlier in the
    /// claim nor in the claims it depends on (directly or indirectly, up to 64 claims up the chain). patlint is deliberately cautious: it
    /// reports a phrase only when *none* of its words (up to three) appears anywhere before — counting a word
    /// that shares its first six letters, so "the calculation" follows "calculating" — and the phrase has no
    /// generic word ("same", "first", "end", "method"), no proper noun ("the Internet") and is not followed by
    /// "of" ("the face of said plate" names a part every plate has). So "the second gear"
    /// after "a first gear" is not reported, but "the handle" in a claim that never mentions a handle is.
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
    "of", "to", "and", "or", "is", "are", "was", "were", "be", "been", "being", "has", "have", "having", "in", "on",
    "at", "by", "for", "from", "with", "within", "without", "wherein", "whereby", "which", "that", "when", "where",
    "while", "such", "so", "as", "into", "onto", "over", "under", "between", "through", "than", "said", "the", "a",
    "an", "each", "comprising", "including", "consisting", "further", "also", "not", "can", "may", "will", "shall",
    "must", "if", "then", "about", "via", "per", "its", "their", "it", "they", "thereof", "therein", "thereto",
    "wherefrom", "whose", "only", "both", "all",
];
/// Words after "the" that need no antecedent, or are too generic to tell.
const GENERIC: &[&str] = &[
    "same", "other", "art", "invention", "following", "foregoing", "preceding", "above", "below", "group", "step",
    "steps", "presence", "absence", "basis", "form", "range", "order", "time", "number", "amount", "extent", "way",
    "manner", "case", "end", "rest", "remainder", "sum", "total", "respective", "like", "whole", "entire", "outside",
    "inside", "top", "bottom", "front", "back", "rear", "side", "left", "right", "first", "second", "third", "fourth",
    "one", "two", "three", "result", "purpose", "method", "apparatus", "system", "device", "process", "claim",
    "claims", "formula", "world", "earth", "ground", "air", "atmosphere", "environment", "horizontal", "vertical",
    "longitudinal", "lateral", "axial", "radial", "center", "centre", "middle", "interior", "exterior", "upper",
    "lower", "inner", "outer", "last", "next", "previous", "present", "current", "new", "old", "final", "initial",
    "main", "particular", "corresponding", "desired", "predetermined", "selected", "resulting", "remaining",
    "opposite", "various", "plurality", "least", "more", "most", "many", "several", "use", "type", "level", "value",
    "values", "state", "position", "direction", "length", "width", "height", "thickness", "size", "area", "volume",
    "weight", "temperature", "pressure", "speed", "rate", "ratio", "degree", "distance", "angle", "shape", "surface",
];

fn check(set: &ClaimSet, out: &mut Reporter) {
    if set.language != Some(Language::En) {
        return;
    }
    // Claims by number (the last of a number, as references reach it), as positions in the set.
    let by_number = map_of(set.claims.iter().enumerate().map(|(i, c)| (c.number, i)));
    // Each claim's words are read once, by position: a claim's ancestors are shared by many claims.
    let words_of: Vec<Vec<Word>> = set.claims.iter().map(|c| words(&c.text)).collect();
    let vocabulary: Vec<BTreeSet<&str>> =
        words_of.iter().map(|words| set_of(words.iter().map(|w| w.stem.as_str()))).collect();
    for (claim, words) in set.claims.iter().zip(&words_of).filter(|(c, _)| !c.is_cancelled()) {
        let earlier: Vec<&BTreeSet<&str>> =
            ancestors(claim, set, &by_number).into_iter().map(|a| &vocabulary[a]).collect();
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        let mut reported: HashSet<String> = HashSet::new();
        for (k, word) in words.iter().enumerate() {
            if let Some(phrase) = ARTICLES.contains(&word.lower.as_str()).then(|| phrase_after(words, k + 1)).flatten()
            {
                // Cautious: a generic word ("the same", "the method according"), a proper noun ("the Internet"),
                // a part every such thing has ("the face of said plate", MPEP 2173.05(e)), or any word seen
                // before, and nothing is reported.
                let inherent = words.get(k + 1 + phrase.len()).is_some_and(|w| w.lower == "of");
                let generic = phrase.iter().any(|w| GENERIC.contains(&w.lower.as_str()) || w.capital);
                let known =
                    phrase.iter().any(|w| was_seen(&seen, &w.stem) || earlier.iter().any(|set| was_seen(set, &w.stem)));
                let key: Vec<&str> = phrase.iter().map(|w| w.stem.as_str()).collect();
                if !inherent && !generic && !known && reported.insert(key.join(" ")) {
                    let name: Vec<&str> = phrase.iter().map(|w| w.lower.as_str()).collect();
                    let name = name.join(" ");
                    let quoted = format!("{} {name}", word.lower);
                    let end = phrase.last().map_or(word.span.end, |w| w.span.end);
                    out.report(
                        &RULE,
                        at_span(claim, Span { start: word.span.start, end }),
                        message!("antecedent-basis-missing", claim = claim.number, phrase = quoted, name = name,),
                    );
                }
            }
            seen.insert(&word.stem);
        }
    }
}

/// A word of a claim.
struct Word {
    lower: String,
    stem: String,
    span: Span,
    /// Written with a capital, not at the start of the claim ("the Internet").
    capital: bool,
}

/// The words after an article that name the thing: up to three, ending at a stop word or punctuation.
/// "at least one" and "one or more" before the noun are passed over.
fn phrase_after(words: &[Word], mut k: usize) -> Option<&[Word]> {
    for lead in [&["at", "least", "one"][..], &["one", "or", "more"][..]] {
        if words.get(k..k + lead.len()).is_some_and(|w| w.iter().map(|w| w.lower.as_str()).eq(lead.iter().copied())) {
            k += lead.len();
        }
    }
    let first = k;
    let mut previous_end = words.get(k.checked_sub(1)?)?.span.end;
    while let Some(word) = words.get(k) {
        // Punctuation between words ("the lever, ...") ends the phrase.
        let stop = STOP.contains(&word.lower.as_str()) || word.lower.chars().any(|c| c.is_ascii_digit());
        if word.span.start > previous_end + 1 || stop || k - first == 3 {
            break;
        }
        previous_end = word.span.end;
        k += 1;
    }
    words.get(first..k).filter(|phrase| !phrase.is_empty())
}

/// The words of letters, digits and hyphens, with their character spans; text in parentheses is skipped.
fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let (mut current, mut start, mut depth, mut capital) = (String::new(), 0, 0u32, false);
    for (i, c) in text.chars().chain(std::iter::once(' ')).enumerate() {
        if depth == 0 && (c.is_alphanumeric() || (c == '-' && !current.is_empty())) {
            if current.is_empty() {
                start = i;
                capital = c.is_uppercase() && !words.is_empty();
            }
            current.extend(c.to_lowercase());
            continue;
        }
        if !current.is_empty() {
            let lower = std::mem::take(&mut current);
            words.push(Word { stem: stem(&lower), lower, span: Span { start, end: i }, capital });
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

/// Whether a word came before: itself, its form without "es" ("boxes"), or a word sharing its first six letters
/// ("the calculation" after "calculating").
fn was_seen(seen: &BTreeSet<&str>, stemmed: &str) -> bool {
    if seen.contains(stemmed) || stemmed.strip_suffix('e').is_some_and(|s| s.len() > 2 && seen.contains(s)) {
        return true;
    }
    let Some((last, c)) = stemmed.char_indices().nth(5) else { return false };
    let prefix = &stemmed[..last + c.len_utf8()];
    seen.range(prefix..).next().is_some_and(|w| w.starts_with(prefix))
}

/// How many claims up its chain of references a claim's terms are looked for. Real chains are a few claims
/// long; the bound keeps a hostile chain of thousands of claims linear.
const MAX_ANCESTORS: usize = 64;

/// The claims `claim` depends on, however indirectly (each once, however the references loop), nearest first,
/// at most `MAX_ANCESTORS`, as positions in `set`.
fn ancestors(claim: &Claim, set: &ClaimSet, by_number: &BTreeMap<u32, usize>) -> Vec<usize> {
    let mut found = Vec::new();
    let mut seen = BTreeSet::from([claim.number]);
    let mut todo: std::collections::VecDeque<u32> = claim.depends_on.iter().copied().collect();
    while let Some(number) = todo.pop_front() {
        if found.len() == MAX_ANCESTORS {
            break;
        }
        if seen.insert(number) {
            if let Some(&parent) = by_number.get(&number) {
                found.push(parent);
                todo.extend(set.claims[parent].depends_on.iter().copied());
            }
        }
    }
    found
}

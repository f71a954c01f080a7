//! Reference signs written without parentheses in running text ("the lever 12 is pivoted"), which the EPO and the
//! PCT want as "the lever (12)" in claims and abstracts. An article, one to three plain words and a number of up to
//! four digits (with a letter or prime, `12a`, `12'`) that no unit follows and no word such as "claim" or "formula"
//! precedes. English, German and French.

use crate::model::Span;

const ARTICLES: &[&str] = &[
    "the", "said", "a", "an", "each", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
    "einer", "le", "la", "les", "un", "une", "du",
];
/// Words after which a number is not a reference sign.
const NOT_SIGNS: &[&str] = &[
    "claim", "claims", "anspruch", "ansprüche", "revendication", "formula", "formel", "formule", "step", "steps",
    "fig", "figure", "example", "embodiment", "table", "equation", "seq", "id", "no", "number", "group", "type",
    "class", "grade", "level", "version", "generation", "phase", "stage", "order", "of", "than", "to", "about",
    "approximately", "least", "most", "from", "between", "and", "or", "with", "by", "at", "in", "for", "is", "are",
    "von", "bis", "mit", "de", "à",
];
/// Words after a number that make it a quantity.
const UNITS: &[&str] = &[
    "mm", "cm", "m", "nm", "µm", "μm", "km", "kg", "g", "mg", "µg", "ml", "l", "s", "ms", "min", "h", "hours", "hour",
    "minutes", "seconds", "days", "times", "bits", "bit", "bytes", "byte", "v", "volts", "hz", "khz", "mhz", "ghz",
    "w", "kw", "wt", "mol", "ppm", "psi", "bar", "pa", "kpa", "mpa", "k", "rpm", "degrees", "percent", "%", "°", "°c",
    "°f", "parts", "weight", "and", "or", "to", "of", "x", "×",
];

/// The characters of `span`.
#[must_use]
pub fn text_of(text: &str, span: Span) -> String {
    text.chars().skip(span.start).take(span.end - span.start).collect()
}

/// Words of the text with their character spans.
fn words(text: &str) -> Vec<(String, Span)> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    for (i, c) in text.chars().enumerate() {
        if c.is_alphanumeric() || c == '\'' || c == '’' || c == '°' || c == '%' {
            if current.is_empty() {
                start = i;
            }
            current.push(c);
        } else if !current.is_empty() {
            words.push((std::mem::take(&mut current), Span { start, end: i }));
        }
    }
    if !current.is_empty() {
        let end = start + current.chars().count();
        words.push((current, Span { start, end }));
    }
    words
}

/// The first number that reads as a reference sign without parentheses: "the lever 12 is pivoted".
#[must_use]
pub fn unbracketed(text: &str) -> Option<Span> {
    let chars: Vec<char> = text.chars().collect();
    let words = words(text);
    for (k, (word, span)) in words.iter().enumerate() {
        if !is_sign(word) || chars.get(span.start.wrapping_sub(1)) == Some(&'(') || k < 2 {
            continue;
        }
        // Between the article and the number: one to three plain words (the feature's name).
        let name_start = (1..=3)
            .filter(|&n| n < k)
            .find(|&n| words.get(k - n - 1).is_some_and(|(w, _)| ARTICLES.contains(&w.to_lowercase().as_str())));
        let Some(n) = name_start else { continue };
        let name = &words[k - n..k];
        let plain = name
            .iter()
            .all(|(w, _)| w.chars().all(char::is_alphabetic) && !NOT_SIGNS.contains(&w.to_lowercase().as_str()));
        // The words must be adjacent: "the lever 12", not "the lever, 12".
        let adjacent = name
            .windows(2)
            .chain(std::iter::once(&words[k - 1..=k]))
            .all(|pair| chars.get(pair[0].1.end..pair[1].1.start).is_some_and(|gap| gap.iter().all(|c| *c == ' ')));
        let next = words.get(k + 1).map(|(w, s)| (w.to_lowercase(), s.start));
        let quantity = next.as_ref().is_some_and(|(w, start)| UNITS.contains(&w.as_str()) && *start == span.end + 1)
            || chars.get(span.end).is_some_and(|c| {
                matches!(c, '%' | '°' | '/' | '-' | '.') && chars.get(span.end + 1).is_some_and(char::is_ascii_digit)
            });
        if plain && adjacent && !quantity {
            return Some(*span);
        }
    }
    None
}

/// `12`, `12a`, `12'`: up to four digits, at most one letter or prime after.
fn is_sign(word: &str) -> bool {
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    let rest: Vec<char> = word.chars().skip(digits).collect();
    (1..=4).contains(&digits)
        && (rest.is_empty() || (rest.len() == 1 && (rest[0].is_ascii_lowercase() || rest[0] == '\'' || rest[0] == '’')))
}

//! Reading figures and reference numerals out of description text: "FIGS. 2A-2C", "図１", "图3"; "the lever 10".
//! A paragraph's figures and numerals are read once, kept with it, for every rule that asks ([`figures`],
//! [`numerals`]).

use crate::model::description::{Numeral, Paragraph};
use crate::parse::text::digit;
use std::borrow::Cow;

/// The figure numbers a paragraph refers to, read once (see [`figures_in`]).
#[must_use]
pub fn figures(paragraph: &Paragraph) -> &[u32] {
    paragraph.analysis.figures.get_or_init(|| figures_in(&paragraph.text))
}

/// The reference numerals of a paragraph, read once (see [`numerals_in`]).
#[must_use]
pub fn numerals(paragraph: &Paragraph) -> &[Numeral] {
    paragraph.analysis.numerals.get_or_init(|| numerals_in(&paragraph.text))
}

/// The figure numbers a text refers to ("FIG. 1", "FIGS. 2 and 3", "Figures 4 to 6", "Fig. 7A", "図８", "图9",
/// "도 10"), by their base number, in order of appearance (ranges expanded, at most 100 numbers each).
#[must_use]
pub fn figures_in(text: &str) -> Vec<u32> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        // Passed over before anything else: most characters start no figure word.
        if !matches!(c, 'f' | 'F' | '図' | '图' | '도') {
            i += 1;
            continue;
        }
        let previous = i.checked_sub(1).and_then(|p| chars.get(p)).copied().unwrap_or(' ');
        if let Some(after) = figure_word(&chars, i).filter(|_| !previous.is_alphanumeric()) {
            let (numbers, end) = number_list(&chars, after);
            out.extend(numbers);
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// The index after a figure word ("FIG.", "Figures", "図", "图", "도") at `i`, if one starts there.
fn figure_word(chars: &[char], i: usize) -> Option<usize> {
    let c = *chars.get(i)?;
    if matches!(c, '図' | '图') {
        return Some(i + 1);
    }
    if c == '도' {
        // Korean "도 1": the syllable alone before a number.
        let next = chars.get(i + 1).copied();
        return (next == Some(' ') && chars.get(i + 2).copied().and_then(digit).is_some()).then_some(i + 1);
    }
    if !matches!(c, 'f' | 'F') {
        return None;
    }
    // The word at `i`, without regard to case; no figure word is longer than seven letters.
    let length = chars[i..].iter().take(8).take_while(|c| c.is_alphabetic()).count();
    let word = &chars[i..i + length];
    let same =
        |figure: &str| figure.len() == length && figure.chars().zip(word).all(|(a, b)| b.to_ascii_lowercase() == a);
    if !["fig", "figs", "figure", "figures", "figur", "figuren"].into_iter().any(same) {
        return None;
    }
    let mut j = i + length;
    if chars.get(j) == Some(&'.') {
        j += 1;
    }
    Some(j)
}

/// Numbers after a figure word: "1", "2A", "3 and 4", "5-7", "8 to 10", "１～３".
fn number_list(chars: &[char], mut i: usize) -> (Vec<u32>, usize) {
    let mut numbers: Vec<u32> = Vec::new();
    let mut range = false;
    loop {
        while chars.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        // An optional repeated figure word: "图1至图3", "図１及び図２", "FIG. 1 and FIG. 2".
        if let Some(after) = figure_word(chars, i).filter(|_| !numbers.is_empty()) {
            i = after;
            while chars.get(i).is_some_and(|c| c.is_whitespace()) {
                i += 1;
            }
        }
        let start = i;
        let mut value: u32 = 0;
        while let Some(d) = chars.get(i).copied().and_then(digit) {
            value = value.saturating_mul(10).saturating_add(d);
            i += 1;
        }
        if i == start || value == 0 || value > 999 {
            return (numbers, start);
        }
        // A letter or prime after the number: "2A", "3b", "4'".
        while chars.get(i).is_some_and(|c| c.is_ascii_alphabetic() && c.is_uppercase() || matches!(c, '\'' | '′')) {
            i += 1;
        }
        if chars.get(i).is_some_and(char::is_ascii_lowercase) && !chars.get(i + 1).is_some_and(|c| c.is_alphabetic()) {
            i += 1;
        }
        match numbers.last().copied() {
            Some(last) if range && value > last && value - last <= 100 => numbers.extend(last + 1..=value),
            Some(last) if range && value == last => {}
            _ => numbers.push(value),
        }
        // A separator to another number.
        let rest: String = chars[i..].iter().take(12).collect::<String>().to_lowercase();
        let rest_trim = rest.trim_start();
        let skipped = rest.len() - rest_trim.len();
        let separators: [(&str, bool); 16] = [
            ("-", true),
            ("–", true),
            ("～", true),
            ("〜", true),
            ("~", true),
            ("to ", true),
            ("through ", true),
            ("bis ", true),
            ("à ", true),
            ("至", true),
            ("乃至", true),
            (",", false),
            ("and ", false),
            ("or ", false),
            ("及び", false),
            ("和", false),
        ];
        let Some((sep, is_range)) = separators.iter().find(|(s, _)| rest_trim.starts_with(s)) else {
            return (numbers, i);
        };
        let skip_chars = rest[..skipped].chars().count() + sep.chars().count();
        let next = i + skip_chars;
        // Only continue if a number (maybe after a figure word) follows.
        let mut j = next;
        while chars.get(j).is_some_and(|c| c.is_whitespace()) {
            j += 1;
        }
        let j = figure_word(chars, j).map_or(j, |a| {
            let mut a = a;
            while chars.get(a).is_some_and(|c| c.is_whitespace()) {
                a += 1;
            }
            a
        });
        if chars.get(j).copied().and_then(digit).is_none() {
            return (numbers, i);
        }
        range = *is_range;
        i = next;
    }
}

const DETERMINERS: &[&str] = &["the", "a", "an", "said", "each", "its", "their", "this", "these", "those", "every"];

/// Words that end a name: it is not "the lever of 10".
const STOP: &[&str] = &[
    "of", "in", "on", "to", "at", "by", "with", "from", "and", "or", "is", "are", "was", "were", "be", "been", "for",
    "as", "than", "about", "approximately", "between", "into", "onto", "over", "under", "up", "down", "has", "have",
    "about", "around", "least", "most", "only", "also", "which", "that", "where", "when", "while", "then", "so", "not",
    "no", "all", "any", "some", "more", "less", "each", "per", "via", "within", "without", "being", "having", "using",
];

/// Names that number things other than parts: steps, figures, embodiments, quantities.
const GENERIC: &[&str] = &[
    "step", "block", "operation", "act", "stage", "embodiment", "example", "figure", "fig", "claim", "paragraph",
    "table", "equation", "formula", "item", "year", "day", "hour", "minute", "second", "time", "page", "line",
    "column", "row", "number", "version", "group", "type", "class", "size", "value", "degree", "percent",
    "temperature", "ratio", "range", "amount", "concentration", "weight", "length", "width", "height", "thickness",
    "diameter", "angle", "pressure", "speed", "rate", "period", "level", "grade", "order", "mode", "method", "process",
    "sequence", "seq", "id", "no", "section", "chapter", "reference", "document", "patent", "application",
    "publication",
];

/// Units after a number: "10 mm", "5 %".
const UNITS: &[&str] = &[
    "mm", "cm", "m", "µm", "μm", "um", "nm", "km", "in", "inch", "inches", "ft", "feet", "kg", "g", "mg", "µg", "l",
    "ml", "s", "ms", "sec", "seconds", "min", "minutes", "h", "hours", "hz", "khz", "mhz", "ghz", "v", "mv", "kv", "a",
    "ma", "w", "kw", "mw", "°", "°c", "°f", "%", "psi", "bar", "pa", "kpa", "mpa", "rpm", "wt", "mol", "x", "times",
    "degrees", "percent", "bits", "bytes", "kb", "mb", "gb", "db", "k", "nmol", "µl", "ppm", "days", "weeks", "months",
    "years",
];

/// Singular of a lower-case English word, roughly.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() > 2) {
        return format!("{stem}y");
    }
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is")
    {
        return word[..word.len() - 1].to_string();
    }
    word.to_string()
}

/// A word in lower case, copied only when lower case changes it.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    let changes = if word.is_ascii() {
        word.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        word.chars().any(|c| !c.to_lowercase().eq([c]))
    };
    if changes {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The words of a text, between white space and the punctuation around a name ("the lever 10, and (12)").
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”'))
        .filter(|t| !t.is_empty())
        .collect()
}

/// The reference numerals of an English text with the names before them.
#[must_use]
pub fn numerals_in(text: &str) -> Vec<Numeral> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let tokens = tokens(text);
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        // Most words are no numeral: they are passed over before anything else.
        if !token.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let token = token.trim_end_matches(['.', '!', '?']);
        let (digits, suffix) = token.split_at(token.bytes().take_while(u8::is_ascii_digit).count());
        if digits.is_empty() || digits.len() > 4 {
            continue;
        }
        if !(suffix.is_empty()
            || suffix == "'"
            || suffix == "′"
            || (suffix.len() == 1 && suffix.chars().all(|c| c.is_ascii_lowercase())))
        {
            continue;
        }
        if let Some(next) = tokens.get(i + 1) {
            let next = lower(next.trim_end_matches(['.', '!', '?']));
            if UNITS.contains(&next.as_ref()) || next.starts_with('%') || next.starts_with('°') {
                continue;
            }
        }
        // Back to a determiner, over at most three name words.
        let mut words: Vec<Cow<str>> = Vec::new();
        let mut determined = false;
        for back in (i.saturating_sub(4)..i).rev() {
            let word = lower(tokens[back]);
            if DETERMINERS.contains(&word.as_ref()) {
                determined = true;
                break;
            }
            let plain = word.chars().all(|c| c.is_alphabetic() || c == '-') && word.chars().any(char::is_alphabetic);
            if !plain || STOP.contains(&word.as_ref()) || words.len() == 3 {
                break;
            }
            words.insert(0, word);
        }
        if !determined || words.is_empty() {
            continue;
        }
        let head = singular(words.last().map_or("", AsRef::as_ref));
        if GENERIC.contains(&head.as_str()) {
            continue;
        }
        // The name words as written, the last one singular: the head.
        let mut name = String::new();
        for word in &words[..words.len() - 1] {
            name.push_str(word);
            name.push(' ');
        }
        name.push_str(&head);
        let Ok(base) = digits.parse() else { continue };
        out.push(Numeral { name, head, numeral: token.to_string(), base });
    }
    out
}

/// The words of a text where reference signs are written: made of ASCII letters, digits and inverted commas, and
/// starting with a digit after any inverted commas ("12", "12a", "12'", "'12'"); every other character separates
/// words. Read from digit to digit, as a description is long and its digits few: a byte of any other character is
/// no ASCII letter, digit or inverted comma either.
pub fn sign_words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let in_word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'\'';
    let mut at = 0;
    std::iter::from_fn(move || loop {
        let digit = at + bytes.get(at..)?.iter().position(u8::is_ascii_digit)?;
        let end = digit + bytes[digit..].iter().position(|b| !in_word(b)).unwrap_or(bytes.len() - digit);
        at = end;
        // The word's start, back over inverted commas; a digit inside a word ("a12") starts none.
        let start = digit - bytes[..digit].iter().rev().take_while(|&&b| b == b'\'').count();
        if start == 0 || !in_word(&bytes[start - 1]) {
            // Never fails: the word is ASCII.
            return std::str::from_utf8(&bytes[start..end]).ok();
        }
    })
}

/// Reference signs in parentheses in a claim: "(10)", "(12a, 14)", with the character offset of each group.
#[must_use]
pub fn claim_signs(text: &str) -> Vec<(String, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '(' {
            i += 1;
            continue;
        }
        let Some(close) = chars[i + 1..].iter().take(40).position(|&c| c == ')') else {
            i += 1;
            continue;
        };
        let inner: String = chars[i + 1..i + 1 + close].iter().collect();
        let before: String = chars[i.saturating_sub(20)..i].iter().collect::<String>().to_lowercase();
        let formula = ["formula", "equation", "expression", "claim", "claims", "step", "steps"]
            .iter()
            .any(|w| before.trim_end().ends_with(w));
        let parts: Vec<&str> = inner.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()).collect();
        let signs = !parts.is_empty()
            && parts.iter().all(|p| {
                let digits = p.chars().take_while(char::is_ascii_digit).count();
                (1..=4).contains(&digits)
                    && p.len() - digits <= 2
                    && p[digits..].chars().all(|c| c.is_ascii_lowercase() || c == '\'')
            });
        if signs && !formula {
            for part in parts {
                out.push((part.to_string(), i));
            }
        }
        i += close + 2;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_references() {
        assert_eq!(figures_in("FIG. 1 is a view; FIGS. 2A-2C and 4 show it; see Figures 5 to 7."), [1, 2, 4, 5, 6, 7]);
        assert_eq!(figures_in("The configuration 3 and figure 8."), [8]);
        assert_eq!(figures_in("図１は斜視図、図２～図４は断面図である。"), [1, 2, 3, 4]);
        assert_eq!(figures_in("图1至图3是示意图。"), [1, 2, 3]);
        assert_eq!(figures_in("Fig. 10, Fig. 11 and Fig. 12."), [10, 11, 12]);
    }

    #[test]
    fn numerals_with_names() {
        let found: Vec<(String, String)> = numerals_in(
            "The lever 10 has a first arm 12a, and 5 mm of the handles 14. See step 102 and the year 2001.",
        )
        .into_iter()
        .map(|n| (n.name, n.numeral))
        .collect();
        assert_eq!(
            found,
            [("lever".into(), "10".into()), ("first arm".into(), "12a".into()), ("handle".into(), "14".into())]
        );
    }

    #[test]
    fn words_that_may_be_signs() {
        let words = |text| sign_words(text).collect::<Vec<_>>();
        assert_eq!(
            words("lever 10, arm 12a; 14' and '16'. a12 x'18 20's ２２ 配列24 (26)"),
            ["10", "12a", "14'", "'16'", "20's", "24", "26"]
        );
        assert_eq!(words("12"), ["12"]);
        assert_eq!(words("'''' no digits"), [] as [&str; 0]);
        assert_eq!(words(""), [] as [&str; 0]);
    }

    #[test]
    fn sign_words_split_as_characters_would() {
        // Every text of up to five characters from an alphabet of each kind, against the plain split.
        let alphabet = ['a', 'B', '1', '\'', ' ', 'é', '２', '-'];
        let mut text = String::new();
        for (length, n) in (0..=5).flat_map(|length| (0..8usize.pow(length)).map(move |n| (length, n))) {
            text.clear();
            let mut rest = n;
            for _ in 0..length {
                text.push(alphabet[rest % 8]);
                rest /= 8;
            }
            let expected: Vec<&str> = text
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
                .filter(|w| w.trim_start_matches('\'').starts_with(|c: char| c.is_ascii_digit()))
                .collect();
            assert_eq!(sign_words(&text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    #[test]
    fn words_between_spaces_and_punctuation() {
        assert_eq!(
            tokens("the lever 10, (12) “arm”\u{3000}14;\u{a0}16: x\t\n y"),
            ["the", "lever", "10", "12", "arm", "14", "16", "x", "y"]
        );
        assert_eq!(tokens(" ,, "), [] as [&str; 0]);
        assert_eq!(tokens("配列１２"), ["配列１２"]);
    }

    #[test]
    fn signs_in_claims() {
        let signs: Vec<String> = claim_signs("A lever (10) with arms (12a, 14), formula (1) and claim (2).")
            .into_iter()
            .map(|s| s.0)
            .collect();
        assert_eq!(signs, ["10", "12a", "14"]);
    }
}

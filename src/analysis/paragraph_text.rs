//! Reading figures and reference numerals out of description text: "FIGS. 2A-2C", "図１", "图3"; "the lever 10".
//! A paragraph's figures and numerals are read once, kept with it, for every rule that asks ([`figures`],
//! [`numerals`]).

use crate::model::description::{Numeral, Paragraph};
use crate::parse::text::digit;

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
    while i < chars.len() {
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
    let word: String = chars[i..].iter().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    if !matches!(word.as_str(), "fig" | "figs" | "figure" | "figures" | "figur" | "figuren") {
        return None;
    }
    let mut j = i + word.chars().count();
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

/// The reference numerals of an English text with the names before them.
#[must_use]
pub fn numerals_in(text: &str) -> Vec<Numeral> {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”'))
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let token = token.trim_end_matches(['.', '!', '?']);
        let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() || digits.len() > 4 {
            continue;
        }
        let suffix = &token[digits.len()..];
        if !(suffix.is_empty()
            || suffix == "'"
            || suffix == "′"
            || (suffix.len() == 1 && suffix.chars().all(|c| c.is_ascii_lowercase())))
        {
            continue;
        }
        if let Some(next) = tokens.get(i + 1) {
            let next = next.trim_end_matches(['.', '!', '?']).to_lowercase();
            if UNITS.contains(&next.as_str()) || next.starts_with('%') || next.starts_with('°') {
                continue;
            }
        }
        // Back to a determiner, over at most three name words.
        let mut words: Vec<String> = Vec::new();
        let mut determined = false;
        for back in (i.saturating_sub(4)..i).rev() {
            let word = tokens[back].to_lowercase();
            if DETERMINERS.contains(&word.as_str()) {
                determined = true;
                break;
            }
            let plain = word.chars().all(|c| c.is_alphabetic() || c == '-') && word.chars().any(char::is_alphabetic);
            if !plain || STOP.contains(&word.as_str()) || words.len() == 3 {
                break;
            }
            words.insert(0, word);
        }
        if !determined || words.is_empty() {
            continue;
        }
        let head = singular(words.last().map_or("", String::as_str));
        if GENERIC.contains(&head.as_str()) {
            continue;
        }
        let count = words.len();
        let name = words
            .iter()
            .enumerate()
            .map(|(k, w)| if k + 1 == count { singular(w) } else { w.clone() })
            .collect::<Vec<_>>()
            .join(" ");
        let Ok(base) = digits.parse() else { continue };
        out.push(Numeral { name, head, numeral: token.to_string(), base });
    }
    out
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
    fn signs_in_claims() {
        let signs: Vec<String> = claim_signs("A lever (10) with arms (12a, 14), formula (1) and claim (2).")
            .into_iter()
            .map(|s| s.0)
            .collect();
        assert_eq!(signs, ["10", "12a", "14"]);
    }
}

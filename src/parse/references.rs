//! Reads the phrases by which a claim refers to other claims, in English, German, French, Japanese, Korean and
//! Chinese: "of claim 1", "according to any one of claims 1 to 3", "nach Anspruch 1 oder 2", "selon l'une
//! quelconque des revendications 1 à 3", "請求項１又は２に記載の", "根据权利要求1或2所述的", "제1항 또는 제2항에 있어서",
//! "as in any preceding claim".
//!
//! Only a keyword ("claim", "Anspruch", "請求項", "제…항", …) followed by numbers joined by connectives is a reference;
//! a number elsewhere in the text is not.

use super::text::digit;
use crate::limits::Limits;
use crate::model::{Form, Reference, Span};

/// A word or sign between claim numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    Number(u32),
    Or,
    And,
    Range,
    Comma,
    /// A word that may stand between numbers without changing them ("claim 1 or claim 2", "제1항", "inclusive").
    Filler,
}

const OR: &[&str] = &["or", "oder", "ou", "又は", "または", "若しくは", "もしくは", "或者", "或", "또는", "혹은"];
const AND: &[&str] = &["and", "und", "et", "及び", "および", "並びに", "和", "及", "与", "및"];
const RANGE: &[&str] = &[
    "through", "thru", "to", "bis", "à", "から", "乃至", "ないし", "至", "到", "내지", "-", "–", "—", "‐", "‑", "−",
    "~", "～", "〜",
];
const COMMA: &[&str] = &[",", "、", "，"];
const FILLER: &[&str] = &[
    "claims", "claim", "ansprüche", "ansprüchen", "anspruchs", "anspruch", "revendications", "revendication", "la",
    "les", "請求項", "权利要求", "權利要求", "청구항", "제", "항", "まで", "inclusive", "inclusively",
];
/// Words before a keyword that make a list of claims alternative: "any one of claims", "einem der Ansprüche".
const QUANTIFIERS_BEFORE: &[&str] =
    &["any", "either", "one", "einem", "einen", "eines", "einer", "quelconque", "une", "un"];
/// Words after the numbers that make them alternative: "請求項1～3のいずれか", "权利要求1-3中任一项", "제1항 내지 제3항 중 어느".
const QUANTIFIERS_AFTER: &[&str] = &["いずれか", "何れか", "任一", "任意一", "之一", "어느", "중 하나"];
/// Words before "claims" that mean every earlier claim: "any preceding claim", "einem der vorhergehenden Ansprüche".
const EARLIER_BEFORE: &[&str] = &[
    "preceding", "previous", "foregoing", "prior", "aforementioned", "aforesaid", "above", "vorhergehenden",
    "vorangehenden", "vorangegangenen", "vorherigen", "vorstehenden", "voranstehenden", "obigen", "vorgehenden",
    "vorausgehenden", "vorausgegangenen", "vorgenannten", "obengenannten", "前述", "上述", "前記", "先に記載した",
];
/// Words after "revendications" that mean every earlier claim.
const EARLIER_AFTER: &[&str] = &["précédentes", "précédente", "antérieures"];
/// Words around "claimed" that mean every earlier claim: "the previously claimed panel", "as claimed above".
const CLAIMED_BEFORE: &[&str] = &["previously", "hereinbefore", "heretofore", "already"];
const CLAIMED_AFTER: &[&str] = &["above", "hereinbefore", "before", "previously"];
/// Claim numbers written as words after a keyword: "claim one", "claims two or three".
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];
/// Ordinals before a singular keyword: "the first claim", "dem zweiten Anspruch", "la première revendication".
const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("ersten", 1),
    ("erste", 1),
    ("zweiten", 2),
    ("zweite", 2),
    ("dritten", 3),
    ("dritte", 3),
    ("vierten", 4),
    ("vierte", 4),
    ("fünften", 5),
    ("fünfte", 5),
    ("première", 1),
    ("premier", 1),
    ("deuxième", 2),
    ("seconde", 2),
    ("troisième", 3),
    ("quatrième", 4),
    ("cinquième", 5),
];

/// The claim keywords, lower-case; `latin` ones must stand as whole words.
const KEYWORDS: &[(&str, bool)] = &[
    ("claimed", true),
    ("claims", true),
    ("claim", true),
    ("ansprüchen", true),
    ("ansprüche", true),
    ("anspruchs", true),
    ("anspruch", true),
    ("revendications", true),
    ("revendication", true),
    ("請求項", false),
    ("权利要求", false),
    ("權利要求", false),
    ("청구항", false),
];

/// The text of a claim, lower-cased one character for one, so positions stay the same.
struct Text {
    chars: Vec<char>,
}

impl Text {
    fn new(text: &str) -> Self {
        Text { chars: text.chars().map(|c| c.to_lowercase().next().unwrap_or(c)).collect() }
    }

    fn get(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn is_letter(&self, i: Option<usize>) -> bool {
        i.and_then(|i| self.get(i)).is_some_and(char::is_alphabetic)
    }

    /// Whether `word` stands at `i`; a Latin word must not be part of a longer word.
    fn word_at(&self, i: usize, word: &str) -> bool {
        let mut n = 0;
        for (k, w) in word.chars().enumerate() {
            if self.get(i + k) != Some(w) {
                return false;
            }
            n = k + 1;
        }
        let latin = word.chars().all(|c| c.is_ascii_alphabetic() || "àüéè".contains(c));
        !latin || (!self.is_letter(i.checked_sub(1)) && !self.is_letter(Some(i + n)))
    }

    fn skip_spaces(&self, mut i: usize) -> usize {
        while self.get(i).is_some_and(char::is_whitespace) {
            i += 1;
        }
        i
    }

    /// Words (letters only) of up to `window` characters before `i`, back to the last clause boundary.
    fn words_before(&self, i: usize, window: usize) -> Vec<String> {
        let from = i.saturating_sub(window);
        let slice = self.chars.get(from..i).unwrap_or_default();
        let clause_start =
            slice.iter().rposition(|c| matches!(c, ',' | ';' | '.' | ':' | '，' | '、' | '。')).map_or(0, |p| p + 1);
        let text: String = slice.get(clause_start..).unwrap_or_default().iter().collect();
        text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_string).collect()
    }

    /// The word after the spaces from `i` (letters only, maybe empty), and where it starts.
    fn word_after(&self, i: usize) -> (usize, String) {
        let start = self.skip_spaces(i);
        (start, self.chars.iter().skip(start).take_while(|c| c.is_alphabetic()).collect())
    }

    /// The characters from `i` on, up to `window`, as a string.
    fn after(&self, i: usize, window: usize) -> String {
        self.chars.iter().skip(i).take(window).collect()
    }
}

/// Parses every reference phrase in the text of claim `own`.
#[must_use]
pub fn parse(text: &str, own: u32, limits: &Limits) -> Vec<Reference> {
    let text = Text::new(text);
    let mut references = Vec::new();
    let mut i = 0;
    while i < text.chars.len() {
        let keyword = keyword_at(&text, i);
        match keyword.and_then(|end| phrase(&text, i, end, own, limits)) {
            Some((reference, end)) => {
                // "claim 31 when dependent on claim 3" narrows the reference before it; it adds no claim.
                if references.is_empty() || !narrows_previous(&text, i) {
                    references.push(reference);
                }
                i = end.max(i + 1);
            }
            None => i += keyword.map_or(1, |end| end - i).max(1),
        }
    }
    references
}

/// Whether the words before `i` read "when dependent on", "when appended to", "insofar as it depends on".
fn narrows_previous(text: &Text, i: usize) -> bool {
    let words = text.words_before(i, 40);
    let last: Vec<&str> = words.iter().rev().take(5).map(String::as_str).collect();
    matches!(
        last.as_slice(),
        ["on" | "to" | "upon", "dependent" | "depending" | "depends" | "appended" | "referring", ..]
    ) && last.iter().skip(2).any(|w| matches!(*w, "when" | "insofar" | "if" | "where" | "whenever"))
}

/// If a claim keyword starts at `i`, where it ends. Korean "제" counts only when "제 N 항" follows.
fn keyword_at(text: &Text, i: usize) -> Option<usize> {
    // Most characters start no keyword: a cheap test first keeps the scan linear and fast.
    let starts_keyword = match text.get(i) {
        Some('c') => text.get(i + 1) == Some('l'),
        Some('a') => text.get(i + 1) == Some('n'),
        Some('r') => text.get(i + 1) == Some('e'),
        Some('請' | '权' | '權' | '청' | '제') => true,
        _ => false,
    };
    if !starts_keyword {
        return None;
    }
    for (word, latin) in KEYWORDS {
        if text.word_at(i, word) || (!latin && starts_with(text, i, word)) {
            let end = i + word.chars().count();
            // "权利要求书" is the name of the claims document, not a reference.
            if matches!(text.get(end), Some('书' | '書')) {
                return None;
            }
            return Some(end);
        }
    }
    if text.get(i) == Some('제') {
        let j = text.skip_spaces(i + 1);
        let mut k = j;
        while text.get(k).and_then(digit).is_some() {
            k += 1;
        }
        if k > j && text.get(text.skip_spaces(k)) == Some('항') {
            return Some(i + 1);
        }
    }
    None
}

fn starts_with(text: &Text, i: usize, word: &str) -> bool {
    word.chars().enumerate().all(|(k, w)| text.get(i + k) == Some(w))
}

/// Reads the phrase whose keyword spans `start..keyword_end`; returns the reference and where it ends.
///
/// Never inlined into `parse`'s scan of every character: V8 charges each turn of a Wasm loop with the size of its
/// body towards recompiling the function with its optimising compiler, and with this reader inside the scan, the
/// page's first check of eight short claims had the whole parser (12 KB) recompiled while the page opened, some
/// 50–100 ms of a core (BENCHMARKS.md).
#[inline(never)]
fn phrase(text: &Text, start: usize, keyword_end: usize, own: u32, limits: &Limits) -> Option<(Reference, usize)> {
    if text.word_at(start, "claimed") {
        return previously_claimed(text, start, keyword_end, own);
    }
    let (tokens, end) = tokens(text, keyword_end);
    let numbers = tokens.iter().filter(|t| matches!(t, Token::Number(_))).count();
    if numbers == 0 {
        return ordinal_claim(text, start, keyword_end).or_else(|| earlier_claims(text, start, keyword_end, own));
    }
    let mut targets = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if let Token::Number(a) = tokens[k] {
            let range_end = match (tokens.get(k + 1), tokens.get(k + 2)) {
                (Some(Token::Range), Some(Token::Number(b))) => Some(*b),
                (Some(Token::Range), Some(Token::Filler)) => match tokens.get(k + 3) {
                    Some(Token::Number(b)) => Some(*b),
                    _ => None,
                },
                _ => None,
            };
            match range_end {
                Some(b) => {
                    let (low, high) = (a.min(b), a.max(b));
                    if high - low <= limits.range_claims {
                        targets.extend(low..=high);
                    } else {
                        targets.extend([low, high]);
                    }
                    k += if tokens.get(k + 2) == Some(&Token::Filler) { 4 } else { 3 };
                    continue;
                }
                None => targets.push(a),
            }
        }
        k += 1;
    }
    targets.sort_unstable();
    targets.dedup();
    // MPEP 608.01(n): "any one of claims 1, 2, and 3" and "claim 2 or 3" are alternatives; "claims 1 and 2" is
    // cumulative; "claims 1-3" and even "claims 1-3 or 7-9" say no "any", so they are not.
    let form = if targets.len() <= 1 {
        Form::Single
    } else if has_quantifier(text, start, end) {
        Form::Alternative
    } else if tokens.contains(&Token::And) {
        Form::Cumulative
    } else if tokens.contains(&Token::Or) && !tokens.contains(&Token::Range) {
        Form::Alternative
    } else {
        Form::Unqualified
    };
    Some((Reference { targets, form, by_number: true, span: Span { start, end } }, end))
}

/// The tokens after a keyword, up to the last number; and the character where that number ends.
fn tokens(text: &Text, from: usize) -> (Vec<Token>, usize) {
    let mut tokens = Vec::new();
    let (mut last_number_tokens, mut last_number_end) = (0, from);
    let mut i = from;
    loop {
        i = text.skip_spaces(i);
        if let Some(first) = text.get(i).and_then(digit) {
            let mut value = first;
            let mut j = i + 1;
            while let Some(d) = text.get(j).and_then(digit) {
                value = value.saturating_mul(10).saturating_add(d);
                j += 1;
            }
            // "claim 1a" or "claims 10 mm" are not claim numbers.
            if text.get(j).is_some_and(|c| c.is_ascii_alphabetic()) {
                break;
            }
            tokens.push(Token::Number(value));
            i = j;
            // "제1항": the "항" closes the number.
            let after = text.skip_spaces(i);
            if text.get(after) == Some('항') {
                i = after + 1;
            }
            last_number_tokens = tokens.len();
            last_number_end = i;
            continue;
        }
        if let Some((value, length)) = number_word(text, i) {
            tokens.push(Token::Number(value));
            i += length;
            last_number_tokens = tokens.len();
            last_number_end = i;
            continue;
        }
        let Some((token, length)) = connective(text, i) else { break };
        tokens.push(token);
        i += length;
        if tokens.len() > 4096 {
            break;
        }
    }
    tokens.truncate(last_number_tokens);
    (tokens, last_number_end)
}

/// The connective word or sign at `i`, with its length.
fn connective(text: &Text, i: usize) -> Option<(Token, usize)> {
    let table: [(&[&str], Token); 5] =
        [(OR, Token::Or), (AND, Token::And), (RANGE, Token::Range), (COMMA, Token::Comma), (FILLER, Token::Filler)];
    for (words, token) in table {
        for word in words {
            if text.word_at(i, word) {
                // "to" is a range only between numbers: "claims 1 to 3", not "claim 1 to form".
                let length = word.chars().count();
                if token == Token::Range && word.chars().all(|c| c.is_ascii_alphabetic()) {
                    let next = text.skip_spaces(i + length);
                    if text.get(next).and_then(digit).is_none() && !starts_with(text, next, "claim") {
                        return None;
                    }
                }
                return Some((token, length));
            }
        }
    }
    None
}

/// A claim number written as a word, "one" to "twenty", with its value and length.
fn number_word(text: &Text, i: usize) -> Option<(u32, usize)> {
    let at = NUMBER_WORDS.iter().position(|word| text.word_at(i, word))?;
    Some((u32::try_from(at).ok()? + 1, NUMBER_WORDS[at].len()))
}

/// "according to the first claim", "nach dem ersten Anspruch": one claim, named by its place rather than its number.
fn ordinal_claim(text: &Text, start: usize, keyword_end: usize) -> Option<(Reference, usize)> {
    let singular = ["claim", "anspruch", "revendication"].iter().any(|k| text.word_at(start, k));
    let before = text.words_before(start, 20);
    let (_, number) = ORDINALS.iter().find(|(word, _)| before.last().is_some_and(|w| w == word))?;
    let definite = before.iter().rev().nth(1).is_some_and(|w| DEFINITE.contains(&w.as_str()));
    // "the first claim element" is no reference: the phrase must end at the keyword.
    let (_, next_word) = text.word_after(keyword_end);
    let ends = next_word.is_empty() || CLAUSE_WORDS.contains(&next_word.as_str());
    (singular && definite && ends).then(|| {
        let reference = Reference {
            targets: vec![*number],
            form: Form::Single,
            by_number: false,
            span: Span { start, end: keyword_end },
        };
        (reference, keyword_end)
    })
}

/// Definite articles before an ordinal claim, and words that may follow it.
const DEFINITE: &[&str] = &["the", "dem", "den", "der", "des", "la", "le"];
const CLAUSE_WORDS: &[&str] = &[
    "wherein", "in", "and", "or", "further", "comprising", "characterized", "characterised", "which", "where", "being",
    "having", "with", "for", "dadurch", "wobei", "mit", "caractérisé", "dans", "comprenant",
];

/// "the previously claimed panel", "as claimed above": every claim before `own`, none named.
fn previously_claimed(text: &Text, start: usize, keyword_end: usize, own: u32) -> Option<(Reference, usize)> {
    let before = text.words_before(start, 20);
    let before_hit = before.last().is_some_and(|w| CLAIMED_BEFORE.contains(&w.as_str()));
    let (after_start, after_word) = text.word_after(keyword_end);
    let after_hit = CLAIMED_AFTER.contains(&after_word.as_str());
    if !(before_hit || after_hit) || own <= 1 {
        return None;
    }
    let end = if after_hit { after_start + after_word.chars().count() } else { keyword_end };
    let targets: Vec<u32> = (1..own).collect();
    // The claimed thing is the one of whichever earlier claim claims it: an alternative, as "any preceding claim".
    let form = if targets.len() == 1 { Form::Single } else { Form::Alternative };
    Some((Reference { targets, form, by_number: false, span: Span { start, end } }, end))
}

fn has_quantifier(text: &Text, start: usize, end: usize) -> bool {
    let before = text.words_before(start, 40);
    // In CJK text the quantifier may stand before the claims too, inside one unspaced run: "前述任一权利要求".
    let before_hits = before.iter().rev().take(5).any(|w| {
        QUANTIFIERS_BEFORE.contains(&w.as_str()) || (!w.is_ascii() && QUANTIFIERS_AFTER.iter().any(|q| w.contains(q)))
    });
    let after = text.after(end, 10);
    before_hits || QUANTIFIERS_AFTER.iter().any(|q| after.contains(q))
}

/// "any preceding claim", "einem der vorhergehenden Ansprüche", "l'une des revendications précédentes",
/// "前述任一项权利要求": every claim before `own`.
fn earlier_claims(text: &Text, start: usize, keyword_end: usize, own: u32) -> Option<(Reference, usize)> {
    let before = text.words_before(start, 40);
    // CJK text has no spaces: "根据前述任一项" is one run, so its marker may stand anywhere in it.
    let before_hit = before
        .iter()
        .rev()
        .take(3)
        .any(|w| EARLIER_BEFORE.iter().any(|e| w.ends_with(e) || (!e.is_ascii() && w.contains(e))));
    let (after_start, after_word) = text.word_after(keyword_end);
    let after_hit = EARLIER_AFTER.contains(&after_word.as_str());
    if !(before_hit || after_hit) || own <= 1 {
        return None;
    }
    let end = if after_hit { after_start + after_word.chars().count() } else { keyword_end };
    let targets: Vec<u32> = (1..own).collect();
    // "any preceding claim" is an alternative; "the preceding claims" is not (MPEP 608.01(n)).
    let form = match (targets.len(), has_quantifier(text, start, end)) {
        (1, _) => Form::Single,
        (_, true) => Form::Alternative,
        (_, false) => Form::Unqualified,
    };
    Some((Reference { targets, form, by_number: false, span: Span { start, end } }, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(text: &str, own: u32) -> Vec<(Vec<u32>, Form)> {
        parse(text, own, &Limits::default()).into_iter().map(|r| (r.targets, r.form)).collect()
    }

    fn one(text: &str, own: u32) -> (Vec<u32>, Form) {
        let mut all = refs(text, own);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.remove(0)
    }

    #[test]
    fn english() {
        assert_eq!(one("The lever of claim 1, wherein", 2), (vec![1], Form::Single));
        assert_eq!(
            one("A lever according to any one of claims 1 to 3, wherein", 4),
            (vec![1, 2, 3], Form::Alternative)
        );
        assert_eq!(one("as claimed in claim 2 or 3", 4), (vec![2, 3], Form::Alternative));
        assert_eq!(one("as in claims 1, 7, 12, or 15, further", 16), (vec![1, 7, 12, 15], Form::Alternative));
        assert_eq!(one("as in claim 1 and claim 2, in which", 3), (vec![1, 2], Form::Cumulative));
        assert_eq!(one("as in claims 1-3, in which", 4), (vec![1, 2, 3], Form::Unqualified));
        assert_eq!(one("as in any of claims 1-3 or 7-9, in which", 10), (vec![1, 2, 3, 7, 8, 9], Form::Alternative));
        assert_eq!(one("as in claims 1-3 or 7-9, in which", 10), (vec![1, 2, 3, 7, 8, 9], Form::Unqualified));
        assert_eq!(one("as in claims 1 or 2 and 7 or 8, in which", 10), (vec![1, 2, 7, 8], Form::Cumulative));
        assert_eq!(one("as in one of claims 4-7, in which", 8), (vec![4, 5, 6, 7], Form::Alternative));
        assert_eq!(
            one("as in any one of claims 1, 2, or 7-10 inclusive, in which", 11),
            (vec![1, 2, 7, 8, 9, 10], Form::Alternative)
        );
        assert_eq!(one("as in the preceding claims, in which", 3), (vec![1, 2], Form::Unqualified));
        assert_eq!(one("as in any one of claims 1, 2, and 3, in which", 4), (vec![1, 2, 3], Form::Alternative));
        assert_eq!(one("as in either claim 1 or claim 2", 3), (vec![1, 2], Form::Alternative));
        assert_eq!(one("The method of claim 1 and further comprising", 2), (vec![1], Form::Single));
        assert_eq!(one("The method of claim 1 to form a layer", 2), (vec![1], Form::Single));
        assert_eq!(one("A gadget as in any preceding claim, in which", 4), (vec![1, 2, 3], Form::Alternative));
        assert_eq!(one("according to any one of the preceding claims", 3), (vec![1, 2], Form::Alternative));
        assert_eq!(one("according to claims 1 through 3", 5), (vec![1, 2, 3], Form::Unqualified));
        assert_eq!(
            one("The method according to claim 31 when dependent on claim 3, wherein", 32),
            (vec![31], Form::Single)
        );
    }

    #[test]
    fn not_references() {
        assert!(refs("A method as claimed, wherein the claim is filed in 2 copies.", 2).is_empty());
        assert!(refs("An insurance claimant database with 3 tables.", 2).is_empty());
        assert!(refs("A device according to claim A.", 2).is_empty());
    }

    #[test]
    fn german_and_french() {
        assert_eq!(one("Vorrichtung nach Anspruch 1, dadurch", 2), (vec![1], Form::Single));
        assert_eq!(one("Vorrichtung nach einem der Ansprüche 1 bis 3, dadurch", 4), (vec![1, 2, 3], Form::Alternative));
        assert_eq!(one("Vorrichtung nach Anspruch 1 oder 2", 3), (vec![1, 2], Form::Alternative));
        assert_eq!(one("nach einem der vorhergehenden Ansprüche", 3), (vec![1, 2], Form::Alternative));
        assert_eq!(one("nach einem der vorgehenden Ansprüche", 3), (vec![1, 2], Form::Alternative));
        assert_eq!(one("nach einem der vorausgehenden Ansprüche", 4), (vec![1, 2, 3], Form::Alternative));
        assert_eq!(one("Dispositif selon la revendication 1, caractérisé", 2), (vec![1], Form::Single));
        assert_eq!(one("selon l'une quelconque des revendications 1 à 3", 4), (vec![1, 2, 3], Form::Alternative));
        assert_eq!(one("selon la revendication 1 ou 2", 3), (vec![1, 2], Form::Alternative));
        assert_eq!(one("selon l'une des revendications précédentes", 3), (vec![1, 2], Form::Alternative));
        assert_eq!(one("Vorrichtung nach dem ersten Anspruch, dadurch", 3), (vec![1], Form::Single));
        assert_eq!(one("Dispositif selon la première revendication", 3), (vec![1], Form::Single));
    }

    #[test]
    fn claims_named_in_words() {
        assert_eq!(one("The lever of claim one, wherein", 2), (vec![1], Form::Single));
        assert_eq!(one("The lever of claim two or three, wherein", 4), (vec![2, 3], Form::Alternative));
        assert_eq!(one("The lever according to the first claim, wherein", 3), (vec![1], Form::Single));
        assert_eq!(one("A method of mounting the previously claimed panel", 4), (vec![1, 2, 3], Form::Alternative));
        assert_eq!(one("A panel as claimed above, painted", 2), (vec![1], Form::Single));
        let named = parse("The lever according to the second claim", 3, &Limits::default());
        assert!(!named[0].by_number, "an ordinal names the claim by its place, not its number");
        assert!(refs("A method as claimed in the application, wherein one part", 2).is_empty());
        assert!(refs("A first claim element and a second claim element", 3).is_empty());
        assert!(refs("The lever of claim 1, wherein one arm is longer", 2).len() == 1);
    }

    #[test]
    fn japanese() {
        assert_eq!(one("請求項１に記載の装置", 2), (vec![1], Form::Single));
        assert_eq!(one("請求項１又は２に記載の装置", 3), (vec![1, 2], Form::Alternative));
        assert_eq!(one("請求項1から3のいずれか1項に記載の装置", 4), (vec![1, 2, 3], Form::Alternative));
        assert_eq!(one("請求項１乃至３のいずれか一項に記載の装置", 4), (vec![1, 2, 3], Form::Alternative));
        assert_eq!(one("請求項1～請求項3のいずれかに記載の", 4), (vec![1, 2, 3], Form::Alternative));
        assert_eq!(one("請求項1及び2に記載の装置", 3), (vec![1, 2], Form::Cumulative));
    }

    #[test]
    fn chinese() {
        assert_eq!(one("根据权利要求1所述的装置", 2), (vec![1], Form::Single));
        assert_eq!(one("根据权利要求1或2所述的装置", 3), (vec![1, 2], Form::Alternative));
        assert_eq!(one("如权利要求1-3中任一项所述的装置", 4), (vec![1, 2, 3], Form::Alternative));
        assert_eq!(one("根据权利要求1至3任一项所述", 4), (vec![1, 2, 3], Form::Alternative));
        assert_eq!(one("根据前述任一权利要求所述的杠杆", 3), (vec![1, 2], Form::Alternative));
        assert_eq!(one("根据权利要求1和2所述的装置", 3), (vec![1, 2], Form::Cumulative));
        assert!(refs("如权利要求书所述", 2).is_empty());
    }

    #[test]
    fn korean() {
        assert_eq!(one("제1항에 있어서, 장치", 2), (vec![1], Form::Single));
        assert_eq!(one("제1항 또는 제2항에 있어서", 3), (vec![1, 2], Form::Alternative));
        assert_eq!(one("제1항 내지 제3항 중 어느 한 항에 있어서", 4), (vec![1, 2, 3], Form::Alternative));
        assert_eq!(one("청구항 1 또는 2에 있어서", 3), (vec![1, 2], Form::Alternative));
        assert!(refs("제1 전극과 제2 전극을 포함하는 장치", 2).is_empty());
    }

    #[test]
    fn spans_cover_the_phrase() {
        let r = parse("The lever of claim 12, wherein", 13, &Limits::default());
        assert_eq!(r[0].span, Span { start: 13, end: 21 });
    }

    #[test]
    fn huge_ranges_are_bounded() {
        let r = parse("according to any of claims 1 to 4000000000", 5, &Limits::default());
        assert_eq!(r[0].targets, [1, 4_000_000_000]);
    }
}

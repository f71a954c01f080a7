//! Splits claims pasted or saved as plain text into numbered claims.
//!
//! Reads the layouts people really use: `1.`, `1)`, `1、`, `Claim 1:`, `【請求項１】`, `【청구항 1】`, headings such as
//! "What is claimed is:" or "特許請求の範囲" before the claims, and US claim listings with status identifiers
//! (`1. (Currently Amended) A method…`, `2-5. (Canceled)`). Text after an abstract heading is not claims.

use super::text::digit;
use super::{RawClaim, RawClaimSet};
use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::{ClaimSource, LabelNumber, Status};
use std::ops::Range;

/// Why a text could not be split into claims. A type of its own because the XML reader words it its own way;
/// `Message::from(error)` is the finding's sentence.
#[derive(Debug, PartialEq, Eq)]
pub enum SplitError {
    TooManyClaims { limit: usize },
}

impl From<SplitError> for Message {
    fn from(error: SplitError) -> Self {
        match error {
            SplitError::TooManyClaims { limit } => {
                message!("claims-text", limit = limit)
            }
        }
    }
}

/// A line that starts a claim (or a range of claims, for `2-5. (Canceled)`).
#[derive(Debug, PartialEq, Eq)]
struct Header {
    first: u32,
    last: u32,
    status: Option<Status>,
    /// Character offset in the line where the claim's text starts.
    text_start: usize,
    /// Characters of the line that write `first` and `last` (the same for a label of one claim).
    first_at: Range<usize>,
    last_at: Range<usize>,
    /// Whether the label's form itself says "claim" (`Claim 3`, `【請求項3】`), so no guessing is needed.
    explicit: bool,
}

/// Splits `text` into claims. Each claim's `source` says where its label's number and its lines are in `text`, in
/// UTF-16 code units ([`ClaimSource`]).
///
/// # Errors
/// When the text holds more claims than `limits.claims`.
pub fn split(text: &str, limits: &Limits) -> Result<RawClaimSet, SplitError> {
    let mut claims: Vec<RawClaim> = Vec::new();
    // Lines of the claim being read, each with the position of its start.
    let mut body: Vec<(&str, usize)> = Vec::new();
    // The next number of an enumeration inside a claim ("(1) amino,", "1. mixing …;"), while one runs.
    let mut list_next: Option<u32> = None;
    // Whether the last line of text ended a sentence, as a claim ends.
    let mut sentence_ended = true;
    // Where the line starts in `text`, in UTF-16 code units.
    let mut line_start = 0;
    for (index, raw_line) in text.split('\n').enumerate() {
        let line = raw_line.trim_end_matches('\r');
        let line_number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let expected = claims.last().map_or(1, |c| c.number.saturating_add(1));
        let found = header(line, expected, !claims.is_empty());
        // Items numbered from 1 inside a claim ("(1) amino,", "1. mixing …;"), after a line that did not end the
        // claim, are the claim's text, however they are numbered.
        let item = item_number(line).filter(|&n| {
            !claims.is_empty()
                && !sentence_ended
                && (n == 1 || list_next == Some(n))
                && found.as_ref().is_none_or(|h| !h.explicit)
        });
        if let Some(number) = item {
            list_next = Some(number + 1);
            body.push((line, line_start));
        } else if let Some(header) = found {
            list_next = None;
            finish(&mut claims, &mut body);
            let text_start: usize = line.chars().take(header.text_start).map(char::len_utf16).sum();
            let rest: String = line.chars().skip(header.text_start).collect();
            let rest_start = line_start + text_start + utf16_len(&rest[..rest.len() - rest.trim_start().len()]);
            let span = header.last.saturating_sub(header.first);
            if claims.len().saturating_add(span as usize) >= limits.claims {
                return Err(SplitError::TooManyClaims { limit: limits.claims });
            }
            for number in header.first..=header.last {
                let text = if number == header.last { rest.trim().to_string() } else { String::new() };
                // `2-5. (Canceled)`: the first number is claim 2's, the last claim 5's.
                let label = match number {
                    n if n == header.first => Some(&header.first_at),
                    n if n == header.last => Some(&header.last_at),
                    _ => None,
                };
                let source = ClaimSource {
                    number: label.map(|at| label_number(line, line_start, at)),
                    lines: if text.is_empty() { Vec::new() } else { vec![rest_start] },
                };
                claims.push(RawClaim {
                    number,
                    line: Some(line_number),
                    page: None,
                    status: header.status.clone(),
                    text,
                    tagged_references: None,
                    source: Some(source),
                });
            }
        } else if !claims.is_empty() {
            if ends_claims(line) {
                break;
            }
            body.push((line, line_start));
        }
        let trimmed = line.trim_end();
        if !trimmed.is_empty() {
            sentence_ended = trimmed.ends_with(['.', '。', '．']) || claims.is_empty();
        }
        line_start += utf16_len(raw_line) + 1;
    }
    finish(&mut claims, &mut body);
    Ok(RawClaimSet { language: None, claims, published: false })
}

/// The number of an enumerated item at the start of a line: `(1)`, `1.`, `1)`, `1.)`.
fn item_number(line: &str) -> Option<u32> {
    let text = line.trim_start();
    let inner = text.strip_prefix('(').unwrap_or(text);
    let digits = inner.chars().take_while(char::is_ascii_digit).count();
    let rest = &inner[digits..];
    let closed = if text.starts_with('(') { rest.starts_with(')') } else { rest.starts_with(['.', ')']) };
    let after = rest.trim_start_matches(['.', ')']);
    // Chinese and Japanese text runs on without a space: "(1)源链发起跨链注册".
    let text_follows = after.starts_with(|c: char| c.is_whitespace() || !c.is_ascii());
    // Up to four digits: a claim may list hundreds of compounds, "(1) 5-{3-…}-one," to "(254) …".
    ((1..=4).contains(&digits) && closed && text_follows).then(|| inner[..digits].parse().ok())?
}

/// Appends the lines gathered since the last header to the last claim.
fn finish(claims: &mut [RawClaim], body: &mut Vec<(&str, usize)>) {
    if let Some(claim) = claims.last_mut() {
        for (line, start) in body.drain(..) {
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            if !claim.text.is_empty() {
                claim.text.push('\n');
            }
            claim.text.push_str(trimmed);
            if let Some(source) = &mut claim.source {
                source.lines.push(start + utf16_len(&line[..line.len() - line.trim_start().len()]));
            }
        }
    }
    body.clear();
}

fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// Where the characters `at` of `line`, which starts at `line_start`, are in the text: a label's number.
fn label_number(line: &str, line_start: usize, at: &Range<usize>) -> LabelNumber {
    let before: usize = line.chars().take(at.start).map(char::len_utf16).sum();
    let digits: Vec<char> = line.chars().skip(at.start).take(at.len()).collect();
    LabelNumber {
        start: line_start + before,
        end: line_start + before + digits.iter().map(|c| c.len_utf16()).sum::<usize>(),
        full_width: digits.first().is_some_and(|c| !c.is_ascii_digit()),
    }
}

/// Headings that end the claims: the abstract follows them in a whole specification.
fn ends_claims(line: &str) -> bool {
    let line = line.trim().trim_end_matches(':').to_lowercase();
    matches!(
        line.as_str(),
        "abstract"
            | "abstract of the disclosure"
            | "zusammenfassung"
            | "abrégé"
            | "摘要"
            | "说明书摘要"
            | "요약서"
            | "【요약서】"
            | "【要約書】"
    ) || line.starts_with("【書類名】")
        || line.starts_with("【서류명】")
}

/// Reads a claim label at the start of `line`, if there is one.
fn header(line: &str, expected: u32, in_claims: bool) -> Option<Header> {
    let chars: Vec<char> = line.chars().collect();
    let start = chars.iter().position(|c| !c.is_whitespace())?;
    bracketed_label(&chars, start)
        .or_else(|| worded_label(&chars, start))
        .or_else(|| numbered_label(&chars, start, expected, in_claims))
}

/// `【請求項１】`, `【청구항 1】`.
fn bracketed_label(chars: &[char], start: usize) -> Option<Header> {
    let rest = chars.get(start..)?;
    let after_open = rest.strip_prefix(&['【'])?;
    if !after_open.starts_with(&['請', '求', '項']) && !after_open.starts_with(&['청', '구', '항']) {
        return None;
    }
    let mut i = start + 4;
    i = skip_spaces(chars, i);
    let (number, end) = number(chars, i)?;
    let after = skip_spaces(chars, end);
    (chars.get(after) == Some(&'】')).then_some(())?;
    Some(Header {
        first: number,
        last: number,
        status: None,
        text_start: after + 1,
        explicit: true,
        first_at: i..end,
        last_at: i..end,
    })
}

/// `Claim 1.`, `Claim 1 (Original):`, `Claims 2-5 (Canceled)`, `Anspruch 1`, `Revendication 1`, `청구항 1.`
fn worded_label(chars: &[char], start: usize) -> Option<Header> {
    const WORDS: [&str; 7] = ["Claims", "Claim", "CLAIMS", "CLAIM", "Anspruch", "Revendication", "청구항"];
    let rest: String = chars.get(start..)?.iter().take(16).collect();
    let word = WORDS.iter().find(|w| rest.starts_with(**w))?;
    let mut i = start + word.chars().count();
    (chars.get(i).is_some_and(|c| c.is_whitespace())).then_some(())?;
    i = skip_spaces(chars, i);
    let (first, last, first_at, last_at) = number_or_range(chars, i)?;
    let after = last_at.end;
    let after_punct = skip_label_punctuation(chars, after);
    let (status, text_start) = status(chars, skip_spaces(chars, after_punct));
    // "Claim 1, wherein" on a wrapped line is text, not a label: a label ends in punctuation, a status or the line.
    let ends_label =
        after_punct > after || status.is_some() || chars.get(after_punct).is_none_or(|c| c.is_whitespace());
    (ends_label && (first == last || status.is_some())).then_some(Header {
        first,
        last,
        status,
        text_start,
        explicit: true,
        first_at,
        last_at,
    })
}

/// `1.`, `1)`, `1.)`, `1:`, `1、`, `1．`, `(1)`, with an optional status: `1. (Original)`, `2-5. (Canceled)`.
fn numbered_label(chars: &[char], start: usize, expected: u32, in_claims: bool) -> Option<Header> {
    let parenthesised = chars.get(start) == Some(&'(');
    let i = if parenthesised { start + 1 } else { start };
    let (first, last, first_at, last_at) = number_or_range(chars, i)?;
    let after = last_at.end;
    let after = if parenthesised {
        (chars.get(after) == Some(&')')).then_some(after + 1)?
    } else {
        let punct = *chars.get(after)?;
        let after = matches!(punct, '.' | ')' | ':' | '、' | '．' | '：' | '）').then_some(after + 1)?;
        // `1.)`, as some claim sets write the label.
        if punct == '.' && chars.get(after) == Some(&')') {
            after + 1
        } else {
            after
        }
    };
    let next = chars.get(after).copied();
    let (status, text_start) = status(chars, skip_spaces(chars, after));
    // "2.5 mm" is a number, not a label: the label is followed by a space, a status, or (in CJK text) the claim.
    let separated = next.is_none_or(char::is_whitespace) || next.is_some_and(is_cjk);
    if !separated || (first != last && status.is_none()) {
        return None;
    }
    let first_text = chars.get(text_start).copied();
    let looks_like_claim = status.is_some()
        || first_text.is_some_and(|c| c.is_uppercase() || is_cjk(c) || c == '"' || c == '“')
        || (first_text.is_none() && !in_claims);
    (first == expected || (looks_like_claim && first > 0)).then_some(Header {
        first,
        last,
        status,
        text_start,
        explicit: false,
        first_at,
        last_at,
    })
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{ff01}'..='\u{ff60}')
}

fn skip_spaces(chars: &[char], mut i: usize) -> usize {
    while chars.get(i).is_some_and(|c| c.is_whitespace()) {
        i += 1;
    }
    i
}

fn skip_label_punctuation(chars: &[char], i: usize) -> usize {
    if chars.get(i).is_some_and(|c| matches!(c, '.' | ':' | ')' | '．' | '：')) {
        i + 1
    } else {
        i
    }
}

/// A number of up to six ASCII or full-width digits.
fn number(chars: &[char], start: usize) -> Option<(u32, usize)> {
    let mut value: u32 = 0;
    let mut i = start;
    while let Some(d) = chars.get(i).copied().and_then(digit) {
        if i - start == 6 {
            return None;
        }
        value = value * 10 + d;
        i += 1;
    }
    (i > start).then_some((value, i))
}

/// `3` or `3-5` / `3 to 5` / `3 through 5`: the first and last numbers and the characters that write each.
fn number_or_range(chars: &[char], start: usize) -> Option<(u32, u32, Range<usize>, Range<usize>)> {
    let (first, after) = number(chars, start)?;
    let mut i = skip_spaces(chars, after);
    let dash = chars.get(i).is_some_and(|c| matches!(c, '-' | '–' | '—' | '‑' | '~' | '～'));
    let word: String = chars.get(i..).unwrap_or_default().iter().take(8).collect();
    let word_len = ["to ", "through "].iter().find(|w| word.starts_with(**w)).map(|w| w.len());
    if dash || word_len.is_some() {
        i = skip_spaces(chars, i + word_len.unwrap_or(1));
        if let Some((last, end)) = number(chars, i) {
            if last > first {
                return Some((first, last, start..after, i..end));
            }
        }
    }
    Some((first, first, start..after, start..after))
}

/// A status identifier in parentheses or brackets at `start`: `(Currently Amended)`, `[Canceled]`.
/// Returns the status and where the claim text starts.
fn status(chars: &[char], start: usize) -> (Option<Status>, usize) {
    let close = match chars.get(start) {
        Some('(') => ')',
        Some('[') => ']',
        _ => return (None, start),
    };
    let Some(length) = chars.iter().skip(start + 1).take(40).position(|&c| c == close) else {
        return (None, start);
    };
    let inside: String = chars.iter().skip(start + 1).take(length).collect();
    let words = inside.split(|c: char| c.is_whitespace() || c == '-' || c == '–').filter(|w| !w.is_empty()).count();
    if words == 0
        || words > 4
        || !inside.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-' || c == '–')
    {
        return (None, start);
    }
    let after = skip_label_punctuation(chars, start + length + 2);
    (Some(Status::parse(&inside)), skip_spaces(chars, after))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<u32> {
        split(text, &Limits::default()).unwrap().claims.iter().map(|c| c.number).collect()
    }

    #[test]
    fn english_with_heading_and_wrapped_lines() {
        let set = split("What is claimed is:\n\n1. A lever comprising\n  a handle.\n2. The lever of\nclaim 1, wherein the handle is red.\n", &Limits::default()).unwrap();
        assert_eq!(set.claims.len(), 2);
        assert_eq!(set.claims[0].text, "A lever comprising\na handle.");
        assert_eq!(set.claims[1].text, "The lever of\nclaim 1, wherein the handle is red.");
        assert_eq!(set.claims[1].line, Some(5));
    }

    #[test]
    fn label_forms() {
        assert_eq!(numbers("1) A.\n2) B."), [1, 2]);
        assert_eq!(numbers("Claim 1. A.\nClaim 2: B."), [1, 2]);
        assert_eq!(numbers("【請求項１】\n装置。\n【請求項２】\n請求項１に記載の装置。"), [1, 2]);
        assert_eq!(numbers("【청구항 1】\n장치.\n【청구항 2】\n제1항에 있어서, 장치."), [1, 2]);
        assert_eq!(numbers("1、一种装置。\n2、根据权利要求1所述的装置。"), [1, 2]);
        assert_eq!(numbers("1.一种装置。\n2.根据权利要求1所述的装置。"), [1, 2]);
        assert_eq!(numbers("Patentansprüche\n1. Vorrichtung.\n2. Vorrichtung nach Anspruch 1."), [1, 2]);
    }

    #[test]
    fn labels_with_a_period_and_a_parenthesis() {
        assert_eq!(numbers("1.) A lever.\n2.) The lever of claim 1."), [1, 2]);
    }

    #[test]
    fn items_enumerated_inside_a_claim_are_its_text() {
        let chemistry = "1. A compound of formula (I), wherein R is:\n(1) amino,\n(2) hydroxy,\n(3) methyl, or\n(4) ethyl.\n2. The compound of claim 1, wherein R is amino.";
        assert_eq!(numbers(chemistry), [1, 2]);
        let method = "1. A method comprising:\n1. mixing A and B;\n2. heating the mixture; and\n3. cooling it.\n2. The method of claim 1, wherein A is water.\n3. The method of claim 2, comprising:\n1) stirring;\n2) resting.";
        let set = split(method, &Limits::default()).unwrap();
        assert_eq!(set.claims.iter().map(|c| c.number).collect::<Vec<_>>(), [1, 2, 3]);
        assert!(set.claims[0].text.contains("2. heating the mixture"));
        // A claim that ended is followed by the next, even numbered 1 again (a duplicate the rules report).
        assert_eq!(numbers("1. A lever.\n1. A handle."), [1, 1]);
    }

    #[test]
    fn numbers_in_text_are_not_labels() {
        assert_eq!(numbers("1. A method comprising heating to\n2.5 degrees and\n3 times, cooling."), [1]);
        // A wrong number is still a label when the line reads like a claim (so numbering rules can see it).
        assert_eq!(numbers("1. A lever.\n3. The lever of claim 1."), [1, 3]);
        assert_eq!(numbers("1. A lever with\n3 arms and\n5. the lever"), [1]);
    }

    #[test]
    fn status_identifiers_and_ranges() {
        let set = split(
            "1. (Currently Amended) A lever.\n2-4. (Canceled)\n5. (Amended) The lever of claim 1.",
            &Limits::default(),
        )
        .unwrap();
        let got: Vec<(u32, Option<Status>)> = set.claims.iter().map(|c| (c.number, c.status.clone())).collect();
        assert_eq!(
            got,
            [
                (1, Some(Status::CurrentlyAmended)),
                (2, Some(Status::Canceled)),
                (3, Some(Status::Canceled)),
                (4, Some(Status::Canceled)),
                (5, Some(Status::Unknown("Amended".into())))
            ]
        );
        assert_eq!(set.claims[0].text, "A lever.");
        assert_eq!(set.claims[3].text, "");
        let worded =
            split("Claim 1 (Original): A lever.\nClaim 2 (New): The lever of claim 1.", &Limits::default()).unwrap();
        assert_eq!(worded.claims[1].status, Some(Status::New));
        assert_eq!(worded.claims[1].text, "The lever of claim 1.");
    }

    #[test]
    fn stops_at_the_abstract() {
        assert_eq!(numbers("1. A lever.\n\nAbstract\n1. Not a claim."), [1]);
    }

    #[test]
    fn too_many_claims_is_an_error() {
        let limits = Limits { claims: 3, ..Limits::default() };
        assert_eq!(split("1-9. (Canceled)", &limits).unwrap_err(), SplitError::TooManyClaims { limit: 3 });
    }
}

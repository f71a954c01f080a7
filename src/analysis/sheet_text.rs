//! The one reader of a drawing sheet's text layer, read once per sheet for every rule. It tells apart:
//!
//! - the sheet number: "2/5", "2 / 5", "２／５", or a lone number (up to three digits) in the top or bottom band of
//!   the sheet ([`NUMBER_BAND_MM`]), in the margin or centred; "n/N" anywhere wins over a lone number, and of
//!   several lone numbers the one nearest the centre line is taken;
//! - figure labels: "FIG. 1", "FIG 1", "Fig. 1", "Figure 1", "FIGS. 2", "Abb. 1", "【図１】", "図1", "图1", "【도 1】",
//!   "도 1", with ASCII or full-width digits and a suffix letter ("1A", "1a"); a label may be followed by more words
//!   ("FIG. 1 PRIOR ART");
//! - reference signs: runs made only of short numerals (up to four digits), each with an optional letter or prime
//!   ("12", "12a", "12'"), possibly enclosed in brackets, inverted commas or a circle ("(12)", "'12'", "①"), which
//!   the lettering rules object to. "45°" is not a sign.
//!
//! PDF producers sometimes split a word into runs ("FIG." and "1", or one run per glyph): runs on one line closer
//! than 0.8 of their height are joined first.

use crate::model::drawings::{
    Enclosure, FigureLabel, Rect, Script, Sheet, SheetNumber, SheetText, Sign, Size, TextRun,
};
use crate::parse::text::digit;
use std::borrow::Cow;
use std::collections::BTreeSet;

/// A sheet of unknown size is read as A4, in millimetres.
const A4_MM: (f32, f32) = (210.0, 297.0);
/// How far from the sheet's vertical centre line a "centred" number may sit, in millimetres.
pub const CENTRE_TOLERANCE_MM: f32 = 20.0;
/// The top and bottom bands of a sheet where its number belongs, in millimetres from the edge.
pub const NUMBER_BAND_MM: f32 = 45.0;

/// What a sheet's text layer says, read once and kept with the sheet; `None` when the sheet has none.
#[must_use]
pub fn of(sheet: &Sheet) -> Option<&SheetText> {
    sheet.text_layer.get_or_init(|| read(sheet)).as_ref()
}

/// Reads a sheet's text layer; `None` when the sheet has none.
fn read(sheet: &Sheet) -> Option<SheetText> {
    let runs = sheet.texts.as_ref()?;
    let size = sheet.size.unwrap_or(Size { width: A4_MM.0, height: A4_MM.1 });
    let mut pieces = join(runs);
    pieces.sort_by(|a, b| a.rect.top.total_cmp(&b.rect.top).then(a.rect.left.total_cmp(&b.rect.left)));
    let mut out = SheetText::default();
    // The sheet number: n/N anywhere, else the lone number in a band nearest the centre line.
    let slanted = pieces.iter().position(|p| fraction(&p.text).is_some());
    let plain = pieces
        .iter()
        .enumerate()
        .filter(|(_, p)| plain_number(&p.text).is_some() && in_number_band(&p.rect, size))
        .min_by(|(_, a), (_, b)| {
            let off = |r: &Rect| (r.centre_x() - size.width / 2.0).abs();
            off(&a.rect).total_cmp(&off(&b.rect))
        })
        .map(|(i, _)| i);
    let taken = slanted.or(plain);
    if let Some(i) = taken {
        let piece = &pieces[i];
        let (number, total) =
            fraction(&piece.text).or_else(|| plain_number(&piece.text).map(|n| (n, None))).unwrap_or((0, None));
        out.sheet_number = Some(SheetNumber { run: piece.clone(), number, total });
    }
    for (i, piece) in pieces.iter().enumerate() {
        if Some(i) == taken {
            continue;
        }
        if let Some(label) = label(&piece.text) {
            out.labels.push(FigureLabel { run: piece.clone(), ..label });
        } else if let Some(signs) = signs(&piece.text) {
            out.signs.extend(signs.into_iter().map(|(sign, written, enclosure)| Sign {
                run: piece.clone(),
                sign,
                written,
                enclosure,
            }));
        }
    }
    Some(out)
}

/// Whether a number's place is where sheet numbers go: in the top or bottom band of the sheet, and either centred
/// or inside the margin (a lone number in the drawing's own area is a reference sign).
fn in_number_band(rect: &Rect, size: Size) -> bool {
    let centred = (rect.centre_x() - size.width / 2.0).abs() <= CENTRE_TOLERANCE_MM;
    let top = rect.bottom <= NUMBER_BAND_MM && (centred || rect.bottom <= 25.0);
    let bottom = rect.top >= size.height - NUMBER_BAND_MM && (centred || rect.top >= size.height - 15.0);
    top || bottom
}

/// Joins runs on one line that are closer than 0.8 of their height, in reading order.
#[must_use]
pub fn join(runs: &[TextRun]) -> Vec<TextRun> {
    let mut order: Vec<&TextRun> = runs.iter().filter(|r| !r.text.trim().is_empty()).collect();
    order.sort_by(|a, b| a.rect.bottom.total_cmp(&b.rect.bottom).then(a.rect.left.total_cmp(&b.rect.left)));
    let mut lines: Vec<Vec<&TextRun>> = Vec::new();
    for run in order {
        let same_line = lines.last().and_then(|l| l.first()).is_some_and(|first| {
            let tolerance = 0.35 * first.height_mm.max(run.height_mm).max(0.5);
            (first.rect.bottom - run.rect.bottom).abs() <= tolerance
        });
        match lines.last_mut() {
            Some(line) if same_line => line.push(run),
            _ => lines.push(vec![run]),
        }
    }
    let mut out = Vec::new();
    for mut line in lines {
        line.sort_by(|a, b| a.rect.left.total_cmp(&b.rect.left));
        let mut current: Option<TextRun> = None;
        for run in line {
            let text = run.text.trim();
            match current.as_mut() {
                Some(cur) => {
                    let height = cur.height_mm.max(run.height_mm).max(0.5);
                    let similar =
                        run.height_mm <= cur.height_mm * 1.6 + 0.1 && cur.height_mm <= run.height_mm * 1.6 + 0.1;
                    let gap = run.rect.left - cur.rect.right;
                    if similar && gap <= 0.8 * height && gap >= -0.5 * height {
                        if gap > 0.25 * height {
                            cur.text.push(' ');
                        }
                        cur.text.push_str(text);
                        cur.rect = cur.rect.union(run.rect);
                        cur.height_mm = cur.height_mm.max(run.height_mm);
                    } else {
                        out.push(std::mem::replace(cur, TextRun { text: text.to_string(), ..run.clone() }));
                    }
                }
                None => current = Some(TextRun { text: text.to_string(), ..run.clone() }),
            }
        }
        out.extend(current);
    }
    out
}

/// The characters of a text with full-width digits, letters, slants and spaces made ASCII.
fn narrow(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '／' | '（' | '）' | '［' | '］' => {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            }
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// "2/5", "2 / 5": the sheet and the total.
#[must_use]
pub fn fraction(text: &str) -> Option<(u32, Option<u32>)> {
    let text = narrow(text);
    let (n, total) = text.trim().split_once('/')?;
    let (n, total) = (small_number(n.trim())?, small_number(total.trim())?);
    Some((n, Some(total)))
}

/// A lone number of up to three digits.
#[must_use]
pub fn plain_number(text: &str) -> Option<u32> {
    small_number(narrow(text).trim())
}

fn small_number(text: &str) -> Option<u32> {
    (!text.is_empty() && text.len() <= 3 && text.chars().all(|c| c.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
        .filter(|&n| n > 0)
}

/// Latin words that start a figure label, lower case, without a full stop.
const LATIN_WORDS: &[&str] =
    &["fig", "figs", "figure", "figures", "figur", "figuren", "abb", "abbildung", "abbildungen"];

/// A figure label at the start of a text (its run left to fill in).
#[must_use]
pub fn label(text: &str) -> Option<FigureLabel> {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut i = 0;
    let brackets = chars.first() == Some(&'【');
    if brackets {
        i += 1;
    }
    let skip_spaces = |i: &mut usize| {
        while chars.get(*i).is_some_and(|c| c.is_whitespace() || *c == '\u{3000}') {
            *i += 1;
        }
    };
    skip_spaces(&mut i);
    let word_start = i;
    let script = match chars.get(i)? {
        '図' => Script::Japanese,
        '图' => Script::Chinese,
        '도' => Script::Korean,
        c if c.is_ascii_alphabetic() => Script::Latin,
        _ => return None,
    };
    if script == Script::Latin {
        let word: String = chars[i..].iter().take_while(|c| c.is_ascii_alphabetic()).collect();
        if !LATIN_WORDS.contains(&word.to_lowercase().as_str()) {
            return None;
        }
        i += word.len();
        if chars.get(i) == Some(&'.') {
            i += 1;
        }
    } else {
        i += 1;
    }
    let word: String = chars[word_start..i].iter().collect();
    skip_spaces(&mut i);
    let digits_start = i;
    let mut number: u32 = 0;
    while let Some(d) = chars.get(i).copied().and_then(digit) {
        number = number.saturating_mul(10).saturating_add(d);
        i += 1;
    }
    if i == digits_start || i - digits_start > 3 || number == 0 {
        return None;
    }
    let suffix_start = i;
    while i - suffix_start < 1
        && chars.get(i).is_some_and(|&c| narrow(&c.to_string()).chars().all(|n| n.is_ascii_alphabetic()))
    {
        i += 1;
    }
    // "FIG. 1st" or "FIG. 12ab" are not labels; a suffix is one letter.
    if chars.get(i).is_some_and(|c| c.is_alphanumeric() && *c != '】') {
        return None;
    }
    let suffix = narrow(&chars[suffix_start..i].iter().collect::<String>());
    let mut closed = false;
    if brackets {
        let mut j = i;
        skip_spaces(&mut j);
        if chars.get(j) == Some(&'】') {
            closed = true;
            i = j + 1;
        }
    }
    let written: String = chars[..i].iter().collect();
    Some(FigureLabel {
        run: TextRun { text: String::new(), rect: Rect::default(), height_mm: 0.0, size_mm: 0.0, baseline_mm: 0.0 },
        text: written.trim().to_string(),
        word,
        brackets: brackets && closed,
        script,
        number,
        suffix,
    })
}

/// The reference signs of a text made only of signs ("12", "12a, 14", "(16)"); `None` if anything else is in it.
/// Each sign comes with its text as written and its enclosure.
#[must_use]
pub fn signs(text: &str) -> Option<Vec<(String, String, Option<Enclosure>)>> {
    let text = narrow(text);
    let tokens: Vec<&str> =
        text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';')).filter(|t| !t.is_empty()).collect();
    if tokens.is_empty() {
        return None;
    }
    tokens.into_iter().map(sign).collect()
}

/// One reference sign, enclosed or not.
fn sign(token: &str) -> Option<(String, String, Option<Enclosure>)> {
    // Circled numbers ① to ⑳.
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if ('\u{2460}'..='\u{2473}').contains(&c) {
            return Some(((c as u32 - 0x2460 + 1).to_string(), token.to_string(), Some(Enclosure::Circle)));
        }
    }
    let pairs: [(char, char, Enclosure); 8] = [
        ('(', ')', Enclosure::Brackets),
        ('[', ']', Enclosure::Brackets),
        ('{', '}', Enclosure::Brackets),
        ('\'', '\'', Enclosure::InvertedCommas),
        ('"', '"', Enclosure::InvertedCommas),
        ('‘', '’', Enclosure::InvertedCommas),
        ('“', '”', Enclosure::InvertedCommas),
        ('„', '“', Enclosure::InvertedCommas),
    ];
    for (open, close, enclosure) in pairs {
        if let Some(inner) = token.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
            return bare(inner).map(|s| (s, token.to_string(), Some(enclosure)));
        }
    }
    bare(token).map(|s| (s, token.to_string(), None))
}

/// A bare reference sign: one to four digits, an optional letter, optional primes; normalised.
fn bare(token: &str) -> Option<String> {
    let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 4 || digits.chars().all(|c| c == '0') {
        return None;
    }
    let mut rest = token[digits.len()..].chars().peekable();
    let mut out = digits;
    if let Some(&c) = rest.peek() {
        if c.is_ascii_alphabetic() {
            out.push(c);
            rest.next();
        }
    }
    for c in rest {
        if matches!(c, '\'' | '′' | '’' | '″') {
            out.push_str(if c == '″' { "''" } else { "'" });
        } else {
            return None;
        }
    }
    Some(out)
}

/// Adds the reference-sign-like words of a text ("12", "12a", "12'") to `out`, lower case, digits and primes
/// normalised: what a description or claims "mention", whatever their language. "14'" mentions 14' and 14, "20's"
/// mentions 20. Words already written so are borrowed, not copied: a description mentions thousands.
pub fn mentions<'a>(text: &'a str, out: &mut BTreeSet<Cow<'a, str>>) {
    if !text.is_ascii() && text.chars().any(|c| matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '′' | '’'))
    {
        let text: String = narrow(text).chars().map(|c| if matches!(c, '′' | '’') { '\'' } else { c }).collect();
        let mut narrowed = BTreeSet::new();
        mentions(&text, &mut narrowed);
        out.extend(narrowed.into_iter().map(|word| Cow::Owned(word.into_owned())));
        return;
    }
    for word in super::paragraph_text::sign_words(text) {
        let word = word.trim_start_matches('\'');
        let lower = super::paragraph_text::lower(word);
        let primed = lower.strip_suffix("'s").map_or(lower.len(), str::len);
        let plain = lower[..primed].trim_end_matches('\'').len();
        let up_to = |end: usize| match &lower {
            Cow::Borrowed(word) => Cow::Borrowed(&word[..end]),
            Cow::Owned(word) => Cow::Owned(word[..end].to_string()),
        };
        out.insert(up_to(plain));
        if primed != plain {
            out.insert(up_to(primed));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, left: f32, baseline: f32, height: f32) -> TextRun {
        let width = text.chars().count() as f32 * height * 0.7;
        TextRun {
            text: text.to_string(),
            rect: Rect { left, top: baseline - height, right: left + width, bottom: baseline },
            height_mm: height,
            size_mm: height / 0.718,
            baseline_mm: baseline,
        }
    }

    fn sheet(runs: Vec<TextRun>) -> Sheet {
        Sheet::a4_with_texts(1, runs)
    }

    #[test]
    fn sheet_numbers() {
        let read = |runs| read(&sheet(runs)).unwrap().sheet_number.map(|n| (n.number, n.total));
        assert_eq!(read(vec![run("2/5", 100.0, 32.0, 4.0)]), Some((2, Some(5))));
        assert_eq!(read(vec![run("2 / 5", 100.0, 290.0, 4.0)]), Some((2, Some(5))));
        assert_eq!(read(vec![run("２／５", 180.0, 150.0, 4.0)]), Some((2, Some(5))));
        assert_eq!(read(vec![run("3", 104.0, 290.0, 4.0)]), Some((3, None)));
        assert_eq!(read(vec![run("3", 104.0, 30.0, 4.0)]), Some((3, None)));
        // Top right, in the margin (JPO).
        assert_eq!(read(vec![run("4", 185.0, 15.0, 4.0)]), Some((4, None)));
        // A lone number in the drawing is a reference sign.
        assert_eq!(read(vec![run("12", 150.0, 150.0, 4.0)]), None);
        assert_eq!(read(vec![run("12", 170.0, 40.0, 4.0)]), None);
        // n/N wins; split runs are joined.
        assert_eq!(
            read(vec![run("7", 104.0, 290.0, 4.0), run("1", 100.0, 32.0, 4.0), run("/2", 102.9, 32.0, 4.0)]),
            Some((1, Some(2)))
        );
    }

    #[test]
    fn figure_labels() {
        let parse = |t: &str| label(t).map(|l| (l.word, l.brackets, l.script, l.number, l.suffix, l.text));
        assert_eq!(parse("FIG. 1"), Some(("FIG.".into(), false, Script::Latin, 1, String::new(), "FIG. 1".into())));
        assert_eq!(parse("FIG 1").map(|l| l.0), Some("FIG".into()));
        assert_eq!(parse("Fig.12").map(|l| l.3), Some(12));
        assert_eq!(parse("Figure 1 (prior art)").map(|l| (l.0, l.5)), Some(("Figure".into(), "Figure 1".into())));
        assert_eq!(parse("FIGS. 2").map(|l| l.0), Some("FIGS.".into()));
        assert_eq!(parse("Abb. 3").map(|l| l.0), Some("Abb.".into()));
        assert_eq!(parse("FIG. 4A").map(|l| l.4), Some("A".into()));
        assert_eq!(parse("FIG. 4a").map(|l| l.4), Some("a".into()));
        assert_eq!(parse("【図１】"), Some(("図".into(), true, Script::Japanese, 1, String::new(), "【図１】".into())));
        assert_eq!(parse("図1").map(|l| (l.1, l.2, l.3)), Some((false, Script::Japanese, 1)));
        assert_eq!(parse("图12").map(|l| (l.2, l.3)), Some((Script::Chinese, 12)));
        assert_eq!(parse("【도 1】").map(|l| (l.1, l.2, l.3)), Some((true, Script::Korean, 1)));
        assert_eq!(parse("도 １").map(|l| (l.1, l.2, l.3)), Some((false, Script::Korean, 1)));
        assert_eq!(parse("【図２Ａ】").map(|l| l.4), Some("A".into()));
        for not in ["FIGURE", "Figure A", "12", "Figures 1st", "Figaro 1", "FIG. 0", "図面"] {
            assert_eq!(parse(not), None, "{not}");
        }
    }

    #[test]
    fn reference_signs() {
        let read = |t: &str| signs(t).map(|s| s.into_iter().map(|(sign, _, e)| (sign, e)).collect::<Vec<_>>());
        assert_eq!(read("12"), Some(vec![("12".into(), None)]));
        assert_eq!(read("12a, 14'"), Some(vec![("12a".into(), None), ("14'".into(), None)]));
        assert_eq!(read("(12)"), Some(vec![("12".into(), Some(Enclosure::Brackets))]));
        assert_eq!(read("'12'"), Some(vec![("12".into(), Some(Enclosure::InvertedCommas))]));
        assert_eq!(read("“12”"), Some(vec![("12".into(), Some(Enclosure::InvertedCommas))]));
        assert_eq!(read("③"), Some(vec![("3".into(), Some(Enclosure::Circle))]));
        assert_eq!(read("１２"), Some(vec![("12".into(), None)]));
        for not in ["45°", "water", "12 mm", "12345", "0", "SCALE 1:2", "12ab"] {
            assert_eq!(read(not), None, "{not}");
        }
    }

    #[test]
    fn a_sheet_read_whole() {
        let text = read(&sheet(vec![
            run("1/2", 100.0, 32.0, 4.0),
            run("FIG.", 60.0, 140.0, 4.0),
            run("1", 73.5, 140.0, 4.0),
            run("10", 150.0, 80.0, 4.0),
            run("(12)", 150.0, 100.0, 4.0),
            run("FIG. 2", 60.0, 260.0, 4.0),
        ]))
        .unwrap();
        assert_eq!(text.sheet_number.map(|n| (n.number, n.total)), Some((1, Some(2))));
        assert_eq!(text.labels.iter().map(FigureLabel::name).collect::<Vec<_>>(), ["1", "2"]);
        assert_eq!(text.labels[0].text, "FIG. 1");
        assert_eq!(text.signs.iter().map(|s| s.sign.as_str()).collect::<Vec<_>>(), ["10", "12"]);
        assert_eq!(text.signs[1].written, "(12)");
        let without = Sheet { texts: None, ..sheet(Vec::new()) };
        assert_eq!(read(&without), None);
    }

    #[test]
    fn mentioned_signs() {
        let mentioned = |text| {
            let mut found = BTreeSet::new();
            mentions(text, &mut found);
            found.into_iter().map(Cow::into_owned).collect::<Vec<_>>()
        };
        assert_eq!(
            mentioned("The lever 10 has arms 12a and 14' (see FIG. 2); レバー１６, 杠杆18和 lever 20's end."),
            ["10", "12a", "14", "14'", "16", "18", "2", "20"]
        );
        assert_eq!(mentioned("Arms 12A and 14’, no signs: twelve."), ["12a", "14", "14'"]);
        // Plain ASCII, borrowed from the text.
        assert_eq!(
            mentioned("lever 10, arms 12A and 14'; 20's end, '16' and 3rd"),
            ["10", "12a", "14", "14'", "16", "16'", "20", "3rd"]
        );
        assert!(mentioned("No sign here.").is_empty());
    }
}

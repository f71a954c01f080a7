//! USPTO numbers. An application number is a two-digit series code and a six-digit serial number, written
//! `16/123,456` (37 CFR 3.21; WIPO DAS mask `NN/NNN,NNN`); a patent number has up to eight digits, written with
//! thousands separators (`11,147,202`), with a letter prefix for designs (`D452,599`), reissues (`RE45,678`), plant
//! patents (`PP12,345`) and statutory invention registrations (`H1,234`); a pre-grant publication number is the year
//! and seven digits (`2021/0049351`, US pre-grant publications since 2001). No check digit.
//!
//! Series codes (MPEP 503): 02–19 utility, plant and reissue applications by period, 29 designs, 35 international
//! designs, 60–63 provisional applications, 90, 95 and 96 reexamination and supplemental examination. Codes 17–19
//! and 63 were not found in the catalogue's sources (they are in use since 2020), so they are accepted as known.

use super::{digits, Compact, NumberKind, Reading};
use crate::message::{message, Message};

pub(crate) const FORMAT: Message = Message::term("us-application-series-code");

/// Series codes the USPTO has used.
fn known_series(code: u32) -> bool {
    matches!(code, 1..=19 | 29 | 35 | 60..=63 | 90 | 95 | 96)
}

/// `1234567` as `1,234,567` (patent numbers, and pixel counts in drawing findings).
#[must_use]
pub fn grouped(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Commas in thousands positions only: `11,147,202`, `452,599`.
fn thousands(text: &str) -> Option<String> {
    if !text.contains(',') {
        return digits(text).then(|| text.to_string());
    }
    let groups: Vec<&str> = text.split(',').collect();
    let (first, rest) = groups.split_first()?;
    let ok = (1..=3).contains(&first.len()) && digits(first) && rest.iter().all(|g| g.len() == 3 && digits(g));
    ok.then(|| groups.concat())
}

pub(crate) fn read(compact: &Compact, hint: Option<NumberKind>) -> Reading {
    let body = compact.body.as_str();
    if compact.era.is_some() || body.is_empty() {
        return if compact.named {
            Reading::invalid(hint, message!("us-not-number", format = FORMAT))
        } else {
            Reading::Foreign
        };
    }
    // Publication: 2021/0049351 or 20210049351.
    let publication = match body.split_once('/') {
        Some((year, serial)) if year.len() == 4 && serial.len() == 7 => Some((year, serial)),
        None if body.len() == 11 && (body.starts_with("19") || body.starts_with("20")) => body.split_at_checked(4),
        _ => None,
    };
    if let Some((year, serial)) = publication.filter(|(y, s)| digits(y) && digits(s)) {
        let year: u32 = year.parse().unwrap_or(0);
        if !(2001..=2099).contains(&year) {
            return Reading::invalid(Some(NumberKind::Publication), message!("us-pre-grant-publications", year = year));
        }
        return Reading::Valid { kind: Some(NumberKind::Publication), normalized: format!("{year}/{serial}") };
    }
    // Application: 16/123,456, 16/123456, 16123456.
    if let Some((series, serial)) = body.split_once('/') {
        let serial = match serial.split_once(',') {
            Some((thousands, units)) if thousands.len() == 3 && units.len() == 3 => format!("{thousands}{units}"),
            Some(_) => String::new(),
            None => serial.to_string(),
        };
        if series.len() == 2 && digits(series) && serial.len() == 6 && digits(&serial) {
            return application(series, &serial);
        }
        return Reading::invalid(Some(NumberKind::Application), message!("us-application-number-two", number = body));
    }
    // Letter-prefixed patents: D452,599, RE45,678, PP12,345, H1,234, T…
    for prefix in ["RE", "PP", "D", "H", "T"] {
        if let Some(rest) = body.strip_prefix(prefix) {
            let Some(number) = thousands(rest).filter(|n| n.len() <= 7) else {
                return if compact.named {
                    Reading::invalid(
                        Some(NumberKind::Patent),
                        message!("us-not-patent-number", number = body, format = FORMAT),
                    )
                } else {
                    Reading::Foreign
                };
            };
            let number = number.trim_start_matches('0');
            if number.is_empty() {
                return Reading::invalid(Some(NumberKind::Patent), message!("us-patent-number-cannot"));
            }
            return Reading::Valid {
                kind: Some(NumberKind::Patent),
                normalized: format!("{prefix}{}", grouped(number)),
            };
        }
    }
    let Some(plain) = thousands(body) else {
        return if compact.named || body.chars().all(|c| c.is_ascii_digit() || c == ',') {
            Reading::invalid(hint, message!("us-not-number-2", number = body, format = FORMAT))
        } else {
            Reading::Foreign
        };
    };
    let with_commas = plain.len() != body.len();
    match plain.len() {
        // Eight digits: an application (series code and serial) or a patent from 10,000,000.
        8 if !with_commas && hint != Some(NumberKind::Patent) => match hint {
            Some(NumberKind::Application) => application(&plain[..2], &plain[2..]),
            _ => Reading::Valid { kind: None, normalized: plain },
        },
        1..=8 if hint == Some(NumberKind::Application) => {
            Reading::invalid(Some(NumberKind::Application), message!("us-application-number-has", number = body))
        }
        1..=8 => {
            let number = plain.trim_start_matches('0');
            if number.is_empty() {
                return Reading::invalid(Some(NumberKind::Patent), message!("us-patent-number-cannot"));
            }
            Reading::Valid { kind: Some(NumberKind::Patent), normalized: grouped(number) }
        }
        _ if compact.named => {
            Reading::invalid(hint, message!("us-has-digits", number = body, count = plain.len(), format = FORMAT))
        }
        _ => Reading::Foreign,
    }
}

fn application(series: &str, serial: &str) -> Reading {
    let code: u32 = series.parse().unwrap_or(0);
    if !known_series(code) {
        return Reading::Invalid {
            kind: Some(NumberKind::Application),
            normalized: Some(format!("{series}/{},{}", &serial[..3], &serial[3..])),
            problem: message!("us-not-series-code", series = series),
            check_digit: false,
        };
    }
    Reading::Valid {
        kind: Some(NumberKind::Application),
        normalized: format!("{series}/{},{}", &serial[..3], &serial[3..]),
    }
}

#[cfg(test)]
mod tests {
    use crate::numbers::{validate, validate_with, NumberKind::*};
    use crate::office::Office::US;

    #[test]
    fn application_patent_and_publication_forms() {
        for (text, kind, normalized) in [
            ("16/123,456", Some(Application), "16/123,456"),
            ("US 16/123456", Some(Application), "16/123,456"),
            ("07/123,456", Some(Application), "07/123,456"),
            ("7,130,913", Some(Patent), "7,130,913"),
            ("US 11,147,202 B2", Some(Patent), "11,147,202"),
            ("7130913", Some(Patent), "7,130,913"),
            ("D452,599", Some(Patent), "D452,599"),
            ("US D452599 S", Some(Patent), "D452,599"),
            ("RE45,678", Some(Patent), "RE45,678"),
            ("2021/0049351", Some(Publication), "2021/0049351"),
            ("US 2021/0049351 A1", Some(Publication), "2021/0049351"),
            ("20040073746", Some(Publication), "2004/0073746"),
            ("10628795", None, "10628795"),
        ] {
            let c = validate(text, Some(US));
            assert!(c.valid, "{text}: {c:?}");
            assert_eq!((c.kind, c.normalized.as_deref()), (kind, Some(normalized)), "{text}");
        }
        let c = validate_with("10628795", Some(US), Some(Application));
        assert_eq!(c.normalized.as_deref(), Some("10/628,795"));
        let c = validate_with("10628795", Some(US), Some(Patent));
        assert_eq!(c.normalized.as_deref(), Some("10,628,795"));
    }

    #[test]
    fn wrong_forms_are_invalid() {
        for text in ["16/12,3456", "45/123,456", "1999/0049351", "123456789", "16/1234567", "0"] {
            let c = validate(text, Some(US));
            assert!(!c.valid, "{text}: {c:?}");
            assert!(c.problem.is_some());
        }
    }
}

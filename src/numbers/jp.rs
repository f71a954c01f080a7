//! JPO numbers. An application number is the year and a six-digit serial number, `特願2021-123456` (since 2000 the
//! Western year; before, the year of the era: `特願平11-123456`, `特願昭60-123456`); the unexamined publication has
//! the same form (`特開2021-123456`, `特表` for PCT national publications); a granted patent has seven digits,
//! `特許第7123456号` (EPO's Japanese numbering page and WIPO DAS). No check digit.

use super::{digits, number, Compact, NumberKind, Reading};
use crate::message::{message, Message};

pub(crate) const FORMAT: Message = Message::term("jp-application-publication-year");

pub(crate) fn read(compact: &Compact, hint: Option<NumberKind>) -> Reading {
    let body = compact.body.as_str();
    // Year and serial: 2021-123456, 2021123456, 平11-123456.
    let split = match body.split_once('-') {
        Some((year, serial)) => Some((year, serial)),
        None if body.len() == 10 && compact.era.is_none() => body.split_at_checked(4),
        None => None,
    };
    if let Some((year, serial)) = split.filter(|(y, s)| digits(y) && digits(s)) {
        let kind = match hint {
            Some(NumberKind::Patent) => None,
            other => other,
        };
        let Some(year_number) = number(year) else { return Reading::Foreign };
        let valid_year = match compact.era {
            Some('平') => (1..=11).contains(&year_number),
            Some(_) => (1..=64).contains(&year_number),
            None => year.len() == 4 && (2000..=2099).contains(&year_number),
        };
        if !valid_year {
            if !compact.named && compact.era.is_none() {
                return Reading::Foreign;
            }
            let problem = match compact.era {
                Some('平') => message!("jp-year-not-possible", year = year),
                Some(_) => message!("jp-year-not-possible-japanese", year = year),
                None => message!("jp-year-not-possible-japanese-number", year = year),
            };
            return Reading::invalid(kind, problem);
        }
        if serial.len() > 6 {
            return if compact.named {
                Reading::invalid(kind, message!("jp-japanese-application-publication", serial = serial))
            } else {
                Reading::Foreign
            };
        }
        let era = compact.era.map(String::from).unwrap_or_default();
        return Reading::Valid { kind, normalized: format!("{era}{year}-{serial:0>6}") };
    }
    if compact.era.is_some() {
        return if compact.named {
            Reading::invalid(hint, message!("jp-not-japanese-number", number = body, format = FORMAT))
        } else {
            Reading::Foreign
        };
    }
    // Patent: 7123456 (six digits for patents granted before 1996).
    if digits(body) && (6..=7).contains(&body.len()) && hint != Some(NumberKind::Application) {
        if number(body) == Some(0) {
            return Reading::invalid(Some(NumberKind::Patent), message!("jp-japanese-patent-number"));
        }
        return Reading::Valid { kind: Some(NumberKind::Patent), normalized: body.to_string() };
    }
    if compact.named {
        return Reading::invalid(hint, message!("jp-not-japanese-number", number = body, format = FORMAT));
    }
    Reading::Foreign
}

#[cfg(test)]
mod tests {
    use crate::numbers::{validate, validate_with, NumberKind::*};
    use crate::office::Office::JP;

    #[test]
    fn applications_publications_and_patents() {
        for (text, kind, normalized) in [
            ("特願2021-123456", Some(Application), "2021-123456"),
            ("特願２０２１－１２３４５６", Some(Application), "2021-123456"),
            ("特開2021-123456", Some(Publication), "2021-123456"),
            ("JP2021-123456A", Some(Publication), "2021-123456"),
            ("特願平11-123456", Some(Application), "平11-123456"),
            ("JP H11-123456", None, "平11-123456"),
            ("特許第7123456号", Some(Patent), "7123456"),
            ("JP 7123456 B2", Some(Patent), "7123456"),
            ("2021044377", None, "2021-044377"),
        ] {
            let c = validate(text, Some(JP));
            assert!(c.valid, "{text}: {c:?}");
            assert_eq!((c.office, c.kind, c.normalized.as_deref()), (Some(JP), kind, Some(normalized)), "{text}");
        }
        assert_eq!(validate_with("2021-123456", Some(JP), Some(Application)).kind, Some(Application));
    }

    #[test]
    fn impossible_years_and_serials() {
        for text in ["特願1999-123456", "特願平12-123456", "特願2021-1234567", "特願2021", "特許第0000000号"]
        {
            let c = validate(text, None);
            assert!(!c.valid, "{text}: {c:?}");
        }
    }
}

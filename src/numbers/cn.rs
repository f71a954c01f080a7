//! CNIPA numbers (grade C). An application number since October 2003 is the year,
//! a type digit and a seven-digit serial number, then a check character after a full stop: `201710601862.3`; before,
//! two year digits, the type digit and five digits: `88201465.X`. Type digits: 1 invention, 2 utility model,
//! 3 design, 8 PCT invention and 9 PCT utility model in the national phase. The patent number is `ZL` and the
//! application number. Publications are `CN`, seven to nine digits and a kind code (`CN112345678A`).
//!
//! The check character: the digits are weighted 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, … from the left; the sum modulo 11 is
//! the check character, `X` for 10.

use super::{digits, number, Compact, NumberKind, Reading};
use crate::message::{message, Message};
use crate::office::Office;

pub(crate) const FORMAT: Message = Message::term("cn-application-twelve-digits");

/// The weights of the check character, repeating from the left.
const WEIGHTS: [u32; 8] = [2, 3, 4, 5, 6, 7, 8, 9];

/// The check character of a 12-digit (or old 8-digit) application number.
#[must_use]
pub fn check_character(body: &str) -> Option<char> {
    if !matches!(body.len(), 8 | 12) || !digits(body) {
        return None;
    }
    let sum: u32 = body.bytes().zip(WEIGHTS.iter().cycle()).map(|(b, w)| u32::from(b - b'0') * w).sum();
    match sum % 11 {
        10 => Some('X'),
        r => char::from_digit(r, 10),
    }
}

/// The type digit of a normalised application or patent number: `1` invention, `2` utility model, `3` design, `8`
/// and `9` PCT national phase.
#[must_use]
pub fn type_digit(normalized: &str) -> Option<char> {
    let body = normalized.strip_prefix("ZL").unwrap_or(normalized);
    let number = body.split('.').next()?;
    match number.len() {
        12 => number.chars().nth(4),
        8 => number.chars().nth(2),
        _ => None,
    }
}

pub(crate) fn read(compact: &Compact, hint: Option<NumberKind>) -> Reading {
    let body = compact.body.as_str();
    if compact.era.is_some() {
        return Reading::Foreign;
    }
    let patent =
        compact.kind == Some(NumberKind::Patent) && compact.kind_code.as_deref().is_none_or(|code| code == "X");
    // The check character written without a full stop was taken for a kind code: 88201465X.
    let (number_part, check): (&str, Option<String>) = match (body.split_once('.'), compact.kind_code.as_deref()) {
        (Some((number, check)), _) => (number, Some(check.to_string())),
        (None, Some("X")) => (body, Some("X".to_string())),
        (None, _) if body.len() == 13 && digits(body) => (&body[..12], Some(body[12..].to_string())),
        (None, _) => (body, None),
    };
    let application_form = digits(number_part) && matches!(number_part.len(), 8 | 12);
    if application_form && (check.is_some() || compact.named) {
        let (year, type_digit) = if number_part.len() == 12 {
            (number(&number_part[..4]).unwrap_or(0), number_part.as_bytes()[4])
        } else {
            (number(&number_part[..2]).unwrap_or(0), number_part.as_bytes()[2])
        };
        let year_ok = if number_part.len() == 12 { (2003..=2099).contains(&year) } else { year >= 85 || year <= 3 };
        let kind = if patent { Some(NumberKind::Patent) } else { Some(NumberKind::Application) };
        if !year_ok || !matches!(type_digit, b'1' | b'2' | b'3' | b'8' | b'9') {
            if !compact.named {
                return Reading::Foreign;
            }
            return Reading::invalid(kind, message!("cn-not-cnipa-application", number = number_part));
        }
        let Some(expected) = check_character(number_part) else { return Reading::Foreign };
        let prefix = if patent { "ZL" } else { "" };
        return match check.as_deref() {
            None => Reading::Valid { kind, normalized: format!("{prefix}{number_part}") },
            Some(given) if given.len() == 1 && given.starts_with(expected) => {
                Reading::Valid { kind, normalized: format!("{prefix}{number_part}.{expected}") }
            }
            Some(given) if given.len() == 1 && (digits(given) || given == "X") => Reading::Invalid {
                kind,
                normalized: Some(format!("{prefix}{number_part}.{given}")),
                problem: message!(
                    "cn-check-character-application",
                    number = number_part,
                    expected = expected,
                    given = given
                ),
                check_digit: true,
            },
            Some(given) => Reading::invalid(kind, message!("cn-application-number-ends", given = given)),
        };
    }
    // Publication: CN112345678A.
    if compact.office == Some(Office::CN) && !patent && digits(body) && (7..=9).contains(&body.len()) {
        let kind = compact.kind.or(match hint {
            Some(NumberKind::Application) | None => None,
            other => other,
        });
        return Reading::Valid { kind, normalized: format!("CN{body}") };
    }
    if compact.named {
        return Reading::invalid(hint, message!("cn-not-cnipa-number", number = body, format = FORMAT));
    }
    Reading::Foreign
}

#[cfg(test)]
mod tests {
    use super::{check_character, type_digit};
    use crate::numbers::{validate, NumberKind::*};
    use crate::office::Office::CN;

    /// dfrtw.com's and plnmw.com's examples.
    #[test]
    fn catalog_check_character_vectors() {
        assert_eq!(check_character("201710601862"), Some('3'));
        assert_eq!(check_character("88201465"), Some('X'));
        let c = validate("201710601862.3", None);
        assert_eq!((c.office, c.valid, c.kind), (Some(CN), true, Some(Application)));
        let c = validate("ZL 88201465.X", None);
        assert_eq!((c.valid, c.kind, c.normalized.as_deref()), (true, Some(Patent), Some("ZL88201465.X")));
        assert!(validate("CN88201465X", None).valid);
        assert_eq!(type_digit("ZL201710601862.3"), Some('1'));
        assert_eq!(type_digit("88201465.X"), Some('2'));
    }

    #[test]
    fn wrong_check_characters_and_forms() {
        let c = validate("201710601862.4", None);
        assert!(!c.valid && c.wrong_check_digit, "{c:?}");
        assert!(c.problem.as_deref().is_some_and(|p| p.contains("is 3, not 4")));
        for text in ["CN201750601862.3", "CN 1999106018623", "CN12345"] {
            assert!(!validate(text, None).valid, "{text}");
        }
        let c = validate("CN 112345678 A", None);
        assert_eq!((c.valid, c.kind, c.normalized.as_deref()), (true, Some(Publication), Some("CN112345678")));
        assert!(validate("200880114428", Some(CN)).valid, "without its check character when the office is known");
    }
}

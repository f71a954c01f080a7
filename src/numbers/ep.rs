//! EPO numbers. An application number is eight digits (the year of filing, two digits, and a serial number) and a
//! check digit after a full stop: `21204983.7` (EPO Guidelines A-II, 1.7). A publication (and the patent granted on
//! it) has seven digits and a kind code: `EP 1234567 A1`, `EP 1234567 B1`.
//!
//! The check digit (confirmed by EPO OPS support): the eight digits are weighted 1, 2, 1, 2, …
//! from the left, the digits of the products are added up, and the check digit brings the sum to a multiple of ten.
//! The EPO states it for numbers from 2002; the older numbers tested pass too.

use super::{digits, Compact, NumberKind, Reading};
use crate::message::{message, Message};

pub(crate) const FORMAT: Message = Message::term("ep-application-eight-digits");

/// The check digit of an eight-digit application number.
#[must_use]
pub fn check_digit(body: &str) -> Option<u8> {
    if body.len() != 8 || !digits(body) {
        return None;
    }
    let sum: u32 = body
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            let product = u32::from(b - b'0') * if i % 2 == 0 { 1 } else { 2 };
            product / 10 + product % 10
        })
        .sum();
    u8::try_from((10 - sum % 10) % 10).ok()
}

pub(crate) fn read(compact: &Compact, hint: Option<NumberKind>) -> Reading {
    let body = compact.body.as_str();
    if compact.era.is_some() {
        return Reading::Foreign;
    }
    // Application: 21204983.7 (also written without the full stop, or without the check digit when the office is known).
    let (number, check): (&str, Option<&str>) = match body.split_once('.') {
        Some((number, check)) => (number, Some(check)),
        None if body.len() == 9 && digits(body) && compact.named => (&body[..8], Some(&body[8..])),
        None => (body, None),
    };
    if number.len() == 8 && digits(number) && (check.is_some() || compact.named) {
        let Some(expected) = check_digit(number) else { return Reading::Foreign };
        return match check {
            None => Reading::Valid { kind: Some(NumberKind::Application), normalized: number.to_string() },
            Some(given) if given == expected.to_string() => {
                Reading::Valid { kind: Some(NumberKind::Application), normalized: format!("{number}.{expected}") }
            }
            Some(given) if given.len() == 1 && digits(given) => Reading::Invalid {
                kind: Some(NumberKind::Application),
                normalized: Some(format!("{number}.{given}")),
                problem: message!("ep-check-digit-application", number = number, expected = expected, given = given),
                check_digit: true,
            },
            Some(given) => {
                Reading::invalid(Some(NumberKind::Application), message!("ep-application-number-ends", given = given))
            }
        };
    }
    // Publication or patent: EP1234567, with the kind code telling which.
    if compact.office == Some(crate::office::Office::EP) && body.len() == 7 && digits(body) {
        let kind = compact.kind.or(match hint {
            Some(NumberKind::Application) | None => None,
            other => other,
        });
        return Reading::Valid { kind, normalized: format!("EP{body}") };
    }
    if compact.named {
        return Reading::invalid(hint, message!("ep-not-number", number = body, format = FORMAT));
    }
    Reading::Foreign
}

#[cfg(test)]
mod tests {
    use super::check_digit;
    use crate::numbers::{validate, NumberKind::*};
    use crate::office::Office::EP;

    /// the EPO's, kryptografie.de's, epoline's, the EPO forum's and J 5/23's examples.
    #[test]
    fn catalog_check_digit_vectors() {
        for (body, digit) in
            [("99403122", 7), ("16839078", 9), ("99100026", 6), ("99203729", 1), ("21204983", 7), ("05255002", 7)]
        {
            assert_eq!(check_digit(body), Some(digit), "{body}");
            let c = validate(&format!("{body}.{digit}"), None);
            assert!(c.valid && c.office == Some(EP), "{body}: {c:?}");
        }
        assert_eq!(check_digit("1234567"), None);
    }

    #[test]
    fn a_wrong_check_digit_is_reported() {
        let c = validate("EP 21 204 983.5", None);
        assert!(!c.valid && c.wrong_check_digit, "{c:?}");
        assert!(c.problem.as_deref().is_some_and(|p| p.contains("is 7, not 5")));
        let c = validate("21123456.7", Some(EP));
        assert!(!c.valid && c.wrong_check_digit, "21123456 has check digit 2");
    }

    #[test]
    fn publications_and_patents() {
        let c = validate("EP 1 234 567 B1", None);
        assert_eq!((c.valid, c.kind, c.normalized.as_deref()), (true, Some(Patent), Some("EP1234567")));
        let c = validate("EP1234567A1", None);
        assert_eq!(c.kind, Some(Publication));
        assert!(validate("21204983", Some(EP)).valid, "without its check digit when the office is known");
        assert!(!validate("EP 123456", None).valid);
    }
}

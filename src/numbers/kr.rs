//! KIPO numbers (EPO's Korean numbering page). An application number is the right type, the
//! year and a seven-digit serial number, `10-2021-0123456`; the publication has the same form; a registered patent
//! is the right type and seven digits, `10-1234567`. Right types: 10 patent, 20 utility model, 30 design (40 is a
//! trademark). No check digit.

use super::{digits, number, Compact, NumberKind, Reading};
use crate::message::{message, Message};

pub(crate) const FORMAT: Message = Message::term("kr-application-publication-right");

/// What the right-type code says, when it is not one of a patent, utility model or design.
fn right_type_problem(code: &str) -> Option<Message> {
    match code {
        "10" | "20" | "30" => None,
        "40" => Some(message!("kr-40-kipo-code")),
        other => Some(message!("kr-not-kipo-right", code = other)),
    }
}

pub(crate) fn read(compact: &Compact, hint: Option<NumberKind>) -> Reading {
    let body = compact.body.as_str();
    if compact.era.is_some() {
        return Reading::Foreign;
    }
    let parts: Vec<&str> = body.split('-').collect();
    let parts: Vec<&str> = match parts.as_slice() {
        [all] if all.len() == 13 && digits(all) => vec![&all[..2], &all[2..6], &all[6..]],
        [all] if all.len() == 9 && digits(all) && compact.named => vec![&all[..2], &all[2..]],
        _ => parts,
    };
    if !parts.iter().all(|p| digits(p)) {
        return if compact.named {
            Reading::invalid(hint, message!("kr-not-kipo-number", number = body, format = FORMAT))
        } else {
            Reading::Foreign
        };
    }
    match parts.as_slice() {
        [right, year, serial] if right.len() == 2 && year.len() == 4 && serial.len() == 7 => {
            let kind = match hint {
                Some(NumberKind::Patent) => None,
                other => other,
            };
            if let Some(problem) = right_type_problem(right) {
                return Reading::invalid(kind, problem);
            }
            if !number(year).is_some_and(|y| (1948..=2099).contains(&y)) {
                return Reading::invalid(kind, message!("kr-cannot-year-kipo", year = *year));
            }
            Reading::Valid { kind, normalized: format!("{right}-{year}-{serial}") }
        }
        [right, serial] if right.len() == 2 && serial.len() == 7 => {
            if let Some(problem) = right_type_problem(right) {
                return Reading::invalid(Some(NumberKind::Patent), problem);
            }
            Reading::Valid { kind: Some(NumberKind::Patent), normalized: format!("{right}-{serial}") }
        }
        _ if compact.named || parts.len() == 3 => {
            Reading::invalid(hint, message!("kr-not-kipo-number", number = body, format = FORMAT))
        }
        _ => Reading::Foreign,
    }
}

#[cfg(test)]
mod tests {
    use crate::numbers::{validate, NumberKind::*};
    use crate::office::Office::KR;

    #[test]
    fn applications_and_registrations() {
        let c = validate("10-2021-0123456", None);
        assert_eq!((c.office, c.valid, c.normalized.as_deref()), (Some(KR), true, Some("10-2021-0123456")));
        let c = validate("KR 1020210123456", None);
        assert_eq!(c.normalized.as_deref(), Some("10-2021-0123456"));
        let c = validate("KR 10-1234567 B1", None);
        assert_eq!((c.valid, c.kind, c.normalized.as_deref()), (true, Some(Patent), Some("10-1234567")));
        assert!(validate("101234567", Some(KR)).valid);
    }

    #[test]
    fn wrong_types_and_shapes() {
        for text in ["40-2021-0123456", "11-2021-0123456", "10-2021-012345", "10-3021-0123456"] {
            let c = validate(text, None);
            assert!(!c.valid && c.office == Some(KR), "{text}: {c:?}");
        }
    }
}

//! PCT numbers. An international application number is `PCT/`, the ST.3 code of the receiving Office, the year and
//! a six-digit serial number: `PCT/US2021/012345` (PCT Administrative Instructions, Section 307; before 2004 the
//! year had two digits and the serial number five: `PCT/JP99/00012`). An international publication number is `WO`,
//! the year and a six-digit serial number: `WO 2021/123456` (Section 404; before 2004 two year digits, and five
//! serial digits before July 2002). No check digit.

use super::{digits, number, Compact, NumberKind, Reading};
use crate::message::{message, Message};
use crate::office::Office;

pub(crate) const FORMAT: Message = Message::term("wo-international-application-pct");

/// Year and serial number, with or without the slash: `2021/012345`, `2021012345`, `99/00012`.
fn year_and_serial(text: &str, new_serial: usize, old_serials: &[usize]) -> Option<(String, String)> {
    let (year, serial) = match text.split_once('/') {
        Some(parts) => parts,
        None if text.len() == 4 + new_serial => text.split_at_checked(4)?,
        None => old_serials.iter().find(|&&n| text.len() == 2 + n).and_then(|_| text.split_at_checked(2))?,
    };
    let ok = digits(year)
        && digits(serial)
        && ((year.len() == 4 && serial.len() == new_serial)
            || (year.len() == 2 && old_serials.contains(&serial.len())));
    ok.then(|| (year.to_string(), serial.to_string()))
}

/// Whether a PCT year is possible: 1978 on for four digits; two digits only before 2004.
fn possible_year(year: &str) -> bool {
    match (year.len(), number(year)) {
        (4, Some(y)) => (2004..=2099).contains(&y),
        (2, Some(y)) => y >= 78 || y <= 3,
        _ => false,
    }
}

pub(crate) fn read(compact: &Compact, hint: Option<NumberKind>) -> Reading {
    let body = compact.body.as_str();
    if compact.era.is_some() {
        return Reading::Foreign;
    }
    let publication = compact.office == Some(Office::WO) && compact.kind == Some(NumberKind::Publication);
    if publication {
        return match year_and_serial(body, 6, &[5, 6]) {
            Some((year, serial)) if possible_year(&year) => {
                Reading::Valid { kind: Some(NumberKind::Publication), normalized: format!("WO{year}/{serial}") }
            }
            Some((year, _)) => {
                Reading::invalid(Some(NumberKind::Publication), message!("wo-not-possible-year", year = year))
            }
            None => Reading::invalid(
                Some(NumberKind::Publication),
                message!("wo-not-publication-number", number = body, format = FORMAT),
            ),
        };
    }
    // International application: US2021/012345 after `PCT/` (the prefix may be missing when the office is known).
    let (office_code, rest) = body.split_at_checked(2).unwrap_or(("", body));
    let looks_like = office_code.len() == 2 && office_code.bytes().all(|b| b.is_ascii_uppercase());
    if !looks_like || !(compact.office == Some(Office::WO) || rest.contains('/')) {
        return if compact.named {
            Reading::invalid(hint, message!("wo-not-pct-number", number = body, format = FORMAT))
        } else {
            Reading::Foreign
        };
    }
    let kind = Some(NumberKind::Application);
    let Some((year, serial)) = year_and_serial(rest.trim_start_matches('/'), 6, &[5]) else {
        return Reading::invalid(kind, message!("wo-pct-not-pct", number = body, format = FORMAT));
    };
    if !crate::st3::is_receiving_office(office_code) {
        return Reading::invalid(kind, message!("wo-not-code-pct", code = office_code));
    }
    if !possible_year(&year) {
        return Reading::invalid(kind, message!("wo-not-possible-year-pct", year = year));
    }
    Reading::Valid { kind, normalized: format!("PCT/{office_code}{year}/{serial}") }
}

#[cfg(test)]
mod tests {
    use crate::numbers::{validate, NumberKind::*};
    use crate::office::Office::WO;

    #[test]
    fn applications_and_publications() {
        for (text, kind, normalized) in [
            ("PCT/US2021/012345", Application, "PCT/US2021/012345"),
            ("pct/us2021/012345", Application, "PCT/US2021/012345"),
            ("PCT US 2021 012345", Application, "PCT/US2021/012345"),
            ("PCT/JP99/00012", Application, "PCT/JP99/00012"),
            ("PCT/IB2020/054321", Application, "PCT/IB2020/054321"),
            ("WO 2004/123456 A1", Publication, "WO2004/123456"),
            ("WO 99/12345", Publication, "WO99/12345"),
        ] {
            let c = validate(text, None);
            assert!(c.valid, "{text}: {c:?}");
            assert_eq!((c.office, c.kind, c.normalized.as_deref()), (Some(WO), Some(kind), Some(normalized)), "{text}");
        }
    }

    #[test]
    fn wrong_offices_years_and_shapes() {
        for text in ["PCT/XX2021/012345", "PCT/US2003/012345", "PCT/US2021/12345", "WO 2021/12345", "PCT/US21"] {
            let c = validate(text, None);
            assert!(!c.valid && c.office == Some(WO), "{text}: {c:?}");
        }
    }
}

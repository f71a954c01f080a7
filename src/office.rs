//! The six offices patlint checks against, and dates used by date-dependent rules.

use crate::message::Message;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Declares `Office`, one variant per code, and `Office::ALL`, the variants in order: no variant can be left out of
/// `ALL`, whose length sizes `OFFICES`, so every office (however it was made: parsed, or deserialised from a
/// report) has its row.
macro_rules! offices {
    ($($code:ident),* $(,)?) => {
        /// A patent office (or the PCT international phase, `WO`), by its WIPO ST.3 code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
        pub enum Office {
            $($code),*
        }

        impl Office {
            /// Every office, in the order reports list them.
            pub const ALL: [Office; [$(stringify!($code)),*].len()] = [$(Office::$code),*];
        }
    };
}

offices!(US, EP, JP, KR, CN, WO);

/// What patlint knows of an office beyond the rules: one row of [`OFFICES`].
struct OfficeRow {
    /// The ST.3 code.
    code: &'static str,
    /// The name users know it by.
    name: &'static str,
    /// How findings name it inside a sentence (a term of the catalogue, messages/*.ftl).
    in_sentence: Message,
}

/// Each office, in the order of `Office`'s variants: a new office is a code in `offices!` and a row.
static OFFICES: [OfficeRow; Office::ALL.len()] = [
    OfficeRow { code: "US", name: "USPTO", in_sentence: Message::term("office-uspto") },
    OfficeRow { code: "EP", name: "EPO", in_sentence: Message::term("office-epo") },
    OfficeRow { code: "JP", name: "JPO", in_sentence: Message::term("office-jpo") },
    OfficeRow { code: "KR", name: "KIPO", in_sentence: Message::term("office-kipo") },
    OfficeRow { code: "CN", name: "CNIPA", in_sentence: Message::term("office-cnipa") },
    OfficeRow { code: "WO", name: "PCT (WIPO)", in_sentence: Message::term("office-pct") },
];

impl Office {
    fn about(self) -> &'static OfficeRow {
        &OFFICES[self as usize]
    }

    /// Every office's code, for messages: `US, EP, JP, KR, CN, WO`.
    #[must_use]
    pub fn codes() -> String {
        Office::ALL.map(Office::code).join(", ")
    }

    /// The ST.3 code, e.g. `"EP"`.
    #[must_use]
    pub fn code(self) -> &'static str {
        self.about().code
    }

    /// The office's name as users know it.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.about().name
    }

    /// The office as findings name it inside a sentence: "the USPTO", "KIPO", "the PCT" (a term of the catalogue,
    /// messages/*.ftl: each office by its acronym, and the reader's own office in the reader's language).
    #[must_use]
    pub fn in_sentence(self) -> Message {
        self.about().in_sentence.clone()
    }

    /// Parses an ST.3 code, case-insensitively; `PCT` is accepted for `WO`.
    #[must_use]
    pub fn parse(code: &str) -> Option<Office> {
        let code = code.trim().to_ascii_uppercase();
        let code = if code == "PCT" { "WO" } else { code.as_str() };
        Office::ALL.into_iter().find(|office| office.code() == code)
    }
}

impl fmt::Display for Office {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A calendar date, as used for filing dates and for the dates from which a rule applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date known to be valid (used for constants in rule data).
    #[must_use]
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// Parses `YYYY-MM-DD`, rejecting dates that do not exist (2023-02-29).
    #[must_use]
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year: u16 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=9999).contains(&year).then_some(())?;
        (1..=days_in_month).contains(&day).then_some(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a date of the form YYYY-MM-DD")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(Date::parse("2022-04-01"), Some(Date::ymd(2022, 4, 1)));
        assert_eq!(Date::parse("2024-02-29"), Some(Date::ymd(2024, 2, 29)));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2023-13-01"), None);
        assert_eq!(Date::parse("yesterday"), None);
    }

    #[test]
    fn office_codes_round_trip() {
        for office in Office::ALL {
            assert_eq!(Office::parse(office.code()), Some(office));
            // Each office's row is its own: the variants are named by their codes.
            assert_eq!(format!("{office:?}"), office.code());
        }
        assert_eq!(Office::parse("pct"), Some(Office::WO));
    }
}

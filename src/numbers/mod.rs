//! Application, patent and publication numbers of the six offices: their formats, check digits (EP, CN) and the
//! common ways people write them (`16/123,456`, `EP 21 123 456.7`, `特願2021-123456`, `10-2021-0123456`,
//! `PCT/US2021/012345`, full-width digits, kind codes such as `B2`).
//!
//! [`validate`] reads a number, for a given office or by its form alone, and says whose number it is, of what kind,
//! how the office writes it, and whether it is valid. One file per office holds that office's formats; this file
//! turns what people type into a compact form and decides between offices.
//!
//! Formats and check digits are the offices' (their worked check-digit examples are the test vectors
//! below). Normalised forms: US `16/123,456`, `11,147,202`, `D452,599`, `2021/0049351`; EP `21204983.7`,
//! `EP1234567`; JP `2021-123456`, `平11-123456`, `7123456`; KR `10-2021-0123456`, `10-1234567`; CN
//! `201710601862.3`, `ZL201710601862.3`, `CN112345678`; PCT `PCT/US2021/012345`, `WO2021/123456`.

pub mod cn;
pub mod ep;
pub mod jp;
pub mod kr;
pub mod us;
pub mod wo;

use crate::message::{message, List, Message};
use crate::office::Office;
use serde::{Deserialize, Serialize};

/// What a number identifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum NumberKind {
    Application,
    /// A granted patent (or registered utility model or design).
    Patent,
    Publication,
}

impl NumberKind {
    /// The word for messages.
    #[must_use]
    pub fn word(self) -> &'static str {
        match self {
            NumberKind::Application => "application",
            NumberKind::Patent => "patent",
            NumberKind::Publication => "publication",
        }
    }

    /// Parses `application`, `patent` or `publication`, case-insensitively.
    #[must_use]
    pub fn parse(text: &str) -> Option<NumberKind> {
        match text.trim().to_ascii_lowercase().as_str() {
            "application" => Some(NumberKind::Application),
            "patent" => Some(NumberKind::Patent),
            "publication" => Some(NumberKind::Publication),
            _ => None,
        }
    }
}

/// What [`validate`] found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NumberCheck {
    /// The office whose numbering the number follows; `None` when that cannot be told.
    pub office: Option<Office>,
    /// What the number identifies, when its form tells (a JP `2021-123456` may be an application or its
    /// publication: `None` unless written `特願` or `特開` or given).
    pub kind: Option<NumberKind>,
    /// The number as its office writes it.
    pub normalized: Option<String>,
    pub valid: bool,
    /// Why the number is not valid, in words for a paralegal (in English).
    pub problem: Option<String>,
    /// [`NumberCheck::problem`] as its id and values, to show it in any language (messages/index.js).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "MessageTemplate | null"))]
    pub problem_template: Option<Message>,
    /// The number is well formed but its check digit is wrong (EP, CN).
    #[serde(skip)]
    pub wrong_check_digit: bool,
}

impl NumberCheck {
    /// A number of an office whose numbers patlint does not read: taken as written, not judged.
    fn not_read(text: &str, office: Office, kind: Option<NumberKind>) -> Self {
        NumberCheck {
            office: Some(office),
            kind,
            normalized: Some(text.trim().to_string()),
            valid: true,
            problem: None,
            problem_template: None,
            wrong_check_digit: false,
        }
    }

    fn unknown(problem: Message) -> Self {
        NumberCheck {
            office: None,
            kind: None,
            normalized: None,
            valid: false,
            problem: Some(crate::message::english(&problem)),
            problem_template: Some(problem),
            wrong_check_digit: false,
        }
    }
}

/// What one office's reader makes of a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Not written like a number of this office.
    Foreign,
    Valid {
        kind: Option<NumberKind>,
        normalized: String,
    },
    /// Written like a number of this office, but wrong.
    Invalid {
        kind: Option<NumberKind>,
        normalized: Option<String>,
        problem: Message,
        check_digit: bool,
    },
}

impl Reading {
    fn invalid(kind: Option<NumberKind>, problem: Message) -> Reading {
        Reading::Invalid { kind, normalized: None, problem, check_digit: false }
    }

    fn into_check(self, numbering: &Numbering) -> NumberCheck {
        let office = numbering.office;
        match self {
            Reading::Foreign => NumberCheck {
                office: Some(office),
                ..NumberCheck::unknown(message!(
                    "numbers-not-written",
                    office = office.code(),
                    format = numbering.format.clone()
                ))
            },
            Reading::Valid { kind, normalized } => NumberCheck {
                office: Some(office),
                kind,
                normalized: Some(normalized),
                valid: true,
                problem: None,
                problem_template: None,
                wrong_check_digit: false,
            },
            Reading::Invalid { kind, normalized, problem, check_digit } => NumberCheck {
                office: Some(office),
                kind,
                normalized,
                valid: false,
                problem: Some(crate::message::english(&problem)),
                problem_template: Some(problem),
                wrong_check_digit: check_digit,
            },
        }
    }
}

/// A number prepared for the office readers: upper-case ASCII without spaces, with any office prefix and trailing
/// kind code taken off.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Compact {
    /// What is left of the number.
    pub body: String,
    /// The office a prefix (`EP`, `PCT/`, `特願`, `ZL`, …) names.
    pub office: Option<Office>,
    /// The kind a prefix (`特開`, `ZL`, `PCT/`, `WO`) or kind code (`B2`) names.
    pub kind: Option<NumberKind>,
    /// The kind code, e.g. `A1`, `B2`.
    pub kind_code: Option<String>,
    /// A Japanese era written before the year (`平` or `H`, `昭` or `S`).
    pub era: Option<char>,
    /// The office is known (from a prefix or the caller): a reader then says what is wrong with a number of the
    /// wrong form instead of taking it for another office's.
    pub named: bool,
}

/// Longest input read; a number is never longer.
const MAX_CHARS: usize = 64;

/// Reads a number written for `office` (or, without one, by its form alone).
#[must_use]
pub fn validate(text: &str, office: Option<Office>) -> NumberCheck {
    validate_with(text, office, None)
}

/// [`validate`], with the kind the number is said to be (it decides between forms several kinds share, such as a
/// bare US number of eight digits).
#[must_use]
pub fn validate_with(text: &str, office: Option<Office>, kind: Option<NumberKind>) -> NumberCheck {
    if text.chars().count() > MAX_CHARS {
        return NumberCheck::unknown(message!("numbers-characters-long-no", count = text.chars().count()));
    }
    let compact = compact(text);
    if compact.body.is_empty() && compact.office.is_none() {
        return NumberCheck::unknown(message!("numbers-number-empty"));
    }
    let hint = compact.kind.or(kind);
    // A prefix names the office whatever the caller says: `PCT/US2021/012345` listed for the US is a PCT number.
    if let Some(prefixed) = compact.office.and_then(numbering) {
        let named = Compact { named: true, ..compact };
        return (prefixed.read)(&named, hint).into_check(prefixed);
    }
    if let Some(office) = office {
        let Some(numbering) = numbering(office) else {
            return NumberCheck::not_read(text, office, kind);
        };
        let named = Compact { named: true, ..compact.clone() };
        let reading = (numbering.read)(&named, hint);
        if matches!(reading, Reading::Valid { .. }) {
            return reading.into_check(numbering);
        }
        // Not a valid number of this office, nor written like one: whose, if any one's?
        if (numbering.read)(&compact, hint) == Reading::Foreign {
            if let [(other, Reading::Valid { .. })] = sniff(&compact, hint).as_slice() {
                return (other.read)(&compact, hint).into_check(other);
            }
        }
        return reading.into_check(numbering);
    }
    let readings = sniff(&compact, hint);
    let valid: Vec<&Numbering> =
        readings.iter().filter(|(_, r)| matches!(r, Reading::Valid { .. })).map(|(n, _)| *n).collect();
    match (valid.as_slice(), readings.as_slice()) {
        ([one], _) => (one.read)(&compact, hint).into_check(one),
        ([], [(one, reading)]) => reading.clone().into_check(one),
        ([], []) => NumberCheck::unknown(message!("numbers-not-written-like")),
        ([], several) => NumberCheck::unknown(message!(
            "numbers-not-valid-number",
            offices = list(several.iter().map(|(n, _)| n.office))
        )),
        (several, _) => NumberCheck::unknown(message!(
            "numbers-could-number-give",
            offices = list(several.iter().map(|n| n.office))
        )),
    }
}

/// "US, EP or JP".
fn list(offices: impl IntoIterator<Item = Office>) -> List {
    List::or(offices.into_iter().map(Office::code))
}

/// An office's numbers: how it writes them, for messages (a clause such as "an application is …, a patent …"), and
/// what its reader makes of a number.
struct Numbering {
    office: Office,
    format: Message,
    read: fn(&Compact, Option<NumberKind>) -> Reading,
}

/// Each office whose numbers patlint reads (one file each). A number of an office without one is not checked.
static NUMBERINGS: [Numbering; 6] = [
    Numbering { office: Office::US, format: us::FORMAT, read: us::read },
    Numbering { office: Office::EP, format: ep::FORMAT, read: ep::read },
    Numbering { office: Office::JP, format: jp::FORMAT, read: jp::read },
    Numbering { office: Office::KR, format: kr::FORMAT, read: kr::read },
    Numbering { office: Office::CN, format: cn::FORMAT, read: cn::read },
    Numbering { office: Office::WO, format: wo::FORMAT, read: wo::read },
];

fn numbering(office: Office) -> Option<&'static Numbering> {
    NUMBERINGS.iter().find(|numbering| numbering.office == office)
}

/// Every office whose form the number has, with what that office's reader makes of it.
fn sniff(compact: &Compact, hint: Option<NumberKind>) -> Vec<(&'static Numbering, Reading)> {
    NUMBERINGS
        .iter()
        .map(|numbering| (numbering, (numbering.read)(compact, hint)))
        .filter(|(_, reading)| *reading != Reading::Foreign)
        .collect()
}

/// Full-width forms to ASCII, dashes to `-`, middle dots to `.`, spaces removed, upper case.
fn fold(text: &str) -> String {
    text.chars()
        .filter_map(|c| {
            let c = match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
                '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{30FC}' => '-',
                '\u{00B7}' | '\u{30FB}' | '\u{2024}' | '\u{3002}' => '.',
                _ => c,
            };
            (!c.is_whitespace()).then(|| c.to_ascii_uppercase())
        })
        .collect()
}

/// Words that name the office (and kind) before a number, longest first where one is the start of another.
const PREFIXES: &[(&str, Office, Option<NumberKind>)] = &[
    ("特願", Office::JP, Some(NumberKind::Application)),
    ("実願", Office::JP, Some(NumberKind::Application)),
    ("意願", Office::JP, Some(NumberKind::Application)),
    ("特開", Office::JP, Some(NumberKind::Publication)),
    ("特表", Office::JP, Some(NumberKind::Publication)),
    ("再表", Office::JP, Some(NumberKind::Publication)),
    ("実開", Office::JP, Some(NumberKind::Publication)),
    ("特許第", Office::JP, Some(NumberKind::Patent)),
    ("特許", Office::JP, Some(NumberKind::Patent)),
    ("実登", Office::JP, Some(NumberKind::Patent)),
    ("专利号", Office::CN, Some(NumberKind::Patent)),
    ("申请号", Office::CN, Some(NumberKind::Application)),
    ("ZL", Office::CN, Some(NumberKind::Patent)),
    ("PCT/", Office::WO, Some(NumberKind::Application)),
    ("PCT", Office::WO, Some(NumberKind::Application)),
    ("WO", Office::WO, Some(NumberKind::Publication)),
    ("EP", Office::EP, None),
    ("US", Office::US, None),
    ("JP", Office::JP, None),
    ("KR", Office::KR, None),
    ("CN", Office::CN, None),
];

/// Prepares what people type for the office readers.
pub(crate) fn compact(text: &str) -> Compact {
    let mut body = fold(text);
    let mut out = Compact::default();
    // `No.` / `No` before the number.
    for lead in ["NO.", "NO:", "#"] {
        if let Some(rest) = body.strip_prefix(lead) {
            body = rest.to_string();
        }
    }
    for (prefix, office, kind) in PREFIXES {
        if let Some(rest) = body.strip_prefix(prefix) {
            // `CN` followed by `ZL`, `JP` by `特願`: the inner word says more.
            let rest = rest.strip_prefix(['.', ':', '-']).unwrap_or(rest).to_string();
            out.office = Some(*office);
            out.kind = *kind;
            body = rest;
            if matches!(prefix, &"CN" | &"JP") {
                if let Some((inner, office, kind)) =
                    PREFIXES.iter().find(|(p, o, _)| o == office && body.starts_with(p))
                {
                    body = body[inner.len()..].to_string();
                    out.office = Some(*office);
                    out.kind = *kind;
                }
            }
            break;
        }
    }
    // `特許第7123456号`
    if let Some(rest) = body.strip_suffix('号') {
        body = rest.to_string();
    }
    // A Japanese era before the year.
    for (marks, era) in [(&["平", "H"][..], '平'), (&["昭", "S"][..], '昭')] {
        if out.office != Some(Office::US) {
            if let Some(rest) = marks.iter().find_map(|m| body.strip_prefix(m)) {
                if rest.starts_with(|c: char| c.is_ascii_digit())
                    && (out.office == Some(Office::JP) || rest.contains('-'))
                {
                    out.era = Some(era);
                    body = rest.to_string();
                }
            }
        }
    }
    // A kind code after the digits: `B2`, `A1`, `A`, `U`.
    let bytes = body.as_bytes();
    let code_len = match bytes {
        [.., d, l, n] if d.is_ascii_digit() && l.is_ascii_uppercase() && n.is_ascii_digit() => 2,
        [.., d, l] if d.is_ascii_digit() && l.is_ascii_uppercase() => 1,
        _ => 0,
    };
    if code_len > 0 {
        let at = body.len() - code_len;
        let code = body[at..].to_string();
        out.kind = out.kind.or(kind_of_code(&code, out.office));
        out.kind_code = Some(code);
        body.truncate(at);
    }
    out.body = body;
    out
}

/// The kind a kind code names: `A…` publications, `B…`, `C…` (and CN `U`, `Y`, `S`) grants.
fn kind_of_code(code: &str, office: Option<Office>) -> Option<NumberKind> {
    match code.chars().next()? {
        'A' => Some(NumberKind::Publication),
        'B' | 'C' => Some(NumberKind::Patent),
        'U' | 'Y' | 'S' | 'E' if office != Some(Office::WO) => Some(NumberKind::Patent),
        _ => None,
    }
}

/// Whether every character is an ASCII digit (and there is one).
pub(crate) fn digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// The number `text` stands for, when it is all digits and fits.
pub(crate) fn number(text: &str) -> Option<u32> {
    digits(text).then(|| text.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::office::Office::*;

    fn check(text: &str, office: Option<Office>) -> (Option<Office>, Option<NumberKind>, Option<String>, bool) {
        let c = validate(text, office);
        (c.office, c.kind, c.normalized, c.valid)
    }

    #[test]
    fn reads_the_forms_people_write() {
        use NumberKind::*;
        assert_eq!(check("16/123,456", None), (Some(US), Some(Application), Some("16/123,456".into()), true));
        assert_eq!(check("EP 21 204 983.7", None), (Some(EP), Some(Application), Some("21204983.7".into()), true));
        assert_eq!(check("特願2021-123456", None), (Some(JP), Some(Application), Some("2021-123456".into()), true));
        assert_eq!(check("10-2021-0123456", None).0, Some(KR));
        assert!(check("10-2021-0123456", None).3);
        assert_eq!(
            check("PCT/US2021/012345", None),
            (Some(WO), Some(Application), Some("PCT/US2021/012345".into()), true)
        );
        assert_eq!(check("ＰＣＴ／ＵＳ２０２１／０１２３４５", None).2.as_deref(), Some("PCT/US2021/012345"));
        assert_eq!(check("US 11,147,202 B2", None), (Some(US), Some(Patent), Some("11,147,202".into()), true));
        assert_eq!(check("WO 2004/123456 A1", None), (Some(WO), Some(Publication), Some("WO2004/123456".into()), true));
        assert_eq!(check("CN 201710601862.3", None).2.as_deref(), Some("201710601862.3"));
        assert_eq!(check("ZL88201465.X", None), (Some(CN), Some(Patent), Some("ZL88201465.X".into()), true));
        assert_eq!(check("特許第7123456号", None), (Some(JP), Some(Patent), Some("7123456".into()), true));
    }

    #[test]
    fn an_office_prefix_overrides_the_office_given() {
        let c = validate("PCT/US2021/012345", Some(US));
        assert_eq!((c.office, c.valid), (Some(WO), true));
        let c = validate("21204983.7", Some(JP));
        assert_eq!((c.office, c.valid), (Some(EP), true), "an EP number listed under JP is found out");
    }

    #[test]
    fn bare_digits_several_offices_share_are_ambiguous() {
        let c = validate("7123456", None);
        assert!(!c.valid && c.office.is_none());
        assert!(c.problem.as_deref().is_some_and(|p| p.contains("could be a number of")), "{c:?}");
        assert!(validate("7123456", Some(JP)).valid);
    }

    /// Every short string over characters that matter to the readers, and pseudo-random longer ones, for every
    /// office: no panic, and a valid number always has its normalised form.
    #[test]
    fn no_input_panics() {
        const ALPHABET: &[char] = &[
            '0', '1', '2', '9', '/', '-', '.', ',', 'X', 'P', 'C', 'T', 'E', 'U', 'S', 'W', 'O', 'Z', 'L', 'H', 'D',
            'R', '特', '願', '平', '号', ' ', 'Ａ', '１',
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut inputs: Vec<String> = Vec::new();
        for a in ALPHABET {
            for b in ALPHABET {
                for c in ALPHABET {
                    inputs.push([*a, *b, *c].iter().collect());
                }
            }
        }
        for _ in 0..20_000 {
            let len = 4 + usize::try_from(next() % 14).unwrap_or(0);
            let pick = |n: u64| ALPHABET[usize::try_from(n).unwrap_or(0) % ALPHABET.len()];
            inputs.push((0..len).map(|_| pick(next())).collect());
        }
        let offices: Vec<Option<Office>> = std::iter::once(None).chain(Office::ALL.into_iter().map(Some)).collect();
        for input in &inputs {
            for office in &offices {
                let c = validate(input, *office);
                assert!(!c.valid || c.normalized.is_some(), "{input:?}: {c:?}");
            }
        }
    }

    #[test]
    fn garbage_is_invalid_not_a_panic() {
        for text in
            ["", "   ", "abc", "////", "特願", "PCT/", "EP.", "号", "H", "平-", &"9".repeat(100), "ZL.X", "\u{FF10}"]
        {
            let c = validate(text, None);
            assert!(!c.valid, "{text:?}: {c:?}");
            for office in Office::ALL {
                let _ = validate(text, Some(office));
            }
        }
    }
}

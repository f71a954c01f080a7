//! WIPO Standard ST.3 two-letter codes: states (ISO 3166-1 alpha-2, which ST.3 follows) and the codes ST.3 gives
//! to intergovernmental organisations. Used for the countries of parties and the receiving Office in PCT numbers.
//!
//! The list of states is ISO 3166-1 as officially assigned; ST.3's own table was read only in a secondary
//! reproduction (grade C), so a code missing here is reported as a warning, never an error.

use crate::message::{message, Message};

/// Every officially assigned ISO 3166-1 alpha-2 code, sorted.
const STATES: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD",
    "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA",
    "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE",
    "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA",
    "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK",
    "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP",
    "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT",
    "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS",
    "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ",
    "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS",
    "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST",
    "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW",
    "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA",
    "ZM", "ZW",
];

/// ST.3 codes of intergovernmental organisations (offices, not countries).
const ORGANISATIONS: &[(&str, Message)] = &[
    ("AP", Message::term("st3-african-regional-intellectual")),
    ("BX", Message::term("st3-benelux-office-intellectual")),
    ("EA", Message::term("st3-eurasian-patent-organization")),
    ("EM", Message::term("st3-european-union-intellectual")),
    ("EP", Message::term("st3-european-patent-office")),
    ("GC", Message::term("st3-patent-office-gulf")),
    ("IB", Message::term("st3-international-bureau-wipo")),
    ("OA", Message::term("st3-african-intellectual-property")),
    ("QZ", Message::term("st3-community-plant-variety")),
    ("WO", Message::term("st3-world-intellectual-property")),
    ("XN", Message::term("st3-nordic-patent-institute")),
    ("XU", Message::term("st3-upov")),
    ("XV", Message::term("st3-visegrad-patent-institute")),
];

/// Codes of states that no longer exist, with what they stood for.
const FORMER: &[(&str, Message)] = &[
    ("CS", Message::term("st3-czechoslovakia")),
    ("DD", Message::term("st3-german-democratic-republic")),
    ("SU", Message::term("st3-soviet-union")),
    ("YU", Message::term("st3-yugoslavia")),
    ("ZR", Message::term("st3-zaire")),
];

/// Whether `code` is the ST.3 code of a state (upper case, as ST.3 writes it).
#[must_use]
pub fn is_state(code: &str) -> bool {
    STATES.binary_search(&code).is_ok()
}

/// What an ST.3 code that is not a state stands for, an organisation or a former state, as a clause for messages.
#[must_use]
pub fn not_a_state(code: &str) -> Option<Message> {
    if let Some((_, name)) = ORGANISATIONS.iter().find(|(c, _)| *c == code) {
        return Some(message!("st3-code-not-country", code = code, name = name));
    }
    FORMER.iter().find(|(c, _)| *c == code).map(|(_, name)| message!("st3-was-code", code = code, name = name))
}

/// Whether `code` may name a PCT receiving Office: a state or the International Bureau (and the regional offices that
/// act as receiving Offices).
#[must_use]
pub fn is_receiving_office(code: &str) -> bool {
    is_state(code) || matches!(code, "IB" | "EP" | "EA" | "AP" | "OA" | "XN" | "XV" | "GC")
}

/// The ST.3 code of a country written out in English capitals, as USPTO assignment data writes assignees' countries.
#[must_use]
pub fn code_of_name(name: &str) -> Option<&'static str> {
    const NAMES: &[(&str, &str)] = &[
        ("AUSTRALIA", "AU"),
        ("AUSTRIA", "AT"),
        ("BELGIUM", "BE"),
        ("BRAZIL", "BR"),
        ("CANADA", "CA"),
        ("CHINA", "CN"),
        ("DENMARK", "DK"),
        ("FINLAND", "FI"),
        ("FRANCE", "FR"),
        ("GERMANY", "DE"),
        ("HONG KONG", "HK"),
        ("INDIA", "IN"),
        ("IRELAND", "IE"),
        ("ISRAEL", "IL"),
        ("ITALY", "IT"),
        ("JAPAN", "JP"),
        ("KOREA, REPUBLIC OF", "KR"),
        ("LUXEMBOURG", "LU"),
        ("NETHERLANDS", "NL"),
        ("NORWAY", "NO"),
        ("REPUBLIC OF KOREA", "KR"),
        ("SINGAPORE", "SG"),
        ("SOUTH KOREA", "KR"),
        ("SPAIN", "ES"),
        ("SWEDEN", "SE"),
        ("SWITZERLAND", "CH"),
        ("TAIWAN", "TW"),
        ("UNITED KINGDOM", "GB"),
        ("UNITED STATES", "US"),
    ];
    let name = name.trim().to_ascii_uppercase();
    NAMES.iter().find(|(n, _)| *n == name).map(|(_, code)| *code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_list_is_iso_3166_sorted_and_complete() {
        assert_eq!(STATES.len(), 249, "ISO 3166-1 assigns 249 alpha-2 codes");
        assert!(STATES.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        for code in ["US", "JP", "KR", "CN", "DE", "TW", "HK", "MO"] {
            assert!(is_state(code), "{code}");
        }
        for code in ["EP", "WO", "XX", "us", "UK", "SU"] {
            assert!(!is_state(code), "{code}");
        }
    }

    #[test]
    fn organisations_and_former_states_are_named() {
        assert!(not_a_state("EP").is_some_and(|m| m.to_string().contains("European Patent Office")));
        assert!(not_a_state("SU").is_some_and(|m| m.to_string().contains("Soviet Union")));
        assert_eq!(not_a_state("ZZ"), None);
        assert!(ORGANISATIONS.iter().all(|(c, _)| !is_state(c)));
        assert!(is_receiving_office("IB") && is_receiving_office("US") && !is_receiving_office("WO"));
        assert_eq!(code_of_name("Korea, Republic of"), Some("KR"));
    }
}

use super::{at_element, law};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The attributes of the root element `ST26SequenceListing`: `dtdVersion` must be there (`V1_3` for the
    /// current DTD); `productionDate`, when given, is a date written `YYYY-MM-DD`; `originalFreeTextLanguageCode`
    /// and `nonEnglishFreeTextLanguageCode`, when given, are two-letter language codes (ISO 639-1). `fileName`,
    /// `softwareName` and `softwareVersion` are taken as written.
    ///
    /// ## Why it matters
    /// The root's attributes tell the office which DTD the listing follows and in which language its free text
    /// is; a listing without them fails validation.
    ///
    /// ## Legal basis
    /// ST.26, paragraph 43 (the root element) and its DTD (Annex II); 37 CFR 1.833(b)(2)(iii). Unconfirmed: the
    /// paragraph and the DTD's attribute list were not read here (which attributes the DTD requires is from the
    /// DTD as applicants' tools write it), so a warning.
    pub static RULE = Rule {
        id: "sequences/root-attribute-invalid",
        summary: "an attribute of the listing's root element is missing or malformed",
        offices: &law::standard("1.833(b)(2)(iii)", "ST.26, paragraph 43", Grade::Unconfirmed),
        examples: Examples {
            fires: &["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ST26SequenceListing productionDate=\"01/03/2024\"><ApplicantFileReference>R-1</ApplicantFileReference></ST26SequenceListing>"],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

/// `YYYY-MM-DD` with a month 01–12 and a day 01–31.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize| s.len() == len && s.chars().all(|c| c.is_ascii_digit());
    match parts[..] {
        [y, m, d] if number(y, 4) && number(m, 2) && number(d, 2) => {
            matches!(m.parse::<u32>(), Ok(1..=12)) && matches!(d.parse::<u32>(), Ok(1..=31))
        }
        _ => false,
    }
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let at = |name: &str| at_element(&format!("ST26SequenceListing/@{name}"), None);
    if listing.attribute("dtdVersion").is_none_or(|v| v.trim().is_empty()) {
        out.report(&RULE, at("dtdVersion"), message!("root-attribute-invalid"));
    }
    if let Some(date) = listing.attribute("productionDate").filter(|d| !is_date(d)) {
        out.report(
            &RULE,
            at("productionDate"),
            message!("root-attribute-invalid-productiondate-not-date", value = date),
        );
    }
    for name in ["originalFreeTextLanguageCode", "nonEnglishFreeTextLanguageCode"] {
        if let Some(code) =
            listing.attribute(name).filter(|c| c.len() != 2 || !c.chars().all(|c| c.is_ascii_lowercase()))
        {
            out.report(
                &RULE,
                at(name),
                message!("root-attribute-invalid-not-two-letter", attribute = name, value = code),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::findings;

    #[test]
    fn names_each_attribute() {
        let found = findings(super::RULE.id, "a.xml", super::RULE.examples.fires[0].as_bytes());
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "The root element has no dtdVersion attribute (V1_3 for the current DTD).",
                "productionDate 01/03/2024 is not a date written YYYY-MM-DD."
            ]
        );
        assert_eq!(found[1].location.element.as_deref(), Some("ST26SequenceListing/@productionDate"));
        assert!(super::is_date("2024-03-01") && !super::is_date("2024-13-01"));
    }
}

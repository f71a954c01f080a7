use super::{at_element, law};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the listing is XML 1.0 encoded in UTF-8 and says so in its XML declaration,
    /// `<?xml version="1.0" encoding="UTF-8"?>`: the bytes must be valid UTF-8 (a UTF-16 file, or one saved in a
    /// legacy code page, is not), and the declaration must be there with version 1.0 and encoding UTF-8.
    ///
    /// ## Why it matters
    /// Offices validate the listing against ST.26 before anything else; a file in another encoding fails that
    /// validation and the listing is treated as not filed in the standard's form (at the EPO, an invitation to
    /// furnish a compliant listing with a late furnishing fee, Rule 30(3) EPC).
    ///
    /// ## Legal basis
    /// ST.26, paragraph 39(a) (the XML declaration); 37 CFR 1.833(a) (XML 1.0 encoded using Unicode UTF-8) and
    /// 1.833(b)(2)(i). Grade B: 37 CFR 1.833 read in copies that quote the eCFR text.
    pub static RULE = Rule {
        id: "sequences/xml-declaration-invalid",
        summary: "the listing is not XML 1.0 in UTF-8 with its XML declaration",
        offices: &law::standard("1.833(a)", "ST.26, paragraph 39(a)", Grade::B),
        examples: Examples {
            fires: &["<ST26SequenceListing dtdVersion=\"V1_3\"><ApplicantFileReference>R-1</ApplicantFileReference></ST26SequenceListing>"],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let message = if listing.utf8 {
        match &listing.declaration {
            None => message!("xml-declaration-invalid"),
            Some((version, _)) if version.as_deref() != Some("1.0") => message!(
                "xml-declaration-invalid-gives-version-sequence",
                version = version.as_deref().unwrap_or("(none)")
            ),
            Some((_, encoding)) if !encoding.as_deref().is_some_and(|e| e.eq_ignore_ascii_case("UTF-8")) => message!(
                "xml-declaration-invalid-gives-encoding-sequence",
                encoding = encoding.as_deref().unwrap_or("(none)")
            ),
            Some(_) => return,
        }
    } else {
        message!("xml-declaration-invalid-listing-not-encoded")
    };
    out.report(&RULE, at_element("?xml", Some(1)), message);
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::{findings, one};

    #[test]
    fn names_the_wrong_encoding_or_version() {
        let latin = super::super::VALID.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        let finding = one(super::RULE.id, &latin);
        assert_eq!(
            finding.message,
            "The XML declaration gives the encoding ISO-8859-1; a sequence listing is encoded in UTF-8."
        );
        assert_eq!((finding.location.line, finding.location.element.as_deref()), (Some(1), Some("?xml")));
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(super::super::VALID.encode_utf16().flat_map(u16::to_le_bytes));
        let found = findings(super::RULE.id, "listing.xml", &utf16);
        assert_eq!(found[0].message, "The listing is not encoded in UTF-8; save it as UTF-8.");
    }
}

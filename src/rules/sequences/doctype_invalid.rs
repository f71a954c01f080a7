use super::{at_element, law};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The document type declaration: it must be there, name `ST26SequenceListing` and refer to WIPO's DTD by its
    /// public identifier (`<!DOCTYPE ST26SequenceListing PUBLIC "-//WIPO//DTD Sequence Listing 1.3//EN"
    /// "ST26SequenceListing_V1_3.dtd">`), with no internal subset. An internal subset that declares entities (the
    /// "billion laughs" of hostile XML among them) is named as such: patlint never reads the DTD or expands an
    /// entity, so such references stay as written and are reported where they land.
    ///
    /// ## Why it matters
    /// The listing is validated against the DTD of Annex II; a listing with another or no document type, or with
    /// declarations of its own, is not a valid ST.26 listing and is not accepted as filed in the standard's form.
    ///
    /// ## Legal basis
    /// ST.26, paragraph 39(b) (the DOCTYPE declaration); 37 CFR 1.833(b)(2)(ii) and 1.833(b)(1) (valid against the
    /// DTD of Annex II). Grade B: 37 CFR 1.833 read in copies that quote the eCFR text.
    pub static RULE = Rule {
        id: "sequences/doctype-invalid",
        summary: "the listing's DOCTYPE declaration is missing or is not ST.26's",
        offices: &law::standard("1.833(b)(2)(ii)", "ST.26, paragraph 39(b)", Grade::B),
        examples: Examples {
            fires: &["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE ST26SequenceListing [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<ST26SequenceListing dtdVersion=\"V1_3\"><ApplicantFileReference>&b;</ApplicantFileReference></ST26SequenceListing>"],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let Some(doctype) = listing.doctype.as_deref() else {
        let message = message!("doctype-invalid");
        out.report(&RULE, at_element("!DOCTYPE", None), message);
        return;
    };
    let name = doctype.split_whitespace().next().unwrap_or_default().trim_end_matches('[');
    let message = if name != "ST26SequenceListing" {
        message!("doctype-invalid-names-not-st26sequencelisting", name = name)
    } else if doctype.contains('[') && doctype.contains("<!ENTITY") {
        message!("doctype-invalid-declares-entities-own")
    } else if doctype.contains('[') {
        message!("doctype-invalid-has-internal-subset")
    } else if !doctype.contains("PUBLIC") || !doctype.to_ascii_lowercase().contains("-//wipo//dtd sequence listing") {
        message!("doctype-invalid-does-not-refer")
    } else {
        return;
    };
    out.report(&RULE, at_element("!DOCTYPE", None), message);
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn says_what_is_wrong_with_the_doctype() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert!(finding.message.starts_with("The DOCTYPE declares entities of its own"), "{}", finding.message);
        assert_eq!(finding.location.element.as_deref(), Some("!DOCTYPE"));
        let none = super::super::VALID.replace(
            "<!DOCTYPE ST26SequenceListing PUBLIC \"-//WIPO//DTD Sequence Listing 1.3//EN\" \"ST26SequenceListing_V1_3.dtd\">",
            "",
        );
        assert!(one(super::RULE.id, &none).message.starts_with("The listing has no DOCTYPE declaration"));
    }
}

use super::{at_element, law};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The general information part: the application is identified by `ApplicationIdentification` or
    /// `ApplicantFileReference` (or both); `ApplicantName` is given, and when it is not written in Latin
    /// characters, `ApplicantNameLatin` too; `InventionTitle` is given. (Whether `EarliestPriorityApplicationIdentification`
    /// is needed depends on the priority claim, which the listing alone does not show; it is not checked.)
    ///
    /// ## Why it matters
    /// The office matches the listing to its application by these elements; a listing without them cannot be
    /// validated and is returned or treated as not filed in the standard's form.
    ///
    /// ## Legal basis
    /// ST.26, paragraphs 45, 47 and 48 (the general information part) and the DTD of Annex II; 37 CFR
    /// 1.833(b)(2)(iv). Unconfirmed: the paragraphs' text was not read here (the elements are those of the DTD as
    /// applicants' tools write it), so a warning.
    pub static RULE = Rule {
        id: "sequences/general-information-missing",
        summary: "the listing lacks an element of its general information part",
        offices: &law::standard("1.833(b)(2)(iv)", "ST.26, paragraphs 45, 47 and 48", Grade::Unconfirmed),
        examples: Examples {
            fires: &["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ST26SequenceListing dtdVersion=\"V1_3\"><ApplicantName languageCode=\"ja\">株式会社アクメ</ApplicantName><SequenceTotalQuantity>0</SequenceTotalQuantity></ST26SequenceListing>"],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

/// Whether a name has letters outside the Latin script (Latin-1, Latin Extended A and B, Latin Extended Additional).
fn non_latin(name: &str) -> bool {
    name.chars().any(|c| c.is_alphabetic() && !(c <= '\u{024F}' || ('\u{1E00}'..='\u{1EFF}').contains(&c)))
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let reference = listing.applicant_file_reference.as_ref().is_some_and(|r| !r.text.is_empty());
    if !listing.application_identification && !reference {
        out.report(&RULE, at_element("ApplicantFileReference", None), message!("general-information-missing"));
    }
    match listing.applicant_names.first() {
        None => {
            out.report(
                &RULE,
                at_element("ApplicantName", None),
                message!("general-information-missing-listing-has-no"),
            );
        }
        Some(name) if non_latin(&name.text) && listing.applicant_names_latin.iter().all(|l| l.text.is_empty()) => {
            out.report(
                &RULE,
                at_element("ApplicantName", Some(name.line)),
                message!("general-information-missing-applicant-s-name", name = name.text.as_str()),
            );
        }
        Some(_) => {}
    }
    if listing.invention_titles.iter().all(|t| t.text.is_empty()) {
        out.report(
            &RULE,
            at_element("InventionTitle", None),
            message!("general-information-missing-listing-has-no-inventiontitle"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::findings;

    #[test]
    fn names_each_missing_element() {
        let found = findings(super::RULE.id, "a.xml", super::RULE.examples.fires[0].as_bytes());
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "The listing has neither ApplicationIdentification nor ApplicantFileReference: one of them identifies the application.",
                "The applicant's name 株式会社アクメ is not in Latin characters and ApplicantNameLatin is missing.",
                "The listing has no InventionTitle."
            ]
        );
        assert_eq!(found[1].location.element.as_deref(), Some("ApplicantName"));
        assert!(!super::non_latin("Société Générale") && super::non_latin("Акме"));
    }
}

use super::{law, MAX_FINDINGS};
use crate::message::message;
use crate::model::SequenceListing;
use crate::report::Location;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Characters outside the printable characters of Unicode's Basic Latin block (U+0020 to U+007E, Annex IV) in
    /// the elements and attributes restricted to them: everything but `ApplicantName`, `InventorName`,
    /// `InventionTitle` and `NonEnglishQualifier_value`, which may hold any character (paragraph 41). A typographic
    /// dash or quote pasted from a word processor, a non-breaking space or "µ" in a note are the usual ones. Each
    /// character is reported with its code and element, the first twenty of a listing.
    ///
    /// ## Why it matters
    /// A listing with such characters fails validation against ST.26: the USPTO's rule and the other offices'
    /// validation take only these characters, so the listing must be corrected, without adding matter.
    ///
    /// ## Legal basis
    /// ST.26, paragraph 40 and Annex IV; 37 CFR 1.834(a)(2) (the permitted characters are those of paragraph 40)
    /// and 1.833(a). Grade B: 37 CFR read in copies that quote the eCFR text, and MPEP 2413.01(a) as quoted.
    pub static RULE = Rule {
        id: "sequences/character-not-allowed",
        summary: "a character outside Annex IV where only Basic Latin is allowed",
        offices: &law::standard("1.834(a)(2)", "ST.26, paragraph 40", Grade::B),
        examples: Examples {
            fires: &[super::st26!(
                "1",
                super::sequence!(
                    "1",
                    "12",
                    "DNA",
                    super::feat!("source", "1..12", "organism" = "synthetic construct", "mol_type" = "other DNA", "note" = "primer – forward"),
                    "acgtacgtacgt"
                )
            )],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    for bad in listing.bad_characters.iter().take(MAX_FINDINGS) {
        let location = Location {
            sequence: bad.sequence,
            line: Some(bad.line).filter(|&l| l > 0),
            element: Some(bad.path.clone()),
            excerpt: Some(bad.character.to_string()),
            ..Location::default()
        };
        let code = format!("U+{:04X}", u32::from(bad.character));
        out.report(
            &RULE,
            location,
            message!("character-not-allowed", character = bad.character, code = code, element = bad.path.as_str()),
        );
    }
    let shown = listing.bad_characters.len().min(MAX_FINDINGS);
    if listing.bad_character_count > shown {
        out.report(
            &RULE,
            Location::default(),
            message!("character-not-allowed-more-characters-outside", count = listing.bad_character_count - shown),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn names_the_character_its_code_and_element() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(
            finding.message,
            "Character – (U+2013) is not allowed in SequenceData[@sequenceIDNumber=1]/INSDSeq/INSDSeq_feature-table/INSDFeature[1]/INSDFeature_quals/INSDQualifier[3]/INSDQualifier_value: outside the applicant's and inventor's names and the title, a listing uses the printable characters of Basic Latin only (Annex IV)."
        );
        assert_eq!(finding.location.sequence, Some(1));
        assert!(finding.location.line.is_some());
    }
}

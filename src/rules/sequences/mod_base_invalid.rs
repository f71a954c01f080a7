use super::{at_qualifier, law, MAX_FINDINGS};
use crate::message::message;
use crate::model::sequences::MolType;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Each `mod_base` qualifier of a nucleotide sequence: its value must be one of the abbreviations of Annex I,
    /// Table 2 (`m5c`, `i`, `p`, `m6a`…), written as the table writes them, or `OTHER`; and a feature whose
    /// `mod_base` is `OTHER` must name the modified nucleotide in a `note` qualifier. A full name written in
    /// `mod_base` ("5-methylcytidine"), an ST.25 habit, a misspelt abbreviation, or `OTHER` without its note is
    /// reported.
    ///
    /// ## Why it matters
    /// `mod_base` takes a controlled vocabulary: a value outside it fails validation, and a modified nucleotide
    /// that is `OTHER` without its name leaves the listing without the disclosure it stands for.
    ///
    /// ## Legal basis
    /// ST.26, Annex I, Section 2: "The abbreviations listed in Table 2 are the only permitted values for the
    /// mod_base qualifier … If the abbreviation is "OTHER," then the complete unabbreviated name of the modified
    /// base must be provided in a note qualifier" (read in the Annex's final draft of 2016); 37 CFR 1.833(b)(2)(v).
    /// Grade B: the table as 37 CFR Part 1, Subpart G, Appendix B gives it (ST.25's), which matched ST.26's as far
    /// as it was read; as the rest of ST.26's table (and its spelling of "gal q" and "man q") was not read, a
    /// warning.
    pub static RULE = Rule {
        id: "sequences/mod-base-invalid",
        summary: "a mod_base value is not in Annex I, Table 2, or OTHER lacks its note",
        offices: &law::warned(law::standard("1.833(b)(2)(v)", "ST.26, Annex I, Section 2", Grade::B)),
        examples: Examples {
            fires: &[
                super::dna_with!(super::feat!("modified_base", "3", "mod_base" = "5-methylcytidine")),
                super::dna_with!(super::feat!("modified_base", "3", "mod_base" = "OTHER")),
            ],
            silent: &[
                super::VALID,
                super::dna_with!(super::feat!("modified_base", "3", "mod_base" = "m5c")),
            ],
        },
        check: Check::Sequences(check),
    };
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let mod_bases = listing
        .qualifiers()
        .filter(|(s, _, q)| q.name == "mod_base" && !s.skipped && s.mol_type().is_some_and(MolType::is_nucleotide));
    let defects = mod_bases.filter_map(|(sequence, feature, qualifier)| {
        let value = qualifier.value.as_deref().unwrap_or_default();
        let id = sequence.id_text.as_str();
        let message = if !law::MOD_BASES.contains(&value) {
            message!("mod-base-invalid", value = value, id = id)
        } else if value == "OTHER" && feature.qualifier("note").is_none_or(str::is_empty) {
            message!("mod-base-invalid-modified-seq-id", id = id)
        } else {
            return None;
        };
        Some((at_qualifier(sequence, feature, qualifier, "INSDQualifier_value"), message))
    });
    for (location, message) in defects.take(MAX_FINDINGS) {
        out.report(&RULE, location, message);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn names_the_value_and_the_table_at_the_qualifier() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(
            finding.message,
            "The mod_base value \"5-methylcytidine\" of SEQ ID NO 1 is not an abbreviation of Annex I, Table 2; write the table's abbreviation (\"m5c\" for 5-methylcytidine), or OTHER with the full name in a note qualifier."
        );
        assert_eq!(finding.severity, crate::report::Severity::Warning);
        assert_eq!(
            finding.location.element.as_deref(),
            Some("SequenceData[@sequenceIDNumber=1]/INSDSeq/INSDSeq_feature-table/INSDFeature[2]/INSDFeature_quals/INSDQualifier[1]/INSDQualifier_value")
        );
    }

    #[test]
    fn other_needs_its_note() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[1]);
        assert_eq!(
            finding.message,
            "The modified base of SEQ ID NO 1 is OTHER without a note qualifier; give its complete name in a note."
        );
    }
}

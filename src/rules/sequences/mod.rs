//! Rules on WIPO ST.26 sequence listings (`ST26SequenceListing` XML), one file per rule, and the checks of a
//! listing against the description and claims that cite it. `law` holds the provisions and the controlled
//! vocabularies (Annex I's tables) as data.
//!
//! Since 1 July 2022 the six offices take sequence listings in ST.26 only: the USPTO by 37 CFR 1.831–1.835, which
//! incorporate ST.26 paragraph by paragraph; the EPO by Rule 30 EPC as the Guidelines (A-IV, 5; F-II, 6) apply it;
//! the JPO for national applications (its notice of June 2022); the PCT by Rule 5.2 and Annex C of the
//! Administrative Instructions. KIPO and CNIPA joined the same "big bang" date (ST.26's editorial note); their own
//! texts were not read, so their policies are graded C. Each rule cites the paragraph of ST.26 or its annex, and for
//! the USPTO the CFR provision that incorporates it.

pub mod character_not_allowed;
pub mod division_invalid;
pub mod doctype_invalid;
pub mod english_free_text_missing;
pub mod feature_key_not_allowed;
pub mod file_name_invalid;
pub mod general_information_missing;
pub mod law;
pub mod length_mismatch;
pub mod location_invalid;
pub mod mod_base_invalid;
pub mod mol_type_invalid;
pub mod moltype_invalid;
pub mod non_english_language_invalid;
pub mod numbering_not_consecutive;
pub mod other_seqids_present;
pub mod qualifier_not_allowed;
pub mod qualifier_value_invalid;
pub mod residue_invalid;
pub mod root_attribute_invalid;
pub mod seq_id_not_in_listing;
pub mod sequence_not_cited;
pub mod sequence_without_seq_id;
pub mod skipped_sequence_malformed;
pub mod source_feature_missing;
pub mod text;
pub mod title_differs;
pub mod total_quantity_mismatch;
pub mod xml_declaration_invalid;

use crate::model::sequences::{Feature, Qualifier, Sequence};
use crate::report::Location;

/// Findings of one rule in one listing stop after this many (a listing converted wrongly repeats its defect in
/// every sequence; the first ones say what to fix).
pub(crate) const MAX_FINDINGS: usize = 20;

/// The location of a sequence, or of one of its elements (`element` after `INSDSeq/`).
pub(crate) fn at_sequence(sequence: &Sequence, element: Option<&str>, line: Option<u32>) -> Location {
    Location {
        sequence: sequence.number,
        line: Some(line.unwrap_or(sequence.line)).filter(|&l| l > 0),
        element: Some(match element {
            Some(element) => format!("{}/INSDSeq/{element}", sequence.path()),
            None => sequence.path(),
        }),
        ..Location::default()
    }
}

/// The location of a feature (`element` below `INSDFeature`).
pub(crate) fn at_feature(sequence: &Sequence, feature: &Feature, element: Option<&str>) -> Location {
    let path = feature.path(sequence);
    Location {
        sequence: sequence.number,
        line: Some(feature.line).filter(|&l| l > 0),
        element: Some(match element {
            Some(element) => format!("{path}/{element}"),
            None => path,
        }),
        excerpt: Some(format!("{} {}", feature.key, feature.location)),
        ..Location::default()
    }
}

/// The location of a feature's qualifier (`element` below `INSDQualifier`), on the qualifier's line.
pub(crate) fn at_qualifier(sequence: &Sequence, feature: &Feature, qualifier: &Qualifier, element: &str) -> Location {
    let index = feature.qualifiers.iter().position(|q| std::ptr::eq(q, qualifier)).map_or(0, |i| i + 1);
    Location {
        line: Some(qualifier.line).filter(|&l| l > 0),
        ..at_feature(sequence, feature, Some(&format!("INSDFeature_quals/INSDQualifier[{index}]/{element}")))
    }
}

/// The location of a general-information element or a root attribute.
pub(crate) fn at_element(element: &str, line: Option<u32>) -> Location {
    Location { element: Some(element.to_string()), line: line.filter(|&l| l > 0), ..Location::default() }
}

/// Listings the rules' examples and tests are built from: an XML declaration, the DOCTYPE, the root with its
/// attributes, general information, then the sequences given. `st26!(quantity, sequences…)`.
macro_rules! st26 {
    ($quantity:literal, $($sequence:expr),+ $(,)?) => {
        concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<!DOCTYPE ST26SequenceListing PUBLIC \"-//WIPO//DTD Sequence Listing 1.3//EN\" \"ST26SequenceListing_V1_3.dtd\">\n",
            "<ST26SequenceListing dtdVersion=\"V1_3\" fileName=\"primers.xml\" softwareName=\"WIPO Sequence\" softwareVersion=\"2.3.0\" productionDate=\"2024-03-01\">\n",
            "<ApplicantFileReference>P-2024-001</ApplicantFileReference>\n",
            "<ApplicantName languageCode=\"en\">Acme Biotech Inc.</ApplicantName>\n",
            "<InventionTitle languageCode=\"en\">Primers for detecting lever rot</InventionTitle>\n",
            "<SequenceTotalQuantity>", $quantity, "</SequenceTotalQuantity>\n",
            $($sequence),+,
            "</ST26SequenceListing>\n"
        )
    };
}
pub(crate) use st26;

/// One `SequenceData`: `sequence!(id, length, moltype, features, residues)`.
macro_rules! sequence {
    ($id:literal, $length:literal, $moltype:literal, $features:expr, $residues:literal) => {
        concat!(
            "<SequenceData sequenceIDNumber=\"",
            $id,
            "\">\n<INSDSeq>\n",
            "<INSDSeq_length>",
            $length,
            "</INSDSeq_length>\n",
            "<INSDSeq_moltype>",
            $moltype,
            "</INSDSeq_moltype>\n",
            "<INSDSeq_division>PAT</INSDSeq_division>\n",
            "<INSDSeq_feature-table>\n",
            $features,
            "</INSDSeq_feature-table>\n",
            "<INSDSeq_sequence>",
            $residues,
            "</INSDSeq_sequence>\n",
            "</INSDSeq>\n</SequenceData>\n"
        )
    };
}
pub(crate) use sequence;

/// One `INSDFeature` with qualifiers given as `name = value` pairs.
macro_rules! feat {
    ($key:literal, $location:literal $(, $name:literal = $value:literal)* $(,)?) => {
        concat!(
            "<INSDFeature>\n<INSDFeature_key>", $key, "</INSDFeature_key>\n",
            "<INSDFeature_location>", $location, "</INSDFeature_location>\n",
            "<INSDFeature_quals>\n",
            $("<INSDQualifier>\n<INSDQualifier_name>", $name, "</INSDQualifier_name>\n<INSDQualifier_value>", $value, "</INSDQualifier_value>\n</INSDQualifier>\n",)*
            "</INSDFeature_quals>\n</INSDFeature>\n"
        )
    };
}
pub(crate) use feat;

/// One `SequenceData` of 12 DNA residues with only its source feature, under `id` and a declared `length`:
/// `dna_sequence!(id, length)`.
macro_rules! dna_sequence {
    ($id:literal, $length:literal) => {
        $crate::rules::sequences::sequence!(
            $id,
            $length,
            "DNA",
            $crate::rules::sequences::feat!(
                "source",
                "1..12",
                "organism" = "synthetic construct",
                "mol_type" = "other DNA"
            ),
            "acgtacgtacgt"
        )
    };
}
pub(crate) use dna_sequence;

/// A listing of one DNA sequence of 12 residues with its source feature and the `INSDFeature`s given:
/// `dna_with!(feat!(…), …)`.
macro_rules! dna_with {
    ($($feature:expr),* $(,)?) => {
        $crate::rules::sequences::st26!(
            "1",
            $crate::rules::sequences::sequence!(
                "1",
                "12",
                "DNA",
                concat!(
                    $crate::rules::sequences::feat!(
                        "source",
                        "1..12",
                        "organism" = "synthetic construct",
                        "mol_type" = "other DNA"
                    ),
                    $($feature),*
                ),
                "acgtacgtacgt"
            )
        )
    };
}
pub(crate) use dna_with;

/// A listing whose root carries the attributes `root` (after `dtdVersion`), of one amino acid sequence with a
/// `REGION` whose `note` qualifier has the value elements `values`: `protein_note!(root, values)`.
macro_rules! protein_note {
    ($root:literal, $values:literal) => {
        concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<ST26SequenceListing dtdVersion=\"V1_3\"",
            $root,
            ">\n",
            "<SequenceData sequenceIDNumber=\"1\"><INSDSeq><INSDSeq_moltype>AA</INSDSeq_moltype>",
            "<INSDSeq_feature-table><INSDFeature><INSDFeature_key>REGION</INSDFeature_key>",
            "<INSDFeature_location>1..4</INSDFeature_location><INSDFeature_quals>",
            "<INSDQualifier><INSDQualifier_name>note</INSDQualifier_name>",
            $values,
            "</INSDQualifier>",
            "</INSDFeature_quals></INSDFeature></INSDSeq_feature-table>",
            "<INSDSeq_sequence>MKTA</INSDSeq_sequence></INSDSeq></SequenceData>\n",
            "</ST26SequenceListing>\n"
        )
    };
}
pub(crate) use protein_note;

/// A valid listing of one DNA sequence, as a literal for `concat!` (examples of several files).
macro_rules! valid_one {
    () => {
        $crate::rules::sequences::dna_with!()
    };
}
pub(crate) use valid_one;

/// A valid listing of a DNA, an RNA and an amino acid sequence with several kinds of feature: every rule is
/// silent on it.
pub const VALID: &str = st26!(
    "3",
    sequence!(
        "1",
        "24",
        "DNA",
        concat!(
            feat!("source", "1..24", "organism" = "synthetic construct", "mol_type" = "other DNA"),
            feat!("primer_bind", "1..20"),
            feat!("misc_feature", "complement(21..24)", "note" = "tag")
        ),
        "acgtacgtacgtacgtacgtnnkm"
    ),
    sequence!(
        "2",
        "15",
        "RNA",
        concat!(
            feat!("source", "1..15", "organism" = "Homo sapiens", "mol_type" = "mRNA"),
            feat!("modified_base", "3", "mod_base" = "OTHER", "note" = "5-hydroxymethylcytidine")
        ),
        "acgtacgtacgtacg"
    ),
    sequence!(
        "3",
        "12",
        "AA",
        concat!(
            feat!("source", "1..12", "organism" = "Homo sapiens", "mol_type" = "protein"),
            feat!("DISULFID", "2..9"),
            feat!("MOD_RES", "5", "note" = "phosphoserine")
        ),
        "MCKTAYIAKCQR"
    )
);

#[cfg(test)]
pub(crate) mod tests {
    use crate::report::{Finding, Severity};
    use crate::{check, InputFile, Options};

    /// The findings of one rule on a listing named `name`.
    pub fn findings(rule: &str, name: &str, bytes: &[u8]) -> Vec<Finding> {
        let file = InputFile { name: name.into(), bytes: bytes.to_vec() };
        check(&[file], &Options::default()).findings.into_iter().filter(|f| f.rule == rule).collect()
    }

    /// The one finding at the error severity (or the first one) of `rule`.
    pub fn one(rule: &str, xml: &str) -> Finding {
        let all = findings(rule, "listing.xml", xml.as_bytes());
        assert!(!all.is_empty(), "{rule} should fire");
        all.iter().find(|f| f.severity == Severity::Error).unwrap_or(&all[0]).clone()
    }

    #[test]
    fn the_valid_listing_is_read_as_sequences_and_shown_in_the_report() {
        let file = InputFile { name: "listing.xml".into(), bytes: super::VALID.as_bytes().to_vec() };
        let report = check(&[file], &Options::default());
        let sequences: Vec<&str> =
            report.findings.iter().filter(|f| f.rule.starts_with("sequences/")).map(|f| f.rule).collect();
        assert!(sequences.is_empty(), "{:#?}", report.findings);
        let document = &report.documents[0];
        assert_eq!(document.kind, crate::report::DocumentKind::Sequences);
        assert_eq!(document.format, "st26-xml");
        let summary = document.sequences.as_ref().expect("the listing is shown");
        let shown: Vec<(&str, Option<&str>, u64, usize)> = summary
            .sequences
            .iter()
            .map(|s| (s.id.as_str(), s.moltype.as_deref(), s.length, s.features.len()))
            .collect();
        assert_eq!(shown, [("1", Some("DNA"), 24, 3), ("2", Some("RNA"), 15, 2), ("3", Some("AA"), 12, 3)]);
        assert_eq!(summary.sequences[2].organism.as_deref(), Some("Homo sapiens"));
    }
}

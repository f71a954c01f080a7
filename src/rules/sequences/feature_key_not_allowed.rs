use super::{at_feature, law, MAX_FINDINGS};
use crate::message::{message, Message};
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Each feature's key against the keys for the sequence's molecule type: the nucleotide keys (`CDS`,
    /// `misc_feature`, `modified_base`, `primer_bind`…) for DNA and RNA, the amino acid keys (`DISULFID`,
    /// `MOD_RES`, `SITE`, `VARIANT`…) for amino acids, and `source` for both. A nucleotide key on a protein (or the
    /// reverse), a misspelt key, or an ST.25 key that ST.26 dropped is reported.
    ///
    /// ## Why it matters
    /// Keys come from the controlled vocabulary of Annex I; others fail validation.
    ///
    /// ## Legal basis
    /// ST.26, Annex I, Sections 5 and 7; 37 CFR 1.833(b)(2)(v). Unconfirmed: the Annex's own lists were not read
    /// here (the tables are the INSDC and UniProt keys ST.26 builds on), so a warning that says so.
    pub static RULE = Rule {
        id: "sequences/feature-key-not-allowed",
        summary: "a feature key is not one of Annex I for the molecule type",
        offices: &law::standard("1.833(b)(2)(v)", "ST.26, Annex I, Sections 5 and 7", Grade::Unconfirmed),
        examples: Examples {
            fires: &[super::st26!(
                "1",
                super::sequence!(
                    "1",
                    "4",
                    "AA",
                    concat!(
                        super::feat!("source", "1..4", "organism" = "synthetic construct", "mol_type" = "protein"),
                        super::feat!("CDS", "1..4")
                    ),
                    "MKTA"
                )
            )],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let mut reported = 0;
    for sequence in listing.sequences.iter().filter(|s| !s.skipped) {
        let Some(mol_type) = sequence.mol_type() else { continue };
        let (keys, kind) = if mol_type.is_nucleotide() {
            (law::NUCLEOTIDE_KEYS, Message::term("sequence-kind-nucleotide"))
        } else {
            (law::AMINO_ACID_KEYS, Message::term("sequence-kind-amino-acid"))
        };
        for feature in sequence.features.iter().filter(|f| !keys.contains(&f.key.as_str())) {
            reported += 1;
            if reported > MAX_FINDINGS {
                return;
            }
            out.report(
                &RULE,
                at_feature(sequence, feature, Some("INSDFeature_key")),
                message!(
                    "feature-key-not-allowed",
                    key = feature.key.as_str(),
                    id = sequence.id_text.as_str(),
                    kind = &kind
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn names_the_key_and_says_it_is_unconfirmed() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(
            finding.message,
            "Feature key CDS of SEQ ID NO 1 is not among the keys for amino acid sequences of Annex I (patlint's table of them could not be confirmed against the Annex itself)."
        );
        assert_eq!(finding.severity, crate::report::Severity::Warning);
        assert_eq!(finding.location.excerpt.as_deref(), Some("CDS 1..4"));
    }
}

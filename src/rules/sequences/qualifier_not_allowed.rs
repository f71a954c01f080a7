use super::{at_qualifier, law, MAX_FINDINGS};
use crate::message::{message, Message};
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Each qualifier's name against the qualifiers for the sequence's molecule type: `mol_type`, `note` and
    /// `organism` for amino acids (Section 8 has no others), and the nucleotide qualifiers of Section 6 (`allele`,
    /// `codon_start`, `mod_base`, `product`, `translation`…) for DNA and RNA. A nucleotide qualifier on a protein
    /// (`product` on a `REGION`), a misspelt name (`organsim`), or a database's own qualifier (`db_xref`,
    /// `protein_id`) is reported.
    ///
    /// ## Why it matters
    /// Qualifiers come from the controlled vocabulary of Annex I; others fail validation.
    ///
    /// ## Legal basis
    /// ST.26, Annex I, Sections 6 and 8; 37 CFR 1.833(b)(2)(v). Unconfirmed: Section 6's own list was not read
    /// (the table is the INSDC feature table's qualifiers without those only databases write), so a warning that
    /// says so.
    pub static RULE = Rule {
        id: "sequences/qualifier-not-allowed",
        summary: "a qualifier is not one of Annex I for the molecule type",
        offices: &law::standard("1.833(b)(2)(v)", "ST.26, Annex I, Sections 6 and 8", Grade::Unconfirmed),
        examples: Examples {
            fires: &[super::st26!(
                "1",
                super::sequence!(
                    "1",
                    "4",
                    "AA",
                    concat!(
                        super::feat!("source", "1..4", "organism" = "synthetic construct", "mol_type" = "protein"),
                        super::feat!("REGION", "1..4", "product" = "linker")
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
    let outside = listing.qualifiers().filter_map(|(sequence, feature, qualifier)| {
        let nucleotide = sequence.mol_type()?.is_nucleotide();
        let names = if nucleotide { law::NUCLEOTIDE_QUALIFIERS } else { law::AMINO_ACID_QUALIFIERS };
        (!sequence.skipped && !names.contains(&qualifier.name.as_str()))
            .then_some((sequence, feature, qualifier, nucleotide))
    });
    for (sequence, feature, qualifier, nucleotide) in outside.take(MAX_FINDINGS) {
        out.report(
            &RULE,
            at_qualifier(sequence, feature, qualifier, "INSDQualifier_name"),
            message!(
                "qualifier-not-allowed",
                name = qualifier.name.as_str(),
                key = feature.key.as_str(),
                id = sequence.id_text.as_str(),
                kind = if nucleotide {
                    Message::term("sequence-kind-nucleotide")
                } else {
                    Message::term("sequence-kind-amino-acid")
                }
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn names_the_qualifier_and_its_feature() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(
            finding.message,
            "Qualifier product of feature REGION in SEQ ID NO 1 is not among the qualifiers for amino acid sequences of Annex I (patlint's table of them could not be confirmed against the Annex itself)."
        );
        assert_eq!(finding.severity, crate::report::Severity::Warning);
        assert!(finding
            .location
            .element
            .as_deref()
            .is_some_and(|e| e.ends_with("INSDQualifier[1]/INSDQualifier_name")));
    }
}

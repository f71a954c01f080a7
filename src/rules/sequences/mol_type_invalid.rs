use super::{at_feature, law, MAX_FINDINGS};
use crate::message::message;
use crate::model::sequences::MolType;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The value of the source feature's `mol_type` qualifier against the molecule type: for DNA `genomic DNA`,
    /// `other DNA` or `unassigned DNA`; for RNA `genomic RNA`, `mRNA`, `tRNA`, `rRNA`, `transcribed RNA`, `viral
    /// cRNA`, `other RNA` or `unassigned RNA`; for amino acids `protein`. (A synthetic molecule is `other DNA` or
    /// `other RNA`.)
    ///
    /// ## Why it matters
    /// The value comes from a closed list for each molecule type; another value, or one of the other molecule
    /// type (`mRNA` on a DNA), fails validation.
    ///
    /// ## Legal basis
    /// ST.26, Annex I, qualifier 6.39 and 8.1 (nucleotides and amino acids), as EPO Guidelines F-II, 6.2.4
    /// tabulates them (read on epo.org: grade A for the EPO, B elsewhere); 37 CFR 1.833(b)(2)(v).
    pub static RULE = Rule {
        id: "sequences/mol-type-invalid",
        summary: "the mol_type qualifier's value is not one for the molecule type",
        offices: &law::read_at_the_epo(law::standard("1.833(b)(2)(v)", "ST.26, Annex I, qualifier 6.39 and 8.1", Grade::B)),
        examples: Examples {
            fires: &[super::st26!(
                "1",
                super::sequence!(
                    "1",
                    "12",
                    "DNA",
                    super::feat!("source", "1..12", "organism" = "Homo sapiens", "mol_type" = "mRNA"),
                    "acgtacgtacgt"
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
        let allowed = match mol_type {
            MolType::Dna => law::MOL_TYPES_DNA,
            MolType::Rna => law::MOL_TYPES_RNA,
            MolType::Aa => law::MOL_TYPES_AA,
        };
        for source in sequence.features.iter().filter(|f| f.key == "source") {
            let Some(value) = source.qualifier("mol_type").filter(|v| !v.is_empty()) else { continue };
            if allowed.contains(&value) {
                continue;
            }
            reported += 1;
            if reported > MAX_FINDINGS {
                return;
            }
            out.report(
                &RULE,
                at_feature(sequence, source, Some("INSDFeature_quals")),
                message!(
                    "mol-type-invalid",
                    value = value,
                    id = sequence.id_text.as_str(),
                    moltype = sequence.moltype.as_ref().map_or("", |m| m.text.as_str()),
                    allowed = allowed.join(", ")
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn gives_the_values_allowed() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(
            finding.message,
            "mol_type mRNA of SEQ ID NO 1 is not a value for DNA: use one of genomic DNA, other DNA, unassigned DNA."
        );
        assert_eq!(finding.location.sequence, Some(1));
    }
}

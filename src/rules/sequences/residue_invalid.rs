use super::{at_sequence, law, MAX_FINDINGS};
use crate::message::{message, Message};
use crate::model::sequences::{MolType, ResidueCount, Sequence};
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The residues of each sequence against Annex I's symbols for its molecule type: nucleotides (DNA and RNA) in
    /// lower case from Table 1 (`a c g t m r w s y k v h d b n`), amino acids in upper case from Table 3 (the 20
    /// standard ones, `O`, `U`, and `B Z J X`). ST.26 has no `u`: "t" stands for thymine in DNA and for uracil in
    /// RNA, so an RNA written with `u` (as ST.25 did) is reported, with what to write instead. Modified residues
    /// are written as their unmodified symbol (or `n`/`X`) with a feature, never with an abbreviation in the
    /// sequence. One finding per wrong symbol per sequence, with its first position and count.
    ///
    /// ## Why it matters
    /// A symbol outside the table fails validation; a `u` or an upper-case nucleotide is the most common defect of
    /// listings converted from ST.25, and fixing it after filing must not change the disclosed sequence.
    ///
    /// ## Legal basis
    /// ST.26, Annex I, Sections 1 and 3 (and paragraph 26 for amino acids); 37 CFR 1.833(b)(2)(v). Grade B: Annex I's
    /// Section 1 read in the CWS drafts of the Annex ("t" for thymine in DNA and uracil in RNA), and MPEP 2412.05
    /// as quoted for the case of the letters.
    pub static RULE = Rule {
        id: "sequences/residue-invalid",
        summary: "a residue symbol is not in Annex I for the sequence's molecule type",
        offices: &law::standard("1.833(b)(2)(v)", "ST.26, Annex I, Sections 1 and 3", Grade::B),
        examples: Examples {
            fires: &[super::st26!(
                "1",
                super::sequence!(
                    "1",
                    "12",
                    "RNA",
                    super::feat!("source", "1..12", "organism" = "synthetic construct", "mol_type" = "other RNA"),
                    "acguacguacgu"
                )
            )],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

/// Why `residue` is wrong in `sequence` of type `mol_type`, or `None` when it is right.
fn wrong(sequence: &Sequence, mol_type: MolType, residue: &ResidueCount) -> Option<Message> {
    let c = residue.character;
    let (alphabet, other_case) = match mol_type {
        MolType::Dna | MolType::Rna => (law::NUCLEOTIDES, c.to_ascii_lowercase()),
        MolType::Aa => (law::AMINO_ACIDS, c.to_ascii_uppercase()),
    };
    if alphabet.contains(c) {
        return None;
    }
    let (id, position, count) = (sequence.id_text.as_str(), residue.first, residue.count);
    Some(if mol_type.is_nucleotide() && (c == 'u' || c == 'U') {
        message!("residue-invalid", id = id, position = position, count = count)
    } else if alphabet.contains(other_case) && mol_type.is_nucleotide() {
        message!("residue-invalid-seq-id-no", id = id, residue = c, position = position, count = count)
    } else if alphabet.contains(other_case) {
        message!("residue-invalid-seq-id-no-has", id = id, residue = c, position = position, count = count)
    } else {
        message!(
            "residue-invalid-seq-id-no-has-position",
            id = id,
            residue = c,
            position = position,
            count = count,
            moltype = sequence.moltype.as_ref().map_or("", |m| m.text.as_str())
        )
    })
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let mut reported = 0;
    for sequence in listing.sequences.iter().filter(|s| !s.skipped) {
        let Some(mol_type) = sequence.mol_type() else { continue };
        for residue in &sequence.composition {
            let Some(message) = wrong(sequence, mol_type, residue) else { continue };
            reported += 1;
            if reported > MAX_FINDINGS {
                return;
            }
            let mut location = at_sequence(sequence, Some("INSDSeq_sequence"), Some(sequence.residues_line));
            location.excerpt = Some(residue.character.to_string());
            out.report(&RULE, location, message);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::{findings, one};

    #[test]
    fn says_how_to_write_uracil_and_which_case() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(
            finding.message,
            "SEQ ID NO 1 has u at position 4 ({count} in all); ST.26 writes uracil as t, in RNA as in DNA."
                .replace("{count}", "3")
        );
        assert_eq!(
            finding.location.element.as_deref(),
            Some("SequenceData[@sequenceIDNumber=1]/INSDSeq/INSDSeq_sequence")
        );
        let upper = super::super::VALID.replace("acgtacgtacgtacgtacgtnnkm", "ACGTACGTACGTACGTACGTNNKM");
        let found = findings(super::RULE.id, "a.xml", upper.as_bytes());
        assert_eq!(found.len(), 7, "one finding per wrong symbol");
        assert_eq!(
            found[0].message,
            "SEQ ID NO 1 has A at position 1 (5 in all); nucleotides are written in lower case."
        );
        let lower = super::super::VALID.replace("MCKTAYIAKCQR", "MCKTAYIAKCQr");
        let found = findings(super::RULE.id, "a.xml", lower.as_bytes());
        assert_eq!(
            found[0].message,
            "SEQ ID NO 3 has r at position 12 (1 in all); amino acids are written in upper case."
        );
    }
}

use super::{at_sequence, law, MAX_FINDINGS};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That each sequence's `INSDSeq_moltype` is `DNA`, `RNA` or `AA` (not `PRT`, ST.25's word for a protein, nor
    /// lower case). Skipped sequences (`000`) leave it empty and are not checked here.
    ///
    /// ## Why it matters
    /// The molecule type decides which symbols, feature keys and `mol_type` values the sequence may use; any other
    /// value fails validation.
    ///
    /// ## Legal basis
    /// ST.26, paragraphs 50-55 (the sequence data part); 37 CFR 1.833(b)(2)(v). The three values are those EPO
    /// Guidelines F-II, 6.2.4 tabulates against Annex I's `mol_type` values (read on epo.org): grade B.
    pub static RULE = Rule {
        id: "sequences/moltype-invalid",
        summary: "INSDSeq_moltype is not DNA, RNA or AA",
        offices: &law::standard("1.833(b)(2)(v)", "ST.26, paragraphs 50-55", Grade::B),
        examples: Examples {
            fires: &[super::st26!(
                "1",
                super::sequence!(
                    "1",
                    "4",
                    "PRT",
                    super::feat!("source", "1..4", "organism" = "synthetic construct", "mol_type" = "protein"),
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
    for sequence in listing.sequences.iter().filter(|s| !s.skipped && s.mol_type().is_none()) {
        reported += 1;
        if reported > MAX_FINDINGS {
            break;
        }
        let value = sequence.moltype.as_ref().map_or("", |m| m.text.as_str());
        let line = sequence.moltype.as_ref().map(|m| m.line);
        let id = sequence.id_text.as_str();
        let message = if value.is_empty() {
            message!("moltype-invalid", id = id)
        } else {
            message!("moltype-invalid-insdseq-seq-id", id = id, value = value)
        };
        out.report(&RULE, at_sequence(sequence, Some("INSDSeq_moltype"), line), message);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn names_the_value() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(finding.message, "INSDSeq_moltype of SEQ ID NO 1 is PRT; it must be DNA, RNA or AA.");
        assert_eq!(finding.location.sequence, Some(1));
    }
}

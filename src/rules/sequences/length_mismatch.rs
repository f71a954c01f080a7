use super::{at_sequence, law, MAX_FINDINGS};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That each sequence's `INSDSeq_length` is a number equal to the residues of its `INSDSeq_sequence` (white
    /// space not counted). A declared length is only compared, never used to size anything, so a hostile length of
    /// billions costs nothing. Skipped sequences (`000`) are left to `sequences/skipped-sequence-malformed`.
    ///
    /// ## Why it matters
    /// A length that disagrees with the residues shows a listing edited by hand or converted wrongly, and fails
    /// validation.
    ///
    /// ## Legal basis
    /// ST.26, paragraphs 50-55 (the sequence data part); 37 CFR 1.833(b)(2)(v). Unconfirmed: the paragraph was not read
    /// here, so a warning.
    pub static RULE = Rule {
        id: "sequences/length-mismatch",
        summary: "INSDSeq_length differs from the number of residues",
        offices: &law::standard("1.833(b)(2)(v)", "ST.26, paragraphs 50-55", Grade::Unconfirmed),
        examples: Examples {
            fires: &[super::st26!(
                "1",
                super::dna_sequence!("1", "99999999999999999999")
            )],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let mut reported = 0;
    for sequence in listing.sequences.iter().filter(|s| !s.skipped && s.has_residues) {
        let id = sequence.id_text.as_str();
        let message = match &sequence.length {
            None => message!("length-mismatch", id = id),
            Some(length) => match length.text.parse::<u64>() {
                Ok(declared) if declared == sequence.residue_count => continue,
                _ => message!(
                    "length-mismatch-insdseq-seq-id",
                    id = id,
                    declared = length.text.as_str(),
                    count = sequence.residue_count
                ),
            },
        };
        reported += 1;
        if reported > MAX_FINDINGS {
            break;
        }
        let line = sequence.length.as_ref().map(|l| l.line);
        out.report(&RULE, at_sequence(sequence, Some("INSDSeq_length"), line), message);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn compares_without_trusting_the_declared_length() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(
            finding.message,
            "INSDSeq_length of SEQ ID NO 1 is 99999999999999999999, but the sequence has 12 residues."
        );
        assert_eq!(
            finding.location.element.as_deref(),
            Some("SequenceData[@sequenceIDNumber=1]/INSDSeq/INSDSeq_length")
        );
        assert_eq!(finding.location.line, Some(10));
    }
}

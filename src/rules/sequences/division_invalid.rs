use super::{at_sequence, law, MAX_FINDINGS};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That each sequence's `INSDSeq_division` is `PAT`, the division of sequences from patent applications.
    /// Skipped sequences (`000`) leave it empty and are not checked here.
    ///
    /// ## Why it matters
    /// Any other value fails validation.
    ///
    /// ## Legal basis
    /// ST.26, paragraphs 50-55 (the sequence data part); 37 CFR 1.833(b)(2)(v). Unconfirmed: the paragraph was not read
    /// here, so a warning.
    pub static RULE = Rule {
        id: "sequences/division-invalid",
        summary: "INSDSeq_division is not PAT",
        offices: &law::standard("1.833(b)(2)(v)", "ST.26, paragraphs 50-55", Grade::Unconfirmed),
        examples: Examples {
            fires: &["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ST26SequenceListing dtdVersion=\"V1_3\"><SequenceData sequenceIDNumber=\"1\"><INSDSeq><INSDSeq_length>4</INSDSeq_length><INSDSeq_moltype>AA</INSDSeq_moltype><INSDSeq_division>SYN</INSDSeq_division><INSDSeq_sequence>MKTA</INSDSeq_sequence></INSDSeq></SequenceData></ST26SequenceListing>"],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let mut reported = 0;
    for sequence in listing.sequences.iter().filter(|s| !s.skipped) {
        let value = sequence.division.as_ref().map_or("", |d| d.text.as_str());
        if value == "PAT" {
            continue;
        }
        reported += 1;
        if reported > MAX_FINDINGS {
            break;
        }
        let line = sequence.division.as_ref().map(|d| d.line);
        let id = sequence.id_text.as_str();
        let message = if value.is_empty() {
            message!("division-invalid", id = id)
        } else {
            message!("division-invalid-insdseq-seq-id", id = id, value = value)
        };
        out.report(&RULE, at_sequence(sequence, Some("INSDSeq_division"), line), message);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn names_the_value() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(finding.message, "INSDSeq_division of SEQ ID NO 1 is SYN; it must be PAT.");
        assert_eq!(
            finding.location.element.as_deref(),
            Some("SequenceData[@sequenceIDNumber=1]/INSDSeq/INSDSeq_division")
        );
    }
}

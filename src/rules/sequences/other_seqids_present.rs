use super::{at_sequence, law, MAX_FINDINGS};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That no sequence has an `INSDSeq_other-seqids` element.
    ///
    /// ## Why it matters
    /// The element is in the DTD for offices that pass listings to sequence databases; applicants must not fill it
    /// in, and WIPO Sequence's verification rejects a listing that has it.
    ///
    /// ## Legal basis
    /// ST.26, Annex V (data exchange between offices and databases), as WIPO's ST.26 FAQ explains it (grade B);
    /// 37 CFR 1.833(b)(2)(v).
    pub static RULE = Rule {
        id: "sequences/other-seqids-present",
        summary: "a sequence has INSDSeq_other-seqids, which only offices fill in",
        offices: &law::standard("1.833(b)(2)(v)", "ST.26, Annex V", Grade::B),
        examples: Examples {
            fires: &["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ST26SequenceListing dtdVersion=\"V1_3\"><SequenceData sequenceIDNumber=\"1\"><INSDSeq><INSDSeq_length>4</INSDSeq_length><INSDSeq_moltype>AA</INSDSeq_moltype><INSDSeq_division>PAT</INSDSeq_division><INSDSeq_other-seqids><INSDSeqid>pat|US|1</INSDSeqid></INSDSeq_other-seqids><INSDSeq_sequence>MKTA</INSDSeq_sequence></INSDSeq></SequenceData></ST26SequenceListing>"],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    for sequence in listing.sequences.iter().filter(|s| s.other_seqids.is_some()).take(MAX_FINDINGS) {
        out.report(
            &RULE,
            at_sequence(sequence, Some("INSDSeq_other-seqids"), sequence.other_seqids),
            message!("other-seqids-present", id = sequence.id_text.as_str()),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn locates_the_element() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(finding.message, "SEQ ID NO 1 has INSDSeq_other-seqids, which only offices fill in; remove it.");
        assert_eq!(
            finding.location.element.as_deref(),
            Some("SequenceData[@sequenceIDNumber=1]/INSDSeq/INSDSeq_other-seqids")
        );
    }
}

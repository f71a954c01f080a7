use super::{at_sequence, law, MAX_FINDINGS};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Sequences left out on purpose ("intentionally skipped"), whose `INSDSeq_sequence` is `000`: they keep
    /// their `INSDSeq_length`, `INSDSeq_moltype` and `INSDSeq_division` elements empty and have no feature table.
    /// A sequence written `0` or `00`, or `000` among other residues, is a sequence with wrong residues
    /// (`sequences/residue-invalid`), not a skipped one.
    ///
    /// ## Why it matters
    /// A skipped sequence keeps the numbering of the others; one written otherwise is read as a real sequence and
    /// fails validation.
    ///
    /// ## Legal basis
    /// ST.26, paragraph 58 (with paragraph 3(d)), as WIPO's ST.26 FAQ cites it, and MPEP 2412.05(a) as quoted
    /// (empty length, molecule type and division, no feature table, `000`); 37 CFR 1.833(b)(2)(v). Grade C: the
    /// paragraph's own text was not read.
    pub static RULE = Rule {
        id: "sequences/skipped-sequence-malformed",
        summary: "an intentionally skipped sequence (000) is not written as ST.26 says",
        offices: &law::standard("1.833(b)(2)(v)", "ST.26, paragraph 58", Grade::C),
        examples: Examples {
            fires: &[super::st26!(
                "1",
                super::sequence!(
                    "1",
                    "3",
                    "DNA",
                    super::feat!("source", "1..3", "organism" = "synthetic construct", "mol_type" = "other DNA"),
                    "000"
                )
            )],
            silent: &[super::VALID, super::st26!(
                "1",
                "<SequenceData sequenceIDNumber=\"1\"><INSDSeq><INSDSeq_length/><INSDSeq_moltype/><INSDSeq_division/><INSDSeq_sequence>000</INSDSeq_sequence></INSDSeq></SequenceData>\n"
            )],
        },
        check: Check::Sequences(check),
    };
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let mut reported = 0;
    for sequence in listing.sequences.iter().filter(|s| s.skipped) {
        let id = sequence.id_text.as_str();
        let filled = [
            ("INSDSeq_length", &sequence.length),
            ("INSDSeq_moltype", &sequence.moltype),
            ("INSDSeq_division", &sequence.division),
        ];
        let mut problems = Vec::new();
        if sequence.feature_table {
            problems.push(("INSDSeq_feature-table", None, message!("skipped-sequence-malformed", id = id)));
        }
        for (element, value) in filled {
            if let Some(value) = value.as_ref().filter(|v| !v.text.is_empty()) {
                problems.push((
                    element,
                    Some(value.line),
                    message!(
                        "skipped-sequence-malformed-seq-id-no",
                        id = id,
                        element = element,
                        value = value.text.as_str()
                    ),
                ));
            }
        }
        for (element, line, message) in problems {
            reported += 1;
            if reported > MAX_FINDINGS {
                return;
            }
            out.report(&RULE, at_sequence(sequence, Some(element), line), message);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::findings;

    #[test]
    fn names_what_a_skipped_sequence_must_not_have() {
        let found = findings(super::RULE.id, "a.xml", super::RULE.examples.fires[0].as_bytes());
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(messages[0], "Skipped SEQ ID NO 1 has a feature table; an intentionally skipped sequence has none.");
        assert_eq!(
            messages[1],
            "Skipped SEQ ID NO 1 gives INSDSeq_length 3; for an intentionally skipped sequence it is left empty."
        );
        assert_eq!(found.len(), 4);
        assert_eq!(
            found[1].location.element.as_deref(),
            Some("SequenceData[@sequenceIDNumber=1]/INSDSeq/INSDSeq_length")
        );
    }
}

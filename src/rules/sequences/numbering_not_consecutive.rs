use super::{at_sequence, law, MAX_FINDINGS};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That the sequences' `sequenceIDNumber` attributes are whole numbers that run 1, 2, 3… in order, without
    /// gaps or repeats (a sequence left out on purpose keeps its number as a skipped sequence, `000`). Each break
    /// is reported once; the numbering is then followed from the number found.
    ///
    /// ## Why it matters
    /// The SEQ ID NOs are how the description and claims refer to the sequences; a gap or repeat makes a
    /// reference ambiguous and fails validation.
    ///
    /// ## Legal basis
    /// ST.26, paragraphs 50-55 (the sequence data part), and paragraph 58 for skipped sequences; 37 CFR 1.833(b)(2)(v).
    /// Unconfirmed: the paragraph that requires consecutive numbering was not read here, so a warning.
    pub static RULE = Rule {
        id: "sequences/numbering-not-consecutive",
        summary: "the SEQ ID NOs of the listing do not run 1, 2, 3… without gaps",
        offices: &law::standard("1.833(b)(2)(v)", "ST.26, paragraphs 50-55", Grade::Unconfirmed),
        examples: Examples {
            fires: &[super::st26!(
                "2",
                super::dna_sequence!("1", "12"),
                super::dna_sequence!("3", "12")
            )],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let mut previous: u32 = 0;
    let mut reported = 0;
    for sequence in &listing.sequences {
        let message = match sequence.number {
            None => message!("numbering-not-consecutive-sequenceidnumber-whole-number", id = sequence.id_text.as_str()),
            Some(number) if Some(number) == previous.checked_add(1) => {
                previous = number;
                continue;
            }
            Some(number) if previous == 0 => message!("numbering-not-consecutive-first-sequence-seq", number = number),
            Some(number) => message!("numbering-not-consecutive-seq-id-no", number = number, previous = previous),
        };
        if let Some(number) = sequence.number {
            previous = number;
        }
        reported += 1;
        if reported > MAX_FINDINGS {
            break;
        }
        out.report(&RULE, at_sequence(sequence, None, None), message);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn reports_the_break_at_the_sequence() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(
            finding.message,
            "SEQ ID NO 3 follows SEQ ID NO 1; sequence identification numbers run 1, 2, 3… without gaps or repeats."
        );
        assert_eq!(finding.location.sequence, Some(3));
        assert_eq!(finding.location.element.as_deref(), Some("SequenceData[@sequenceIDNumber=3]"));
    }
}

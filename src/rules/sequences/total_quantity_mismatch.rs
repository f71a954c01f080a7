use super::{at_element, law};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That `SequenceTotalQuantity` is there and equals the number of `SequenceData` elements (skipped sequences,
    /// `000`, count).
    ///
    /// ## Why it matters
    /// The total is how an office checks that the listing it received is whole; a total that disagrees with the
    /// sequences fails validation.
    ///
    /// ## Legal basis
    /// ST.26, paragraphs 45, 47 and 48 (the general information part) and the DTD of Annex II; 37 CFR
    /// 1.833(b)(2)(iv). Unconfirmed: the paragraphs' text was not read here, so a warning.
    pub static RULE = Rule {
        id: "sequences/total-quantity-mismatch",
        summary: "SequenceTotalQuantity differs from the number of sequences",
        offices: &law::standard("1.833(b)(2)(iv)", "ST.26, paragraphs 45, 47 and 48", Grade::Unconfirmed),
        examples: Examples {
            fires: &[super::st26!(
                "2",
                super::dna_sequence!("1", "12")
            )],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let count = listing.sequences.len();
    match &listing.total_quantity {
        None => out.report(
            &RULE,
            at_element("SequenceTotalQuantity", None),
            if count == 1 {
                message!("total-quantity-mismatch")
            } else {
                message!("total-quantity-mismatch-listing-has-no", count = count)
            },
        ),
        Some(total) if total.text.parse::<usize>().ok() != Some(count) => out.report(
            &RULE,
            at_element("SequenceTotalQuantity", Some(total.line)),
            if count == 1 {
                message!("total-quantity-mismatch-sequencetotalquantity-but-listing", declared = total.text.as_str())
            } else {
                message!(
                    "total-quantity-mismatch-sequencetotalquantity-but-listing-has",
                    declared = total.text.as_str(),
                    count = count
                )
            },
        ),
        Some(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn gives_both_numbers() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(finding.message, "SequenceTotalQuantity is 2, but the listing has one SequenceData element.");
        assert_eq!(
            (finding.location.element.as_deref(), finding.location.line),
            (Some("SequenceTotalQuantity"), Some(7))
        );
    }
}

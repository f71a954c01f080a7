use super::{at_feature, at_sequence, law, MAX_FINDINGS};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That every sequence (but a skipped one, `000`) has a `source` feature whose location spans the whole
    /// sequence (`1..n`, n its length), with an `organism` qualifier and a `mol_type` qualifier.
    ///
    /// ## Why it matters
    /// The source feature is mandatory for every sequence, with its two qualifiers; a listing without it fails
    /// validation, and adding the organism later may add matter.
    ///
    /// ## Legal basis
    /// ST.26, paragraph 75, as EPO Guidelines F-II, 6.2.4 restates it (read on epo.org: grade A for the EPO, B
    /// elsewhere); 37 CFR 1.833(b)(2)(v) incorporates paragraph 75 for the USPTO. That the one source feature spans
    /// the whole sequence is the feature table's rule as ST.26 takes it (not read in the paragraph itself).
    pub static RULE = Rule {
        id: "sequences/source-feature-missing",
        summary: "a sequence lacks its source feature spanning it, with organism and mol_type",
        offices: &law::read_at_the_epo(law::standard("1.833(b)(2)(v)", "ST.26, paragraph 75", Grade::B)),
        examples: Examples {
            fires: &[super::st26!(
                "1",
                super::sequence!(
                    "1",
                    "12",
                    "DNA",
                    super::feat!("source", "1..10", "mol_type" = "other DNA"),
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
        let id = sequence.id_text.as_str();
        let mut problems = Vec::new();
        match sequence.features.iter().find(|f| f.key == "source") {
            None => problems.push((
                at_sequence(sequence, Some("INSDSeq_feature-table"), None),
                message!("source-feature-missing", id = id),
            )),
            Some(source) => {
                let whole = format!("1..{}", sequence.residue_count);
                let spans = source.location == whole || (sequence.residue_count == 1 && source.location == "1");
                if !spans {
                    problems.push((
                        at_feature(sequence, source, Some("INSDFeature_location")),
                        message!(
                            "source-feature-missing-seq-id-no",
                            id = id,
                            location = source.location.as_str(),
                            whole = whole
                        ),
                    ));
                }
                for qualifier in ["organism", "mol_type"] {
                    if source.qualifier(qualifier).is_none_or(str::is_empty) {
                        problems.push((
                            at_feature(sequence, source, None),
                            message!("source-feature-missing-seq-id-no-has", id = id, qualifier = qualifier),
                        ));
                    }
                }
            }
        }
        for (location, message) in problems {
            reported += 1;
            if reported > MAX_FINDINGS {
                return;
            }
            out.report(&RULE, location, message);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::findings;

    #[test]
    fn names_the_span_and_the_missing_qualifier() {
        let found = findings(super::RULE.id, "a.xml", super::RULE.examples.fires[0].as_bytes());
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "The source feature of SEQ ID NO 1 is at 1..10; it must span the whole sequence, 1..12.",
                "The source feature of SEQ ID NO 1 has no organism qualifier."
            ]
        );
        assert_eq!(
            found[0].location.element.as_deref(),
            Some("SequenceData[@sequenceIDNumber=1]/INSDSeq/INSDSeq_feature-table/INSDFeature[1]/INSDFeature_location")
        );
    }
}

use super::{at_qualifier, law, MAX_FINDINGS};
use crate::message::message;
use crate::model::sequences::MolType;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The values of the nucleotide qualifiers whose format is a number from a fixed set: `codon_start` is 1, 2
    /// or 3 (the position of the first base of the first complete codon), and `transl_table` is the number of one
    /// of the genetic code tables of Section 9 (1 is the standard code). A `codon_start` of 0 or 4, or a
    /// `transl_table` written as a name ("Standard") or numbered 7 or 8 (tables that no longer exist), is reported.
    ///
    /// ## Why it matters
    /// These values drive the translation of a coding sequence; a value outside the vocabulary fails validation.
    ///
    /// ## Legal basis
    /// ST.26, Annex I, Section 6 (qualifiers `codon_start` and `transl_table`) and Section 9 (the genetic code
    /// tables); 37 CFR 1.833(b)(2)(v). Grade C: the value formats were read in the EPO's BiSSAP reference pages,
    /// which follow a draft of the Annex, and the table numbers are NCBI's, which Section 9 reproduces; a warning.
    pub static RULE = Rule {
        id: "sequences/qualifier-value-invalid",
        summary: "a codon_start or transl_table value is outside Annex I",
        offices: &law::warned(law::standard("1.833(b)(2)(v)", "ST.26, Annex I, Section 6", Grade::C)),
        examples: Examples {
            fires: &[super::dna_with!(super::feat!("CDS", "1..12", "codon_start" = "0", "transl_table" = "11"))],
            silent: &[
                super::VALID,
                super::dna_with!(super::feat!("CDS", "1..12", "codon_start" = "1", "transl_table" = "11")),
            ],
        },
        check: Check::Sequences(check),
    };
}

/// Whether `value` is a valid value of the qualifier `name`; `None` for qualifiers this rule does not check.
fn valid(name: &str, value: &str) -> Option<bool> {
    match name {
        "codon_start" => Some(matches!(value, "1" | "2" | "3")),
        "transl_table" => Some(value.parse::<u8>().is_ok_and(|n| law::TRANSLATION_TABLES.contains(&n))),
        _ => None,
    }
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let invalid = listing.qualifiers().filter(|(s, _, q)| {
        !s.skipped
            && s.mol_type().is_some_and(MolType::is_nucleotide)
            && valid(&q.name, q.value.as_deref().unwrap_or_default()) == Some(false)
    });
    for (sequence, feature, qualifier) in invalid.take(MAX_FINDINGS) {
        let (key, id) = (feature.key.as_str(), sequence.id_text.as_str());
        let value = qualifier.value.as_deref().unwrap_or_default();
        let message = if qualifier.name == "codon_start" {
            message!("qualifier-value-invalid", key = key, id = id, value = value)
        } else {
            message!("qualifier-value-invalid-transl-table-feature", key = key, id = id, value = value)
        };
        out.report(&RULE, at_qualifier(sequence, feature, qualifier, "INSDQualifier_value"), message);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn names_the_value_and_what_it_must_be() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(finding.message, "codon_start of feature CDS in SEQ ID NO 1 is \"0\"; it must be 1, 2 or 3.");
        assert_eq!(finding.severity, crate::report::Severity::Warning);
    }

    #[test]
    fn transl_table_takes_the_numbers_of_existing_tables() {
        assert_eq!(super::valid("transl_table", "11"), Some(true));
        assert_eq!(super::valid("transl_table", "7"), Some(false));
        assert_eq!(super::valid("transl_table", "Standard"), Some(false));
        assert_eq!(super::valid("note", "anything"), None);
    }
}

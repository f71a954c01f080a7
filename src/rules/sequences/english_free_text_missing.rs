use super::{at_qualifier, MAX_FINDINGS};
use crate::citation::{Authority::Cfr37, Citation};
use crate::message::message;
use crate::model::SequenceListing;
use crate::office::Office::US;
use crate::report::Severity::Error;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Each qualifier whose free text is given only in another language (`NonEnglishQualifier_value` without an
    /// `INSDQualifier_value`): the USPTO requires the English value as well. ST.26 itself allows free text in
    /// English, in another language, or in both (paragraphs 85–87), so the other offices take a listing whose
    /// free text is only in the language of the application.
    ///
    /// ## Why it matters
    /// A listing filed at the USPTO without the English free text does not comply with 37 CFR 1.833(b)(3); a
    /// listing prepared for a Japanese, Korean or Chinese filing needs its English values added before it is
    /// filed in the United States.
    ///
    /// ## Legal basis
    /// 37 CFR 1.833(b)(3): "Include an INSDQualifier_value element with a value in English for any
    /// language-dependent free text qualifier as defined by paragraphs 76 and 85-87 of WIPO Standard ST.26".
    /// Grade B: the rule read in copies that quote the eCFR text.
    pub static RULE = Rule {
        id: "sequences/english-free-text-missing",
        summary: "free text is given only in another language, without the English value the USPTO requires",
        offices: &[policy(US, Error, Citation::new(Cfr37, "1.833(b)(3)"), Grade::B)],
        examples: Examples {
            fires: &[super::protein_note!(
                " nonEnglishFreeTextLanguageCode=\"ja\"",
                "<NonEnglishQualifier_value>リンカー</NonEnglishQualifier_value>"
            )],
            silent: &[super::protein_note!(
                " nonEnglishFreeTextLanguageCode=\"ja\"",
                "<INSDQualifier_value>linker</INSDQualifier_value><NonEnglishQualifier_value>リンカー</NonEnglishQualifier_value>"
            )],
        },
        check: Check::Sequences(check),
    };
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let missing = listing.qualifiers().filter(|(_, _, q)| q.value.is_none());
    let missing = missing.filter_map(|(s, f, q)| Some((s, f, q, q.non_english_value.as_deref()?)));
    for (sequence, feature, qualifier, text) in missing.take(MAX_FINDINGS) {
        out.report(
            &RULE,
            at_qualifier(sequence, feature, qualifier, "NonEnglishQualifier_value"),
            message!(
                "english-free-text-missing",
                name = qualifier.name.as_str(),
                key = feature.key.as_str(),
                id = sequence.id_text.as_str(),
                value = text
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::one;

    #[test]
    fn names_the_qualifier_and_its_text_for_the_uspto_only() {
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(
            finding.message,
            "The note of feature REGION in SEQ ID NO 1 is given only in another language (\"リンカー\"); the USPTO requires its English text in INSDQualifier_value as well."
        );
        assert_eq!(finding.offices, [crate::office::Office::US]);
        assert!(finding
            .location
            .element
            .as_deref()
            .is_some_and(|e| e.ends_with("INSDQualifier[1]/NonEnglishQualifier_value")));
    }
}

use super::{at_element, at_qualifier, law, MAX_FINDINGS};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Free text in another language than English (`NonEnglishQualifier_value`) against the language the root
    /// declares for it, `nonEnglishFreeTextLanguageCode`: the attribute must be there when any such value is, and
    /// each value must be written in a script of that language. The script is compared, not the words: Japanese
    /// text declared `ko`, Hangul declared `ja` or `zh`, kana declared `zh`, or Chinese or Japanese characters
    /// declared as a language written in Latin letters (`de`, `fr`) are reported; a Latin name (a species) is
    /// taken in any language.
    ///
    /// ## Why it matters
    /// The office reads the code to know what the free text is in, and all non-English free text of one listing
    /// is in that one language; a listing converted from an earlier one, or assembled from two, gets it wrong.
    ///
    /// ## Legal basis
    /// ST.26, paragraphs 85–87 (free text) and the root's `nonEnglishFreeTextLanguageCode` (paragraph 43);
    /// 37 CFR 1.833(b)(2)(iii). Grade C: the paragraphs were read as MPEP 2413.01(h) is quoted by others; a warning.
    pub static RULE = Rule {
        id: "sequences/non-english-language-invalid",
        summary: "non-English free text without its language code, or in another script than the code's",
        offices: &law::warned(law::standard("1.833(b)(2)(iii)", "ST.26, paragraphs 85–87", Grade::C)),
        examples: Examples {
            fires: &[super::protein_note!(
                " nonEnglishFreeTextLanguageCode=\"ko\"",
                "<INSDQualifier_value>linker</INSDQualifier_value><NonEnglishQualifier_value>リンカー</NonEnglishQualifier_value>"
            )],
            silent: &[super::protein_note!(
                " nonEnglishFreeTextLanguageCode=\"ja\"",
                "<INSDQualifier_value>linker</INSDQualifier_value><NonEnglishQualifier_value>リンカー</NonEnglishQualifier_value>"
            )],
        },
        check: Check::Sequences(check),
    };
}

/// Whether `text` could be written in the language `code`, by its script alone. Only clear contradictions count:
/// text in Latin letters fits any code (a species' name is Latin everywhere).
fn fits(code: &str, text: &str) -> bool {
    let code = code.to_ascii_lowercase();
    let has = |range: &[std::ops::RangeInclusive<char>]| text.chars().any(|c| range.iter().any(|r| r.contains(&c)));
    let kana = has(&['\u{3040}'..='\u{30ff}']);
    let hangul = has(&['\u{ac00}'..='\u{d7af}', '\u{1100}'..='\u{11ff}']);
    let han = has(&['\u{3400}'..='\u{9fff}']);
    match code.as_str() {
        "ja" => !hangul,
        "zh" => !hangul && !kana,
        "ko" => !kana,
        // Languages written in other scripts (Cyrillic, Greek, Arabic…) are not told apart here.
        _ if code.len() == 2 => !(kana || hangul || han),
        _ => true,
    }
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let mut non_english = listing.qualifiers().filter_map(|(s, f, q)| Some((s, f, q, q.non_english_value.as_deref()?)));
    let Some(code) = listing.attribute("nonEnglishFreeTextLanguageCode") else {
        if let Some((sequence, _, qualifier, text)) = non_english.next() {
            out.report(
                &RULE,
                at_element("ST26SequenceListing/@nonEnglishFreeTextLanguageCode", None),
                message!(
                    "non-english-language-invalid",
                    name = qualifier.name.as_str(),
                    id = sequence.id_text.as_str(),
                    text = text
                ),
            );
        }
        return;
    };
    for (sequence, feature, qualifier, text) in non_english.filter(|(.., text)| !fits(code, text)).take(MAX_FINDINGS) {
        out.report(
            &RULE,
            at_qualifier(sequence, feature, qualifier, "NonEnglishQualifier_value"),
            message!(
                "non-english-language-invalid-feature-seq-id",
                name = qualifier.name.as_str(),
                key = feature.key.as_str(),
                id = sequence.id_text.as_str(),
                text = text,
                code = code
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::fits;
    use crate::rules::sequences::tests::findings;

    #[test]
    fn scripts_that_contradict_the_code() {
        assert!(!fits("ko", "リンカー"));
        assert!(!fits("ja", "링커"));
        assert!(!fits("zh", "リンカー"));
        assert!(!fits("de", "连接子"));
        assert!(fits("ja", "連結配列"));
        assert!(fits("zh", "连接子"));
        assert!(fits("ko", "Homo sapiens"));
        assert!(fits("de", "Verbindungsstück"));
        assert!(fits("JA", "リンカー"), "codes are compared without case");
    }

    #[test]
    fn names_the_text_and_the_code() {
        let found = findings(super::RULE.id, "listing.xml", super::RULE.examples.fires[0].as_bytes());
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "The note of feature REGION in SEQ ID NO 1 (\"リンカー\") is not written in the script of the language the listing declares for its non-English free text (ko)."
        );
    }

    #[test]
    fn a_missing_code_is_reported_once_on_the_root() {
        let xml = super::RULE.examples.fires[0].replace(" nonEnglishFreeTextLanguageCode=\"ko\"", "");
        let found = findings(super::RULE.id, "listing.xml", xml.as_bytes());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].location.element.as_deref(), Some("ST26SequenceListing/@nonEnglishFreeTextLanguageCode"));
    }
}

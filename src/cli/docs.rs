//! The rules' documentation in Japanese, Korean and Chinese, for `patlint explain --language`. One file per
//! language and rule family (messages/docs/<language>/<family>.md; scripts/rule-docs.mjs writes them for the page and
//! the npm package as pkg/rule-docs.<language>.js) holds a section
//! per rule, opened by a marker line that names the rule and a hash of the English documentation it translates:
//! a section whose English has changed since is not shown (the English is), and the tests below fail when any
//! section is missing or stale.

use crate::language::MessageLanguage;
use patlint::rules::Rule;

/// The files of one language, one per rule family.
macro_rules! families {
    ($language:literal) => {
        [
            include_str!(concat!("../../messages/docs/", $language, "/assignment.md")),
            include_str!(concat!("../../messages/docs/", $language, "/claims.md")),
            include_str!(concat!("../../messages/docs/", $language, "/description.md")),
            include_str!(concat!("../../messages/docs/", $language, "/drawings.md")),
            include_str!(concat!("../../messages/docs/", $language, "/input.md")),
            include_str!(concat!("../../messages/docs/", $language, "/sequences.md")),
        ]
    };
}

const JAPANESE: [&str; 6] = families!("ja");
const KOREAN: [&str; 6] = families!("ko");
const CHINESE: [&str; 6] = families!("zh");

/// The files of `language`; none for English, the language the rules are documented in.
fn files(language: MessageLanguage) -> &'static [&'static str] {
    match language {
        MessageLanguage::English => &[],
        MessageLanguage::Japanese => &JAPANESE,
        MessageLanguage::Korean => &KOREAN,
        MessageLanguage::Chinese => &CHINESE,
    }
}

/// The heading of the measurement appended to a rule's documentation; the measurement itself is written by
/// scripts/precision.sh in English.
fn measured_heading(language: MessageLanguage) -> &'static str {
    match language {
        MessageLanguage::English => "Measured on real documents",
        MessageLanguage::Japanese => "実際の文書での測定",
        MessageLanguage::Korean => "실제 문서에서의 측정",
        MessageLanguage::Chinese => "在真实文件上的测量",
    }
}

/// A 64-bit FNV-1a hash of the English documentation, in hexadecimal: what a section's marker records.
pub fn source_hash(english: &str) -> String {
    let hash = english
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

/// Each section of a file: the rule id, the hash of the English it translates, and its text.
fn sections(file: &str) -> impl Iterator<Item = (&str, &str, &str)> {
    file.split("<!-- rule: ").skip(1).filter_map(|section| {
        let (marker, text) = section.split_once(" -->")?;
        let (id, source) = marker.split_once(" source: ")?;
        Some((id, source, text.trim()))
    })
}

/// `rule`'s documentation in `language`, with its measurement, when a current translation exists.
pub fn translated(rule: &Rule, language: MessageLanguage) -> Option<String> {
    let source = source_hash(&rule.own_documentation());
    let text = files(language)
        .iter()
        .flat_map(|file| sections(file))
        .find(|(id, hash, _)| *id == rule.id && *hash == source)
        .map(|(_, _, text)| text)?;
    Some(match rule.measured() {
        Some(measured) => format!("{text}\n\n## {}\n{measured}", measured_heading(language)),
        None => text.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use patlint::rules::RULES;

    const LANGUAGES: [MessageLanguage; 3] =
        [MessageLanguage::Japanese, MessageLanguage::Korean, MessageLanguage::Chinese];

    fn code_spans(text: &str) -> Vec<&str> {
        text.split('`').skip(1).step_by(2).collect()
    }

    #[test]
    fn every_rule_is_documented_in_every_language_from_its_current_english() {
        let mut faults = Vec::new();
        for language in LANGUAGES {
            for rule in RULES {
                let english = rule.own_documentation();
                let source = source_hash(&english);
                let found: Vec<_> =
                    files(language).iter().flat_map(|file| sections(file)).filter(|(id, ..)| *id == rule.id).collect();
                let marker = format!("<!-- rule: {} source: {source} -->", rule.id);
                let [(_, hash, text)] = found.as_slice() else {
                    faults.push(format!("{language:?} {}: {} sections; one opens with {marker}", rule.id, found.len()));
                    continue;
                };
                if *hash != source {
                    faults.push(format!(
                        "{language:?} {}: translates older English; translate it again under {marker}",
                        rule.id
                    ));
                }
                let headings = |text: &str| text.lines().filter(|line| line.starts_with("## ")).count();
                if headings(text) != headings(&english) {
                    faults.push(format!("{language:?} {}: its headings differ from the English", rule.id));
                }
                for span in code_spans(&english) {
                    if !code_spans(text).contains(&span) {
                        faults.push(format!("{language:?} {}: `{span}` is missing", rule.id));
                    }
                }
                if text.trim() == english {
                    faults.push(format!("{language:?} {}: not translated", rule.id));
                }
            }
        }
        assert!(faults.is_empty(), "rule documentation translations:\n{}", faults.join("\n"));
    }

    /// Without the drawings feature the drawing rules are not built, and their sections name no rule here.
    #[cfg(feature = "drawings")]
    #[test]
    fn every_section_names_a_rule() {
        for language in LANGUAGES {
            for (id, ..) in files(language).iter().flat_map(|file| sections(file)) {
                assert!(patlint::rules::find(id).is_some(), "{language:?}: a section for no rule, {id}");
            }
        }
    }

    #[test]
    fn a_translation_is_shown_with_the_measurement_under_a_translated_heading() {
        let rule = RULES.iter().find(|rule| rule.measured().is_some()).expect("a measured rule");
        let shown = translated(rule, MessageLanguage::Japanese).expect("a current Japanese translation");
        assert!(shown.contains("\n## 実際の文書での測定\n"), "{shown}");
        assert!(shown.ends_with(rule.measured().unwrap_or_default()));
        assert_eq!(translated(rule, MessageLanguage::English), None);
    }

    #[test]
    fn the_hash_is_fnv_1a() {
        // The published FNV-1a 64 test vectors.
        assert_eq!(source_hash(""), "cbf29ce484222325");
        assert_eq!(source_hash("a"), "af63dc4c8601ec8c");
    }
}

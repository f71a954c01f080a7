//! Rules on specifications: abstract, title, paragraph numbers, sections, page set-up, Word conformance, figures and
//! reference numerals, and (filing-level) claims' reference signs against the description. One file per rule;
//! `profile` holds the offices' parameters as data.

pub mod abstract_figure_not_indicated;
pub mod abstract_legal_phraseology;
pub mod abstract_reference_sign_without_parentheses;
pub mod abstract_several_paragraphs;
pub mod abstract_too_long;
pub mod claim_reference_sign_not_in_description;
pub mod comments_present;
pub mod docx_macro_enabled;
pub mod docx_not_strict;
pub mod element_several_reference_numerals;
pub mod embedded_object_present;
pub mod figure_not_described;
pub mod font_not_accepted;
pub mod font_size_invalid;
pub mod landscape_page;
pub mod line_spacing_invalid;
pub mod margins_invalid;
pub mod page_size_invalid;
#[cfg(feature = "drawings")]
pub mod pages_not_numbered;
pub mod paragraph_number_malformed;
pub mod paragraph_number_missing;
pub mod paragraph_numbers_not_consecutive;
/// Only PDFs have pages whose breaks are known; they are read with the `drawings` feature.
#[cfg(feature = "drawings")]
pub mod part_not_on_new_sheet;
pub mod profile;
pub mod reference_numeral_several_elements;
pub mod section_missing;
pub mod sections_out_of_order;

pub mod title_improper_form;
pub mod title_too_long;
pub mod tracked_changes_present;
pub mod unsupported_word_content;

use crate::analysis::paragraph_text;
use crate::language::Language;
use crate::message::{message, Arg, Message};
use crate::model::description::{Numeral, Paragraph, Part, SectionKind, Specification};
use crate::office::Office;
use crate::report::Location;
use crate::rules::util::excerpt;
use std::collections::btree_map::{BTreeMap, Entry};

/// Findings of one rule in one document stop after this many; one more finding says how many were left out.
pub(crate) const MAX_FINDINGS: usize = 10;

/// The reference numerals of the description that disagree with the first one seen under the same `key`: for the
/// two mirror rules, one element written with two numerals (key: the name; identity: the numeral's digits) and one
/// numeral naming two elements (key: the numeral; identity: the name's last word). Each numeral whose `identity`
/// differs from the first's is passed to `found` with its paragraph, the first numeral and the first's paragraph,
/// once per key and identity, at most `MAX_FINDINGS` in all.
pub(crate) fn numeral_conflicts<'a, K: Ord, I: PartialEq>(
    spec: &'a Specification,
    key: impl Fn(&'a Numeral) -> K,
    identity: impl Fn(&'a Numeral) -> I,
    mut found: impl FnMut(&'a Paragraph, &'a Numeral, &'a Numeral, u32),
) {
    // Key → the first numeral, its paragraph, and the identities reported under the key.
    let mut seen: BTreeMap<K, (&'a Numeral, u32, Vec<I>)> = BTreeMap::new();
    let mut count = 0;
    for paragraph in spec.body(Part::Description) {
        for numeral in paragraph_text::numerals(paragraph) {
            let (first, first_paragraph, reported) = match seen.entry(key(numeral)) {
                Entry::Vacant(entry) => {
                    entry.insert((numeral, paragraph.index, Vec::new()));
                    continue;
                }
                Entry::Occupied(entry) => entry.into_mut(),
            };
            let identity_here = identity(numeral);
            if identity_here == identity(first) || reported.contains(&identity_here) {
                continue;
            }
            reported.push(identity_here);
            count += 1;
            if count > MAX_FINDINGS {
                return;
            }
            found(paragraph, numeral, first, *first_paragraph);
        }
    }
}

/// The location of a paragraph: its index, line, section and opening words.
pub(crate) fn at(spec: &Specification, paragraph: &Paragraph) -> Location {
    Location {
        paragraph: Some(paragraph.index),
        page: paragraph.page,
        line: paragraph.line,
        section: section_name(spec, paragraph),
        excerpt: (!paragraph.text.is_empty()).then(|| excerpt(&paragraph.text, 0, 60)),
        ..Location::default()
    }
}

/// The part or section a paragraph is in, as findings name it.
pub(crate) fn section_name(spec: &Specification, paragraph: &Paragraph) -> Option<String> {
    match paragraph.part {
        Some(Part::Abstract) => Some("abstract".into()),
        Some(Part::Claims) => Some("claims".into()),
        Some(Part::Drawings) => Some("drawings".into()),
        Some(Part::Front) if spec.title.as_ref().and_then(|t| t.paragraph) == Some(paragraph.index) => {
            Some("title".into())
        }
        _ => spec.section_of(paragraph).map(|s| excerpt(&s.heading, 0, 60)),
    }
}

/// The location of the abstract (its first paragraph, or its heading).
pub(crate) fn at_abstract(spec: &Specification) -> Location {
    let first =
        spec.body(Part::Abstract).next().or_else(|| spec.paragraphs.iter().find(|p| p.part == Some(Part::Abstract)));
    match first {
        Some(p) => at(spec, p),
        None => Location { section: Some("abstract".into()), ..Location::default() },
    }
}

/// The location of the title.
pub(crate) fn at_title(spec: &Specification) -> Location {
    let Some(title) = spec.title.as_ref() else {
        return Location { section: Some("title".into()), ..Location::default() };
    };
    let paragraph = title.paragraph.and_then(|i| spec.paragraphs.get(i as usize - 1));
    Location {
        paragraph: title.paragraph,
        page: paragraph.and_then(|p| p.page),
        line: paragraph.and_then(|p| p.line),
        section: Some("title".into()),
        excerpt: Some(excerpt(&title.text, 0, 60)),
        ..Location::default()
    }
}

/// The location of a whole document (for page set-up and Word content without a paragraph).
pub(crate) fn at_paragraph_index(spec: &Specification, index: u32) -> Location {
    match index.checked_sub(1).and_then(|i| spec.paragraphs.get(i as usize)) {
        Some(p) => at(spec, p),
        None => Location::default(),
    }
}

/// Reports each mark of a Word document (a tracked change, a comment, an object) where it is, with the message
/// `advice` makes from what the mark is; past `MAX_FINDINGS`, one finding says how many more there are.
pub(crate) fn report_marks(
    rule: &'static crate::rules::Rule,
    spec: &Specification,
    marks: &[crate::model::description::Mark],
    advice: fn(Arg) -> Message,
    out: &mut crate::rules::Reporter,
) {
    for mark in marks.iter().take(MAX_FINDINGS) {
        out.report(rule, at_paragraph_index(spec, mark.paragraph), advice(mark.what.clone().into()));
    }
    if marks.len() > MAX_FINDINGS {
        let more = marks.len() - MAX_FINDINGS;
        out.report(rule, Location::default(), message!("description", more = more, listed = MAX_FINDINGS));
    }
}

/// How a section is headed in the document's language, for messages: "【技術分野】 (technical field)" in a Japanese
/// document, the section's name elsewhere.
pub(crate) fn heading_name(kind: SectionKind, language: Option<Language>) -> Message {
    use SectionKind as K;
    let ja = match kind {
        K::Title => "【発明の名称】",
        K::TechnicalField => "【技術分野】",
        K::Background => "【背景技術】",
        K::CitationList => "【先行技術文献】",
        K::Summary => "【発明の概要】",
        K::Problem => "【発明が解決しようとする課題】",
        K::Solution => "【課題を解決するための手段】",
        K::Effects => "【発明の効果】",
        K::Drawings => "【図面の簡単な説明】",
        K::Embodiments => "【発明を実施するための形態】",
        K::Examples => "【実施例】",
        K::IndustrialApplicability => "【産業上の利用可能性】",
        K::ReferenceSigns => "【符号の説明】",
        _ => "",
    };
    let zh = match kind {
        K::TechnicalField => "技术领域",
        K::Background => "背景技术",
        K::Summary => "发明内容",
        K::Drawings => "附图说明",
        K::Embodiments => "具体实施方式",
        _ => "",
    };
    let heading = match language {
        Some(Language::Ja) => ja,
        Some(Language::Zh) => zh,
        _ => "",
    };
    if heading.is_empty() {
        kind.label()
    } else {
        message!("description-2", heading = heading, name = kind.label())
    }
}

/// The offices among `offices` whose table applies to documents of the specification's language.
pub(crate) fn offices_for<T>(
    table: &[T],
    office: impl Fn(&T) -> Office,
    languages: impl Fn(&T) -> &[Language],
    spec: &Specification,
) -> Vec<Office> {
    table.iter().filter(|row| profile::applies(languages(row), spec.language)).map(office).collect()
}

/// Whether the specification's text is in a language the English-language heuristics read.
pub(crate) fn english(spec: &Specification) -> bool {
    matches!(spec.language, Some(Language::En) | None)
}

/// The messages of `rule`'s findings in `text` read as a description, each once, in order.
#[cfg(test)]
pub(crate) fn messages(rule: &str, text: &str) -> Vec<String> {
    let options = crate::Options { kind: Some(crate::report::DocumentKind::Description), ..crate::Options::default() };
    let file = crate::InputFile { name: "spec.txt".into(), bytes: text.as_bytes().to_vec() };
    let mut messages: Vec<String> =
        crate::check(&[file], &options).findings.into_iter().filter(|f| f.rule == rule).map(|f| f.message).collect();
    messages.dedup();
    messages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_in_the_documents_language() {
        assert_eq!(
            heading_name(SectionKind::TechnicalField, Some(Language::Ja)).to_string(),
            "【技術分野】 (technical field)"
        );
        assert_eq!(
            heading_name(SectionKind::Summary, Some(Language::Zh)).to_string(),
            "发明内容 (summary (disclosure of the invention))"
        );
        assert_eq!(heading_name(SectionKind::Problem, Some(Language::Zh)).to_string(), "technical problem");
        assert_eq!(heading_name(SectionKind::Background, None).id(), "description-background-art");
    }
}

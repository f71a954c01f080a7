//! Description, abstract and title from patent XML: USPTO grants and applications (v4.x, PAP, ST.32 `PATDOC`),
//! XML4IP specification and abstract documents, EPO `ep-patent-document`, WIPO ST.96, JPO gazettes, CNIPA
//! (`business:` schema and `cn-patent-document`) and EPO OPS description responses. The same file's claims are read
//! by `claims_xml`.
//!
//! One bounded walk ([`super::sax`]): title elements (`invention-title`, `B542`, `InventionTitle`, ST.32 `B540`),
//! abstract containers (`abstract`, `SDOAB`, `pat:Abstract`, …) and description containers (`description`, `SDODE`,
//! `pat:Description`, …) with their paragraphs (`p`, `PARA`, `com:P`, `base:Paragraphs`), headings (`heading`, `H`)
//! and section elements (`technical-field`, `BRFSUM`, `DRWDESC`, `business:TechnicalField`, …). A paragraph whose
//! whole text is a known heading ("技术领域" in CNIPA XML) is a heading. Paragraph numbers in XML are attributes the
//! publisher assigned, so they are not read as written numbers.

use super::sax::{attr, walk, Ev};
use super::spec::section_kind;
use crate::limits::Limits;
use crate::message::Message;
use crate::model::description::{Paragraph, Part, Section, SectionKind, Source, Specification, Title};

/// The section an XML element stands for, by its local name.
fn element_section(name: &[u8]) -> Option<SectionKind> {
    use SectionKind as K;
    Some(match name {
        b"technical-field" | b"TechnicalField" => K::TechnicalField,
        b"background-art" | b"BackgroundArt" => K::Background,
        b"disclosure" | b"Disclosure" | b"summary-of-invention" | b"BRFSUM" | b"InventionSummary" => K::Summary,
        b"tech-problem" | b"TechnicalProblem" => K::Problem,
        b"tech-solution" | b"TechnicalSolution" => K::Solution,
        b"advantageous-effects" | b"AdvantageousEffects" => K::Effects,
        b"description-of-drawings"
        | b"brief-description-of-drawings"
        | b"DRWDESC"
        | b"DrawingsDescription"
        | b"BriefDescriptionOfDrawings"
        | b"DrawingDescription"
        | b"DescriptionOfDrawings" => K::Drawings,
        b"description-of-embodiments"
        | b"detailed-description"
        | b"DETDESC"
        | b"InventionMode"
        | b"EmbodimentDescription"
        | b"DetailedDescription"
        | b"BestMode"
        | b"ModeForInvention" => K::Embodiments,
        b"industrial-applicability" | b"IndustrialApplicability" => K::IndustrialApplicability,
        b"reference-signs-list" | b"ReferenceSignsList" => K::ReferenceSigns,
        b"cross-reference-to-related-applications" | b"RELAPP" | b"RelatedApplications" => K::CrossReference,
        b"GOVINT" | b"federal-research-statement" => K::GovernmentInterest,
        b"citation-list" | b"CitationList" => K::CitationList,
        b"sequence-list-text" => K::SequenceListingFreeText,
        _ => return None,
    })
}

fn is_paragraph(name: &[u8]) -> bool {
    matches!(name, b"p" | b"paragraph" | b"PARA" | b"P" | b"Paragraphs")
}

fn is_heading(name: &[u8]) -> bool {
    matches!(name, b"heading" | b"H" | b"Heading")
}

fn is_title(name: &[u8]) -> bool {
    matches!(name, b"invention-title" | b"title-of-invention" | b"B542" | b"InventionTitle")
}

fn is_abstract(name: &[u8]) -> bool {
    matches!(name, b"abstract" | b"subdoc-abstract" | b"SDOAB" | b"Abstract")
}

fn is_description(name: &[u8]) -> bool {
    matches!(name, b"description" | b"subdoc-description" | b"SDODE" | b"Description")
}

/// Elements whose text is not the document's text.
fn is_skipped(name: &[u8]) -> bool {
    matches!(name, b"BoundaryData" | b"number" | b"AbstractFigure" | b"abstract-figure" | b"PageNumber" | b"figure")
}

/// What is being read.
#[derive(Default)]
struct State {
    spec: Option<Specification>,
    /// `lang` of the document, abstract and description.
    root_language: Option<crate::language::Language>,
    /// Depth (in the element stack) of the open abstract or description container, and its part.
    container: Option<(usize, Part)>,
    /// Section elements open: the stack depth of each, its kind, its tag (the section's heading, as the element has
    /// no written one) and whether a section was started for it.
    section_elements: Vec<(usize, SectionKind, String, bool)>,
    /// The paragraph or heading being read: stack depth, heading?, text, line.
    block: Option<(usize, bool, String, u32)>,
    titles: Vec<(Option<crate::language::Language>, String)>,
    title: Option<(usize, Option<crate::language::Language>, String)>,
    /// ST.32 `B540` (title) text, used when it holds no `B542`.
    skip_depth: Option<usize>,
    document_code: String,
    in_document_code: bool,
    /// EP `B541`: the language of the `B542` title that follows.
    in_b541: Option<String>,
    b541_language: Option<crate::language::Language>,
    /// The root element's local name.
    root: Vec<u8>,
    specs: Vec<Specification>,
    description_language: Option<crate::language::Language>,
    abstract_seen: bool,
}

/// Reads the specifications (one per document in the file; a file of concatenated documents holds several).
///
/// # Errors
/// When the XML is malformed or exceeds a limit.
pub fn read(text: &str, limits: &Limits) -> Result<Vec<Specification>, Message> {
    let mut state = State::default();
    let mut line = 1u32;
    let mut line_offset = 0usize;
    walk(text, limits, |ev, stack, at| {
        // Lines up to `at`, counted incrementally.
        if at > line_offset {
            let more = text.as_bytes().get(line_offset..at).map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
            line = line.saturating_add(u32::try_from(more).unwrap_or(u32::MAX));
            line_offset = at;
        }
        let depth = stack.len();
        match ev {
            Ev::Start(start) => {
                let local = start.local_name();
                let name = local.as_ref();
                if depth == 1 {
                    state.finish();
                    state.spec = Some(Specification::new(Source::Xml));
                    state.root_language =
                        attr(start, b"lang").as_deref().and_then(crate::language::Language::from_code);
                    state.document_code.clear();
                    state.root = name.to_vec();
                }
                if state.skip_depth.is_some() {
                    return Ok(());
                }
                if is_skipped(name) {
                    state.skip_depth = Some(depth);
                    return Ok(());
                }
                let lang = attr(start, b"lang")
                    .or_else(|| attr(start, b"languageCode"))
                    .as_deref()
                    .and_then(crate::language::Language::from_code);
                if name == b"DocumentCode" {
                    state.in_document_code = true;
                }
                if name == b"B541" {
                    state.in_b541 = Some(String::new());
                    return Ok(());
                }
                let st32_title = name == b"B540" && state.root == b"PATDOC";
                if (is_title(name) || st32_title) && state.title.is_none() {
                    let lang = lang.or(if name == b"B542" { state.b541_language } else { None });
                    state.title = Some((depth, lang, String::new()));
                } else if state.container.is_none()
                    && (is_abstract(name)
                        || is_description(name)
                        || (name == b"Specification" && !state.document_code.is_empty()))
                {
                    let part = if is_abstract(name) || state.document_code.trim() == "ABST" {
                        Part::Abstract
                    } else {
                        Part::Description
                    };
                    // One abstract and one description per document (EP grants repeat neither; ST.96 may).
                    let has = state
                        .spec
                        .as_ref()
                        .is_some_and(|s| s.has_part(part) || (part == Part::Abstract && state.abstract_seen));
                    if !has {
                        state.container = Some((depth, part));
                        if part == Part::Description {
                            state.description_language = lang.or(state.root_language);
                        } else {
                            state.abstract_seen = true;
                        }
                    }
                } else if let Some((_, part)) = state.container {
                    if let Some(kind) = element_section(name).filter(|_| part == Part::Description) {
                        state.section_elements.push((
                            depth,
                            kind,
                            format!("<{}>", String::from_utf8_lossy(name)),
                            false,
                        ));
                    } else if state.block.is_none() && (is_paragraph(name) || is_heading(name)) {
                        state.block = Some((depth, is_heading(name), String::new(), line));
                    } else if state.block.is_some() && (is_paragraph(name) || matches!(name, b"br" | b"li")) {
                        if let Some((_, _, text, _)) = state.block.as_mut() {
                            text.push('\n');
                        }
                    } else if name == b"figref" {
                        // A JPO brief description of the drawings tags each figure by number only, `<figref num="2">`:
                        // its printed form is `【図２】…`, which says which figure the line describes.
                        let number =
                            attr(start, b"num").filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
                        if let (Some(number), Some((_, _, text, _))) = (number, state.block.as_mut()) {
                            text.push_str(&format!("【図{number}】"));
                        }
                    }
                }
            }
            Ev::End(name) => {
                if let Some(skip) = state.skip_depth {
                    if depth < skip {
                        state.skip_depth = None;
                    }
                    return Ok(());
                }
                if name == b"DocumentCode" {
                    state.in_document_code = false;
                }
                if name == b"B541" {
                    state.b541_language =
                        state.in_b541.take().as_deref().map(str::trim).and_then(crate::language::Language::from_code);
                }
                if state.title.as_ref().is_some_and(|(d, _, _)| depth < *d) {
                    if let Some((_, lang, text)) = state.title.take() {
                        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                        if !text.is_empty() {
                            state.titles.push((lang, text));
                        }
                    }
                }
                if state.block.as_ref().is_some_and(|(d, _, _, _)| depth < *d) {
                    state.finish_block();
                }
                if let Some(open) = state.section_elements.last() {
                    if depth < open.0 {
                        state.section_elements.pop();
                    }
                }
                if state.container.is_some_and(|(d, _)| depth < d) {
                    state.container = None;
                    state.section_elements.clear();
                }
                if depth == 0 {
                    state.finish();
                }
            }
            Ev::Text(t) => {
                if state.skip_depth.is_some() {
                    return Ok(());
                }
                if state.in_document_code {
                    state.document_code.push_str(t);
                }
                if let Some(b541) = state.in_b541.as_mut() {
                    b541.push_str(t);
                    return Ok(());
                }
                if let Some((_, _, text)) = state.title.as_mut() {
                    text.push_str(t);
                } else if let Some((_, _, text, _)) = state.block.as_mut() {
                    text.push_str(t);
                }
            }
        }
        Ok(())
    })?;
    state.finish();
    Ok(state.specs)
}

impl State {
    fn finish_block(&mut self) {
        let Some((_, heading, raw, line)) = self.block.take() else { return };
        let Some((_, part)) = self.container else { return };
        let text = normalize_space(&raw);
        if text.is_empty() {
            return;
        }
        let Some(spec) = self.spec.as_mut() else { return };
        let index = u32::try_from(spec.paragraphs.len() + 1).unwrap_or(u32::MAX);
        let known = (part == Part::Description && text.chars().count() <= 60).then(|| section_kind(&text)).flatten();
        let is_heading = part == Part::Description && (heading || known.is_some());
        let mut paragraph =
            Paragraph { index, line: Some(line), part: Some(part), text, heading: is_heading, ..Paragraph::default() };
        if part == Part::Description {
            let element = self.section_elements.last().map(|(_, kind, _, _)| *kind);
            if is_heading {
                let kind = known.or(element).unwrap_or(SectionKind::Other);
                spec.sections.push(Section {
                    kind,
                    heading: paragraph.text.chars().take(120).collect(),
                    paragraph: index,
                });
                if let Some(open) = self.section_elements.last_mut() {
                    open.3 = true;
                }
            } else {
                // Section elements without a heading of their own (JPO XML): each names its section, the enclosing
                // ones too (`<summary-of-invention>` holds `<tech-problem>` and `<tech-solution>`), outermost first.
                for open in self.section_elements.iter_mut().filter(|open| !open.3) {
                    open.3 = true;
                    spec.sections.push(Section { kind: open.1, heading: open.2.clone(), paragraph: index });
                }
            }
            paragraph.section = spec.sections.len().checked_sub(1);
        }
        spec.paragraphs.push(paragraph);
    }

    fn finish(&mut self) {
        self.finish_block();
        self.container = None;
        self.section_elements.clear();
        let Some(mut spec) = self.spec.take() else { return };
        let language = self.description_language.or(self.root_language);
        // The title in the description's language (EP documents give it in de, en and fr).
        let title = self
            .titles
            .iter()
            .find(|(lang, _)| lang.is_some() && *lang == language)
            .or_else(|| self.titles.first())
            .map(|(_, text)| text.clone());
        self.titles.clear();
        self.abstract_seen = false;
        self.description_language = None;
        spec.title = title.map(|text| Title { text, paragraph: None });
        spec.language =
            language.or_else(|| crate::language::Language::guess(spec.paragraphs.iter().map(|p| p.text.as_str())));
        if spec.has_part(Part::Description) || spec.has_part(Part::Abstract) {
            self.specs.push(spec);
        }
    }
}

/// Runs of white space as one space, lines kept; CJK text wrapped in the XML is joined without spaces.
fn normalize_space(text: &str) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_ok(xml: &str) -> Vec<Specification> {
        read(xml, &Limits::default()).unwrap()
    }

    #[test]
    fn uspto_grant() {
        let xml = r#"<us-patent-grant lang="EN"><us-bibliographic-data-grant><invention-title id="t">Lever
 with handle</invention-title></us-bibliographic-data-grant><abstract id="abstract"><p id="p-0001" num="0000">A lever has a handle.</p></abstract>
<description id="description"><heading id="h-0001" level="1">BACKGROUND</heading><p id="p-0002" num="0001">Levers are known.</p>
<description-of-drawings><heading id="h-0002" level="1">BRIEF DESCRIPTION OF THE DRAWINGS</heading><p id="p-0003" num="0002"><figref idref="DRAWINGS">FIG. 1</figref> is a view.</p></description-of-drawings>
<heading id="h-0003" level="1">DETAILED DESCRIPTION</heading><p id="p-0004" num="0003">The lever <b>10</b> is long.</p></description>
<claims id="claims"><claim id="CLM-00001" num="00001"><claim-text>1. A lever.</claim-text></claim></claims></us-patent-grant>"#;
        let specs = read_ok(xml);
        assert_eq!(specs.len(), 1);
        let spec = &specs[0];
        assert_eq!(spec.title.as_ref().unwrap().text, "Lever with handle");
        assert_eq!(spec.language, Some(crate::language::Language::En));
        let kinds: Vec<SectionKind> = spec.sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [SectionKind::Background, SectionKind::Drawings, SectionKind::Embodiments]);
        assert_eq!(spec.body(Part::Abstract).count(), 1);
        let body: Vec<&str> = spec.body(Part::Description).map(|p| p.text.as_str()).collect();
        assert_eq!(body, ["Levers are known.", "FIG. 1 is a view.", "The lever 10 is long."]);
    }

    #[test]
    fn jpo_and_cnipa() {
        let jp = r#"<jp-official-gazette lang="ja"><bibliographic-data><invention-title>レバー</invention-title></bibliographic-data><abstract><p num="0000">【課題】軽い。</p></abstract>
<description><technical-field><p num="0001">本発明はレバーに関する。</p></technical-field><background-art><p num="0002">既知。</p></background-art></description></jp-official-gazette>"#;
        let spec = &read_ok(jp)[0];
        assert_eq!(spec.title.as_ref().unwrap().text, "レバー");
        let kinds: Vec<SectionKind> = spec.sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [SectionKind::TechnicalField, SectionKind::Background]);
        let cn = r#"<business:PatentDocumentAndRelated xmlns:business="b" xmlns:base="c" lang="zh"><business:Description lang="zh"><business:InventionTitle>显示设备</business:InventionTitle>
<business:TechnicalField><base:Paragraphs id="p0003">技术领域</base:Paragraphs><base:Paragraphs num="n0003">本文涉及显示设备。</base:Paragraphs></business:TechnicalField></business:Description>
<business:Abstract><base:Paragraphs>一种显示设备。</base:Paragraphs><business:AbstractFigure><base:Figure/></business:AbstractFigure></business:Abstract></business:PatentDocumentAndRelated>"#;
        let spec = &read_ok(cn)[0];
        assert_eq!(spec.title.as_ref().unwrap().text, "显示设备");
        assert_eq!(spec.sections.len(), 1);
        assert!(spec.paragraphs[0].heading);
        assert_eq!(spec.body(Part::Abstract).map(|p| p.text.as_str()).collect::<Vec<_>>(), ["一种显示设备。"]);
    }

    #[test]
    fn ep_titles_in_three_languages() {
        let xml = r#"<ep-patent-document lang="en"><SDOBI><B500><B540><B541>de</B541><B542>Hebel</B542><B541>en</B541><B542>Lever</B542></B540></B500></SDOBI>
<abstract id="abst" lang="en"><p id="pa01" num="0001">A lever.</p></abstract><description id="desc" lang="en"><p id="p0001" num="0001">Text.</p></description></ep-patent-document>"#;
        let spec = &read_ok(xml)[0];
        assert_eq!(spec.title.as_ref().unwrap().text, "Lever");
        assert!(read_ok("<claims><claim>1. A.</claim></claims>").is_empty());
    }
}

//! What the report shows of a specification: its parts counted, and its text as read, for the page to show the
//! places findings point to.

use crate::model::description::{
    abstract_text, count_characters, count_words, Metadata, PageSetup, Part, SectionKind, Source, Specification,
    TextPage,
};
use serde::Serialize;

/// What the report shows of a specification.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DescriptionSummary {
    pub source: Source,
    pub language: Option<crate::language::Language>,
    pub title: Option<String>,
    /// Paragraphs of the description (headings left out).
    pub paragraphs: usize,
    pub sections: Vec<SectionSummary>,
    /// `None` when the document has no abstract.
    #[serde(rename = "abstract")]
    pub abstract_: Option<AbstractSummary>,
    pub page_setup: Vec<PageSetup>,
    pub word: Option<WordSummary>,
    /// The document's paragraphs and headings as read, in order, for showing the text where findings point
    /// (`Location::paragraph` is a block's `index`). The title and the abstract are among them when the document
    /// has them as paragraphs (an XML title is in `title` only). At most [`MAX_TEXT_CHARS`] characters of text.
    pub blocks: Vec<TextBlock>,
    /// What was left out past [`MAX_TEXT_CHARS`]; absent when `blocks` hold the whole text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_omitted: Option<TextOmitted>,
    /// The text pages of a PDF, as measured.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub pages: Vec<TextPage>,
    /// Per text page of a PDF and selected office whose page rules set margins: where the office allows text, and
    /// the sides where the body text crosses it, for the page to draw (filled by the description rules' page
    /// table, as `DrawingsSummary` sheets' areas are by the drawing rules').
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub page_areas: Vec<PageArea>,
    /// The office publication the document is, when it is one (`EP 1 667 425 A1`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publication: Option<String>,
}

/// Where one office allows text on a text page of a PDF, and the sides where the body text crosses that area.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PageArea {
    /// The page of the file (1-based).
    pub page: u32,
    pub office: crate::office::Office,
    /// Inside the office's minimum margins, in millimetres from the page's top-left corner.
    pub usable: crate::model::drawings::Rect,
    /// `top`, `left`, `right`, `bottom`: sides where the body text crosses the usable area.
    pub intrusions: Vec<&'static str>,
}

/// Characters of text `DescriptionSummary::blocks` hold at most: the report stays small enough to send and to show
/// for any input. A long specification has a few hundred thousand.
pub const MAX_TEXT_CHARS: usize = 1_000_000;

/// What a paragraph of the document is, for showing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// The paragraph holding the title of the invention.
    Title,
    /// The heading of a section or of a part (`TECHNICAL FIELD`, `【書類名】要約書`, `CLAIMS`).
    Heading,
    Paragraph,
}

/// One paragraph of a specification as read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct TextBlock {
    /// 1-based position among the document's paragraphs, headings included: findings' `location.paragraph`.
    pub index: u32,
    pub kind: BlockKind,
    pub part: Part,
    /// The section it is in: an index into `DescriptionSummary::sections`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<usize>,
    /// The paragraph number as written at its start (`[0012]`, `【００１２】`, or a malformed one), which `text`
    /// leaves out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The text as read (empty for a paragraph number standing alone); the last block is cut short when the text
    /// passes [`MAX_TEXT_CHARS`].
    pub text: String,
    /// The page of a PDF where it starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
}

/// The part of a long specification's text that `DescriptionSummary::blocks` leave out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct TextOmitted {
    /// Paragraphs after the last block, left out whole.
    pub paragraphs: usize,
    /// Characters left out, those cut from the last block included.
    pub characters: usize,
}

/// A section in the report: its kind, heading, where it starts and how many paragraphs it has.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct SectionSummary {
    pub kind: SectionKind,
    pub heading: String,
    pub paragraph: u32,
    pub paragraphs: usize,
}

/// The abstract's length, counted as the offices count it.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct AbstractSummary {
    pub words: usize,
    pub characters: usize,
    pub paragraphs: usize,
}

/// What a Word document holds beside its text, counted.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct WordSummary {
    pub tracked_changes: usize,
    pub comments: usize,
    pub embedded_objects: usize,
    pub unsupported: usize,
    pub fields: usize,
    pub fonts: Vec<String>,
    pub metadata: Metadata,
}

/// What the report shows of `spec`.
#[must_use]
pub fn summary(spec: &Specification) -> DescriptionSummary {
    let sections = spec
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| SectionSummary {
            kind: s.kind,
            heading: s.heading.clone(),
            paragraph: s.paragraph,
            paragraphs: spec.paragraphs.iter().filter(|p| !p.heading && p.section == Some(i)).count(),
        })
        .collect();
    let abstract_ = spec.has_part(Part::Abstract).then(|| {
        let text = abstract_text(spec);
        AbstractSummary {
            words: count_words(&text),
            characters: count_characters(&text),
            paragraphs: spec.body(Part::Abstract).count(),
        }
    });
    let (blocks, text_omitted) = text_blocks(spec, MAX_TEXT_CHARS);
    DescriptionSummary {
        source: spec.source,
        language: spec.language,
        title: spec.title.as_ref().map(|t| t.text.clone()),
        paragraphs: spec.body(Part::Description).count(),
        sections,
        abstract_,
        page_setup: spec.page_setup.clone(),
        word: spec.word.as_ref().map(|w| WordSummary {
            tracked_changes: w.tracked_changes.len(),
            comments: w.comments.len(),
            embedded_objects: w.embedded_objects.len(),
            unsupported: w.unsupported.len(),
            fields: w.fields,
            fonts: w.fonts.iter().map(|f| f.name.clone()).collect(),
            metadata: w.metadata.clone(),
        }),
        blocks,
        text_omitted,
        pages: spec.pages.clone(),
        page_areas: Vec::new(),
        publication: spec.publication.clone(),
    }
}

/// The paragraphs of `spec` as blocks, with at most `max_chars` characters of text, and what is left out.
fn text_blocks(spec: &Specification, max_chars: usize) -> (Vec<TextBlock>, Option<TextOmitted>) {
    let title = spec.title.as_ref().and_then(|t| t.paragraph);
    let mut left = max_chars;
    let mut blocks = Vec::new();
    let mut omitted: Option<TextOmitted> = None;
    for paragraph in &spec.paragraphs {
        let chars = paragraph.text.chars().count();
        if let Some(omitted) = omitted.as_mut() {
            omitted.paragraphs += 1;
            omitted.characters += chars;
            continue;
        }
        let text = if chars <= left {
            left -= chars;
            paragraph.text.clone()
        } else if left == 0 {
            omitted = Some(TextOmitted { paragraphs: 1, characters: chars });
            continue;
        } else {
            // The paragraph that crosses the cap keeps what fits; the rest of the document is counted, not carried.
            omitted = Some(TextOmitted { paragraphs: 0, characters: chars - left });
            let cut = paragraph.text.chars().take(left).collect();
            left = 0;
            cut
        };
        let kind = if title == Some(paragraph.index) {
            BlockKind::Title
        } else if paragraph.heading {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        blocks.push(TextBlock {
            index: paragraph.index,
            kind,
            part: paragraph.part.unwrap_or(Part::Description),
            section: paragraph.section,
            number: paragraph.number.as_ref().map(|n| n.label.clone()),
            text,
            page: paragraph.page,
        });
    }
    (blocks, omitted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::description::{Paragraph, Title};

    fn read(text: &str) -> Specification {
        let blocks = crate::parse::spec::text_blocks(text);
        crate::parse::spec::split(blocks, Source::Text, None, &crate::limits::Limits::default()).unwrap().spec
    }

    #[test]
    fn the_summary_carries_the_text_as_read() {
        let spec = read("Lever with a handle\nBACKGROUND\n[001] Levers are known.\nDETAILED DESCRIPTION\n[0002]\nThe lever 10 has a handle 12.\nABSTRACT\nA lever has a handle.");
        let summary = summary(&spec);
        let shown: Vec<_> = summary
            .blocks
            .iter()
            .map(|b| (b.index, b.kind, b.part, b.section, b.number.as_deref(), b.text.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                (1, BlockKind::Title, Part::Front, None, None, "Lever with a handle"),
                (2, BlockKind::Heading, Part::Description, Some(0), None, "BACKGROUND"),
                (3, BlockKind::Paragraph, Part::Description, Some(0), Some("[001]"), "Levers are known."),
                (4, BlockKind::Heading, Part::Description, Some(1), None, "DETAILED DESCRIPTION"),
                // A number on a line of its own numbers the paragraph that follows.
                (5, BlockKind::Paragraph, Part::Description, Some(1), Some("[0002]"), "The lever 10 has a handle 12."),
                (6, BlockKind::Heading, Part::Abstract, None, None, "ABSTRACT"),
                (7, BlockKind::Paragraph, Part::Abstract, None, None, "A lever has a handle."),
            ]
        );
        assert_eq!(summary.sections[1].paragraph, 4, "blocks and sections agree on indexes");
        assert_eq!(summary.text_omitted, None);
        // Findings locate paragraphs by the blocks' indexes.
        assert!(spec.paragraphs.iter().all(|p| summary.blocks.iter().any(|b| b.index == p.index)));
        let json = serde_json::to_value(&summary).unwrap();
        assert_eq!(
            json["blocks"][2],
            serde_json::json!({ "index": 3, "kind": "paragraph", "part": "description", "section": 0, "number": "[001]", "text": "Levers are known." })
        );
        assert_eq!(
            json["blocks"][0],
            serde_json::json!({ "index": 1, "kind": "title", "part": "front", "text": "Lever with a handle" })
        );
        assert!(json.get("textOmitted").is_none());
    }

    #[test]
    fn a_long_text_is_cut_and_what_is_left_out_counted() {
        let spec = read("Lever\nBACKGROUND\n[0001] Levers are known.\n[0002] Handles are known too.\n[0003] Léver.");
        let (blocks, omitted) = text_blocks(&spec, 5 + 10 + 20);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Lever", "BACKGROUND", "Levers are known.", "Han"]);
        assert_eq!(omitted, Some(TextOmitted { paragraphs: 1, characters: 22 - 3 + 6 }));
        // Cut at a paragraph's end: the next paragraphs are left out whole.
        let (blocks, omitted) = text_blocks(&spec, 5 + 10);
        assert_eq!(blocks.len(), 2);
        assert_eq!(omitted, Some(TextOmitted { paragraphs: 3, characters: 17 + 22 + 6 }));
        // Characters, not bytes: "Léver." is six.
        let (blocks, omitted) = text_blocks(&spec, 5 + 10 + 17 + 22 + 6);
        assert_eq!((blocks.len(), omitted), (5, None));
    }

    #[test]
    fn a_title_read_from_xml_is_not_a_block() {
        let mut spec = Specification::new(Source::Xml);
        spec.title = Some(Title { text: "Lever".into(), paragraph: None });
        spec.paragraphs.push(Paragraph {
            index: 1,
            part: Some(Part::Abstract),
            text: "A lever.".into(),
            ..Paragraph::default()
        });
        let summary = summary(&spec);
        assert_eq!(summary.title.as_deref(), Some("Lever"));
        assert_eq!(summary.blocks.len(), 1);
        assert_eq!((summary.blocks[0].kind, summary.blocks[0].part), (BlockKind::Paragraph, Part::Abstract));
    }
}

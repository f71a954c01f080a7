//! A specification as the description rules read it: title, description paragraphs with their numbers and
//! sections, abstract, and (from DOCX) page set-up, formatting and what Word keeps beside the text.

use serde::Serialize;

/// What a specification was read from; some rules apply only to what an applicant files (DOCX, text), not to
/// publications (XML).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Docx,
    Text,
    Xml,
    /// The text pages of a PDF, rebuilt from the glyphs' positions.
    Pdf,
}

/// The part of the application a paragraph belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// Before the description proper: the title and the document name (`【書類名】明細書`).
    Front,
    Description,
    Claims,
    Abstract,
    Drawings,
}

/// A section of the description, recognised by its heading (or its XML element) in any of the offices' languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    Title,
    CrossReference,
    GovernmentInterest,
    JointResearch,
    SequenceListingReference,
    PriorDisclosure,
    TechnicalField,
    Background,
    /// 【先行技術文献】, 【特許文献】, 【非特許文献】.
    CitationList,
    /// Summary, disclosure of the invention, 【発明の概要】, 发明内容.
    Summary,
    /// 【発明が解決しようとする課題】, technical problem.
    Problem,
    /// 【課題を解決するための手段】, solution to problem.
    Solution,
    /// 【発明の効果】, advantageous effects.
    Effects,
    /// Brief description of the drawings, 【図面の簡単な説明】, 附图说明.
    Drawings,
    /// Detailed description, description of embodiments, best mode, 【発明を実施するための形態】, 具体实施方式.
    Embodiments,
    /// 【実施例】, examples.
    Examples,
    IndustrialApplicability,
    /// 【符号の説明】, list of reference signs, 附图标记说明.
    ReferenceSigns,
    /// 【受託番号】 (deposit of biological material).
    Deposit,
    SequenceListingFreeText,
    SequenceListing,
    /// A heading patlint does not know.
    Other,
}

impl SectionKind {
    /// How users call the section: a term translated like any message (its English text is `.template()`).
    #[must_use]
    pub fn label(self) -> crate::message::Message {
        use crate::message::Message;
        match self {
            SectionKind::Title => Message::term("title of the invention"),
            SectionKind::CrossReference => Message::term("cross-reference to related applications"),
            SectionKind::GovernmentInterest => Message::term("statement on federally sponsored research"),
            SectionKind::JointResearch => Message::term("parties to a joint research agreement"),
            SectionKind::SequenceListingReference => Message::term("incorporation by reference of a sequence listing"),
            SectionKind::PriorDisclosure => Message::term("statement on prior disclosures"),
            SectionKind::TechnicalField => Message::term("technical field"),
            SectionKind::Background => Message::term("background art"),
            SectionKind::CitationList => Message::term("citation list"),
            SectionKind::Summary => Message::term("summary (disclosure of the invention)"),
            SectionKind::Problem => Message::term("technical problem"),
            SectionKind::Solution => Message::term("solution to the problem"),
            SectionKind::Effects => Message::term("advantageous effects"),
            SectionKind::Drawings => Message::term("brief description of the drawings"),
            SectionKind::Embodiments => Message::term("detailed description (embodiments)"),
            SectionKind::Examples => Message::term("examples"),
            SectionKind::IndustrialApplicability => Message::term("industrial applicability"),
            SectionKind::ReferenceSigns => Message::term("list of reference signs"),
            SectionKind::Deposit => Message::term("deposit of biological material"),
            SectionKind::SequenceListingFreeText => Message::term("sequence listing free text"),
            SectionKind::SequenceListing => Message::term("sequence listing"),
            SectionKind::Other => Message::term("other section"),
        }
    }
}

/// A paragraph number as written at the start of a paragraph: `[0001]`, `【０００１】`, or a malformed one such as
/// `[001]` or `(0001)`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ParagraphNumber {
    /// The label as written.
    pub label: String,
    /// Its value.
    pub value: u32,
}

/// One paragraph of the specification.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Paragraph {
    /// 1-based position among all paragraphs of the document, as findings show it.
    pub index: u32,
    /// The line of a text or XML file where it starts (of a PDF: the line on its page).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The page of a PDF where it starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    pub part: Option<Part>,
    /// The section it is in: an index into [`Specification::sections`].
    #[serde(skip)]
    pub section: Option<usize>,
    /// The paragraph number written at its start (not for XML, whose numbers are attributes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<ParagraphNumber>,
    /// The text, without the paragraph number; a label Word's automatic numbering produces is part of it.
    pub text: String,
    /// A heading (of a section or of a part).
    pub heading: bool,
    /// In a table.
    pub in_table: bool,
    /// An item of a list numbered or bulleted by Word.
    pub list_item: bool,
    /// Line spacing as a multiple of single spacing (DOCX), when known.
    #[serde(skip)]
    pub line_spacing: Option<f32>,
    /// The smallest font size of its text, in points (DOCX).
    #[serde(skip)]
    pub font_size: Option<f32>,
    /// What `analysis::paragraph_text` read in it, once for every rule that asks.
    #[serde(skip)]
    pub analysis: ParagraphAnalysis,
}

/// A paragraph's figures and reference numerals, read on first use.
#[derive(Clone, Debug, Default)]
pub struct ParagraphAnalysis {
    pub figures: std::cell::OnceCell<Vec<u32>>,
    pub numerals: std::cell::OnceCell<Vec<Numeral>>,
}

/// A reference numeral after an element's name: "the lever 10", "a first arm 12a".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Numeral {
    /// The name as written before the numeral, lower case, singular: "first arm".
    pub name: String,
    /// Its last word, singular: "arm".
    pub head: String,
    /// The numeral as written: "12a".
    pub numeral: String,
    /// Its digits: 12.
    pub base: u32,
}

/// A section: its kind, its heading as written and where it starts.
#[derive(Clone, Debug, Serialize)]
pub struct Section {
    pub kind: SectionKind,
    pub heading: String,
    /// The index of its heading paragraph (or of its first paragraph, for XML sections without a heading).
    pub paragraph: u32,
}

/// The page set-up of one section of a Word document.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PageSetup {
    /// The first paragraph the set-up applies to.
    pub paragraph: u32,
    /// Page width and height in centimetres, as set (a landscape page is wider than high).
    pub width_cm: f32,
    pub height_cm: f32,
    pub margin_top_cm: f32,
    pub margin_bottom_cm: f32,
    pub margin_left_cm: f32,
    pub margin_right_cm: f32,
    /// Columns of text.
    pub columns: u32,
}

/// Something Word keeps beside the text that an office may refuse: a tracked change, a comment, an embedded
/// object, content the office's converter does not support.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mark {
    /// The paragraph it is in (0 when it is not in a paragraph, e.g. a part of the package).
    pub paragraph: u32,
    /// What it is, for the message: "a tracked insertion by J. Smith", "an embedded object (OLE)".
    pub what: crate::message::Message,
}

/// A font and where the text uses it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FontUse {
    pub name: String,
    /// Runs of text set in it.
    pub runs: u32,
    /// The paragraph styles of those runs (the first five, by name).
    pub styles: Vec<String>,
    /// The first paragraph that uses it.
    pub paragraph: u32,
}

/// An embedded OLE object (`o:OLEObject`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OleObject {
    pub paragraph: u32,
    /// Its program identifier (`ProgID`): `Equation.DSMT4`, `Excel.Sheet.12`.
    pub program: Option<String>,
}

/// Document properties (`docProps/core.xml`, `app.xml`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creator: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
}

/// What a Word document holds beside its text.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WordInfo {
    pub tracked_changes: Vec<Mark>,
    pub comments: Vec<Mark>,
    pub embedded_objects: Vec<Mark>,
    pub unsupported: Vec<Mark>,
    /// Fields (`REF`, `SEQ`, `AUTONUM`…), whose shown result is read as text.
    pub fields: usize,
    /// Word tracks changes as they are made (`w:trackRevisions`).
    pub tracking_on: bool,
    pub metadata: Metadata,
    /// Fonts used in the text (theme fonts by the theme's name), in order of first use.
    pub fonts: Vec<FontUse>,
    /// Embedded OLE objects with the program that made them.
    pub ole_objects: Vec<OleObject>,
    /// The package is macro-enabled (Word's `.docm`): a macro-enabled content type, or a VBA project.
    pub macros: bool,
    /// The package is in the Strict variant of Office Open XML (ISO/IEC 29500-1), not the Transitional one Word
    /// writes by default.
    pub strict: bool,
}

/// The title of the invention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Title {
    pub text: String,
    /// The paragraph that holds it, when it is one of the document's paragraphs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
}

/// A specification: description, abstract and title (the claims go to a `ClaimSet` of their own).
#[derive(Clone, Debug, Serialize)]
pub struct Specification {
    pub source: Source,
    /// `en`, `de`, `fr`, `ja`, `ko`, `zh`, when known.
    pub language: Option<crate::language::Language>,
    pub title: Option<Title>,
    pub paragraphs: Vec<Paragraph>,
    pub sections: Vec<Section>,
    /// One per section of a Word document.
    pub page_setup: Vec<PageSetup>,
    pub word: Option<WordInfo>,
    /// The text pages of a PDF, as measured.
    pub pages: Vec<TextPage>,
    /// The office publication the document is (`EP 1 667 425 A1`), not a filing: its page layout is the office's.
    pub publication: Option<String>,
}

/// What a page of a PDF is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    /// Running text: a request, description, claims or abstract page.
    Text,
    /// A drawing sheet.
    Drawing,
    /// A scanned page without a text layer among the text pages: it cannot be read without OCR.
    Scan,
    /// Nothing is painted on it.
    Blank,
}

/// A page of a PDF as the report shows it: what it is and the parts of the application on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PageSummary {
    pub number: u32,
    pub kind: PageKind,
    pub parts: Vec<Part>,
}

/// A text page of a PDF as measured: the page layout rules read these (not the glyphs).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TextPage {
    /// The page of the file (1-based).
    pub page: u32,
    pub width_cm: f32,
    pub height_cm: f32,
    /// From each edge to the body text (running headers, footers and page numbers left out), in centimetres: top,
    /// bottom, left, right; `None` for a page without body text.
    pub margins_cm: Option<[f32; 4]>,
    /// Where the body text is, in millimetres from the top-left corner.
    pub body: Option<super::drawings::Rect>,
    /// The page number printed on the page (in a running header or footer).
    pub number: Option<String>,
}

impl Specification {
    /// An empty specification read from `source`.
    #[must_use]
    pub fn new(source: Source) -> Self {
        Specification {
            source,
            language: None,
            title: None,
            paragraphs: Vec::new(),
            sections: Vec::new(),
            page_setup: Vec::new(),
            word: None,
            pages: Vec::new(),
            publication: None,
        }
    }

    /// The body paragraphs of one part (headings left out).
    pub fn body(&self, part: Part) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(move |p| p.part == Some(part) && !p.heading)
    }

    /// Whether the document has any paragraph of `part` (heading included).
    #[must_use]
    pub fn has_part(&self, part: Part) -> bool {
        self.paragraphs.iter().any(|p| p.part == Some(part))
    }

    /// The section a paragraph is in.
    #[must_use]
    pub fn section_of(&self, paragraph: &Paragraph) -> Option<&Section> {
        paragraph.section.and_then(|i| self.sections.get(i))
    }

    /// The paragraphs of the sections of one kind (headings left out).
    pub fn in_section(&self, kind: SectionKind) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(move |p| !p.heading && self.section_of(p).is_some_and(|s| s.kind == kind))
    }

    /// Whether a section of this kind is present.
    #[must_use]
    pub fn has_section(&self, kind: SectionKind) -> bool {
        self.sections.iter().any(|s| s.kind == kind)
    }
}

/// Words of a text as the USPTO, EPO and PCT count an abstract's: runs of characters between white space that hold a
/// letter or digit. Reference signs in parentheses, such as "(12)", are not counted (EPC Rule 47(4) and PCT Rule
/// 8.1(d) require them, so they are not the abstract's wording).
#[must_use]
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .filter(|w| !is_reference_sign(w.trim_end_matches([',', '.', ';', ':'])))
        .count()
}

/// "(12)", "(12a)", "(12, 14)" pieces: a reference sign in parentheses.
fn is_reference_sign(word: &str) -> bool {
    let inner = word.trim_start_matches('(').trim_end_matches(')');
    (word.starts_with('(') || word.ends_with(')'))
        && !inner.is_empty()
        && inner.chars().next().is_some_and(|c| c.is_ascii_digit())
        && inner.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '\'' | ',' | '-'))
}

/// Characters of a text as the JPO and CNIPA count an abstract's: every character but white space, punctuation
/// included; the JPO's item tags (`【課題】`, `【解決手段】`) are not counted.
#[must_use]
pub fn count_characters(text: &str) -> usize {
    let mut count = 0;
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '【' => in_tag = true,
            '】' if in_tag => in_tag = false,
            _ if in_tag || c.is_whitespace() => {}
            _ => count += 1,
        }
    }
    count
}

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
    /// The office publication the document is, when it is one (`EP 1 667 425 A1`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publication: Option<String>,
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

/// The abstract's text: its body paragraphs, one per line.
#[must_use]
pub fn abstract_text(spec: &Specification) -> String {
    spec.body(Part::Abstract).map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n")
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

    #[test]
    fn counts_words_and_characters_as_offices_do() {
        assert_eq!(count_words("A lever (10) with a handle (12, 14) - long."), 6);
        assert_eq!(count_words("  "), 0);
        assert_eq!(count_characters("【課題】レバー、ハンドル。\n【解決手段】 軸。"), 11);
        assert_eq!(count_characters("一种杠杆，包括手柄。"), 10);
    }

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

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
    /// How users call the section: a term translated like any message (its English text is messages/en.ftl's).
    #[must_use]
    pub fn label(self) -> crate::message::Message {
        use crate::message::Message;
        match self {
            SectionKind::Title => Message::term("description-title-invention"),
            SectionKind::CrossReference => Message::term("description-cross-reference-related"),
            SectionKind::GovernmentInterest => Message::term("description-statement-federally-sponsored"),
            SectionKind::JointResearch => Message::term("description-parties-joint-research"),
            SectionKind::SequenceListingReference => Message::term("description-incorporation-reference-sequence"),
            SectionKind::PriorDisclosure => Message::term("description-statement-prior-disclosures"),
            SectionKind::TechnicalField => Message::term("description-technical-field"),
            SectionKind::Background => Message::term("description-background-art"),
            SectionKind::CitationList => Message::term("description-citation-list"),
            SectionKind::Summary => Message::term("description-summary-disclosure-invention"),
            SectionKind::Problem => Message::term("description-technical-problem"),
            SectionKind::Solution => Message::term("description-solution-problem"),
            SectionKind::Effects => Message::term("description-advantageous-effects"),
            SectionKind::Drawings => Message::term("description-brief-drawings"),
            SectionKind::Embodiments => Message::term("description-detailed-embodiments"),
            SectionKind::Examples => Message::term("description-examples"),
            SectionKind::IndustrialApplicability => Message::term("description-industrial-applicability"),
            SectionKind::ReferenceSigns => Message::term("description-list-reference-signs"),
            SectionKind::Deposit => Message::term("description-deposit-biological-material"),
            SectionKind::SequenceListingFreeText => Message::term("description-sequence-listing-free"),
            SectionKind::SequenceListing => Message::term("description-sequence-listing"),
            SectionKind::Other => Message::term("description-other-section"),
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

/// The abstract's text: its body paragraphs, one per line.
#[must_use]
pub fn abstract_text(spec: &Specification) -> String {
    spec.body(Part::Abstract).map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n")
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
}

//! The one entry from a file's bytes to its documents: what the first bytes say the file is, which reader reads
//! it, and what the reading noticed on the way. The filing turns the notes into findings; nothing here knows the
//! rules or the report.

use super::{claims_text, claims_xml, docx, spec, spec_xml, text};
use crate::message::{message, Message};
use crate::model::description::{Part, Source};
use crate::model::drawings::ImageFormat;
use crate::model::{Document, DocumentKind};
use crate::office::Date;
use crate::options::{Options, Route};

/// What a file's first bytes say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Zip,
    /// A drawing file: a PDF or a raster image.
    Drawing(ImageFormat),
    Xml,
    Json,
    Text,
}

impl Format {
    /// The format of a file with these bytes.
    #[must_use]
    pub fn of(bytes: &[u8]) -> Format {
        let trimmed = text_start(bytes);
        match bytes {
            [b'P', b'K', 3, 4, ..] => Format::Zip,
            [b'%', b'P', b'D', b'F', ..] => Format::Drawing(ImageFormat::Pdf),
            [b'I', b'I', 42, 0, ..] | [b'M', b'M', 0, 42, ..] => Format::Drawing(ImageFormat::Tiff),
            [0x89, b'P', b'N', b'G', ..] => Format::Drawing(ImageFormat::Png),
            [0xFF, 0xD8, 0xFF, ..] => Format::Drawing(ImageFormat::Jpeg),
            [b'G', b'I', b'F', b'8', ..] => Format::Drawing(ImageFormat::Gif),
            [b'B', b'M', ..] if bytes.len() > 26 && !bytes[2..26].iter().all(u8::is_ascii_graphic) => {
                Format::Drawing(ImageFormat::Bmp)
            }
            _ if trimmed.starts_with(b"<") => Format::Xml,
            _ if trimmed.starts_with(b"{") => Format::Json,
            _ => Format::Text,
        }
    }

    /// The report's format until the file is read: `zip`, `pdf`, `tiff`, `xml`, `text`, …
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Format::Zip => "zip",
            Format::Drawing(ImageFormat::Pdf) => "pdf",
            Format::Drawing(ImageFormat::Tiff) => "tiff",
            Format::Drawing(ImageFormat::Png) => "png",
            Format::Drawing(ImageFormat::Jpeg) => "jpeg",
            Format::Drawing(ImageFormat::Gif) => "gif",
            Format::Drawing(ImageFormat::Bmp) => "bmp",
            Format::Xml => "xml",
            Format::Json => "json",
            Format::Text => "text",
        }
    }

    /// What users call the format, for messages.
    #[must_use]
    pub fn name(self) -> Message {
        match self {
            Format::Zip => Message::term("read-zip-package-docx"),
            Format::Drawing(ImageFormat::Pdf) => Message::term("read-pdf"),
            Format::Drawing(ImageFormat::Tiff) => Message::term("read-tiff-image"),
            Format::Drawing(ImageFormat::Png) => Message::term("read-png-image"),
            Format::Drawing(ImageFormat::Jpeg) => Message::term("read-jpeg-image"),
            Format::Drawing(ImageFormat::Gif) => Message::term("read-gif-image"),
            Format::Drawing(ImageFormat::Bmp) => Message::term("read-bmp-image"),
            Format::Xml => Message::term("read-xml"),
            Format::Json => Message::term("read-json"),
            Format::Text => Message::term("read-text"),
        }
    }
}

/// Whether a file's first bytes make it a drawing file (PDF or an image).
#[must_use]
pub fn is_drawing(bytes: &[u8]) -> bool {
    matches!(Format::of(bytes), Format::Drawing(_))
}

/// The bytes after a UTF-8 byte-order mark and leading white space.
fn text_start(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    &bytes[start..]
}

/// Why a file gave no documents.
#[derive(Debug)]
pub enum Unread {
    /// The file could not be read; the message is the finding's sentence.
    Unreadable(Message),
    /// A kind of file patlint does not check; the message is the finding's sentence.
    Unsupported(Message),
}

/// Something the reading noticed, in the order it did, for the filing to report.
#[derive(Debug)]
pub enum Note {
    /// A part of the file could not be read, or was read with a loss (replaced bytes); the rest was.
    PartlyUnreadable(Message),
    /// The document states its filing date (given only when the options give none).
    FilingDate(Date),
    /// The document states its route, another than the options' (the national phase of a PCT application).
    Route(Route),
    /// These pages of a PDF application are scans among its text pages, and were not read.
    #[cfg(feature = "drawings")]
    PagesNotRead(Vec<u32>),
    /// The PDF is an office's publication (its number), whose layout is the office's own.
    #[cfg(feature = "drawings")]
    Publication(String),
}

/// A file read: its documents, or why it gave none, and what the reading found on the way either way.
#[derive(Debug)]
pub struct Read {
    pub documents: Result<Vec<Document>, Unread>,
    /// What the file's first bytes say it is.
    pub sniffed: Format,
    pub facts: Facts,
}

/// What the reading of a file found besides its documents.
#[derive(Debug, Default)]
pub struct Facts {
    /// The format's id once a reader has taken the file (`docx`, `uspto-grant-xml`, `pdf`…).
    pub format: Option<String>,
    pub notes: Vec<Note>,
    /// A PDF application's pages, each with its kind and the parts on it.
    pub pages: Vec<crate::model::description::PageSummary>,
    /// The publication number of a published PDF.
    pub publication: Option<String>,
}

/// Reads a file (`name`, for listings' messages) into the documents it holds, by its format or by the kind the
/// user named (`given`); a file over the input limit is not read.
#[must_use]
pub fn read(name: &str, bytes: &[u8], given: Option<DocumentKind>, options: &Options) -> Read {
    let mut facts = Facts::default();
    let sniffed = Format::of(bytes);
    let documents = if bytes.len() > options.limits.input_bytes {
        // Its size is not said: a File from a browser is read no further than the limit (src/wasm.rs).
        Err(Unread::Unreadable(message!("read-file-larger-than", limit = options.limits.input_bytes)))
    } else {
        read_into(&mut facts, name, bytes, sniffed, given, options)
    };
    Read { documents, sniffed, facts }
}

fn read_into(
    facts: &mut Facts,
    name: &str,
    bytes: &[u8],
    format: Format,
    given: Option<DocumentKind>,
    options: &Options,
) -> Result<Vec<Document>, Unread> {
    if given == Some(DocumentKind::Assignment) {
        return read_assignment(facts, bytes, format, options);
    }
    if given == Some(DocumentKind::Drawings) {
        return read_drawings(facts, bytes, format, given, options);
    }
    if given == Some(DocumentKind::Sequences) || super::sequences::is_listing(bytes) {
        return read_sequences(facts, name, bytes, format, options);
    }
    if given == Some(DocumentKind::Unknown) {
        return Err(Unread::Unsupported(message!("read-file-was-given")));
    }
    match format {
        Format::Zip => {
            let word = docx::read_package(bytes, &options.limits)
                .map_err(|e| Unread::Unreadable(message!("read-word-document-could", reason = e)))?;
            facts.format = Some("docx".into());
            read_word(word, options)
        }
        Format::Drawing(_) => read_drawings(facts, bytes, format, given, options),
        Format::Json => read_assignment(facts, bytes, format, options),
        Format::Xml => read_xml(facts, bytes, format, given, options),
        Format::Text => read_text(facts, bytes, given, options),
    }
}

/// Reads XML: a Word document saved as XML, patent XML (claims, with the description, abstract and title the same
/// file holds), or USPTO assignment XML.
fn read_xml(
    facts: &mut Facts,
    bytes: &[u8],
    format: Format,
    given: Option<DocumentKind>,
    options: &Options,
) -> Result<Vec<Document>, Unread> {
    let decoded = text::decode(bytes).text;
    if docx::is_flat_xml(&decoded) {
        let word = docx::read_flat(&decoded, &options.limits)
            .map_err(|e| Unread::Unreadable(message!("read-word-xml-could", reason = e)))?;
        facts.format = Some("word-xml".into());
        return read_word(word, options);
    }
    let patent = claims_xml::read(bytes, &options.limits)
        .map_err(|e| Unread::Unreadable(message!("read-xml-could-not", reason = e)))?;
    facts.format = Some(patent.format.to_string());
    // A publication is judged by the law of its own filing date, unless the options give one.
    if let Some(date) = claims_xml::filing_date(&decoded).filter(|_| options.filing_date.is_none()) {
        facts.notes.push(Note::FilingDate(date));
    }
    // So is its route: a national phase keeps the international application's abstract (37 CFR 1.72(b)).
    if let Some(route) = claims_xml::route(&decoded).filter(|route| *route != options.route) {
        facts.notes.push(Note::Route(route));
    }
    if patent.format == "uspto-assignment-xml" {
        return read_assignment(facts, bytes, format, options);
    }
    let mut documents: Vec<Document> = patent
        .claim_sets
        .into_iter()
        .filter(|set| !set.claims.is_empty())
        .map(|raw| claims_document(raw, options))
        .collect::<Result<_, _>>()?;
    if given != Some(DocumentKind::Claims) {
        match spec_xml::read(&decoded, &options.limits) {
            Ok(specs) => documents.extend(specs.into_iter().map(Document::Description)),
            Err(e) => facts.notes.push(Note::PartlyUnreadable(message!("read-description-xml-could", reason = e))),
        }
    }
    Ok(documents)
}

/// Reads plain text: claims, or a specification when the user said so.
fn read_text(
    facts: &mut Facts,
    bytes: &[u8],
    given: Option<DocumentKind>,
    options: &Options,
) -> Result<Vec<Document>, Unread> {
    let decoded = text::decode(bytes);
    if decoded.replaced > 0 {
        facts.notes.push(Note::PartlyUnreadable(message!("read-byte-sequences-replaced", count = decoded.replaced)));
    }
    if given == Some(DocumentKind::Description) {
        let split = spec::split(spec::text_blocks(&decoded.text), Source::Text, None, &options.limits)
            .map_err(Unread::Unreadable)?;
        return spec_documents(split, options);
    }
    let mut raw = claims_text::split(&decoded.text, &options.limits).map_err(|e| Unread::Unreadable(e.into()))?;
    // Fixes edit the file's text: only when the text read is the file's, as UTF-8 (after a byte order mark, one
    // UTF-16 code unit).
    let origin = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        _ if decoded.replaced > 0 => None,
        Some(rest) => (rest == decoded.text.as_bytes()).then_some(1),
        None => (bytes == decoded.text.as_bytes()).then_some(0),
    };
    raw.place_sources(origin);
    Ok(if raw.claims.is_empty() { Vec::new() } else { vec![claims_document(raw, options)?] })
}

/// Reads assignment data: one record from JSON (`schemas/assignment.schema.json`), or one per `<doc>` of USPTO
/// assignment XML.
fn read_assignment(
    facts: &mut Facts,
    bytes: &[u8],
    format: Format,
    options: &Options,
) -> Result<Vec<Document>, Unread> {
    match format {
        Format::Json => {
            let decoded = text::decode(bytes);
            if decoded.replaced > 0 {
                return Err(Unread::Unreadable(message!("read-json-not-valid")));
            }
            facts.format = Some("assignment-json".into());
            match super::assignment_json::read(&decoded.text) {
                Ok(Some(assignment)) => {
                    facts.notes.extend(assignment.warnings.into_iter().map(Note::PartlyUnreadable));
                    Ok(vec![Document::Assignment(assignment.record)])
                }
                Ok(None) => Err(Unread::Unsupported(message!("read-file-json-that"))),
                Err(error) => Err(Unread::Unreadable(error)),
            }
        }
        Format::Xml => {
            let records = super::assignment_xml::read(bytes, &options.limits)
                .map_err(|e| Unread::Unreadable(message!("read-xml-could-not", reason = e)))?;
            facts.format = Some("uspto-assignment-xml".into());
            Ok(records.into_iter().map(Document::Assignment).collect())
        }
        _ => Err(Unread::Unreadable(message!("read-file-assignment-data", format = format.name()))),
    }
}

/// Reads a WIPO ST.26 sequence listing (XML whose root element is `ST26SequenceListing`), streaming.
fn read_sequences(
    facts: &mut Facts,
    name: &str,
    bytes: &[u8],
    format: Format,
    options: &Options,
) -> Result<Vec<Document>, Unread> {
    if format != Format::Xml && !bytes.starts_with(b"\xFF\xFE") && !bytes.starts_with(b"\xFE\xFF") {
        return Err(Unread::Unreadable(message!("read-file-sequence-listings", format = format.name())));
    }
    let listing = super::sequences::read(name, bytes, &options.limits)
        .map_err(|e| Unread::Unreadable(message!("read-sequence-listing-could", reason = e)))?;
    facts.format = Some("st26-xml".into());
    Ok(vec![Document::Sequences(listing)])
}

/// Reads drawing sheets: the pages of a PDF or TIFF, or one image. A PDF's text pages are read as the
/// specification and claims they hold (unless the file was given as drawings), its other pages as drawing sheets.
#[cfg(feature = "drawings")]
fn read_drawings(
    facts: &mut Facts,
    bytes: &[u8],
    format: Format,
    given: Option<DocumentKind>,
    options: &Options,
) -> Result<Vec<Document>, Unread> {
    use crate::model::description::PageKind;
    if !matches!(format, Format::Drawing(_)) {
        return Err(Unread::Unreadable(message!("read-file-drawings-from", format = format.name())));
    }
    let mut drawings = super::drawings::read(bytes, &options.limits)
        .map_err(|e| Unread::Unreadable(message!("read-drawings-could-not", reason = e)))?;
    facts.format = Some(drawings.format.name().to_lowercase());
    if drawings.format != ImageFormat::Pdf || given == Some(DocumentKind::Drawings) {
        return Ok(vec![Document::Drawings(drawings)]);
    }
    let application = super::pages::read(&drawings.sheets);
    if !application.kinds.contains(&PageKind::Text) {
        return Ok(vec![Document::Drawings(drawings)]);
    }
    let mut split = spec::split(application.blocks, Source::Pdf, None, &options.limits).map_err(Unread::Unreadable)?;
    split.spec.pages = application.pages;
    split.spec.publication.clone_from(&application.publication);
    for set in &mut split.claim_sets {
        set.published = application.publication.is_some();
    }
    facts.pages = page_summaries(&application.kinds, &split.spec);
    let scans: Vec<u32> = facts.pages.iter().filter(|p| p.kind == PageKind::Scan).map(|p| p.number).collect();
    if !scans.is_empty() {
        facts.notes.push(Note::PagesNotRead(scans));
    }
    if let Some(publication) = &application.publication {
        facts.notes.push(Note::Publication(publication.clone()));
    }
    facts.publication = application.publication;
    let mut documents = spec_documents(split, options)?;
    // The drawing sheets, and the PDF's facts for the rules on every PDF (fonts, version, encryption).
    let mut kinds = application.kinds.iter();
    drawings.sheets.retain(|_| kinds.next() == Some(&PageKind::Drawing));
    documents.push(Document::Drawings(drawings));
    Ok(documents)
}

/// Each page of a PDF with its kind and the parts of the application on it (one pass over the paragraphs).
#[cfg(feature = "drawings")]
fn page_summaries(
    kinds: &[crate::model::description::PageKind],
    spec: &crate::model::Specification,
) -> Vec<crate::model::description::PageSummary> {
    use crate::model::description::{PageKind, PageSummary};
    let mut pages: Vec<PageSummary> = kinds
        .iter()
        .enumerate()
        .map(|(i, &kind)| PageSummary {
            number: u32::try_from(i + 1).unwrap_or(u32::MAX),
            kind,
            parts: if kind == PageKind::Drawing { vec![Part::Drawings] } else { Vec::new() },
        })
        .collect();
    for paragraph in &spec.paragraphs {
        let page = paragraph.page.and_then(|p| p.checked_sub(1)).and_then(|i| pages.get_mut(i as usize));
        if let (Some(page), Some(part)) = (page, paragraph.part) {
            if !page.parts.contains(&part) {
                page.parts.push(part);
            }
        }
    }
    pages
}

/// Without the `drawings` feature (the core Wasm module), drawing files are left to the full module.
#[cfg(not(feature = "drawings"))]
fn read_drawings(
    _facts: &mut Facts,
    _bytes: &[u8],
    format: Format,
    _given: Option<DocumentKind>,
    _options: &Options,
) -> Result<Vec<Document>, Unread> {
    Err(Unread::Unsupported(message!("read-file-was-not", format = format.name())))
}

/// The documents of a Word document: its specification, then the claims found in it.
fn read_word(word: docx::WordDocument, options: &Options) -> Result<Vec<Document>, Unread> {
    let split = spec::split_word(word, &options.limits).map_err(Unread::Unreadable)?;
    spec_documents(split, options)
}

/// A claim set ready for the rules; a claim longer than the limit makes the file unreadable (real claims are a
/// few thousand characters; a hostile one of megabytes would cost time and memory in every rule).
fn claims_document(raw: super::RawClaimSet, options: &Options) -> Result<Document, Unread> {
    let limit = options.limits.claim_chars;
    if let Some(claim) = raw.claims.iter().find(|c| c.text.len() > limit && c.text.chars().count() > limit) {
        return Err(Unread::Unreadable(message!(
            "read-claim-has-characters",
            claim = claim.number,
            count = claim.text.chars().count(),
            limit = limit
        )));
    }
    Ok(Document::Claims(super::build_claim_set(raw, &options.limits)))
}

/// A split specification as documents: the specification (when it has any paragraph), then its claim sets.
fn spec_documents(split: spec::Split, options: &Options) -> Result<Vec<Document>, Unread> {
    let mut documents = Vec::new();
    let only_claims = split.spec.paragraphs.iter().all(|p| p.part == Some(Part::Claims));
    if !split.spec.paragraphs.is_empty() && !only_claims {
        documents.push(Document::Description(split.spec));
    }
    for claims in split.claim_sets.into_iter().filter(|set| !set.claims.is_empty()) {
        documents.push(claims_document(claims, options)?);
    }
    Ok(documents)
}

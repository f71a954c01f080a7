//! A filing is a set of files; each is recognised, read into documents and checked, and one report covers them
//! all. Each format has its reader below; each kind of document has its rules in `rules/`.

use crate::clock::Timings;
use crate::fees;
use crate::message::{message, Message};
use crate::model::description::{Part, Source};
use crate::model::drawings::ImageFormat;
use crate::model::Document;
use crate::options::Options;
use crate::parse::{self, claims_text, claims_xml, docx, spec, spec_xml, text};
use crate::report::{DocumentKind, DocumentReport, Report, Severity};
use crate::rules::{self, input, Reporter};

/// One file of a filing.
#[derive(Clone, Debug)]
pub struct InputFile {
    /// The file's name, shown in findings.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Checks claims pasted as text, under the file name `claims.txt`.
#[must_use]
pub fn check_claims_text(claims: &str, options: &Options) -> Report {
    let file = InputFile { name: "claims.txt".into(), bytes: claims.as_bytes().to_vec() };
    check(std::slice::from_ref(&file), options)
}

/// Checks every file of a filing. A file that cannot be read gives a finding; the others are still checked.
#[must_use]
pub fn check(files: &[InputFile], options: &Options) -> Report {
    check_with_progress(files, options, &mut |_, _| {})
}

/// Checks every file of a filing like [`check`], calling `progress(done, total)` after each file, so that a page
/// can fill a progress bar while a long filing is checked.
pub fn check_with_progress(files: &[InputFile], options: &Options, progress: &mut dyn FnMut(usize, usize)) -> Report {
    let mut report = Report {
        version: crate::VERSION,
        offices: options.selected_offices(),
        findings: Vec::new(),
        documents: Vec::new(),
        summary: Vec::new(),
        fees: Vec::new(),
        timings: Vec::new(),
    };
    let mut timings = Timings::new(options.timings);
    // The claims and descriptions of every file, for the checks across documents.
    let mut filing: Vec<(&str, Vec<Document>)> = Vec::new();
    // A filing date or route a document states (when the options give none) holds for the checks across documents too.
    let (mut stated_date, mut stated_route) = (None, None);
    for file in files {
        let mut reporter = Reporter::new(&file.name, options);
        let mut kept = Vec::new();
        let document = check_file(file, options, &mut reporter, &mut kept, &mut timings);
        stated_date = stated_date.or(reporter.filing_date().filter(|_| options.filing_date.is_none()));
        stated_route = stated_route.or(Some(reporter.route()).filter(|route| *route != options.route));
        report.documents.push(document);
        report.findings.extend(reporter.into_findings());
        filing.push((&file.name, kept));
        progress(filing.len(), files.len());
    }
    let filed: Vec<rules::Filed<'_>> = filing
        .iter()
        .flat_map(|(file, documents)| documents.iter().map(move |document| rules::Filed { file, document }))
        .collect();
    let started = timings.start();
    let mut reporter = Reporter::new("", options);
    if stated_date.is_some() {
        reporter.set_filing_date(stated_date);
    }
    if let Some(route) = stated_route {
        reporter.set_route(route);
    }
    rules::check_filing(&filed, &mut reporter);
    report.fees = fees::statement(&filed, &report.offices, reporter.route(), reporter.filing_date());
    report.findings.extend(reporter.into_findings());
    timings.add("rules filing", started);
    let started = timings.start();
    report.finish();
    timings.add("report", started);
    report.timings = timings.into_phases();
    report
}

/// What a file's first bytes say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Zip,
    /// A drawing file: a PDF or a raster image.
    Drawing(ImageFormat),
    Xml,
    Json,
    Text,
}

impl Format {
    fn of(bytes: &[u8]) -> Format {
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

    /// What users call the format, for messages (and, in English, the report's format until the file is read).
    fn name(self) -> Message {
        match self {
            Format::Zip => Message::term("a ZIP package (DOCX)"),
            Format::Drawing(ImageFormat::Pdf) => Message::term("a PDF"),
            Format::Drawing(ImageFormat::Tiff) => Message::term("a TIFF image"),
            Format::Drawing(ImageFormat::Png) => Message::term("a PNG image"),
            Format::Drawing(ImageFormat::Jpeg) => Message::term("a JPEG image"),
            Format::Drawing(ImageFormat::Gif) => Message::term("a GIF image"),
            Format::Drawing(ImageFormat::Bmp) => Message::term("a BMP image"),
            Format::Xml => Message::term("XML"),
            Format::Json => Message::term("JSON"),
            Format::Text => Message::term("text"),
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

/// Why a file gave no documents: a finding for it, with its severity.
struct Unread {
    rule: &'static rules::Rule,
    severity: Severity,
    message: Message,
}

impl Unread {
    /// The file could not be read; `message` is the finding's sentence.
    fn unreadable(message: impl Into<Message>) -> Self {
        Unread { rule: &input::unreadable::RULE, severity: Severity::Error, message: message.into() }
    }

    /// A kind of file patlint does not check; `message` is the finding's sentence.
    fn unsupported(message: Message) -> Self {
        Unread { rule: &input::unsupported_format::RULE, severity: Severity::Info, message }
    }
}

fn check_file(
    file: &InputFile,
    options: &Options,
    reporter: &mut Reporter,
    kept: &mut Vec<Document>,
    timings: &mut Timings,
) -> DocumentReport {
    let started = timings.start();
    let format = Format::of(&file.bytes);
    let mut report = DocumentReport {
        file: file.name.clone(),
        kind: DocumentKind::Unknown,
        format: format.name().to_string(),
        claim_sets: Vec::new(),
        description: None,
        assignments: Vec::new(),
        drawings: None,
        pages: Vec::new(),
        publication: None,
        sequences: None,
    };
    let documents = if file.bytes.len() > options.limits.input_bytes {
        // Its size is not said: a File from a browser is read no further than the limit (src/wasm.rs).
        Err(Unread::unreadable(message!(
            "The file is larger than the limit of {limit} bytes; it was not read.",
            limit = options.limits.input_bytes
        )))
    } else {
        read(file, format, options.kind_of(&file.name), options, reporter, &mut report)
    };
    let kind = documents.as_ref().ok().and_then(|read| read.first()).map_or(DocumentKind::Unknown, Document::kind);
    timings.add(phase(true, kind), started);
    let documents = match documents {
        Ok(documents) if documents.is_empty() => Err(Unread {
            rule: &input::no_content_found::RULE,
            severity: if format == Format::Text { Severity::Error } else { Severity::Info },
            message: message!("No claims, description or assignment data were found. Claims start with their number: `1.`, `Claim 1`, `【請求項1】`, `【청구항 1】`."),
        }),
        other => other,
    };
    match documents {
        Ok(documents) => {
            let several = documents.iter().filter(|d| matches!(d, Document::Claims(_))).count() > 1;
            for document in documents {
                let started = timings.start();
                let kind = document.kind();
                if report.kind == DocumentKind::Unknown {
                    report.kind = document.kind();
                }
                if matches!(
                    document,
                    Document::Claims(_) | Document::Description(_) | Document::Drawings(_) | Document::Sequences(_)
                ) {
                    kept.push(document.clone());
                }
                let first = reporter.findings().len();
                rules::check_document(&document, several, report.publication.is_some(), reporter);
                let assignment = matches!(document, Document::Assignment(_));
                report.add(document);
                if assignment {
                    let findings = reporter.findings().get(first..).unwrap_or_default();
                    rules::assignment::readiness::complete(&mut report, findings, &options.selected_offices());
                }
                timings.add(phase(false, kind), started);
            }
            // Each sheet's usable area at each selected office, for the page to draw.
            #[cfg(feature = "drawings")]
            if let Some(drawings) = report.drawings.as_mut() {
                rules::drawings::law::mark_areas(drawings, &options.selected_offices());
            }
        }
        Err(unread) => reporter.report_input(unread.rule, unread.severity, unread.message),
    }
    report
}

/// A phase of the timings: reading the files of a kind, or the rules for the documents of a kind.
fn phase(reading: bool, kind: DocumentKind) -> &'static str {
    match (reading, kind) {
        (true, DocumentKind::Claims) => "read claims",
        (true, DocumentKind::Description) => "read description",
        (true, DocumentKind::Drawings) => "read drawings",
        (true, DocumentKind::Assignment) => "read assignment",
        (true, DocumentKind::Sequences) => "read sequences",
        (true, DocumentKind::Unknown) => "read other",
        (false, DocumentKind::Claims) => "rules claims",
        (false, DocumentKind::Description) => "rules description",
        (false, DocumentKind::Drawings) => "rules drawings",
        (false, DocumentKind::Assignment) => "rules assignment",
        (false, DocumentKind::Sequences) => "rules sequences",
        (false, DocumentKind::Unknown) => "rules other",
    }
}

/// Reads a file into the documents it holds, by its format or by the kind the user named (`given`).
fn read(
    file: &InputFile,
    format: Format,
    given: Option<DocumentKind>,
    options: &Options,
    reporter: &mut Reporter,
    report: &mut DocumentReport,
) -> Result<Vec<Document>, Unread> {
    if given == Some(DocumentKind::Assignment) {
        return read_assignment(file, format, options, reporter, report);
    }
    if given == Some(DocumentKind::Drawings) {
        return read_drawings(file, format, given, options, reporter, report);
    }
    if given == Some(DocumentKind::Sequences) || parse::sequences::is_listing(&file.bytes) {
        return read_sequences(file, format, options, report);
    }
    if given == Some(DocumentKind::Unknown) {
        return Err(Unread::unsupported(message!(
            "This file was given an unknown kind of document, so it was not checked: patlint checks claims, descriptions, drawings, assignment data and sequence listings."
        )));
    }
    match format {
        Format::Zip => {
            let word = docx::read_package(&file.bytes, &options.limits).map_err(|e| {
                Unread::unreadable(message!("The Word document could not be read: {reason}.", reason = e))
            })?;
            report.format = "docx".into();
            read_word(word, options)
        }
        Format::Drawing(_) => read_drawings(file, format, given, options, reporter, report),
        Format::Json => read_assignment(file, format, options, reporter, report),
        Format::Xml => {
            let decoded = text::decode(&file.bytes).text;
            if docx::is_flat_xml(&decoded) {
                let word = docx::read_flat(&decoded, &options.limits).map_err(|e| {
                    Unread::unreadable(message!("The Word XML could not be read: {reason}.", reason = e))
                })?;
                report.format = "word-xml".into();
                return read_word(word, options);
            }
            let read = claims_xml::read(&file.bytes, &options.limits)
                .map_err(|e| Unread::unreadable(message!("The XML could not be read: {reason}.", reason = e)))?;
            report.format = read.format.to_string();
            // A publication is judged by the law of its own filing date, unless the options give one.
            if let Some(date) = claims_xml::filing_date(&decoded).filter(|_| options.filing_date.is_none()) {
                reporter.set_filing_date(Some(date));
                let message = input::filing_date_from_document::message(date);
                reporter.report_input(&input::filing_date_from_document::RULE, Severity::Info, message);
            }
            // So is its route: a national phase keeps the international application's abstract (37 CFR 1.72(b)).
            if let Some(route) = claims_xml::route(&decoded).filter(|route| *route != options.route) {
                reporter.set_route(route);
                reporter.report_input(
                    &input::route_from_document::RULE,
                    Severity::Info,
                    input::route_from_document::message(),
                );
            }
            if read.format == "uspto-assignment-xml" {
                return read_assignment(file, format, options, reporter, report);
            }
            let mut documents: Vec<Document> = read
                .claim_sets
                .into_iter()
                .filter(|set| !set.claims.is_empty())
                .map(|raw| claims_document(raw, options))
                .collect::<Result<_, _>>()?;
            // The description, abstract and title the same file holds.
            if given != Some(DocumentKind::Claims) {
                match spec_xml::read(&decoded, &options.limits) {
                    Ok(specs) => documents.extend(specs.into_iter().map(Document::Description)),
                    Err(e) => reporter.report_input(
                        &input::unreadable::RULE,
                        Severity::Warning,
                        message!("The description in the XML could not be read: {reason}.", reason = e),
                    ),
                }
            }
            Ok(documents)
        }
        Format::Text => {
            let decoded = text::decode(&file.bytes);
            if decoded.replaced > 0 {
                let message = if decoded.replaced == 1 {
                    message!("One byte sequence is not valid UTF-8 or UTF-16 and was replaced; save the file as UTF-8.")
                } else {
                    message!(
                        "{count} byte sequences are not valid UTF-8 or UTF-16 and were replaced; save the file as UTF-8.",
                        count = decoded.replaced
                    )
                };
                reporter.report_input(&input::unreadable::RULE, Severity::Warning, message);
            }
            if given == Some(DocumentKind::Description) {
                let split = spec::split(spec::text_blocks(&decoded.text), Source::Text, None, &options.limits)
                    .map_err(Unread::unreadable)?;
                return spec_documents(split, options);
            }
            let mut raw = claims_text::split(&decoded.text, &options.limits).map_err(Unread::unreadable)?;
            // Fixes edit the file's text: only when the text read is the file's, as UTF-8 (after a byte order mark,
            // one UTF-16 code unit).
            let origin = match file.bytes.strip_prefix(b"\xEF\xBB\xBF") {
                _ if decoded.replaced > 0 => None,
                Some(rest) => (rest == decoded.text.as_bytes()).then_some(1),
                None => (file.bytes == decoded.text.as_bytes()).then_some(0),
            };
            raw.place_sources(origin);
            Ok(if raw.claims.is_empty() { Vec::new() } else { vec![claims_document(raw, options)?] })
        }
    }
}

/// Reads assignment data: one record from JSON (`schemas/assignment.schema.json`), or one per `<doc>` of USPTO
/// assignment XML.
fn read_assignment(
    file: &InputFile,
    format: Format,
    options: &Options,
    reporter: &mut Reporter,
    report: &mut DocumentReport,
) -> Result<Vec<Document>, Unread> {
    match format {
        Format::Json => {
            let decoded = text::decode(&file.bytes);
            if decoded.replaced > 0 {
                return Err(Unread::unreadable(message!("The JSON is not valid UTF-8; save it as UTF-8.")));
            }
            report.format = "assignment-json".into();
            match crate::parse::assignment_json::read(&decoded.text) {
                Ok(Some(read)) => {
                    for warning in read.warnings {
                        reporter.report_input(&input::unreadable::RULE, Severity::Warning, warning);
                    }
                    Ok(vec![Document::Assignment(read.record)])
                }
                Ok(None) => Err(Unread::unsupported(message!(
                    "This file is JSON that is not assignment data (it has none of `conveyance`, `assignors`, `assignees`, `properties`); this version of patlint does not check such files yet, so it was not checked."
                ))),
                Err(error) => Err(Unread::unreadable(error)),
            }
        }
        Format::Xml => {
            let records = crate::parse::assignment_xml::read(&file.bytes, &options.limits)
                .map_err(|e| Unread::unreadable(message!("The XML could not be read: {reason}.", reason = e)))?;
            report.format = "uspto-assignment-xml".into();
            Ok(records.into_iter().map(Document::Assignment).collect())
        }
        _ => Err(Unread::unreadable(message!(
            "This file is {format}; assignment data is read from JSON (schemas/assignment.schema.json) or USPTO assignment XML.",
            format = format.name()
        ))),
    }
}

/// Reads a WIPO ST.26 sequence listing (XML whose root element is `ST26SequenceListing`), streaming.
fn read_sequences(
    file: &InputFile,
    format: Format,
    options: &Options,
    report: &mut DocumentReport,
) -> Result<Vec<Document>, Unread> {
    if format != Format::Xml && !file.bytes.starts_with(b"\xFF\xFE") && !file.bytes.starts_with(b"\xFE\xFF") {
        return Err(Unread::unreadable(message!(
            "This file is {format}; sequence listings are read from WIPO ST.26 XML.",
            format = format.name()
        )));
    }
    let listing = parse::sequences::read(&file.name, &file.bytes, &options.limits)
        .map_err(|e| Unread::unreadable(message!("The sequence listing could not be read: {reason}.", reason = e)))?;
    report.format = "st26-xml".into();
    Ok(vec![Document::Sequences(listing)])
}

/// Reads drawing sheets: the pages of a PDF or TIFF, or one image. A PDF's text pages are read as the
/// specification and claims they hold (unless the file was given as drawings), its other pages as drawing sheets.
#[cfg(feature = "drawings")]
fn read_drawings(
    file: &InputFile,
    format: Format,
    given: Option<DocumentKind>,
    options: &Options,
    reporter: &mut Reporter,
    report: &mut DocumentReport,
) -> Result<Vec<Document>, Unread> {
    if !matches!(format, Format::Drawing(_)) {
        return Err(Unread::unreadable(message!(
            "This file is {format}; drawings are read from PDF, TIFF, PNG, JPEG, GIF or BMP files.",
            format = format.name()
        )));
    }
    use crate::model::description::PageKind;
    let mut drawings = parse::drawings::read(&file.bytes, &options.limits)
        .map_err(|e| Unread::unreadable(message!("The drawings could not be read: {reason}.", reason = e)))?;
    report.format = drawings.format.name().to_lowercase();
    if drawings.format != ImageFormat::Pdf || given == Some(DocumentKind::Drawings) {
        return Ok(vec![Document::Drawings(drawings)]);
    }
    let application = parse::pages::read(&drawings.sheets);
    if !application.kinds.contains(&PageKind::Text) {
        return Ok(vec![Document::Drawings(drawings)]);
    }
    let mut split = spec::split(application.blocks, Source::Pdf, None, &options.limits).map_err(Unread::unreadable)?;
    split.spec.pages = application.pages;
    split.spec.publication.clone_from(&application.publication);
    for set in &mut split.claim_sets {
        set.published = application.publication.is_some();
    }
    report.publication = application.publication;
    report.pages = page_summaries(&application.kinds, &split.spec);
    let scans: Vec<u32> = report.pages.iter().filter(|p| p.kind == PageKind::Scan).map(|p| p.number).collect();
    if !scans.is_empty() {
        reporter.report_input(&input::pages_not_read::RULE, Severity::Info, input::pages_not_read::message(&scans));
    }
    if let Some(publication) = &report.publication {
        reporter.report_input(
            &input::publication_layout_not_checked::RULE,
            Severity::Info,
            input::publication_layout_not_checked::message(publication),
        );
    }
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
    _file: &InputFile,
    format: Format,
    _given: Option<DocumentKind>,
    _options: &Options,
    _reporter: &mut Reporter,
    _report: &mut DocumentReport,
) -> Result<Vec<Document>, Unread> {
    Err(Unread::unsupported(message!(
        "This file is {format}; it was not checked because this build of patlint has no drawing support (the `drawings` feature).",
        format = format.name()
    )))
}

/// The documents of a Word document: its specification, then the claims found in it.
fn read_word(word: docx::WordDocument, options: &Options) -> Result<Vec<Document>, Unread> {
    let split = spec::split_word(word, &options.limits).map_err(Unread::unreadable)?;
    spec_documents(split, options)
}

/// A claim set ready for the rules; a claim longer than the limit makes the file unreadable (real claims are a
/// few thousand characters; a hostile one of megabytes would cost time and memory in every rule).
fn claims_document(raw: parse::RawClaimSet, options: &Options) -> Result<Document, Unread> {
    let limit = options.limits.claim_chars;
    if let Some(claim) = raw.claims.iter().find(|c| c.text.len() > limit && c.text.chars().count() > limit) {
        return Err(Unread::unreadable(message!(
            "Claim {claim} has {count} characters, more than the limit of {limit} (claimChars); the file was not checked.",
            claim = claim.number,
            count = claim.text.chars().count(),
            limit = limit
        )));
    }
    Ok(Document::Claims(parse::build_claim_set(raw, &options.limits)))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The one finding about reading the file.
    fn input_finding(name: &str, bytes: &[u8], options: &Options) -> crate::report::Finding {
        let report = check(&[InputFile { name: name.into(), bytes: bytes.to_vec() }], options);
        let mut input = report.findings.into_iter().filter(|f| f.rule.starts_with("input/"));
        let finding = input.next().expect("a finding about reading the file");
        assert!(input.next().is_none());
        finding
    }

    #[test]
    fn a_kind_chosen_for_one_file_overrides_detection_for_that_file_only() {
        let text = "TITLE\nA lamp\n\nDESCRIPTION\n[0001] A lamp 10 has a base 12.\n\nCLAIMS\n1. A lamp (10).\n";
        let files = [
            InputFile { name: "spec.txt".into(), bytes: text.into() },
            InputFile { name: "claims.txt".into(), bytes: text.into() },
        ];
        let options =
            Options { kinds: [("spec.txt".to_string(), DocumentKind::Description)].into(), ..Options::default() };
        let report = check(&files, &options);
        let kinds: Vec<_> = report.documents.iter().map(|d| (d.file.as_str(), d.kind)).collect();
        assert_eq!(kinds, [("spec.txt", DocumentKind::Description), ("claims.txt", DocumentKind::Claims)]);
    }

    #[test]
    fn why_a_file_is_unreadable_is_translatable_to_the_detail() {
        let finding = input_finding("a.docx", b"PK\x03\x04 not really", &Options::default());
        assert_eq!(finding.rule, "input/unreadable");
        assert_eq!(
            finding.message,
            "The Word document could not be read: the ZIP package is damaged (no central directory)."
        );
        assert_eq!(
            finding.message_template.templates(),
            [
                "The Word document could not be read: {reason}.",
                "the ZIP package is damaged ({what})",
                "no central directory"
            ]
        );
        let finding = input_finding("a.xml", b"<claims>\n<claim>A lever.</clam></claims>", &Options::default());
        assert_eq!(finding.message, "The XML could not be read: line 2: unexpected end tag </clam>.");
    }

    #[test]
    fn a_file_given_as_of_unknown_kind_is_not_checked() {
        let options = Options { kind: Some(DocumentKind::Unknown), ..Options::default() };
        let finding = input_finding("claims.txt", b"1. A lever.", &options);
        assert_eq!(finding.rule, "input/unsupported-format");
        assert_eq!(
            finding.message,
            "This file was given an unknown kind of document, so it was not checked: patlint checks claims, descriptions, drawings, assignment data and sequence listings."
        );
    }

    #[test]
    fn the_format_is_named_in_words_and_one_bad_byte_is_singular() {
        let options = Options { kind: Some(DocumentKind::Assignment), ..Options::default() };
        let finding = input_finding("claims.txt", b"1. A lever.", &options);
        assert_eq!(finding.message_template.templates()[1], "text");
        let finding = input_finding("a.txt", b"1. A lever \xff.", &Options::default());
        assert_eq!(
            finding.message,
            "One byte sequence is not valid UTF-8 or UTF-16 and was replaced; save the file as UTF-8."
        );
    }
}

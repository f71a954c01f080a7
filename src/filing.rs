//! A filing is a set of files; each is recognised, read into documents and checked, and one report covers them
//! all. Each format has its reader below; each kind of document has its rules in `rules/`.

use crate::model::Document;
use crate::options::Options;
use crate::parse::{self, claims_text, claims_xml, text};
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
    let mut report = Report {
        version: crate::VERSION,
        offices: options.selected_offices(),
        findings: Vec::new(),
        documents: Vec::new(),
        summary: Vec::new(),
    };
    for file in files {
        let mut reporter = Reporter::new(&file.name, options);
        let document = check_file(file, options, &mut reporter);
        report.documents.push(document);
        report.findings.extend(reporter.into_findings());
    }
    report.finish();
    report
}

/// What a file's first bytes say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Zip,
    Pdf,
    Image(&'static str),
    Xml,
    Json,
    Text,
}

impl Format {
    fn of(bytes: &[u8]) -> Format {
        let trimmed = text_start(bytes);
        match bytes {
            [b'P', b'K', 3, 4, ..] => Format::Zip,
            [b'%', b'P', b'D', b'F', ..] => Format::Pdf,
            [b'I', b'I', 42, 0, ..] | [b'M', b'M', 0, 42, ..] => Format::Image("a TIFF image"),
            [0x89, b'P', b'N', b'G', ..] => Format::Image("a PNG image"),
            [0xFF, 0xD8, 0xFF, ..] => Format::Image("a JPEG image"),
            [b'G', b'I', b'F', b'8', ..] => Format::Image("a GIF image"),
            [b'B', b'M', ..] if bytes.len() > 26 && !bytes[2..26].iter().all(u8::is_ascii_graphic) => {
                Format::Image("a BMP image")
            }
            _ if trimmed.starts_with(b"<") => Format::Xml,
            _ if trimmed.starts_with(b"{") => Format::Json,
            _ => Format::Text,
        }
    }

    /// What users call the format, for messages.
    fn name(self) -> &'static str {
        match self {
            Format::Zip => "a ZIP package (DOCX)",
            Format::Pdf => "a PDF",
            Format::Image(name) => name,
            Format::Xml => "XML",
            Format::Json => "JSON",
            Format::Text => "text",
        }
    }
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
    message: String,
}

impl Unread {
    fn unreadable(message: impl Into<String>) -> Self {
        Unread { rule: &input::unreadable::RULE, severity: Severity::Error, message: message.into() }
    }

    fn unsupported(what: &str) -> Self {
        Unread {
            rule: &input::unsupported_format::RULE,
            severity: Severity::Info,
            message: format!(
                "This file is {what}; this version of patlint does not check such files yet, so it was not checked."
            ),
        }
    }
}

fn check_file(file: &InputFile, options: &Options, reporter: &mut Reporter) -> DocumentReport {
    let format = Format::of(&file.bytes);
    let mut report = DocumentReport {
        file: file.name.clone(),
        kind: DocumentKind::Unknown,
        format: format.name().into(),
        claim_sets: Vec::new(),
    };
    let documents = if file.bytes.len() > options.limits.input_bytes {
        Err(Unread::unreadable(format!(
            "The file is {} bytes, more than the limit of {} bytes; it was not read.",
            file.bytes.len(),
            options.limits.input_bytes
        )))
    } else {
        read(file, format, options, reporter, &mut report)
    };
    let documents = match documents {
        Ok(documents) if documents.is_empty() => Err(Unread {
            rule: &input::no_claims_found::RULE,
            severity: if format == Format::Text { Severity::Error } else { Severity::Info },
            message: "No numbered claims were found. Claims start with their number: `1.`, `Claim 1`, `【請求項1】`, `【청구항 1】`."
                .into(),
        }),
        other => other,
    };
    match documents {
        Ok(documents) => {
            let several = documents.len() > 1;
            for document in documents {
                report.kind = document.kind();
                rules::check_document(&document, several, reporter);
                document.add_to(&mut report);
            }
        }
        Err(unread) => reporter.report_input(unread.rule, unread.severity, unread.message),
    }
    report
}

/// Reads a file into the documents it holds, by its format (or the kind the user named).
fn read(
    file: &InputFile,
    format: Format,
    options: &Options,
    reporter: &mut Reporter,
    report: &mut DocumentReport,
) -> Result<Vec<Document>, Unread> {
    if let Some(kind) = options.kind.filter(|k| *k != DocumentKind::Claims) {
        return Err(Unread::unsupported(&format!("given as {kind:?}").to_lowercase()));
    }
    match format {
        Format::Zip | Format::Pdf | Format::Image(_) | Format::Json => Err(Unread::unsupported(format.name())),
        Format::Xml => {
            let read = claims_xml::read(&file.bytes, &options.limits)
                .map_err(|e| Unread::unreadable(format!("The XML could not be read: {e}.")))?;
            report.format = read.format.to_string();
            Ok(read
                .claim_sets
                .into_iter()
                .filter(|set| !set.claims.is_empty())
                .map(|raw| Document::Claims(parse::build_claim_set(raw, &options.limits)))
                .collect())
        }
        Format::Text => {
            let decoded = text::decode(&file.bytes);
            if decoded.replaced > 0 {
                reporter.report_input(
                    &input::unreadable::RULE,
                    Severity::Warning,
                    format!(
                        "{} byte sequences are not valid UTF-8 or UTF-16 and were replaced; save the file as UTF-8.",
                        decoded.replaced
                    ),
                );
            }
            let raw =
                claims_text::split(&decoded.text, &options.limits).map_err(|e| Unread::unreadable(e.to_string()))?;
            Ok(if raw.claims.is_empty() {
                Vec::new()
            } else {
                vec![Document::Claims(parse::build_claim_set(raw, &options.limits))]
            })
        }
    }
}

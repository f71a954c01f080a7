//! A filing is a set of files; each is recognised, read and checked, and one report covers them all.

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

fn sniff(bytes: &[u8]) -> Format {
    let trimmed = text_start(bytes);
    match bytes {
        [b'P', b'K', 3, 4, ..] => Format::Zip,
        [b'%', b'P', b'D', b'F', ..] => Format::Pdf,
        [b'I', b'I', 42, 0, ..] | [b'M', b'M', 0, 42, ..] => Format::Image("TIFF"),
        [0x89, b'P', b'N', b'G', ..] => Format::Image("PNG"),
        [0xFF, 0xD8, 0xFF, ..] => Format::Image("JPEG"),
        [b'G', b'I', b'F', b'8', ..] => Format::Image("GIF"),
        [b'B', b'M', ..] if bytes.len() > 26 && !bytes[2..26].iter().all(u8::is_ascii_graphic) => Format::Image("BMP"),
        _ if trimmed.starts_with(b"<") => Format::Xml,
        _ if trimmed.starts_with(b"{") => Format::Json,
        _ => Format::Text,
    }
}

/// The bytes after a UTF-8 byte-order mark and leading white space.
fn text_start(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    &bytes[start..]
}

fn check_file(file: &InputFile, options: &Options, reporter: &mut Reporter) -> DocumentReport {
    let mut document =
        DocumentReport { file: file.name.clone(), kind: DocumentKind::Unknown, format: String::new(), claim_sets: Vec::new() };
    if file.bytes.len() > options.limits.input_bytes {
        document.format = "too large".into();
        reporter.report_input(
            &input::unreadable::RULE,
            Severity::Error,
            format!(
                "The file is {} bytes, more than the limit of {} bytes; it was not read.",
                file.bytes.len(),
                options.limits.input_bytes
            ),
        );
        return document;
    }
    if let Some(kind) = options.kind.filter(|k| *k != DocumentKind::Claims) {
        document.format = format!("{kind:?}").to_lowercase();
        reporter.report_input(
            &input::unsupported_format::RULE,
            Severity::Info,
            format!("This version of patlint checks claims only; the file, given as {}, was not checked.", document.format),
        );
        return document;
    }
    let format = sniff(&file.bytes);
    let raw_sets = match format {
        Format::Zip | Format::Pdf | Format::Image(_) | Format::Json => {
            let what = match format {
                Format::Zip => "a ZIP package (DOCX)",
                Format::Pdf => "a PDF",
                Format::Image(kind) => kind,
                _ => "JSON (an assignment record)",
            };
            document.format = what.to_string();
            reporter.report_input(
                &input::unsupported_format::RULE,
                Severity::Info,
                format!("This file is {what}; this version of patlint checks claims only (plain text or XML), so it was not checked."),
            );
            return document;
        }
        Format::Xml => match claims_xml::read(&file.bytes, &options.limits) {
            Ok(read) => {
                document.format = read.format.to_string();
                read.claim_sets
            }
            Err(error) => {
                document.format = "XML".into();
                reporter.report_input(&input::unreadable::RULE, Severity::Error, format!("The XML could not be read: {error}."));
                return document;
            }
        },
        Format::Text => {
            let decoded = text::decode(&file.bytes);
            document.format = "text".into();
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
            match claims_text::split(&decoded.text, &options.limits) {
                Ok(set) => vec![set],
                Err(error) => {
                    reporter.report_input(&input::unreadable::RULE, Severity::Error, error.to_string());
                    return document;
                }
            }
        }
    };
    let raw_sets: Vec<_> = raw_sets.into_iter().filter(|set| !set.claims.is_empty()).collect();
    if raw_sets.is_empty() {
        reporter.report_input(
            &input::no_claims_found::RULE,
            if format == Format::Text { Severity::Error } else { Severity::Info },
            "No numbered claims were found. Claims start with their number: `1.`, `Claim 1`, `【請求項1】`, `【청구항 1】`.",
        );
        return document;
    }
    document.kind = DocumentKind::Claims;
    let several = raw_sets.len() > 1;
    for raw in raw_sets {
        let set = parse::build_claim_set(raw, &options.limits);
        reporter.set_language(if several { set.language } else { None });
        rules::check_claims(&set, reporter);
        document.claim_sets.push(set);
    }
    document
}

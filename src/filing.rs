//! A filing is a set of files; each is read into documents (`parse::read`), checked, and one report covers them
//! all. Each kind of document has its rules in `rules/`.

use crate::clock::Timings;
use crate::fees;
use crate::message::{message, Message};
use crate::model::Document;
use crate::options::Options;
use crate::parse;
use crate::parse::read::{self, Format, Note};
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

/// Whether a file's first bytes make it a drawing file (PDF or an image).
#[must_use]
pub fn is_drawing(bytes: &[u8]) -> bool {
    parse::read::is_drawing(bytes)
}

/// Why a file was not checked, as the finding that says so: its rule, severity and sentence.
struct NotChecked {
    rule: &'static rules::Rule,
    severity: Severity,
    message: Message,
}

impl From<read::Unread> for NotChecked {
    fn from(unread: read::Unread) -> Self {
        match unread {
            read::Unread::Unreadable(message) => {
                NotChecked { rule: &input::unreadable::RULE, severity: Severity::Error, message }
            }
            read::Unread::Unsupported(message) => {
                NotChecked { rule: &input::unsupported_format::RULE, severity: Severity::Info, message }
            }
        }
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
    let read::Read { documents, sniffed, facts } =
        read::read(&file.name, &file.bytes, options.kind_of(&file.name), options);
    let mut report = DocumentReport {
        file: file.name.clone(),
        kind: DocumentKind::Unknown,
        format: facts.format.unwrap_or_else(|| sniffed.code().to_string()),
        claim_sets: Vec::new(),
        description: None,
        assignments: Vec::new(),
        drawings: None,
        pages: facts.pages,
        publication: facts.publication,
        sequences: None,
    };
    for note in facts.notes {
        report_note(note, reporter);
    }
    let documents = documents.map_err(NotChecked::from);
    let kind = documents.as_ref().ok().and_then(|read| read.first()).map_or(DocumentKind::Unknown, Document::kind);
    timings.add(phase(true, kind), started);
    let documents = match documents {
        Ok(documents) if documents.is_empty() => Err(NotChecked {
            rule: &input::no_content_found::RULE,
            severity: if sniffed == Format::Text { Severity::Error } else { Severity::Info },
            message: message!("nothing-found"),
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
            // Each text page's and each sheet's usable area at each selected office, for the page to draw; not on
            // a publication, whose layout is the office's own and is not judged.
            if report.publication.is_none() {
                if let Some(description) = report.description.as_mut() {
                    rules::description::profile::mark_page_areas(description, &options.selected_offices());
                }
                #[cfg(feature = "drawings")]
                if let Some(drawings) = report.drawings.as_mut() {
                    rules::drawings::law::mark_areas(drawings, &options.selected_offices());
                }
            }
        }
        Err(not_checked) => reporter.report_input(not_checked.rule, not_checked.severity, not_checked.message),
    }
    report
}

/// What the reading of a file noticed, as the finding it gives (and, for a filing date or route the document
/// states, as what the rules then go by).
fn report_note(note: Note, reporter: &mut Reporter) {
    match note {
        Note::PartlyUnreadable(message) => reporter.report_input(&input::unreadable::RULE, Severity::Warning, message),
        Note::FilingDate(date) => {
            reporter.set_filing_date(Some(date));
            let message = input::filing_date_from_document::message(date);
            reporter.report_input(&input::filing_date_from_document::RULE, Severity::Info, message);
        }
        Note::Route(route) => {
            reporter.set_route(route);
            let message = input::route_from_document::message();
            reporter.report_input(&input::route_from_document::RULE, Severity::Info, message);
        }
        #[cfg(feature = "drawings")]
        Note::PagesNotRead(pages) => {
            let message = input::pages_not_read::message(&pages);
            reporter.report_input(&input::pages_not_read::RULE, Severity::Info, message);
        }
        #[cfg(feature = "drawings")]
        Note::Publication(publication) => {
            let message = input::publication_layout_not_checked::message(&publication);
            reporter.report_input(&input::publication_layout_not_checked::RULE, Severity::Info, message);
        }
    }
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
            finding.message_template.ids(),
            ["read-word-document-could", "zip-package-damaged", "zip-no-central-directory"]
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
        assert_eq!(finding.message_template.ids()[1], "read-text");
        let finding = input_finding("a.txt", b"1. A lever \xff.", &Options::default());
        assert_eq!(
            finding.message,
            "One byte sequence is not valid UTF-8 or UTF-16 and was replaced; save the file as UTF-8."
        );
    }
}

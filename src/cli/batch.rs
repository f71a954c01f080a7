//! `patlint check` over many documents: directories (read recursively) and bulk files of concatenated patent XML
//! (a USPTO weekly grant or application file holds thousands of documents, each starting with its own XML
//! declaration). Each document is checked on its own, on `--jobs` threads; its report is written as it finishes
//! (one JSON line each with `--format jsonl`), and a summary follows. Memory stays flat: a bulk file is read line
//! by line, and at most two documents per thread wait in the queue.

use crate::language::MessageLanguage;
use patlint::office::Office;
use patlint::report::{Report, Severity};
use patlint::{check, render, InputFile, Options};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How each report is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// Text, the messages in the language.
    Text(MessageLanguage),
    JsonLines,
}

/// Whether `paths` ask for a batch rather than one filing: a directory, or a file of more than one XML document.
#[must_use]
pub fn wanted(paths: &[String]) -> bool {
    paths.iter().any(|path| {
        let path = Path::new(path);
        path.is_dir() || (path.is_file() && documents_in(path, 2) > 1)
    })
}

/// How many XML documents a file starts with, counting up to `most` (a bulk file is not read past its second).
fn documents_in(path: &Path, most: usize) -> usize {
    let Ok(file) = std::fs::File::open(path) else { return 0 };
    let mut found = 0;
    let mut reader = BufReader::new(file);
    let mut line = Vec::new();
    while found < most {
        match read_line(&mut reader, &mut line, 256) {
            Ok(0) | Err(_) => break,
            Ok(_) if declaration(&line) => found += 1,
            // A file that does not start as XML is one document, whatever follows.
            Ok(_) if found == 0 && !line.iter().all(u8::is_ascii_whitespace) && !trimmed(&line).starts_with(b"<") => {
                return 1
            }
            Ok(_) => {}
        }
    }
    found.max(1)
}

/// Reads one line into `line` (cleared first), keeping at most `cap` bytes of it: a file without line breaks is
/// read in bounded memory. Returns the bytes read, 0 at the end.
fn read_line(reader: &mut impl BufRead, line: &mut Vec<u8>, cap: usize) -> std::io::Result<usize> {
    line.clear();
    let mut read = 0;
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok(read);
        }
        let (chunk, done) = match buffer.iter().position(|&b| b == b'\n') {
            Some(end) => (&buffer[..=end], true),
            None => (buffer, false),
        };
        let room = cap.saturating_sub(line.len());
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = chunk.len();
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

/// Whether a line starts an XML document (`<?xml version…`, after a byte-order mark; not `<?xml-stylesheet`).
fn declaration(line: &[u8]) -> bool {
    trimmed(line).strip_prefix(b"<?xml").is_some_and(|rest| rest.first().is_some_and(u8::is_ascii_whitespace))
}

fn trimmed(line: &[u8]) -> &[u8] {
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let start = line.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(line.len());
    &line[start..]
}

/// Reads one file (standard input for `-`) up to one byte past `limit`, so that a larger one is reported as such.
///
/// # Errors
/// When the file cannot be read.
pub fn read(path: &str, limit: usize) -> Result<InputFile, String> {
    let limit = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let mut bytes = Vec::new();
    let result = if path == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|file| file.take(limit).read_to_end(&mut bytes))
    };
    result.map_err(|e| format!("cannot read {path}: {e}"))?;
    Ok(InputFile { name: if path == "-" { "<stdin>".into() } else { path.to_string() }, bytes })
}

/// Sends every document of `paths` into `send` (named `grants.xml#17` for the 17th of a bulk file), in order;
/// returns the paths that could not be read. Stops when nobody takes documents any more.
fn produce(paths: &[String], limit: usize, send: &SyncSender<InputFile>) -> Vec<String> {
    let mut errors = Vec::new();
    let mut emit = |name: String, bytes: Vec<u8>| send.send(InputFile { name, bytes }).is_ok();
    for path in paths {
        if path == "-" {
            match read(path, limit) {
                Ok(file) => {
                    if !emit(file.name, file.bytes) {
                        return errors;
                    }
                }
                Err(error) => errors.push(error),
            }
            continue;
        }
        for file in files(Path::new(path), &mut errors) {
            if let Err(error) = split(&file, limit, &mut emit) {
                errors.push(format!("{}: {error}", file.display()));
            }
        }
    }
    errors
}

/// The files under `path` (itself when it is a file), sorted, hidden ones left out.
fn files(path: &Path, errors: &mut Vec<String>) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_path_buf()];
    }
    let mut out = Vec::new();
    let mut pending = vec![path.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) => {
                errors.push(format!("{}: {error}", dir.display()));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            // Not followed: a link to a folder could lead back to one being read.
            match entry.file_type() {
                Ok(kind) if kind.is_dir() => pending.push(path),
                Ok(kind) if kind.is_file() => out.push(path),
                _ => {}
            }
        }
    }
    out.sort();
    out
}

/// Reads `path` line by line and emits each XML document in it (the whole file when it holds one, or is not XML).
/// A document longer than `limit` bytes is cut there (its check then says it is too large) and the rest of it
/// skipped, so memory stays bounded whatever the file holds.
fn split(path: &Path, limit: usize, emit: &mut dyn FnMut(String, Vec<u8>) -> bool) -> std::io::Result<()> {
    let name = path.display().to_string();
    if documents_in(path, 2) < 2 {
        let file = read(&name, limit).map_err(std::io::Error::other)?;
        emit(name, file.bytes);
        return Ok(());
    }
    let cap = limit.saturating_add(1);
    let mut reader = BufReader::new(std::fs::File::open(path)?);
    let mut document = Vec::new();
    let mut line = Vec::new();
    let mut count = 0;
    loop {
        let read = read_line(&mut reader, &mut line, cap)?;
        if read == 0 || (declaration(&line) && !document.iter().all(u8::is_ascii_whitespace)) {
            if !document.iter().all(u8::is_ascii_whitespace) {
                count += 1;
                if !emit(format!("{name}#{count}"), std::mem::take(&mut document)) {
                    return Ok(());
                }
            }
            document.clear();
            if read == 0 {
                return Ok(());
            }
        }
        let room = cap.saturating_sub(document.len());
        document.extend_from_slice(&line[..line.len().min(room)]);
    }
}

/// What the summary counts.
#[derive(Default)]
struct Tally {
    documents: usize,
    unreadable: Vec<String>,
    errors: bool,
    /// Per rule, per office, findings of each severity: [errors, warnings, infos].
    findings: BTreeMap<&'static str, BTreeMap<Office, [usize; 3]>>,
}

impl Tally {
    fn add(&mut self, report: &Report) {
        self.documents += 1;
        self.errors |= report.has_errors();
        if let Some(unreadable) =
            report.findings.iter().find(|f| f.rule == "input/unreadable" && f.severity == Severity::Error)
        {
            self.unreadable.push(unreadable.file.clone());
        }
        for finding in &report.findings {
            let slot = match finding.severity {
                Severity::Error => 0,
                Severity::Warning => 1,
                Severity::Info => 2,
            };
            let offices = self.findings.entry(finding.rule).or_default();
            for office in &finding.offices {
                offices.entry(*office).or_default()[slot] += 1;
            }
        }
    }

    fn write(&self, out: &mut dyn Write, elapsed: Duration, jobs: usize, errors: &[String]) {
        let seconds = elapsed.as_secs_f64();
        #[allow(clippy::cast_precision_loss)]
        let rate = if seconds > 0.0 { self.documents as f64 / seconds } else { 0.0 };
        let _ = writeln!(
            out,
            "patlint: {} documents checked in {seconds:.1} s ({rate:.0} documents/s on {jobs} jobs); {} unreadable",
            self.documents,
            self.unreadable.len() + errors.len()
        );
        for name in self.unreadable.iter().chain(errors).take(20) {
            let _ = writeln!(out, "  unreadable: {name}");
        }
        if !self.findings.is_empty() {
            let _ = writeln!(out, "findings per rule and office (errors/warnings/infos):");
        }
        for (rule, offices) in &self.findings {
            let cells: Vec<String> =
                offices.iter().map(|(office, [e, w, i])| format!("{office} {e}/{w}/{i}")).collect();
            let _ = writeln!(out, "  {rule:<52} {}", cells.join(" · "));
        }
    }
}

/// Checks every document of `paths` on `jobs` threads and writes each report to standard output as it finishes
/// (in order when `jobs` is 1), then the summary (to standard error with JSON lines, so that standard output stays
/// one report per line). Returns whether any document had an error, and whether any was unreadable.
pub fn run(paths: &[String], options: &Options, jobs: usize, output: Output) -> (bool, bool) {
    let started = Instant::now();
    let jobs = jobs.max(1);
    let (send, queue) = sync_channel::<InputFile>(jobs * 2);
    let queue = Arc::new(Mutex::new(queue));
    let (done, results) = sync_channel::<Checked>(jobs * 2);
    let limit = options.limits.input_bytes;
    std::thread::scope(|scope| {
        let producer = scope.spawn(move || produce(paths, limit, &send));
        for _ in 0..jobs {
            let (queue, done) = (Arc::clone(&queue), done.clone());
            scope.spawn(move || worker(&queue, &done, options));
        }
        // Only the workers hold the queue and the results' sender now: when the writer stops (standard output
        // closed), the workers stop, the queue closes and the reader stops too.
        drop((done, queue));
        let tally = write_reports(results, output);
        let errors = producer.join().unwrap_or_else(|_| vec!["the reader stopped".to_string()]);
        let summary: &mut dyn Write =
            if output == Output::JsonLines { &mut std::io::stderr() } else { &mut std::io::stdout() };
        tally.write(summary, started.elapsed(), jobs, &errors);
        (tally.errors, !tally.unreadable.is_empty() || !errors.is_empty())
    })
}

/// A document's report, or the name of a document whose check failed (a bug in patlint: the others go on).
enum Checked {
    Report(Report),
    Failed(String),
}

fn worker(queue: &Mutex<Receiver<InputFile>>, done: &SyncSender<Checked>, options: &Options) {
    loop {
        // The lock is held only to take the next document.
        let next = queue.lock().map(|queue| queue.recv());
        let Ok(Ok(file)) = next else { return };
        let checked =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(std::slice::from_ref(&file), options)));
        let checked = checked.map_or_else(|_| Checked::Failed(file.name), Checked::Report);
        if done.send(checked).is_err() {
            return;
        }
    }
}

/// Writes each report as it arrives, counts it, and shows progress on a terminal.
fn write_reports(results: Receiver<Checked>, output: Output) -> Tally {
    let mut tally = Tally::default();
    let mut stdout = std::io::stdout().lock();
    let progress = std::io::stderr().is_terminal();
    let mut shown = Instant::now();
    for checked in results {
        let mut report = match checked {
            Checked::Report(report) => report,
            Checked::Failed(name) => {
                tally.documents += 1;
                tally.unreadable.push(name.clone());
                let line = serde_json::json!({ "file": name, "error": "patlint failed on this document" });
                let written = match output {
                    Output::JsonLines => writeln!(stdout, "{line}"),
                    Output::Text(_) => writeln!(stdout, "{name}: patlint failed on this document"),
                };
                if written.is_err() {
                    break;
                }
                continue;
            }
        };
        let written = match output {
            Output::JsonLines => serde_json::to_string(&report).map(|line| writeln!(stdout, "{line}")),
            Output::Text(language) => {
                language.translate(&mut report);
                Ok(writeln!(stdout, "{}", render::text::render(&report, false).trim_end()))
            }
        };
        if !matches!(written, Ok(Ok(()))) {
            break; // standard output closed (e.g. `| head`)
        }
        tally.add(&report);
        if progress && shown.elapsed() > Duration::from_millis(200) {
            eprint!("\r{} documents checked", tally.documents);
            shown = Instant::now();
        }
    }
    if progress {
        eprint!("\r");
    }
    let _ = stdout.flush();
    tally
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str, limit: usize) -> Vec<(String, String)> {
        let dir = std::env::temp_dir().join(format!("patlint-batch-{}-{}", std::process::id(), text.len()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("bulk.xml");
        std::fs::write(&path, text).unwrap();
        let mut out = Vec::new();
        split(&path, limit, &mut |name, bytes| {
            let name = name.rsplit('/').next().unwrap_or_default().to_string();
            out.push((name, String::from_utf8_lossy(&bytes).into_owned()));
            true
        })
        .unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        out
    }

    #[test]
    fn a_bulk_file_is_split_at_each_xml_declaration() {
        let bulk =
            "<?xml version=\"1.0\"?>\n<a>1</a>\n<?xml version=\"1.0\"?>\n<b>2</b>\n\n<?xml version=\"1.0\"?>\n<c/>";
        assert_eq!(
            units(bulk, 1_000),
            [
                ("bulk.xml#1".to_string(), "<?xml version=\"1.0\"?>\n<a>1</a>\n".to_string()),
                ("bulk.xml#2".to_string(), "<?xml version=\"1.0\"?>\n<b>2</b>\n\n".to_string()),
                ("bulk.xml#3".to_string(), "<?xml version=\"1.0\"?>\n<c/>".to_string()),
            ]
        );
    }

    #[test]
    fn a_stylesheet_instruction_starts_no_document_and_a_line_without_end_stays_bounded() {
        let styled = "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"a.xsl\"?>\n<a/>\n";
        assert_eq!(units(styled, 1_000), [("bulk.xml".to_string(), styled.to_string())]);
        let one_line = format!("<?xml version=\"1.0\"?>\n<a>{}</a>\n<?xml version=\"1.0\"?>\n<b/>", "x".repeat(5_000));
        let found = units(&one_line, 100);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].1.len(), 101, "the long line is kept up to the limit only");
    }

    #[test]
    fn one_document_keeps_its_name_and_a_long_one_is_cut_at_the_limit() {
        assert_eq!(
            units("<?xml version=\"1.0\"?>\n<a>1</a>\n", 1_000),
            [("bulk.xml".to_string(), "<?xml version=\"1.0\"?>\n<a>1</a>\n".to_string())]
        );
        let long = format!("<?xml version=\"1.0\"?>\n<a>{}</a>\n<?xml version=\"1.0\"?>\n<b/>\n", "x\n".repeat(100));
        let found = units(&long, 50);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].1.len(), 51, "cut one byte past the limit, so that the check says it is too large");
        assert_eq!(found[1].1, "<?xml version=\"1.0\"?>\n<b/>\n");
    }
}

//! The patlint command line: `patlint check [options] PATH...`, `patlint fix FILE...`, `patlint rules`,
//! `patlint explain RULE`.

#[path = "cli/batch.rs"]
mod batch;
#[path = "cli/docs.rs"]
mod docs;
#[path = "cli/fix.rs"]
mod fix;
#[path = "cli/language.rs"]
mod language;

use language::MessageLanguage;
use patlint::office::{Date, Office};
use patlint::report::DocumentKind;
use patlint::{check, render, rules, Options};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  patlint check [--office US,EP,JP,KR,CN,WO] [--format text|json|sarif|jsonl] [--as claims|description|drawings|assignment|sequences] [--filing-date YYYY-MM-DD] [--route national|pct-national-phase] [--today YYYY-MM-DD] [--limit NAME=VALUE]... [--jobs N] [--language en|ja|ko|zh] PATH...
      The files given are one filing. A directory, a bulk file of concatenated patent XML, --jobs or --format jsonl
      check each document on its own instead (--jobs threads, all cores by default), one report per document.
      Messages in text and SARIF are in --language, else the locale's (LC_ALL, LC_MESSAGES, LANG), else English.
  patlint fix [--diff | --stdout] [--unsafe-fixes] [--office …] [--filing-date …] [--route …] [--limit NAME=VALUE]... FILE...
      Applies the safe fixes of claims in plain text to each file, in place, checking again until none is left.
      --diff prints them as a unified diff and writes nothing (exit 1 when there is one); --stdout writes the fixed
      text to standard output instead of the file, as - (standard input) does; --unsafe-fixes applies the unsafe
      fixes too.
  patlint rules [--format text|json]
  patlint number [--office XX] [--format text|json] NUMBER...   (exit 0 if every number is valid, 1 if not)
  patlint explain [--language en|ja|ko|zh] RULE-ID   (the documentation in --language, else the locale's, when translated)
  patlint --version

exit status: 0 no errors, 1 errors found, 2 unreadable input or usage";

enum Format {
    Text,
    Json,
    Sarif,
    /// One JSON report per line, for many documents.
    JsonLines,
}

/// What `check` was asked, beside the options of a check.
struct Flags {
    format: Format,
    /// `--jobs N`: threads for checking many documents.
    jobs: Option<usize>,
    /// `--language`, else the environment's: the language of the messages in text and SARIF.
    language: MessageLanguage,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("patlint: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("check") => check_command(&args[1..]),
        Some("fix") => fix_command(&args[1..]),
        Some("number") => number_command(&args[1..]),
        Some("rules") => {
            let (flags, _) = parse_flags(&args[1..])?;
            print_rules(&flags.format);
            Ok(ExitCode::SUCCESS)
        }
        Some("explain") => explain_command(&args[1..]),
        Some("--version" | "-V") => {
            println!("patlint {}", patlint::VERSION);
            Ok(ExitCode::SUCCESS)
        }
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(format!("unknown command\n{USAGE}")),
    }
}

/// `patlint explain [--language …] RULE-ID`: a rule's documentation, in the language asked (else the locale's) when
/// it is translated, then its offices.
fn explain_command(args: &[String]) -> Result<ExitCode, String> {
    let (mut id, mut language) = (None, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let text = match arg.strip_prefix("--language") {
            Some("") => args.next().ok_or("--language needs a value")?,
            Some(value) if value.starts_with('=') => &value[1..],
            _ if id.is_none() => {
                id = Some(arg);
                continue;
            }
            _ => return Err(format!("explain takes one rule id, not `{arg}` too")),
        };
        language = Some(MessageLanguage::from_flag(text)?);
    }
    let id = id.ok_or("explain needs a rule id, e.g. claims/dependency-cycle")?;
    let rule = rules::find(id).ok_or_else(|| format!("no rule `{id}`; `patlint rules` lists them"))?;
    let language = language.unwrap_or_else(MessageLanguage::from_environment);
    let documentation = docs::translated(rule, language).unwrap_or_else(|| rule.documentation());
    println!("{}\n\n{documentation}\n", rule.id);
    for policy in rule.info().offices {
        println!("{}: {} — {}", policy.office, policy.severity.label(), policy.citation.text);
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads the flags shared by the commands; returns the output format and the check options and paths.
fn parse_flags(args: &[String]) -> Result<(Flags, (Options, Vec<String>)), String> {
    let mut format = Format::Text;
    let mut jobs = None;
    let mut language = None;
    let mut options = Options::default();
    let mut paths = Vec::new();
    let mut limits = serde_json::Map::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = || inline.clone().or_else(|| args.next().cloned()).ok_or(format!("{flag} needs a value"));
        match flag {
            "--office" | "--offices" => {
                options.offices = value()?
                    .split(',')
                    .map(|code| Office::parse(code).ok_or(format!("unknown office `{code}` ({})", Office::codes())))
                    .collect::<Result<_, _>>()?;
            }
            "--format" => {
                format = match value()?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "sarif" => Format::Sarif,
                    "jsonl" => Format::JsonLines,
                    other => return Err(format!("unknown format `{other}` (text, json, sarif, jsonl)")),
                };
            }
            "--jobs" | "-j" => {
                let text = value()?;
                let n: usize = text.parse().map_err(|_| format!("--jobs takes a number, not `{text}`"))?;
                // 0 means every core, as the default does.
                jobs = Some(n);
            }
            "--as" => {
                let kind = value()?;
                options.kind =
                    Some(serde_json::from_value::<DocumentKind>(serde_json::Value::String(kind.clone())).map_err(
                        |_| format!("unknown kind `{kind}` (claims, description, drawings, assignment, sequences)"),
                    )?);
            }
            "--limit" => {
                // NAME=VALUE with the names of the JS `limits` option, e.g. --limit inputBytes=1000000.
                let text = value()?;
                let (name, number) = text.split_once('=').ok_or(format!("--limit takes NAME=VALUE, not `{text}`"))?;
                let number: u64 =
                    number.parse().map_err(|_| format!("--limit {name}: `{number}` is not a whole number"))?;
                limits.insert(name.to_string(), serde_json::Value::from(number));
                options.limits = serde_json::from_value(serde_json::Value::Object(limits.clone()))
                    .map_err(|e| format!("--limit {name}: {e}"))?;
            }
            "--today" => {
                let text = value()?;
                options.today =
                    Some(Date::parse(&text).ok_or(format!("`{text}` is not a date of the form YYYY-MM-DD"))?);
            }
            "--route" => {
                let text = value()?;
                options.route = route_named(&text)?;
            }
            "--language" => {
                let text = value()?;
                language = Some(MessageLanguage::from_flag(&text)?);
            }
            "--filing-date" => {
                let text = value()?;
                options.filing_date =
                    Some(Date::parse(&text).ok_or(format!("`{text}` is not a date of the form YYYY-MM-DD"))?);
            }
            flag if flag.starts_with('-') && flag.len() > 1 => return Err(format!("unknown option `{flag}`\n{USAGE}")),
            _ => paths.push(arg.clone()),
        }
    }
    Ok((Flags { format, jobs, language: language.unwrap_or_else(MessageLanguage::from_environment) }, (options, paths)))
}

/// The filing route a `--route` value names.
fn route_named(text: &str) -> Result<patlint::options::Route, String> {
    patlint::options::Route::parse(text).ok_or(format!("--route takes national or pct-national-phase, not `{text}`"))
}

fn check_command(args: &[String]) -> Result<ExitCode, String> {
    let (Flags { format, jobs, language }, (options, paths)) = parse_flags(args)?;
    if paths.is_empty() {
        return Err(format!("check needs at least one file (use - for standard input)\n{USAGE}"));
    }
    if jobs.is_some() || matches!(format, Format::JsonLines) || batch::wanted(&paths) {
        let output = match format {
            Format::Text => batch::Output::Text(language),
            Format::JsonLines => batch::Output::JsonLines,
            Format::Json | Format::Sarif => {
                return Err("many documents are written one report each: use --format jsonl or text".to_string())
            }
        };
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
        let jobs = jobs.filter(|&n| n > 0).unwrap_or(cores);
        let (errors, unreadable) = batch::run(&paths, &options, jobs, output);
        return Ok(exit_code(errors, unreadable));
    }
    let files =
        paths.iter().map(|path| batch::read(path, options.limits.input_bytes)).collect::<Result<Vec<_>, _>>()?;
    let mut report = check(&files, &options);
    if matches!(format, Format::Text | Format::Sarif) {
        language.translate(&mut report);
    }
    let output = match format {
        Format::Text => render::text::render(&report, std::io::stdout().is_terminal()),
        Format::Json => render::json(&report),
        Format::Sarif => render::sarif::render(&report),
        Format::JsonLines => serde_json::to_string(&report).unwrap_or_default(),
    };
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{}", output.trim_end());
    let unreadable =
        report.findings.iter().any(|f| f.rule == "input/unreadable" && f.severity == patlint::Severity::Error);
    Ok(exit_code(report.has_errors(), unreadable))
}

/// Where `patlint fix` puts a fixed file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FixOutput {
    InPlace,
    Stdout,
    Diff,
}

/// `patlint fix [--diff | --stdout] [--unsafe-fixes] FILE...`: applies the fixes findings carry. What was fixed goes
/// to standard error, one line per fix. Exit status: 0, or 1 with `--diff` when there is a change; 2 when a file
/// could not be read or written.
fn fix_command(args: &[String]) -> Result<ExitCode, String> {
    let mut output = FixOutput::InPlace;
    let mut unsafe_fixes = false;
    let mut rest = Vec::new();
    for arg in args {
        match arg.as_str() {
            "--diff" | "--stdout" if output != FixOutput::InPlace => {
                return Err("fix takes one of --diff and --stdout".into());
            }
            "--diff" => output = FixOutput::Diff,
            "--stdout" => output = FixOutput::Stdout,
            "--unsafe-fixes" => unsafe_fixes = true,
            _ => rest.push(arg.clone()),
        }
    }
    let (_, (options, paths)) = parse_flags(&rest)?;
    if paths.is_empty() {
        return Err(format!("fix needs at least one file (use - for standard input)\n{USAGE}"));
    }
    let (mut changed, mut failed) = (false, false);
    for path in &paths {
        let file = match batch::read(path, options.limits.input_bytes) {
            Ok(file) if file.bytes.len() > options.limits.input_bytes => {
                eprintln!("patlint: {path}: larger than the input limit (inputBytes); not fixed");
                failed = true;
                continue;
            }
            Ok(file) => file,
            Err(error) => {
                eprintln!("patlint: {error}");
                failed = true;
                continue;
            }
        };
        let to_stdout = output == FixOutput::Stdout || (path == "-" && output == FixOutput::InPlace);
        // Fixes edit UTF-8 text (after a byte order mark); other files have none to apply.
        let text = match String::from_utf8(file.bytes) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{}: nothing to fix (fixes apply to claims in UTF-8 plain text)", file.name);
                if to_stdout && output != FixOutput::Diff {
                    let _ = std::io::stdout().lock().write_all(error.as_bytes());
                }
                continue;
            }
        };
        let outcome = fix::fix_text(&file.name, &text, &options, unsafe_fixes);
        let verb = if output == FixOutput::Diff { "would fix" } else { "fixed" };
        for description in &outcome.applied {
            eprintln!("{}: {verb}: {description}", file.name);
        }
        for description in &outcome.unsafe_left {
            eprintln!("{}: not fixed, unsafe (--unsafe-fixes applies it): {description}", file.name);
        }
        if outcome.unfinished {
            eprintln!(
                "{}: fixes were still proposed after {} passes; run patlint fix again",
                file.name,
                fix::MAX_PASSES
            );
        }
        if outcome.applied.is_empty() && outcome.unsafe_left.is_empty() {
            eprintln!("{}: nothing to fix", file.name);
        }
        changed |= outcome.text != text;
        let written = match output {
            FixOutput::Diff => {
                print!("{}", fix::unified_diff(&file.name, &text, &outcome.text));
                Ok(())
            }
            _ if to_stdout => std::io::stdout().lock().write_all(outcome.text.as_bytes()),
            _ if outcome.text != text => std::fs::write(path, &outcome.text),
            _ => Ok(()),
        };
        if let Err(error) = written {
            eprintln!("patlint: cannot write {}: {error}", file.name);
            failed = true;
        }
    }
    Ok(if failed {
        ExitCode::from(2)
    } else if changed && output == FixOutput::Diff {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// 2 when some input could not be read, 1 when errors were found, 0 otherwise.
fn exit_code(errors: bool, unreadable: bool) -> ExitCode {
    if unreadable {
        ExitCode::from(2)
    } else if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_rules(format: &Format) {
    match format {
        Format::Json | Format::Sarif | Format::JsonLines => {
            println!("{}", serde_json::to_string_pretty(&rules::catalog()).unwrap_or_default());
        }
        Format::Text => {
            for rule in rules::RULES {
                let offices: Vec<String> =
                    rule.info().offices.iter().map(|p| format!("{} {}", p.office, p.severity.label())).collect();
                println!("{:48} {}  [{}]", rule.id, rule.summary, offices.join(", "));
            }
        }
    }
}

/// `patlint number [--office XX] NUMBER...`: validates application, patent and publication numbers.
fn number_command(args: &[String]) -> Result<ExitCode, String> {
    let (Flags { format, .. }, (options, numbers)) = parse_flags(args)?;
    if numbers.is_empty() {
        return Err(format!("number needs at least one number, e.g. patlint number --office EP 21204983.7\n{USAGE}"));
    }
    let office = match options.offices.as_slice() {
        [one] => Some(*one),
        all if all.len() == Office::ALL.len() => None,
        _ => return Err("number takes one office at most".into()),
    };
    let checks: Vec<patlint::numbers::NumberCheck> =
        numbers.iter().map(|n| patlint::numbers::validate(n, office)).collect();
    match format {
        Format::Json | Format::Sarif | Format::JsonLines => {
            println!("{}", serde_json::to_string_pretty(&checks).unwrap_or_default());
        }
        Format::Text => {
            for (text, check) in numbers.iter().zip(&checks) {
                let whose = match (check.office, check.kind) {
                    (Some(office), Some(kind)) => format!("{office} {}", kind.word()),
                    (Some(office), None) => office.to_string(),
                    _ => "?".into(),
                };
                let normalized = check.normalized.as_deref().unwrap_or("-");
                let verdict = if check.valid {
                    "valid".to_string()
                } else {
                    format!("invalid: {}", check.problem.as_deref().unwrap_or(""))
                };
                println!("{text}\t{normalized}\t{whose}\t{verdict}");
            }
        }
    }
    Ok(if checks.iter().all(|c| c.valid) { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

//! A rule's documented examples run as a check, the one way every test runs them: tests/registry.rs checks that
//! each `fires` example raises its rule and each `silent` one does not, tests/rule_snapshots.rs pins what the
//! `fires` examples say.

#[path = "fixtures.rs"]
mod drawings;

use patlint::report::DocumentKind;
use patlint::rules::Rule;
use patlint::{check, check_claims_text, InputFile, Options, Report};

/// Checks the example `text` of `rule` with `options` (the offices, dates and limits of the check):
///
/// - an example of several files, or of one file whose name matters, starts each file with a `file: NAME` line
///   (a sequence listing and the claims that cite it);
/// - examples of drawing rules, and PDF examples of other rules, are drawing specs (crates/drawing-fixtures),
///   built into real files and checked with `options` as they are;
/// - any other example is one file, `claims.txt`, whose kind is detected.
///
/// Text examples of description rules (and their `file:` examples) are read as whole specifications (Word XML
/// examples are recognised anyway).
pub fn run(rule: &Rule, text: &str, options: &Options) -> Report {
    let described;
    let as_kind = if rule.id.starts_with("description/") {
        described = Options { kind: Some(DocumentKind::Description), ..options.clone() };
        &described
    } else {
        options
    };
    if let Some(files) = text.strip_prefix("file: ") {
        let files: Vec<InputFile> = files
            .split("\nfile: ")
            .map(|file| {
                let (name, body) = file.split_once('\n').unwrap_or((file, ""));
                InputFile { name: name.to_string(), bytes: body.as_bytes().to_vec() }
            })
            .collect();
        return check(&files, as_kind);
    }
    if rule.id.starts_with("drawings/") || text.starts_with("pdf ") || text.starts_with("pdf\n") {
        check(&drawings::build(text), options)
    } else {
        check_claims_text(text, as_kind)
    }
}

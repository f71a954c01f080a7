//! What each rule says, pinned as snapshots (`insta`), in the manner of ruff's `snapshots/`: for every rule of the
//! registry, each `fires` example is checked as tests/registry.rs checks it (tests/support/examples.rs), for the
//! six offices on a fixed "today", and the rule's own findings are rendered by the text renderer of the CLI
//! (src/render/text.rs): place, severities with their offices, rule, message, excerpt and citations. One
//! snapshot per rule, `tests/snapshots/<family>__<defect-name>.snap`, holding one section per example: the
//! example as written, then the report.
//!
//! After changing what a rule says, `INSTA_UPDATE=always cargo test --test rule_snapshots` (or `cargo insta test
//! --review`) writes the new snapshots; read them in `git diff tests/snapshots/` and commit them with the change.
//! Where insta detects CI (`CI=true`) it writes nothing, and a snapshot that differs or is missing fails.
//!
//! Without the `drawings` feature the drawing rules are not in the registry and the drawing examples of other
//! rules are compiled out, so the snapshots, written with the feature, cannot be compared whole: there each
//! example's section must be one of the sections of its rule's snapshot.

#[path = "support/examples.rs"]
mod support_examples;

use patlint::office::{Date, Office};
use patlint::rules::{Rule, RULES};
use patlint::Options;

/// "Today" for every check: the assignment rules about dates compare with it, and one message states it.
const TODAY: &str = "2026-01-15";

/// The first line of each example's section in a snapshot, and the line between the example and its report.
const EXAMPLE: &str = "── example ──\n";
const REPORT: &str = "── report ──\n";

/// The snapshot's name for `rule`: `claims/final-period-missing` is `claims__final-period-missing`.
fn snapshot_name(rule: &Rule) -> String {
    rule.id.replace('/', "__")
}

/// One example's section: the example as written, then the report of `rule`'s findings alone (other rules that
/// the example happens to raise, the documents read, the fees and the counts are left out).
fn section(rule: &Rule, text: &str, options: &Options) -> String {
    let mut report = support_examples::run(rule, text, options);
    report.findings.retain(|f| f.rule == rule.id);
    assert!(!report.findings.is_empty(), "{} should fire on:\n{text}", rule.id);
    report.documents.clear();
    report.fees.clear();
    report.summary.clear();
    let mut rendered = patlint::render::text::render(&report, false);
    // An input rule's finding is at every office there is, whatever their law: said so rather than listed, a new
    // office does not change its snapshot.
    if rule.offices.is_empty() {
        rendered = rendered.replace(&format!("[{}]", Office::codes()), "[every office]");
    }
    format!("{EXAMPLE}{}\n{REPORT}{}\n", text.trim_end(), rendered.trim_end())
}

/// Every rule's sections, joined by a blank line.
fn snapshots() -> Vec<(&'static Rule, String, Vec<String>)> {
    let options = Options { today: Some(Date::parse(TODAY).expect("a date")), ..Options::default() };
    RULES
        .iter()
        .map(|rule| {
            let sections: Vec<String> = rule.examples.fires.iter().map(|text| section(rule, text, &options)).collect();
            (*rule, snapshot_name(rule), sections)
        })
        .collect()
}

#[cfg(feature = "drawings")]
#[test]
fn each_rule_says_what_its_snapshot_says() {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut differ = Vec::new();
    for (rule, name, sections) in snapshots() {
        let content = sections.join("\n");
        settings.set_description(format!("{}: {}", rule.id, rule.summary));
        // Every rule is compared (and, locally, every new snapshot written) before the test fails.
        let compared = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(name.as_str(), content));
        }));
        if compared.is_err() {
            differ.push(rule.id);
        }
    }
    assert!(differ.is_empty(), "{} snapshots differ or are missing: {differ:?}", differ.len());
}

/// A snapshot whose rule is gone (renamed or removed) fails too, as `cargo insta test --unreferenced=reject` would.
#[cfg(feature = "drawings")]
#[test]
fn every_snapshot_has_its_rule() {
    let names: Vec<String> = RULES.iter().map(|rule| snapshot_name(rule)).collect();
    let mut orphans = Vec::new();
    // Without the folder there is no orphan: each_rule_says_what_its_snapshot_says fails on every missing snapshot.
    let Ok(entries) = std::fs::read_dir(snapshot_dir()) else { return };
    for entry in entries {
        let file = entry.expect("an entry").file_name().to_string_lossy().into_owned();
        if let Some(name) = file.strip_suffix(".snap") {
            if !names.iter().any(|n| n == name) {
                orphans.push(file);
            }
        }
    }
    assert!(orphans.is_empty(), "snapshots of no rule, to delete: {orphans:?}");
}

#[cfg(not(feature = "drawings"))]
#[test]
fn each_rule_says_what_its_snapshot_says_without_drawings() {
    let mut differ = Vec::new();
    for (rule, name, sections) in snapshots() {
        let path = snapshot_dir().join(format!("{name}.snap"));
        let stored = std::fs::read_to_string(&path).unwrap_or_default();
        // The content follows insta's header, which ends with its second `---` line.
        let content = stored.splitn(3, "---\n").nth(2).unwrap_or_default();
        let stored: Vec<String> =
            content.split(EXAMPLE).skip(1).map(|section| format!("{EXAMPLE}{}\n", section.trim_end())).collect();
        for section in sections {
            if !stored.contains(&section) {
                eprintln!("{}: this section is not in {}:\n{section}", rule.id, path.display());
                differ.push(rule.id);
            }
        }
    }
    assert!(
        differ.is_empty(),
        "{} examples say what their snapshot does not (update the snapshots with the drawings feature): {differ:?}",
        differ.len()
    );
}

fn snapshot_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

//! Generates the large filing into target/large-filing/ and times its check natively, per phase, exactly as
//! scripts/bench-browser.mjs times it in Wasm: the same files, the same scenarios, `timings: true`, medians. Writes
//! the figures as JSON for the browser benchmark to print the Wasm/native ratio of the same run.
//!
//!     cargo bench --bench filing_phases [-- --out target/large-filing/native.json] [--generate-only] [--rules]
//!
//! `--rules` also times each rule alone on the large filing with vector drawings (documents read once), slowest
//! first: the profile of the rule phases.

#[path = "../tests/support/fixtures.rs"]
mod drawings;
#[path = "common/large_filing.rs"]
mod large_filing;
#[path = "../tests/support/st26.rs"]
mod st26;
#[path = "../tests/support/zip.rs"]
mod support_zip;

use large_filing::{claim_set, LargeFiling};
use patlint::{check, check_claims_text, InputFile, Options, Report};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

/// One scenario's figures: the median of the whole check and of each phase, in milliseconds.
struct Figures {
    runs: usize,
    total: f64,
    phases: Vec<(String, f64)>,
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

/// Runs `check` `warm` times, then `runs` times, and takes medians.
fn measure(warm: usize, runs: usize, mut check: impl FnMut(usize) -> Report) -> Figures {
    for i in 0..warm {
        std::hint::black_box(check(i));
    }
    let mut totals = Vec::new();
    let mut phases: Vec<(String, Vec<f64>)> = Vec::new();
    for i in 0..runs {
        let started = Instant::now();
        let report = std::hint::black_box(check(i));
        totals.push(started.elapsed().as_secs_f64() * 1000.0);
        for timing in &report.timings {
            match phases.iter_mut().find(|(phase, _)| *phase == timing.phase) {
                Some((_, values)) => values.push(timing.ms),
                None => phases.push((timing.phase.clone(), vec![timing.ms])),
            }
        }
    }
    Figures { runs, total: median(totals), phases: phases.into_iter().map(|(p, v)| (p, median(v))).collect() }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let out = args.iter().position(|a| a == "--out").and_then(|i| args.get(i + 1)).map(PathBuf::from);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let started = Instant::now();
    let filing = LargeFiling::generate();
    let dir = root.join("target/large-filing");
    filing.write(&dir).expect("write target/large-filing");
    eprintln!(
        "large filing generated in {:.1} s into {}: DOCX {} KB, PDF {} KB, TIFFs {} KB",
        started.elapsed().as_secs_f64(),
        dir.display(),
        filing.spec_docx.len() / 1024,
        filing.drawings_pdf.len() / 1024,
        filing.sheet_tiffs.iter().map(Vec::len).sum::<usize>() / 1024
    );
    if args.iter().any(|a| a == "--generate-only") {
        return;
    }

    let options = Options { timings: true, ..Options::default() };
    let with_pdf = filing.with_pdf();
    let with_tiffs = filing.with_tiffs();
    let sheet_pdf = [InputFile { name: "sheet.pdf".into(), bytes: filing.sheet_pdf.clone() }];
    let sheet_tiff = [InputFile { name: "sheet-01.tif".into(), bytes: filing.sheet_tiffs[0].clone() }];
    let claims = [InputFile { name: "claims.txt".into(), bytes: filing.claims_txt.clone().into_bytes() }];
    let application = [InputFile { name: "application.pdf".into(), bytes: filing.application_pdf.clone() }];
    let sequences = [InputFile { name: "sequences.xml".into(), bytes: filing.sequences_xml.clone().into_bytes() }];
    // The 100-claim set and the same set with one claim edited, checked in turn as a page re-checks while typing.
    let recheck =
        [claim_set(100), claim_set(100).replace("2. The apparatus of claim 1,", "2. The apparatus of claim 1 ,")];
    assert_ne!(recheck[0], recheck[1]);

    if args.iter().any(|a| a == "--rules") {
        rule_profile(&filing);
    }

    let mut results: Vec<(&str, Figures)> = vec![
        ("filing-pdf", measure(2, 9, |_| check(&with_pdf, &options))),
        ("filing-tiff", measure(1, 5, |_| check(&with_tiffs, &options))),
        ("application-pdf", measure(2, 9, |_| check(&application, &options))),
        ("sheet-pdf", measure(30, 31, |_| check(&sheet_pdf, &options))),
        ("sheet-tiff", measure(30, 31, |_| check(&sheet_tiff, &options))),
    ];
    results.push(("sequences-10000", measure(1, 5, |_| check(&sequences, &options))));
    results.push(("claims-200", measure(10, 51, |_| check(&claims, &options))));
    results.push(("recheck-100", measure(20, 201, |i| check_claims_text(&recheck[i % 2], &options))));

    let mut json = BTreeMap::new();
    for (name, figures) in &results {
        eprintln!("native {name:<12} {:>9.3} ms (median of {})", figures.total, figures.runs);
        for (phase, ms) in &figures.phases {
            eprintln!("    {phase:<20} {ms:>9.3} ms");
        }
        let phases: serde_json::Map<String, serde_json::Value> =
            figures.phases.iter().map(|(p, ms)| (p.clone(), (*ms).into())).collect();
        json.insert(
            name.to_string(),
            serde_json::json!({ "runs": figures.runs, "total": figures.total, "phases": phases }),
        );
    }
    if let Some(out) = out {
        let out = if out.is_relative() { root.join(out) } else { out };
        std::fs::write(&out, serde_json::to_string_pretty(&json).unwrap()).expect("write the native figures");
        eprintln!("native figures written to {}", out.display());
    }
}

/// Times each rule alone (median of 15 runs) on the documents of the large filing with vector drawings.
fn rule_profile(filing: &LargeFiling) {
    use patlint::model::Document;
    use patlint::rules::{Check, Filed, Reporter, RULES};
    let options = Options::default();
    let mut documents = large_filing::read_docx(&filing.spec_docx, &options);
    documents.push(large_filing::read_drawings(&filing.drawings_pdf, &options));
    documents.push(large_filing::read_assignment(&filing.assignment_json));
    let filed: Vec<Filed<'_>> = documents.iter().map(|document| Filed { file: "file", document }).collect();
    let mut times: Vec<(f64, &str)> = RULES
        .iter()
        .map(|rule| {
            let once = || {
                let mut reporter = Reporter::new("file", &options);
                for document in &documents {
                    match (rule.check, document) {
                        (Check::Claims(check), Document::Claims(set)) => check(set, &mut reporter),
                        (Check::Description(check), Document::Description(spec)) => check(spec, &mut reporter),
                        (Check::Assignment(check), Document::Assignment(record)) => check(record, &mut reporter),
                        (Check::Drawings(check), Document::Drawings(drawings)) => check(drawings, &mut reporter),
                        _ => {}
                    }
                }
                if let Check::Filing(check) = rule.check {
                    check(&filed, &mut reporter);
                }
                reporter.into_findings().len()
            };
            let runs: Vec<f64> = (0..15)
                .map(|_| {
                    let started = Instant::now();
                    std::hint::black_box(once());
                    started.elapsed().as_secs_f64() * 1000.0
                })
                .collect();
            (median(runs), rule.id)
        })
        .collect();
    times.sort_by(|a, b| b.0.total_cmp(&a.0));
    eprintln!("rules alone on the large filing (vector drawings), slowest first:");
    for (ms, id) in times.iter().take(15) {
        eprintln!("    {id:<55} {ms:>8.3} ms");
    }
}

//! The large filing of issue #8 (benches/common/large_filing.rs), natively with criterion: each reader, each rule
//! family on documents read once, the whole check with vector and with scanned drawings, and one drawing sheet of
//! each kind (read, and whole check).
//!
//!     cargo bench --bench large_filing [-- FILTER]

#[path = "../tests/support/fixtures.rs"]
mod drawings;
#[path = "common/large_filing.rs"]
mod large_filing;
#[path = "../tests/support/st26.rs"]
mod st26;
#[path = "../tests/support/zip.rs"]
mod support_zip;

use criterion::{criterion_group, criterion_main, Criterion};
use large_filing::{read_assignment, read_docx, read_drawings, LargeFiling};
use patlint::model::Document;
use patlint::parse::{self, claims_text};
use patlint::rules::{self, Filed, Reporter};
use patlint::{check, InputFile, Options};
use std::hint::black_box;
use std::time::Duration;

fn rules_of(document: &Document, options: &Options) -> usize {
    let mut reporter = Reporter::new("file", options);
    rules::check_document(document, false, false, &mut reporter);
    reporter.into_findings().len()
}

fn bench(c: &mut Criterion) {
    let filing = LargeFiling::generate();
    let options = Options::default();
    let tiffs = &filing.sheet_tiffs;

    let mut read = c.benchmark_group("read");
    read.sample_size(10).measurement_time(Duration::from_secs(4));
    read.bench_function("claims 200 (text)", |b| {
        b.iter(|| {
            let raw = claims_text::split(black_box(&filing.claims_txt), &options.limits).expect("claims");
            parse::build_claim_set(raw, &options.limits)
        });
    });
    read.bench_function("description 120-page DOCX (with its claims)", |b| {
        b.iter(|| read_docx(black_box(&filing.spec_docx), &options));
    });
    read.bench_function("drawings 60-page vector PDF", |b| {
        b.iter(|| read_drawings(black_box(&filing.drawings_pdf), &options));
    });
    read.bench_function("drawings 60 G4 TIFFs", |b| {
        b.iter(|| tiffs.iter().map(|t| black_box(read_drawings(black_box(t), &options))).collect::<Vec<_>>());
    });
    read.bench_function("assignment JSON", |b| b.iter(|| read_assignment(black_box(&filing.assignment_json))));
    read.finish();

    // A WIPO ST.26 listing of 10,000 sequences (about 50 MB): read streaming and checked, whole.
    let listing = InputFile { name: "generated.xml".into(), bytes: filing.sequences_xml.clone().into_bytes() };
    let mut sequences = c.benchmark_group("sequences");
    sequences.sample_size(10).measurement_time(Duration::from_secs(10));
    sequences.bench_function("check ST.26 listing of 10,000 sequences", |b| {
        b.iter(|| check(std::slice::from_ref(black_box(&listing)), &options));
    });
    sequences.finish();

    let docx = read_docx(&filing.spec_docx, &options);
    let pdf = read_drawings(&filing.drawings_pdf, &options);
    let sheets: Vec<Document> = tiffs.iter().map(|t| read_drawings(t, &options)).collect();
    let assignment = read_assignment(&filing.assignment_json);
    let mut family = c.benchmark_group("rules");
    family.sample_size(20);
    family.bench_function("claims/ (200 claims)", |b| b.iter(|| rules_of(black_box(&docx[1]), &options)));
    family.bench_function("description/ (120 pages)", |b| b.iter(|| rules_of(black_box(&docx[0]), &options)));
    family.bench_function("drawings/ (60 PDF sheets)", |b| b.iter(|| rules_of(black_box(&pdf), &options)));
    family.bench_function("drawings/ (60 TIFF sheets)", |b| {
        b.iter(|| sheets.iter().map(|s| rules_of(black_box(s), &options)).sum::<usize>());
    });
    family.bench_function("assignment/", |b| b.iter(|| rules_of(black_box(&assignment), &options)));
    family.bench_function("filing-level", |b| {
        let filed: Vec<Filed<'_>> = [&docx[0], &docx[1], &pdf]
            .into_iter()
            .map(|document| Filed { file: "specification.docx", document })
            .collect();
        b.iter(|| {
            let mut reporter = Reporter::new("", &options);
            rules::check_filing(black_box(&filed), &mut reporter);
            reporter.into_findings().len()
        });
    });
    family.finish();

    let mut whole = c.benchmark_group("check");
    whole.sample_size(10).measurement_time(Duration::from_secs(6));
    let with_pdf = filing.with_pdf();
    let with_tiffs = filing.with_tiffs();
    whole.bench_function("large filing, vector PDF drawings", |b| b.iter(|| check(black_box(&with_pdf), &options)));
    whole.bench_function("large filing, G4 TIFF drawings", |b| b.iter(|| check(black_box(&with_tiffs), &options)));
    whole.finish();

    let mut sheet = c.benchmark_group("sheet");
    sheet.sample_size(20);
    sheet.bench_function("read vector PDF sheet", |b| b.iter(|| read_drawings(black_box(&filing.sheet_pdf), &options)));
    sheet.bench_function("read 300-dpi G4 TIFF sheet", |b| b.iter(|| read_drawings(black_box(&tiffs[0]), &options)));
    let pdf_file = [InputFile { name: "sheet.pdf".into(), bytes: filing.sheet_pdf.clone() }];
    let tiff_file = [InputFile { name: "sheet.tif".into(), bytes: tiffs[0].clone() }];
    sheet.bench_function("check vector PDF sheet", |b| b.iter(|| check(black_box(&pdf_file), &options)));
    sheet.bench_function("check 300-dpi G4 TIFF sheet", |b| b.iter(|| check(black_box(&tiff_file), &options)));
    sheet.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! The XML claims reader over the shared corpus of real patent XML (`../shared/corpus`, see its README), and the text
//! reference parser measured against the references the markup tags (`<claim-ref>`, `<CLREF>`, `depends_on`,
//! `pat:ClaimReference`).
//!
//! The corpus is not part of the crate, so these tests are ignored; run them with
//! `cargo test --release --test corpus -- --ignored --nocapture`.

use patlint::limits::Limits;
use patlint::model::ClaimSet;
use patlint::office::Office;
use patlint::parse::{build_claim_set, claims_xml, RawClaimSet};
use patlint::{InputFile, Options};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// The acceptance criterion for the text reference parser: share of tagged claims whose parsed references agree.
const REQUIRED_AGREEMENT: f64 = 99.5;

fn corpus() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    assert!(
        dir.is_dir(),
        "corpus not found at {}: these tests read the shared corpus of real patent XML",
        dir.display()
    );
    dir
}

/// Every `*.xml` / `*.XML` file under `dir`, sorted.
fn xml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display())) {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("xml")) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// One corpus file as read: the raw claim sets (with the tagged references) and the sets built from them.
struct Document {
    name: String,
    format: &'static str,
    raw: Vec<RawClaimSet>,
    sets: Vec<ClaimSet>,
}

/// Reads every XML file of the corpus; the second list holds the files that could not be read, with the error.
fn read_corpus() -> (Vec<Document>, Vec<(String, String)>) {
    let root = corpus();
    let limits = Limits::default();
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for path in xml_files(&root) {
        let name = path.strip_prefix(&root).unwrap_or(&path).display().to_string();
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
        match claims_xml::read(&bytes, &limits) {
            Ok(read) => {
                let sets = read.claim_sets.iter().map(|raw| build_claim_set(raw.clone(), &limits)).collect();
                documents.push(Document { name, format: read.format, raw: read.claim_sets, sets });
            }
            Err(error) => errors.push((name, error.to_string())),
        }
    }
    (documents, errors)
}

/// The start of a claim's text and, if the first reference is further on, the words around it.
fn excerpt(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let head: String = flat.chars().take(110).collect();
    let lower = flat.to_lowercase();
    let keyword = ["claim", "anspruch", "ansprüche", "revendication", "請求項", "权利要求"]
        .iter()
        .filter_map(|k| lower.find(k))
        .min()
        .map(|at| lower.get(..at).map_or(0, |before| before.chars().count()));
    match keyword {
        Some(at) if at > 80 => {
            let around: String = flat.chars().skip(at.saturating_sub(50)).take(130).collect();
            format!("{head} … {around}")
        }
        _ => flat.chars().take(200).collect(),
    }
}

/// `writeln!` to a test's report, which is printed in one piece so that tests run in parallel do not interleave.
macro_rules! outln {
    ($out:expr, $($arg:tt)*) => {
        writeln!($out, $($arg)*).expect("write to a String")
    };
}

#[test]
#[ignore = "reads ../shared/corpus"]
fn every_xml_file_is_read() {
    let (documents, errors) = read_corpus();
    let mut out = String::new();
    outln!(out, "\n== XML files read ({} ok, {} failed)", documents.len(), errors.len());
    for document in &documents {
        let sets: Vec<String> = document
            .sets
            .iter()
            .map(|set| format!("{} {}", set.language.map_or("?", |l| l.code()), set.claims.len()))
            .collect();
        let sets = if sets.is_empty() { "no claims".to_string() } else { sets.join(", ") };
        outln!(out, "{:<24} {:<28} {}", document.format, sets, document.name);
    }
    for (name, error) in &errors {
        outln!(out, "ERROR {name}: {error}");
    }
    print!("{out}");
    assert!(errors.is_empty(), "{} XML files could not be read", errors.len());
}

#[test]
#[ignore = "reads ../shared/corpus"]
fn tagged_references_agree_with_the_text_parser() {
    let (documents, errors) = read_corpus();
    assert!(errors.is_empty(), "XML files could not be read: {errors:?}");
    let (mut compared, mut agreed) = (0usize, 0usize);
    let mut out = String::new();
    outln!(out, "\n== Tagged references vs. the text reference parser");
    for document in &documents {
        let mut mismatches = Vec::new();
        for (raw, set) in document.raw.iter().zip(&document.sets) {
            for (raw_claim, claim) in raw.claims.iter().zip(&set.claims) {
                // A claim without text (cancelled) agrees trivially: it says nothing about the parser.
                let Some(tagged) = raw_claim.tagged_references.as_ref().filter(|_| !claim.text.is_empty()) else {
                    continue;
                };
                let mut tagged = tagged.clone();
                tagged.sort_unstable();
                tagged.dedup();
                compared += 1;
                if tagged == claim.depends_on {
                    agreed += 1;
                } else {
                    mismatches.push(format!(
                        "  claim {}: tagged {:?}, parsed {:?}\n    {}",
                        claim.number,
                        tagged,
                        claim.depends_on,
                        excerpt(&claim.text)
                    ));
                }
            }
        }
        if !mismatches.is_empty() {
            outln!(out, "{} ({}): {} mismatches", document.name, document.format, mismatches.len());
            for mismatch in mismatches {
                outln!(out, "{mismatch}");
            }
        }
    }
    #[allow(clippy::cast_precision_loss)]
    let agreement = if compared == 0 { 0.0 } else { 100.0 * agreed as f64 / compared as f64 };
    outln!(out, "agreement: {agreed} of {compared} tagged claims = {agreement:.2} % (required {REQUIRED_AGREEMENT} %)");
    print!("{out}");
    assert!(compared > 0, "no claim with tagged references was found");
    assert!(
        agreement >= REQUIRED_AGREEMENT,
        "the text reference parser agrees with the tagged references on {agreement:.2} % of claims; see the mismatches above"
    );
}

/// Differences between the languages of an EP document that are in the publication itself, not in the parsing:
/// (file, claim, language with the defect, the defect).
const EP_ERRATA: &[(&str, u32, &str, &str)] = &[
    (
        "go-epo-eps/pkg/eps/test-data/grant/v1-0-B1.xml",
        3,
        "fr",
        "\"selon la revendication et son vehicule\": no number",
    ),
    ("go-epo-eps/pkg/eps/test-data/grant/v1-1-B1.xml", 3, "en", "\"as claimed in claim I\": letter I for the digit 1"),
    ("go-epo-eps/pkg/eps/test-data/grant/v1-1-B1.xml", 5, "en", "\"as claimed in claim I\": letter I for the digit 1"),
    ("go-epo-eps/pkg/eps/test-data/grant/v1-1-B2.xml", 7, "fr", "\"revendications précécentes\": misspelt"),
];

#[test]
#[ignore = "reads ../shared/corpus"]
fn ep_claim_sets_have_the_same_dependencies_in_every_language() {
    let (documents, errors) = read_corpus();
    assert!(errors.is_empty(), "XML files could not be read: {errors:?}");
    let mut compared = 0;
    let mut differing = Vec::new();
    let mut out = String::new();
    outln!(out, "\n== EP dependency graphs across languages");
    for document in documents.iter().filter(|d| d.format == "ep-patent-document" && d.sets.len() > 1) {
        compared += 1;
        let first = &document.sets[0];
        let mut differences = Vec::new();
        let mut errata = Vec::new();
        for other in &document.sets[1..] {
            let (a, b) = (first.language.map_or("?", |l| l.code()), other.language.map_or("?", |l| l.code()));
            if first.claims.len() != other.claims.len() {
                differences.push(format!("  {a} has {} claims, {b} {}", first.claims.len(), other.claims.len()));
            }
            for (x, y) in first.claims.iter().zip(&other.claims) {
                if x.number == y.number && x.depends_on == y.depends_on {
                    continue;
                }
                let erratum = EP_ERRATA.iter().find(|(file, claim, language, _)| {
                    *file == document.name && *claim == x.number && (*language == a || *language == b)
                });
                let line = format!(
                    "  claim {}: {a} {:?}, {b} {:?}\n    {a}: {}\n    {b}: {}",
                    x.number,
                    x.depends_on,
                    y.depends_on,
                    excerpt(&x.text),
                    excerpt(&y.text)
                );
                match erratum {
                    Some((_, _, language, defect)) => {
                        errata.push(format!("{line}\n    known erratum in {language}: {defect}"));
                    }
                    None => differences.push(line),
                }
            }
        }
        let languages: Vec<&str> = document.sets.iter().map(|s| s.language.map_or("?", |l| l.code())).collect();
        let verdict = if differences.is_empty() { "same     " } else { "DIFFERENT" };
        outln!(out, "{verdict} {} ({}, {} claims)", document.name, languages.join("/"), first.claims.len());
        for line in differences.iter().chain(&errata) {
            outln!(out, "{line}");
        }
        if !differences.is_empty() {
            differing.push(document.name.clone());
        }
    }
    outln!(out,
        "{} of {compared} multi-language EP documents have the same dependencies in every language (known errata aside)",
        compared - differing.len()
    );
    print!("{out}");
    assert!(compared > 0, "no EP document with claims in several languages was found");
    assert!(differing.is_empty(), "dependencies differ between languages in {differing:?}");
}

/// US 6,334,226 B1: claim 9 depends on "any one of claims 1 to 8", and claims 4 to 8 are themselves multiple
/// dependent (37 CFR 1.75(c)).
#[test]
#[ignore = "reads ../shared/corpus"]
fn us_6334226_claim_9_is_multiple_dependent_on_multiple_dependent_claims() {
    const RULE: &str = "claims/multiple-dependency-on-multiple";
    assert!(
        patlint::rules::RULES.iter().any(|rule| rule.id == RULE),
        "rule {RULE} is not in patlint::rules::RULES yet"
    );
    let name = "go-uspto/pkg/uspto/test-data/grant/v2-5-B1.xml";
    let bytes = fs::read(corpus().join(name)).unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
    let options = Options { offices: vec![Office::US], ..Default::default() };
    let report = patlint::check(&[InputFile { name: name.into(), bytes }], &options);
    let found = report.findings.iter().any(|f| f.rule == RULE && f.location.claim == Some(9));
    if !found {
        for finding in &report.findings {
            println!("{} claim {:?}: {}", finding.rule, finding.location.claim, finding.message);
        }
    }
    assert!(found, "no {RULE} finding at claim 9 of US 6,334,226 B1");
}

/// The USPTO assignment API responses of the corpus (Solr `<response>`, one `<doc>` per recorded assignment) read
/// into assignment records: every `<doc>` a record, every party and property read, every property number valid, and
/// each record ready for the USPTO (where it is recorded already).
#[test]
#[ignore = "reads ../shared/corpus"]
fn uspto_assignment_records_are_read() {
    use patlint::report::assignment::Readiness;
    const DIR: &str = "patent_client/patent_client/_sync/uspto/assignment/fixtures";
    let mut out = String::new();
    outln!(out, "\n== USPTO assignment records");
    let mut records = 0;
    for (file, docs) in [("assignment_1.xml", 1), ("assignment_2.xml", 1), ("assignment_3.xml", 9)] {
        let name = format!("{DIR}/{file}");
        let bytes = fs::read(corpus().join(&name)).unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
        let options = Options { offices: vec![Office::US], ..Default::default() };
        let report = patlint::check(&[InputFile { name: name.clone(), bytes }], &options);
        let document = &report.documents[0];
        assert_eq!(document.format, "uspto-assignment-xml", "{name}");
        assert_eq!(document.assignments.len(), docs, "{name}: one record per <doc>");
        for (i, assignment) in document.assignments.iter().enumerate() {
            let r = &assignment.record;
            records += 1;
            outln!(
                out,
                "{file} #{i}: {:?} reel/frame {} — {} assignor(s), {} assignee(s), {} properties, US {:?}",
                r.conveyance,
                r.recorded.as_ref().and_then(|x| x.reel_frame.as_deref()).unwrap_or("?"),
                r.assignors.len(),
                r.assignees.len(),
                r.properties.len(),
                assignment.readiness.first().map(|x| x.status)
            );
            assert!(r.conveyance.is_some(), "{name} #{i}: conveyance");
            assert!(!r.assignors.is_empty() && !r.assignees.is_empty(), "{name} #{i}: parties");
            assert!(r
                .assignors
                .iter()
                .all(|p| p.name.is_some() && p.execution_date.as_ref().is_some_and(|d| d.date.is_some())));
            assert!(!r.properties.is_empty(), "{name} #{i}: properties");
            for property in &r.properties {
                let number = property.number.as_deref().unwrap_or_default();
                let check = patlint::numbers::validate_with(number, property.office, property.kind);
                assert!(check.valid, "{name} #{i}: {number} ({:?}): {:?}", property.kind, check.problem);
            }
            for missing in assignment.readiness.iter().flat_map(|x| x.missing.iter().chain(&x.to_check)) {
                outln!(out, "    {}: {} {}", missing.rule, missing.field.as_deref().unwrap_or(""), missing.message);
            }
            assert_eq!(
                assignment.readiness.first().map(|x| x.status),
                Some(Readiness::Ready),
                "{name} #{i}: ready at the USPTO"
            );
        }
        assert!(!report.findings.iter().any(|f| f.rule.starts_with("input/")), "{name}: {:#?}", report.findings);
    }
    outln!(out, "{records} records read");
    print!("{out}");
}

/// Every XML file's description, abstract and title are read beside its claims, and the published abstracts of more
/// than 150 words that the corpus README lists are reported: an error at the USPTO, a warning at the EPO and the PCT.
#[test]
#[ignore = "reads ../shared/corpus"]
fn specifications_are_read_and_long_abstracts_reported() {
    use patlint::Severity;
    let root = corpus();
    let mut out = String::new();
    let mut failures = Vec::new();
    let mut described = 0;
    outln!(out, "\n== Specifications in the XML corpus");
    for path in xml_files(&root) {
        let name = path.strip_prefix(&root).unwrap_or(&path).display().to_string();
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
        let report = patlint::check(&[InputFile { name: name.clone(), bytes }], &Options::default());
        for finding in report.findings.iter().filter(|f| f.rule == "input/unreadable") {
            failures.push(format!("{name}: {}", finding.message));
        }
        for document in &report.documents {
            let Some(description) = document.description.as_ref() else { continue };
            described += 1;
            let abstract_ = description
                .abstract_
                .as_ref()
                .map_or("no abstract".to_string(), |a| format!("abstract {} words / {} chars", a.words, a.characters));
            outln!(
                out,
                "{:<24} {:<3} {:>4} paras {:>2} sections, {abstract_}, title {:?}  {name}",
                document.format,
                description.language.map_or("?", |l| l.code()),
                description.paragraphs,
                description.sections.len(),
                description.title.as_deref().map(|t| t.chars().take(40).collect::<String>())
            );
        }
    }
    outln!(out, "{described} specifications read");
    // A national stage under 35 U.S.C. 371 (the document has a 371 date) keeps the international abstract, which
    // PCT Rule 8.1(b) limits only "preferably": a warning at the USPTO too.
    for (name, words, us) in [
        ("PatentPublicData/PatentDocument/resources/samples/xml2004/US06970935.xml", 174, Severity::Error),
        ("go-uspto/pkg/uspto/test-data/grant/v2-5-B1.xml", 171, Severity::Error),
        ("go-uspto/pkg/uspto/test-data/application/v4-5-A1.xml", 171, Severity::Warning),
        ("go-epo-eps/pkg/eps/test-data/application/v1-5-1-A1-2.xml", 177, Severity::Error),
        ("PatentStandardization/data/st36_wipo_examples/st36aexample/DOC00001.xml", 170, Severity::Error),
    ] {
        let bytes = fs::read(root.join(name)).unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
        let report = patlint::check(&[InputFile { name: name.into(), bytes }], &Options::default());
        let severity = |office: Office| {
            report
                .findings
                .iter()
                .find(|f| f.rule == "description/abstract-too-long" && f.offices.contains(&office))
                .map(|f| f.severity)
        };
        let counted = report.documents[0].description.as_ref().and_then(|d| d.abstract_.as_ref()).map(|a| a.words);
        outln!(
            out,
            "{name}: abstract {counted:?} words (README: {words}); US {:?}, EP {:?}, WO {:?}",
            severity(Office::US),
            severity(Office::EP),
            severity(Office::WO)
        );
        if severity(Office::US) != Some(us)
            || severity(Office::EP) != Some(Severity::Warning)
            || severity(Office::WO) != Some(Severity::Warning)
        {
            failures.push(format!("{name}: the long abstract is not reported as US {us:?}, EP and WO warnings"));
        }
    }
    print!("{out}");
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
#[ignore = "reads ../shared/corpus"]
fn drawings_are_read_with_plausible_geometry() {
    use patlint::model::drawings::{Colour, ImageFormat};
    const DIR: &str = "PatentStandardization/data/st36_wipo_examples";
    let mut out = String::new();
    outln!(out, "\n== Drawings (EP PDFs and G4 TIFFs)");
    let mut files: Vec<PathBuf> = Vec::new();
    for example in ["st36aexample", "st36bexample"] {
        let dir = corpus().join(DIR).join(example);
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
            if ext == "pdf" || ext == "tif" {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() >= 3, "the corpus has the EP example PDFs and TIFFs");
    let options = Options { offices: Office::ALL.to_vec(), ..Default::default() };
    for path in files {
        let name = path.strip_prefix(corpus()).unwrap_or(&path).display().to_string();
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
        let started = std::time::Instant::now();
        let report = patlint::check(&[InputFile { name: name.clone(), bytes }], &options);
        let elapsed = started.elapsed();
        let unreadable: Vec<_> = report.findings.iter().filter(|f| f.rule == "input/unreadable").collect();
        assert!(unreadable.is_empty(), "{name}: {unreadable:#?}");
        // A published PDF's drawing sheets are its drawing pages (EP 1 599 469 B1 has none); a TIFF is a sheet.
        let drawing_pages = report.documents[0]
            .pages
            .iter()
            .filter(|p| p.kind == patlint::model::description::PageKind::Drawing)
            .count();
        let drawings = report.documents.iter().find_map(|d| d.drawings.as_ref());
        if drawings.is_none() && drawing_pages == 0 && name.to_ascii_lowercase().ends_with(".pdf") {
            outln!(out, "{name}: {} text pages, no drawing sheets", report.documents[0].pages.len());
            continue;
        }
        let drawings = drawings.unwrap_or_else(|| panic!("{name}: no drawings read"));
        let sheets = &drawings.sheets;
        if name.to_ascii_lowercase().ends_with(".pdf") {
            assert_eq!(sheets.len(), drawing_pages, "{name}: the drawing pages are the sheets");
        } else {
            assert!(!sheets.is_empty(), "{name}: no sheets");
        }
        for sheet in sheets {
            if let Some(size) = sheet.size {
                assert!(size.width > 1.0 && size.height > 1.0 && size.width < 600.0, "{name}: size {size:?}");
            }
            if let (Some(content), Some(size)) = (sheet.content, sheet.size) {
                assert!(content.left >= -0.5 && content.top >= -0.5, "{name} sheet {}: {content:?}", sheet.number);
                assert!(
                    content.right <= size.width + 0.5 && content.bottom <= size.height + 0.5,
                    "{name}: {content:?}"
                );
            }
        }
        if drawings.format == ImageFormat::Pdf {
            let pdf = drawings.pdf.as_ref().expect("PDF facts");
            assert_eq!(pdf.version, (1, 1), "{name}");
            assert!(pdf.fonts.iter().any(|f| f.name.starts_with("Helvetica") && !f.embedded && f.standard), "{name}");
        }
        let Some(first) = sheets.first() else { continue };
        if drawings.format == ImageFormat::Pdf {
            // The corpus PDFs are A4 (596 × 842 pt), PDF 1.1, with Helvetica unembedded.
            let size = first.size.expect("a PDF page has a size");
            assert!((size.width - 210.0).abs() < 1.5 && (size.height - 297.0).abs() < 1.5, "{name}: {size:?}");
        } else {
            let raster = first.raster.as_ref().expect("raster facts");
            assert_eq!(raster.dpi.map(|(x, _)| x.round() as u32), Some(300), "{name}: 300 dpi");
            assert_eq!(first.colour, Colour::BlackAndWhite, "{name}");
        }
        let per_sheet = elapsed.as_secs_f64() * 1000.0 / sheets.len() as f64;
        let c = first.content.map(|c| format!("{:.1},{:.1}–{:.1},{:.1}", c.left, c.top, c.right, c.bottom));
        outln!(
            out,
            "{name}: {} sheet(s), first {:?} mm, content {}, {:?}; {per_sheet:.1} ms/sheet; {} findings",
            sheets.len(),
            first.size.map(|s| (s.width.round(), s.height.round())),
            c.unwrap_or_else(|| "none".into()),
            first.colour,
            report.findings.len()
        );
    }
    println!("{out}");
}

/// The two published EP PDFs: their claims read from the pages equal the same publication's XML in number and
/// dependencies, every language; each is reported as a publication, and no drawing rule falls on a text page.
#[test]
#[ignore = "reads ../shared/corpus"]
fn ep_publication_pdfs_read_as_their_xml() {
    type ClaimSets = Vec<(Option<patlint::language::Language>, Vec<(u32, Vec<u32>)>)>;
    let claim_sets = |report: &patlint::Report| -> ClaimSets {
        report.documents[0]
            .claim_sets
            .iter()
            .map(|set| (set.language, set.claims.iter().map(|c| (c.number, c.depends_on.clone())).collect()))
            .collect()
    };
    for example in ["st36aexample", "st36bexample"] {
        let dir = corpus().join("PatentStandardization/data/st36_wipo_examples").join(example);
        let read = |name: &str| {
            let bytes = std::fs::read(dir.join(name)).expect("corpus file");
            patlint::check(&[patlint::InputFile { name: name.into(), bytes }], &patlint::Options::default())
        };
        let (pdf, xml) = (read("DOCUMENT.PDF"), read("DOC00001.xml"));
        assert_eq!(claim_sets(&pdf), claim_sets(&xml), "{example}");
        let document = &pdf.documents[0];
        assert!(document.publication.as_deref().is_some_and(|p| p.starts_with("EP ")), "{example}");
        let description = document.description.as_ref().expect("a description");
        assert!(description.paragraphs > 50, "{example}: {} paragraphs", description.paragraphs);
        let text_pages: Vec<u32> = document
            .pages
            .iter()
            .filter(|p| p.kind == patlint::model::description::PageKind::Text)
            .map(|p| p.number)
            .collect();
        for finding in pdf.findings.iter().filter(|f| f.rule.starts_with("drawings/")) {
            assert!(finding.location.sheet.is_none_or(|s| !text_pages.contains(&s)), "{example}: {finding:?}");
        }
        println!(
            "{example}: {} pages, {} text, claim sets {}",
            document.pages.len(),
            text_pages.len(),
            document.claim_sets.len()
        );
    }
    let a = corpus().join("PatentStandardization/data/st36_wipo_examples/st36aexample/DOCUMENT.PDF");
    let report = patlint::check(
        &[patlint::InputFile { name: "a.pdf".into(), bytes: std::fs::read(a).expect("corpus file") }],
        &patlint::Options::default(),
    );
    let abstract_ = report.documents[0].description.as_ref().and_then(|d| d.abstract_.as_ref()).expect("an abstract");
    assert!(abstract_.words > 150);
}

/// A claim keyword followed by a claim number, in the corpus's languages: a claim whose text has one names another
/// claim.
fn names_a_claim(text: &str) -> bool {
    let lower = text.to_lowercase();
    let keywords = ["claim", "anspruch", "ansprüche", "revendication", "請求項", "权利要求", "權利要求"];
    keywords.iter().any(|k| {
        lower.match_indices(k).any(|(at, k)| {
            let rest =
                lower[at + k.len()..].trim_start_matches(|c: char| c.is_alphabetic() && c.is_ascii() || c == ' ');
            rest.chars().next().is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        })
    })
}

/// Issue #15's measure of claims read as text: every claim set of the corpus, written out as a user pastes it
/// ("1. text" per claim), comes back with the same claims, and no claim that names another claim is independent.
#[test]
#[ignore = "reads ../shared/corpus"]
fn claim_sets_read_as_text_keep_their_claims() {
    let (documents, errors) = read_corpus();
    assert!(errors.is_empty(), "XML files could not be read: {errors:?}");
    let limits = Limits::default();
    let (mut sets, mut claims) = (0usize, 0usize);
    let mut failures = Vec::new();
    for document in &documents {
        for set in document.sets.iter().filter(|s| !s.claims.is_empty()) {
            let text: String = set.claims.iter().map(|c| format!("{}. {}\n", c.number, c.text)).collect();
            let read = patlint::parse::claims_text::split(&text, &limits).map(|raw| build_claim_set(raw, &limits));
            let numbers = |s: &ClaimSet| s.claims.iter().map(|c| c.number).collect::<Vec<_>>();
            match read {
                Ok(read) if numbers(&read) == numbers(set) => {
                    for claim in read.claims.iter().filter(|c| c.independent && names_a_claim(&c.text)) {
                        failures.push(format!(
                            "{} claim {}: independent but names a claim: {}",
                            document.name,
                            claim.number,
                            excerpt(&claim.text)
                        ));
                    }
                }
                Ok(read) => failures.push(format!(
                    "{} ({}): {} claims read as text, {} in the XML",
                    document.name,
                    set.language.map_or("?", |l| l.code()),
                    read.claims.len(),
                    set.claims.len()
                )),
                Err(error) => failures.push(format!("{}: {error:?}", document.name)),
            }
            sets += 1;
            claims += set.claims.len();
        }
    }
    println!("\n== Claim sets read as text: {sets} sets, {claims} claims, {} failures", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The counts-and-fees statement against claims counted by hand in seven real publications (filed, for the test,
/// in 2025, so that every office's current items apply): per document, the claims as counted, the USPTO's total
/// (a multiple dependent claim counting as the claims it refers to, an improper one as one), the independent
/// claims and the multiple dependent claims in proper form.
#[test]
#[ignore = "reads ../shared/corpus"]
fn fee_counts_match_claims_counted_by_hand() {
    // (file, claims, US total, independent, proper multiple dependent), read claim by claim:
    let cases = [
        // 20 claims, 17 tagged with a <claim-ref> to one claim.
        ("go-uspto/pkg/uspto/test-data/grant/v4-5-B1.xml", 20, 20, 3, 0),
        // Claims 1-24 cancelled; 25, 39, 42, 47 and 48 independent (35-37 refer to claim 25 in another category,
        // 38 to the cancelled claim 12).
        ("PatentStandardization/data/examples/us_example2.xml", 24, 24, 5, 0),
        ("PatentPublicData/PatentDocument/resources/samples/xml2014/US08927118.xml", 45, 45, 4, 0),
        // Claim 3 ("claim 1 or 2") counts 2; claims 4-7, 9, 11-14 refer to any one of a range that holds claim 3,
        // improper, 1 each; 8 and 10 depend on improper claims: 1 + 1 + 2 + 11 = 15.
        ("go-epo-eps/pkg/eps/test-data/application/v1-5-1-A1.xml", 14, 15, 1, 1),
        // Two claim sets (20 and 17 claims), the larger counted; every dependent claim refers to one claim.
        ("PatentStandardization/data/examples/jp_example2.xml", 20, 20, 1, 0),
        // Claim 1 independent; 2-17 each "如权利要求N所述" of one claim.
        ("PatentStandardization/data/examples/cn_new1.xml", 17, 17, 1, 0),
        // US 6,334,226: 1-3 count 1 each; 4-7, 11, 12 and 30 ("any one of claims 1 to 3") 3 each; 8 ("claim 2 or
        // 3") 2; 9 (on the multiple dependent 4-8, improper) and 10 (on 9) 1 each; 13-29 and 31 1 each: 46.
        ("go-uspto/pkg/uspto/test-data/grant/v2-5-B1.xml", 31, 46, 2, 8),
    ];
    let options = Options { filing_date: Some(patlint::office::Date::ymd(2025, 6, 1)), ..Options::default() };
    for (path, claims, us_total, independent, proper) in cases {
        let bytes = fs::read(corpus().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        let report = patlint::check(&[InputFile { name: path.into(), bytes }], &options);
        let counted = |id: &str| {
            let item = report.fees.iter().find(|i| i.item == id);
            item.map_or_else(|| panic!("{path}: no {id} in {:#?}", report.fees), |i| (i.counted, i.quantity))
        };
        let over = |count: u32, threshold: u32| count.saturating_sub(threshold);
        assert_eq!(counted("us/claims-over-20"), (us_total, over(us_total, 20)), "{path}");
        assert_eq!(counted("us/independent-claims-over-3"), (independent, over(independent, 3)), "{path}");
        assert_eq!(counted("us/multiple-dependent-claim"), (proper, proper.min(1)), "{path}");
        assert_eq!(counted("ep/claims-16-to-50"), (claims, over(claims.min(50), 15)), "{path}");
        assert_eq!(counted("ep/claims-from-51"), (claims, over(claims, 50)), "{path}");
        assert_eq!(counted("cn/claims-over-10"), (claims, over(claims, 10)), "{path}");
        // A document that says it entered the national phase of a PCT application is counted on that route.
        let jp = if report.fees.iter().any(|i| i.item == "jp/examination-request-claims-pct") {
            "jp/examination-request-claims-pct"
        } else {
            "jp/examination-request-claims"
        };
        assert_eq!(counted(jp), (claims, claims), "{path}");
        assert_eq!(counted("kr/examination-request-claims"), (claims, claims), "{path}");
    }
}

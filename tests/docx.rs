//! Specifications from real DOCX packages (written by python-docx, see tests/fixtures/make_docx.py), Word's flat
//! XML, text and patent XML: what is read, which rules fire and which stay silent, and hostile packages.

#[path = "support/zip.rs"]
mod support_zip;
use support_zip::zip;

use patlint::office::Office;
use patlint::report::{DocumentKind, Report};
use patlint::{check, InputFile, Options, Severity};
use std::path::Path;

fn fixture(name: &str) -> InputFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docx").join(name);
    InputFile { name: name.into(), bytes: std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())) }
}

fn run(name: &str, offices: &[Office]) -> Report {
    check(&[fixture(name)], &Options { offices: offices.to_vec(), ..Options::default() })
}

fn rules(report: &Report) -> Vec<&'static str> {
    let mut rules: Vec<&str> = report.findings.iter().map(|f| f.rule).collect();
    rules.sort_unstable();
    rules.dedup();
    rules
}

fn description_rules(report: &Report) -> Vec<&'static str> {
    rules(report).into_iter().filter(|r| r.starts_with("description/")).collect()
}

#[test]
fn a_clean_us_specification_is_silent_and_read_whole() {
    let report = run("us_good.docx", &[Office::US]);
    assert_eq!(description_rules(&report), Vec::<&str>::new(), "{:#?}", report.findings);
    let document = &report.documents[0];
    assert_eq!(document.kind, DocumentKind::Description);
    assert_eq!(document.format, "docx");
    let description = document.description.as_ref().expect("a description");
    assert_eq!(description.title.as_deref(), Some("Lever with a curved handle"));
    assert_eq!(description.sections.len(), 5);
    assert_eq!(description.abstract_.as_ref().map(|a| (a.words, a.paragraphs)), Some((17, 1)));
    let page = &description.page_setup[0];
    assert!((page.width_cm - 21.0).abs() < 0.05 && (page.margin_left_cm - 2.5).abs() < 0.05, "{page:?}");
    // Claims numbered by Word's List Number style are read with their numbers.
    let claims: Vec<u32> = document.claim_sets[0].claims.iter().map(|c| c.number).collect();
    assert_eq!(claims, [1, 2, 3]);
    assert_eq!(document.claim_sets[0].claims[1].depends_on, [1]);
}

#[test]
fn the_report_carries_the_text_where_description_findings_point() {
    use patlint::model::description::Part;
    use patlint::report::description::BlockKind;
    let good = run("us_good.docx", &[Office::US]);
    let description = good.documents[0].description.as_ref().expect("a description");
    let title = description.blocks.iter().find(|b| b.kind == BlockKind::Title).expect("a title block");
    assert_eq!(title.text, "Lever with a curved handle");
    assert!(description.blocks.iter().any(|b| b.kind == BlockKind::Heading && b.section.is_some()));
    assert_eq!(
        description.blocks.iter().filter(|b| b.part == Part::Abstract && b.kind == BlockKind::Paragraph).count(),
        1
    );
    assert!(description.blocks.iter().any(|b| b.number.as_deref() == Some("[0001]")), "numbers as written");
    assert!(description.text_omitted.is_none());

    let report = run("us_defects.docx", &[Office::US, Office::EP, Office::WO]);
    let description = report.documents[0].description.as_ref().expect("a description");
    let located: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("description/") && f.file == "us_defects.docx")
        .filter_map(|f| f.location.paragraph)
        .collect();
    assert!(located.len() >= 5, "{located:?}");
    for paragraph in located {
        assert!(description.blocks.iter().any(|b| b.index == paragraph), "no block {paragraph}");
    }
}

#[test]
fn word_numbering_is_read_as_the_user_sees_it() {
    let report = run("claims_numbered.docx", &[Office::US]);
    let document = &report.documents[0];
    let set = &document.claim_sets[0];
    let claims: Vec<(u32, &str)> = set.claims.iter().map(|c| (c.number, c.text.as_str())).collect();
    assert_eq!(
        claims,
        [
            (1, "A lever comprising:\n(a) a handle; and\n(b) a shaft."),
            (2, "The lever of claim 1, wherein the handle is curved."),
            (3, "The lever of claim 1 or 2, wherein the handle is red.")
        ]
    );
    assert!(!rules(&report).contains(&"description/paragraph-number-malformed"), "[0001] from a custom number format");
    assert!(!rules(&report).contains(&"description/paragraph-numbers-not-consecutive"));
}

#[test]
fn us_defects_fire_with_locations_and_citations() {
    let report = run("us_defects.docx", &[Office::US, Office::EP, Office::WO]);
    let fired = description_rules(&report);
    for rule in [
        "description/abstract-legal-phraseology",
        "description/abstract-several-paragraphs",
        "description/abstract-too-long",
        "description/claim-reference-sign-not-in-description",
        "description/comments-present",
        "description/element-several-reference-numerals",
        "description/embedded-object-present",
        "description/figure-not-described",
        "description/font-size-invalid",
        "description/landscape-page",
        "description/line-spacing-invalid",
        "description/page-size-invalid",
        "description/paragraph-number-malformed",
        "description/paragraph-numbers-not-consecutive",
        "description/reference-numeral-several-elements",
        "description/sections-out-of-order",
        "description/title-improper-form",
        "description/tracked-changes-present",
        "description/unsupported-word-content",
    ] {
        assert!(fired.contains(&rule), "{rule} did not fire; fired: {fired:#?}");
    }
    // The abstract is over 150 words: an error at the USPTO, a warning at the EPO and the PCT.
    let abstract_findings: Vec<_> =
        report.findings.iter().filter(|f| f.rule == "description/abstract-too-long").collect();
    let severity = |office| abstract_findings.iter().find(|f| f.offices.contains(&office)).map(|f| f.severity);
    assert_eq!(severity(Office::US), Some(Severity::Error));
    assert_eq!(severity(Office::EP), Some(Severity::Warning));
    assert_eq!(severity(Office::WO), Some(Severity::Warning));
    for finding in report.findings.iter().filter(|f| f.rule.starts_with("description/")) {
        assert_eq!(finding.citations.len(), finding.offices.len(), "{}: a citation per office", finding.rule);
        assert!(finding.message.ends_with('.'), "{}: {}", finding.rule, finding.message);
    }
    let tracked: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.rule == "description/tracked-changes-present")
        .map(|f| f.message.as_str())
        .collect();
    assert!(
        tracked.iter().any(|m| m.contains("Ann Smith")) && tracked.iter().any(|m| m.contains("Bob Jones")),
        "{tracked:?}"
    );
    // The cross-document finding is in the claims, located at claim 1.
    let sign =
        report.findings.iter().find(|f| f.rule == "description/claim-reference-sign-not-in-description").unwrap();
    assert_eq!((sign.location.claim, sign.location.excerpt.as_deref()), (Some(1), Some("(14)")));
    // Deleted text is not read; inserted text is.
    let description = report.documents[0].description.as_ref().unwrap();
    assert_eq!(description.word.as_ref().map(|w| (w.tracked_changes, w.comments, w.embedded_objects)), Some((2, 1, 1)));
}

#[test]
fn japanese_and_chinese_specifications() {
    let good = run("ja_good.docx", &[Office::JP]);
    assert_eq!(description_rules(&good), Vec::<&str>::new(), "{:#?}", good.findings);
    let description = good.documents[0].description.as_ref().unwrap();
    assert_eq!(description.language, Some(patlint::language::Language::Ja));
    assert_eq!(description.title.as_deref(), Some("レバー"));
    assert_eq!(description.abstract_.as_ref().map(|a| a.characters), Some(33));
    let bad = run("ja_defects.docx", &[Office::JP]);
    let fired = description_rules(&bad);
    for rule in [
        "description/font-size-invalid",
        "description/paragraph-number-missing",
        "description/section-missing",
        "description/title-improper-form",
    ] {
        assert!(fired.contains(&rule), "{rule}: {fired:?}");
    }
    assert!(bad.findings.iter().filter(|f| f.rule.starts_with("description/")).all(|f| f.severity == Severity::Error));
    let good = run("cn_good.docx", &[Office::CN]);
    assert_eq!(description_rules(&good), Vec::<&str>::new(), "{:#?}", good.findings);
    let bad = run("cn_defects.docx", &[Office::CN]);
    assert_eq!(description_rules(&bad), ["description/abstract-too-long", "description/title-too-long"]);
}

#[test]
fn packages_that_are_not_word_documents_are_unreadable() {
    let report = run("spreadsheet.docx", &[Office::US]);
    let finding = report.findings.iter().find(|f| f.rule == "input/unreadable").expect("unreadable");
    assert!(finding.message.contains("spreadsheet"), "{}", finding.message);
}

#[test]
fn hostile_packages_give_a_clear_finding_not_a_panic() {
    let limits = patlint::limits::Limits { part_bytes: 1 << 20, ..Default::default() };
    let options = Options { limits, ..Options::default() };
    let unreadable = |bytes: Vec<u8>| {
        let report = check(&[InputFile { name: "x.docx".into(), bytes }], &options);
        report.findings.iter().find(|f| f.rule == "input/unreadable").map(|f| f.message.clone())
    };
    // A deflate bomb: 200 MiB of zeros in about 200 KiB, declared as 100 bytes.
    let zeros = vec![0u8; 200 << 20];
    let bomb = miniz_oxide::deflate::compress_to_vec(&zeros, 6);
    drop(zeros);
    let message = unreadable(zip(&[("[Content_Types].xml", bomb, 8, 100)])).expect("the bomb is refused");
    assert!(message.contains("part_bytes"), "{message}");
    // No content types, damaged directories, truncations: each a finding.
    assert!(unreadable(zip(&[("word/document.xml", b"<w:document/>".to_vec(), 0, 13)])).is_some());
    let good = fixture("us_good.docx").bytes;
    for cut in [10, 100, good.len() / 2, good.len() - 30] {
        assert!(unreadable(good[..cut].to_vec()).is_some(), "truncated at {cut}");
    }
    // Deep nesting and entity tricks in Word XML.
    let deep = format!(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{}</w:body></w:document>",
        "<w:p>".repeat(100_000)
    );
    assert!(unreadable(deep.into_bytes()).unwrap().contains("xml_depth"));
    let entities = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&b;&b;</w:t></w:r></w:p></w:body></w:document>";
    let report = check(&[InputFile { name: "e.xml".into(), bytes: entities.as_bytes().to_vec() }], &options);
    assert!(report.documents[0].description.is_some(), "read");
    let excerpts: Vec<Option<&str>> = report.findings.iter().map(|f| f.location.excerpt.as_deref()).collect();
    assert!(excerpts.contains(&Some("&b;&b;")), "entities are never expanded: {excerpts:?}");
}

#[test]
fn text_as_description_and_flat_word_xml() {
    let text = "Lever\nBACKGROUND\n[0001] Levers are known.\n[0003] They have handles.\nWhat is claimed is:\n1. A lever.\n2. The lever of claim 3.\nABSTRACT\nA lever.";
    let options = Options { kind: Some(DocumentKind::Description), offices: vec![Office::US], ..Options::default() };
    let report = check(&[InputFile { name: "spec.txt".into(), bytes: text.as_bytes().to_vec() }], &options);
    let found = rules(&report);
    assert!(found.contains(&"description/paragraph-numbers-not-consecutive"), "{found:?}");
    assert!(found.contains(&"claims/dependency-target-missing"), "the claims of the text are checked: {found:?}");
    let finding = report.findings.iter().find(|f| f.rule == "description/paragraph-numbers-not-consecutive").unwrap();
    assert_eq!((finding.location.line, finding.location.paragraph), (Some(4), Some(4)));
    assert_eq!(finding.location.section.as_deref(), Some("BACKGROUND"));
    let claim = report.findings.iter().find(|f| f.rule == "claims/dependency-target-missing").unwrap();
    assert_eq!(claim.location.line, Some(7), "claim lines are the file's");
}

/// The intake rules (issue #16) on packages python-docx wrote: each fires on its defect, at its offices, and what
/// patlint cannot judge (a font no list is known for) stays silent.
#[test]
fn office_intake_of_word_documents() {
    let intake =
        ["description/docx-macro-enabled", "description/embedded-object-present", "description/font-not-accepted"];
    let found = |name: &str| -> Vec<(&'static str, Vec<Office>)> {
        let report = run(name, &Office::ALL);
        report.findings.iter().filter(|f| intake.contains(&f.rule)).map(|f| (f.rule, f.offices.clone())).collect()
    };
    // Word 365's defaults: the theme's Aptos for body text and Aptos Display for the title and headings, named with
    // their runs and styles; Letter paper, which the EPO takes for DOCX and the PCT does not.
    let report = run("intake_word365.docx", &Office::ALL);
    let fonts: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.rule == "description/font-not-accepted")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(fonts.len(), 2, "{fonts:#?}");
    assert!(fonts[0].starts_with("The text is set in Aptos Display (8 runs; styles Title and Heading 1)"), "{fonts:?}");
    assert!(fonts[1].starts_with("The text is set in Aptos (11 runs; styles Normal and List Number)"), "{fonts:?}");
    let page_size: Vec<&[Office]> = report
        .findings
        .iter()
        .filter(|f| f.rule == "description/page-size-invalid")
        .map(|f| f.offices.as_slice())
        .collect();
    assert_eq!(page_size, [[Office::WO].as_slice()]);
    assert!(rules(&report).contains(&"description/docx-not-strict"), "python-docx writes Transitional OOXML");
    // Comic Sans MS on A4: no list of fonts is known to exclude it, so it is not judged; the report names it.
    let report = run("intake_unlisted_font.docx", &Office::ALL);
    assert_eq!(found("intake_unlisted_font.docx"), []);
    assert!(!rules(&report).contains(&"description/page-size-invalid"));
    let word = report.documents[0].description.as_ref().and_then(|d| d.word.as_ref()).expect("Word facts");
    assert!(word.fonts.iter().any(|f| f == "Comic Sans MS"), "{:?}", word.fonts);
    // An Excel worksheet embedded: the USPTO's list does not have it.
    assert_eq!(found("intake_ole.docx"), [("description/embedded-object-present", vec![Office::US])]);
    // A macro-enabled package under a .docx name.
    assert_eq!(found("intake_macros.docx"), [("description/docx-macro-enabled", vec![Office::US, Office::EP])]);
}

//! A whole application as one PDF: text pages read as description, claims and abstract, drawing sheets as
//! drawings. The PDFs are written by the fixture builder (crates/drawing-fixtures) with Helvetica text set as a
//! word processor sets it, so the reader meets real glyph positions.

#[path = "support/fixtures.rs"]
mod support_drawings;

use patlint::office::Office;
use patlint::{check, Options, Report};

const DESCRIPTION: &str = "Lever with a handle\n\nTECHNICAL FIELD\n[0001] The invention relates to levers that are held in one hand and that are used to lift heavy loads in a workshop.\n\nBACKGROUND\n[0002] Levers are known. They are often too short to be held with one hand, and their handles slip when they are wet.\n\nBRIEF DESCRIPTION OF THE DRAWINGS\n[0003] FIG. 1 is a side view of the lever.\n\nDETAILED DESCRIPTION\n[0004] The lever 10 has a handle 12 that is long enough to be held with one hand, and a head 14 made of steel.";
const CLAIMS: &str = "CLAIMS\n1. A lever (10) comprising a handle (12) and a head (14).\n2. The lever of claim 1, wherein the handle is made of wood.\n3. The lever of claim 1 or 2, wherein the head is made of steel.";
const ABSTRACT: &str =
    "ABSTRACT\nA lever has a handle that is long enough to be held with one hand and a head made of steel.";

/// The spec of an application PDF: description, claims and abstract on pages of their own, then a drawing sheet.
fn application(description: &str, claims: &str, abstract_: &str, options: &str) -> String {
    let block = |text: &str| format!("textblock 25 30 3 160 \"{}\"", text.replace('\n', "\\n"));
    format!(
        "pdf A4{options}\n{}\ntext 104 285 3 \"1\"\nsheet\n{}\ntext 104 285 3 \"2\"\nsheet\n{}\ntext 104 285 3 \"3\"\nsheet\nline 40 60 170 200\ntext 60 80 4 \"10\"\ntext 60 120 4 \"12\"\ntext 150 190 4 \"14\"\ntext 100 32 4 \"1/1\"",
        block(description),
        block(claims),
        block(abstract_)
    )
}

/// Checked for the EPO and the PCT, which take a whole application as PDF with the 14 standard fonts unembedded.
fn run(spec: &str) -> Report {
    let options = Options { offices: vec![Office::EP, Office::WO], ..Options::default() };
    check(&support_drawings::build(spec), &options)
}

/// Checked for every office.
fn run_all(spec: &str) -> Report {
    check(&support_drawings::build(spec), &Options::default())
}

/// The pages each office counts for its page or sheet fee: (item, pages counted).
fn pages_counted(report: &Report) -> Vec<(&'static str, u32)> {
    report.fees.iter().filter(|i| i.unit == patlint::report::FeeUnit::Pages).map(|i| (i.item, i.counted)).collect()
}

fn rules(report: &Report) -> Vec<&str> {
    let mut rules: Vec<&str> = report.findings.iter().map(|f| f.rule).collect();
    rules.dedup();
    rules
}

#[test]
fn a_compliant_application_is_read_part_by_part_and_gets_no_error() {
    let report = run(&application(DESCRIPTION, CLAIMS, ABSTRACT, ""));
    let document = &report.documents[0];
    let kinds: Vec<_> = document.pages.iter().map(|p| format!("{:?}", p.kind)).collect();
    assert_eq!(kinds, ["Text", "Text", "Text", "Drawing"]);
    let claims = &document.claim_sets[0].claims;
    let dependencies: Vec<(u32, Vec<u32>)> = claims.iter().map(|c| (c.number, c.depends_on.clone())).collect();
    assert_eq!(dependencies, [(1, vec![]), (2, vec![1]), (3, vec![1, 2])]);
    assert_eq!(claims[1].page, Some(2));
    let description = document.description.as_ref().expect("a description");
    assert_eq!(description.title.as_deref(), Some("Lever with a handle"));
    assert_eq!(description.paragraphs, 4);
    assert!(description.abstract_.is_some());
    assert_eq!(document.drawings.as_ref().map(|d| d.sheets.len()), Some(1));
    let errors: Vec<_> = report.findings.iter().filter(|f| f.severity == patlint::Severity::Error).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // Counted by hand: a page each of description, claims and abstract, and one drawing sheet. The EPO counts the
    // abstract as one page whatever its length, the CNIPA the description and drawings only.
    let all = run_all(&application(DESCRIPTION, CLAIMS, ABSTRACT, ""));
    assert_eq!(
        pages_counted(&all),
        [
            ("us/size-over-100-sheets", 4),
            ("ep/pages-over-35", 4),
            ("cn/pages-31-to-300", 2),
            ("cn/pages-from-301", 2),
            ("wo/sheets-over-30", 4)
        ]
    );
    let surcharge = all.fees.iter().find(|i| i.item == "us/not-docx").map(|i| (i.quantity, i.total));
    assert_eq!(surcharge, Some((1, Some(400))), "a specification filed as PDF, not DOCX");
}

#[test]
fn injected_defects_are_found_where_they_are() {
    let long_abstract = format!("ABSTRACT\n{}", "A lever has a handle and a head. ".repeat(40));
    let report = run_all(&application(DESCRIPTION, CLAIMS, &long_abstract, ""));
    assert!(rules(&report).contains(&"description/abstract-too-long"));

    let later = CLAIMS.replace("2. The lever of claim 1,", "2. The lever of claim 3,");
    let report = run_all(&application(DESCRIPTION, &later, ABSTRACT, ""));
    let finding = report.findings.iter().find(|f| f.rule == "claims/dependency-on-later-claim").expect("found");
    assert_eq!((finding.location.claim, finding.location.page), (Some(2), Some(2)));

    let skipped = DESCRIPTION.replace("[0004]", "[0005]");
    let report = run_all(&application(&skipped, CLAIMS, ABSTRACT, ""));
    assert!(rules(&report).contains(&"description/paragraph-numbers-not-consecutive"));

    let spec = application(DESCRIPTION, CLAIMS, ABSTRACT, "").replacen("textblock 25 30", "textblock 8 30", 1);
    let report = run_all(&spec);
    let margin = report.findings.iter().find(|f| f.rule == "description/margins-invalid").expect("found");
    assert_eq!(margin.location.page, Some(1));

    let together = format!("{DESCRIPTION}\n\n{CLAIMS}");
    let spec = application(&together, "", ABSTRACT, "").replace("textblock 25 30 3 160 \"\"\n", "");
    let report = run_all(&spec);
    assert!(rules(&report).contains(&"description/part-not-on-new-sheet"), "{:#?}", report.findings);
}

#[test]
fn a_pdf_of_drawings_only_is_read_as_drawings() {
    let report = run("pdf A4\nline 40 60 170 200\ntext 90 230 4 \"FIG. 1\"\ntext 100 15 4 \"1/1\"");
    assert!(report.documents[0].pages.is_empty());
    assert_eq!(report.documents[0].drawings.as_ref().map(|d| d.sheets.len()), Some(1));
}

/// A Word document printed to PDF by LibreOffice (tests/fixtures/make_pdf_application.py wrote both): its parts,
/// paragraphs and claims as written there, and no error at any office.
#[test]
fn an_application_printed_by_libreoffice_is_read_as_written() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pdf/application-libreoffice.pdf");
    let bytes = std::fs::read(path).expect("the fixture");
    let report = check(&[patlint::InputFile { name: "application.pdf".into(), bytes }], &Options::default());
    let document = &report.documents[0];
    let parts: Vec<String> = document.pages.iter().map(|p| format!("{:?}", p.parts)).collect();
    assert_eq!(parts, ["[Front, Description]", "[Claims]", "[Abstract]"]);
    let claims: Vec<(u32, Vec<u32>)> =
        document.claim_sets[0].claims.iter().map(|c| (c.number, c.depends_on.clone())).collect();
    assert_eq!(
        claims,
        [
            (1, vec![]),
            (2, vec![1]),
            (3, vec![1, 2]),
            (4, vec![3]),
            (5, vec![4]),
            (6, vec![1, 2]),
            (7, vec![1]),
            (8, vec![1])
        ]
    );
    let description = document.description.as_ref().expect("a description");
    assert_eq!(description.title.as_deref(), Some("Hinge with a bronze sleeve"));
    assert_eq!(description.paragraphs, 8);
    // Counted by hand: three text pages, no drawings. At the USPTO claims 3 and 6 ("claim 1 or 2") count 2 each, as
    // do claims 4 and 5 that depend on claim 3: 1 + 1 + 2 + 2 + 2 + 2 + 1 + 1 = 12.
    assert_eq!(
        pages_counted(&report),
        [
            ("us/size-over-100-sheets", 3),
            ("ep/pages-over-35", 3),
            ("cn/pages-31-to-300", 1),
            ("cn/pages-from-301", 1),
            ("wo/sheets-over-30", 3)
        ]
    );
    let claims_counted = |id: &str| report.fees.iter().find(|i| i.item == id).map(|i| (i.counted, i.quantity));
    assert_eq!(claims_counted("us/claims-over-20"), Some((12, 0)));
    assert_eq!(claims_counted("us/multiple-dependent-claim"), Some((2, 1)));
    assert_eq!(claims_counted("ep/claims-16-to-50"), Some((8, 0)));
    let errors: Vec<_> = report.findings.iter().filter(|f| f.severity == patlint::Severity::Error).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn each_text_page_carries_each_offices_area_for_text_and_where_the_body_crosses_it() {
    // The body starts 12 mm from the left edge: inside the CNIPA's 25 mm, the USPTO's 25 mm, and so on.
    let spec = application(DESCRIPTION, CLAIMS, ABSTRACT, "").replace("textblock 25 30", "textblock 12 30");
    let report = run(&spec);
    let description = report.documents[0].description.as_ref().expect("a description");
    let areas: Vec<_> = description.page_areas.iter().map(|a| (a.page, a.office, a.intrusions.clone())).collect();
    assert_eq!(
        areas,
        [1, 2, 3]
            .into_iter()
            .flat_map(|page| [Office::EP, Office::WO].map(|o| (page, o, vec!["left"])))
            .collect::<Vec<_>>(),
        "three text pages, two offices: {areas:?}"
    );
    let ep = &description.page_areas[0];
    // EP: 2.5 cm left and 2.0 cm top on A4, in millimetres.
    assert_eq!((ep.usable.left, ep.usable.top, ep.usable.right, ep.usable.bottom), (25.0, 20.0, 190.0, 277.0));
    // Within the margins: areas, no intrusion.
    let report = run(&application(DESCRIPTION, CLAIMS, ABSTRACT, ""));
    let description = report.documents[0].description.as_ref().expect("a description");
    assert!(description.page_areas.iter().all(|a| a.intrusions.is_empty()), "{:?}", description.page_areas);
    assert_eq!(description.page_areas.len(), 6);
    // A publication's layout is the office's own and is not judged: no areas to draw.
    let publication = "pdf A4\ntext 90 15 3 \"EP 1 234 567 A1\"\ntextblock 12 30 4 160 \"DESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\"\nsheet\ntext 90 15 3 \"EP 1 234 567 A1\"\ntextblock 12 30 4 160 \"CLAIMS\\n1. A lever with a handle that is long enough to be held with one hand.\"";
    let report = run(publication);
    assert!(report.documents[0].publication.is_some(), "read as a publication");
    let description = report.documents[0].description.as_ref().expect("a description");
    assert!(!description.pages.is_empty() && description.page_areas.is_empty(), "{:?}", description.page_areas);
}

//! WIPO ST.26 sequence listings end to end: detection by the root element, the valid fixture silent, one defect
//! per rule made from it (each fires once), the listing against a description and claims, hostile listings, and a
//! generated listing of 10,000 sequences in bounded time.

#[path = "support/st26.rs"]
mod st26;

use patlint::report::{DocumentKind, Finding};
use patlint::{check, InputFile, Options};
use std::time::Instant;

const VALID: &str = include_str!("fixtures/st26/valid.xml");
const APPLICATION: &str = include_str!("fixtures/st26/application.txt");
/// APPLICATION as a Word document (python-docx) and printed to PDF by LibreOffice (`make_application.py`).
const APPLICATION_DOCX: &[u8] = include_bytes!("fixtures/st26/application.docx");
#[cfg(feature = "drawings")]
const APPLICATION_PDF: &[u8] = include_bytes!("fixtures/st26/application.pdf");

fn run(name: &str, text: &str) -> Vec<Finding> {
    let files = [InputFile { name: name.into(), bytes: text.as_bytes().to_vec() }];
    check(&files, &Options::default()).findings
}

fn rules(findings: &[Finding]) -> Vec<&'static str> {
    let mut rules: Vec<&str> = findings.iter().filter(|f| f.rule.starts_with("sequences/")).map(|f| f.rule).collect();
    rules.dedup();
    rules
}

#[test]
fn the_valid_listing_is_detected_by_its_root_and_every_rule_is_silent() {
    let report =
        check(&[InputFile { name: "valid.xml".into(), bytes: VALID.as_bytes().to_vec() }], &Options::default());
    assert_eq!(report.documents[0].kind, DocumentKind::Sequences);
    assert!(rules(&report.findings).is_empty(), "{:#?}", report.findings);
    let summary = report.documents[0].sequences.as_ref().expect("the listing in the report");
    let shown: Vec<(&str, Option<&str>, u64, bool)> =
        summary.sequences.iter().map(|s| (s.id.as_str(), s.moltype.as_deref(), s.length, s.skipped)).collect();
    assert_eq!(
        shown,
        [
            ("1", Some("DNA"), 30, false),
            ("2", Some(""), 3, true),
            ("3", Some("RNA"), 20, false),
            ("4", Some("AA"), 15, false)
        ]
    );
    assert_eq!(summary.sequences[0].features, ["source", "primer_bind", "misc_feature", "variation"]);
    // Chosen as sequences, the same file is read the same way; another file chosen as sequences is not.
    let options = Options { kind: Some(DocumentKind::Sequences), ..Options::default() };
    let report = check(&[InputFile { name: "claims.txt".into(), bytes: b"1. A lever.".to_vec() }], &options);
    assert_eq!(report.findings[0].rule, "input/unreadable");
    assert_eq!(report.findings[0].message, "This file is text; sequence listings are read from WIPO ST.26 XML.");
}

/// One defect per rule, each made by changing one thing in the valid fixture: (rule, from, to).
const DEFECTS: &[(&str, &str, &str)] = &[
    ("sequences/xml-declaration-invalid", "encoding=\"UTF-8\"", "encoding=\"windows-1252\""),
    ("sequences/doctype-invalid", "PUBLIC \"-//WIPO//DTD Sequence Listing 1.3//EN\"", "SYSTEM"),
    ("sequences/character-not-allowed", "tag, in two parts", "tag – in two parts"),
    ("sequences/root-attribute-invalid", "productionDate=\"2024-05-02\"", "productionDate=\"2 May 2024\""),
    ("sequences/general-information-missing", "<ApplicantNameLatin>Acme KK</ApplicantNameLatin>", ""),
    ("sequences/total-quantity-mismatch", "<SequenceTotalQuantity>4<", "<SequenceTotalQuantity>5<"),
    ("sequences/numbering-not-consecutive", "sequenceIDNumber=\"4\"", "sequenceIDNumber=\"7\""),
    ("sequences/length-mismatch", "<INSDSeq_length>30<", "<INSDSeq_length>31<"),
    ("sequences/moltype-invalid", "<INSDSeq_moltype>AA<", "<INSDSeq_moltype>PRT<"),
    ("sequences/division-invalid", "<INSDSeq_division>PAT</INSDSeq_division>\n      <INSDSeq_feature-table>", "<INSDSeq_division>SYN</INSDSeq_division>\n      <INSDSeq_feature-table>"),
    ("sequences/residue-invalid", "gcatgcatgcatgcatgcat", "gcaugcatgcatgcatgcat"),
    ("sequences/skipped-sequence-malformed", "<INSDSeq_length/>", "<INSDSeq_length>3</INSDSeq_length>"),
    ("sequences/other-seqids-present", "<INSDSeq_length/>", "<INSDSeq_length/><INSDSeq_other-seqids><INSDSeqid>x</INSDSeqid></INSDSeq_other-seqids>"),
    ("sequences/source-feature-missing", "<INSDQualifier><INSDQualifier_name>organism</INSDQualifier_name><INSDQualifier_value>Homo sapiens</INSDQualifier_value></INSDQualifier>", ""),
    ("sequences/mol-type-invalid", ">other RNA<", ">genomic DNA<"),
    ("sequences/feature-key-not-allowed", "<INSDFeature_key>REGION<", "<INSDFeature_key>misc_feature<"),
    ("sequences/location-invalid", "complement(25)", "complement(25..31)"),
    ("sequences/file-name-invalid", "", ""),
    ("sequences/mod-base-invalid", ">OTHER<", ">hm5c<"),
    ("sequences/qualifier-not-allowed", "<INSDQualifier_name>note</INSDQualifier_name><INSDQualifier_value>linker<", "<INSDQualifier_name>product</INSDQualifier_name><INSDQualifier_value>linker<"),
    ("sequences/qualifier-value-invalid", "<INSDQualifier_value>tag, in two parts</INSDQualifier_value></INSDQualifier>", "<INSDQualifier_value>tag, in two parts</INSDQualifier_value></INSDQualifier><INSDQualifier><INSDQualifier_name>codon_start</INSDQualifier_name><INSDQualifier_value>4</INSDQualifier_value></INSDQualifier>"),
    ("sequences/english-free-text-missing", "<INSDQualifier_value>linker</INSDQualifier_value><NonEnglish", "<NonEnglish"),
    ("sequences/non-english-language-invalid", "nonEnglishFreeTextLanguageCode=\"ja\"", "nonEnglishFreeTextLanguageCode=\"ko\""),
];

#[test]
fn each_rule_fires_once_on_its_defect() {
    for (rule, from, to) in DEFECTS {
        assert!(VALID.contains(from), "{rule}: {from:?} is in the fixture");
        let text = VALID.replacen(from, to, 1);
        let name = if *rule == "sequences/file-name-invalid" { "valid listing.xml" } else { "valid.xml" };
        let findings = run(name, &text);
        let hits: Vec<&Finding> = findings.iter().filter(|f| f.rule == *rule).collect();
        let severities: std::collections::BTreeSet<_> = hits.iter().map(|f| f.severity).collect();
        assert_eq!(hits.len(), severities.len(), "{rule} fires once (one finding per severity): {hits:#?}");
        assert!(!hits.is_empty(), "{rule} fires on its defect");
        assert!(hits.iter().all(|f| f.location.element.is_some()), "{rule}: located by element");
    }
}

#[test]
fn the_listing_is_checked_against_the_description_and_claims() {
    let files = [
        InputFile { name: "valid.xml".into(), bytes: VALID.as_bytes().to_vec() },
        InputFile { name: "application.txt".into(), bytes: APPLICATION.as_bytes().to_vec() },
    ];
    let options =
        Options { kinds: [("application.txt".to_string(), DocumentKind::Description)].into(), ..Options::default() };
    let report = check(&files, &options);
    assert!(rules(&report.findings).is_empty(), "{:#?}", report.findings);
    // A citation of a sequence the listing lacks, and one sequence no longer cited.
    let changed = APPLICATION
        .replace("guide RNA of SEQ ID NO: 3", "guide RNA of SEQ ID NO: 5")
        .replace("The guide RNA is SEQ ID NO: 3.", "");
    let files = [files[0].clone(), InputFile { name: "application.txt".into(), bytes: changed.into_bytes() }];
    let report = check(&files, &options);
    let found: Vec<(&str, &str, Option<u32>, Option<u32>)> = report
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("sequences/"))
        .map(|f| (f.rule, f.file.as_str(), f.location.claim, f.location.sequence))
        .collect();
    assert_eq!(
        found,
        [
            ("sequences/seq-id-not-in-listing", "application.txt", Some(2), None),
            ("sequences/sequence-not-cited", "valid.xml", None, Some(3)),
        ]
    );
}

/// The listing without SEQ ID NO 4 and under another title, checked with `application` (a DOCX or PDF file): the
/// citations of SEQ ID NO 4 are reported where they are, and the title where the listing gives it.
fn checked_with_a_listing_that_lacks_sequence_4(application: InputFile) -> Vec<(&'static str, String, Option<u32>)> {
    let start = VALID.find("  <SequenceData sequenceIDNumber=\"4\">").expect("sequence 4");
    let end = VALID.rfind("</SequenceData>").expect("its end") + "</SequenceData>\n".len();
    let listing = format!("{}{}", &VALID[..start], &VALID[end..])
        .replace("<SequenceTotalQuantity>4<", "<SequenceTotalQuantity>3<")
        .replace("Primers, a guide RNA and a linker peptide", "Primers and a guide RNA");
    let files = [InputFile { name: "P-1.xml".into(), bytes: listing.into_bytes() }, application];
    let report = check(&files, &Options::default());
    report
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("sequences/"))
        .map(|f| (f.rule, f.file.clone(), f.location.paragraph.or(f.location.claim)))
        .collect()
}

/// `application` (a DOCX or PDF file) checked with the listing: silent; then with a listing without SEQ ID NO 4 and
/// under another title, whose findings are reported where they are.
fn checks_against(application: InputFile) {
    let files = [InputFile { name: "P-1.xml".into(), bytes: VALID.as_bytes().to_vec() }, application.clone()];
    let report = check(&files, &Options::default());
    assert!(rules(&report.findings).is_empty(), "{:#?}", report.findings);
    let name = application.name.clone();
    assert_eq!(
        checked_with_a_listing_that_lacks_sequence_4(application),
        [("sequences/title-differs", "P-1.xml".to_string(), None), ("sequences/seq-id-not-in-listing", name, Some(4))]
    );
}

#[test]
fn the_listing_is_checked_against_a_word_application() {
    checks_against(InputFile { name: "application.docx".into(), bytes: APPLICATION_DOCX.to_vec() });
}

#[cfg(feature = "drawings")]
#[test]
fn the_listing_is_checked_against_a_pdf_application() {
    checks_against(InputFile { name: "application.pdf".into(), bytes: APPLICATION_PDF.to_vec() });
}

#[test]
fn hostile_listings_end_in_findings_not_panics() {
    // Billion laughs: the entities are declared, never expanded.
    let laughs = (1..10).fold(String::from("<!ENTITY l0 \"lol\">"), |mut acc, i| {
        acc.push_str(&format!("<!ENTITY l{i} \"{}\">", format!("&l{};", i - 1).repeat(10)));
        acc
    });
    let text = VALID
        .replace(
            "<!DOCTYPE ST26SequenceListing PUBLIC \"-//WIPO//DTD Sequence Listing 1.3//EN\" \"ST26SequenceListing_V1_3.dtd\">",
            &format!("<!DOCTYPE ST26SequenceListing [{laughs}]>"),
        )
        .replace("P-2024-017", "&l9;");
    let started = Instant::now();
    let findings = run("valid.xml", &text);
    assert!(rules(&findings).contains(&"sequences/doctype-invalid"), "{findings:#?}");
    // Deep nesting: a finding about reading the file.
    let deep = VALID.replace("<INSDSeq_sequence>acgt", &format!("{}<INSDSeq_sequence>acgt", "<x>".repeat(100_000)));
    let findings = run("valid.xml", &deep);
    assert_eq!(findings[0].rule, "input/unreadable");
    assert!(findings[0].message.starts_with("The sequence listing could not be read: line"), "{}", findings[0].message);
    // A huge declared length is compared, never used.
    let huge = VALID.replace("<INSDSeq_length>30<", "<INSDSeq_length>18446744073709551616000<");
    assert!(rules(&run("valid.xml", &huge)).contains(&"sequences/length-mismatch"));
    // A truncated file.
    let cut = &VALID[..VALID.len() / 2];
    assert_eq!(run("valid.xml", cut)[0].rule, "input/unreadable");
    assert!(started.elapsed().as_secs() < 10);
}

/// Speed is measured by the benchmark (`benches/filing_phases.rs`, and in Chromium by `scripts/bench.sh`); this test
/// pins that a listing of 10,000 sequences is read whole and checked clean.
#[test]
fn ten_thousand_sequences_are_all_read_and_checked() {
    let text = st26::listing(10_000);
    assert!(text.len() > 40_000_000, "about 50 MB: {}", text.len());
    let report = check(&[InputFile { name: "generated.xml".into(), bytes: text.into_bytes() }], &Options::default());
    assert!(rules(&report.findings).is_empty(), "{:#?}", &report.findings[..report.findings.len().min(5)]);
    assert_eq!(report.documents[0].sequences.as_ref().map(|s| s.sequences.len()), Some(10_000));
}

//! Assignment records end to end: JSON and USPTO XML in, findings with field locations and the per-office readiness
//! matrix out; the schema agrees with the reader; hostile input ends in a finding, never a panic.

use patlint::office::{Date, Office};
use patlint::parse::assignment_json::{DOCUMENT_KEYS, PARTY_KEYS, PROPERTY_KEYS, RECORD_KEYS};
use patlint::report::assignment::Readiness;
use patlint::report::{DocumentKind, Report};
use patlint::rules::assignment::COMPLETE;
use patlint::{check, InputFile, Options, Severity};

fn run(name: &str, text: &str, options: &Options) -> Report {
    check(&[InputFile { name: name.into(), bytes: text.as_bytes().to_vec() }], options)
}

fn on(today: &str) -> Options {
    Options { today: Date::parse(today), ..Options::default() }
}

fn rules(report: &Report) -> Vec<&'static str> {
    report.findings.iter().map(|f| f.rule).collect()
}

#[test]
fn the_schema_lists_what_the_reader_reads() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schemas/assignment.schema.json")).expect("the schema is JSON");
    let keys = |value: &serde_json::Value| -> Vec<String> {
        let mut keys: Vec<String> = value["properties"].as_object().expect("properties").keys().cloned().collect();
        keys.sort();
        keys
    };
    let sorted = |list: &[&str]| -> Vec<String> {
        let mut list: Vec<String> = list.iter().map(|s| (*s).to_string()).collect();
        list.sort();
        list
    };
    assert_eq!(keys(&schema), sorted(RECORD_KEYS));
    assert_eq!(keys(&schema["$defs"]["party"]), sorted(PARTY_KEYS));
    assert_eq!(keys(&schema["$defs"]["property"]), sorted(PROPERTY_KEYS));
    assert_eq!(keys(&schema["$defs"]["document"]), sorted(DOCUMENT_KEYS));
}

#[test]
fn a_complete_record_is_ready_at_every_office() {
    let report = run("assignment.json", COMPLETE, &on("2024-06-01"));
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    let document = &report.documents[0];
    assert_eq!((document.kind, document.format.as_str()), (DocumentKind::Assignment, "assignment-json"));
    let record = &document.assignments[0];
    // One property at each of the six offices: ready at each office the record names, and no other is concerned.
    let named: Vec<Office> = record.record.properties.iter().filter_map(|p| p.office).collect();
    assert_eq!(named.len(), 6);
    let statuses: Vec<(Office, Readiness)> = record.readiness.iter().map(|r| (r.office, r.status)).collect();
    let expected = |o: Office| if named.contains(&o) { Readiness::Ready } else { Readiness::NotConcerned };
    assert_eq!(statuses, Office::ALL.iter().map(|o| (*o, expected(*o))).collect::<Vec<_>>());
}

#[test]
fn readiness_lists_what_each_office_misses() {
    // A Chinese company assigns a CN and a US application to a US company: the deed is there, unsigned by the
    // assignee, without the export document; no correspondent.
    let json = r#"{"conveyance": "assignment",
      "assignors": [{"name": "Shenzhen Example Co., Ltd.", "kind": "organization", "country": "CN", "address": "1 Keji Road, Shenzhen",
                     "execution_date": "2024-01-15", "signed": true, "signatory": {"name": "Li Wei", "capacity": "Legal representative"}}],
      "assignees": [{"name": "Acme Corporation", "kind": "organization", "country": "US", "address": "1 Main Street, Wilmington, DE 19801", "signed": false}],
      "properties": [{"office": "CN", "kind": "application", "number": "202110123456.7"}, {"office": "US", "kind": "application", "number": "16/123,456"}],
      "submitter": {"name": "Alex Agent", "signed": true},
      "documents": [{"type": "assignment-deed", "copy": "original"}]}"#;
    let report = run("assignment.json", json, &on("2024-06-01"));
    let readiness = &report.documents[0].assignments[0].readiness;
    let of = |office: Office| readiness.iter().find(|r| r.office == office).expect("office in the matrix");
    let cn = of(Office::CN);
    assert_eq!(cn.status, Readiness::Incomplete);
    let cn_rules: Vec<&str> = cn.missing.iter().map(|m| m.rule).collect();
    assert!(cn_rules.contains(&"assignment/technology-export-document-missing"), "{cn_rules:?}");
    assert!(cn_rules.contains(&"assignment/signature-missing"), "{cn_rules:?}");
    let us = of(Office::US);
    assert_eq!(us.status, Readiness::Incomplete);
    assert_eq!(us.missing.iter().map(|m| m.rule).collect::<Vec<_>>(), ["assignment/correspondent-missing"]);
    for office in [Office::EP, Office::JP, Office::KR, Office::WO] {
        assert_eq!(of(office).status, Readiness::NotConcerned, "{office}");
    }
    // Findings name the field, and carry a citation per office.
    let signature =
        report.findings.iter().find(|f| f.rule == "assignment/signature-missing").expect("signature finding");
    assert_eq!(signature.location.field.as_deref(), Some("assignees[0].signed"));
    assert_eq!(signature.offices, [Office::CN]);
    assert_eq!(signature.citations.len(), 1);
    assert!(signature.message.ends_with('.'));
}

#[test]
fn today_comes_from_the_options() {
    let json = r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "execution_date": "2024-06-01"}], "assignees": [{"name": "Acme Corporation"}]}"#;
    assert!(rules(&run("a.json", json, &on("2024-05-31"))).contains(&"assignment/date-in-future"));
    assert!(!rules(&run("a.json", json, &on("2024-06-01"))).contains(&"assignment/date-in-future"));
    let stale = r#"{"conveyance": "assignment", "assignors": [{"name": "Acme Corporation", "kind": "organization", "country": "US",
        "nationality_certificate": {"notarized": true, "date": "2024-01-10"}}], "properties": [{"office": "KR", "number": "10-2021-0123456"}]}"#;
    assert!(!rules(&run("a.json", stale, &on("2024-07-10"))).contains(&"assignment/nationality-certificate-stale"));
    assert!(rules(&run("a.json", stale, &on("2024-07-11"))).contains(&"assignment/nationality-certificate-stale"));
    let pct = r#"{"conveyance": "assignment", "properties": [{"office": "WO", "number": "PCT/US2021/012345", "priority_date": "2021-01-15"}]}"#;
    assert!(!rules(&run("a.json", pct, &on("2023-07-15"))).contains(&"assignment/pct-change-too-late"));
    assert!(rules(&run("a.json", pct, &on("2023-07-16"))).contains(&"assignment/pct-change-too-late"));
}

#[test]
fn only_the_selected_offices_are_reported_and_in_the_matrix() {
    let options = Options { offices: vec![Office::EP], ..on("2024-06-01") };
    let json = r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "signed": false}], "assignees": [{"name": "Acme Corporation"}],
        "properties": [{"office": "EP", "number": "21204983.7"}, {"office": "US", "number": "16/123,456"}]}"#;
    let report = run("a.json", json, &options);
    assert!(report.findings.iter().all(|f| f.offices == [Office::EP]), "{:#?}", report.findings);
    let readiness = &report.documents[0].assignments[0].readiness;
    assert_eq!(readiness.len(), 1);
    assert_eq!(readiness[0].office, Office::EP);
}

#[test]
fn uspto_assignment_xml_reads_one_record_per_doc() {
    let xml = r#"<?xml version="1.0" encoding="UTF-8"?><response><result name="response" numFound="2" start="0">
      <doc><str name="reelNo">43433</str><str name="frameNo">231</str><date name="recordedDate">2017-08-29T04:00:00Z</date>
        <str name="conveyanceText">ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).</str>
        <str name="corrName">GARLICK &amp; MARKISON</str><str name="corrAddress1">106 E. 6TH STREET, SUITE 900</str><str name="corrAddress2">AUSTIN, TX 78701</str>
        <arr name="patAssignorName"><str>LIU, WENJUN</str></arr><arr name="patAssignorExDate"><date>2017-05-17T04:00:00Z</date></arr>
        <arr name="patAssigneeName"><str>TESLA MOTORS, INC.</str></arr><arr name="patAssigneeAddress1"><str>3500 DEER CREEK ROAD</str></arr>
        <arr name="patAssigneeCity"><str>PALO ALTO</str></arr><arr name="patAssigneeState"><str>CALIFORNIA</str></arr>
        <arr name="patAssigneeCountryName"><str>NULL</str></arr><arr name="patAssigneePostcode"><str>94304</str></arr>
        <arr name="applNum"><str>15334090</str></arr><arr name="patNum"><str>NULL</str></arr><arr name="publNum"><str>20180114740</str></arr></doc>
      <doc><str name="conveyanceText">SECURITY INTEREST</str><arr name="patAssignorName"><str>U.S. WELL SERVICES, LLC</str></arr>
        <arr name="patAssignorExDate"><date>2029-05-07T05:00:00Z</date></arr><arr name="applNum"><str>1535643</str></arr></doc>
    </result></response>"#;
    let report = run("assignment_3.xml", xml, &on("2024-06-01"));
    let document = &report.documents[0];
    assert_eq!(document.format, "uspto-assignment-xml");
    assert_eq!(document.assignments.len(), 2);
    let first = &document.assignments[0];
    assert_eq!(first.record.recorded.as_ref().and_then(|r| r.reel_frame.as_deref()), Some("043433/0231"));
    let us = first.readiness.iter().find(|r| r.office == Office::US).expect("US");
    assert_eq!(us.status, Readiness::Ready, "{:#?}", us.missing);
    // The second record: locations name it; its future execution date and bad number are found.
    let future = report.findings.iter().find(|f| f.rule == "assignment/date-in-future").expect("future date");
    assert_eq!(future.location.field.as_deref(), Some("records[1].assignors[0].execution_date"));
    let malformed = report.findings.iter().find(|f| f.rule == "assignment/number-malformed").expect("bad number");
    assert_eq!(malformed.location.field.as_deref(), Some("records[1].properties[0].number"));
    let text = patlint::render::text::render(&report, false);
    assert!(text.contains("(2 assignment records)") && text.contains("record 1: US ready"), "{text}");
}

#[test]
fn hostile_json_gives_a_clear_unreadable_finding() {
    let deep = format!(r#"{{"assignors": {}{}}}"#, "[".repeat(50_000), "]".repeat(50_000));
    let huge = format!(r#"{{"assignors": [{{"name": "{}"}}]}}"#, "x".repeat(1_000_000));
    let cases: [(&str, String); 5] = [
        ("nesting", deep),
        ("characters long", huge),
        ("should be an array", r#"{"assignors": "Jane Roe"}"#.into()),
        ("should be true or false", r#"{"assignors": [{"name": "Jane Roe", "signed": "yes"}]}"#.into()),
        ("malformed", r#"{"assignors": [{"name": "Jane Roe"}"#.into()),
    ];
    for (expected, json) in cases {
        let report = run("hostile.json", &json, &Options::default());
        let unreadable: Vec<_> = report.findings.iter().filter(|f| f.rule == "input/unreadable").collect();
        assert_eq!(unreadable.len(), 1, "{expected}: {:#?}", report.findings);
        assert_eq!(unreadable[0].severity, Severity::Error);
        let message = &unreadable[0].message;
        assert!(
            message.contains(expected) || (expected == "nesting" && message.contains("nests deeper")),
            "{expected}: {message}"
        );
        assert_eq!(report.findings.len(), 1, "nothing else is checked: {:#?}", report.findings);
    }
    let other = run("package.json", r#"{"name": "patlint", "version": "0.1.0"}"#, &Options::default());
    assert_eq!(rules(&other), ["input/unsupported-format"]);
    let typo = run(
        "a.json",
        r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "executon_date": "2024-01-15"}]}"#,
        &on("2024-06-01"),
    );
    let warning = typo.findings.iter().find(|f| f.rule == "input/unreadable").expect("unknown field");
    assert_eq!(warning.severity, Severity::Warning);
    assert!(warning.message.contains("assignors[0].executon_date"));
}

#[test]
fn files_given_as_assignment_data_are_read_as_such() {
    let options = Options { kind: Some(DocumentKind::Assignment), ..Options::default() };
    let report = run("claims.txt", "1. A lever.", &options);
    assert_eq!(rules(&report), ["input/unreadable"]);
    assert!(report.findings[0].message.contains("assignment data is read from JSON"));
    let report = run("a.json", COMPLETE, &Options { today: Date::parse("2024-06-01"), ..options });
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

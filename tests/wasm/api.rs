//! The JavaScript interface, exercised through the functions wasm-bindgen exports. Shared by the Node and the
//! browser suites.

use js_sys::{Array, Reflect, Uint8Array};
#[path = "../support/zip.rs"]
mod support_zip;

use patlint::wasm::{check_claims_js, check_js, is_drawing_js, rules_js, sarif_js, validate_number_js, version_js};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const MULTI_MULTI: &str = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 2 or 3, being heavy.";

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn findings(report: &JsValue) -> Vec<JsValue> {
    get(report, "findings").dyn_into::<Array>().map(|a| a.to_vec()).unwrap_or_default()
}

fn rules_of(report: &JsValue) -> Vec<String> {
    findings(report).iter().filter_map(|f| get(f, "rule").as_string()).collect()
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen_test]
fn checks_claims_and_returns_plain_objects() {
    let report = check_claims_js(MULTI_MULTI, JsValue::UNDEFINED).unwrap_or(JsValue::NULL);
    let multi = findings(&report)
        .into_iter()
        .find(|f| get(f, "rule").as_string().as_deref() == Some("claims/multiple-dependency-on-multiple"));
    let multi = multi.unwrap_or(JsValue::NULL);
    assert_eq!(get(&get(&multi, "location"), "claim").as_f64(), Some(4.0));
    let offices: Vec<String> = get(&multi, "offices")
        .dyn_into::<Array>()
        .map(|a| a.iter().filter_map(|o| o.as_string()).collect())
        .unwrap_or_default();
    assert_eq!(offices, ["US", "JP", "KR", "CN"]);
    let citation = Array::from(&get(&multi, "citations")).get(0);
    assert_eq!(get(&citation, "text").as_string().as_deref(), Some("37 CFR 1.75(c)"));
    // The message as its id in the catalogue and its values, for showing it in any language.
    let template = get(&multi, "message_template");
    assert_eq!(get(&template, "id").as_string().as_deref(), Some("multiple-dependency-on-multiple"));
    assert_eq!(get(&get(&template, "args"), "claim").as_string().as_deref(), Some("4"));
    let claims = Array::from(&get(
        &Array::from(&get(&Array::from(&get(&report, "documents")).get(0), "claim_sets")).get(0),
        "claims",
    ));
    assert_eq!(claims.length(), 4);
    assert_eq!(get(&claims.get(3), "multiple").as_bool(), Some(true));
}

#[wasm_bindgen_test]
fn options_select_offices_and_filing_date() {
    let ep = check_claims_js(MULTI_MULTI, options(r#"{"offices": ["EP"]}"#)).unwrap_or(JsValue::NULL);
    assert!(!rules_of(&ep).iter().any(|r| r == "claims/multiple-dependency-on-multiple"));
    let old_jp = check_claims_js(MULTI_MULTI, options(r#"{"offices": ["JP"], "filingDate": "2021-12-01"}"#))
        .unwrap_or(JsValue::NULL);
    assert!(!rules_of(&old_jp).iter().any(|r| r == "claims/multiple-dependency-on-multiple"));
}

#[wasm_bindgen_test]
fn invalid_options_are_errors_not_panics() {
    assert!(check_claims_js("1. A lever.", options(r#"{"offices": ["XX"]}"#)).is_err());
    assert!(check_claims_js("1. A lever.", options(r#"{"filingDate": "2023-02-30"}"#)).is_err());
    assert!(check_claims_js("1. A lever.", options(r#"{"colour": "red"}"#)).is_err());
    // The module still works afterwards.
    assert!(check_claims_js("1. A lever.", JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn checks_files_given_as_bytes_or_text() {
    let files = Array::new();
    let text_file = js_sys::Object::new();
    let _ = Reflect::set(&text_file, &"name".into(), &"claims.txt".into());
    let _ = Reflect::set(&text_file, &"text".into(), &"1. A lever.\n2. The lever of claim 3.".into());
    files.push(&text_file);
    let pdf = js_sys::Object::new();
    let _ = Reflect::set(&pdf, &"name".into(), &"drawings.pdf".into());
    let _ = Reflect::set(&pdf, &"bytes".into(), &Uint8Array::from(&b"%PDF-1.4\n"[..]));
    files.push(&pdf);
    let seen = Array::new();
    let progress = js_sys::Function::new_with_args("done, total", "this.push([done, total])").bind(&seen);
    let report = check_js(&files, JsValue::UNDEFINED, progress.into()).unwrap_or(JsValue::NULL);
    assert_eq!(
        js_sys::JSON::stringify(&seen).map(String::from).ok().as_deref(),
        Some("[[1,2],[2,2]]"),
        "progress per file"
    );
    let rules = rules_of(&report);
    assert!(rules.contains(&"claims/dependency-target-missing".to_string()), "{rules:?}");
    assert!(rules.contains(&"input/unreadable".to_string()), "a PDF header alone is no drawing: {rules:?}");
    let nameless = Array::of1(&js_sys::Object::new());
    assert!(check_js(&nameless, JsValue::UNDEFINED, JsValue::UNDEFINED).is_err());
}

#[wasm_bindgen_test]
fn blobs_are_read_in_workers_only_and_drawings_are_told_by_their_first_bytes() {
    // Node and a page's main thread have no FileReaderSync: a Blob there is an input error that says where to read it.
    let bytes = Array::of1(&Uint8Array::from(&b"1. A lever."[..]));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&bytes).map(JsValue::from).unwrap_or(JsValue::NULL);
    for files in [Array::of1(&blob).into(), blob.clone()] {
        let error = check_js(&files, JsValue::UNDEFINED, JsValue::UNDEFINED).err().unwrap_or(JsValue::NULL);
        assert_eq!(get(&error, "code").as_string().as_deref(), Some("INVALID_INPUT"));
        let message = get(&error, "message").as_string().unwrap_or_default();
        assert!(message.contains("`blob-1`") && message.contains("Web Worker"), "{message}");
    }
    assert!(is_drawing_js(&blob).is_err());
    assert!(check_js(&"claims.txt".into(), JsValue::UNDEFINED, JsValue::UNDEFINED).is_err(), "files are an array");
    assert_eq!(is_drawing_js(&Uint8Array::from(LETTER_PDF).into()).ok(), Some(true));
    assert_eq!(is_drawing_js(&Uint8Array::from(&b"1. A lever."[..]).into()).ok(), Some(false));
    assert_eq!(is_drawing_js(&"%PDF-1.4".into()).ok(), Some(false), "text is no drawing");
}

#[wasm_bindgen_test]
fn hostile_claims_end_and_leave_the_module_working() {
    let huge: String =
        (1..=20_000).map(|n| format!("{n}. The lever of any one of claims 1 to {n} or claim 4000000000.\n")).collect();
    assert!(check_claims_js(&huge, JsValue::UNDEFINED).is_ok());
    let garbage: String =
        (0..200_000u32).map(|i| char::from_u32(0x3000 + (i * 7919) % 0x9000).unwrap_or('x')).collect();
    assert!(check_claims_js(&garbage, JsValue::UNDEFINED).is_ok());
    assert!(check_claims_js(MULTI_MULTI, JsValue::UNDEFINED).is_ok());
}

/// A page tree whose only kid is the tree itself.
const CYCLIC_PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[2 0 R]/Count 1>>endobj\ntrailer<</Root 1 0 R>>";

/// One US-letter page with a line.
const LETTER_PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj 4 0 obj<</Length 22>>stream\n100 100 m 300 600 l S\nendstream endobj\ntrailer<</Root 1 0 R>>";

#[wasm_bindgen_test]
fn reads_drawing_sheets_and_reports_them_per_office() {
    let file = js_sys::Object::new();
    let _ = Reflect::set(&file, &"name".into(), &"sheet.pdf".into());
    let _ = Reflect::set(&file, &"bytes".into(), &Uint8Array::from(LETTER_PDF));
    let report = check_js(&Array::of1(&file), options(r#"{"offices": ["US", "EP"]}"#), JsValue::UNDEFINED)
        .unwrap_or(JsValue::NULL);
    let size = findings(&report)
        .into_iter()
        .find(|f| get(f, "rule").as_string().as_deref() == Some("drawings/sheet-size-invalid"));
    let size = size.expect("a letter sheet is not A4");
    assert_eq!(js_sys::JSON::stringify(&get(&size, "offices")).map(String::from).ok().as_deref(), Some(r#"["EP"]"#));
    assert_eq!(get(&get(&size, "location"), "sheet").as_f64(), Some(1.0));
    let document = Reflect::get_u32(&get(&report, "documents"), 0).unwrap_or(JsValue::NULL);
    let sheet = Reflect::get_u32(&get(&get(&document, "drawings"), "sheets"), 0).unwrap_or(JsValue::NULL);
    let width = get(&get(&sheet, "size"), "width").as_f64().unwrap_or(0.0);
    assert!((width - 215.9).abs() < 0.5, "letter width {width}");
}

#[wasm_bindgen_test]
fn lists_rules_and_version() {
    let rules = Array::from(&rules_js().unwrap_or(JsValue::NULL));
    assert_eq!(rules.length() as usize, patlint::rules::RULES.len());
    assert!(get(&rules.get(0), "summary").as_string().is_some_and(|s| !s.is_empty()));
    // The documentation is left out of the modules (pkg/rule-docs.js holds it).
    assert!(get(&rules.get(0), "docs").is_undefined());
    assert_eq!(version_js(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn sarif_takes_the_rules_documentation_it_is_given() {
    let report = check_claims_js("1. A lever.\n2. The lever of claim 3.", JsValue::UNDEFINED).unwrap_or(JsValue::NULL);
    let docs = js_sys::Object::new();
    let _ = Reflect::set(&docs, &"claims/dependency-target-missing".into(), &"## What it checks\nTargets.".into());
    let rule_of = |log: String, id: &str| {
        let log = js_sys::JSON::parse(&log).unwrap_or(JsValue::NULL);
        let rules = get(&get(&Reflect::get_u32(&get(&log, "runs"), 0).unwrap_or(JsValue::NULL), "tool"), "driver");
        Array::from(&get(&rules, "rules")).iter().find(|rule| get(rule, "id").as_string().as_deref() == Some(id))
    };
    let documented = sarif_js(report.clone(), JsValue::UNDEFINED, docs.into()).unwrap_or_default();
    let rule = rule_of(documented.clone(), "claims/dependency-target-missing").unwrap_or(JsValue::NULL);
    assert_eq!(get(&get(&rule, "help"), "markdown").as_string().as_deref(), Some("## What it checks\nTargets."));
    assert!(get(&rule_of(documented, "claims/final-period-missing").unwrap_or(JsValue::NULL), "help").is_undefined());
    let bare = sarif_js(report, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap_or_default();
    assert!(get(&rule_of(bare, "claims/dependency-target-missing").unwrap_or(JsValue::NULL), "help").is_undefined());
}

#[wasm_bindgen_test]
fn validates_numbers_with_or_without_an_office() {
    let ep = validate_number_js("EP 21 204 983.7", None).unwrap_or(JsValue::NULL);
    assert_eq!(get(&ep, "office").as_string().as_deref(), Some("EP"));
    assert_eq!(get(&ep, "kind").as_string().as_deref(), Some("application"));
    assert_eq!(get(&ep, "normalized").as_string().as_deref(), Some("21204983.7"));
    assert_eq!(get(&ep, "valid").as_bool(), Some(true));
    let cn = validate_number_js("201710601862.4", Some("CN".into())).unwrap_or(JsValue::NULL);
    assert_eq!(get(&cn, "valid").as_bool(), Some(false));
    // Why, as a message of the catalogue (the npm package and the page write its English `problem`).
    let problem = get(&cn, "problem_template");
    assert_eq!(get(&problem, "id").as_string().as_deref(), Some("cn-check-character-application"));
    let args = get(&problem, "args");
    assert_eq!(
        (get(&args, "expected").as_string(), get(&args, "given").as_string()),
        (Some("3".into()), Some("4".into()))
    );
    let pct = validate_number_js("PCT/US2021/012345", Some("pct".into())).unwrap_or(JsValue::NULL);
    assert_eq!(get(&pct, "office").as_string().as_deref(), Some("WO"));
    assert!(validate_number_js("16/123,456", Some("XX".into())).is_err());
}

#[wasm_bindgen_test]
fn checks_assignment_json_with_today_and_returns_readiness() {
    let record = r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "execution_date": "2024-06-01"}],
        "assignees": [{"name": "Acme Corporation"}], "properties": [{"office": "US", "number": "16/123,456"}]}"#;
    let report =
        check_claims_js(record, options(r#"{"offices": ["US"], "today": "2024-05-01"}"#)).unwrap_or(JsValue::NULL);
    assert!(rules_of(&report).iter().any(|r| r == "assignment/date-in-future"));
    let document = Array::from(&get(&report, "documents")).get(0);
    let assignment = Array::from(&get(&document, "assignments")).get(0);
    let readiness = Array::from(&get(&assignment, "readiness")).get(0);
    assert_eq!(get(&readiness, "status").as_string().as_deref(), Some("incomplete"));
    // Without `today`, the clock (JavaScript's Date) decides: 2999 is in the future.
    let future = record.replace("2024-06-01", "2999-06-01");
    let report = check_claims_js(&future, JsValue::UNDEFINED).unwrap_or(JsValue::NULL);
    assert!(rules_of(&report).iter().any(|r| r == "assignment/date-in-future"));
}

/// A subset of the hostile-input suite (tests/hostile.rs), in Wasm: each case is a finding, and the module keeps
/// working after it.
#[wasm_bindgen_test]
fn hostile_files_are_findings_and_the_module_survives() {
    let zeros = vec![0u8; 8 << 20];
    let bomb = miniz_oxide::deflate::compress_to_vec(&zeros, 1);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "bomb.docx",
            support_zip::zip(&[("[Content_Types].xml", bomb.clone(), 8, 100), ("word/document.xml", bomb, 8, 100)]),
        ),
        ("deep.xml", format!("<claims>{}</claims>", "<b>".repeat(100_000)).into_bytes()),
        ("nested.json", format!("{{\"conveyance\":{}1{}}}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes()),
        ("bad.txt", b"1. A lever \xFF\xFE.\n2. The lever of claim 1.".to_vec()),
        ("truncated.docx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00".to_vec()),
        ("cyclic.pdf", CYCLIC_PDF.to_vec()),
        ("truncated.tif", b"II*\x00\x08\x00\x00\x00\x0a\x00\x00\x01\x04\x00".to_vec()),
        (
            "huge.png",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x01\x86\xa0\x00\x01\x86\xa0\x08\x06\x00\x00\x00".to_vec(),
        ),
    ];
    for (name, bytes) in cases {
        let files = Array::new();
        let file = js_sys::Object::new();
        let _ = Reflect::set(&file, &"name".into(), &name.into());
        let _ = Reflect::set(&file, &"bytes".into(), &Uint8Array::from(bytes.as_slice()));
        files.push(&file);
        let report = check_js(&files, options(r#"{"limits": {"partBytes": 1048576}}"#), JsValue::UNDEFINED)
            .unwrap_or(JsValue::NULL);
        assert!(rules_of(&report).iter().any(|r| r.starts_with("input/")), "{name}: {:?}", rules_of(&report));
        assert!(check_claims_js(MULTI_MULTI, JsValue::UNDEFINED).is_ok(), "{name}: the module still works");
    }
}

#[wasm_bindgen_test]
fn reads_a_sequence_listing_by_its_root_and_shows_its_sequences() {
    let listing = include_str!("../fixtures/st26/valid.xml").replace("gcatgcatgcatgcatgcat", "gcaugcatgcatgcatgcat");
    let file = js_sys::Object::new();
    let _ = Reflect::set(&file, &"name".into(), &"P-2024-017.xml".into());
    let _ = Reflect::set(&file, &"text".into(), &listing.as_str().into());
    let report = check_js(&Array::of1(&file), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap_or(JsValue::NULL);
    let document = Array::from(&get(&report, "documents")).get(0);
    assert_eq!(get(&document, "kind").as_string().as_deref(), Some("sequences"));
    let sequences = Array::from(&get(&get(&document, "sequences"), "sequences"));
    assert_eq!(sequences.length(), 4);
    let residue = findings(&report)
        .into_iter()
        .find(|f| get(f, "rule").as_string().as_deref() == Some("sequences/residue-invalid"))
        .unwrap_or(JsValue::NULL);
    assert_eq!(get(&get(&residue, "location"), "sequence").as_f64(), Some(3.0));
}

//! Hostile and broken input, generated here (nothing large is committed): every case ends with a report — a
//! finding for the bad file, never a panic — and the other files of the filing are still checked. The limits
//! (src/limits.rs) bound time and memory; `scripts/fuzz.sh` searches for what these cases miss.

#[path = "support/zip.rs"]
mod support_zip;

use patlint::{check, InputFile, Options, Report};

const GOOD_CLAIMS: &str = "1. A lever.\n2. The lever of claim 1, wherein the lever is red.\n";

/// Checks `bytes` under `name` next to a good claim set, and returns the report.
fn check_beside_good(name: &str, bytes: Vec<u8>) -> Report {
    let files = [
        InputFile { name: name.into(), bytes },
        InputFile { name: "good.txt".into(), bytes: GOOD_CLAIMS.as_bytes().to_vec() },
    ];
    let report = check(&files, &Options::default());
    let good = report.documents.iter().find(|d| d.file == "good.txt").expect("good file reported");
    assert_eq!(good.claim_sets.first().map(|s| s.claims.len()), Some(2), "{name}: the good file is still checked");
    report
}

fn rules_for<'a>(report: &'a Report, file: &str) -> Vec<&'a str> {
    report.findings.iter().filter(|f| f.file == file).map(|f| f.rule).collect()
}

/// A reproducible stream of bytes (xorshift), so failures can be replayed.
fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[0]
        })
        .collect()
}

const MAGICS: &[(&str, &[u8])] = &[
    ("x.txt", b""),
    ("x.docx", b"PK\x03\x04"),
    ("x.pdf", b"%PDF-1.7\n"),
    ("x.tif", b"II*\x00"),
    ("x.tif", b"MM\x00*"),
    ("x.png", b"\x89PNG\r\n\x1a\n"),
    ("x.jpg", b"\xFF\xD8\xFF\xE0"),
    ("x.gif", b"GIF89a"),
    ("x.bmp", b"BM\x00\x00\x00\x00\x00\x00"),
    ("x.xml", b"<?xml version=\"1.0\"?><"),
    ("x.json", b"{\"conveyance\":"),
];

#[test]
fn empty_and_random_files_under_every_kind() {
    for (seed, (name, magic)) in MAGICS.iter().enumerate() {
        for len in [0, 1, 17, 4096, 65_536] {
            let mut bytes = magic.to_vec();
            bytes.extend(noise(seed as u64 * 7919 + len as u64, len));
            let report = check_beside_good(name, bytes);
            assert!(report.documents.iter().any(|d| &d.file == name), "{name} ({len} bytes) is reported");
        }
    }
}

#[test]
fn truncated_files_are_findings() {
    let xml = "<?xml version=\"1.0\"?><us-patent-grant><claims><claim id=\"CLM-00001\" num=\"00001\"><claim-text>1. A lever.</claim-text></claim></claims></us-patent-grant>";
    for cut in [1, 10, xml.len() / 2, xml.len() - 3] {
        let report = check_beside_good("cut.xml", xml.as_bytes()[..cut].to_vec());
        assert!(rules_for(&report, "cut.xml").iter().any(|r| r.starts_with("input/")), "cut at {cut}");
    }
    let docx =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/docx/us_good.docx")).expect("fixture");
    for cut in [4, 30, docx.len() / 3, docx.len() - 1] {
        let report = check_beside_good("cut.docx", docx[..cut].to_vec());
        assert!(rules_for(&report, "cut.docx").contains(&"input/unreadable"), "docx cut at {cut}");
    }
}

#[test]
fn xml_entity_expansion_and_deep_nesting() {
    let laughs: String =
        std::iter::once("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">".to_string())
            .chain((1..10).map(|i| {
                format!("<!ENTITY lol{i} \"{}\">", format!("&lol{};", i - 1).replace("lol0", "lol").repeat(10))
            }))
            .chain(std::iter::once("]><claims><claim num=\"1\">1. A lever &lol9;.</claim></claims>".to_string()))
            .collect();
    let report = check_beside_good("laughs.xml", laughs.into_bytes());
    let text = &report.documents[0].claim_sets.first().map(|s| s.claims[0].text.clone()).unwrap_or_default();
    assert!(text.len() < 1000, "entities are never expanded: {} characters", text.len());

    let deep = format!("<claims>{}</claims>", "<b>".repeat(100_000));
    let report = check_beside_good("deep.xml", deep.into_bytes());
    assert!(report.findings.iter().any(|f| f.file == "deep.xml" && f.message.contains("xml_depth")));
}

#[test]
fn invalid_utf8_and_utf16_text() {
    let mut utf8 = b"1. A lever \xFF\xFE with a handle.\n2. The lever of claim 1.".to_vec();
    utf8.extend([0xC3, 0x28, 0xE2, 0x28, 0xA1]);
    let report = check_beside_good("bad-utf8.txt", utf8);
    assert!(report.findings.iter().any(|f| f.file == "bad-utf8.txt" && f.rule == "input/unreadable"));
    // UTF-16 with a lone surrogate and an odd byte at the end.
    let mut utf16: Vec<u8> = vec![0xFF, 0xFE];
    utf16.extend("1. A lever.".encode_utf16().flat_map(u16::to_le_bytes));
    utf16.extend([0x00, 0xD8, 0x41]);
    let report = check_beside_good("bad-utf16.txt", utf16);
    assert_eq!(report.documents[0].claim_sets.first().map(|s| s.claims.len()), Some(1));
}

#[test]
fn twenty_megabyte_claim_sets() {
    // Many claims: more than the limit of claims is one clear error.
    let many = "1. A lever.\n".repeat(20 << 20 >> 4);
    let report = check_beside_good("many.txt", many.into_bytes());
    assert!(rules_for(&report, "many.txt").contains(&"input/unreadable"));
    // One huge claim: more characters than the limit is one clear error, before any rule spends time on it.
    let huge = format!(
        "1. A lever comprising {}a handle.\n2. The lever of claim 1.",
        "a long arm and the arm 12, ".repeat(20 << 20 >> 5)
    );
    let report = check_beside_good("huge.txt", huge.into_bytes());
    let finding = report.findings.iter().find(|f| f.file == "huge.txt").expect("a finding");
    assert!(finding.rule == "input/unreadable" && finding.message.contains("claimChars"), "{}", finding.message);
    // Long but within the limit: read and checked.
    let long = format!(
        "1. A lever comprising {}a handle.\n2. The lever of claim 1.",
        "a long arm and the arm 12, ".repeat(5_000)
    );
    let report = check_beside_good("long.txt", long.into_bytes());
    assert_eq!(report.documents[0].claim_sets.first().map(|s| s.claims.len()), Some(2));
}

#[test]
fn deeply_nested_and_mistyped_assignment_json() {
    for (name, json) in [
        ("nested.json", format!("{{\"conveyance\":{}1{}}}", "[".repeat(100_000), "]".repeat(100_000))),
        ("types.json", r#"{"conveyance": 7, "assignors": "everyone", "properties": {"office": true}}"#.to_string()),
        (
            "huge.json",
            format!("{{\"conveyance\":\"assignment\",\"assignors\":[{{\"name\":\"{}\"}}]}}", "x".repeat(8 << 20)),
        ),
    ] {
        let report = check_beside_good(name, json.into_bytes());
        assert!(!rules_for(&report, name).is_empty(), "{name}: a finding");
    }
}

#[test]
#[cfg(feature = "drawings")]
fn huge_declared_image_sizes_are_not_trusted() {
    // A PNG header declaring 100,000 × 100,000 pixels: more than the image pixel limit, so it is refused before
    // anything is allocated from the declared size (tests/drawings.rs has every format).
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
    png.extend(100_000u32.to_be_bytes());
    png.extend(100_000u32.to_be_bytes());
    png.extend([8, 6, 0, 0, 0]);
    let report = check_beside_good("huge.png", png);
    assert_eq!(rules_for(&report, "huge.png"), ["input/unreadable"]);
}

#[test]
fn zip_bombs_in_docx_stop_at_the_limit() {
    // 64 MiB of zeros deflate to about 64 KiB; the package declares a small size. The part limit (16 MiB by
    // default here) stops inflating long before the end.
    let zeros = vec![0u8; 64 << 20];
    let bomb = miniz_oxide::deflate::compress_to_vec(&zeros, 6);
    drop(zeros);
    let package =
        support_zip::zip(&[("[Content_Types].xml", bomb.clone(), 8, 100), ("word/document.xml", bomb, 8, 100)]);
    let limits = patlint::limits::Limits { part_bytes: 16 << 20, ..Default::default() };
    let files = [InputFile { name: "bomb.docx".into(), bytes: package }];
    let report = check(&files, &Options { limits, ..Options::default() });
    let finding = report.findings.iter().find(|f| f.rule == "input/unreadable").expect("the bomb is refused");
    assert!(finding.message.contains("part_bytes"), "{}", finding.message);
}

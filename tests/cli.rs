//! The command line as pipelines use it: exit codes, formats and one-line errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn patlint(args: &[&str], stdin: &str) -> Output {
    patlint_in(&[], args, stdin)
}

/// patlint with only the locale variables given (the machine's are removed: messages are English without them).
fn patlint_in(locale: &[(&str, &str)], args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_patlint"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .envs(locale.iter().copied())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("patlint runs");
    // Commands that do not read standard input may exit first; a broken pipe then is no failure.
    let _ = child.stdin.take().expect("stdin").write_all(stdin.as_bytes());
    child.wait_with_output().expect("patlint ends")
}

fn code(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

const CLEAN: &str =
    "What is claimed is:\n1. A lever comprising a handle.\n2. The lever of claim 1, wherein the handle is red.\n";
const MULTI_MULTI: &str = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 2 or 3, being heavy.\n";

#[test]
fn exit_status_tells_errors_apart() {
    assert_eq!(code(&patlint(&["check", "-"], CLEAN)), 0);
    let found = patlint(&["check", "--office", "US", "-"], MULTI_MULTI);
    assert_eq!(code(&found), 1);
    let text = String::from_utf8_lossy(&found.stdout);
    assert!(text.contains("claim 4: error [US] claims/multiple-dependency-on-multiple"), "{text}");
    assert!(text.contains("= 37 CFR 1.75(c) (US)"), "{text}");
    // The EPO allows multiple dependency on multiple dependent claims.
    assert_eq!(code(&patlint(&["check", "--office", "EP", "-"], MULTI_MULTI)), 0);
}

#[test]
fn messages_in_the_language_asked_or_the_locales() {
    // The message under the finding's heading line.
    let message = |output: &Output| {
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        let heading = "claim 4: error [US] claims/multiple-dependency-on-multiple\n";
        let at = text.find(heading).unwrap_or_else(|| panic!("{text}")) + heading.len();
        text[at..].lines().next().unwrap_or_default().trim().to_string()
    };
    let asked = message(&patlint(&["check", "--office", "US", "--language", "ja", "-"], MULTI_MULTI));
    assert!(asked.starts_with("多数項従属請求項である請求項4"), "{asked}");
    // The locale, as gettext reads it: LC_ALL before LANG; --language before both.
    let locale = patlint_in(
        &[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "ja_JP.UTF-8")],
        &["check", "--office", "US", "-"],
        MULTI_MULTI,
    );
    assert_eq!(message(&locale), asked);
    let english =
        patlint_in(&[("LANG", "ja_JP.UTF-8")], &["check", "--office", "US", "--language", "en", "-"], MULTI_MULTI);
    assert!(message(&english).starts_with("Claim 4 is a multiple dependent claim"));
    // SARIF is read by people too; JSON keeps English, with the template to translate from.
    let sarif = patlint(&["check", "--office", "US", "--format", "sarif", "--language", "zh", "-"], MULTI_MULTI);
    assert!(String::from_utf8_lossy(&sarif.stdout).contains("多项从属权利要求4"));
    let json =
        patlint_in(&[("LANG", "ja_JP.UTF-8")], &["check", "--office", "US", "--format", "json", "-"], MULTI_MULTI);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    assert!(report["findings"][0]["message"].as_str().unwrap().starts_with("Claim 4"));
    assert_eq!(code(&patlint(&["check", "--language", "fr", "-"], MULTI_MULTI)), 2);
}

#[test]
fn usage_and_unreadable_input_exit_2_with_one_line() {
    for args in
        [&["check"][..], &["check", "--office", "QQ", "-"], &["check", "--format", "yaml", "-"], &["frobnicate"]]
    {
        let output = patlint(args, "");
        assert_eq!(code(&output), 2, "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).starts_with("patlint: "), "{args:?}");
    }
    let missing = patlint(&["check", "/nonexistent/claims.txt"], "");
    assert_eq!(code(&missing), 2);
    assert_eq!(String::from_utf8_lossy(&missing.stderr).lines().count(), 1);
}

#[test]
fn json_has_findings_and_parsed_claims() {
    let output = patlint(&["check", "--format", "json", "-"], MULTI_MULTI);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let claims = &report["documents"][0]["claim_sets"][0]["claims"];
    assert_eq!(claims[3]["number"], 4);
    assert_eq!(claims[3]["depends_on"], serde_json::json!([2, 3]));
    assert_eq!(claims[3]["multiple"], true);
    let finding = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["rule"] == "claims/multiple-dependency-on-multiple")
        .expect("multi-multi");
    assert_eq!(finding["location"]["claim"], 4);
    assert_eq!(finding["severity"], "error");
}

#[test]
fn sarif_is_version_2_1_0_with_rules_and_results() {
    let output = patlint(&["check", "--format", "sarif", "-"], MULTI_MULTI);
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let result = run["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == "claims/multiple-dependency-on-multiple")
        .expect("result");
    let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
    assert_eq!(rules[index]["id"], result["ruleId"]);
    assert_eq!(result["level"], "error");
    assert_eq!(result["locations"][0]["physicalLocation"]["region"]["startLine"], 4);
}

#[test]
fn explain_in_the_language_asked_or_the_locales() {
    const RULE: &str = "claims/multiple-dependency-on-multiple";
    let stdout = |output: Output| String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(stdout(patlint(&["explain", "--language", "ja", RULE], "")).contains("## 確認する内容"));
    assert!(stdout(patlint(&["explain", RULE, "--language=ko"], "")).contains("## 확인하는 내용"));
    let chinese = stdout(patlint_in(&[("LANG", "zh_CN.UTF-8")], &["explain", RULE], ""));
    assert!(chinese.contains("## 检查内容") && chinese.contains("## 在真实文件上的测量"), "{chinese}");
    // The offices' lines follow, their citations as the offices write them.
    assert!(chinese.contains("JP: error — JP Patent Act Enforcement Regulations Art. 24-3(v)"));
    let english = stdout(patlint_in(&[("LANG", "zh_CN.UTF-8")], &["explain", "--language", "en", RULE], ""));
    assert!(english.contains("## What it checks") && !english.contains("检查内容"));
    for wrong in [&["explain", "--language", "xx", RULE][..], &["explain", RULE, "claims/dependency-cycle"]] {
        let output = patlint(wrong, "");
        assert_eq!(code(&output), 2, "{wrong:?}");
        assert_eq!(String::from_utf8_lossy(&output.stderr).lines().count(), 1, "{wrong:?}");
    }
}

#[test]
fn filing_date_and_rules_listing() {
    let old = patlint(&["check", "--office", "JP", "--filing-date", "2021-06-30", "-"], MULTI_MULTI);
    assert_eq!(code(&old), 0, "{}", String::from_utf8_lossy(&old.stdout));
    assert_eq!(code(&patlint(&["check", "--filing-date", "2021-02-30", "-"], MULTI_MULTI)), 2);
    let rules = patlint(&["rules"], "");
    assert!(String::from_utf8_lossy(&rules.stdout).contains("claims/dependency-cycle"));
    let explain = patlint(&["explain", "claims/multiple-dependency-on-multiple"], "");
    assert!(String::from_utf8_lossy(&explain.stdout)
        .contains("JP: error — JP Patent Act Enforcement Regulations Art. 24-3(v)"));
}

#[test]
fn number_validates_and_exits_1_on_an_invalid_number() {
    let valid = patlint(
        &["number", "16/123,456", "EP 21 204 983.7", "特願2021-123456", "10-2021-0123456", "PCT/US2021/012345"],
        "",
    );
    assert_eq!(code(&valid), 0, "{}", String::from_utf8_lossy(&valid.stdout));
    let text = String::from_utf8_lossy(&valid.stdout);
    assert!(text.contains("EP 21 204 983.7\t21204983.7\tEP application\tvalid"), "{text}");
    let invalid = patlint(&["number", "--office", "CN", "201710601862.4"], "");
    assert_eq!(code(&invalid), 1);
    assert!(String::from_utf8_lossy(&invalid.stdout).contains("is 3, not 4"));
    let json = patlint(&["number", "--format", "json", "--office", "JP", "特許第7123456号"], "");
    let checks: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    assert_eq!(
        checks[0],
        serde_json::json!({"office": "JP", "kind": "patent", "normalized": "7123456", "valid": true, "problem": null, "problem_template": null})
    );
    assert_eq!(code(&patlint(&["number"], "")), 2);
    assert_eq!(code(&patlint(&["number", "--office", "US,EP", "16/123,456"], "")), 2);
}

#[test]
fn assignment_json_is_checked_with_today_from_the_command_line() {
    let record = r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "execution_date": "2024-06-01"}],
        "assignees": [{"name": "Acme Corporation"}], "properties": [{"office": "US", "number": "16/123,456"}]}"#;
    let output = patlint(&["check", "--office", "US", "--today", "2024-05-01", "--format", "json", "-"], record);
    assert_eq!(code(&output), 1);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let future = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["rule"] == "assignment/date-in-future")
        .expect("the execution date is after --today");
    assert_eq!(future["location"]["field"], "assignors[0].execution_date");
    let readiness = &report["documents"][0]["assignments"][0]["readiness"][0];
    assert_eq!((readiness["office"].as_str(), readiness["status"].as_str()), (Some("US"), Some("incomplete")));
    assert_eq!(code(&patlint(&["check", "--today", "2024-13-01", "-"], record)), 2);
}

#[test]
fn limits_are_set_from_the_command_line() {
    let small = patlint(&["check", "--limit", "inputBytes=20", "-"], MULTI_MULTI);
    assert_eq!(code(&small), 2, "a file over the limit is unreadable");
    assert!(String::from_utf8_lossy(&small.stdout).contains("larger than the limit of 20 bytes"));
    let claims = patlint(&["check", "--limit", "claims=2", "--format", "json", "-"], MULTI_MULTI);
    assert!(String::from_utf8_lossy(&claims.stdout).contains("more than 2 claims"));
    let unknown = patlint(&["check", "--limit", "colours=3", "-"], MULTI_MULTI);
    assert_eq!(code(&unknown), 2);
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("unknown field"));
}

/// A claims document of patent XML, as a bulk file concatenates them.
fn ep_document(claims: &[&str]) -> String {
    let claims: String = claims
        .iter()
        .enumerate()
        .map(|(i, text)| {
            format!("<claim id=\"c-en-{n:04}\" num=\"{n:04}\"><claim-text>{text}</claim-text></claim>", n = i + 1)
        })
        .collect();
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ep-patent-document lang=\"en\"><claims id=\"claims01\" lang=\"en\">{claims}</claims></ep-patent-document>\n")
}

/// A bulk file's documents are checked one by one: one JSON line each, in order with one job, equal to the report
/// of the same document checked alone; directories are read recursively; the summary goes to standard error.
#[test]
fn bulk_files_and_directories_give_one_report_per_document() {
    let dir = std::env::temp_dir().join(format!("patlint-cli-bulk-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("week/sub")).expect("a temporary folder");
    let documents = [
        ep_document(&["A lever.", "The lever of claim 1, being red."]),
        ep_document(&["A lever.", "The lever of claim 3, being red.", "The lever of claim 1, being long."]),
        ep_document(&["A handle.", "The handle of claim 1 or 2, being red."]),
    ];
    let bulk = dir.join("week/sub/bulk.xml");
    std::fs::write(&bulk, documents.concat()).expect("write the bulk file");
    let alone: Vec<serde_json::Value> = documents
        .iter()
        .map(|document| {
            let output = patlint(&["check", "--format", "json", "-"], document);
            serde_json::from_slice(&output.stdout).expect("a JSON report")
        })
        .collect();

    let output = patlint(&["check", "--format", "jsonl", "--jobs", "1", dir.to_str().expect("a UTF-8 path")], "");
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is a JSON report"))
        .collect();
    assert_eq!(lines.len(), 3);
    for (i, (line, alone)) in lines.iter().zip(&alone).enumerate() {
        let name = format!("{}#{}", bulk.display(), i + 1);
        assert_eq!(line["documents"][0]["file"], name.as_str());
        // The same findings and fees as the document checked alone, but for the file's name.
        let renamed = serde_json::to_string(&alone["findings"])
            .expect("JSON")
            .replace("\"<stdin>\"", &format!("{name:?}"))
            .replace("@<stdin>", &format!("@{name}"));
        assert_eq!(
            line["findings"],
            serde_json::from_str::<serde_json::Value>(&renamed).expect("JSON"),
            "document {i}"
        );
        assert_eq!(line["fees"], alone["fees"], "document {i}");
    }
    assert_eq!(code(&output), 1, "the second document has an error");
    let summary = String::from_utf8_lossy(&output.stderr);
    assert!(summary.starts_with("patlint: 3 documents checked in "), "{summary}");
    assert!(summary.contains("claims/dependency-on-later-claim"), "{summary}");

    // Two jobs: the same reports, in the order they finish.
    let output = patlint(&["check", "--format", "jsonl", "--jobs", "2", bulk.to_str().expect("a UTF-8 path")], "");
    let mut names: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("JSON")["documents"][0]["file"].to_string())
        .collect();
    names.sort();
    assert_eq!(names.len(), 3);
    // SARIF and JSON take one filing.
    assert_eq!(code(&patlint(&["check", "--format", "sarif", dir.to_str().expect("a UTF-8 path")], "")), 2);
    std::fs::remove_dir_all(&dir).expect("clean up");
}

/// The findings of one rule at one place that say the same are one block, each severity with its offices.
#[test]
fn text_output_groups_a_rule_at_one_place() {
    let text = String::from_utf8_lossy(&patlint(&["check", "-"], MULTI_MULTI).stdout).into_owned();
    assert!(
        text.contains(
            "<stdin>:4: claim 4: error [US, JP, KR, CN] · warning [WO] claims/multiple-dependency-on-multiple\n"
        ),
        "{text}"
    );
    assert_eq!(text.matches("Claim 4 is a multiple dependent claim and refers to claim 3").count(), 1, "{text}");
    assert!(text.contains("PCT Rule 6.4(a) (WO)"), "{text}");
}

#[test]
fn fix_writes_safe_fixes_in_place_or_shows_them_as_a_diff() {
    let dir = std::env::temp_dir().join(format!("patlint-fix-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let path = dir.join("claims.txt");
    let file = path.to_str().expect("a UTF-8 path");
    let text = "1. A lever\r\n3. The lever of claim 1.\r\n4. The lever of claim 3, being red.\r\n";
    std::fs::write(&path, text).expect("write the claims");

    let diff = patlint(&["fix", "--diff", file], "");
    assert_eq!(code(&diff), 1, "a diff to show");
    let shown = String::from_utf8_lossy(&diff.stdout);
    assert!(shown.starts_with(&format!("--- {file}\n+++ {file}\n@@ -1,3 +1,3 @@\n-1. A lever\r\n")), "{shown}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "--diff writes nothing");

    let fixed = patlint(&["fix", file], "");
    assert_eq!(code(&fixed), 0);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "1. A lever.\r\n2. The lever of claim 1.\r\n3. The lever of claim 2, being red.\r\n"
    );
    let said = String::from_utf8_lossy(&fixed.stderr);
    assert!(said.contains(&format!("{file}: fixed: Add the final period to claim 1\n")), "{said}");
    assert!(said.contains("fixed: Renumber claims as 1 to 3, with their references"), "{said}");

    let again = patlint(&["fix", "--diff", file], "");
    assert_eq!((code(&again), again.stdout.is_empty()), (0, true));
    assert!(String::from_utf8_lossy(&again.stderr).contains("nothing to fix"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fix_reads_standard_input_and_applies_unsafe_fixes_only_when_asked() {
    let duplicated = "1. A lever.\n2. The lever of claim 1.\n2. The lever of claim 2.\n";
    let safe = patlint(&["fix", "-"], duplicated);
    assert_eq!((code(&safe), String::from_utf8_lossy(&safe.stdout).as_ref()), (0, duplicated));
    assert!(String::from_utf8_lossy(&safe.stderr).contains("not fixed, unsafe (--unsafe-fixes applies it): Renumber"));
    let all = patlint(&["fix", "--unsafe-fixes", "-"], duplicated);
    assert_eq!(
        String::from_utf8_lossy(&all.stdout),
        "1. A lever.\n2. The lever of claim 1.\n3. The lever of claim 2.\n"
    );
    for args in [&["fix"][..], &["fix", "--diff", "--stdout", "-"], &["fix", "--office", "QQ", "-"]] {
        assert_eq!(code(&patlint(args, "")), 2, "{args:?}");
    }
    assert_eq!(code(&patlint(&["fix", "/nonexistent/claims.txt"], "")), 2);
}

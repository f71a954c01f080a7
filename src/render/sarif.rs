//! The report as SARIF 2.1.0, so that CI systems show findings inline. patlint's only SARIF writer: the CLI's
//! `--format sarif`, and the Wasm `sarif(report, accepted, docs)` that the page's "Export SARIF" and the npm package
//! call, where the findings the user accepted carry a suppression with the reason given. The Wasm modules do not
//! hold the rules' documentation, so its callers pass it in (pkg/rule-docs.js).
//!
//! The log is written from the report's JSON form ([`Findings`]), which is what JavaScript holds: a report read
//! back from JavaScript and the report the CLI holds are written by the same code.

use crate::office::Office;
use crate::report::{OfficeCitation, Report, Severity};
use crate::rules::RULES;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// What SARIF reads of a report (its JSON form): the version of patlint that wrote it, and its findings.
#[derive(Debug, Deserialize)]
pub struct Findings {
    pub version: String,
    pub findings: Vec<Finding>,
}

/// What SARIF reads of a finding; the report's other fields are ignored.
#[derive(Debug, Deserialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub offices: Vec<Office>,
    pub file: String,
    pub location: Location,
    pub message: String,
    pub citations: Vec<OfficeCitation>,
}

/// What SARIF reads of a finding's location.
#[derive(Debug, Default, Deserialize)]
pub struct Location {
    pub line: Option<u32>,
    pub claim: Option<u32>,
    pub paragraph: Option<u32>,
    pub sheet: Option<u32>,
    pub field: Option<String>,
    pub excerpt: Option<String>,
}

impl Findings {
    /// What SARIF reads of a report patlint holds (the same as of its JSON form, read back from JavaScript).
    #[must_use]
    pub fn of(report: &Report) -> Findings {
        let findings = report
            .findings
            .iter()
            .map(|f| Finding {
                rule: f.rule.to_string(),
                severity: f.severity,
                offices: f.offices.clone(),
                file: f.file.clone(),
                location: Location {
                    line: f.location.line,
                    claim: f.location.claim,
                    paragraph: f.location.paragraph,
                    sheet: f.location.sheet,
                    field: f.location.field.clone(),
                    excerpt: f.location.excerpt.clone(),
                },
                message: f.message.clone(),
                citations: f.citations.clone(),
            })
            .collect();
        Findings { version: report.version.to_string(), findings }
    }
}

/// A finding the user accepted, with the reason they gave: its result carries an external, accepted suppression
/// whose justification is the reason.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Acceptance {
    /// The finding's position in the report's `findings` (0-based).
    pub finding: u32,
    /// Why the finding is acceptable, in the user's words.
    pub reason: String,
}

/// A rule's documentation by its id, for the rule descriptors' `fullDescription` and `help`.
pub type Docs<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Renders the report as a SARIF 2.1.0 log with one run (the CLI's `--format sarif`).
#[must_use]
pub fn render(report: &Report) -> String {
    let findings = Findings::of(report);
    log(&findings, &vec![None; findings.findings.len()], &own_docs)
}

/// The documentation the rules hold (natively: the Wasm modules leave it out).
fn own_docs(id: &str) -> Option<String> {
    crate::rules::find(id).map(crate::rules::Rule::documentation)
}

/// Writes the SARIF 2.1.0 log of a report's findings, the accepted ones suppressed.
///
/// # Errors
/// An acceptance of a finding the report does not have, of an error (errors cannot be accepted), or of a finding
/// already accepted: the message says which.
pub fn write(report: &Findings, accepted: &[Acceptance], docs: Docs) -> Result<String, String> {
    let mut reasons: Vec<Option<&str>> = vec![None; report.findings.len()];
    for acceptance in accepted {
        let at = acceptance.finding as usize;
        let finding = report.findings.get(at).ok_or_else(|| {
            format!("accepted finding {at} is not in the report, which has {} findings", report.findings.len())
        })?;
        if finding.severity == Severity::Error {
            return Err(format!("accepted finding {at} ({}) is an error: errors cannot be accepted", finding.rule));
        }
        if reasons[at].replace(&acceptance.reason).is_some() {
            return Err(format!("finding {at} ({}) is accepted twice", finding.rule));
        }
    }
    Ok(log(report, &reasons, docs))
}

/// The log, with `reasons[i]` the reason finding `i` was accepted for, if it was.
fn log(report: &Findings, reasons: &[Option<&str>], docs: Docs) -> String {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|rule| {
            let info = rule.info();
            let mut descriptor = json!({
                "id": info.id,
                "shortDescription": { "text": info.summary },
                "properties": {
                    "offices": info.offices.iter().map(|p| json!({
                        "office": p.office,
                        "severity": p.severity,
                        "citation": p.citation.text,
                    })).collect::<Vec<_>>(),
                },
            });
            if let Some(docs) = docs(info.id) {
                descriptor["fullDescription"] = json!({ "text": docs });
                descriptor["help"] = json!({ "text": docs, "markdown": docs });
            }
            // The first official text that has a stable address.
            if let Some(url) = info.offices.iter().find_map(|p| p.citation.url.as_ref()) {
                descriptor["helpUri"] = json!(url);
            }
            descriptor
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .zip(reasons)
        .map(|(finding, reason)| {
            let mut result = json!({
                "ruleId": finding.rule,
                "level": match finding.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Info => "note",
                },
                "message": { "text": finding.message },
                "locations": [location(finding)],
                "properties": { "offices": finding.offices, "citations": finding.citations },
            });
            // A rule this module does not hold (a drawing rule, in a report of the module with drawing support
            // written by the core) has no index: SARIF's `ruleIndex` is an index or absent, never null.
            if let Some(index) = RULES.iter().position(|r| r.id == finding.rule) {
                result["ruleIndex"] = json!(index);
            }
            if let Some(reason) = reason {
                result["suppressions"] = json!([{ "kind": "external", "status": "accepted", "justification": reason }]);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": { "name": "patlint", "version": report.version, "rules": rules } },
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_default()
}

/// Where a finding is: its file (and line, with the words there), and its claim, paragraph, sheet or field.
fn location(finding: &Finding) -> Value {
    let at = &finding.location;
    let mut physical = json!({ "artifactLocation": { "uri": uri(&finding.file) } });
    if let Some(line) = at.line {
        physical["region"] = json!({ "startLine": line });
        if let Some(excerpt) = &at.excerpt {
            physical["region"]["snippet"] = json!({ "text": excerpt });
        }
    }
    let mut location = json!({ "physicalLocation": physical });
    let logical = if let Some(claim) = at.claim {
        Some(json!({ "name": format!("claim {claim}"), "kind": "member" }))
    } else if let Some(paragraph) = at.paragraph {
        Some(json!({ "name": format!("paragraph {paragraph}"), "kind": "member" }))
    } else if let Some(sheet) = at.sheet {
        Some(json!({ "name": format!("sheet {sheet}"), "kind": "member" }))
    } else {
        at.field.as_ref().map(|field| json!({ "fullyQualifiedName": field, "kind": "member" }))
    };
    if let Some(logical) = logical {
        location["logicalLocations"] = json!([logical]);
    }
    location
}

/// A file name as a relative URI reference: every UTF-8 byte outside RFC 3986's unreserved set (letters, digits,
/// `-._~`) and `/` is percent-encoded ("Claims editor" becomes "Claims%20editor").
///
/// The page once wrote these with `encodeURIComponent` per path segment, which leaves `!'()*` as they are. Both are
/// valid references to the same file (a consumer decodes them to the name), but only this one means the same
/// wherever a SARIF viewer puts it: `Figure (1).pdf` would end a Markdown link `[…](…)` at its first `)`, and `'`
/// a single-quoted HTML attribute. As both did, `:` is encoded too, so that a name like `C:x` is never read as
/// a scheme, and `#` and `?`, so that `bulk.xml#17` stays a file name.
fn uri(file: &str) -> String {
    let mut out = String::with_capacity(file.len());
    for byte in file.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{check, InputFile, Options};

    /// Claim 2's "the handle" has no antecedent (a warning); claim 3 refers to a claim that is not there (an error).
    const CLAIMS: &str = "1. A lever comprising a bar.\n2. The lever of claim 1, wherein the handle is red.\n3. The lever of claim 4, being long.\n";

    /// The claims as the page's editor sends them.
    fn checked() -> Report {
        check(&[InputFile { name: "Claims editor".into(), bytes: CLAIMS.as_bytes().to_vec() }], &Options::default())
    }

    fn parse(log: &str) -> Value {
        serde_json::from_str(log).expect("SARIF is JSON")
    }

    fn index_of(findings: &Findings, severity: Severity) -> u32 {
        let at = findings.findings.iter().position(|f| f.severity == severity).expect("a finding of that severity");
        u32::try_from(at).expect("few findings")
    }

    #[test]
    fn file_names_become_uri_references() {
        assert_eq!(uri("Claims editor"), "Claims%20editor");
        assert_eq!(uri("dir/spec_v2.docx"), "dir/spec_v2.docx");
        assert_eq!(uri("請求項.txt"), "%E8%AB%8B%E6%B1%82%E9%A0%85.txt");
        assert_eq!(uri("Figure (1)!.pdf"), "Figure%20%281%29%21.pdf");
        assert_eq!(uri("C:x#17"), "C%3Ax%2317");
    }

    #[test]
    fn an_accepted_warning_carries_its_reason_as_an_external_suppression() {
        let findings = Findings::of(&checked());
        let warning = index_of(&findings, Severity::Warning);
        let reason = "The handle is introduced in claim 1 of the parent application.";
        let log = parse(
            &write(&findings, &[Acceptance { finding: warning, reason: reason.into() }], &own_docs).expect("accepted"),
        );
        let results = log["runs"][0]["results"].as_array().expect("results");
        assert_eq!(results.len(), findings.findings.len());
        for (at, result) in results.iter().enumerate() {
            if at == warning as usize {
                assert_eq!(result["level"], "warning");
                assert_eq!(
                    result["suppressions"],
                    json!([{ "kind": "external", "status": "accepted", "justification": reason }])
                );
            } else {
                assert!(result.get("suppressions").is_none(), "{result}");
            }
        }
    }

    #[test]
    fn without_acceptances_the_log_is_the_clis() {
        let report = checked();
        let log = write(&Findings::of(&report), &[], &own_docs).expect("nothing to refuse");
        assert_eq!(log, render(&report));
        assert!(parse(&log)["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .all(|r| r.get("suppressions").is_none()));
    }

    #[test]
    fn rules_without_documentation_have_no_help() {
        let log = parse(&write(&Findings::of(&checked()), &[], &|_| None).expect("nothing to refuse"));
        let rules = log["runs"][0]["tool"]["driver"]["rules"].as_array().expect("rules");
        assert!(rules.iter().all(|r| r.get("help").is_none() && r.get("fullDescription").is_none()));
        assert!(rules.iter().all(|r| r["shortDescription"]["text"].is_string()));
    }

    #[test]
    fn errors_unknown_findings_and_second_acceptances_are_refused() {
        let findings = Findings::of(&checked());
        let accept = |finding: u32| Acceptance { finding, reason: "because".into() };
        let error = write(&findings, &[accept(index_of(&findings, Severity::Error))], &own_docs).expect_err("an error");
        assert!(error.contains("errors cannot be accepted"), "{error}");
        let missing = u32::try_from(findings.findings.len()).expect("few findings");
        assert!(write(&findings, &[accept(missing)], &own_docs)
            .expect_err("out of range")
            .contains("not in the report"));
        let warning = index_of(&findings, Severity::Warning);
        assert!(write(&findings, &[accept(warning), accept(warning)], &own_docs).expect_err("twice").contains("twice"));
    }

    #[test]
    fn rules_and_results_carry_what_the_page_showed() {
        let report = checked();
        let log = parse(&render(&report));
        let run = &log["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
        assert_eq!(rules.len(), RULES.len());
        for rule in rules {
            if let Some(url) = rule.get("helpUri") {
                assert!(url.as_str().is_some_and(|u| u.starts_with("https://")), "{url}");
            }
            let offices = rule["properties"]["offices"].as_array().expect("offices");
            assert!(offices
                .iter()
                .all(|p| p["office"].is_string() && p["severity"].is_string() && p["citation"].is_string()));
        }
        let multi = rules.iter().find(|r| r["id"] == "claims/multiple-dependency-on-multiple").expect("rule");
        assert_eq!(multi["helpUri"], "https://www.ecfr.gov/current/title-37/section-1.75");
        let docs = own_docs("claims/multiple-dependency-on-multiple").expect("documented");
        assert_eq!(multi["help"], json!({ "text": docs, "markdown": docs }));
        assert_eq!(multi["fullDescription"], json!({ "text": docs }));
        let result = run["results"]
            .as_array()
            .expect("results")
            .iter()
            .find(|r| r["ruleId"] == "claims/antecedent-basis-missing")
            .expect("the warning");
        let index = usize::try_from(result["ruleIndex"].as_u64().expect("ruleIndex")).expect("an index");
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let location = &result["locations"][0];
        assert_eq!(location["physicalLocation"]["artifactLocation"]["uri"], "Claims%20editor");
        assert_eq!(location["physicalLocation"]["region"]["startLine"], 2);
        assert!(location["physicalLocation"]["region"]["snippet"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("handle")));
        assert_eq!(location["logicalLocations"], json!([{ "name": "claim 2", "kind": "member" }]));
        let citations = result["properties"]["citations"].as_array().expect("citations");
        assert!(!citations.is_empty() && citations.iter().all(|c| c["office"].is_string() && c["text"].is_string()));
    }

    #[test]
    fn every_rules_examples_report_reads_back() {
        // Every rule's examples as the files of one filing: claims, descriptions, Word XML, assignment records.
        let files: Vec<InputFile> = RULES
            .iter()
            .flat_map(|rule| {
                rule.examples
                    .fires
                    .iter()
                    .enumerate()
                    .map(|(i, text)| InputFile { name: format!("{}-{i}", rule.id), bytes: text.as_bytes().to_vec() })
            })
            .collect();
        let report = check(&files, &Options::default());
        assert!(report.findings.len() > 75);
        let findings = Findings::of(&report);
        assert_eq!(findings.findings.len(), report.findings.len());
        assert!(findings.findings.iter().any(|f| f.location.field.is_some()));
        assert!(findings.findings.iter().any(|f| f.location.paragraph.is_some()));
    }
}

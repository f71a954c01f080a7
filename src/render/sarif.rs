//! The report as SARIF 2.1.0, so that CI systems show findings inline.

use crate::report::{Report, Severity};
use crate::rules::RULES;
use serde_json::{json, Value};

/// Renders the report as a SARIF 2.1.0 log with one run.
#[must_use]
pub fn render(report: &Report) -> String {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|rule| {
            json!({
                "id": rule.id,
                "shortDescription": { "text": rule.summary },
                "fullDescription": { "text": rule.documentation() },
                "help": { "text": rule.documentation(), "markdown": rule.documentation() },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|finding| {
            let mut location = json!({ "physicalLocation": { "artifactLocation": { "uri": uri(&finding.file) } } });
            if let Some(line) = finding.location.line {
                location["physicalLocation"]["region"] = json!({ "startLine": line });
            }
            if let Some(claim) = finding.location.claim {
                location["logicalLocations"] = json!([{ "name": format!("claim {claim}"), "kind": "member" }]);
            } else if let Some(paragraph) = finding.location.paragraph {
                location["logicalLocations"] = json!([{ "name": format!("paragraph {paragraph}"), "kind": "member" }]);
            } else if let Some(sheet) = finding.location.sheet {
                location["logicalLocations"] = json!([{ "name": format!("sheet {sheet}"), "kind": "member" }]);
            } else if let Some(field) = &finding.location.field {
                location["logicalLocations"] = json!([{ "fullyQualifiedName": field, "kind": "member" }]);
            }
            json!({
                "ruleId": finding.rule,
                "ruleIndex": RULES.iter().position(|r| r.id == finding.rule),
                "level": match finding.severity { Severity::Error => "error", Severity::Warning => "warning", Severity::Info => "note" },
                "message": { "text": finding.message },
                "locations": [location],
                "properties": { "offices": finding.offices, "citations": finding.citations },
            })
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

/// A file name as a relative URI reference: characters outside RFC 3986's unreserved set and `/` are
/// percent-encoded ("Claims editor" becomes "Claims%20editor").
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
    #[test]
    fn file_names_become_uri_references() {
        assert_eq!(super::uri("Claims editor"), "Claims%20editor");
        assert_eq!(super::uri("dir/spec_v2.docx"), "dir/spec_v2.docx");
        assert_eq!(super::uri("請求項.txt"), "%E8%AB%8B%E6%B1%82%E9%A0%85.txt");
    }
}

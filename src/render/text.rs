//! The report as text for a terminal: one block per finding (the findings of one rule at one place that say the
//! same in one block, each severity with its offices), then a count per office.

use crate::report::{FeeUnit, Finding, Report};
use std::fmt::Write;

/// Renders the report; `color` adds ANSI colours to severities.
#[must_use]
pub fn render(report: &Report, color: bool) -> String {
    let mut out = String::new();
    let mut rest = report.findings.as_slice();
    while let Some(first) = rest.first() {
        let same = rest.iter().take_while(|f| f.group == first.group && f.message == first.message).count();
        finding_block(&mut out, &rest[..same], color);
        rest = &rest[same..];
    }
    for document in &report.documents {
        let claims: usize = document.claim_sets.iter().map(|s| s.claims.len()).sum();
        match &document.description {
            Some(description) => {
                let _ = writeln!(
                    out,
                    "{}: read as {} ({claims} claims, {} description paragraphs, {} sections)",
                    document.file,
                    document.format,
                    description.paragraphs,
                    description.sections.len()
                );
            }
            None if !document.assignments.is_empty() => {
                let records = document.assignments.len();
                let plural = if records == 1 { "" } else { "s" };
                let _ = writeln!(
                    out,
                    "{}: read as {} ({records} assignment record{plural})",
                    document.file, document.format
                );
                readiness(&mut out, document);
            }
            None => {
                let _ = writeln!(out, "{}: read as {} ({claims} claims)", document.file, document.format);
            }
        }
    }
    fees(&mut out, &report.fees);
    let counts: Vec<String> = report
        .summary
        .iter()
        .map(|s| {
            format!("{} {} error{}, {} warning{}", s.office, s.errors, plural(s.errors), s.warnings, plural(s.warnings))
        })
        .collect();
    let _ = writeln!(out, "{}", counts.join(" · "));
    out
}

/// The fee items that charge something, one line each: `US  Claims over 20: 23 counted, 3 × USD 200 = USD 600
/// (37 CFR 1.16(i), from 2025-01-19)`.
fn fees(out: &mut String, items: &[crate::report::FeeItem]) {
    let charged: Vec<_> = items.iter().filter(|i| i.quantity > 0).collect();
    if charged.is_empty() {
        return;
    }
    let _ = writeln!(out, "Fees, as each office counts (undiscounted; check the office's current schedule):");
    for item in charged {
        let price = match (item.amount, item.currency, item.total) {
            (Some(amount), Some(currency), Some(total)) => format!(
                "{} × {currency} {} = {currency} {} ({}, from {})",
                item.quantity,
                thousands(amount),
                thousands(total),
                item.citation,
                item.since.as_deref().unwrap_or("?")
            ),
            _ => format!("{} charged ({}; amount not confirmed)", item.quantity, item.citation),
        };
        let counted = match item.unit {
            FeeUnit::Application | FeeUnit::Format => String::new(),
            unit => format!("{} counted, ", unit.counted(item.counted)),
        };
        let _ = writeln!(out, "  {}  {}: {counted}{price}", item.office, item.label);
    }
}

/// `84000` as `84,000`.
fn thousands(n: u64) -> String {
    crate::numbers::us::grouped(&n.to_string())
}

/// A severity's name, in its colour on a terminal.
fn severity_label(severity: crate::Severity, color: bool) -> String {
    let label = severity.label();
    if !color {
        return label.to_string();
    }
    let code = match severity {
        crate::Severity::Error => "31",
        crate::Severity::Warning => "33",
        crate::Severity::Info => "36",
    };
    format!("\x1b[1;{code}m{label}\x1b[0m")
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// One block for `findings`: one rule at one place saying the same, at one or more severities.
fn finding_block(out: &mut String, findings: &[Finding], color: bool) {
    let Some(finding) = findings.first() else { return };
    let severities: Vec<String> = findings
        .iter()
        .map(|f| {
            let offices: Vec<&str> = f.offices.iter().map(|o| o.code()).collect();
            format!("{} [{}]", severity_label(f.severity, color), offices.join(", "))
        })
        .collect();
    let mut place = finding.file.clone();
    if let Some(line) = finding.location.line {
        let _ = write!(place, ":{line}");
    }
    if let Some(sheet) = finding.location.sheet {
        let _ = write!(place, ": sheet {sheet}");
    }
    if let Some(area) = finding.location.area {
        let _ = write!(place, " at {:.1},{:.1}–{:.1},{:.1} mm", area.left, area.top, area.right, area.bottom);
    }
    if let Some(claim) = finding.location.claim {
        let _ = write!(place, ": claim {claim}");
    }
    if let Some(paragraph) = finding.location.paragraph {
        let _ = write!(place, ": paragraph {paragraph}");
    }
    if let Some(section) = &finding.location.section {
        let _ = write!(place, " ({section})");
    }
    if let Some(language) = finding.location.language {
        let _ = write!(place, " ({language})");
    }
    if let Some(field) = &finding.location.field {
        let _ = write!(place, ": {field}");
    }
    if let Some(sequence) = finding.location.sequence {
        let _ = write!(place, ": SEQ ID NO {sequence}");
    }
    if let Some(element) = &finding.location.element {
        let _ = write!(place, ": {element}");
    }
    let _ = writeln!(out, "{place}: {} {}", severities.join(" · "), finding.rule);
    let _ = writeln!(out, "  {}", finding.message);
    if let Some(excerpt) = &finding.location.excerpt {
        let _ = writeln!(out, "  | {excerpt}");
    }
    let cited: Vec<String> =
        findings.iter().flat_map(|f| &f.citations).map(|c| format!("{} ({})", c.text, c.office)).collect();
    if !cited.is_empty() {
        let _ = writeln!(out, "  = {}", cited.join("; "));
    }
    out.push('\n');
}

/// Each assignment record's readiness per office, one line per record: `US ready · EP 2 missing · JP not concerned`.
fn readiness(out: &mut String, document: &crate::report::DocumentReport) {
    use crate::model::assignment::Readiness;
    for (i, assignment) in document.assignments.iter().enumerate() {
        let cells: Vec<String> = assignment
            .readiness
            .iter()
            .map(|r| match r.status {
                Readiness::Ready if r.to_check.is_empty() => format!("{} ready", r.office),
                Readiness::Ready => format!("{} ready ({} to check)", r.office, r.to_check.len()),
                Readiness::Incomplete => format!("{} {} missing", r.office, r.missing.len()),
                Readiness::NotConcerned => format!("{} not concerned", r.office),
            })
            .collect();
        let label = if document.assignments.len() > 1 { format!("record {}: ", i + 1) } else { String::new() };
        let _ = writeln!(out, "  {label}{}", cells.join(" · "));
    }
}

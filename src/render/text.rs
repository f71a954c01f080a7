//! The report as text for a terminal: one block per finding (the findings of one rule at one place that say the
//! same in one block, each severity once with its offices), then a count per office.

use crate::office::Office;
use crate::report::{FeeUnit, Finding, Report, Severity};
use std::fmt::Write;

/// Renders the report; `color` adds ANSI colours to severities.
#[must_use]
pub fn render(report: &Report, color: bool) -> String {
    let mut out = String::new();
    let mut rest = report.findings.as_slice();
    while let Some(first) = rest.first() {
        // The findings of one group are adjacent (the report sorts them so).
        let group = rest.iter().take_while(|f| f.group == first.group).count();
        for block in blocks(&rest[..group]) {
            finding_block(&mut out, &block, color);
        }
        rest = &rest[group..];
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

/// The findings of one group that are shown as one block, in the order of their first: those that say the same at
/// the same place (a group's findings may differ in message, e.g. the minimum margin each office asks, and in the
/// area of a sheet concerned; those are blocks of their own).
fn blocks(group: &[Finding]) -> Vec<Vec<&Finding>> {
    let mut blocks: Vec<Vec<&Finding>> = Vec::new();
    for finding in group {
        match blocks.iter_mut().find(|b| b[0].message == finding.message && b[0].location == finding.location) {
            Some(block) => block.push(finding),
            None => blocks.push(vec![finding]),
        }
    }
    blocks
}

/// One block for `findings`: one rule at one place saying the same, at one or more severities. Each severity is
/// shown once, with the offices of all its findings in the report's order of offices (a rule may say the same thing
/// at one severity in two findings, for offices whose other requirements differ), and the citations follow the
/// offices as shown.
fn finding_block(out: &mut String, findings: &[&Finding], color: bool) {
    let Some(finding) = findings.first() else { return };
    let mut order: Vec<Severity> = findings.iter().map(|f| f.severity).collect();
    order.sort_unstable_by(|a, b| b.cmp(a));
    order.dedup();
    let mut severities = Vec::new();
    let mut cited: Vec<String> = Vec::new();
    for severity in order {
        let at: Vec<&Finding> = findings.iter().copied().filter(|f| f.severity == severity).collect();
        let mut offices: Vec<Office> = at.iter().flat_map(|f| f.offices.iter().copied()).collect();
        offices.sort_unstable();
        offices.dedup();
        let codes: Vec<&str> = offices.iter().map(|o| o.code()).collect();
        severities.push(format!("{} [{}]", severity_label(severity, color), codes.join(", ")));
        for office in offices {
            for citation in at.iter().flat_map(|f| &f.citations).filter(|c| c.office == office) {
                let text = format!("{} ({})", citation.text, citation.office);
                if !cited.contains(&text) {
                    cited.push(text);
                }
            }
        }
    }
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
    if !cited.is_empty() {
        let _ = writeln!(out, "  = {}", cited.join("; "));
    }
    out.push('\n');
}

/// Each assignment record's readiness per office, one line per record: `US ready · EP 2 missing · JP not concerned`.
fn readiness(out: &mut String, document: &crate::report::DocumentReport) {
    use crate::report::assignment::Readiness;
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

#[cfg(test)]
mod tests {
    use super::render;
    use crate::citation::{Authority, Citation};
    use crate::office::Office::{self, *};
    use crate::report::OfficeCitation;
    use crate::{check_claims_text, Options, Severity};

    /// A report of one finding copied for `parts` (severity, offices), with its message changed for those that
    /// say `other`.
    fn report_of(parts: &[(Severity, &[Office], bool)]) -> String {
        let mut report = check_claims_text("1. A lever\n", &Options::default());
        let finding =
            report.findings.iter().find(|f| f.rule == "claims/final-period-missing").expect("a finding").clone();
        report.findings = parts
            .iter()
            .map(|&(severity, offices, other)| {
                let mut f = finding.clone();
                f.severity = severity;
                f.offices = offices.to_vec();
                f.citations =
                    offices.iter().map(|&o| OfficeCitation::new(o, Citation::new(Authority::PctRule, "1"))).collect();
                if other {
                    f.message = "Something else.".into();
                }
                f
            })
            .collect();
        report.documents.clear();
        report.fees.clear();
        report.summary.clear();
        render(&report, false)
    }

    #[test]
    fn each_severity_once_with_its_offices_united_in_their_order() {
        let text = report_of(&[
            (Severity::Error, &[US, EP, WO], false),
            (Severity::Error, &[CN], false),
            (Severity::Warning, &[KR], false),
        ]);
        let heading = text.lines().next().expect("a heading");
        assert!(heading.ends_with(": error [US, EP, CN, WO] · warning [KR] claims/final-period-missing"), "{text}");
        assert!(
            text.contains("= PCT Rule 1 (US); PCT Rule 1 (EP); PCT Rule 1 (CN); PCT Rule 1 (WO); PCT Rule 1 (KR)"),
            "{text}"
        );
        assert_eq!(text.matches("claims/final-period-missing").count(), 1, "one block: {text}");
    }

    #[test]
    fn findings_of_one_place_that_say_different_things_are_blocks_of_their_own() {
        let text = report_of(&[
            (Severity::Error, &[US, EP, WO], false),
            (Severity::Error, &[CN], true),
            (Severity::Warning, &[KR], false),
        ]);
        let headings: Vec<&str> = text.lines().filter(|l| l.contains("claims/final-period-missing")).collect();
        assert_eq!(headings.len(), 2, "{text}");
        assert!(headings[0].ends_with(": error [US, EP, WO] · warning [KR] claims/final-period-missing"), "{text}");
        assert!(headings[1].ends_with(": error [CN] claims/final-period-missing"), "{text}");
    }
}

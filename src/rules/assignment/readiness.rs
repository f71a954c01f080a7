//! The readiness matrix: per office checked, whether the record is ready to be recorded there, and what is missing
//! (the office's errors) or to check (its warnings). It is read off the record's findings, so that the matrix and
//! the list of findings always agree.

use crate::office::Office;
use crate::report::assignment::{OfficeReadiness, Readiness, ReadinessItem};
use crate::report::{DocumentReport, Finding, Severity};

/// Fills in the readiness of the record last added to `report`, from the findings its rules raised.
pub fn complete(report: &mut DocumentReport, findings: &[Finding], offices: &[Office]) {
    let Some(assignment) = report.assignments.last_mut() else { return };
    let concerned = assignment.record.offices();
    assignment.readiness = offices
        .iter()
        .map(|&office| {
            let item = |f: &Finding| ReadinessItem {
                rule: f.rule,
                field: f.location.field.clone(),
                message: f.message.clone(),
                message_template: f.message_template.clone(),
            };
            let at_office = |severity: Severity| -> Vec<ReadinessItem> {
                findings.iter().filter(|f| f.severity == severity && f.offices.contains(&office)).map(item).collect()
            };
            let missing = at_office(Severity::Error);
            let status = if !concerned.contains(&office) {
                Readiness::NotConcerned
            } else if missing.is_empty() {
                Readiness::Ready
            } else {
                Readiness::Incomplete
            };
            OfficeReadiness { office, status, missing, to_check: at_office(Severity::Warning) }
        })
        .collect();
}

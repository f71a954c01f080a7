//! An assignment record as the report shows it: the record as read and, per office, how ready it is to be
//! recorded (filled by `rules::assignment::readiness` from the record's findings).

use crate::model::AssignmentRecord;
use crate::office::Office;
use serde::Serialize;

/// How ready a record is to be recorded at one office.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Readiness {
    /// Nothing the office requires is missing (points to check may remain).
    Ready,
    /// Something the office requires is missing or wrong.
    Incomplete,
    /// The record lists no property at this office.
    NotConcerned,
}

/// One thing to fix or to check before recording at an office.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ReadinessItem {
    pub rule: &'static str,
    pub field: Option<String>,
    pub message: String,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "MessageTemplate"))]
    pub message_template: crate::message::Message,
}

/// One office's column of the readiness matrix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct OfficeReadiness {
    pub office: Office,
    pub status: Readiness,
    /// The office's errors: what is missing or wrong.
    pub missing: Vec<ReadinessItem>,
    /// The office's warnings: what to check.
    pub to_check: Vec<ReadinessItem>,
}

/// An assignment record as the report shows it: the record as read and, per office checked, how ready it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct AssignmentReport {
    pub record: AssignmentRecord,
    pub readiness: Vec<OfficeReadiness>,
}

//! Reports rendered for people and tools: text for terminals, JSON, and SARIF 2.1.0 for CI systems.

pub mod sarif;
pub mod text;

use crate::report::Report;

/// The JSON form of a report (the same data the Wasm API returns).
#[must_use]
pub fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

//! Resource limits for reading untrusted files. Real filings stay far below every default.

use serde::Deserialize;

/// Bounds on what one file may make patlint do. Exceeding one gives an `input/limit-exceeded` finding for that file.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Limits {
    /// Bytes of one input file (default 64 MiB).
    pub input_bytes: usize,
    /// Claims in one document (default 10,000; real sets have at most a few hundred).
    pub claims: usize,
    /// Claims one reference phrase may name, e.g. "claims 1 to N" (default 10,000).
    pub range_claims: u32,
    /// Nesting depth of XML elements (default 256).
    pub xml_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { input_bytes: 64 << 20, claims: 10_000, range_claims: 10_000, xml_depth: 256 }
    }
}

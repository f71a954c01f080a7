//! Resource limits for reading untrusted files. Real filings stay far below every default.

use serde::Deserialize;

/// Bounds on what one file may make patlint do. Exceeding one gives an `input/unreadable` finding for that file, which names the limit.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Limits {
    /// Bytes of one input file (default 64 MiB).
    pub input_bytes: usize,
    /// Claims in one document (default 10,000; real sets have at most a few hundred).
    pub claims: usize,
    /// Characters of one claim (default 200,000; the longest real claims have a few tens of thousands).
    pub claim_chars: usize,
    /// Claims one reference phrase may name, e.g. "claims 1 to N" (default 10,000).
    pub range_claims: u32,
    /// Nesting depth of XML elements (default 256).
    pub xml_depth: usize,
    /// Entries in the central directory of a ZIP package (DOCX) (default 10,000; a DOCX has a few dozen).
    pub zip_entries: usize,
    /// Bytes one part of a ZIP package may inflate to (default 64 MiB; the text of a long specification is a few
    /// MiB). Counted while inflating: the sizes the package declares are never trusted.
    pub part_bytes: usize,
    /// Bytes all the parts read from one ZIP package may inflate to together (default 256 MiB).
    pub inflated_bytes: usize,
    /// Paragraphs in one document (default 200,000; a long specification has a few thousand).
    pub paragraphs: usize,
    /// Pixels of one image (default 200 million; an A4 sheet at 600 dpi has 35 million).
    pub image_pixels: u64,
    /// Pages read from one PDF (default 2,000; a set of drawings has a few dozen sheets).
    pub sheets: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            input_bytes: 64 << 20,
            claims: 10_000,
            claim_chars: 200_000,
            range_claims: 10_000,
            xml_depth: 256,
            zip_entries: 10_000,
            part_bytes: 64 << 20,
            inflated_bytes: 256 << 20,
            paragraphs: 200_000,
            image_pixels: 200_000_000,
            sheets: 2_000,
        }
    }
}

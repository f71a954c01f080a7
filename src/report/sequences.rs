//! A sequence listing as the report shows it: its general information and each sequence in brief.

use crate::model::SequenceListing;
use serde::Serialize;

/// What the report shows of a listing.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct SequenceListingSummary {
    /// The root's `dtdVersion`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dtd_version: Option<String>,
    /// `SequenceTotalQuantity` as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_quantity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applicant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub sequences: Vec<SequenceSummary>,
}

/// One sequence as the report shows it.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct SequenceSummary {
    /// The SEQ ID NO (`sequenceIDNumber`) as written.
    pub id: String,
    /// `INSDSeq_moltype` as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moltype: Option<String>,
    /// The residues counted.
    pub length: u64,
    /// `INSDSeq_length` as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub declared_length: Option<String>,
    /// An intentionally skipped sequence (`000`).
    pub skipped: bool,
    /// The organism of the source feature.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organism: Option<String>,
    /// The feature keys, in order.
    pub features: Vec<String>,
    /// The first residues.
    pub preview: String,
}

/// The listing as the report shows it.
#[must_use]
pub fn summary(listing: &SequenceListing) -> SequenceListingSummary {
    SequenceListingSummary {
        dtd_version: listing.attribute("dtdVersion").map(str::to_string),
        total_quantity: listing.total_quantity.as_ref().map(|v| v.text.clone()),
        applicant: listing.applicant_names.first().map(|v| v.text.clone()),
        title: listing.invention_titles.first().map(|v| v.text.clone()),
        sequences: listing
            .sequences
            .iter()
            .map(|s| SequenceSummary {
                id: s.id_text.clone(),
                moltype: s.moltype.as_ref().map(|m| m.text.clone()),
                length: s.residue_count,
                declared_length: s.length.as_ref().map(|l| l.text.clone()),
                skipped: s.skipped,
                organism: s
                    .features
                    .iter()
                    .find(|f| f.key == "source")
                    .and_then(|f| f.qualifier("organism"))
                    .map(str::to_string),
                features: s.features.iter().map(|f| f.key.clone()).collect(),
                preview: s.preview.clone(),
            })
            .collect(),
    }
}

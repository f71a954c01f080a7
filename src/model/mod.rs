//! The document model the rules read: format-independent, built by `parse/` from untrusted bytes.

pub mod assignment;
pub mod claims;
pub mod description;
pub mod drawings;
pub mod sequences;

pub use assignment::AssignmentRecord;
pub use claims::{Category, Claim, ClaimSet, ClaimSource, Form, LabelNumber, Reference, Span, Status};
pub use description::Specification;
pub use drawings::Drawings;
pub use sequences::SequenceListing;

use serde::Serialize;

/// What kind of document a file was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum DocumentKind {
    Claims,
    Description,
    Drawings,
    Assignment,
    /// A WIPO ST.26 sequence listing.
    Sequences,
    /// Not recognised.
    Unknown,
}

/// One document read from a file. A file may hold several (an EP grant holds its claims in three languages).
#[derive(Clone, Debug)]
pub enum Document {
    Claims(ClaimSet),
    /// An assignment (or other change of ownership) to be recorded.
    Assignment(AssignmentRecord),
    /// A specification's description, abstract and title (its claims, if any, are a `Claims` document of their own).
    Description(Specification),
    /// Drawing sheets: the pages of a PDF or TIFF, or one image.
    Drawings(Drawings),
    /// A WIPO ST.26 sequence listing.
    Sequences(SequenceListing),
}

impl Document {
    #[must_use]
    pub fn kind(&self) -> DocumentKind {
        match self {
            Document::Claims(_) => DocumentKind::Claims,
            Document::Assignment(_) => DocumentKind::Assignment,
            Document::Description(_) => DocumentKind::Description,
            Document::Drawings(_) => DocumentKind::Drawings,
            Document::Sequences(_) => DocumentKind::Sequences,
        }
    }

    /// The language to name in findings' locations when a file holds several documents.
    #[must_use]
    pub fn language(&self) -> Option<crate::language::Language> {
        match self {
            Document::Claims(set) => set.language,
            Document::Assignment(_) | Document::Drawings(_) | Document::Sequences(_) => None,
            Document::Description(spec) => spec.language,
        }
    }
}

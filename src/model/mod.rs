//! The document model the rules read: format-independent, built by `parse/` from untrusted bytes.

pub mod claims;

pub use claims::{Category, Claim, ClaimSet, Form, Reference, Span, Status};

use crate::report::{DocumentKind, DocumentReport};

/// One document read from a file. A file may hold several (an EP grant holds its claims in three languages).
#[derive(Clone, Debug)]
pub enum Document {
    Claims(ClaimSet),
}

impl Document {
    #[must_use]
    pub fn kind(&self) -> DocumentKind {
        match self {
            Document::Claims(_) => DocumentKind::Claims,
        }
    }

    /// Moves what the report shows of the document into it.
    pub fn add_to(self, report: &mut DocumentReport) {
        match self {
            Document::Claims(set) => report.claim_sets.push(set),
        }
    }

    /// The language to name in findings' locations when a file holds several documents.
    #[must_use]
    pub fn language(&self) -> Option<&'static str> {
        match self {
            Document::Claims(set) => set.language,
        }
    }
}

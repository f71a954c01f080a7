//! The document model the rules read: format-independent, built by `parse/` from untrusted bytes.

pub mod assignment;
pub mod claims;
pub mod description;
pub mod drawings;
pub mod sequences;

pub use assignment::AssignmentRecord;
pub use claims::{Category, Claim, ClaimSet, Form, Reference, Span, Status};
pub use description::Specification;
pub use drawings::Drawings;
pub use sequences::SequenceListing;

use crate::report::{DocumentKind, DocumentReport};

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

    /// Moves what the report shows of the document into it.
    pub fn add_to(self, report: &mut DocumentReport) {
        match self {
            Document::Claims(set) => report.claim_sets.push(set),
            Document::Assignment(record) => {
                report.assignments.push(assignment::AssignmentReport { record, readiness: Vec::new() });
            }
            Document::Description(spec) => report.description = Some(description::summary(&spec)),
            // A PDF of text pages only has no sheets to show (its PDF facts were still checked).
            Document::Drawings(drawings) if drawings.sheets.is_empty() => {}
            Document::Drawings(drawings) => report.drawings = Some(drawings::summary(drawings)),
            Document::Sequences(listing) => report.sequences = Some(sequences::summary(&listing)),
        }
    }

    /// The language to name in findings' locations when a file holds several documents.
    #[must_use]
    pub fn language(&self) -> Option<&'static str> {
        match self {
            Document::Claims(set) => set.language,
            Document::Assignment(_) | Document::Drawings(_) | Document::Sequences(_) => None,
            Document::Description(spec) => spec.language,
        }
    }
}

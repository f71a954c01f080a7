//! The document model the rules read: format-independent, built by `parse/` from untrusted bytes.

pub mod assignment;
pub mod claims;
pub mod description;

pub use assignment::AssignmentRecord;
pub use claims::{Category, Claim, ClaimSet, Form, Reference, Span, Status};
pub use description::Specification;

use crate::report::{DocumentKind, DocumentReport};

/// One document read from a file. A file may hold several (an EP grant holds its claims in three languages).
#[derive(Clone, Debug)]
pub enum Document {
    Claims(ClaimSet),
    /// An assignment (or other change of ownership) to be recorded.
    Assignment(AssignmentRecord),
    /// A specification's description, abstract and title (its claims, if any, are a `Claims` document of their own).
    Description(Specification),
}

impl Document {
    #[must_use]
    pub fn kind(&self) -> DocumentKind {
        match self {
            Document::Claims(_) => DocumentKind::Claims,
            Document::Assignment(_) => DocumentKind::Assignment,
            Document::Description(_) => DocumentKind::Description,
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
        }
    }

    /// The language to name in findings' locations when a file holds several documents.
    #[must_use]
    pub fn language(&self) -> Option<&'static str> {
        match self {
            Document::Claims(set) => set.language,
            Document::Assignment(_) => None,
            Document::Description(spec) => spec.language,
        }
    }
}

//! The document model the rules read: format-independent, built by `parse/` from untrusted bytes.

pub mod claims;

pub use claims::{Category, Claim, ClaimSet, Form, Reference, Span, Status};

//! What the rules read besides the model itself: analyses of its text computed once, however many rules ask.
//! Below the rules, above the model: a rule calls `sheet_text::of(sheet)` and gets what the first call read.

pub mod claim_counts;
pub mod paragraph_text;
#[cfg(feature = "drawings")]
pub mod sheet_text;

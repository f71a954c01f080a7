//! What the rules read besides the model itself: readers of its text, below the rules and above the model. What
//! several rules ask for is kept with the model, read on first use: a rule calls `sheet_text::of(sheet)` and gets
//! what the first call read.

pub mod claim_counts;
pub mod paragraph_text;
pub mod sequence_text;
#[cfg(feature = "drawings")]
pub mod sheet_text;

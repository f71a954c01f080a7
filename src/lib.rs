//! patlint checks a patent filing against the formal rules of the USPTO, EPO, JPO, KIPO, CNIPA and the PCT.
//!
//! Untrusted bytes go to a document model (`parse`), the model to findings (`rules`, one file per rule), and the
//! findings to a [`Report`] of plain data, rendered at the edge (`render`, the CLI, the Wasm layer and the page).
//!
//! ```
//! let report = patlint::check_claims_text("1. A lever.\n2. The lever of claim 1 or 3.\n3. The lever of claim 2.", &Default::default());
//! assert!(report.findings.iter().any(|f| f.rule == "claims/dependency-on-later-claim"));
//! ```

pub mod analysis;
pub mod citation;
mod clock;
pub mod fees;
mod filing;
pub mod language;
pub mod limits;
pub mod message;
pub mod model;
pub mod numbers;
pub mod office;
pub mod options;
pub mod parse;
pub mod render;
pub mod report;
pub mod rules;
mod sorting;
pub mod st3;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use filing::{check, check_claims_text, check_with_progress, is_drawing, InputFile};
pub use options::Options;
pub use report::{Finding, Report, Severity};

/// patlint's version, as in Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

//! The rules. Each rule lives in its own file, in the folder of its family, with its documentation, per-office
//! data and examples: [`rule`] says what a rule is, [`registry`] lists them, [`reporter`] turns what a rule finds
//! into findings and [`run`] runs them.

pub mod assignment;
pub mod claims;
pub mod description;
#[cfg(feature = "drawings")]
pub mod drawings;
pub mod input;
mod measured;
mod registry;
mod reporter;
mod rule;
mod run;
pub mod sequences;

pub use registry::{catalog, find, FILED_FORM, INTAKE, RULES, RULES_VERSION};
pub use reporter::Reporter;
pub(crate) use rule::declare_rule;
pub use rule::{policy, Check, Examples, Filed, Grade, OfficePolicy, OfficePolicyInfo, Rule, RuleInfo};
pub use run::{check_document, check_filing};

/// Locations and excerpts the rules of every family use.
pub(crate) mod util {
    use crate::model::{Claim, Span};
    use crate::report::Location;

    /// The location of a whole claim, with its opening words as excerpt.
    pub fn at_claim(claim: &Claim) -> Location {
        Location {
            claim: Some(claim.number),
            page: claim.page,
            line: claim.line,
            excerpt: Some(excerpt(&claim.text, 0, 60)),
            ..Location::default()
        }
    }

    /// The location of a span within a claim.
    pub fn at_span(claim: &Claim, span: Span) -> Location {
        let text: String = claim.text.chars().skip(span.start).take(span.end.saturating_sub(span.start)).collect();
        Location {
            claim: Some(claim.number),
            page: claim.page,
            line: claim.line,
            span: Some(span),
            excerpt: Some(text),
            ..Location::default()
        }
    }

    /// Up to `max` characters of `text` from character `start`, on one line, with an ellipsis if cut.
    pub fn excerpt(text: &str, start: usize, max: usize) -> String {
        let mut out: String =
            text.chars().skip(start).take(max).map(|c| if c.is_whitespace() { ' ' } else { c }).collect();
        if text.chars().count() > start + max {
            out.push('…');
        }
        out
    }
}

//! Rules on claim sets: numbering, dependencies, multiple dependency, form, references and counts.
//! One file per rule; `law` holds the provisions several rules share.

pub mod antecedent_basis_missing;
pub mod cancelled_claim_has_text;
pub mod dependency_cycle;
pub mod dependency_on_cancelled_claim;
pub mod dependency_on_itself;
pub mod dependency_on_later_claim;
pub mod dependency_target_missing;
pub mod final_period_missing;
pub mod independent_claims_same_category;
pub mod law;
pub mod lowercase_start;
pub mod multiple_dependency_not_alternative;
pub mod multiple_dependency_on_multiple;
pub mod no_independent_claim;
pub mod number_duplicated;
pub mod numbering_not_consecutive;
pub mod reference_not_by_number;
pub mod reference_sign_without_parentheses;
pub mod reference_to_description;
pub(crate) mod renumber;
pub mod several_sentences;
pub mod status_identifier_invalid;
pub mod status_identifier_missing;

use crate::language::Language;
use crate::model::{Claim, ClaimSet};

/// Claims still in the application (not cancelled or not entered).
pub(crate) fn live(set: &ClaimSet) -> impl Iterator<Item = &Claim> {
    set.claims.iter().filter(|c| !c.is_cancelled())
}

/// Whether the claim set is written in a Latin-script language, where sentence-form rules apply.
pub(crate) fn latin_script(set: &ClaimSet) -> bool {
    matches!(set.language, Some(Language::En | Language::De | Language::Fr))
}

/// The severities a rule raises on a claim text with all offices selected, each with its offices, errors first.
#[cfg(test)]
pub(crate) fn severities(rule: &str, text: &str) -> Vec<(crate::Severity, Vec<crate::office::Office>)> {
    let report = crate::check_claims_text(text, &crate::Options::default());
    let mut found: Vec<_> =
        report.findings.iter().filter(|f| f.rule == rule).map(|f| (f.severity, f.offices.clone())).collect();
    found.sort_by_key(|(severity, _)| std::cmp::Reverse(*severity));
    found
}

//! What a rule is: its id, documentation, per-office policies, examples and check, and how users read it.

use super::{measured, Reporter};
use crate::citation::{Citation, CitationText};
use crate::model::{ClaimSet, Document};
use crate::office::{Date, Office};
use crate::options::Route;
use crate::report::Severity;
use serde::Serialize;

pub use crate::citation::Grade;

/// How one office treats the defect a rule finds.
#[derive(Clone, Copy, Debug)]
pub struct OfficePolicy {
    pub office: Office,
    pub severity: Severity,
    pub citation: Citation,
    pub grade: Grade,
    /// The rule applies to applications filed on or after this date.
    pub applies_from: Option<Date>,
    /// The rule applies to applications on this route only (the US abstract limit binds national filings).
    pub route: Option<Route>,
}

/// Shorthand for the per-office tables in rule files.
#[must_use]
pub const fn policy(office: Office, severity: Severity, citation: Citation, grade: Grade) -> OfficePolicy {
    OfficePolicy { office, severity, citation, grade, applies_from: None, route: None }
}

impl OfficePolicy {
    /// The same policy, applying on `route` only.
    #[must_use]
    pub const fn on_route(self, route: Route) -> Self {
        OfficePolicy { route: Some(route), ..self }
    }

    /// The same policy, applying to applications filed on or after `date` only.
    #[must_use]
    pub const fn filed_from(self, date: Date) -> Self {
        OfficePolicy { applies_from: Some(date), ..self }
    }
}

/// What a rule inspects.
#[derive(Clone, Copy)]
pub enum Check {
    /// One document's claims.
    Claims(fn(&ClaimSet, &mut Reporter)),
    /// One assignment record.
    Assignment(fn(&crate::model::AssignmentRecord, &mut Reporter)),
    /// One specification: description, abstract and title.
    Description(fn(&crate::model::Specification, &mut Reporter)),
    /// One file's drawing sheets.
    Drawings(fn(&crate::model::Drawings, &mut Reporter)),
    /// One WIPO ST.26 sequence listing.
    Sequences(fn(&crate::model::SequenceListing, &mut Reporter)),
    /// All the documents of a filing at once, for checks across documents (claims against the description); the
    /// rule names the file of each finding with [`Reporter::set_file`].
    Filing(for<'a> fn(&[Filed<'a>], &mut Reporter<'a>)),
    /// Findings about reading files, raised by the parsers themselves.
    Input,
}

/// A document of a filing and the file it was read from.
pub struct Filed<'a> {
    pub file: &'a str,
    pub document: &'a Document,
}

/// Examples that document a rule and are run as tests: each `fires` text must raise it, each `silent` text must not.
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Examples {
    pub fires: &'static [&'static str],
    pub silent: &'static [&'static str],
}

impl Examples {
    /// No examples: a rule's in the Wasm modules.
    pub const NONE: Examples = Examples { fires: &[], silent: &[] };
}

/// A rule: its stable id, documentation, per-office data and check.
pub struct Rule {
    /// `family/defect-name`, kebab-case, naming the defect.
    pub id: &'static str,
    /// One line saying what is wrong, for lists.
    pub summary: &'static str,
    /// The rule's documentation (Markdown), from its doc comment; empty in the Wasm modules (see `docs_field`).
    pub docs: &'static str,
    pub offices: &'static [OfficePolicy],
    pub examples: Examples,
    pub check: Check,
}

/// Declares a rule whose doc comment becomes its `docs`.
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* pub static $name:ident = Rule { $($field:ident : $value:expr),* $(,)? };) => {
        $(#[doc = $doc])*
        pub static $name: $crate::rules::Rule = $crate::rules::Rule {
            docs: $crate::rules::rule::docs_field!($($doc),*),
            $($field: $crate::rules::rule::rule_field!($field, $value)),*
        };
    };
}
pub(crate) use declare_rule;

/// A rule's documentation as declared. The Wasm modules leave it out (103 KB, 28 KB gzip of the core module, which
/// the page loads before its first report): the build writes it to pkg/rule-docs.js from `patlint rules`, and the
/// npm package and the page read it there.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! docs_field {
    ($($doc:literal),*) => {
        concat!($($doc, "\n"),*)
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! docs_field {
    ($($doc:literal),*) => {
        ""
    };
}
pub(crate) use docs_field;

/// A field of a rule as declared; in the Wasm modules its examples are left out. They are test material (run by
/// tests/registry.rs, shown by `patlint explain`), and the drawing rules' are specifications of the test fixture
/// builder rather than files: the modules' users would download them for nothing.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! rule_field {
    ($field:ident, $value:expr) => {
        $value
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! rule_field {
    // Type-checked all the same, in a constant nothing refers to, which is not written to the module.
    (examples, $value:expr) => {{
        const _: $crate::rules::Examples = $value;
        $crate::rules::Examples::NONE
    }};
    ($field:ident, $value:expr) => {
        $value
    };
}
pub(crate) use rule_field;

/// A rule as users read it: in `patlint rules`, the page and the npm package.
#[derive(Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct RuleInfo {
    pub id: &'static str,
    pub summary: &'static str,
    /// Not in the Wasm modules: the npm package adds it from pkg/rule-docs.js.
    #[cfg(not(target_arch = "wasm32"))]
    pub docs: String,
    pub offices: Vec<OfficePolicyInfo>,
    /// Texts that raise the rule and texts that do not (they are run as tests); not in the Wasm modules.
    #[cfg(not(target_arch = "wasm32"))]
    pub examples: Examples,
    /// Whether the rule says if an office would take the file at all (its format, fonts, size, encryption,
    /// embedded objects): the page's intake table is made of these rules' findings.
    pub intake: bool,
}

/// One office's treatment of a rule, as users read it.
#[derive(Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct OfficePolicyInfo {
    pub office: Office,
    pub severity: Severity,
    pub citation: CitationText,
    pub grade: Grade,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub applies_from: Option<Date>,
    /// The filing route the office's rule applies on; absent: every route.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route: Option<Route>,
}

impl Rule {
    /// The documentation, with what the rule gave on real documents when it was measured.
    #[must_use]
    pub fn documentation(&self) -> String {
        let docs = self.own_documentation();
        match self.measured() {
            Some(measured) => format!("{docs}\n\n## Measured on real documents\n{measured}"),
            None => docs,
        }
    }

    /// The rule's doc comment, with the one leading space of each line removed: what translations translate.
    #[must_use]
    pub fn own_documentation(&self) -> String {
        let docs = self.docs.lines().map(|line| line.strip_prefix(' ').unwrap_or(line)).collect::<Vec<_>>().join("\n");
        docs.trim().to_string()
    }

    /// What the rule gave on the real documents of the last measurement (scripts/precision.sh), if it was measured.
    #[must_use]
    pub fn measured(&self) -> Option<&'static str> {
        let at = measured::MEASURED.binary_search_by_key(&self.id, |(id, _)| id).ok()?;
        Some(measured::MEASURED[at].1)
    }

    #[must_use]
    pub fn info(&self) -> RuleInfo {
        RuleInfo {
            id: self.id,
            summary: self.summary,
            #[cfg(not(target_arch = "wasm32"))]
            docs: self.documentation(),
            offices: self
                .offices
                .iter()
                .map(|p| OfficePolicyInfo {
                    office: p.office,
                    severity: effective_severity(p),
                    citation: p.citation.into(),
                    grade: p.grade,
                    applies_from: p.applies_from,
                    route: p.route,
                })
                .collect(),
            #[cfg(not(target_arch = "wasm32"))]
            examples: self.examples,
            intake: super::INTAKE.iter().any(|rule| std::ptr::eq(*rule, self)),
        }
    }
}

/// A requirement the catalogue could not confirm is never reported as an error.
pub(super) fn effective_severity(policy: &OfficePolicy) -> Severity {
    if policy.grade == Grade::Unconfirmed {
        policy.severity.min(Severity::Warning)
    } else {
        policy.severity
    }
}

//! The rule registry. Each rule lives in its own file with its documentation, per-office data and examples;
//! `RULES` lists them all, sorted by id.

pub mod assignment;
pub mod claims;
pub mod description;
#[cfg(feature = "drawings")]
pub mod drawings;
pub mod input;
mod measured;

use crate::citation::{Citation, CitationText};
use crate::message::Message;
use crate::model::{ClaimSet, Document};
use crate::office::{Date, Office};
use crate::options::{Options, Route};
use crate::report::{Finding, Location, OfficeCitation, Severity};
use serde::Serialize;

/// How sure the catalogue is of a requirement (rules/CATALOG.md grades).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Grade {
    /// Read in the official text.
    A,
    /// Official text quoted by a reliable secondary source.
    B,
    /// Practitioner commentary.
    C,
    /// Not confirmed from any source: never more than a warning.
    Unconfirmed,
}

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

/// A rule: its stable id, documentation, per-office data and check.
pub struct Rule {
    /// `family/defect-name`, kebab-case, naming the defect.
    pub id: &'static str,
    /// One line saying what is wrong, for lists.
    pub summary: &'static str,
    /// The rule's documentation (Markdown), from its doc comment.
    pub docs: &'static str,
    pub offices: &'static [OfficePolicy],
    pub examples: Examples,
    pub check: Check,
}

/// Declares a rule whose doc comment becomes its `docs`.
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* pub static $name:ident = Rule { $($field:ident : $value:expr),* $(,)? };) => {
        $(#[doc = $doc])*
        pub static $name: $crate::rules::Rule = $crate::rules::Rule { docs: concat!($($doc, "\n"),*), $($field: $value),* };
    };
}
pub(crate) use declare_rule;

/// The date of the legal catalogue (rules/CATALOG.md) the rules implement; changes when a rule's law or data does.
pub const RULES_VERSION: &str = "2026-11-25";

/// Every rule, sorted by id.
pub static RULES: &[&Rule] = &[
    &assignment::check_digit_mismatch::RULE,
    &assignment::conveyance_missing::RULE,
    &assignment::correspondent_missing::RULE,
    &assignment::country_code_invalid::RULE,
    &assignment::country_missing::RULE,
    &assignment::cover_sheet_signature_missing::RULE,
    &assignment::date_in_future::RULE,
    &assignment::date_invalid::RULE,
    &assignment::dates_out_of_order::RULE,
    &assignment::deed_number_missing::RULE,
    &assignment::document_form_not_accepted::RULE,
    &assignment::entry_implausible::RULE,
    &assignment::execution_date_missing::RULE,
    &assignment::nationality_certificate_missing::RULE,
    &assignment::nationality_certificate_stale::RULE,
    &assignment::number_kind_mismatch::RULE,
    &assignment::number_malformed::RULE,
    &assignment::number_office_mismatch::RULE,
    &assignment::party_address_missing::RULE,
    &assignment::party_name_missing::RULE,
    &assignment::pct_change_too_late::RULE,
    &assignment::power_of_attorney_missing::RULE,
    &assignment::property_number_missing::RULE,
    &assignment::signatory_capacity_missing::RULE,
    &assignment::signature_missing::RULE,
    &assignment::technology_export_document_missing::RULE,
    &assignment::transfer_evidence_missing::RULE,
    &claims::antecedent_basis_missing::RULE,
    &claims::cancelled_claim_has_text::RULE,
    &claims::claim_count_fees::RULE,
    &claims::dependency_cycle::RULE,
    &claims::dependency_on_cancelled_claim::RULE,
    &claims::dependency_on_itself::RULE,
    &claims::dependency_on_later_claim::RULE,
    &claims::dependency_target_missing::RULE,
    &claims::final_period_missing::RULE,
    &claims::independent_claims_same_category::RULE,
    &claims::lowercase_start::RULE,
    &claims::multiple_dependency_not_alternative::RULE,
    &claims::multiple_dependency_on_multiple::RULE,
    &claims::no_independent_claim::RULE,
    &claims::number_duplicated::RULE,
    &claims::numbering_not_consecutive::RULE,
    &claims::reference_not_by_number::RULE,
    &claims::reference_sign_without_parentheses::RULE,
    &claims::reference_to_description::RULE,
    &claims::several_sentences::RULE,
    &claims::status_identifier_invalid::RULE,
    &claims::status_identifier_missing::RULE,
    &description::abstract_figure_not_indicated::RULE,
    &description::abstract_legal_phraseology::RULE,
    &description::abstract_reference_sign_without_parentheses::RULE,
    &description::abstract_several_paragraphs::RULE,
    &description::abstract_too_long::RULE,
    &description::claim_reference_sign_not_in_description::RULE,
    &description::comments_present::RULE,
    &description::element_several_reference_numerals::RULE,
    &description::embedded_object_present::RULE,
    &description::figure_not_described::RULE,
    &description::font_size_invalid::RULE,
    &description::landscape_page::RULE,
    &description::line_spacing_invalid::RULE,
    &description::margins_invalid::RULE,
    &description::page_size_invalid::RULE,
    #[cfg(feature = "drawings")]
    &description::pages_not_numbered::RULE,
    &description::paragraph_number_malformed::RULE,
    &description::paragraph_number_missing::RULE,
    &description::paragraph_numbers_not_consecutive::RULE,
    #[cfg(feature = "drawings")]
    &description::part_not_on_new_sheet::RULE,
    &description::reference_numeral_several_elements::RULE,
    &description::section_missing::RULE,
    &description::sections_out_of_order::RULE,
    &description::title_improper_form::RULE,
    &description::title_too_long::RULE,
    &description::tracked_changes_present::RULE,
    &description::unsupported_word_content::RULE,
    #[cfg(feature = "drawings")]
    &drawings::colour_content::RULE,
    #[cfg(feature = "drawings")]
    &drawings::figure_label_form::RULE,
    #[cfg(feature = "drawings")]
    &drawings::figure_not_described::RULE,
    #[cfg(feature = "drawings")]
    &drawings::figure_not_drawn::RULE,
    #[cfg(feature = "drawings")]
    &drawings::figure_numbers_not_consecutive::RULE,
    #[cfg(feature = "drawings")]
    &drawings::font_not_embedded::RULE,
    #[cfg(feature = "drawings")]
    &drawings::frame_present::RULE,
    #[cfg(feature = "drawings")]
    &drawings::greyscale_content::RULE,
    #[cfg(feature = "drawings")]
    &drawings::image_format_not_accepted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::margin_too_small::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_content_not_accepted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_encrypted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_version_too_old::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pixel_size_exceeded::RULE,
    #[cfg(feature = "drawings")]
    &drawings::reference_sign_enclosed::RULE,
    #[cfg(feature = "drawings")]
    &drawings::reference_sign_not_in_description::RULE,
    #[cfg(feature = "drawings")]
    &drawings::reference_sign_not_in_drawings::RULE,
    #[cfg(feature = "drawings")]
    &drawings::resolution_invalid::RULE,
    #[cfg(feature = "drawings")]
    &drawings::scale_indication::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_number_malformed::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_number_misplaced::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_number_missing::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_size_invalid::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_sizes_differ::RULE,
    #[cfg(feature = "drawings")]
    &drawings::single_figure_labelled::RULE,
    #[cfg(feature = "drawings")]
    &drawings::size_unknown::RULE,
    #[cfg(feature = "drawings")]
    &drawings::text_layer_missing::RULE,
    #[cfg(feature = "drawings")]
    &drawings::text_too_small::RULE,
    #[cfg(feature = "drawings")]
    &drawings::usable_area_exceeded::RULE,
    &input::filing_date_from_document::RULE,
    &input::no_content_found::RULE,
    #[cfg(feature = "drawings")]
    &input::pages_not_read::RULE,
    #[cfg(feature = "drawings")]
    &input::publication_layout_not_checked::RULE,
    &input::route_from_document::RULE,
    &input::unreadable::RULE,
    &input::unsupported_format::RULE,
];

/// A rule as users read it: in `patlint rules`, the page and the npm package.
#[derive(Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct RuleInfo {
    pub id: &'static str,
    pub summary: &'static str,
    pub docs: String,
    pub offices: Vec<OfficePolicyInfo>,
    /// Texts that raise the rule and texts that do not (they are run as tests).
    pub examples: Examples,
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
    /// The documentation with the one leading space of each doc-comment line removed.
    #[must_use]
    pub fn documentation(&self) -> String {
        let docs = self.docs.lines().map(|line| line.strip_prefix(' ').unwrap_or(line)).collect::<Vec<_>>().join("\n");
        let docs = docs.trim();
        match measured::MEASURED.binary_search_by_key(&self.id, |(id, _)| id) {
            Ok(at) => format!("{docs}\n\n## Measured on real documents\n{}", measured::MEASURED[at].1),
            Err(_) => docs.to_string(),
        }
    }

    #[must_use]
    pub fn info(&self) -> RuleInfo {
        RuleInfo {
            id: self.id,
            summary: self.summary,
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
            examples: self.examples,
        }
    }
}

/// Every rule, as users read them.
#[must_use]
pub fn catalog() -> Vec<RuleInfo> {
    RULES.iter().map(|rule| rule.info()).collect()
}

/// Looks a rule up by id.
#[must_use]
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|rule| rule.id == id)
}

/// Collects the findings of one document, turning "this rule, here, this message" into findings for the offices
/// that were selected and to which the rule applies.
pub struct Reporter<'a> {
    file: &'a str,
    offices: Vec<Office>,
    filing_date: Option<Date>,
    route: Route,
    /// Today, for rules about dates: the options' `today` or the clock's.
    today: Date,
    language: Option<&'static str>,
    findings: Vec<Finding>,
}

impl<'a> Reporter<'a> {
    #[must_use]
    pub fn new(file: &'a str, options: &Options) -> Self {
        Reporter {
            file,
            offices: options.selected_offices(),
            filing_date: options.filing_date,
            route: options.route,
            today: options.today.unwrap_or_else(crate::clock::today),
            language: None,
            findings: Vec::new(),
        }
    }

    /// Today's date, for rules about dates.
    #[must_use]
    pub fn today(&self) -> Date {
        self.today
    }

    /// The filing route, for rules whose message depends on it.
    #[must_use]
    pub fn route(&self) -> Route {
        self.route
    }

    /// The findings so far.
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Names the language of the claim set being checked, for documents that hold several.
    pub fn set_language(&mut self, language: Option<&'static str>) {
        self.language = language;
    }

    /// The offices among the selected ones at which `rule` applies.
    #[must_use]
    pub fn applicable(&self, rule: &Rule) -> Vec<&'static OfficePolicy> {
        rule.offices
            .iter()
            .filter(|p| self.offices.contains(&p.office))
            // Without a filing date the application is taken as filed now, after every date in the rules.
            .filter(|p| p.route.is_none_or(|route| route == self.route))
            .filter(|p| match (p.applies_from, self.filing_date) {
                (Some(from), Some(filed)) => filed >= from,
                _ => true,
            })
            .collect()
    }

    /// Whether `rule` applies at any selected office; rules skip their work when it does not.
    #[must_use]
    pub fn wants(&self, rule: &Rule) -> bool {
        !self.applicable(rule).is_empty()
    }

    /// Reports a defect: one finding per severity among the offices where the rule applies.
    pub fn report(&mut self, rule: &'static Rule, location: Location, message: Message) {
        self.report_among(rule, &Office::ALL, location, message);
    }

    /// Reports a defect at one office only, when the rule applies there (for messages that differ per office).
    pub fn report_for(&mut self, rule: &'static Rule, office: Office, location: Location, message: Message) {
        self.report_among(rule, &[office], location, message);
    }

    /// Reports a defect like [`Reporter::report`], but only at those of `offices` where the rule applies (an
    /// assignment record concerns the offices its properties are listed under; some data applies to some offices).
    pub fn report_among(&mut self, rule: &'static Rule, offices: &[Office], mut location: Location, message: Message) {
        let english = message.to_string();
        location.language = self.language;
        let policies: Vec<&OfficePolicy> =
            self.applicable(rule).into_iter().filter(|p| offices.contains(&p.office)).collect();
        let mut severities: Vec<Severity> = policies.iter().map(|p| effective_severity(p)).collect();
        severities.sort_unstable();
        severities.dedup();
        for severity in severities.into_iter().rev() {
            let matching: Vec<_> = policies.iter().filter(|p| effective_severity(p) == severity).collect();
            self.findings.push(Finding {
                rule: rule.id,
                severity,
                offices: matching.iter().map(|p| p.office).collect(),
                file: self.file.to_string(),
                location: location.clone(),
                message: english.clone(),
                message_template: message.clone(),
                citations: matching.iter().map(|p| OfficeCitation::new(p.office, p.citation)).collect(),
            });
        }
    }

    /// Reports a finding about the file itself (reading it), at every selected office.
    pub fn report_input(&mut self, rule: &'static Rule, severity: Severity, message: Message) {
        self.findings.push(Finding {
            rule: rule.id,
            severity,
            offices: self.offices.clone(),
            file: self.file.to_string(),
            location: Location::default(),
            message: message.to_string(),
            message_template: message,
            citations: Vec::new(),
        });
    }

    /// Sets the filing date the rules that apply from a date use (one the document states, when the options give
    /// none).
    pub fn set_filing_date(&mut self, date: Option<Date>) {
        self.filing_date = date;
    }

    /// Sets the filing route (one the document states).
    pub fn set_route(&mut self, route: Route) {
        self.route = route;
    }

    /// Names the file of the findings that follow (filing-level rules, whose documents come from several files).
    pub fn set_file(&mut self, file: &'a str) {
        self.file = file;
    }

    #[must_use]
    pub fn into_findings(self) -> Vec<Finding> {
        self.findings
    }
}

/// A requirement the catalogue could not confirm is never reported as an error.
fn effective_severity(policy: &OfficePolicy) -> Severity {
    if policy.grade == Grade::Unconfirmed {
        policy.severity.min(Severity::Warning)
    } else {
        policy.severity
    }
}

/// The rules that judge how a document was laid out and produced for filing (sheet and page set-up, margins,
/// lettering, sheet numbers, the PDF file itself). An office's publication is the office's own printing of the
/// application, so they do not run on one.
pub static FILED_FORM: &[&Rule] = &[
    &description::font_size_invalid::RULE,
    &description::landscape_page::RULE,
    &description::line_spacing_invalid::RULE,
    &description::margins_invalid::RULE,
    &description::page_size_invalid::RULE,
    #[cfg(feature = "drawings")]
    &description::pages_not_numbered::RULE,
    #[cfg(feature = "drawings")]
    &description::part_not_on_new_sheet::RULE,
    #[cfg(feature = "drawings")]
    &drawings::font_not_embedded::RULE,
    #[cfg(feature = "drawings")]
    &drawings::frame_present::RULE,
    #[cfg(feature = "drawings")]
    &drawings::image_format_not_accepted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::margin_too_small::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_content_not_accepted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_encrypted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_version_too_old::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pixel_size_exceeded::RULE,
    #[cfg(feature = "drawings")]
    &drawings::resolution_invalid::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_number_malformed::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_number_misplaced::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_number_missing::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_size_invalid::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_sizes_differ::RULE,
    #[cfg(feature = "drawings")]
    &drawings::text_too_small::RULE,
    #[cfg(feature = "drawings")]
    &drawings::usable_area_exceeded::RULE,
];

/// Runs the rules for the document's kind. `several`: the file holds several documents, so findings name the
/// language of the one they are in. `publication`: the file is an office's publication, so the rules on the filed
/// form ([`FILED_FORM`]) are not run.
pub fn check_document(document: &Document, several: bool, publication: bool, reporter: &mut Reporter) {
    reporter.set_language(if several { document.language() } else { None });
    for rule in RULES {
        if !reporter.wants(rule) || (publication && FILED_FORM.iter().any(|r| std::ptr::eq(*r, *rule))) {
            continue;
        }
        match (rule.check, document) {
            (Check::Claims(check), Document::Claims(set)) => check(set, reporter),
            (Check::Description(check), Document::Description(spec)) => check(spec, reporter),
            (Check::Assignment(check), Document::Assignment(record)) => check(record, reporter),
            (Check::Drawings(check), Document::Drawings(drawings)) => check(drawings, reporter),
            _ => {}
        }
    }
}

/// Runs the rules that look at all the documents of a filing together.
pub fn check_filing<'a>(documents: &[Filed<'a>], reporter: &mut Reporter<'a>) {
    reporter.set_language(None);
    for rule in RULES {
        if let Check::Filing(check) = rule.check {
            if reporter.wants(rule) {
                check(documents, reporter);
            }
        }
    }
}

/// Helpers shared by claims rules.
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

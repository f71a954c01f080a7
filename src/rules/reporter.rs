//! The reporter: turns "this rule, here, this message" into findings for the offices that were selected.

use super::rule::effective_severity;
use super::{OfficePolicy, Rule};
use crate::message::Message;
use crate::office::{Date, Office};
use crate::options::{Options, Route};
use crate::report::{Finding, Fix, Location, OfficeCitation, Severity};

/// Collects the findings of one document, turning "this rule, here, this message" into findings for the offices
/// that were selected and to which the rule applies.
pub struct Reporter<'a> {
    file: &'a str,
    offices: Vec<Office>,
    filing_date: Option<Date>,
    route: Route,
    /// Today, for rules about dates: the options' `today` or the clock's.
    today: Date,
    language: Option<crate::language::Language>,
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

    /// The filing date the rules that apply from a date use: the options' or the one the document states.
    #[must_use]
    pub fn filing_date(&self) -> Option<Date> {
        self.filing_date
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
    pub fn set_language(&mut self, language: Option<crate::language::Language>) {
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
    pub fn report_among(&mut self, rule: &'static Rule, offices: &[Office], location: Location, message: Message) {
        self.report_fixable(rule, offices, location, message, None);
    }

    /// Reports a defect like [`Reporter::report`], with the fix that resolves it (each of its findings carries it).
    pub fn report_with_fix(&mut self, rule: &'static Rule, location: Location, message: Message, fix: Option<Fix>) {
        self.report_fixable(rule, &Office::ALL, location, message, fix);
    }

    fn report_fixable(
        &mut self,
        rule: &'static Rule,
        offices: &[Office],
        mut location: Location,
        message: Message,
        fix: Option<Fix>,
    ) {
        let english = crate::message::english(&message);
        location.language = self.language;
        let policies: Vec<&OfficePolicy> =
            self.applicable(rule).into_iter().filter(|p| offices.contains(&p.office)).collect();
        let mut severities: Vec<Severity> = policies.iter().map(|p| effective_severity(p)).collect();
        crate::sorting::sort_by(&mut severities, Severity::cmp);
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
                group: String::new(),
                fix: fix.clone(),
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
            message: crate::message::english(&message),
            message_template: message,
            citations: Vec::new(),
            group: String::new(),
            fix: None,
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

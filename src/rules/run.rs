//! The runners: every rule that applies, over one document or over a whole filing.

use super::{Check, Filed, Reporter, FILED_FORM, RULES};
use crate::model::Document;

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
            (Check::Sequences(check), Document::Sequences(listing)) => check(listing, reporter),
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

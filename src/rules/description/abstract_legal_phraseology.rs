use super::at;
use crate::citation::{Authority::*, Citation};
use crate::message::{message, quoted, List};
use crate::model::description::{Part, Specification};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Claim language in an English abstract: "said" used as an article ("said handle") and "means" phrases ("means for
    /// gripping", "gripping means").
    ///
    /// ## Why it matters
    /// The USPTO asks that the abstract avoid "form and legal phraseology often used in patent claims, such as 'means' and
    /// 'said'". A "should": a warning.
    ///
    /// ## Legal basis
    /// MPEP 608.01(b) (grade C: read in practitioner quotations of the MPEP).
    pub static RULE = Rule {
        id: "description/abstract-legal-phraseology",
        summary: "the abstract uses the legal phraseology of claims",
        offices: &[
            policy(US, Warning, Citation::new(Mpep, "608.01(b)"), Grade::C),
        ],
        examples: Examples {
            fires: &["Lever\nABSTRACT\nA lever comprising a handle, said handle having means for gripping."],
            silent: &["Lever\nABSTRACT\nA lever has a handle that is said to be comfortable and a means of gripping it."],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if !super::english(spec) {
        return;
    }
    for paragraph in spec.body(Part::Abstract) {
        let words: Vec<String> = paragraph
            .text
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .collect();
        let mut found: Vec<String> = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let next = words.get(i + 1).map_or("", String::as_str);
            let previous = i.checked_sub(1).and_then(|p| words.get(p)).map_or("", String::as_str);
            let phrase = match word.as_str() {
                "said"
                    if !matches!(
                        next,
                        "" | "to"
                            | "that"
                            | "in"
                            | "by"
                            | "above"
                            | "earlier"
                            | "before"
                            | "herein"
                            | "previously"
                            | "the"
                            | "a"
                            | "an"
                    ) =>
                {
                    format!("said {next}")
                }
                "means" if next == "for" || (previous.ends_with("ing") && previous.len() > 4) => {
                    if next == "for" {
                        "means for".to_string()
                    } else {
                        format!("{previous} means")
                    }
                }
                _ => continue,
            };
            if !found.contains(&phrase) {
                found.push(phrase);
            }
        }
        if let Some(first) = found.first() {
            let mut location = at(spec, paragraph);
            location.excerpt = Some(first.clone());
            let phrases = List::and(found.iter().map(|f| quoted(f)));
            out.report(&RULE, location, message!("abstract-legal-phraseology", phrases = phrases));
        }
    }
}

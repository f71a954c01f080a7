use super::{at, number_check};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::assignment::{AssignmentRecord, EvidenceKind};
use crate::numbers;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};
use std::collections::HashSet;

declare_rule! {
    /// ## What it checks
    /// That the deed of assignment (or certificate of transfer) in `documents` names every Japanese application and
    /// patent the record lists under JP (`documents[].numbers`; numbers are compared as the JPO writes them, so
    /// `特願2021-123456` and `2021-123456` are the same).
    ///
    /// ## Why it matters
    /// The JPO records a transfer only for the numbers the deed lists: a parent's deed does not cover a divisional
    /// or a continuation it does not name, and a deed whose list is not known cannot be checked.
    ///
    /// ## Legal basis
    /// JPO practice (the deed names every Japanese number).
    pub static RULE = Rule {
        id: "assignment/deed-number-missing",
        summary: "the deed does not name every Japanese number",
        offices: &[policy(JP, Error, Citation::new(OfficePractice, "JPO practice (the deed names every Japanese number)"), Grade::C)],
        examples: Examples {
            fires: &[
                r#"{"conveyance": "assignment", "properties": [{"office": "JP", "number": "特願2021-123456"}, {"office": "JP", "number": "特願2022-000123"}], "documents": [{"type": "assignment-deed", "numbers": ["特願2021-123456"]}]}"#,
                r#"{"conveyance": "assignment", "properties": [{"office": "JP", "number": "特願2021-123456"}], "documents": [{"type": "assignment-deed"}]}"#,
            ],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

/// A number as the JPO writes it, or as written when it cannot be read.
fn normalized(number: &str) -> String {
    numbers::validate(number, Some(JP)).normalized.unwrap_or_else(|| number.trim().to_string())
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let deeds: Vec<(usize, &crate::model::assignment::Evidence)> = record
        .documents
        .iter()
        .enumerate()
        .filter(|(_, d)| matches!(d.kind, Some(EvidenceKind::AssignmentDeed | EvidenceKind::TransferDeclaration)))
        .collect();
    let japanese: Vec<(usize, String)> = record
        .properties
        .iter()
        .enumerate()
        .filter(|(_, p)| p.office == Some(JP))
        .filter_map(|(i, p)| Some((i, number_check(p)?.normalized.or_else(|| p.number.clone())?)))
        .collect();
    if deeds.is_empty() || japanese.is_empty() {
        return;
    }
    let named: HashSet<String> =
        deeds.iter().filter_map(|(_, d)| d.numbers.as_ref()).flatten().map(|n| normalized(n)).collect();
    if let Some((first, _)) = deeds.first().filter(|_| deeds.iter().all(|(_, d)| d.numbers.is_none())) {
        out.report_among(
            &RULE,
            &[JP],
            at(record, &format!("documents[{first}].numbers"), None),
            message!("deed-number-missing"),
        );
        return;
    }
    for (i, number) in japanese.into_iter().filter(|(_, n)| !named.contains(n)) {
        out.report_among(
            &RULE,
            &[JP],
            at(record, &format!("properties[{i}].number"), Some(&number)),
            message!("deed-number-missing-assignment-does-not", number = &number),
        );
    }
}

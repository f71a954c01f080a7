//! Rules on assignment records: one global record (who conveys what to whom, against which numbers) checked against
//! what each office requires to record it. One file per rule; `law` holds the provisions several rules share;
//! `readiness` turns a record's findings into the per-office readiness matrix of the report.
//!
//! What each office requires is data: each rule's `offices` table says where the rule applies, how serious the
//! defect is there and under which provision; where offices differ in *what* they require (whose signature, whose
//! address), the rule holds a table per office. A record concerns the offices its properties are listed under (all
//! six when it lists none), and rules about the record report only at those.
//!
//! PLT Rule 16 is the ceiling: it lists what a Contracting Party may require to record a change in applicant or
//! owner (the request, the numbers, the names and addresses, and as evidence a copy or extract of the contract or a
//! certificate of transfer signed by both parties, an official document for a merger) and forbids anything more.
//! Its text was not confirmed; requirements beyond it (KIPO's nationality certificate, CNIPA's
//! technology-export document, JPO's notarised deed) are national ones, from offices' practice or non-PLT law, and
//! their rules say so.

pub mod check_digit_mismatch;
pub mod conveyance_missing;
pub mod correspondent_missing;
pub mod country_code_invalid;
pub mod country_missing;
pub mod cover_sheet_signature_missing;
pub mod date_in_future;
pub mod date_invalid;
pub mod dates_out_of_order;
pub mod deed_number_missing;
pub mod document_form_not_accepted;
pub mod entry_implausible;
pub mod execution_date_missing;
pub mod law;
pub mod nationality_certificate_missing;
pub mod nationality_certificate_stale;
pub mod number_kind_mismatch;
pub mod number_malformed;
pub mod number_office_mismatch;
pub mod party_address_missing;
pub mod party_name_missing;
pub mod pct_change_too_late;
pub mod power_of_attorney_missing;
pub mod property_number_missing;
pub mod readiness;
pub mod signatory_capacity_missing;
pub mod signature_missing;
pub mod technology_export_document_missing;
pub mod transfer_evidence_missing;

use crate::message::{message, Message};
use crate::model::assignment::{AssignmentRecord, EvidenceKind, Party, Property, RecordDate};
use crate::numbers::{self, NumberCheck};
use crate::office::{Date, Office};
use crate::report::Location;

/// A record every rule finds nothing in at any office: the rules' silent example.
pub const COMPLETE: &str = r#"{
  "conveyance": "assignment",
  "assignors": [{"name": "Roe, Jane", "kind": "person", "country": "US", "nationality": "US",
    "address": "12 Elm Street, Springfield, IL 62701, US", "execution_date": "2024-01-15", "signed": true,
    "signature": "handwritten", "power_of_attorney": {"copy": "original"}}],
  "assignees": [{"name": "Acme Corporation", "kind": "organization", "country": "US", "nationality": "US",
    "address": "1 Main Street, Wilmington, DE 19801, US", "execution_date": "2024-01-16", "signed": true,
    "signature": "handwritten", "signatory": {"name": "John Smith", "capacity": "President"},
    "power_of_attorney": {"copy": "original"}}],
  "properties": [
    {"office": "US", "kind": "application", "number": "16/123,456"},
    {"office": "EP", "kind": "application", "number": "EP 21 204 983.7"},
    {"office": "JP", "kind": "application", "number": "特願2021-123456"},
    {"office": "KR", "kind": "application", "number": "10-2021-0123456"},
    {"office": "CN", "kind": "application", "number": "202110123456.7"},
    {"office": "WO", "kind": "application", "number": "PCT/US2021/012345"}],
  "correspondent": {"name": "Patent Group LLP", "address": "100 Law Plaza, Chicago, IL 60601, US", "email": "docket@example.com"},
  "submitter": {"name": "Alex Agent", "signed": true},
  "documents": [{"type": "assignment-deed", "copy": "original", "numbers": ["16/123,456", "特願2021-123456"]}]
}"#;

/// The location of a field of the record, with its value as excerpt.
pub(crate) fn at(record: &AssignmentRecord, path: &str, value: Option<&str>) -> Location {
    Location {
        field: Some(record.field(path)),
        excerpt: value.map(|v| crate::rules::util::excerpt(v, 0, 80)),
        ..Location::default()
    }
}

/// Whether a party's path is an assignor's (else an assignee's).
fn assignor(path: &str) -> bool {
    path.starts_with("assignors")
}

/// The party's number in its list, from 1.
fn ordinal(path: &str) -> usize {
    path.split(['[', ']']).nth(1).and_then(|i| i.parse::<usize>().ok()).map_or(1, |i| i + 1)
}

/// "the assignor Jane Roe", "assignee 2" — a party as messages name it inside a sentence.
pub(crate) fn who(path: &str, party: &Party) -> Message {
    match &party.name {
        Some(name) => {
            let name = crate::rules::util::excerpt(name, 0, 60);
            if assignor(path) {
                message!("assignment", name = name)
            } else {
                message!("assignment-assignee", name = name)
            }
        }
        None => position(path),
    }
}

/// [`who`] at the start of a sentence: "The assignor Jane Roe", "Assignee 2".
pub(crate) fn subject(path: &str, party: &Party) -> Message {
    match &party.name {
        Some(name) => {
            let name = crate::rules::util::excerpt(name, 0, 60);
            if assignor(path) {
                message!("assignment-assignor", name = name)
            } else {
                message!("assignment-assignee-2", name = name)
            }
        }
        None if assignor(path) => message!("assignment-assignor-2", number = ordinal(path)),
        None => message!("assignment-assignee-3", number = ordinal(path)),
    }
}

/// "assignor 1", "assignee 2": a party by its place in the record, inside a sentence.
pub(crate) fn position(path: &str) -> Message {
    if assignor(path) {
        message!("assignment-assignor-3", number = ordinal(path))
    } else {
        message!("assignment-assignee-4", number = ordinal(path))
    }
}

/// An office as messages name it inside a sentence: "the EPO", "KIPO", and for `WO` the International Bureau,
/// which records changes in the applicant of an international application.
pub(crate) fn office_name(office: Office) -> Message {
    match office {
        Office::WO => Message::term("assignment-international-bureau"),
        office => office.in_sentence(),
    }
}

/// The number check of a property, for the office it is listed under.
pub(crate) fn number_check(property: &Property) -> Option<NumberCheck> {
    let number = property.number.as_deref()?;
    Some(numbers::validate_with(number, property.office, property.kind))
}

/// The office a property concerns: the one it is listed under, else the one its number names.
pub(crate) fn office_of(property: &Property) -> Option<Office> {
    property.office.or_else(|| number_check(property).and_then(|c| c.office))
}

/// Whether a party's residence is known and is not `country`.
pub(crate) fn abroad(party: &Party, country: &str) -> bool {
    party.country.as_deref().is_some_and(|c| c != country)
}

/// Whether the record carries a document of one of `kinds`.
pub(crate) fn has_document(record: &AssignmentRecord, kinds: &[EvidenceKind]) -> bool {
    record.documents.iter().any(|d| d.kind.is_some_and(|k| kinds.contains(&k)))
}

/// Every date of the record with its path: execution dates, documents' dates, properties' dates, the recordation.
pub(crate) fn dates(record: &AssignmentRecord) -> Vec<(String, &RecordDate)> {
    let mut out = Vec::new();
    for (path, party) in record.parties() {
        if let Some(date) = &party.execution_date {
            out.push((format!("{path}.execution_date"), date));
        }
        for (key, document) in [
            ("power_of_attorney", &party.power_of_attorney),
            ("nationality_certificate", &party.nationality_certificate),
        ] {
            if let Some(date) = document.as_ref().and_then(|d| d.date.as_ref()) {
                out.push((format!("{path}.{key}.date"), date));
            }
        }
    }
    for (i, property) in record.properties.iter().enumerate() {
        for (key, date) in [("filing_date", &property.filing_date), ("priority_date", &property.priority_date)] {
            if let Some(date) = date {
                out.push((format!("properties[{i}].{key}"), date));
            }
        }
    }
    for (i, document) in record.documents.iter().enumerate() {
        if let Some(date) = &document.date {
            out.push((format!("documents[{i}].date"), date));
        }
    }
    if let Some(date) = record.recorded.as_ref().and_then(|r| r.date.as_ref()) {
        out.push(("recorded.date".into(), date));
    }
    out
}

/// `date` plus `months` calendar months (the last day of the month when the day does not exist).
pub(crate) fn add_months(date: Date, months: u32) -> Date {
    let total = u32::from(date.month) - 1 + months;
    let year = u16::try_from(u32::from(date.year) + total / 12).unwrap_or(u16::MAX);
    let month = u8::try_from(total % 12 + 1).unwrap_or(12);
    let mut day = date.day;
    while day > 28 && Date::parse(&format!("{year:04}-{month:02}-{day:02}")).is_none() {
        day -= 1;
    }
    Date::ymd(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{check_claims_text, Options};

    #[test]
    fn months_are_calendar_months() {
        assert_eq!(add_months(Date::ymd(2021, 1, 15), 30), Date::ymd(2023, 7, 15));
        assert_eq!(add_months(Date::ymd(2023, 8, 31), 6), Date::ymd(2024, 2, 29));
        assert_eq!(add_months(Date::ymd(2023, 12, 1), 1), Date::ymd(2024, 1, 1));
    }

    #[test]
    fn the_complete_record_is_ready_everywhere() {
        let report = check_claims_text(COMPLETE, &Options::default());
        assert!(report.findings.is_empty(), "{:#?}", report.findings);
        let assignment = &report.documents[0].assignments[0];
        use crate::report::assignment::Readiness;
        // Ready at each office the record names (all six), and no other office is concerned.
        let named: Vec<Office> = assignment.record.properties.iter().filter_map(|p| p.office).collect();
        assert_eq!(named.len(), 6);
        assert_eq!(assignment.readiness.len(), Office::ALL.len());
        for readiness in &assignment.readiness {
            let expected = if named.contains(&readiness.office) { Readiness::Ready } else { Readiness::NotConcerned };
            assert_eq!(readiness.status, expected, "{}", readiness.office);
        }
    }
}

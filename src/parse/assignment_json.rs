//! An assignment record from JSON, as `schemas/assignment.schema.json` describes it.
//!
//! The input is untrusted. serde_json bounds nesting (128 levels); strings, arrays and the whole document are
//! bounded here. A value of the wrong type makes the file unreadable, with the JSON path of each such value; a field
//! patlint does not know, or a value outside a list (an office `QQ`), is a warning and is left out, so that a typo
//! is seen rather than silently taken for a missing field. Nothing here panics on any input.

use crate::message::{message, Message};
use crate::model::assignment::{
    AssignmentRecord, Conveyance, CopyForm, Correspondent, Evidence, EvidenceKind, Party, PartyDocument, PartyKind,
    Property, RecordDate, Recordation, Signatory, SignatureForm, Submitter,
};
use crate::numbers::NumberKind;
use crate::office::Office;
use serde_json::{Map, Value};

/// Characters in one string value; no name or address comes near.
pub const MAX_TEXT: usize = 10_000;
/// Items in one array (properties of one record, parties, documents).
pub const MAX_ITEMS: usize = 100_000;

/// The keys of the record's top level, as the schema lists them.
pub const RECORD_KEYS: &[&str] = &[
    "$schema", "conveyance", "conveyance_text", "assignors", "assignees", "properties", "correspondent", "submitter",
    "documents", "recorded",
];
/// The keys of a party.
pub const PARTY_KEYS: &[&str] = &[
    "name",
    "kind",
    "country",
    "nationality",
    "address",
    "execution_date",
    "signed",
    "signature",
    "signatory",
    "representative",
    "power_of_attorney",
    "nationality_certificate",
];
/// The keys of a property.
pub const PROPERTY_KEYS: &[&str] = &["office", "kind", "number", "title", "filing_date", "priority_date"];
/// The keys of a supporting document.
pub const DOCUMENT_KEYS: &[&str] = &["type", "copy", "numbers", "language", "date"];

/// A record read from JSON, with what was left out.
#[derive(Debug)]
pub struct JsonRecord {
    pub record: AssignmentRecord,
    /// Unknown fields and values, one sentence each.
    pub warnings: Vec<Message>,
}

/// Reads an assignment record. `Ok(None)`: the JSON is not assignment data (none of `conveyance`, `assignors`,
/// `assignees`, `properties`).
///
/// # Errors
/// Why the JSON cannot be read, the finding's sentence: malformed, too deep, a value too long or of the wrong type
/// (the first such value, and how many more there are).
pub fn read(text: &str) -> Result<Option<JsonRecord>, Message> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let error = e.to_string();
        let problem = if error.contains("recursion limit") {
            message!("assignment-json-nests-deeper-than", error = error)
        } else {
            message!("assignment-json-malformed", error = error)
        };
        unreadable(problem, 0)
    })?;
    let Value::Object(root) = value else {
        return Err(unreadable(message!("assignment-json-not-object-holding", kind = type_name(&value)), 0));
    };
    if !["conveyance", "assignors", "assignees", "properties"].iter().any(|k| root.contains_key(*k)) {
        return Ok(None);
    }
    let mut reader = Reader::default();
    let record = reader.record(&root);
    let mut errors = reader.errors.into_iter();
    match errors.next() {
        Some(first) => Err(unreadable(first, errors.len())),
        None => Ok(Some(JsonRecord { record, warnings: reader.warnings })),
    }
}

/// The finding's sentence for what makes the JSON unreadable: the first problem, a clause ("`assignors` should be
/// an array, not an object"), and how many `more` there are. (The others are not listed: the problems are clauses
/// with commas of their own, which a list would not keep apart.)
fn unreadable(first: Message, more: usize) -> Message {
    match more {
        0 => message!("assignment-json-data-could-not", reason = first),
        more => message!("assignment-json-data-could-not-read-more", reason = first, count = more),
    }
}

/// What a JSON value is, in words: the kind it was given as.
fn type_name(value: &Value) -> Message {
    match value {
        Value::Null => Message::term("assignment-json-null"),
        Value::Bool(_) => Message::term("assignment-json-boolean"),
        Value::Number(_) => Message::term("assignment-json-number"),
        Value::String(_) => Message::term("assignment-json-string"),
        Value::Array(_) => Message::term("assignment-json-array"),
        Value::Object(_) => Message::term("assignment-json-object"),
    }
}

#[derive(Default)]
struct Reader {
    errors: Vec<Message>,
    warnings: Vec<Message>,
}

impl Reader {
    /// `value` at `path` is not what the schema says: `expected`, a [`Message::term`] such as "an array".
    fn wrong(&mut self, path: &str, expected: Message, value: &Value) {
        self.errors.push(message!(
            "assignment-json-should-not",
            path = path,
            expected = expected,
            actual = type_name(value)
        ));
    }

    /// Warns of keys the schema does not have.
    fn known(&mut self, object: &Map<String, Value>, path: &str, keys: &[&str]) {
        for key in object.keys().filter(|k| !keys.contains(&k.as_str())) {
            let at = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
            let shown: String = at.chars().take(80).collect();
            self.warnings.push(message!("assignment-json-field-not-one", field = shown));
        }
    }

    /// A string, trimmed; empty is absent.
    fn text(&mut self, object: &Map<String, Value>, key: &str, path: &str) -> Option<String> {
        let at = join(path, key);
        match object.get(key)? {
            Value::Null => None,
            Value::String(s) if s.chars().count() > MAX_TEXT => {
                self.errors.push(message!(
                    "assignment-json-characters-long-more",
                    path = at,
                    count = s.chars().count(),
                    limit = MAX_TEXT
                ));
                None
            }
            Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            other => {
                self.wrong(&at, Message::term("assignment-json-string"), other);
                None
            }
        }
    }

    fn boolean(&mut self, object: &Map<String, Value>, key: &str, path: &str) -> Option<bool> {
        match object.get(key)? {
            Value::Null => None,
            Value::Bool(b) => Some(*b),
            other => {
                self.wrong(&join(path, key), Message::term("assignment-json-true-false"), other);
                None
            }
        }
    }

    fn date(&mut self, object: &Map<String, Value>, key: &str, path: &str) -> Option<RecordDate> {
        self.text(object, key, path).map(|t| RecordDate::parse(&t))
    }

    /// An upper-case code (country, language stays as written).
    fn code(&mut self, object: &Map<String, Value>, key: &str, path: &str) -> Option<String> {
        self.text(object, key, path).map(|t| t.to_ascii_uppercase())
    }

    /// One of a list of words; an unknown word is a warning.
    fn word<T>(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
        path: &str,
        parse: fn(&str) -> Option<T>,
        known: &str,
    ) -> Option<T> {
        let text = self.text(object, key, path)?;
        let parsed = parse(&text);
        if parsed.is_none() {
            let shown: String = text.chars().take(40).collect();
            self.warnings.push(message!(
                "assignment-json-field-which-patlint",
                field = join(path, key),
                value = shown,
                known = known
            ));
        }
        parsed
    }

    fn object<'v>(&mut self, object: &'v Map<String, Value>, key: &str, path: &str) -> Option<&'v Map<String, Value>> {
        match object.get(key)? {
            Value::Null => None,
            Value::Object(inner) => Some(inner),
            other => {
                self.wrong(&join(path, key), Message::term("assignment-json-object"), other);
                None
            }
        }
    }

    fn array<'v>(&mut self, object: &'v Map<String, Value>, key: &str, path: &str) -> &'v [Value] {
        let at = join(path, key);
        match object.get(key) {
            None | Some(Value::Null) => &[],
            Some(Value::Array(items)) if items.len() > MAX_ITEMS => {
                self.errors.push(message!(
                    "assignment-json-has-items-more",
                    path = at,
                    count = items.len(),
                    limit = MAX_ITEMS
                ));
                &[]
            }
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.wrong(&at, Message::term("assignment-json-array"), other);
                &[]
            }
        }
    }

    /// Each item of an array that is an object, read by `item`.
    fn objects<T>(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
        path: &str,
        item: fn(&mut Self, &Map<String, Value>, &str) -> T,
    ) -> Vec<T> {
        let items = self.array(object, key, path);
        let mut out = Vec::with_capacity(items.len());
        for (i, value) in items.iter().enumerate() {
            let at = format!("{}[{i}]", join(path, key));
            match value {
                Value::Object(inner) => out.push(item(self, inner, &at)),
                other => self.wrong(&at, Message::term("assignment-json-object"), other),
            }
        }
        out
    }

    fn record(&mut self, root: &Map<String, Value>) -> AssignmentRecord {
        self.known(root, "", RECORD_KEYS);
        let conveyance_text = self.text(root, "conveyance", "");
        let conveyance = conveyance_text.as_deref().and_then(Conveyance::parse);
        let words = self.text(root, "conveyance_text", "");
        AssignmentRecord {
            conveyance,
            conveyance_text: words.or(conveyance_text.filter(|t| Conveyance::parse(t) == Some(Conveyance::Other))),
            assignors: self.objects(root, "assignors", "", Self::party),
            assignees: self.objects(root, "assignees", "", Self::party),
            properties: self.objects(root, "properties", "", Self::property),
            correspondent: self.object(root, "correspondent", "").map(|c| {
                self.known(c, "correspondent", &["name", "address", "email"]);
                Correspondent {
                    name: self.text(c, "name", "correspondent"),
                    address: self.text(c, "address", "correspondent"),
                    email: self.text(c, "email", "correspondent"),
                }
            }),
            submitter: self.object(root, "submitter", "").map(|s| {
                self.known(s, "submitter", &["name", "signed"]);
                Submitter { name: self.text(s, "name", "submitter"), signed: self.boolean(s, "signed", "submitter") }
            }),
            documents: self.objects(root, "documents", "", Self::evidence),
            recorded: self.object(root, "recorded", "").map(|r| {
                self.known(r, "recorded", &["office", "reel_frame", "date"]);
                Recordation {
                    office: self
                        .word(r, "office", "recorded", Office::parse, "US, EP, JP, KR, CN, WO")
                        .unwrap_or(Office::US),
                    reel_frame: self.text(r, "reel_frame", "recorded"),
                    date: self.date(r, "date", "recorded"),
                }
            }),
            index: None,
        }
    }

    fn party(&mut self, p: &Map<String, Value>, path: &str) -> Party {
        self.known(p, path, PARTY_KEYS);
        Party {
            name: self.text(p, "name", path),
            kind: self.word(p, "kind", path, party_kind, "person, organization"),
            country: self.code(p, "country", path),
            nationality: self.code(p, "nationality", path),
            address: self.text(p, "address", path),
            execution_date: self.date(p, "execution_date", path),
            signed: self.boolean(p, "signed", path),
            signature: self.word(p, "signature", path, signature_form, "handwritten, seal, electronic, text-string"),
            signatory: self.object(p, "signatory", path).map(|s| {
                let at = join(path, "signatory");
                self.known(s, &at, &["name", "capacity"]);
                Signatory { name: self.text(s, "name", &at), capacity: self.text(s, "capacity", &at) }
            }),
            representative: self.text(p, "representative", path),
            power_of_attorney: self.party_document(p, "power_of_attorney", path),
            nationality_certificate: self.party_document(p, "nationality_certificate", path),
        }
    }

    fn party_document(&mut self, p: &Map<String, Value>, key: &str, path: &str) -> Option<PartyDocument> {
        let d = self.object(p, key, path)?;
        let at = join(path, key);
        self.known(d, &at, &["copy", "notarized", "date"]);
        Some(PartyDocument {
            copy: self.word(d, "copy", &at, copy_form, "original, certified-copy, copy"),
            notarized: self.boolean(d, "notarized", &at),
            date: self.date(d, "date", &at),
        })
    }

    fn property(&mut self, p: &Map<String, Value>, path: &str) -> Property {
        self.known(p, path, PROPERTY_KEYS);
        let office_text = self.text(p, "office", path);
        let office = office_text.as_deref().and_then(Office::parse);
        Property {
            office,
            office_text: office_text.filter(|_| office.is_none()),
            kind: self.word(p, "kind", path, NumberKind::parse, "application, patent, publication"),
            number: self.number_text(p, path),
            title: self.text(p, "title", path),
            filing_date: self.date(p, "filing_date", path),
            priority_date: self.date(p, "priority_date", path),
        }
    }

    /// A number may be given as a JSON number (`7130913`).
    fn number_text(&mut self, p: &Map<String, Value>, path: &str) -> Option<String> {
        match p.get("number") {
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => self.text(p, "number", path),
        }
    }

    fn evidence(&mut self, d: &Map<String, Value>, path: &str) -> Evidence {
        self.known(d, path, DOCUMENT_KEYS);
        let numbers = match d.get("numbers") {
            None | Some(Value::Null) => None,
            Some(Value::Array(items)) if items.len() > MAX_ITEMS => {
                self.errors.push(message!(
                    "assignment-json-has-items-more",
                    path = join(path, "numbers"),
                    count = items.len(),
                    limit = MAX_ITEMS
                ));
                None
            }
            Some(Value::Array(items)) => Some(
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, v)| match v {
                        Value::String(s) if s.chars().count() <= MAX_TEXT => Some(s.trim().to_string()),
                        Value::Number(n) => Some(n.to_string()),
                        other => {
                            let at = format!("{path}.numbers[{i}]");
                            self.wrong(&at, Message::term("assignment-json-string-most-10000"), other);
                            None
                        }
                    })
                    .collect(),
            ),
            Some(other) => {
                self.wrong(&join(path, "numbers"), Message::term("assignment-json-array"), other);
                None
            }
        };
        Evidence {
            kind: self.word(d, "type", path, evidence_kind, EVIDENCE_WORDS),
            copy: self.word(d, "copy", path, copy_form, "original, certified-copy, copy"),
            numbers,
            language: self.text(d, "language", path),
            date: self.date(d, "date", path),
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// A word as the schema writes it: lower case, `-` between words (`_` and spaces read the same).
fn slug(text: &str) -> String {
    text.trim().to_ascii_lowercase().replace(['_', ' '], "-")
}

fn party_kind(text: &str) -> Option<PartyKind> {
    match slug(text).as_str() {
        "person" | "individual" | "natural-person" => Some(PartyKind::Person),
        "organization" | "organisation" | "company" | "corporation" | "legal-person" | "legal-entity" => {
            Some(PartyKind::Organization)
        }
        _ => None,
    }
}

fn signature_form(text: &str) -> Option<SignatureForm> {
    match slug(text).as_str() {
        "handwritten" | "wet" | "wet-ink" => Some(SignatureForm::Handwritten),
        "seal" | "stamp" => Some(SignatureForm::Seal),
        "electronic" | "digital" | "qualified-electronic" => Some(SignatureForm::Electronic),
        "text-string" | "typed" | "s-signature" => Some(SignatureForm::TextString),
        _ => None,
    }
}

fn copy_form(text: &str) -> Option<CopyForm> {
    match slug(text).as_str() {
        "original" => Some(CopyForm::Original),
        "certified-copy" | "notarized-copy" | "notarised-copy" => Some(CopyForm::CertifiedCopy),
        "copy" | "photocopy" | "plain-copy" => Some(CopyForm::Copy),
        _ => None,
    }
}

const EVIDENCE_WORDS: &str = "assignment-deed, contract-extract, transfer-declaration, merger-certificate, official-document, technology-export-licence, technology-export-registration, translation, other";

fn evidence_kind(text: &str) -> Option<EvidenceKind> {
    Some(match slug(text).as_str() {
        "assignment-deed" | "deed" | "deed-of-assignment" | "assignment" | "contract" | "transfer-contract" => {
            EvidenceKind::AssignmentDeed
        }
        "contract-extract" | "extract" => EvidenceKind::ContractExtract,
        "transfer-declaration" | "declaration-of-transfer" | "certificate-of-transfer" => {
            EvidenceKind::TransferDeclaration
        }
        "merger-certificate" => EvidenceKind::MergerCertificate,
        "official-document" | "court-decision" | "court-order" => EvidenceKind::OfficialDocument,
        "technology-export-licence" | "technology-export-license" => EvidenceKind::TechnologyExportLicence,
        "technology-export-registration" | "technology-export-contract-registration" => {
            EvidenceKind::TechnologyExportRegistration
        }
        "translation" => EvidenceKind::Translation,
        "other" => EvidenceKind::Other,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_record() {
        let json = r#"{"conveyance": "assignment", "assignors": [{"name": "Jane Roe", "kind": "person", "country": "us",
            "execution_date": "2024-01-15", "signed": true}], "assignees": [{"name": "Acme GmbH", "kind": "company"}],
            "properties": [{"office": "PCT", "kind": "application", "number": "PCT/US2021/012345"}, {"office": "US", "number": 7130913}],
            "documents": [{"type": "deed", "numbers": ["特願2021-123456"]}]}"#;
        let read = read(json).expect("reads").expect("assignment data");
        let r = read.record;
        assert!(read.warnings.is_empty(), "{:?}", read.warnings);
        assert_eq!(r.conveyance, Some(Conveyance::Assignment));
        assert_eq!(r.assignors[0].country.as_deref(), Some("US"));
        assert_eq!(r.assignees[0].kind, Some(PartyKind::Organization));
        assert_eq!(r.properties[0].office, Some(Office::WO));
        assert_eq!(r.properties[1].number.as_deref(), Some("7130913"));
        assert_eq!(r.documents[0].kind, Some(EvidenceKind::AssignmentDeed));
    }

    #[test]
    fn unknown_fields_and_words_are_warnings() {
        let read = read(r#"{"assignors": [{"name": "A", "executon_date": "2024-01-01", "kind": "robot"}], "properties": [{"office": "QQ"}]}"#)
            .expect("reads")
            .expect("assignment data");
        assert_eq!(read.warnings.len(), 2, "{:?}", read.warnings);
        assert!(read.warnings[0].to_string().contains("assignors[0].executon_date"));
        assert_eq!(read.record.properties[0].office_text.as_deref(), Some("QQ"));
    }

    #[test]
    fn wrong_types_are_errors_with_their_paths() {
        for (json, problem) in [
            (r#"{"assignors": {"name": "A"}}"#, "`assignors` should be an array, not an object"),
            (r#"{"assignees": [{"name": 5}]}"#, "`assignees[0].name` should be a string, not a number"),
            (r#"{"assignees": [{"signed": "yes"}]}"#, "`assignees[0].signed` should be true or false, not a string"),
            (r#"{"properties": ["16/123,456"]}"#, "`properties[0]` should be an object, not a string"),
        ] {
            let error = read(json).expect_err("a wrong type");
            assert_eq!(error.to_string(), format!("The assignment data could not be read: {problem}."));
        }
        // Several: the first, and how many more.
        let error = read(r#"{"assignors": {"name": "A"}, "assignees": [{"name": 5, "signed": "yes"}], "properties": ["16/123,456"]}"#)
            .expect_err("wrong types");
        assert_eq!(
            error.to_string(),
            "The assignment data could not be read: `assignors` should be an array, not an object (and 3 more problems)."
        );
        assert_eq!(error.id(), "assignment-json-data-could-not-read-more");
        let error = read(r#"{"assignees": [{"name": 5, "signed": "yes"}]}"#).expect_err("wrong types");
        assert!(error.to_string().ends_with("(and one more problem)."), "{error}");
    }

    #[test]
    fn hostile_json_is_an_error_not_a_panic() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(read(&deep).expect_err("deep").to_string().contains("nests deeper"));
        let deep_object = format!(r#"{{"assignors": {}{}}}"#, "[".repeat(10_000), "]".repeat(10_000));
        assert!(read(&deep_object).expect_err("deep").to_string().contains("nests deeper"));
        let huge = format!(r#"{{"assignors": [{{"name": "{}"}}]}}"#, "x".repeat(MAX_TEXT + 1));
        assert!(read(&huge).expect_err("huge").to_string().contains("characters long"));
        assert!(read("[1, 2]").expect_err("array").to_string().contains("not an object"));
        assert!(read(r#"{"assignors": [1, 2, 3, 4, 5, 6, 7]}"#)
            .expect_err("many")
            .to_string()
            .contains("(and 6 more problems)"));
        assert!(read("{").expect_err("malformed").to_string().contains("malformed"));
        assert!(read(r#"{"name": "package"}"#).expect("reads").is_none(), "not assignment data");
    }
}

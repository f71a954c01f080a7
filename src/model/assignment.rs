//! An assignment (or other change of ownership) to be recorded at one or more offices: one global record, read from
//! JSON (`schemas/assignment.schema.json`) or from USPTO assignment data, and checked against every office it
//! concerns. What the record does not say is `None`: the rules tell "not stated" from "no".

use crate::numbers::NumberKind;
use crate::office::{Date, Office};
use serde::{Serialize, Serializer};

/// A date as written, with the calendar date it is when it is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordDate {
    pub text: String,
    /// `None` when the text is not a real date of the form `YYYY-MM-DD` (a time after it is ignored).
    pub date: Option<Date>,
}

impl RecordDate {
    #[must_use]
    pub fn parse(text: &str) -> RecordDate {
        let text = text.trim();
        let day = match text.get(..10) {
            Some(day) if text.len() == 10 || text.get(10..11) == Some("T") => Date::parse(day),
            _ => None,
        };
        // `Date::parse` reads `2024-1-5` too; only the ten-character form is a date here.
        let date = day.filter(|_| text.as_bytes().get(4) == Some(&b'-') && text.as_bytes().get(7) == Some(&b'-'));
        RecordDate { text: text.to_string(), date }
    }
}

impl Serialize for RecordDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.date {
            Some(date) => serializer.collect_str(&date),
            None => serializer.serialize_str(&self.text),
        }
    }
}

/// What the record conveys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Conveyance {
    /// A transfer of ownership by contract (also nunc pro tunc).
    Assignment,
    SecurityInterest,
    /// Release of a security interest.
    Release,
    Merger,
    ChangeOfName,
    License,
    /// A change by law or by a court: inheritance, court order, decree of distribution.
    OperationOfLaw,
    Other,
}

impl Conveyance {
    /// Reads the record's own words (`assignment`, `security-interest`) and the USPTO's conveyance texts
    /// (`ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).`).
    #[must_use]
    pub fn parse(text: &str) -> Option<Conveyance> {
        let words = text.trim().to_ascii_lowercase().replace(['-', '_'], " ");
        let words = words.trim_end_matches('.');
        if words.is_empty() {
            return None;
        }
        let has = |w: &str| words.contains(w);
        Some(if has("release") {
            Conveyance::Release
        } else if has("merger") {
            Conveyance::Merger
        } else if has("change of name") || has("name change") {
            Conveyance::ChangeOfName
        } else if has("security") || has("lien") || has("mortgage") || has("pledge") {
            Conveyance::SecurityInterest
        } else if has("licen") {
            Conveyance::License
        } else if has("court") || has("decree") || has("letters of") || has("operation of law") || has("inherit") {
            Conveyance::OperationOfLaw
        } else if has("assignment") || has("transfer") {
            Conveyance::Assignment
        } else {
            Conveyance::Other
        })
    }

    /// Whether the change rests on a contract between the parties (and so on a document they sign).
    #[must_use]
    pub fn by_contract(self) -> bool {
        matches!(
            self,
            Conveyance::Assignment
                | Conveyance::SecurityInterest
                | Conveyance::Release
                | Conveyance::License
                | Conveyance::Other
        )
    }
}

/// A natural person or a legal person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum PartyKind {
    Person,
    Organization,
}

/// How a party signed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum SignatureForm {
    Handwritten,
    /// A company seal or personal seal (hanko, dojang, 公章).
    Seal,
    /// A qualified or advanced electronic signature.
    Electronic,
    /// A typed signature between slashes, `/Jane Doe/`.
    TextString,
}

/// Whether a document is the original, a certified copy or a plain copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum CopyForm {
    Original,
    /// Notarised or otherwise certified to conform to the original.
    CertifiedCopy,
    Copy,
}

/// Who signed for an organisation, and in what capacity (e.g. "President").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Signatory {
    pub name: Option<String>,
    pub capacity: Option<String>,
}

/// A supporting document about one party: a power of attorney or a certificate of nationality. Present in the
/// record only when it is provided.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PartyDocument {
    pub copy: Option<CopyForm>,
    pub notarized: Option<bool>,
    /// The date of issue or notarisation.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub date: Option<RecordDate>,
}

/// An assignor or an assignee.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Party {
    pub name: Option<String>,
    pub kind: Option<PartyKind>,
    /// ST.3 code of the country of residence or seat, as written (upper case).
    pub country: Option<String>,
    /// ST.3 code of the nationality (for organisations, of the state under whose law it is organised).
    pub nationality: Option<String>,
    pub address: Option<String>,
    /// When the party signed the document (for assignors, the execution date).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub execution_date: Option<RecordDate>,
    pub signed: Option<bool>,
    pub signature: Option<SignatureForm>,
    /// For an organisation, who signed and in what capacity.
    pub signatory: Option<Signatory>,
    /// The party's patent attorney or agent before the offices.
    pub representative: Option<String>,
    pub power_of_attorney: Option<PartyDocument>,
    pub nationality_certificate: Option<PartyDocument>,
}

/// An application, patent or publication the record is to be recorded against.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Property {
    pub office: Option<Office>,
    /// The office as written, when it is none of the six.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub office_text: Option<String>,
    pub kind: Option<NumberKind>,
    pub number: Option<String>,
    pub title: Option<String>,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub filing_date: Option<RecordDate>,
    /// For PCT applications, the earliest priority date (or the international filing date without priority).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub priority_date: Option<RecordDate>,
}

/// Who the offices write to about the recordation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Correspondent {
    pub name: Option<String>,
    pub address: Option<String>,
    pub email: Option<String>,
}

/// The person who submits the request for recordation and signs its cover sheet (USPTO).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Submitter {
    pub name: Option<String>,
    pub signed: Option<bool>,
}

/// What a supporting document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKind {
    /// The instrument of transfer itself: the deed of assignment (譲渡証書, 양도증, 转让合同).
    AssignmentDeed,
    /// An extract of the contract showing the change.
    ContractExtract,
    /// A declaration of transfer signed by both parties (EPO), or the PLT Model International certificate of transfer.
    TransferDeclaration,
    /// A document of the competent authority on a merger or reorganisation.
    MergerCertificate,
    /// A court decision or other official document showing the change.
    OfficialDocument,
    /// China: Technology Export Licence (技术出口许可证), for restricted technologies.
    TechnologyExportLicence,
    /// China: Technology Export Contract Registration Certificate (技术出口合同登记证书), for freely exportable ones.
    TechnologyExportRegistration,
    Translation,
    Other,
}

/// A document filed with the request.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Evidence {
    #[serde(rename = "type")]
    pub kind: Option<EvidenceKind>,
    pub copy: Option<CopyForm>,
    /// The numbers of the applications and patents the document names.
    pub numbers: Option<Vec<String>>,
    /// ISO 639-1 code of its language.
    pub language: Option<String>,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub date: Option<RecordDate>,
}

/// Where the record has already been recorded (USPTO assignment data: reel and frame).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Recordation {
    pub office: Office,
    /// The USPTO's reel and frame, `018247/0405`.
    pub reel_frame: Option<String>,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub date: Option<RecordDate>,
}

/// One assignment record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct AssignmentRecord {
    pub conveyance: Option<Conveyance>,
    /// The conveyance as written, when it says more than `conveyance` (e.g. the USPTO's text).
    pub conveyance_text: Option<String>,
    pub assignors: Vec<Party>,
    pub assignees: Vec<Party>,
    pub properties: Vec<Property>,
    pub correspondent: Option<Correspondent>,
    pub submitter: Option<Submitter>,
    pub documents: Vec<Evidence>,
    pub recorded: Option<Recordation>,
    /// The record's position in a file of several (USPTO assignment data), for findings' locations.
    #[serde(skip)]
    pub index: Option<usize>,
}

impl AssignmentRecord {
    /// The location of `path` (a JSON path into the record, `assignors[1].execution_date`) in the file.
    #[must_use]
    pub fn field(&self, path: &str) -> String {
        match self.index {
            Some(index) => format!("records[{index}].{path}"),
            None => path.to_string(),
        }
    }

    /// The offices the record concerns: those its properties are listed under, or every office when it lists none.
    #[must_use]
    pub fn offices(&self) -> Vec<Office> {
        let listed: Vec<Office> =
            Office::ALL.into_iter().filter(|o| self.properties.iter().any(|p| p.office == Some(*o))).collect();
        if listed.is_empty() {
            Office::ALL.to_vec()
        } else {
            listed
        }
    }

    /// Whether the record lists a property at `office` (or lists none, and so concerns every office).
    #[must_use]
    pub fn concerns(&self, office: Office) -> bool {
        self.offices().contains(&office)
    }

    /// Whether the record has been recorded at `office` already.
    #[must_use]
    pub fn recorded_at(&self, office: Office) -> bool {
        self.recorded.as_ref().is_some_and(|r| r.office == office)
    }

    /// Assignors then assignees, with their paths (`assignors[0]`).
    pub fn parties(&self) -> impl Iterator<Item = (String, &Party)> {
        let assignors = self.assignors.iter().enumerate().map(|(i, p)| (format!("assignors[{i}]"), p));
        let assignees = self.assignees.iter().enumerate().map(|(i, p)| (format!("assignees[{i}]"), p));
        assignors.chain(assignees)
    }
}

/// Whether a party's country is mainland China (Hong Kong, Macao and Taiwan have codes of their own).
#[must_use]
pub fn mainland_china(party: &Party) -> bool {
    party.country.as_deref() == Some("CN")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_real_and_ten_characters() {
        assert_eq!(RecordDate::parse("2024-02-29").date, Some(Date::ymd(2024, 2, 29)));
        assert_eq!(RecordDate::parse("2006-09-14T04:00:00Z").date, Some(Date::ymd(2006, 9, 14)));
        for text in ["2023-02-29", "2024-1-5", "15.01.2024", "2024-01-15x", "", "２０２４-01-01"] {
            assert_eq!(RecordDate::parse(text).date, None, "{text}");
        }
    }

    #[test]
    fn conveyances_in_record_and_uspto_words() {
        for (text, conveyance) in [
            ("assignment", Conveyance::Assignment),
            ("ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).", Conveyance::Assignment),
            ("NUNC PRO TUNC ASSIGNMENT (SEE DOCUMENT FOR DETAILS).", Conveyance::Assignment),
            ("security-interest", Conveyance::SecurityInterest),
            ("RELEASE BY SECURED PARTY (SEE DOCUMENT FOR DETAILS).", Conveyance::Release),
            ("MERGER AND CHANGE OF NAME", Conveyance::Merger),
            ("change-of-name", Conveyance::ChangeOfName),
            ("license", Conveyance::License),
            ("COURT ORDER", Conveyance::OperationOfLaw),
            ("OPTION", Conveyance::Other),
        ] {
            assert_eq!(Conveyance::parse(text), Some(conveyance), "{text}");
        }
        assert_eq!(Conveyance::parse("  "), None);
    }
}

//! A WIPO ST.26 sequence listing as the rules read it: the root's attributes, the general information part, and
//! per sequence what its elements say and what its residues are, counted while the listing was read (the residues
//! themselves are not kept: a 100 MB listing costs its findings and a summary, not a copy of itself).

use serde::Serialize;

/// At most this many characters of a free-text value are kept (organism names and notes are far shorter; a
/// `translation` qualifier can be a whole protein).
pub const MAX_VALUE_CHARS: usize = 1_000;
/// At most this many distinct residue characters are counted per sequence (an alphabet has at most 26).
pub const MAX_DISTINCT_RESIDUES: usize = 64;
/// At most this many characters outside Annex IV are kept per listing (the count of all of them is kept too).
pub const MAX_BAD_CHARACTERS: usize = 10;

/// One element's text (or an attribute's value) as read, with the line it starts on and its element path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Value {
    pub text: String,
    pub line: u32,
    /// `languageCode`, for the elements that carry one.
    pub language: Option<String>,
}

/// A sequence listing in WIPO ST.26 XML.
#[derive(Clone, Debug, Default)]
pub struct SequenceListing {
    /// The file's name as given (its last path component), for the USPTO's file-name rule.
    pub file_name: String,
    /// The file's size in bytes.
    pub file_bytes: usize,
    /// Whether the bytes are UTF-8 (after an optional byte-order mark).
    pub utf8: bool,
    /// The XML declaration's `version` and `encoding`, when there is a declaration.
    pub declaration: Option<(Option<String>, Option<String>)>,
    /// The DOCTYPE declaration as written (without `<!DOCTYPE` and `>`), when there is one.
    pub doctype: Option<String>,
    /// The root element's attributes, by name, in the order written.
    pub attributes: Vec<(String, String)>,
    pub application_identification: bool,
    pub applicant_file_reference: Option<Value>,
    pub earliest_priority: bool,
    pub applicant_names: Vec<Value>,
    pub applicant_names_latin: Vec<Value>,
    pub invention_titles: Vec<Value>,
    pub total_quantity: Option<Value>,
    pub sequences: Vec<Sequence>,
    /// Characters outside the set Annex IV allows, in elements and attributes restricted to it (the first
    /// [`MAX_BAD_CHARACTERS`]).
    pub bad_characters: Vec<BadCharacter>,
    pub bad_character_count: usize,
}

/// A character outside the allowed set, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadCharacter {
    pub character: char,
    pub line: u32,
    /// The element (or `element/@attribute`) path.
    pub path: String,
    /// The SEQ ID NO of the sequence it is in, if any.
    pub sequence: Option<u32>,
}

/// The molecule type of `INSDSeq_moltype`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum MolType {
    #[serde(rename = "DNA")]
    Dna,
    #[serde(rename = "RNA")]
    Rna,
    #[serde(rename = "AA")]
    Aa,
}

impl MolType {
    #[must_use]
    pub fn parse(text: &str) -> Option<MolType> {
        match text {
            "DNA" => Some(MolType::Dna),
            "RNA" => Some(MolType::Rna),
            "AA" => Some(MolType::Aa),
            _ => None,
        }
    }

    #[must_use]
    pub fn is_nucleotide(self) -> bool {
        matches!(self, MolType::Dna | MolType::Rna)
    }
}

/// One `SequenceData` element.
#[derive(Clone, Debug, Default)]
pub struct Sequence {
    /// `sequenceIDNumber` as written.
    pub id_text: String,
    /// `sequenceIDNumber` as a number, when it is one.
    pub number: Option<u32>,
    /// Its position among the listing's sequences (1-based), for paths when the number is unusable.
    pub position: u32,
    pub line: u32,
    pub length: Option<Value>,
    pub moltype: Option<Value>,
    pub division: Option<Value>,
    pub other_seqids: Option<u32>,
    pub feature_table: bool,
    pub features: Vec<Feature>,
    /// Whether there is an `INSDSeq_sequence` element.
    pub has_residues: bool,
    pub residues_line: u32,
    /// The number of residues (characters other than white space).
    pub residue_count: u64,
    /// The first residues, for the report.
    pub preview: String,
    /// Whether the residues are exactly `000`, an intentionally skipped sequence.
    pub skipped: bool,
    /// Each distinct residue character, in order of first appearance (at most [`MAX_DISTINCT_RESIDUES`]).
    pub composition: Vec<ResidueCount>,
}

/// How often a residue character occurs in a sequence, and where first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResidueCount {
    pub character: char,
    /// 1-based position of its first occurrence.
    pub first: u64,
    pub count: u64,
}

impl Sequence {
    /// The molecule type, when `INSDSeq_moltype` names one.
    #[must_use]
    pub fn mol_type(&self) -> Option<MolType> {
        self.moltype.as_ref().and_then(|m| MolType::parse(m.text.trim()))
    }

    /// The element path of the sequence, as findings name it.
    #[must_use]
    pub fn path(&self) -> String {
        match self.number {
            Some(n) => format!("SequenceData[@sequenceIDNumber={n}]"),
            None => format!("SequenceData[{}]", self.position),
        }
    }
}

/// One `INSDFeature`.
#[derive(Clone, Debug, Default)]
pub struct Feature {
    /// Its position in the feature table (1-based).
    pub position: u32,
    pub line: u32,
    pub key: String,
    pub location: String,
    pub qualifiers: Vec<Qualifier>,
}

/// One `INSDQualifier`.
#[derive(Clone, Debug, Default)]
pub struct Qualifier {
    pub name: String,
    /// `INSDQualifier_value`, the value in English where it is free text (at most [`MAX_VALUE_CHARS`]).
    pub value: Option<String>,
    /// `NonEnglishQualifier_value`, free text in the language of the root's `nonEnglishFreeTextLanguageCode`.
    pub non_english_value: Option<String>,
    pub line: u32,
}

impl Feature {
    /// The value of the first qualifier named `name` (`Some("")` when it has no value).
    #[must_use]
    pub fn qualifier(&self, name: &str) -> Option<&str> {
        self.qualifiers
            .iter()
            .find(|q| q.name == name)
            .map(|q| q.value.as_deref().or(q.non_english_value.as_deref()).unwrap_or(""))
    }

    /// The element path of the feature within `sequence`.
    #[must_use]
    pub fn path(&self, sequence: &Sequence) -> String {
        format!("{}/INSDSeq/INSDSeq_feature-table/INSDFeature[{}]", sequence.path(), self.position)
    }
}

impl SequenceListing {
    /// Every qualifier of every feature, with its sequence and feature, in order.
    pub fn qualifiers(&self) -> impl Iterator<Item = (&Sequence, &Feature, &Qualifier)> {
        self.sequences
            .iter()
            .flat_map(|s| s.features.iter().flat_map(move |f| f.qualifiers.iter().map(move |q| (s, f, q))))
    }

    /// The value of the root attribute `name`.
    #[must_use]
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

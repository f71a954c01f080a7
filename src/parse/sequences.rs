//! WIPO ST.26 sequence listings (`ST26SequenceListing`, DTD V1_3 and earlier) to the model, read streaming with the
//! SAX walk ([`super::sax`]): no tree is built, residues are counted as they stream past and only their counts
//! and first characters are kept. The DTD is never read, so no entity is ever expanded (a listing that declares
//! entities is reported by the rules, from its DOCTYPE).

use super::sax::{self, Ev};
use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::sequences::{
    BadCharacter, Feature, Qualifier, ResidueCount, Sequence, SequenceListing, Value, MAX_BAD_CHARACTERS,
    MAX_DISTINCT_RESIDUES, MAX_VALUE_CHARS,
};

/// The root element of an ST.26 listing.
pub const ROOT: &str = "ST26SequenceListing";
/// A listing with more sequences than this is not read (real listings have at most tens of thousands).
pub const MAX_SEQUENCES: usize = 1_000_000;
/// A listing with more features than this, all sequences together, is not read.
pub const MAX_FEATURES: usize = 2_000_000;
/// The first residues kept for the report.
const PREVIEW_CHARS: usize = 60;

/// What comes before the root element: the XML declaration, the DOCTYPE and the root's name.
#[derive(Debug, Default, PartialEq, Eq)]
struct Prolog<'a> {
    declaration: Option<&'a [u8]>,
    doctype: Option<&'a [u8]>,
    root: Option<&'a [u8]>,
}

/// Reads the prolog of `bytes` (comments and processing instructions skipped), up to the root element's name.
fn prolog(bytes: &[u8]) -> Prolog<'_> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut out = Prolog::default();
    let mut at = 0;
    let find = |from: usize, needle: &[u8]| {
        bytes.get(from..).and_then(|rest| rest.windows(needle.len()).position(|w| w == needle)).map(|p| from + p)
    };
    loop {
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let rest = &bytes[at.min(bytes.len())..];
        if rest.starts_with(b"<?") {
            let Some(end) = find(at, b"?>") else { return out };
            if rest.starts_with(b"<?xml") && rest.get(5).is_some_and(|b| b.is_ascii_whitespace() || *b == b'?') {
                out.declaration = Some(&bytes[at + 5..end]);
            }
            at = end + 2;
        } else if rest.starts_with(b"<!--") {
            let Some(end) = find(at + 4, b"-->") else { return out };
            at = end + 3;
        } else if rest.starts_with(b"<!DOCTYPE") {
            // To the `>` outside quotes and outside the internal subset's brackets.
            let (mut depth, mut quote) = (0u32, None);
            let mut end = None;
            for (i, &b) in rest.iter().enumerate().skip(9) {
                match (quote, b) {
                    (Some(q), _) if b == q => quote = None,
                    (Some(_), _) => {}
                    (None, b'"' | b'\'') => quote = Some(b),
                    (None, b'[') => depth += 1,
                    (None, b']') => depth = depth.saturating_sub(1),
                    (None, b'>') if depth == 0 => {
                        end = Some(i);
                        break;
                    }
                    _ => {}
                }
            }
            let Some(end) = end else { return out };
            out.doctype = Some(&rest[9..end]);
            at += end + 1;
        } else if rest.starts_with(b"<") {
            let name: &[u8] = &rest[1..];
            let len =
                name.iter().position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/')).unwrap_or(name.len());
            out.root = Some(&name[..len]);
            return out;
        } else {
            return out;
        }
    }
}

/// The local part of a qualified name.
fn local(name: &[u8]) -> &[u8] {
    name.iter().rposition(|&b| b == b':').map_or(name, |at| &name[at + 1..])
}

/// Whether `bytes` are an ST.26 sequence listing: XML whose root element is `ST26SequenceListing`.
#[must_use]
pub fn is_listing(bytes: &[u8]) -> bool {
    // The prolog of a real listing is a few hundred bytes; a megabyte bounds the look on hostile input.
    let head = &bytes[..bytes.len().min(1 << 20)];
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        let text = super::text::decode(&head[..head.len().min(1 << 16) & !1]).text;
        return prolog(text.as_bytes()).root.is_some_and(|root| local(root) == ROOT.as_bytes());
    }
    prolog(head).root.is_some_and(|root| local(root) == ROOT.as_bytes())
}

/// The value of `name="…"` (or `'…'`) in an XML declaration's text.
fn pseudo_attribute(declaration: &str, name: &str) -> Option<String> {
    let at = declaration.find(name)?;
    let rest = declaration[at + name.len()..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let value = &rest[1..];
    Some(value[..value.find(quote)?].to_string())
}

/// Counts lines as the walk moves forward through the text (events come in order, so each byte is counted once).
struct Lines<'t> {
    text: &'t [u8],
    at: usize,
    line: u32,
}

impl Lines<'_> {
    fn at(&mut self, offset: usize) -> u32 {
        let offset = offset.min(self.text.len());
        if offset > self.at {
            let newlines = self.text[self.at..offset].iter().filter(|&&b| b == b'\n').count();
            self.line = self.line.saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
            self.at = offset;
        }
        self.line
    }
}

/// Elements whose text may be any Unicode character (ST.26 paragraph 41); every other element and attribute is
/// restricted to Annex IV (paragraph 40).
const FREE_ELEMENTS: [&[u8]; 5] =
    [b"ApplicantName", b"InventorName", b"InventionTitle", b"NonEnglishQualifier_value", b"INSDSeq_sequence"];

/// The state of the walk.
struct State<'t> {
    listing: SequenceListing,
    lines: Lines<'t>,
    /// Text of the element being captured.
    text: String,
    capturing: bool,
    /// The line and `languageCode` of the element being captured.
    started: (u32, Option<String>),
    sequence: Option<Sequence>,
    feature: Option<Feature>,
    qualifier: Option<Qualifier>,
    in_residues: bool,
    /// Index into the sequence's composition of each ASCII character seen in it, plus one (0: not seen yet).
    seen: [u8; 128],
    features: usize,
}

impl State<'_> {
    fn current_number(&self) -> Option<u32> {
        self.sequence.as_ref().and_then(|s| s.number)
    }

    /// Records the characters of `text` outside Annex IV; `path` names where they are, as findings name elements.
    fn check_characters(&mut self, text: &str, path: &dyn Fn(&Self) -> String, line: u32) {
        for c in text.chars() {
            let allowed = matches!(c, ' '..='~' | '\t' | '\n' | '\r');
            if allowed {
                continue;
            }
            self.listing.bad_character_count += 1;
            if self.listing.bad_characters.len() < MAX_BAD_CHARACTERS {
                let sequence = self.current_number();
                let path = path(self);
                self.listing.bad_characters.push(BadCharacter { character: c, line, path, sequence });
            }
        }
    }

    /// The path of the open elements from the root's child, as the rules' findings name elements: the sequence by
    /// its number (`SequenceData[@sequenceIDNumber=3]`), features and qualifiers by their position
    /// (`INSDFeature[2]/INSDFeature_quals/INSDQualifier[1]/INSDQualifier_value`).
    fn element_path(&self, stack: &[Box<[u8]>]) -> String {
        let name = |n: &[u8]| String::from_utf8_lossy(n).into_owned();
        stack
            .iter()
            .enumerate()
            .skip(1)
            .map(|(depth, n)| match (&**n, &self.sequence, &self.feature, &self.qualifier) {
                (b"SequenceData", Some(sequence), _, _) if depth == 1 => sequence.path(),
                (b"INSDFeature", _, Some(feature), _) => format!("INSDFeature[{}]", feature.position),
                (b"INSDQualifier", _, Some(feature), Some(_)) => {
                    format!("INSDQualifier[{}]", feature.qualifiers.len() + 1)
                }
                (other, ..) => name(other),
            })
            .collect::<Vec<_>>()
            .join("/")
    }

    fn residues(&mut self, text: &str) {
        let Some(sequence) = self.sequence.as_mut() else { return };
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            sequence.residue_count += 1;
            if sequence.preview.len() < PREVIEW_CHARS {
                sequence.preview.push(c);
            }
            let known = match usize::try_from(u32::from(c)).ok().and_then(|i| self.seen.get(i)) {
                Some(&0) | None => None,
                Some(&index) => Some(usize::from(index) - 1),
            };
            let found = known.or_else(|| {
                (!c.is_ascii()).then(|| sequence.composition.iter().position(|r| r.character == c)).flatten()
            });
            match found {
                Some(index) => sequence.composition[index].count += 1,
                None if sequence.composition.len() < MAX_DISTINCT_RESIDUES => {
                    sequence.composition.push(ResidueCount { character: c, first: sequence.residue_count, count: 1 });
                    if c.is_ascii() {
                        self.seen[c as usize] = u8::try_from(sequence.composition.len()).unwrap_or(0);
                    }
                }
                None => {}
            }
        }
    }

    fn value(&mut self) -> Value {
        let (line, language) = std::mem::take(&mut self.started);
        Value { text: std::mem::take(&mut self.text).trim().to_string(), line, language }
    }
}

/// Reads an ST.26 listing. `name` is the file's name as given.
///
/// # Errors
/// When the XML is malformed or nested deeper than `limits.xml_depth`, when its root is not
/// `ST26SequenceListing`, or when it holds more than [`MAX_SEQUENCES`] sequences or [`MAX_FEATURES`] features.
pub fn read(name: &str, bytes: &[u8], limits: &Limits) -> Result<SequenceListing, Message> {
    let file_name = name.rsplit(['/', '\\']).next().unwrap_or(name).to_string();
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let decoded;
    let (text, utf8) = match std::str::from_utf8(body) {
        Ok(text) if !utf16 => (text, true),
        _ => {
            decoded = super::text::decode(bytes).text;
            (decoded.as_str(), false)
        }
    };
    let head = prolog(text.as_bytes());
    let root = head.root.map(local).unwrap_or_default();
    if root != ROOT.as_bytes() {
        return Err(message!("sequences-root-element-not", name = String::from_utf8_lossy(root).into_owned()));
    }
    let declaration = head.declaration.map(|d| {
        let d = String::from_utf8_lossy(d);
        (pseudo_attribute(&d, "version"), pseudo_attribute(&d, "encoding"))
    });
    let doctype = head.doctype.map(|d| String::from_utf8_lossy(d).trim().to_string());
    let listing = SequenceListing {
        file_name,
        file_bytes: bytes.len(),
        utf8,
        declaration,
        doctype,
        ..SequenceListing::default()
    };
    let mut state = State {
        listing,
        lines: Lines { text: text.as_bytes(), at: 0, line: 1 },
        text: String::new(),
        capturing: false,
        started: (0, None),
        sequence: None,
        feature: None,
        qualifier: None,
        in_residues: false,
        seen: [0; 128],
        features: 0,
    };
    sax::walk(text, limits, |event, stack, at| {
        match event {
            Ev::Start(start) => {
                let line = state.lines.at(at);
                let name = stack.last().map(|n| &**n).unwrap_or_default();
                if stack.len() == 1 {
                    for attribute in start.attributes().flatten() {
                        let key = String::from_utf8_lossy(attribute.key.local_name().as_ref()).into_owned();
                        let value = sax::unescape(&String::from_utf8_lossy(&attribute.value));
                        let path = |_: &State| format!("{ROOT}/@{key}");
                        state.check_characters(&value, &path, line);
                        state.listing.attributes.push((key, value));
                    }
                    return Ok(());
                }
                match name {
                    b"ApplicationIdentification" if stack.len() == 2 => state.listing.application_identification = true,
                    b"EarliestPriorityApplicationIdentification" if stack.len() == 2 => {
                        state.listing.earliest_priority = true;
                    }
                    b"SequenceData" if stack.len() == 2 => {
                        if state.listing.sequences.len() >= MAX_SEQUENCES {
                            return Err(message!("sequences-listing-has-more", limit = MAX_SEQUENCES));
                        }
                        let id_text = sax::attr(start, b"sequenceIDNumber").unwrap_or_default();
                        // The sequence is not read yet: it is named by its position.
                        let path = |state: &State| {
                            format!("SequenceData[{}]/@sequenceIDNumber", state.listing.sequences.len() + 1)
                        };
                        state.check_characters(&id_text, &path, line);
                        let number = id_text.trim().parse::<u32>().ok();
                        let position = u32::try_from(state.listing.sequences.len() + 1).unwrap_or(u32::MAX);
                        state.sequence = Some(Sequence { id_text, number, position, line, ..Sequence::default() });
                        state.seen = [0; 128];
                    }
                    b"INSDSeq_other-seqids" => {
                        if let Some(sequence) = state.sequence.as_mut() {
                            sequence.other_seqids = Some(line);
                        }
                    }
                    b"INSDSeq_feature-table" => {
                        if let Some(sequence) = state.sequence.as_mut() {
                            sequence.feature_table = true;
                        }
                    }
                    b"INSDFeature" => {
                        state.features += 1;
                        if state.features > MAX_FEATURES {
                            return Err(message!("sequences-listing-has-more-than", limit = MAX_FEATURES));
                        }
                        let position = state.sequence.as_ref().map_or(0, |s| s.features.len() + 1);
                        let position = u32::try_from(position).unwrap_or(u32::MAX);
                        state.feature = Some(Feature { position, line, ..Feature::default() });
                    }
                    b"INSDQualifier" => state.qualifier = Some(Qualifier { line, ..Qualifier::default() }),
                    b"INSDSeq_sequence" => {
                        if let Some(sequence) = state.sequence.as_mut() {
                            sequence.has_residues = true;
                            sequence.residues_line = line;
                        }
                        state.in_residues = true;
                    }
                    b"ApplicantFileReference"
                    | b"ApplicantName"
                    | b"ApplicantNameLatin"
                    | b"InventionTitle"
                    | b"SequenceTotalQuantity"
                    | b"INSDSeq_length"
                    | b"INSDSeq_moltype"
                    | b"INSDSeq_division"
                    | b"INSDFeature_key"
                    | b"INSDFeature_location"
                    | b"INSDQualifier_name"
                    | b"INSDQualifier_value"
                    | b"NonEnglishQualifier_value" => {
                        state.capturing = true;
                        state.text.clear();
                        state.started = (line, sax::attr(start, b"languageCode"));
                    }
                    _ => {}
                }
            }
            Ev::Text(text) => {
                if state.in_residues {
                    state.residues(text);
                    return Ok(());
                }
                let name = stack.last().map(|n| &**n).unwrap_or_default();
                if !text.trim().is_empty() && !FREE_ELEMENTS.contains(&name) {
                    let line = state.lines.at(at);
                    let path = |state: &State| state.element_path(stack);
                    state.check_characters(text, &path, line);
                }
                if state.capturing && state.text.len() < MAX_VALUE_CHARS * 4 {
                    state.text.push_str(text);
                }
            }
            Ev::End(name) => {
                let depth = stack.len();
                state.capturing = false;
                match name {
                    b"ApplicantFileReference" if depth == 1 => {
                        state.listing.applicant_file_reference = Some(state.value());
                    }
                    b"ApplicantName" if depth == 1 => {
                        let value = state.value();
                        state.listing.applicant_names.push(value);
                    }
                    b"ApplicantNameLatin" if depth == 1 => {
                        let value = state.value();
                        state.listing.applicant_names_latin.push(value);
                    }
                    b"InventionTitle" if depth == 1 => {
                        let value = state.value();
                        state.listing.invention_titles.push(value);
                    }
                    b"SequenceTotalQuantity" if depth == 1 => state.listing.total_quantity = Some(state.value()),
                    b"SequenceData" if depth == 1 => {
                        if let Some(sequence) = state.sequence.take() {
                            state.listing.sequences.push(sequence);
                        }
                    }
                    b"INSDSeq_length" => {
                        let value = state.value();
                        if let Some(s) = state.sequence.as_mut() {
                            s.length = Some(value);
                        }
                    }
                    b"INSDSeq_moltype" => {
                        let value = state.value();
                        if let Some(s) = state.sequence.as_mut() {
                            s.moltype = Some(value);
                        }
                    }
                    b"INSDSeq_division" => {
                        let value = state.value();
                        if let Some(s) = state.sequence.as_mut() {
                            s.division = Some(value);
                        }
                    }
                    b"INSDSeq_sequence" => {
                        state.in_residues = false;
                        if let Some(s) = state.sequence.as_mut() {
                            s.skipped = s.residue_count == 3
                                && s.composition.first().is_some_and(|r| r.character == '0' && r.count == 3);
                        }
                    }
                    b"INSDFeature_key" => {
                        let value = state.value();
                        if let Some(f) = state.feature.as_mut() {
                            f.key = value.text;
                        }
                    }
                    b"INSDFeature_location" => {
                        let value = state.value();
                        if let Some(f) = state.feature.as_mut() {
                            f.location = value.text;
                        }
                    }
                    b"INSDQualifier_name" => {
                        let value = state.value();
                        if let Some(q) = state.qualifier.as_mut() {
                            q.name = value.text;
                        }
                    }
                    b"INSDQualifier_value" | b"NonEnglishQualifier_value" => {
                        let mut value = state.value().text;
                        if let Some((cut, _)) = value.char_indices().nth(MAX_VALUE_CHARS) {
                            value.truncate(cut);
                        }
                        if let Some(q) = state.qualifier.as_mut() {
                            if name == b"NonEnglishQualifier_value" {
                                q.non_english_value = Some(value);
                            } else {
                                q.value = Some(value);
                            }
                        }
                    }
                    b"INSDQualifier" => {
                        if let (Some(q), Some(f)) = (state.qualifier.take(), state.feature.as_mut()) {
                            f.qualifiers.push(q);
                        }
                    }
                    b"INSDFeature" => {
                        if let (Some(f), Some(s)) = (state.feature.take(), state.sequence.as_mut()) {
                            s.features.push(f);
                        }
                    }
                    _ => {}
                }
            }
        }
        Ok(())
    })?;
    Ok(state.listing)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE ST26SequenceListing PUBLIC "-//WIPO//DTD Sequence Listing 1.3//EN" "ST26SequenceListing_V1_3.dtd">
<ST26SequenceListing dtdVersion="V1_3" fileName="a.xml">
  <ApplicantFileReference>R-1</ApplicantFileReference>
  <ApplicantName languageCode="en">Acme</ApplicantName>
  <InventionTitle languageCode="en">Primers</InventionTitle>
  <SequenceTotalQuantity>1</SequenceTotalQuantity>
  <SequenceData sequenceIDNumber="1">
    <INSDSeq>
      <INSDSeq_length>12</INSDSeq_length>
      <INSDSeq_moltype>DNA</INSDSeq_moltype>
      <INSDSeq_division>PAT</INSDSeq_division>
      <INSDSeq_feature-table>
        <INSDFeature>
          <INSDFeature_key>source</INSDFeature_key>
          <INSDFeature_location>1..12</INSDFeature_location>
          <INSDFeature_quals>
            <INSDQualifier><INSDQualifier_name>organism</INSDQualifier_name><INSDQualifier_value>synthetic construct</INSDQualifier_value></INSDQualifier>
          </INSDFeature_quals>
        </INSDFeature>
      </INSDSeq_feature-table>
      <INSDSeq_sequence>acgtacgt
acgn</INSDSeq_sequence>
    </INSDSeq>
  </SequenceData>
</ST26SequenceListing>
"#;

    #[test]
    fn reads_a_listing_with_its_prolog_general_information_and_sequences() {
        assert!(is_listing(SMALL.as_bytes()));
        assert!(!is_listing(b"<?xml version=\"1.0\"?><claims/>"));
        let listing = read("dir/a.xml", SMALL.as_bytes(), &Limits::default()).unwrap();
        assert_eq!(listing.file_name, "a.xml");
        assert_eq!(listing.declaration, Some((Some("1.0".into()), Some("UTF-8".into()))));
        assert!(listing.doctype.as_deref().unwrap().starts_with("ST26SequenceListing PUBLIC"));
        assert_eq!(listing.attribute("dtdVersion"), Some("V1_3"));
        assert_eq!(listing.applicant_names[0].language.as_deref(), Some("en"));
        let sequence = &listing.sequences[0];
        assert_eq!((sequence.number, sequence.line, sequence.residue_count), (Some(1), 8, 12));
        assert_eq!(sequence.features[0].qualifier("organism"), Some("synthetic construct"));
        let counts: Vec<(char, u64, u64)> =
            sequence.composition.iter().map(|r| (r.character, r.first, r.count)).collect();
        assert_eq!(counts, [('a', 1, 3), ('c', 2, 3), ('g', 3, 3), ('t', 4, 2), ('n', 12, 1)]);
        assert!(listing.bad_characters.is_empty());
    }

    #[test]
    fn entities_are_never_expanded_and_nesting_is_bounded() {
        let laughs = SMALL.replace(
            "<!DOCTYPE ST26SequenceListing PUBLIC \"-//WIPO//DTD Sequence Listing 1.3//EN\" \"ST26SequenceListing_V1_3.dtd\">",
            "<!DOCTYPE ST26SequenceListing [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
        ).replace("acgn<", "&b;<");
        let listing = read("a.xml", laughs.as_bytes(), &Limits::default()).unwrap();
        assert!(listing.doctype.as_deref().unwrap().contains("<!ENTITY"));
        assert_eq!(listing.sequences[0].residue_count, 11, "`&b;` is kept as written, not expanded");
        let deep =
            SMALL.replace("<INSDSeq>", &"<INSDSeq>".repeat(300)).replace("</INSDSeq>", &"</INSDSeq>".repeat(300));
        let error = read("a.xml", deep.as_bytes(), &Limits::default()).unwrap_err();
        assert!(error.to_string().contains("xml_depth"), "{error}");
        let other = read("a.xml", b"<claims><claim>1. A lever.</claim></claims>", &Limits::default()).unwrap_err();
        assert_eq!(other.to_string(), "the root element is <claims>, not <ST26SequenceListing>");
    }

    #[test]
    fn characters_outside_annex_iv_are_found_where_they_are_restricted() {
        let text = SMALL.replace("R-1", "R–1").replace(">Acme<", ">Acmé<");
        let listing = read("a.xml", text.as_bytes(), &Limits::default()).unwrap();
        assert_eq!(listing.bad_character_count, 1, "ApplicantName may hold any character");
        let bad = &listing.bad_characters[0];
        assert_eq!((bad.character, bad.line, bad.path.as_str()), ('–', 4, "ApplicantFileReference"));
        // Within a sequence, the path names the sequence, feature and qualifier as the rules' findings do.
        let text = SMALL.replace("synthetic construct", "synthetic – construct");
        let listing = read("a.xml", text.as_bytes(), &Limits::default()).unwrap();
        let bad = &listing.bad_characters[0];
        assert_eq!(
            (bad.path.as_str(), bad.sequence),
            (
                "SequenceData[@sequenceIDNumber=1]/INSDSeq/INSDSeq_feature-table/INSDFeature[1]/INSDFeature_quals/INSDQualifier[1]/INSDQualifier_value",
                Some(1)
            )
        );
    }
}

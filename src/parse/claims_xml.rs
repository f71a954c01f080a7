//! Claims from patent XML: USPTO grants and applications (v4.x, PAP v1.5, ST.32 v2.5 SGML-derived `PATDOC`), XML4IP
//! claim listings (IFW `ClaimsDocument`), EPO `ep-patent-document` (also ST.36-style EP packages), WIPO ST.96, JPO
//! gazettes, CNIPA (`business:` schema and `cn-patent-document`) and EPO OPS full-text responses.
//!
//! One streaming pass with `quick-xml`: the root element names the document type; inside a claims container
//! (`claims`, `subdoc-claims`, `CL`, `pat:Claims`, `pat:ClaimSet`, …) each claim element (`claim`, `CLM`, `Claim`)
//! becomes a [`RawClaim`] whose text is its descendant text with tags stripped. Namespace prefixes are ignored.
//!
//! The input is untrusted: element depth and the number of claims are bounded by [`Limits`]; the DTD is never read,
//! so entities are never expanded (the five XML entities, character references and a small table of common HTML/ISO
//! names are resolved; any other `&name;` stays as written); nothing here panics on any input.

use super::{claims_text, RawClaim, RawClaimSet};
use crate::limits::Limits;
use crate::model::Status;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::Reader;
use std::collections::BTreeSet;
use std::fmt;

/// The claims found in one XML document.
#[derive(Debug, Default)]
pub struct XmlClaims {
    /// The document type read, e.g. `uspto-grant-xml`, `ep-patent-document`.
    pub format: &'static str,
    /// One set per language (EP grants have de, en, fr); empty when the document has no claims.
    pub claim_sets: Vec<RawClaimSet>,
}

/// Why an XML document could not be read.
#[derive(Debug)]
pub struct XmlError(pub String);

impl fmt::Display for XmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads the claims of a patent XML document.
///
/// # Errors
/// When the XML is malformed or exceeds `limits`.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<XmlClaims, XmlError> {
    let text = decode(bytes)?;
    Parser::new(&text, limits).run()
}

/// A document type: its name and how it marks up claims.
#[derive(Clone, Copy, Debug)]
struct Schema {
    format: &'static str,
    /// The markup tags each reference to another claim (`<claim-ref>`, `<CLREF>`, …): `tagged_references` is `Some`.
    tagged: bool,
    /// Claims may be one text blob with the claim numbers in the text (EPO OPS): split it as plain text.
    split: bool,
    /// An OCR'd applicant claim listing (XML4IP): pseudo-claims to drop, status identifiers in the claim labels.
    listing: bool,
    /// ST.32 names the claims container `CL` and a claim `CLM`; elsewhere those names mean nothing.
    st32: bool,
}

impl Schema {
    const fn new(format: &'static str, tagged: bool) -> Self {
        Schema { format, tagged, split: false, listing: false, st32: false }
    }
}

/// The document type named by the root element's local name.
fn schema(root: &[u8]) -> Schema {
    match root {
        b"us-patent-grant" => Schema::new("uspto-grant-xml", true),
        b"us-patent-application" => Schema::new("uspto-application-xml", true),
        b"patent-application-publication" => Schema::new("uspto-pap-xml", true),
        b"PATDOC" => Schema { st32: true, ..Schema::new("uspto-st32-sgml-xml", true) },
        b"ClaimsDocument" => Schema { listing: true, ..Schema::new("uspto-xml4ip-claims", true) },
        b"SpecificationDocument" => Schema::new("uspto-xml4ip-specification", false),
        b"ep-patent-document" => Schema::new("ep-patent-document", false),
        b"Application-body" => Schema::new("ep-package-toc", false),
        b"PatentPublication" => Schema::new("wipo-st96", true),
        b"wo-patent-document" => Schema::new("wipo-st36", false),
        b"jp-official-gazette" => Schema::new("jpo-gazette-xml", false),
        b"PatentDocumentAndRelated" | b"cn-patent-document" => Schema::new("cnipa-xml", false),
        b"world-patent-data" => Schema { split: true, ..Schema::new("epo-ops-xml", false) },
        // The USPTO assignment search API answers with a Solr `<response>`.
        b"response" => Schema::new("uspto-assignment-xml", false),
        _ => Schema::new("xml", false),
    }
}

/// What an open element means for the claim being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Other,
    Set,
    Claim,
    /// A tagged reference to other claims.
    Reference,
    /// An element whose text is a block of its own (a line in the claim text).
    Block,
    /// A table cell: its text is separated by a space.
    Cell,
    /// Metadata in the claim whose text is not claim text.
    Skip(Skip),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Skip {
    /// `ClaimNumber` (ST.96, XML4IP).
    Number,
    /// `ClaimStatusCategory` (XML4IP).
    Status,
    /// Page headers (XML4IP `BoundaryData`) and the claim type.
    Ignore,
}

/// An open element.
struct Frame {
    role: Role,
    /// The language in force: the element's own `lang` or its parent's.
    language: Option<&'static str>,
    /// The tag name as written, to match end tags.
    name: Box<[u8]>,
}

/// A claim being read.
#[derive(Default)]
struct ClaimDraft {
    line: Option<u32>,
    /// From the `num` attribute.
    number: Option<u32>,
    /// The text of a `ClaimNumber` element, when there is one.
    number_text: Option<String>,
    status_text: String,
    /// XML4IP marks text blocks it could not recognise as claims with ids `UNKNOWN-…`.
    pseudo: bool,
    text: TextBuf,
    references: BTreeSet<u32>,
    /// The last claim the previous reference element named, and the text since it ended: "claims 1 to 8" is tagged
    /// as two references, to 1 and to 8.
    last_reference: Option<u32>,
    between: String,
}

/// A claim set being read.
struct SetDraft {
    language: Option<&'static str>,
    claims: Vec<RawClaim>,
    /// Some claim had no number of its own (no `num`, no `ClaimNumber`).
    unnumbered: bool,
}

struct Parser<'a> {
    text: &'a str,
    limits: &'a Limits,
    /// The first document's type; a file of concatenated documents keeps it.
    format: Option<&'static str>,
    /// The current document's type.
    schema: Schema,
    stack: Vec<Frame>,
    set: Option<SetDraft>,
    claim: Option<ClaimDraft>,
    /// Open `Skip` elements, and the kind of the outermost.
    skipping: usize,
    skip: Skip,
    /// Open reference elements.
    in_reference: usize,
    claims_seen: usize,
    sets: Vec<RawClaimSet>,
    /// Line counting: the line at byte `line_offset`.
    line: u32,
    line_offset: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, limits: &'a Limits) -> Self {
        Parser {
            text,
            limits,
            format: None,
            schema: schema(b""),
            stack: Vec::new(),
            set: None,
            claim: None,
            skipping: 0,
            skip: Skip::Ignore,
            in_reference: 0,
            claims_seen: 0,
            sets: Vec::new(),
            line: 1,
            line_offset: 0,
        }
    }

    fn run(mut self) -> Result<XmlClaims, XmlError> {
        let mut reader = Reader::from_str(self.text);
        let config = reader.config_mut();
        // End tags are matched here, with recovery: an end tag that closes an ancestor also closes the elements left
        // open inside it, as in a real EPO file whose description has `<heading><Fourth Embodiment</heading>`.
        config.check_end_names = false;
        config.expand_empty_elements = false;
        // "AT&T" written without escaping is common enough in office data not to reject the document for it.
        config.allow_dangling_amp = true;
        loop {
            let before = position(reader.buffer_position());
            let event = match reader.read_event() {
                Ok(event) => event,
                Err(error) => {
                    let line = self.line_at(position(reader.error_position()));
                    return Err(XmlError(format!("line {line}: {}", describe(&error))));
                }
            };
            match event {
                Event::Start(start) => self.start(&start, before)?,
                Event::Empty(start) => {
                    self.start(&start, before)?;
                    self.end()?;
                }
                Event::End(end) => {
                    let Some(open) = self.stack.iter().rposition(|frame| *frame.name == *end.name().as_ref()) else {
                        let line = self.line_at(before);
                        let name = String::from_utf8_lossy(end.name().as_ref()).into_owned();
                        return Err(XmlError(format!("line {line}: unexpected end tag </{name}>")));
                    };
                    while self.stack.len() > open {
                        self.end()?;
                    }
                }
                Event::Text(text) => self.text(&String::from_utf8_lossy(&text)),
                Event::CData(data) => self.text(&String::from_utf8_lossy(&data)),
                Event::GeneralRef(reference) => self.text(&resolve(&reference)),
                Event::Eof => break,
                // The DTD (internal subset included) is skipped unread: no entity is ever declared or expanded.
                Event::DocType(_) | Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            }
        }
        if let Some(open) = self.stack.pop() {
            let line = self.line_at(self.text.len());
            let name = String::from_utf8_lossy(&open.name);
            return Err(XmlError(format!("line {line}: the document ends before <{name}> is closed")));
        }
        let Some(format) = self.format else {
            return Err(XmlError("the file holds no XML element".into()));
        };
        Ok(XmlClaims { format, claim_sets: self.sets })
    }

    /// The 1-based line of byte `offset`; offsets must not decrease between calls, except for error reporting.
    fn line_at(&mut self, offset: usize) -> u32 {
        let bytes = self.text.as_bytes();
        if offset < self.line_offset {
            let before = bytes.get(..offset).unwrap_or_default();
            return count_lines(before);
        }
        let chunk = bytes.get(self.line_offset..offset).unwrap_or_default();
        self.line = self.line.saturating_add(count_lines(chunk) - 1);
        self.line_offset = offset.min(bytes.len());
        self.line
    }

    fn start(&mut self, start: &BytesStart<'_>, offset: usize) -> Result<(), XmlError> {
        if self.stack.len() >= self.limits.xml_depth {
            let line = self.line_at(offset);
            return Err(XmlError(format!(
                "line {line}: elements are nested more than {} deep, the limit (xml_depth)",
                self.limits.xml_depth
            )));
        }
        let local = start.local_name();
        let name = local.as_ref();
        if self.stack.is_empty() {
            self.schema = schema(name);
            self.format.get_or_insert(self.schema.format);
        }
        let parent_language = self.stack.last().and_then(|frame| frame.language);
        let role = self.role(name);
        // Attributes matter only outside claims (languages) and on the claim and reference elements themselves.
        let language = if self.claim.is_none() { language_attribute(start).or(parent_language) } else { parent_language };
        match role {
            Role::Set => self.set = Some(SetDraft { language, claims: Vec::new(), unnumbered: false }),
            Role::Claim => self.start_claim(start, offset)?,
            Role::Reference => self.start_reference(start, name),
            Role::Block => self.gap(Gap::Break),
            Role::Cell => self.gap(Gap::Space),
            Role::Skip(kind) => {
                if self.skipping == 0 {
                    self.skip = kind;
                    if let (Skip::Number, Some(claim)) = (kind, self.claim.as_mut()) {
                        claim.number_text.get_or_insert_with(String::new);
                    }
                }
                self.skipping += 1;
            }
            Role::Other if is_line_break(name) => self.gap(Gap::Line),
            Role::Other => {}
        }
        self.stack.push(Frame { role, language, name: start.name().as_ref().into() });
        Ok(())
    }

    /// What element `name` means where it is.
    fn role(&self, name: &[u8]) -> Role {
        let st32 = self.schema.st32;
        if self.claim.is_some() {
            return match name {
                b"ClaimNumber" => Role::Skip(Skip::Number),
                b"ClaimStatusCategory" => Role::Skip(Skip::Status),
                b"ClaimTypeCategory" | b"BoundaryData" => Role::Skip(Skip::Ignore),
                _ if reference_attribute(name).is_some() => Role::Reference,
                b"claim-text" | b"ClaimText" | b"PARA" | b"CLMSTEP" | b"p" | b"heading" | b"li" | b"row" | b"tr" => {
                    Role::Block
                }
                b"entry" | b"td" | b"th" | b"mtd" => Role::Cell,
                _ => Role::Other,
            };
        }
        if self.set.is_some() {
            let claim = matches!(name, b"claim" | b"Claim") || (st32 && name == b"CLM");
            return if claim { Role::Claim } else { Role::Other };
        }
        let set = matches!(name, b"claims" | b"Claims" | b"subdoc-claims" | b"ClaimSet") || (st32 && name == b"CL");
        if set {
            Role::Set
        } else {
            Role::Other
        }
    }

    fn start_claim(&mut self, start: &BytesStart<'_>, offset: usize) -> Result<(), XmlError> {
        self.claims_seen += 1;
        if self.claims_seen > self.limits.claims {
            let line = self.line_at(offset);
            return Err(XmlError(format!(
                "line {line}: the document holds more than {} claims, the limit (claims)",
                self.limits.claims
            )));
        }
        let mut claim = ClaimDraft { line: Some(self.line_at(offset)), ..ClaimDraft::default() };
        claim.text.keep_newlines = self.schema.split;
        for attribute in start.attributes().flatten() {
            match attribute.key.local_name().as_ref() {
                b"num" => claim.number = leading_number(&attribute.value),
                b"id" => claim.pseudo = attribute.value.starts_with(b"UNKNOWN"),
                _ => {}
            }
        }
        self.claim = Some(claim);
        Ok(())
    }

    /// Records the claims a reference element names; "claims 1 to 8" tagged as 1 and 8 names 1 to 8.
    fn start_reference(&mut self, start: &BytesStart<'_>, name: &[u8]) {
        self.in_reference += 1;
        let (Some(claim), Some(wanted)) = (self.claim.as_mut(), reference_attribute(name)) else {
            return;
        };
        let mut numbers = Vec::new();
        for attribute in start.attributes().flatten() {
            if attribute.key.local_name().as_ref() == wanted {
                // IDREFS: several ids separated by spaces, each ending in the claim number ("CLM-00001").
                numbers.extend(attribute.value.split(u8::is_ascii_whitespace).filter_map(trailing_number));
            }
        }
        let range_cap = self.limits.range_claims;
        if let (Some(from), Some(&to)) = (claim.last_reference, numbers.first()) {
            let connective = claim.between.trim().to_lowercase();
            let is_range = matches!(connective.as_str(), "to" | "through" | "thru" | "-" | "–" | "—" | "bis" | "à" | "~");
            if is_range && to > from && to - from <= range_cap && claim.references.len() <= range_cap as usize {
                claim.references.extend(from..to);
            }
        }
        claim.references.extend(numbers.iter().copied());
        claim.last_reference = numbers.last().copied().or(claim.last_reference);
        claim.between.clear();
    }

    fn end(&mut self) -> Result<(), XmlError> {
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        match frame.role {
            Role::Set => self.finish_set()?,
            Role::Claim => self.finish_claim(),
            Role::Reference => self.in_reference = self.in_reference.saturating_sub(1),
            Role::Block => self.gap(Gap::Break),
            Role::Cell => self.gap(Gap::Space),
            Role::Skip(_) => self.skipping = self.skipping.saturating_sub(1),
            Role::Other => {}
        }
        Ok(())
    }

    fn gap(&mut self, gap: Gap) {
        if let Some(claim) = self.claim.as_mut() {
            if self.skipping == 0 {
                claim.text.gap(gap);
            }
        }
    }

    fn text(&mut self, text: &str) {
        let Some(claim) = self.claim.as_mut() else {
            return;
        };
        if self.skipping > 0 {
            match self.skip {
                Skip::Number => push_capped(claim.number_text.get_or_insert_with(String::new), text, 32),
                Skip::Status => push_capped(&mut claim.status_text, text, 100),
                Skip::Ignore => {}
            }
            return;
        }
        claim.text.push(text);
        if self.in_reference == 0 && claim.last_reference.is_some() {
            push_capped(&mut claim.between, text, 40);
        }
    }

    fn finish_claim(&mut self) {
        let Some(draft) = self.claim.take() else {
            return;
        };
        self.skipping = 0;
        self.in_reference = 0;
        let Some(set) = self.set.as_mut() else {
            return;
        };
        let element_number = draft.number_text.as_deref().map(|text| leading_number(text.trim().as_bytes()));
        // XML4IP: blocks the OCR could not place ("IN THE CLAIMS This listing of claims will replace…", page
        // headers) come as claims without a number or with an `UNKNOWN` id; they are not claims.
        if self.schema.listing && (draft.pseudo || matches!(element_number, None | Some(None))) {
            return;
        }
        let own_number = draft.number.or(element_number.flatten());
        set.unnumbered |= own_number.is_none();
        let number = own_number.unwrap_or_else(|| u32::try_from(set.claims.len() + 1).unwrap_or(u32::MAX));
        let text = draft.text.finish();
        let (text, label_status) = if self.schema.split && own_number.is_none() {
            (text, None)
        } else {
            strip_label(&text, number, self.schema.listing)
        };
        let status_text = draft.status_text.trim();
        let status = if status_text.is_empty() { label_status } else { Some(Status::parse(status_text)) };
        let tagged_references = self.schema.tagged.then(|| draft.references.into_iter().collect());
        set.claims.push(RawClaim { number, line: draft.line, status, text, tagged_references });
    }

    fn finish_set(&mut self) -> Result<(), XmlError> {
        let Some(set) = self.set.take() else {
            return Ok(());
        };
        if set.claims.is_empty() {
            return Ok(());
        }
        if self.schema.split && set.unnumbered {
            // OPS gives the claims as text: one `<claim-text>` per claim or one for all, the numbers in the text.
            let text: Vec<&str> = set.claims.iter().map(|claim| claim.text.as_str()).collect();
            let mut split = claims_text::split(&text.join("\n"), self.limits).map_err(|error| match error {
                claims_text::SplitError::TooManyClaims { limit } => {
                    XmlError(format!("the claims text holds more than {limit} claims, the limit (claims)"))
                }
            })?;
            for claim in &mut split.claims {
                // Its lines are those of the joined text, not of the XML.
                claim.line = None;
            }
            split.language = set.language;
            if !split.claims.is_empty() {
                self.sets.push(split);
            }
            return Ok(());
        }
        self.sets.push(RawClaimSet { language: set.language, claims: set.claims });
        Ok(())
    }
}

/// How claim text is separated where whitespace or markup stood; a stronger gap wins.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    #[default]
    None,
    /// White space alone between tags: pretty-printing, not text ("claim 1 ⏎ <PDAT>, wherein").
    Layout,
    Space,
    /// `<br/>`: a line break, except inside a run of Chinese or Japanese, where it only wrapped the line.
    Line,
    /// The end or start of a block (`<claim-text>`, `<PARA>`): a new line.
    Break,
}

/// Claim text with white space normalised: runs of spaces become one space, blocks one line each, nothing at the
/// ends.
#[derive(Default)]
struct TextBuf {
    out: String,
    gap: Gap,
    /// Line breaks in the text itself are kept (text that will be split into claims by its lines).
    keep_newlines: bool,
}

impl TextBuf {
    fn gap(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    fn push(&mut self, text: &str) {
        let layout = text.chars().all(char::is_whitespace);
        for c in text.chars() {
            if c.is_whitespace() {
                self.gap(if self.keep_newlines && c == '\n' {
                    Gap::Break
                } else if layout {
                    Gap::Layout
                } else {
                    Gap::Space
                });
            } else {
                self.flush_gap(c);
                self.out.push(c);
            }
        }
    }

    /// Writes the pending gap before `next`.
    fn flush_gap(&mut self, next: char) {
        let gap = std::mem::take(&mut self.gap);
        let Some(previous) = self.out.chars().next_back() else {
            return;
        };
        let cjk_run = is_cjk_letter(previous) && is_cjk_letter(next);
        match gap {
            Gap::None => {}
            Gap::Layout if matches!(next, ',' | ';' | ':' | '.' | ')') => {}
            Gap::Layout | Gap::Space | Gap::Line if cjk_run => {}
            Gap::Layout | Gap::Space => self.out.push(' '),
            Gap::Line | Gap::Break => self.out.push('\n'),
        }
    }

    fn finish(self) -> String {
        self.out
    }
}

/// Han, kana and full-width letters and digits: scripts written without spaces, where white space in the XML is only
/// a line wrap.
fn is_cjk_letter(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
        || matches!(c, '\u{ff10}'..='\u{ff19}' | '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}')
}

fn is_line_break(name: &[u8]) -> bool {
    matches!(name, b"br" | b"BR")
}

/// The attribute of a reference element that holds the ids of the claims it names.
fn reference_attribute(name: &[u8]) -> Option<&'static [u8]> {
    match name {
        b"claim-ref" => Some(b"idref"),
        b"dependent-claim-reference" => Some(b"depends_on"),
        b"CLREF" => Some(b"ID"),
        b"ClaimReference" => Some(b"idrefs"),
        _ => None,
    }
}

/// The language an element's `lang` (or ST.96 `languageCode`) attribute names.
fn language_attribute(start: &BytesStart<'_>) -> Option<&'static str> {
    start
        .attributes()
        .flatten()
        .find(|attribute| matches!(attribute.key.local_name().as_ref(), b"lang" | b"languageCode"))
        .and_then(|attribute| language(&attribute.value))
}

/// `EN`, `de`, `ja-JP`, `zh_CN` to one of the languages patlint knows.
fn language(code: &[u8]) -> Option<&'static str> {
    let primary = code.split(|&b| b == b'-' || b == b'_').next().unwrap_or_default().to_ascii_lowercase();
    match primary.as_slice() {
        b"en" => Some("en"),
        b"de" => Some("de"),
        b"fr" => Some("fr"),
        b"ja" | b"jp" => Some("ja"),
        b"zh" | b"cn" => Some("zh"),
        b"ko" | b"kr" => Some("ko"),
        _ => None,
    }
}

/// The number at the start of `value` ("0001" → 1, "12a" → 12), if it fits a `u32`.
fn leading_number(value: &[u8]) -> Option<u32> {
    let digits = value.iter().take_while(|b| b.is_ascii_digit()).count();
    std::str::from_utf8(value.get(..digits)?).ok()?.parse().ok()
}

/// The number at the end of an id ("CLM-00012" → 12).
fn trailing_number(id: &[u8]) -> Option<u32> {
    let digits = id.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    leading_number(id.get(id.len() - digits..)?)
}

fn push_capped(buffer: &mut String, text: &str, cap: usize) {
    for c in text.chars() {
        if buffer.len() >= cap {
            return;
        }
        buffer.push(c);
    }
}

/// Removes the claim's own label from the start of its text — `1.`, `1 .`, `Claim 1 (Currently amended).`,
/// `【請求項１】` — as the text splitter does, so a claim's text is the same whichever way it came. Returns the status
/// identifier read from the label when `with_status` (claim listings). A label naming another number is kept.
fn strip_label(text: &str, number: u32, with_status: bool) -> (String, Option<Status>) {
    let chars: Vec<char> = text.chars().collect();
    let unchanged = || (text.to_string(), None);
    let at = |i: usize| chars.get(i).copied();
    let skip_spaces = |mut i: usize| {
        while at(i).is_some_and(char::is_whitespace) {
            i += 1;
        }
        i
    };
    let mut i = skip_spaces(0);
    let bracketed = at(i) == Some('【');
    let mut worded = false;
    if bracketed {
        let word: String = chars.iter().skip(i + 1).take(3).collect();
        if word != "請求項" && word != "청구항" {
            return unchanged();
        }
        i = skip_spaces(i + 4);
    } else {
        let word: String = chars.iter().skip(i).take(5).collect::<String>().to_lowercase();
        if word == "claim" {
            i += 5;
            if matches!(at(i), Some('s' | 'S')) {
                i += 1;
            }
            if !at(i).is_some_and(char::is_whitespace) {
                return unchanged();
            }
            i = skip_spaces(i);
            worded = true;
        }
    }
    let digits_start = i;
    let mut value: u32 = 0;
    while let Some(d) = at(i).and_then(super::text::digit) {
        if i - digits_start >= 6 {
            return unchanged();
        }
        value = value * 10 + d;
        i += 1;
    }
    if i == digits_start || value != number {
        return unchanged();
    }
    if bracketed {
        i = skip_spaces(i);
        if at(i) != Some('】') {
            return unchanged();
        }
        i += 1;
    } else {
        let after = skip_spaces(i);
        match at(after) {
            // "1.5 g" is a quantity, not claim 1.
            Some('.' | '．') if at(after + 1).and_then(super::text::digit).is_some() => return unchanged(),
            Some('.' | ')' | ':' | '、' | '．' | '：' | '）') => i = after + 1,
            None => i = after,
            Some(c) if worded && (c.is_whitespace() || c == '(' || i < after) => i = after,
            _ => return unchanged(),
        }
    }
    i = skip_spaces(i);
    let mut status = None;
    if with_status && matches!(at(i), Some('(' | '[')) {
        let close = if at(i) == Some('(') { ')' } else { ']' };
        let inside: String = chars.iter().skip(i + 1).take(41).take_while(|&&c| c != close).collect();
        let closed = at(i + 1 + inside.chars().count()) == Some(close);
        let words = inside.split(|c: char| c.is_whitespace() || c == '-' || c == '–').filter(|w| !w.is_empty()).count();
        let plain = inside.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-' || c == '–');
        if closed && plain && (1..=4).contains(&words) {
            status = Some(Status::parse(&inside));
            i += inside.chars().count() + 2;
            if matches!(at(i), Some('.' | ':')) {
                i += 1;
            }
            i = skip_spaces(i);
        }
    }
    (chars.get(i..).unwrap_or_default().iter().collect(), status)
}

/// The text of a character or entity reference. The DTD is never read, so only the XML entities and a table of
/// common HTML/ISO names are known; any other reference stays as written.
fn resolve(reference: &BytesRef<'_>) -> String {
    let name = String::from_utf8_lossy(reference);
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => number.parse().ok(),
        };
        return match code.and_then(char::from_u32) {
            Some(c) => c.to_string(),
            None => format!("&{name};"),
        };
    }
    match entity(&name) {
        Some(text) => text.to_string(),
        None => format!("&{name};"),
    }
}

/// Named entities seen in USPTO, EPO and JPO data (ISO 8879 sets as the USPTO DTDs use them, and HTML names).
fn entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "ensp" => "\u{2002}",
        "emsp" => "\u{2003}",
        "thinsp" => "\u{2009}",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "prime" => "′",
        "Prime" => "″",
        "mdash" => "—",
        "ndash" => "–",
        "minus" => "−",
        "plus" => "+",
        "equals" => "=",
        "plusmn" => "±",
        "times" => "×",
        "divide" => "÷",
        "deg" => "°",
        "micro" => "µ",
        "middot" => "·",
        "bull" => "•",
        "hellip" => "…",
        "lsqb" => "[",
        "rsqb" => "]",
        "lcub" => "{",
        "rcub" => "}",
        "lpar" => "(",
        "rpar" => ")",
        "num" => "#",
        "percnt" => "%",
        "bsol" => "\\",
        "sol" => "/",
        "verbar" => "|",
        "le" => "≤",
        "ge" => "≥",
        "ne" => "≠",
        "asymp" => "≈",
        "infin" => "∞",
        "isin" => "∈",
        "int" => "∫",
        "sum" => "∑",
        "radic" => "√",
        "rarr" => "→",
        "larr" => "←",
        "frac12" => "½",
        "frac14" => "¼",
        "frac34" => "¾",
        "frac13" => "⅓",
        "frac15" => "⅕",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "sect" => "§",
        "para" => "¶",
        "yen" => "¥",
        "pound" => "£",
        "euro" => "€",
        "cent" => "¢",
        "tilde" => "˜",
        "auml" => "ä",
        "ouml" => "ö",
        "uuml" => "ü",
        "Auml" => "Ä",
        "Ouml" => "Ö",
        "Uuml" => "Ü",
        "szlig" => "ß",
        "eacute" => "é",
        "egrave" => "è",
        "agrave" => "à",
        "aring" => "å",
        "ccedil" => "ç",
        // MathML's invisible operators.
        "it" => "\u{2062}",
        "af" => "\u{2061}",
        _ => return greek(name),
    })
}

/// Greek letters by their HTML names (`alpha`, `Delta`) and ISO 8879 names (`agr`, `Dgr`, `PHgr`).
fn greek(name: &str) -> Option<&'static str> {
    const LETTERS: [(&str, &str, &str); 48] = [
        ("alpha", "agr", "α"),
        ("Alpha", "Agr", "Α"),
        ("beta", "bgr", "β"),
        ("Beta", "Bgr", "Β"),
        ("gamma", "ggr", "γ"),
        ("Gamma", "Ggr", "Γ"),
        ("delta", "dgr", "δ"),
        ("Delta", "Dgr", "Δ"),
        ("epsilon", "egr", "ε"),
        ("Epsilon", "Egr", "Ε"),
        ("zeta", "zgr", "ζ"),
        ("Zeta", "Zgr", "Ζ"),
        ("eta", "eegr", "η"),
        ("Eta", "EEgr", "Η"),
        ("theta", "thgr", "θ"),
        ("Theta", "THgr", "Θ"),
        ("iota", "igr", "ι"),
        ("Iota", "Igr", "Ι"),
        ("kappa", "kgr", "κ"),
        ("Kappa", "Kgr", "Κ"),
        ("lambda", "lgr", "λ"),
        ("Lambda", "Lgr", "Λ"),
        ("mu", "mgr", "μ"),
        ("Mu", "Mgr", "Μ"),
        ("nu", "ngr", "ν"),
        ("Nu", "Ngr", "Ν"),
        ("xi", "xgr", "ξ"),
        ("Xi", "Xgr", "Ξ"),
        ("omicron", "ogr", "ο"),
        ("Omicron", "Ogr", "Ο"),
        ("pi", "pgr", "π"),
        ("Pi", "Pgr", "Π"),
        ("rho", "rgr", "ρ"),
        ("Rho", "Rgr", "Ρ"),
        ("sigma", "sgr", "σ"),
        ("Sigma", "Sgr", "Σ"),
        ("tau", "tgr", "τ"),
        ("Tau", "Tgr", "Τ"),
        ("upsilon", "ugr", "υ"),
        ("Upsilon", "Ugr", "Υ"),
        ("phi", "phgr", "φ"),
        ("Phi", "PHgr", "Φ"),
        ("chi", "khgr", "χ"),
        ("Chi", "KHgr", "Χ"),
        ("psi", "psgr", "ψ"),
        ("Psi", "PSgr", "Ψ"),
        ("omega", "ohgr", "ω"),
        ("Omega", "OHgr", "Ω"),
    ];
    LETTERS.iter().find(|(html, iso, _)| name == *html || name == *iso).map(|(_, _, letter)| *letter)
}

/// Bytes to text. XML is UTF-8 unless a byte-order mark or the declaration says otherwise; UTF-16 (with BOM) and
/// Latin-1 are converted, other encodings are refused with advice, invalid UTF-8 is an error.
fn decode(bytes: &[u8]) -> Result<String, XmlError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(super::text::decode(bytes).text);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let encoding = declared_encoding(bytes).unwrap_or_default();
    match encoding.as_str() {
        "" | "utf-8" | "utf8" | "us-ascii" | "ascii" => {}
        "iso-8859-1" | "latin1" | "latin-1" | "iso8859-1" => return Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        other => {
            return Err(XmlError(format!(
                "the file is encoded in {other}, which patlint does not read; save it as UTF-8"
            )))
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => {
            let line = count_lines(bytes.get(..error.valid_up_to()).unwrap_or_default());
            Err(XmlError(format!("line {line}: the file is not valid UTF-8; save it as UTF-8")))
        }
    }
}

/// The `encoding` of the XML declaration, lower-case.
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let declaration = bytes.strip_prefix(b"<?xml")?;
    let end = declaration.windows(2).take(200).position(|w| w == b"?>")?;
    let declaration = std::str::from_utf8(declaration.get(..end)?).ok()?;
    let value = declaration.split("encoding").nth(1)?.trim_start().strip_prefix('=')?.trim_start();
    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = value.get(1..)?;
    Some(value.get(..value.find(quote)?)?.trim().to_ascii_lowercase())
}

/// Lines in `bytes`: one more than its line feeds.
fn count_lines(bytes: &[u8]) -> u32 {
    let feeds = bytes.iter().filter(|&&b| b == b'\n').count();
    u32::try_from(feeds).unwrap_or(u32::MAX - 1).saturating_add(1)
}

fn position(offset: u64) -> usize {
    usize::try_from(offset).unwrap_or(usize::MAX)
}

/// A short message for a quick-xml error.
fn describe(error: &quick_xml::Error) -> String {
    use quick_xml::errors::{IllFormedError, SyntaxError};
    match error {
        quick_xml::Error::IllFormed(IllFormedError::UnmatchedEndTag(tag)) => format!("unexpected end tag </{tag}>"),
        quick_xml::Error::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => {
            format!("end tag </{found}> where </{expected}> was expected")
        }
        quick_xml::Error::Syntax(SyntaxError::UnclosedTag) => "the document ends inside a tag".into(),
        other => other.to_string(),
    }
}

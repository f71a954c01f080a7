//! Claims from patent XML: USPTO grants and applications (v4.x, PAP v1.5, ST.32 v2.5 SGML-derived `PATDOC`), XML4IP
//! claim listings (IFW `ClaimsDocument`), EPO `ep-patent-document` (also ST.36-style EP packages), WIPO ST.96, JPO
//! gazettes, CNIPA (`business:` schema and `cn-patent-document`) and EPO OPS full-text responses; any other document
//! with `<claims><claim>` is read the same way.
//!
//! One streaming pass with `quick-xml`: the root element names the document type; inside a claims container
//! (`claims`, `subdoc-claims`, `CL`, `pat:Claims`, `pat:ClaimSet`, …) each claim element (`claim`, `CLM`, `Claim`)
//! becomes a [`RawClaim`]. Namespace prefixes are ignored. A claim's text is its descendant text with tags stripped,
//! white space normalised and block elements (`claim-text`, `PARA`, `<br/>`) on lines of their own; its own label
//! (`1.`, `Claim 1 (Currently amended).`) is removed, as the text splitter removes it. A claim's number comes from
//! `num` or `ClaimNumber`, else from its label, else from its position; `1-24. (Canceled)` stands for 24 claims.
//! `tagged_references` holds what `<claim-ref>`, `<CLREF>`, `depends_on` or `pat:ClaimReference` name, in the
//! formats that tag references.
//!
//! The input is untrusted: element depth and the number of claims are bounded by [`Limits`]; the DTD is never read,
//! so entities are never expanded (the five XML entities, character references and a small table of common HTML/ISO
//! names are resolved; any other `&name;` stays as written); nothing here panics on any input. Malformed XML is an
//! error, with one recovery seen in real EPO data: an end tag closes the elements left open inside its element.

use super::sax::{describe, resolve};
use super::{claims_text, RawClaim, RawClaimSet};
use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::Status;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::borrow::Cow;
use std::collections::BTreeSet;

/// The claims found in one XML document.
#[derive(Debug, Default)]
pub struct XmlClaims {
    /// The document type read, e.g. `uspto-grant-xml`, `ep-patent-document`.
    pub format: &'static str,
    /// One set per language (EP grants have de, en, fr); empty when the document has no claims.
    pub claim_sets: Vec<RawClaimSet>,
}

/// Reads the claims of a patent XML document.
///
/// # Errors
/// When the XML is malformed or exceeds `limits`.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<XmlClaims, Message> {
    let text = decode(bytes)?;
    Parser::new(&text, limits).run()
}

/// The start of a patent XML document, where its bibliography stands: its first 200,000 bytes, or its first
/// 200,000 characters when that byte falls inside a character.
fn bibliography(text: &str) -> Option<&str> {
    text.get(..text.len().min(200_000)).or_else(|| text.get(..text.char_indices().nth(200_000)?.0))
}

/// The filing date a patent XML document states: the `<date>` of its `<application-reference>` (USPTO, JPO, CNIPA,
/// ST.36) or its `<B220>` (EPO). Only the start of the document is searched, where the bibliography stands.
#[must_use]
pub fn filing_date(text: &str) -> Option<crate::office::Date> {
    let head = bibliography(text)?;
    let within = |open: &str, close: &str| {
        let start = head.find(open)?;
        let end = head[start..].find(close).map_or(head.len(), |e| start + e);
        let inner = &head[start..end];
        let date = inner.find("<date>").map(|d| &inner[d + 6..])?;
        let digits: String = date.chars().take(8).collect();
        (digits.len() == 8 && digits.chars().all(|c| c.is_ascii_digit()))
            .then(|| crate::office::Date::parse(&format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..])))?
    };
    within("<application-reference", "</application-reference>").or_else(|| within("<B220>", "</B220>"))
}

/// The route a patent XML document says it was filed by, when it says it is the national phase of an international
/// application: a USPTO document with a 35 U.S.C. 371 date (`<us-371c12-date>` and its kin), a JPO gazette of a
/// PCT translation (`kind-of-jp="T"`, 公表) or its domestic re-publication (`"S"`, 再公表).
#[must_use]
pub fn route(text: &str) -> Option<crate::options::Route> {
    let head = bibliography(text)?;
    let national_phase =
        head.contains("<us-371c") || head.contains("kind-of-jp=\"T\"") || head.contains("kind-of-jp=\"S\"");
    national_phase.then_some(crate::options::Route::PctNationalPhase)
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
    /// `<br/>` only wraps lines of the printed page, often inside a word (old CNIPA XML); elsewhere it breaks a line.
    br_wraps: bool,
}

impl Schema {
    const fn new(format: &'static str, tagged: bool) -> Self {
        Schema { format, tagged, split: false, listing: false, st32: false, br_wraps: false }
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
        b"PatentDocumentAndRelated" => Schema::new("cnipa-xml", false),
        b"cn-patent-document" => Schema { br_wraps: true, ..Schema::new("cnipa-xml", false) },
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
    language: Option<crate::language::Language>,
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
    language: Option<crate::language::Language>,
    claims: Vec<RawClaim>,
    /// Some claim had no number of its own (no `num`, no `ClaimNumber`).
    unnumbered: bool,
    /// Some claim had a reference element. Documents of a tagging format do not all tag (early PAP files do not), and
    /// a set without a single tag is taken as untagged rather than as claims that refer to nothing.
    tagged: bool,
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

    fn run(mut self) -> Result<XmlClaims, Message> {
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
                    return Err(message!("assignment-xml-line", line = line, error = describe(&error)));
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
                        return Err(message!("claims-xml-line-unexpected-end", line = line, name = name));
                    };
                    while self.stack.len() > open {
                        self.end()?;
                    }
                }
                Event::Text(text) => self.text(&String::from_utf8_lossy(&text)),
                Event::CData(data) => self.text(&String::from_utf8_lossy(&data)),
                Event::GeneralRef(reference) => self.text(&resolve(&String::from_utf8_lossy(&reference))),
                Event::Eof => break,
                // The DTD (internal subset included) is skipped unread: no entity is ever declared or expanded.
                Event::DocType(_) | Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            }
        }
        if let Some(open) = self.stack.pop() {
            let line = self.line_at(self.text.len());
            let name = String::from_utf8_lossy(&open.name).into_owned();
            return Err(message!("claims-xml-line-document-ends", line = line, name = name));
        }
        let Some(format) = self.format else {
            return Err(message!("claims-xml-file-holds-no"));
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

    fn start(&mut self, start: &BytesStart<'_>, offset: usize) -> Result<(), Message> {
        if self.stack.len() >= self.limits.xml_depth {
            let line = self.line_at(offset);
            return Err(message!("claims-xml-line-elements-nested", line = line, limit = self.limits.xml_depth));
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
        let language =
            if self.claim.is_none() { language_attribute(start).or(parent_language) } else { parent_language };
        match role {
            Role::Set => self.set = Some(SetDraft { language, claims: Vec::new(), unnumbered: false, tagged: false }),
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
            Role::Other if is_line_break(name) => self.gap(if self.schema.br_wraps { Gap::Space } else { Gap::Break }),
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
                // PAP wraps the words of a reference in `<claim-text>`: inline there.
                _ if self.in_reference > 0 => Role::Other,
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

    fn start_claim(&mut self, start: &BytesStart<'_>, offset: usize) -> Result<(), Message> {
        self.claims_seen += 1;
        if self.claims_seen > self.limits.claims {
            let line = self.line_at(offset);
            return Err(message!("claims-xml-line-document-holds", line = line, limit = self.limits.claims));
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
        if let Some(set) = self.set.as_mut() {
            set.tagged = true;
        }
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
            let is_range =
                matches!(connective.as_str(), "to" | "through" | "thru" | "-" | "–" | "—" | "bis" | "à" | "~");
            if is_range && to > from && to - from <= range_cap && claim.references.len() <= range_cap as usize {
                claim.references.extend(from..to);
            }
        }
        claim.references.extend(numbers.iter().copied());
        claim.last_reference = numbers.last().copied().or(claim.last_reference);
        claim.between.clear();
    }

    fn end(&mut self) -> Result<(), Message> {
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        match frame.role {
            Role::Set => self.finish_set()?,
            Role::Claim => self.finish_claim()?,
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

    fn finish_claim(&mut self) -> Result<(), Message> {
        let Some(draft) = self.claim.take() else {
            return Ok(());
        };
        self.skipping = 0;
        self.in_reference = 0;
        let Some(set) = self.set.as_mut() else {
            return Ok(());
        };
        let element_number = draft.number_text.as_deref().map(|text| leading_number(text.trim().as_bytes()));
        // XML4IP: blocks the OCR could not place ("IN THE CLAIMS This listing of claims will replace…", page
        // headers) come as claims without a number or with an `UNKNOWN` id; they are not claims.
        if self.schema.listing && (draft.pseudo || matches!(element_number, None | Some(None))) {
            return Ok(());
        }
        let own_number = draft.number.or(element_number.flatten());
        let text = draft.text.finish();
        let tagged_references = self.schema.tagged.then(|| draft.references.into_iter().collect::<Vec<_>>());
        let position = u32::try_from(set.claims.len() + 1).unwrap_or(u32::MAX);
        if self.schema.split && own_number.is_none() {
            // Maybe several claims in one text: split when the set is complete.
            set.unnumbered = true;
            set.claims.push(RawClaim {
                number: position,
                line: None,
                page: None,
                status: None,
                text,
                tagged_references,
                source: None,
            });
            return Ok(());
        }
        // Without a number of its own, a claim is numbered as printed ("5."; an EPO file numbers two claims 5),
        // else by its position.
        let number = own_number.or_else(|| label(&text).map(|(n, _)| n)).unwrap_or(position);
        let element_status = Some(draft.status_text.trim()).filter(|s| !s.is_empty()).map(Status::parse);
        if let Some((last, status, rest)) = range_label(&text, number) {
            // "1-24. (canceled)": claims 1 to 24, as the text splitter reads that line.
            self.claims_seen = self.claims_seen.saturating_add((last - number) as usize);
            if self.claims_seen > self.limits.claims {
                return Err(message!(
                    "claims-xml-line-document-holds",
                    line = draft.line.unwrap_or(0),
                    limit = self.limits.claims
                ));
            }
            for n in number..=last {
                let text = if n == last { rest.to_string() } else { String::new() };
                let status = Some(element_status.clone().unwrap_or_else(|| status.clone()));
                let tagged_references = tagged_references.clone();
                set.claims.push(RawClaim {
                    number: n,
                    line: draft.line,
                    status,
                    text,
                    tagged_references,
                    ..Default::default()
                });
            }
            return Ok(());
        }
        let (text, label_status) = strip_label(&text, number, self.schema.listing);
        let status = element_status.or(label_status);
        set.claims.push(RawClaim { number, line: draft.line, status, text, tagged_references, ..Default::default() });
        Ok(())
    }

    fn finish_set(&mut self) -> Result<(), Message> {
        let Some(mut set) = self.set.take() else {
            return Ok(());
        };
        if set.claims.is_empty() {
            return Ok(());
        }
        if !set.tagged {
            for claim in &mut set.claims {
                claim.tagged_references = None;
            }
        }
        if self.schema.split && set.unnumbered {
            // OPS gives the claims as text: one `<claim-text>` per claim or one for all, the numbers in the text.
            let text: Vec<&str> = set.claims.iter().map(|claim| claim.text.as_str()).collect();
            let mut split = claims_text::split(&text.join("\n"), self.limits).map_err(|error| match error {
                claims_text::SplitError::TooManyClaims { limit } => {
                    message!("claims-xml-text-holds-more", limit = limit)
                }
            })?;
            for claim in &mut split.claims {
                // Its lines are those of the joined text, not of the XML.
                claim.line = None;
            }
            // Nor are its positions the file's: no fix edits XML.
            split.place_sources(None);
            split.language = set.language;
            split.published = true;
            if !split.claims.is_empty() {
                self.sets.push(split);
            }
            return Ok(());
        }
        // Patent XML is an office's publication, but for the USPTO's OCR of an applicant's claim listing (XML4IP).
        let published = !self.schema.listing;
        self.sets.push(RawClaimSet { language: set.language, claims: set.claims, published });
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
    /// The end or start of a block (`<claim-text>`, `<PARA>`) or a `<br/>`: a new line.
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
            Gap::Layout | Gap::Space if cjk_run => {}
            Gap::Layout | Gap::Space => self.out.push(' '),
            Gap::Break => self.out.push('\n'),
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
fn language_attribute(start: &BytesStart<'_>) -> Option<crate::language::Language> {
    start
        .attributes()
        .flatten()
        .find(|attribute| matches!(attribute.key.local_name().as_ref(), b"lang" | b"languageCode"))
        .and_then(|attribute| crate::language::Language::from_code(std::str::from_utf8(&attribute.value).ok()?))
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

/// Removes the claim's own label from the start of its text — `1.`, `Claim 1 (Currently amended).`, `【請求項１】` —
/// as the text splitter does, so a claim's text is the same whichever way it came. Returns the status identifier read
/// from the label when `with_status` (claim listings; elsewhere "(Meth)acrylate" may start a claim). A label naming
/// another number is kept.
fn strip_label(text: &str, number: u32, with_status: bool) -> (String, Option<Status>) {
    let Some((_, rest)) = label(text).filter(|(n, _)| *n == number) else {
        return (text.to_string(), None);
    };
    match status_prefix(rest).filter(|_| with_status) {
        Some((status, rest)) => (rest.to_string(), Some(status)),
        None => (rest.to_string(), None),
    }
}

/// A claim label at the start of `text` — `1.`, `1)`, `1、`, `Claim 1`, `【請求項１】` — its number and the text after
/// it, spaces skipped.
fn label(text: &str) -> Option<(u32, &str)> {
    let text = text.trim_start();
    if let Some(rest) = text.strip_prefix('【') {
        let rest = rest.strip_prefix("請求項").or_else(|| rest.strip_prefix("청구항"))?;
        let (number, rest) = number_prefix(rest.trim_start())?;
        return Some((number, rest.trim_start().strip_prefix('】')?.trim_start()));
    }
    if text.get(..5).is_some_and(|word| word.eq_ignore_ascii_case("claim")) {
        let rest = text.get(5..)?;
        let rest = rest.strip_prefix(['s', 'S']).unwrap_or(rest);
        let (number, rest) = number_prefix(rest.strip_prefix(char::is_whitespace)?.trim_start())?;
        let after = rest.trim_start();
        return match after.chars().next() {
            Some('.' | ':' | ')') => Some((number, after.get(1..)?.trim_start())),
            // "Claim 1 (Original)", "Claim 1 A lever": the word says it is a label.
            None | Some('(') => Some((number, after)),
            Some(_) if after.len() < rest.len() => Some((number, after)),
            Some(_) => None,
        };
    }
    let (number, rest) = number_prefix(text)?;
    let after = rest.trim_start();
    let mut chars = after.chars();
    match chars.next() {
        // "1.5 g" is a quantity; "1.2,4-diamino…" (CNIPA) is claim 1 about a chemical whose name starts with locants.
        Some(dot @ ('.' | '．')) if chars.clone().next().and_then(super::text::digit).is_some() => {
            let next = chars.find(|&c| super::text::digit(c).is_none());
            let ideograph = |c: char| is_cjk_letter(c) && !('\u{ff10}'..='\u{ff5a}').contains(&c);
            next.filter(|&c| matches!(c, ',' | '-' | '，' | '－') || ideograph(c))?;
            Some((number, after.get(dot.len_utf8()..)?))
        }
        Some(c @ ('.' | ')' | ':' | '．' | '、' | '：' | '）')) => {
            Some((number, after.get(c.len_utf8()..)?.trim_start()))
        }
        None => Some((number, after)),
        Some(_) => None,
    }
}

/// `1-24. (Canceled)`: a label for a range of claims in one element, which applicants' listings and US publications
/// use for cancelled claims. Returns the last number, the status and the text after the label; only with a status,
/// so that "1-3 mm" is not taken for one.
fn range_label(text: &str, number: u32) -> Option<(u32, Status, &str)> {
    let (first, rest) = number_prefix(text.trim_start())?;
    let rest = rest.trim_start();
    let rest = rest
        .strip_prefix(['-', '–', '—', '‑'])
        .or_else(|| rest.strip_prefix("to "))
        .or_else(|| rest.strip_prefix("through "))?;
    let (last, rest) = number_prefix(rest.trim_start())?;
    if first != number || last <= first {
        return None;
    }
    let rest = rest.trim_start();
    let (status, rest) = status_prefix(rest.strip_prefix(['.', ')', ':']).unwrap_or(rest).trim_start())?;
    Some((last, status, rest))
}

/// A status identifier in parentheses or brackets at the start of `text` — `(Currently Amended)`, `[Canceled]` — and
/// the text after it.
fn status_prefix(text: &str) -> Option<(Status, &str)> {
    let close = match text.chars().next()? {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    let inner = text.get(1..)?;
    let (end, _) = inner.char_indices().take(41).find(|&(_, c)| c == close)?;
    let inside = inner.get(..end)?;
    let words = inside.split(|c: char| c.is_whitespace() || c == '-' || c == '–').filter(|w| !w.is_empty()).count();
    let plain = inside.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-' || c == '–');
    if !plain || !(1..=4).contains(&words) {
        return None;
    }
    let rest = inner.get(end + close.len_utf8()..)?;
    Some((Status::parse(inside), rest.strip_prefix(['.', ':']).unwrap_or(rest).trim_start()))
}

/// Up to six ASCII or full-width digits at the start of `text`: their value and the text after them.
fn number_prefix(text: &str) -> Option<(u32, &str)> {
    let mut value: u32 = 0;
    let mut end = 0;
    for (count, (at, c)) in text.char_indices().enumerate() {
        let Some(d) = super::text::digit(c) else {
            break;
        };
        if count == 6 {
            return None;
        }
        value = value * 10 + d;
        end = at + c.len_utf8();
    }
    if end == 0 {
        return None;
    }
    text.get(end..).map(|rest| (value, rest))
}

/// Bytes to text. XML is UTF-8 unless a byte-order mark or the declaration says otherwise; UTF-16 (with BOM) and
/// Latin-1 are converted, other encodings are refused with advice, invalid UTF-8 is an error.
fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Message> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(Cow::Owned(super::text::decode(bytes).text));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let encoding = declared_encoding(bytes).unwrap_or_default();
    match encoding.as_str() {
        "" | "utf-8" | "utf8" | "us-ascii" | "ascii" => {}
        "iso-8859-1" | "latin1" | "latin-1" | "iso8859-1" => {
            return Ok(Cow::Owned(bytes.iter().map(|&b| char::from(b)).collect()));
        }
        other => return Err(message!("claims-xml-file-encoded-which", encoding = other)),
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(error) => {
            let line = count_lines(bytes.get(..error.valid_up_to()).unwrap_or_default());
            Err(message!("claims-xml-line-file-not", line = line))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn read_ok(xml: &str) -> XmlClaims {
        read(xml.as_bytes(), &Limits::default()).unwrap()
    }

    fn read_err(xml: &[u8]) -> String {
        read(xml, &Limits::default()).unwrap_err().to_string()
    }

    fn texts(set: &RawClaimSet) -> Vec<&str> {
        set.claims.iter().map(|c| c.text.as_str()).collect()
    }

    fn tagged(set: &RawClaimSet) -> Vec<Option<Vec<u32>>> {
        set.claims.iter().map(|c| c.tagged_references.clone()).collect()
    }

    #[test]
    fn a_national_phase_says_so() {
        use crate::options::Route;
        let us371 = "<us-patent-application><us-bibliographic-data-application><pct-or-regional-filing-data><us-371c12-date><date>20200101</date></us-371c12-date></pct-or-regional-filing-data></us-bibliographic-data-application></us-patent-application>";
        assert_eq!(route(us371), Some(Route::PctNationalPhase));
        assert_eq!(route("<jp-official-gazette kind-of-jp=\"T\" lang=\"ja\">"), Some(Route::PctNationalPhase));
        assert_eq!(route("<jp-official-gazette kind-of-jp=\"A\" lang=\"ja\">"), None);
        assert_eq!(
            route("<us-patent-grant><us-bibliographic-data-grant></us-bibliographic-data-grant></us-patent-grant>"),
            None
        );
    }

    #[test]
    fn uspto_grant() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v45-2014-04-03.dtd" [ ]>
<us-patent-grant lang="EN" dtd-version="v4.5 2014-04-03">
<abstract><p>A lever.</p></abstract>
<claims id="claims">
<claim id="CLM-00001" num="00001">
<claim-text>1. A lever comprising:
<claim-text>a handle of 5&deg; &lsquo;red&rsquo; &amp; 3&Prime; &frac12; &#x2013; &#956; &unknownentity;; and</claim-text>
<claim-text>a <i>pivot</i>.</claim-text>
</claim-text>
</claim>
<claim id="CLM-00002" num="00002">
<claim-text>2. The lever of <claim-ref idref="CLM-00001">claim 1</claim-ref>, wherein the handle is red.</claim-text>
</claim>
</claims>
</us-patent-grant>"#;
        let read = read_ok(xml);
        assert_eq!(read.format, "uspto-grant-xml");
        let set = &read.claim_sets[0];
        assert_eq!(set.language, Some(crate::language::Language::En));
        assert_eq!(
            texts(set),
            [
                "A lever comprising:\na handle of 5° ‘red’ & 3″ ½ – μ &unknownentity;; and\na pivot.",
                "The lever of claim 1, wherein the handle is red."
            ]
        );
        assert_eq!(set.claims.iter().map(|c| (c.number, c.line)).collect::<Vec<_>>(), [(1, Some(6)), (2, Some(12))]);
        assert_eq!(tagged(set), [Some(vec![]), Some(vec![1])]);
    }

    #[test]
    fn uspto_pap_without_numbers_and_untagged_documents() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE patent-application-publication SYSTEM "pap-v15-2001-01-31.dtd" [
<!ENTITY US20010000002A1-20010315-D00001.TIF SYSTEM "US20010000002A1-20010315-D00001.TIF" NDATA TIF>
]>
<patent-application-publication>
<subdoc-claims>
<heading lvl="1">What is claimed is: </heading>
<claim id="CLM-00001">
<claim-text><highlight><bold>1</bold></highlight>. A process, comprising:  <claim-text>heating. </claim-text></claim-text>
</claim>
<claim id="CLM-00002">
<claim-text><highlight><bold>2</bold></highlight>. The process of <dependent-claim-reference depends_on="CLM-00001"><claim-text>claim 1</claim-text></dependent-claim-reference>, at 5 g/m<highlight><superscript>2 </superscript></highlight>per minute. </claim-text>
</claim>
</subdoc-claims>
</patent-application-publication>"#;
        let read = read_ok(xml);
        assert_eq!(read.format, "uspto-pap-xml");
        let set = &read.claim_sets[0];
        assert_eq!(set.language, None);
        assert_eq!(texts(set), ["A process, comprising:\nheating.", "The process of claim 1, at 5 g/m2 per minute."]);
        assert_eq!(tagged(set), [Some(vec![]), Some(vec![1])]);
        // Early PAP files do not tag references at all: then nothing is known, not "no references".
        let untagged = xml.replace(r#"<dependent-claim-reference depends_on="CLM-00001"><claim-text>claim 1</claim-text></dependent-claim-reference>"#, "claim 1");
        assert_eq!(tagged(&read_ok(&untagged).claim_sets[0]), [None, None]);
    }

    #[test]
    fn uspto_st32_pretty_printed_with_a_tagged_range() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE PATDOC SYSTEM "ST32-US-Grant-025xml.dtd" [
        <!ENTITY US06334226-20020101-D00000.TIF SYSTEM "US06334226-20020101-D00000.TIF" NDATA TIF>
]>
<PATDOC DTD="2.5" STATUS="Build 20011204">
    <SDOCL>
        <CL>
            <CLM ID="CLM-00001">
                <PARA ID="P-00157" LVL="0">
                    <PTEXT>
                        <PDAT>1. A faucet support member configured to fix a faucet in a
                            mounting hole.
                        </PDAT>
                    </PTEXT>
                </PARA>
            </CLM>
            <CLM ID="CLM-00002">
                <PARA ID="P-00158" LVL="0">
                    <PTEXT>
                        <PDAT>2. A faucet support member as defined in any one of</PDAT>
                        <CLREF ID="CLM-00001">
                            <PDAT>claims 1</PDAT>
                        </CLREF>
                        <PDAT>to</PDAT>
                        <CLREF ID="CLM-00003">
                            <PDAT>3</PDAT>
                        </CLREF>
                        <PDAT>, wherein a convex portion is formed.</PDAT>
                    </PTEXT>
                </PARA>
                <CLMSTEP LVL="2"><PTEXT><PDAT>a step;</PDAT></PTEXT></CLMSTEP>
            </CLM>
        </CL>
    </SDOCL>
</PATDOC>"#;
        let read = read_ok(xml);
        assert_eq!(read.format, "uspto-st32-sgml-xml");
        let set = &read.claim_sets[0];
        assert_eq!(
            texts(set),
            [
                "A faucet support member configured to fix a faucet in a mounting hole.",
                "A faucet support member as defined in any one of claims 1 to 3, wherein a convex portion is formed.\na step;"
            ]
        );
        assert_eq!(set.claims.iter().map(|c| c.number).collect::<Vec<_>>(), [1, 2]);
        // "claims 1 to 3" is tagged as 1 and 3; the range between them is read too.
        assert_eq!(tagged(set), [Some(vec![]), Some(vec![1, 2, 3])]);
    }

    #[test]
    fn ep_patent_document_in_three_languages() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE ep-patent-document PUBLIC "-//EPO//EP PATENT DOCUMENT 1.5//EN" "ep-patent-document-v1-5.dtd">
<!-- This XML data has been generated under the supervision of the European Patent Office -->
<ep-patent-document id="EP1A1" lang="de" country="EP">
<description id="desc" lang="de"><heading id="h1"><Fourth Embodiment</heading><p id="p1" num="0001">Text.</p></description>
<claims id="claims01" lang="de"><!-- EPO <DP n="8"> -->
<claim id="c-de-01-0001" num="0001"><claim-text>Druckmaschine (102) mit einem Kühlsystem<!-- EPO <DP n="9"> --> (314).</claim-text></claim>
<claim id="c-de-01-0002" num="0002"><claim-text>Druckmaschine nach Anspruch 1, <b>dadurch gekennzeichnet, dass</b> sie druckt.</claim-text></claim>
</claims>
<claims id="claims02" lang="en">
<claim id="c-en-01-0001" num="0001"><claim-text>Printing machine (102).</claim-text></claim>
<claim id="c-en-01-0002" num="0002"><claim-text>Printing machine according to claim 1.</claim-text></claim>
</claims>
<claims id="claims03" lang="FR">
<claim id="c-fr-01-0001" num="0001"><claim-text>Machine d'impression (102).</claim-text></claim>
<claim id="c-fr-01-0002" num="0002"><claim-text>Machine selon la revendication 1.</claim-text></claim>
</claims>
</ep-patent-document>"#;
        // The description's unescaped "<Fourth Embodiment" is an error in a real EPO file: its end tag closes it.
        let read = read_ok(xml);
        assert_eq!(read.format, "ep-patent-document");
        let languages: Vec<_> = read.claim_sets.iter().map(|s| s.language).collect();
        assert_eq!(
            languages,
            [
                Some(crate::language::Language::De),
                Some(crate::language::Language::En),
                Some(crate::language::Language::Fr)
            ]
        );
        let de = &read.claim_sets[0];
        assert_eq!(
            texts(de),
            [
                "Druckmaschine (102) mit einem Kühlsystem (314).",
                "Druckmaschine nach Anspruch 1, dadurch gekennzeichnet, dass sie druckt."
            ]
        );
        assert_eq!(tagged(de), [None, None]);
        assert_eq!(read.claim_sets[2].claims[1].number, 2);
    }

    #[test]
    fn wipo_st96() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<pat:PatentPublication xmlns:pat="http://www.wipo.int/standards/XMLSchema/ST96/Patent" xmlns:com="http://www.wipo.int/standards/XMLSchema/ST96/Common" com:languageCode="en">
   <pat:Claims com:id="claims">
      <pat:Claim com:id="CLM-00001">
         <pat:ClaimNumber>1</pat:ClaimNumber>
         <pat:ClaimTypeCategory>Independent</pat:ClaimTypeCategory>
         <pat:ClaimText>1. A method, comprising:
<pat:ClaimText>sputtering a surface.</pat:ClaimText>             </pat:ClaimText>
      </pat:Claim>
      <pat:Claim com:id="CLM-00002">
         <pat:ClaimNumber>2</pat:ClaimNumber>
         <pat:ClaimTypeCategory>Dependent</pat:ClaimTypeCategory>
         <pat:ClaimText>2. The method according to <pat:ClaimReference com:idrefs="CLM-00001">claim 1</pat:ClaimReference>, wherein it is cold.</pat:ClaimText>
      </pat:Claim>
   </pat:Claims>
</pat:PatentPublication>"#;
        let read = read_ok(xml);
        assert_eq!(read.format, "wipo-st96");
        let set = &read.claim_sets[0];
        assert_eq!(set.language, Some(crate::language::Language::En));
        assert_eq!(
            texts(set),
            ["A method, comprising:\nsputtering a surface.", "The method according to claim 1, wherein it is cold."]
        );
        assert_eq!(tagged(set), [Some(vec![]), Some(vec![1])]);
    }

    #[test]
    fn xml4ip_claim_listing() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<pat:ClaimsDocument xmlns:pat="urn:us:gov:doc:uspto:patent" xmlns="urn:us:gov:doc:uspto:patent">
<pat:DocumentCode>CLM</pat:DocumentCode>
<pat:ClaimSet pat:id="CLM-00000"><pat:ClaimList pat:id="ID-00002">
<?PageStart number="1"?>
<pat:Claim pat:id="UNKNOWN-00001">
<pat:ClaimText pat:id="ID-00003"><pat:BoundaryData><pat:HeaderText>PATENT</pat:HeaderText></pat:BoundaryData> IN THE CLAIMS This listing of claims will replace all prior versions, and listings, of claims in the application:</pat:ClaimText><pat:ClaimTypeCategory>Dependent</pat:ClaimTypeCategory></pat:Claim>
<pat:Claim pat:id="UNKNOWN-00002"><pat:ClaimNumber /><pat:ClaimText pat:id="ID-00004">1-2. (Canceled) </pat:ClaimText></pat:Claim>
<pat:Claim pat:id="ID-00005"><pat:ClaimNumber>1</pat:ClaimNumber><pat:ClaimStatusCategory>canceled</pat:ClaimStatusCategory></pat:Claim>
<pat:Claim pat:id="ID-00006" pat:implicitIndicator="1"><pat:ClaimNumber>2</pat:ClaimNumber><pat:ClaimStatusCategory>canceled</pat:ClaimStatusCategory></pat:Claim>
<pat:Claim pat:id="CLM-00003"><pat:ClaimNumber>3</pat:ClaimNumber>
<pat:ClaimText pat:id="ID-00007"><pat:ClaimLabelText>3. </pat:ClaimLabelText>(Currently Amended) An apparatus for <pat:OCRConfidenceData pat:levelNumber="55">use-with</pat:OCRConfidenceData> a tool box, comprising: </pat:ClaimText>
<pat:ClaimText pat:id="ID-00008">a frame in such </pat:ClaimText>
<pat:ClaimText pat:id="ID-00009"><pat:BoundaryData><pat:HeaderText>1146346 Page 3</pat:HeaderText></pat:BoundaryData>
<?PageStart number="2"?><pat:BoundaryData><pat:HeaderText>Atty. Dkt. No. KEGB/010</pat:HeaderText></pat:BoundaryData> a way.</pat:ClaimText>
<pat:ClaimStatusCategory>currently amended</pat:ClaimStatusCategory><pat:ClaimTypeCategory>Independent</pat:ClaimTypeCategory></pat:Claim>
<pat:Claim pat:id="CLM-00004"><pat:ClaimNumber>4</pat:ClaimNumber>
<pat:ClaimText pat:id="ID-00010"><pat:ClaimLabelText>Claim 4 (Previously presented):</pat:ClaimLabelText> The apparatus of<pat:ClaimReference pat:idrefs='CLM-00003'> claim 3, </pat:ClaimReference>wherein: </pat:ClaimText>
</pat:Claim>
</pat:ClaimList></pat:ClaimSet>
</pat:ClaimsDocument>"#;
        let read = read_ok(xml);
        assert_eq!(read.format, "uspto-xml4ip-claims");
        let set = &read.claim_sets[0];
        assert_eq!(set.claims.iter().map(|c| c.number).collect::<Vec<_>>(), [1, 2, 3, 4]);
        assert_eq!(
            texts(set),
            [
                "",
                "",
                "An apparatus for use-with a tool box, comprising:\na frame in such\na way.",
                "The apparatus of claim 3, wherein:"
            ]
        );
        let statuses: Vec<_> = set.claims.iter().map(|c| c.status.clone()).collect();
        assert_eq!(
            statuses,
            [
                Some(Status::Canceled),
                Some(Status::Canceled),
                Some(Status::CurrentlyAmended),
                Some(Status::PreviouslyPresented)
            ]
        );
        assert_eq!(tagged(set), [Some(vec![]), Some(vec![]), Some(vec![]), Some(vec![3])]);
    }

    #[test]
    fn jpo_gazette() {
        let xml = r#"<jp-official-gazette kind-of-jp="A" lang="ja" country="JP" xmlns:jp="http://www.jpo.go.jp"><bibliographic-data lang="ja"/>
<description><p num="0001">【０００１】説明。</p></description><claims>
<claim num="1">
<claim-text>
  電池をリサイクルする方法であって、<br/>
  ａ）放電させるステップ、並びに<br/>
  ｂ）細断するステップ<br/>
  を含む方法。
</claim-text>
</claim>
<claim num="2">
<claim-text>
  前記ステップａ）は、室温で実行される、請求項１に記載の方法。
</claim-text>
</claim>
</claims></jp-official-gazette>"#;
        let read = read_ok(xml);
        assert_eq!(read.format, "jpo-gazette-xml");
        let set = &read.claim_sets[0];
        assert_eq!(set.language, Some(crate::language::Language::Ja));
        assert_eq!(
            texts(set),
            ["電池をリサイクルする方法であって、\nａ）放電させるステップ、並びに\nｂ）細断するステップ\nを含む方法。", "前記ステップａ）は、室温で実行される、請求項１に記載の方法。"]
        );
        assert_eq!(set.claims[1].line, Some(11));
    }

    #[test]
    fn cnipa_new_and_old() {
        let new = r#"<?xml version="1.0" encoding="utf-8" standalone="no"?>
<business:PatentDocumentAndRelated xmlns:base="http://www.sipo.gov.cn/XMLSchema/base" xmlns:business="http://www.sipo.gov.cn/XMLSchema/business" lang="zh">
  <business:Claims lang="zh" dataFormat="original">
    <business:Claim id="cl0001" num="0001">
      <business:ClaimText>1.一种方法，其特征在于，该方法包括：</business:ClaimText>
      <business:ClaimText>区块链跨链通信。</business:ClaimText>
    </business:Claim>
    <business:Claim id="cl0002" num="0002">
      <business:ClaimText>2.根据权利要求1所述的方法，其特征在于H<base:Sub>2</base:Sub>O。</business:ClaimText>
    </business:Claim>
  </business:Claims>
</business:PatentDocumentAndRelated>"#;
        let read = read_ok(new);
        assert_eq!(read.format, "cnipa-xml");
        assert_eq!(read.claim_sets[0].language, Some(crate::language::Language::Zh));
        assert_eq!(
            texts(&read.claim_sets[0]),
            ["一种方法，其特征在于，该方法包括：\n区块链跨链通信。", "根据权利要求1所述的方法，其特征在于H2O。"]
        );
        // Old CNIPA XML wraps the printed lines with <br/>, even inside words.
        let old = "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cn-patent-document lang=\"ZH\" country=\"CN\">\n<claims>\n\
                   <claim id=\"cl0001\" num=\"0001\">\n<claim-text>1.一种香料，将甘草与水\n\t\t\t<br />按1:5配制成发酵培养基，接种长\n\t\t\t<br />孢洛德酵母。\n\t\t\t<br /></claim-text>\n</claim>\n</claims>\n</cn-patent-document>";
        let read = read_ok(old);
        assert_eq!(read.claim_sets[0].language, Some(crate::language::Language::Zh));
        assert_eq!(texts(&read.claim_sets[0]), ["一种香料，将甘草与水按1:5配制成发酵培养基，接种长孢洛德酵母。"]);
    }

    #[test]
    fn epo_ops_claims_in_one_text() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/3.2/style/pub-ftxt-claims.xsl"?>
<ops:world-patent-data xmlns="http://www.epo.org/exchange" xmlns:ops="http://ops.epo.org">
    <ftxt:fulltext-documents xmlns="http://www.epo.org/fulltext" xmlns:ftxt="http://www.epo.org/fulltext">
        <ftxt:fulltext-document system="ops.epo.org" fulltext-format="text-only">
            <claims lang="EN">
                <claim>
                    <claim-text>Claims
1. A method comprising: maintaining metadata.
2. The method of claim 1 , wherein the browser&apos;s bar is used.</claim-text>
                </claim>
            </claims>
        </ftxt:fulltext-document>
    </ftxt:fulltext-documents>
</ops:world-patent-data>"#;
        let read = read_ok(xml);
        assert_eq!(read.format, "epo-ops-xml");
        let set = &read.claim_sets[0];
        assert_eq!(set.language, Some(crate::language::Language::En));
        assert_eq!(set.claims.iter().map(|c| c.number).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(
            texts(set),
            [
                "A method comprising: maintaining metadata.",
                "The method of claim 1 , wherein the browser's bar is used."
            ]
        );
        // Split as text, but not placed in the file: no fix edits XML.
        assert!(set.claims.iter().all(|c| c.source.is_none()));
        // One <claim-text> per claim.
        let each = xml.replace(
            "Claims\n1. A method comprising: maintaining metadata.\n",
            "1. A method comprising: maintaining metadata.</claim-text>\n<claim-text>",
        );
        assert_eq!(read_ok(&each).claim_sets[0].claims.len(), 2);
    }

    #[test]
    fn documents_without_claims() {
        let grant =
            r#"<?xml version="1.0"?><us-patent-grant lang="EN"><abstract><p>A lever.</p></abstract></us-patent-grant>"#;
        let read = read_ok(grant);
        assert_eq!((read.format, read.claim_sets.len()), ("uspto-grant-xml", 0));
        let assignment =
            r#"<response><lst name="responseHeader"><int name="status">0</int></lst><result numFound="1"/></response>"#;
        assert_eq!(read_ok(assignment).format, "uspto-assignment-xml");
        let empty_claims =
            r#"<ep-patent-document lang="en"><claims id="claims01" lang="en"></claims></ep-patent-document>"#;
        assert!(read_ok(empty_claims).claim_sets.is_empty());
        assert_eq!(read_err(b"   "), "the file holds no XML element");
    }

    #[test]
    fn concatenated_documents() {
        let one = |n: u32| {
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE us-patent-grant SYSTEM \"us-patent-grant-v45-2014-04-03.dtd\" [ ]>\n\
                 <us-patent-grant lang=\"EN\"><claims><claim id=\"CLM-00001\" num=\"00001\"><claim-text>{n}. A lever.</claim-text></claim></claims></us-patent-grant>\n"
            )
        };
        let read = read_ok(&(one(1) + &one(1)));
        assert_eq!(read.claim_sets.len(), 2);
        assert_eq!(read.claim_sets[1].claims[0].line, Some(6));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let depth = 100_000;
        let xml = format!("{}{}", "<a>".repeat(depth), "</a>".repeat(depth));
        let error = read_err(xml.as_bytes());
        assert!(error.contains("256") && error.contains("xml_depth"), "{error}");
        // Unclosed, too.
        assert!(read_err("<a>".repeat(depth).as_bytes()).contains("xml_depth"));
    }

    #[test]
    fn malformed_documents() {
        let truncated = "<us-patent-grant lang=\"EN\">\n<claims>\n<claim num=\"1\"><claim-text>1. A le";
        assert_eq!(read_err(truncated.as_bytes()), "line 3: the document ends before <claim-text> is closed");
        assert_eq!(
            read_err(b"<us-patent-grant>\n<claims>\n</claim>\n</claims></us-patent-grant>"),
            "line 3: unexpected end tag </claim>"
        );
        assert!(read_err(b"<a>\n<b attr=\"x\"").starts_with("line 2: "));
        assert!(read_err(b"<a><!-- never closed").contains("comment"));
    }

    #[test]
    fn entities_are_never_expanded() {
        let mut xml = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for i in 1..10 {
            let previous = if i == 1 { "lol".to_string() } else { format!("lol{}", i - 1) };
            xml.push_str(&format!(" <!ENTITY lol{i} \"{}\">\n", format!("&{previous};").repeat(10)));
        }
        xml.push_str(" <!ENTITY ext SYSTEM \"file:///etc/passwd\">\n]>\n");
        xml.push_str("<ep-patent-document lang=\"en\"><claims><claim num=\"1\"><claim-text>A &lol9; &ext; &amp; &#0; &#xD800;.</claim-text></claim></claims></ep-patent-document>");
        let read = read_ok(&xml);
        assert_eq!(texts(&read.claim_sets[0]), ["A &lol9; &ext; & &#0; &#xD800;."]);
    }

    #[test]
    fn encodings() {
        let invalid = b"<?xml version=\"1.0\"?>\n<claims>\n<claim>caf\xE9</claim></claims>";
        assert_eq!(read_err(invalid), "line 3: the file is not valid UTF-8; save it as UTF-8");
        let latin1 = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><ep-patent-document><claims lang=\"fr\"><claim num=\"1\"><claim-text>Caf\xE9.</claim-text></claim></claims></ep-patent-document>";
        assert_eq!(read(latin1, &Limits::default()).unwrap().claim_sets[0].claims[0].text, "Café.");
        let shift_jis = b"<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a/>";
        assert!(read_err(shift_jis).contains("shift_jis"));
        let utf16: Vec<u8> = "\u{feff}<ep-patent-document><claims lang=\"de\"><claim num=\"1\"><claim-text>Hebel.</claim-text></claim></claims></ep-patent-document>"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(read(&utf16, &Limits::default()).unwrap().claim_sets[0].claims[0].text, "Hebel.");
    }

    #[test]
    fn claim_limit() {
        let claims: String =
            (1..=5).map(|n| format!("<claim num=\"{n}\"><claim-text>A.</claim-text></claim>")).collect();
        let xml = format!("<ep-patent-document><claims>{claims}</claims></ep-patent-document>");
        let limits = Limits { claims: 4, ..Limits::default() };
        let error = read(xml.as_bytes(), &limits).unwrap_err().to_string();
        assert!(error.contains("more than 4 claims"), "{error}");
        assert!(read(xml.as_bytes(), &Limits { claims: 5, ..Limits::default() }).is_ok());
    }

    #[test]
    fn labels() {
        let strip = |text: &str, number: u32| strip_label(text, number, true);
        assert_eq!(strip("1. A lever.", 1), ("A lever.".into(), None));
        assert_eq!(
            strip("Claim 1 (Currently amended). An adhesive tape.", 1),
            ("An adhesive tape.".into(), Some(Status::CurrentlyAmended))
        );
        assert_eq!(strip("17.   (Original) A method", 17), ("A method".into(), Some(Status::Original)));
        assert_eq!(strip("22. (Canceled)", 22), (String::new(), Some(Status::Canceled)));
        assert_eq!(strip("【請求項１】 電池。", 1), ("電池。".into(), None));
        assert_eq!(strip("2.根据权利要求1所述的方法", 2), ("根据权利要求1所述的方法".into(), None));
        // Not labels: a quantity, another number, a number inside a word.
        assert_eq!(strip("1.5 g of salt.", 1).0, "1.5 g of salt.");
        assert_eq!(strip("3. A lever.", 2).0, "3. A lever.");
        assert_eq!(strip("2,4-dinitrophenol.", 2).0, "2,4-dinitrophenol.");
        // Status identifiers are read from labels of claim listings only: elsewhere "(Meth)acrylate" is text.
        assert_eq!(strip_label("1. (Meth)acrylate resin.", 1, false).0, "(Meth)acrylate resin.");
        // A chemical name with locants after the label (CNIPA).
        assert_eq!(strip("1.2,4-二氨基-6-苯基-1,3,5-三嗪。", 1).0, "2,4-二氨基-6-苯基-1,3,5-三嗪。");
        assert_eq!(strip("１．２－甲基。", 1).0, "２－甲基。");
        assert_eq!(strip("１．５ｇの塩。", 1).0, "１．５ｇの塩。");
        assert_eq!(strip("１．一种方法。", 1).0, "一种方法。");
        assert_eq!(range_label("1-24. (canceled)", 1), Some((24, Status::Canceled, "")));
        assert_eq!(range_label("1-3 mm thick.", 1), None);
    }

    #[test]
    fn claims_without_numbers_are_numbered_as_printed() {
        // An EPO file with `num=""` that prints two claims as "5.".
        let xml = r#"<ep-patent-document lang="en"><claims id="claims01" lang="en">
<claim id="c-en-0001" num=""><claim-text><b>1.</b> A panel.</claim-text></claim>
<claim id="c-en-0002" num=""><claim-text><b>5.</b> Panel according to the first claim.</claim-text></claim>
<claim id="c-en-0003" num=""><claim-text>A panel according to claim 1.</claim-text></claim>
</claims></ep-patent-document>"#;
        let set = &read_ok(xml).claim_sets[0];
        assert_eq!(set.claims.iter().map(|c| c.number).collect::<Vec<_>>(), [1, 5, 3]);
        assert_eq!(texts(set), ["A panel.", "Panel according to the first claim.", "A panel according to claim 1."]);
    }

    #[test]
    fn a_range_of_cancelled_claims_in_one_element() {
        let xml = r#"<us-patent-application lang="EN"><claims id="claims">
<claim id="CLM-00001" num="00001"><claim-text>1-3. (canceled)</claim-text></claim>
<claim id="CLM-00004" num="00004"><claim-text>4. A comb as in <claim-ref idref="CLM-00001">claim 1</claim-ref>.</claim-text></claim>
</claims></us-patent-application>"#;
        let set = &read_ok(xml).claim_sets[0];
        let claims: Vec<_> = set.claims.iter().map(|c| (c.number, c.status.clone(), c.text.as_str())).collect();
        assert_eq!(
            claims,
            [
                (1, Some(Status::Canceled), ""),
                (2, Some(Status::Canceled), ""),
                (3, Some(Status::Canceled), ""),
                (4, None, "A comb as in claim 1.")
            ]
        );
        let limits = Limits { claims: 3, ..Limits::default() };
        assert!(read(xml.as_bytes(), &limits).unwrap_err().to_string().contains("more than 3 claims"));
    }
}

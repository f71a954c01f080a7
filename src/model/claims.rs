//! A claim set: numbered claims with their status, references to other claims, form and category.

use serde::Serialize;

/// A range of characters (Unicode scalar values, end exclusive) in a claim's `text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// The claims of one document, in the order they are written.
#[derive(Clone, Debug, Default, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ClaimSet {
    /// Language code of the claim text (`en`, `de`, `fr`, `ja`, `ko`, `zh`), when it could be told.
    pub language: Option<crate::language::Language>,
    pub claims: Vec<Claim>,
    /// Read from an office's publication, whose claims are no amendment's claim listing: status identifiers are
    /// not expected there.
    #[serde(skip)]
    pub published: bool,
}

/// One claim as written.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Claim {
    /// The number the claim carries.
    pub number: u32,
    /// Line of the source where the claim starts (1-based), when the source has lines (of a PDF: on its page).
    pub line: Option<u32>,
    /// The page of a PDF where the claim starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Status identifier of a US claim listing (37 CFR 1.121(c)), when present.
    pub status: Option<Status>,
    /// The claim's text, without its number label and status identifier.
    pub text: String,
    /// Every phrase that refers to other claims, in order.
    pub references: Vec<Reference>,
    /// The claims this claim refers to: the union of `references`, sorted, without repeats.
    pub depends_on: Vec<u32>,
    /// How the claim refers to several claims; `Form::Single` for one, `Form::None` for an independent claim.
    pub form: Form,
    /// Refers to two or more claims (a multiple dependent claim).
    pub multiple: bool,
    /// Refers to no other claim.
    pub independent: bool,
    /// Refers only to claims of another category ("an apparatus for carrying out the method of claim 1", "use of
    /// the compound of claim 1"). The EPO Guidelines F-IV 3.8 hold such a claim no dependent claim: it is a claim of
    /// its own category that takes features from the claim it names.
    pub other_category: bool,
    /// What the claim is for, from its preamble.
    pub category: Category,
    /// Where the claim is in the file it was read from, when that file is plain text (for fixes); not reported.
    #[serde(skip)]
    pub source: Option<ClaimSource>,
}

/// Where a claim read from plain text is in that text, so that a fix can edit the file: its label's number and the
/// start of each line of its `text`. Positions count UTF-16 code units from the start of the file's text (a byte
/// order mark included), as a JavaScript string and a textarea count them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClaimSource {
    /// The number in the claim's label (`3` of `3.`, `３` of `【請求項３】`). A label that numbers several claims
    /// (`2-5. (Canceled)`) gives its first number to the first of them and its last to the last; those between
    /// have none.
    pub number: Option<LabelNumber>,
    /// Where each line of the claim's `text` (the text split at `\n`) starts. Each line is written in the file as
    /// it is in `text`, so a character's position follows from its line's.
    pub lines: Vec<usize>,
}

/// The number of a claim's label in the file: where it is, and whether it is written in full-width digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelNumber {
    pub start: usize,
    pub end: usize,
    /// Written in full-width digits (`１２`), as Japanese claims are.
    pub full_width: bool,
}

impl ClaimSource {
    /// The same positions `by` code units later (the file's text starts with something the reader was not given).
    #[must_use]
    pub fn shifted(mut self, by: usize) -> Self {
        if let Some(number) = &mut self.number {
            number.start += by;
            number.end += by;
        }
        for line in &mut self.lines {
            *line += by;
        }
        self
    }

    /// The position in the file of each character of `text` (the claim's text) and of its end: one more than
    /// `text` has characters, a line break's being the end of its line. None when `text` is empty or has not this
    /// source's lines.
    #[must_use]
    pub fn char_positions(&self, text: &str) -> Option<Vec<usize>> {
        if text.is_empty() {
            return None;
        }
        let mut positions = Vec::with_capacity(text.len() + 1);
        let mut lines = self.lines.iter();
        for segment in text.split('\n') {
            let mut at = *lines.next()?;
            for c in segment.chars() {
                positions.push(at);
                at += c.len_utf16();
            }
            positions.push(at);
        }
        lines.next().is_none().then_some(positions)
    }
}

impl Claim {
    /// A claim whose status says it is no longer in the application.
    #[must_use]
    pub fn is_cancelled(&self) -> bool {
        matches!(self.status, Some(Status::Canceled | Status::NotEntered))
    }
}

/// A phrase referring to claims: "of claim 1", "according to any one of claims 1 to 3", "請求項１又は２に記載の".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Reference {
    pub targets: Vec<u32>,
    pub form: Form,
    /// Whether the claims are named by number (not "any preceding claim").
    pub by_number: bool,
    pub span: Span,
}

/// How a claim refers to others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// An independent claim.
    None,
    /// One claim.
    Single,
    /// Several claims in the alternative: "claim 1 or 2", "any one of claims 1 to 3".
    Alternative,
    /// Several claims together: "claims 1 and 2".
    Cumulative,
    /// Several claims with no word saying which: "claims 1-3", "claims 1, 2".
    Unqualified,
}

/// Status identifiers of 37 CFR 1.121(c)(1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Original,
    CurrentlyAmended,
    Canceled,
    Withdrawn,
    WithdrawnCurrentlyAmended,
    PreviouslyPresented,
    New,
    NotEntered,
    /// Text in the identifier's place that is none of the above, e.g. "(Amended)".
    Unknown(String),
}

impl Status {
    /// Reads a status identifier's text (without parentheses), in any case and spelling users write.
    #[must_use]
    pub fn parse(text: &str) -> Status {
        let words: String = text
            .chars()
            .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        match words.as_str() {
            "original" => Status::Original,
            "currently amended" => Status::CurrentlyAmended,
            "canceled" | "cancelled" => Status::Canceled,
            "withdrawn" => Status::Withdrawn,
            "withdrawn currently amended" => Status::WithdrawnCurrentlyAmended,
            "previously presented" => Status::PreviouslyPresented,
            "new" => Status::New,
            "not entered" => Status::NotEntered,
            _ => Status::Unknown(text.trim().to_string()),
        }
    }
}

/// The category of a claim, as EPC Rule 43(2) counts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Product,
    Apparatus,
    Method,
    Use,
    Medium,
    Composition,
}

impl Category {
    /// Whether two categories are of one kind, as the EPO Guidelines F-IV 3.8 tell a dependent claim from a claim
    /// of another category: things (products, apparatus, media, compositions), activities (methods) or uses.
    #[must_use]
    pub fn same_kind(self, other: Category) -> bool {
        let kind = |c: Category| match c {
            Category::Product | Category::Apparatus | Category::Medium | Category::Composition => 0,
            Category::Method => 1,
            Category::Use => 2,
        };
        kind(self) == kind(other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_spellings() {
        assert_eq!(Status::parse("Currently Amended"), Status::CurrentlyAmended);
        assert_eq!(Status::parse("CANCELLED"), Status::Canceled);
        assert_eq!(Status::parse("Withdrawn - Currently Amended"), Status::WithdrawnCurrentlyAmended);
        assert_eq!(Status::parse("Amended"), Status::Unknown("Amended".into()));
    }
}

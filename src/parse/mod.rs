//! Untrusted bytes to the document model. The only code that reads input files; [`read::read`] is its entry.
//!
//! A reader that fails says why with a [`Message`](crate::message::Message) (`claims_text`'s `SplitError`, which the XML
//! reader words its own way, converts into one with `From`).

pub mod assignment_json;
pub mod assignment_xml;
pub mod category;
pub mod claims_text;
pub mod claims_xml;
pub mod docx;
#[cfg(feature = "drawings")]
pub mod drawings;
#[cfg(feature = "drawings")]
pub mod pages;
pub mod read;
pub mod reference_signs;
pub mod references;
pub(crate) mod sax;
pub mod sequences;
pub mod spec;
pub mod spec_xml;
pub mod text;
pub mod zip;

use crate::limits::Limits;
use crate::model::{Claim, ClaimSet, ClaimSource, Form, Status};

/// A claim as a parser found it, before its references are read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawClaim {
    pub number: u32,
    /// 1-based line of the source where the claim starts (of a PDF: the line on its page).
    pub line: Option<u32>,
    /// The page of a PDF where the claim starts.
    pub page: Option<u32>,
    pub status: Option<Status>,
    pub text: String,
    /// The claims the source's own markup says this claim refers to (`<claim-ref>` in USPTO XML); used to measure
    /// the reference parser, never by the rules.
    pub tagged_references: Option<Vec<u32>>,
    /// Where the claim is in the text it was read from (plain text only), for fixes.
    pub source: Option<ClaimSource>,
}

/// A claim set as a parser found it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawClaimSet {
    /// `en`, `de`, `fr`, `ja`, `ko`, `zh` when the source says or the text shows it.
    pub language: Option<crate::language::Language>,
    pub claims: Vec<RawClaim>,
    /// Read from an office's publication (patent XML, a published PDF), not from an applicant's claim listing.
    pub published: bool,
}

impl RawClaimSet {
    /// Places the claims' sources in the file: `Some(n)` when the text they were read from is the file's text from
    /// its `n`th UTF-16 code unit on (1 after a byte order mark), `None` when it is not the file's text (decoded from
    /// UTF-16, with bytes replaced, or rebuilt from another layout), so that no fix is offered.
    pub fn place_sources(&mut self, origin: Option<usize>) {
        for claim in &mut self.claims {
            claim.source = match origin {
                Some(by) => claim.source.take().map(|source| source.shifted(by)),
                None => None,
            };
        }
    }
}

/// Reads references and categories and builds the claim set the rules check.
#[must_use]
pub fn build_claim_set(raw: RawClaimSet, limits: &Limits) -> ClaimSet {
    let language =
        raw.language.or_else(|| crate::language::Language::guess(raw.claims.iter().map(|c| c.text.as_str())));
    let mut claims: Vec<Claim> = raw
        .claims
        .into_iter()
        .map(|raw| {
            let references = references::parse(&raw.text, raw.number, limits);
            let mut depends_on: Vec<u32> = references.iter().flat_map(|r| r.targets.iter().copied()).collect();
            depends_on.sort_unstable();
            depends_on.dedup();
            let form = combined_form(&references, depends_on.len());
            let category = category::of(&raw.text);
            Claim {
                number: raw.number,
                line: raw.line,
                page: raw.page,
                status: raw.status,
                multiple: depends_on.len() >= 2,
                independent: depends_on.is_empty(),
                other_category: false,
                text: raw.text,
                references,
                depends_on,
                form,
                category,
                source: raw.source,
            }
        })
        .collect();
    mark_other_category(&mut claims);
    ClaimSet { language, claims, published: raw.published }
}

/// Marks the claims that refer only to claims of another kind of category (EPO Guidelines F-IV 3.8).
fn mark_other_category(claims: &mut [Claim]) {
    let categories: std::collections::HashMap<u32, crate::model::Category> =
        claims.iter().map(|c| (c.number, c.category)).collect();
    for claim in claims.iter_mut().filter(|c| !c.independent) {
        let mut targets = claim.depends_on.iter().filter_map(|n| categories.get(n));
        claim.other_category = targets.clone().next().is_some() && targets.all(|t| !t.same_kind(claim.category));
    }
}

/// The form of a claim's references taken together.
fn combined_form(references: &[crate::model::Reference], targets: usize) -> Form {
    match targets {
        0 => Form::None,
        1 => Form::Single,
        _ => {
            let forms: Vec<Form> = references.iter().filter(|r| r.targets.len() > 1).map(|r| r.form).collect();
            if forms.contains(&Form::Cumulative) || forms.len() != 1 {
                // Several phrases add up: "the process of claim 5 using the apparatus of claim 1", or two sets of
                // alternatives, "claim 1 or 4 made by the process of claims 5, 6, 7, or 8" (MPEP 608.01(n)).
                Form::Cumulative
            } else if forms.contains(&Form::Unqualified) {
                Form::Unqualified
            } else {
                Form::Alternative
            }
        }
    }
}

//! The counts-and-fees statement of a filing: per office, its claims, pages and sheets as that office counts them,
//! and the fee items those counts trigger ([`schedule`] holds the items as data). Fees are no defect: they are a
//! statement beside the findings, so an applicant knows before filing what each office will charge for the size of
//! the application.

pub mod schedule;

use crate::analysis::claim_counts::ClaimCounts;
use crate::model::description::{Part, Source, Specification};
use crate::model::Document;
use crate::office::{Date, Office};
use crate::options::Route;
use crate::report::{FeeItem, FeeUnit};
use crate::rules::Filed;
use schedule::{Basis, Entry, SCHEDULE};

/// What the filing's documents come to, before each office counts in its own way.
#[derive(Debug, Default)]
struct Counts {
    /// The set with most claims (the EPO counts that one; a filing has one set at the other offices).
    claims: Option<ClaimCounts>,
    /// Pages of each part, when the specification was read from laid-out pages (a PDF); a Word document has no
    /// pages until a word processor lays it out.
    pages: Option<Pages>,
    /// Drawing sheets, when drawings were checked.
    sheets: Option<u32>,
    /// Whether a specification was checked, and whether it is a DOCX.
    specification: Option<Source>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Pages {
    description: u32,
    claims: u32,
    abstract_: u32,
}

/// The statement for `offices`, on `route`, for an application filed on `filed` (today when unknown).
#[must_use]
pub fn statement(documents: &[Filed<'_>], offices: &[Office], route: Route, filed: Option<Date>) -> Vec<FeeItem> {
    let counts = counts(documents);
    SCHEDULE
        .iter()
        .filter(|e| offices.contains(&e.office))
        .filter(|e| e.route.is_none_or(|r| r == route))
        .filter(|e| e.from.is_none_or(|from| filed.is_none_or(|date| date >= from)))
        .filter_map(|e| item(e, &counts))
        .collect()
}

fn counts(documents: &[Filed<'_>]) -> Counts {
    let mut counts = Counts::default();
    for filed in documents {
        match filed.document {
            Document::Claims(set) => {
                let set = ClaimCounts::of(set);
                if counts.claims.is_none_or(|c| set.total > c.total) {
                    counts.claims = Some(set);
                }
            }
            Document::Description(spec) if spec.publication.is_none() => {
                counts.specification = Some(spec.source);
                counts.pages = counts.pages.or_else(|| pages(spec));
            }
            Document::Drawings(drawings) => {
                let sheets = u32::try_from(drawings.sheets.len()).unwrap_or(u32::MAX);
                counts.sheets = Some(counts.sheets.unwrap_or(0).saturating_add(sheets));
            }
            _ => {}
        }
    }
    counts
}

/// The pages of each part of a specification read from a PDF: each text page in the part of the last paragraph
/// that starts on it or before it (a page that only continues a paragraph belongs to that paragraph's part; the
/// offices ask each part to begin on a new page).
fn pages(spec: &Specification) -> Option<Pages> {
    if spec.source != Source::Pdf || spec.pages.is_empty() {
        return None;
    }
    let mut starts = spec.paragraphs.iter().filter_map(|p| Some((p.page?, p.part))).peekable();
    let mut part = None;
    let mut pages = Pages::default();
    let mut numbers: Vec<u32> = spec.pages.iter().map(|p| p.page).collect();
    numbers.sort_unstable();
    numbers.dedup();
    for number in numbers {
        while let Some((_, next)) = starts.next_if(|(page, _)| *page <= number) {
            part = next;
        }
        match part {
            Some(Part::Claims) => pages.claims = pages.claims.saturating_add(1),
            Some(Part::Abstract) => pages.abstract_ = pages.abstract_.saturating_add(1),
            Some(Part::Drawings) => {}
            _ => pages.description = pages.description.saturating_add(1),
        }
    }
    Some(pages)
}

/// The item an entry makes of the counts, or `None` when what it counts is not known.
fn item(entry: &Entry, counts: &Counts) -> Option<FeeItem> {
    let (unit, counted) = match entry.basis {
        Basis::Claims => (FeeUnit::Claims, counts.claims?.total),
        Basis::WeightedClaims => (FeeUnit::Claims, counts.claims?.us_total),
        Basis::IndependentClaims => (FeeUnit::IndependentClaims, counts.claims?.independent),
        Basis::ProperMultipleDependent => (FeeUnit::MultipleDependentClaims, counts.claims?.proper_multiple_dependent),
        Basis::Flat => (FeeUnit::Application, 1),
        Basis::Pages { claims, abstract_, drawings, extra } => {
            let pages = counts.pages?;
            let sheets = if drawings { counts.sheets.unwrap_or(0) } else { 0 };
            let parts =
                [pages.description, if claims { pages.claims } else { 0 }, if abstract_ { pages.abstract_ } else { 0 }];
            let total = parts.into_iter().chain([sheets, extra]).fold(0u32, u32::saturating_add);
            (FeeUnit::Pages, total as usize)
        }
        // A text file is a draft and patent XML a publication: neither is how the specification is filed.
        Basis::NotDocx => match counts.specification? {
            Source::Docx => (FeeUnit::Format, 0),
            Source::Pdf => (FeeUnit::Format, 1),
            Source::Text | Source::Xml => return None,
        },
    };
    let counted = u32::try_from(counted).unwrap_or(u32::MAX);
    let charged = counted.min(entry.up_to.unwrap_or(u32::MAX)).saturating_sub(entry.over);
    let quantity = charged.div_ceil(entry.per);
    Some(FeeItem {
        office: entry.office,
        item: entry.item,
        label: entry.label,
        unit,
        counted,
        over: entry.over,
        quantity,
        amount: entry.amount.map(|a| a.value),
        currency: entry.amount.map(|a| a.currency),
        total: entry.amount.map(|a| a.value * u64::from(quantity)),
        since: entry.amount.map(|a| a.since.to_string()),
        citation: entry.citation.to_string(),
        grade: entry.grade,
    })
}

#[cfg(test)]
mod tests;

//! Where the sequence rules read running text: each claim and paragraph of a filing, and its listings. What the
//! text says (SEQ ID NOs cited, sequences written out) is read by `analysis::sequence_text`.

use crate::model::description::Paragraph;
use crate::model::{Claim, Document, SequenceListing, Specification};
use crate::report::Location;
use crate::rules::Filed;

/// A place in the application where text is: a claim or a paragraph of a description.
pub enum Place<'a> {
    Claim(&'a Claim),
    Paragraph(&'a Specification, &'a Paragraph),
}

impl Place<'_> {
    #[must_use]
    pub fn text(&self) -> &str {
        match self {
            Place::Claim(claim) => &claim.text,
            Place::Paragraph(_, paragraph) => &paragraph.text,
        }
    }

    /// The finding's location at characters `[start, end)` of the text.
    #[must_use]
    pub fn at(&self, start: usize, end: usize) -> Location {
        match self {
            Place::Claim(claim) => crate::rules::util::at_span(claim, crate::model::Span { start, end }),
            Place::Paragraph(spec, paragraph) => {
                let mut location = crate::rules::description::at(spec, paragraph);
                location.excerpt = Some(crate::rules::util::excerpt(&paragraph.text, start, (end - start).min(80)));
                location
            }
        }
    }
}

/// The sequence listings of a filing, with their files.
pub fn listings<'a, 'd>(documents: &'d [Filed<'a>]) -> impl Iterator<Item = (&'a str, &'a SequenceListing)> + 'd {
    documents.iter().filter_map(|filed| match filed.document {
        Document::Sequences(listing) => Some((filed.file, listing)),
        _ => None,
    })
}

/// Every claim (not cancelled) and every paragraph of the descriptions of a filing, with its file.
pub fn places<'a>(documents: &[Filed<'a>]) -> Vec<(&'a str, Place<'a>)> {
    let mut out = Vec::new();
    for filed in documents {
        match filed.document {
            Document::Description(spec) => {
                // The claims part is read as a claim set of its own, a `Claims` document.
                let text = spec.paragraphs.iter().filter(|p| p.part != Some(crate::model::description::Part::Claims));
                out.extend(text.map(|p| (filed.file, Place::Paragraph(spec, p))));
            }
            Document::Claims(set) => {
                out.extend(set.claims.iter().filter(|c| !c.is_cancelled()).map(|c| (filed.file, Place::Claim(c))));
            }
            _ => {}
        }
    }
    out
}

//! The documents of a filing that the cross-document drawing rules compare, with each sheet's text layer as
//! `analysis::sheet_text` read it.

use crate::analysis::sheet_text;
use crate::model::drawings::{Sheet, SheetText};

/// The documents of a filing that the cross-document drawing rules compare: drawings files with a text layer (each
/// sheet read) and descriptions, and the claims (the EPO reads reference signs in the description and claims
/// together).
pub(crate) struct Filing<'a> {
    /// File, and the sheets with a text layer, read.
    pub drawings: Vec<(&'a str, Vec<(&'a Sheet, &'a SheetText)>)>,
    /// File and specification, for specifications with a description.
    pub descriptions: Vec<(&'a str, &'a crate::model::description::Specification)>,
    pub claims: Vec<&'a crate::model::ClaimSet>,
}

impl Filing<'_> {
    /// The paragraphs of the descriptions' description part, with the file and specification they are in.
    pub fn paragraphs(
        &self,
    ) -> impl Iterator<Item = (&str, &crate::model::description::Specification, &crate::model::description::Paragraph)>
    {
        self.descriptions.iter().flat_map(|&(file, spec)| {
            spec.body(crate::model::description::Part::Description).map(move |p| (file, spec, p))
        })
    }
}

/// The filing's drawings and descriptions; `None` unless it holds drawings with a text layer and a description.
pub(crate) fn filing<'a>(documents: &[crate::rules::Filed<'a>]) -> Option<Filing<'a>> {
    use crate::model::Document;
    let mut filing = Filing { drawings: Vec::new(), descriptions: Vec::new(), claims: Vec::new() };
    for filed in documents {
        match filed.document {
            Document::Drawings(drawings) => {
                let sheets: Vec<(&Sheet, &SheetText)> =
                    drawings.sheets.iter().filter_map(|s| sheet_text::of(s).map(|t| (s, t))).collect();
                if !sheets.is_empty() {
                    filing.drawings.push((filed.file, sheets));
                }
            }
            Document::Description(spec) if spec.has_part(crate::model::description::Part::Description) => {
                filing.descriptions.push((filed.file, spec));
            }
            Document::Claims(set) => filing.claims.push(set),
            _ => {}
        }
    }
    (!filing.drawings.is_empty() && !filing.descriptions.is_empty()).then_some(filing)
}

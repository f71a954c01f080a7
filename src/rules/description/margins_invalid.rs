use super::{at_paragraph_index, profile};
use crate::citation::{Authority::*, Citation};
use crate::message::{decimal, message, List, Message};
use crate::model::description::Specification;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The margins of each section of a Word document, and the margins left blank around the text of each text page
    /// of a PDF (measured from the edge of the page to the nearest line of body text; running headers, footers and
    /// page numbers are left out, maxima are not checked on a PDF), against each office's minimum: top 2.0 cm, left 2.5 cm, right
    /// 2.0 cm, bottom 2.0 cm (USPTO, EPO, PCT); 2.0 cm on every side, and left and right at most 2.3 cm (JPO, documents in
    /// Japanese); top and left 2.5 cm, right and bottom 1.5 cm (CNIPA, documents in Chinese).
    ///
    /// ## Why it matters
    /// Offices stamp, number and scan in the margins; text there may be lost.
    ///
    /// ## Legal basis
    /// 37 CFR 1.52(a) and (b) (US); the EPO's requirements for the presentation of documents (EPO Guide for applicants;
    /// Decision of the President of 25 Nov 2022, OJ EPO 2022, A113) (EP); PCT Rules 11.5, 11.6 and 11.9 (WO); JPO Form 29,
    /// notes 1 to 4 (JP, documents in Japanese); the notes of CNIPA's description form (CN, documents in Chinese; grade C).
    /// Provisions cited: 37 CFR 1.52(a)(1)(iii) (US); EPO Guide for applicants; OJ EPO 2022, A113 (EP); JPO Form 29, notes 1-4 (JP); CNIPA description form notes (CN).
    pub static RULE = Rule {
        id: "description/margins-invalid",
        summary: "a page margin is smaller (or larger) than the office allows",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.52(a)(1)(iii)"), Grade::A),
            policy(EP, Error, Citation::new(OfficePractice, "EPO Guide for applicants; OJ EPO 2022, A113"), Grade::A),
            policy(JP, Error, Citation::new(JpForm, "29, notes 1-4"), Grade::A),
            policy(CN, Warning, Citation::new(OfficePractice, "CNIPA description form notes"), Grade::C),
            policy(WO, Error, Citation::new(PctRule, "11.6"), Grade::B),
        ],
        examples: Examples {
            fires: &[#[cfg(feature = "drawings")] "pdf A4\ntextblock 10 30 4 190 \"DESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\\nThe handle is made of wood and it is painted red so that it is seen from afar.\\nThe head is made of steel.\"", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:bottom=\"1440\" w:left=\"567\" w:right=\"1440\"/></w:sectPr></w:body></w:document>"],
            silent: &[#[cfg(feature = "drawings")] "pdf A4\ntextblock 27 30 4 155 \"DESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\\nThe handle is made of wood and it is painted red so that it is seen from afar.\\nThe head is made of steel.\"", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:right=\"1440\"/></w:sectPr></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    for rules in profile::PAGE.iter().filter(|r| profile::applies(r.languages, spec.language)) {
        #[cfg(feature = "drawings")]
        check_pdf_pages(spec, rules, out);
        for setup in &spec.page_setup {
            let margins = [setup.margin_top_cm, setup.margin_bottom_cm, setup.margin_left_cm, setup.margin_right_cm];
            let mut problems = Vec::new();
            for (i, margin) in margins.into_iter().enumerate() {
                if margin + profile::MARGIN_SLACK_CM < rules.min_margins[i] {
                    problems.push(too_small(i, margin, rules.min_margins[i]));
                } else if let Some(max) = rules.max_margins[i].filter(|max| margin > max + profile::MARGIN_SLACK_CM) {
                    problems.push(too_large(i, margin, max));
                }
            }
            if !problems.is_empty() {
                out.report_for(
                    &RULE,
                    rules.office,
                    at_paragraph_index(spec, setup.paragraph),
                    message!("margins-invalid", office = rules.office.in_sentence(), margins = List::and(&problems)),
                );
                break;
            }
        }
    }
}

/// The sides in the order of the margin tables, as messages choose their words by them (`{ $side -> … }`).
const SIDES: [&str; 4] = ["top", "bottom", "left", "right"];

/// A margin under its minimum.
fn too_small(side: usize, margin: f32, min: f32) -> Message {
    let (margin, min) = (decimal(f64::from(margin), 1), decimal(f64::from(min), 1));
    message!("margins-invalid-too-small", side = SIDES[side.min(3)], margin = margin, min = min)
}

/// A margin over its maximum.
fn too_large(side: usize, margin: f32, max: f32) -> Message {
    let (margin, max) = (decimal(f64::from(margin), 1), decimal(f64::from(max), 1));
    message!("margins-invalid-too-large", side = SIDES[side.min(3)], margin = margin, max = max)
}

/// A PDF's text pages (read with the `drawings` feature): the first page whose text comes nearer an edge than the office allows, with how many do.
#[cfg(feature = "drawings")]
fn check_pdf_pages(spec: &Specification, rules: &profile::PageRules, out: &mut Reporter) {
    use crate::report::Location;
    let problems = |margins: &[f32; 4]| -> Vec<Message> {
        margins
            .iter()
            .enumerate()
            .filter(|(i, margin)| **margin + profile::MARGIN_SLACK_CM < rules.min_margins[*i])
            .map(|(i, margin)| too_small(i, *margin, rules.min_margins[i]))
            .collect()
    };
    let mut wrong =
        spec.pages.iter().filter_map(|p| p.margins_cm.map(|m| (p, problems(&m)))).filter(|(_, p)| !p.is_empty());
    let Some((first, problems)) = wrong.next() else { return };
    let more = wrong.count();
    let (page, office, margins) = (first.page, rules.office.in_sentence(), List::and(&problems));
    let text = if more == 0 {
        message!("margins-invalid-text-page-comes", page = page, office = office, margins = margins)
    } else {
        message!("margins-invalid-text-page-more", page = page, more = more, office = office, margins = margins)
    };
    out.report_for(&RULE, rules.office, Location { page: Some(page), ..Location::default() }, text);
}

#[cfg(test)]
mod tests {
    use crate::message::catalogue::Catalogue;

    #[test]
    fn each_side_is_named() {
        for (side, name) in super::SIDES.iter().enumerate() {
            let small = Catalogue::english().format(&super::too_small(side, 1.0, 2.5));
            let large = Catalogue::english().format(&super::too_large(side, 4.0, 3.0));
            assert_eq!(small, format!("{name} margin 1.0 cm (at least 2.5 cm)"));
            assert_eq!(large, format!("{name} margin 4.0 cm (at most 3.0 cm)"));
        }
    }
}

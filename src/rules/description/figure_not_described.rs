use super::at;
use crate::analysis::paragraph_text as text;
use crate::citation::{Authority::*, Citation};
use crate::language::Language;
use crate::message::{message, List};
use crate::model::description::{Part, SectionKind, Specification};
use crate::office::Office;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};
use crate::sorting::set_of;

declare_rule! {
    /// ## What it checks
    /// Figures and the brief description of the drawings: a figure the description refers to ("as shown in FIG. 7")
    /// that the brief description of the drawings does not describe, a figure number the brief description skips (FIG. 1,
    /// 2 and 4, but no 3), and figures referred to in a description that has no brief description of the drawings.
    /// Figures are read in English, German and French ("FIG. 2A", "Figures 3 to 5", "Fig. 4"), Japanese (図１, 【図１】),
    /// Chinese (图1) and Korean (도 1); by their number, so "FIG. 2A" is described by "FIGS. 2A and 2B".
    ///
    /// ## Why it matters
    /// When there are drawings, the description must briefly describe each figure. Whether every figure mentioned exists
    /// in the drawings themselves needs the drawings, which this version does not read: the brief description stands in
    /// for them.
    ///
    /// ## Legal basis
    /// 37 CFR 1.74 (US; grade C, the rule's text was read in practitioners' quotations); Rule 42(1)(d) EPC (EP); PCT
    /// Rule 5.1(a)(iv) (WO); JPO Form 29, 【図面の簡単な説明】 (JP); CN Implementing Regulations Rule 20 (CN, UNCONFIRMED
    /// wording, so a warning).
    pub static RULE = Rule {
        id: "description/figure-not-described",
        summary: "a figure is not described in the brief description of the drawings",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.74"), Grade::C),
            policy(EP, Warning, Citation::new(EpcRule, "42(1)(d)"), Grade::A),
            policy(JP, Error, Citation::new(JpForm, "29"), Grade::A),
            policy(CN, Warning, Citation::new(CnImplementingRegulations, "20"), Grade::Unconfirmed),
            policy(WO, Warning, Citation::new(PctRule, "5.1(a)(iv)"), Grade::A),
        ],
        examples: Examples {
            fires: &["Lever\nBRIEF DESCRIPTION OF THE DRAWINGS\nFIG. 1 is a side view.\nDETAILED DESCRIPTION\nAs shown in FIG. 2, the lever is long."],
            silent: &["Lever\nBRIEF DESCRIPTION OF THE DRAWINGS\nFIG. 1 is a side view. FIG. 2 is a top view.\nDETAILED DESCRIPTION\nAs shown in FIGS. 1 and 2, the lever is long."],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    let offices: Vec<Office> = RULE
        .offices
        .iter()
        .map(|p| p.office)
        .filter(|o| match o {
            Office::JP => spec.language == Some(Language::Ja),
            Office::CN => spec.language == Some(Language::Zh),
            _ => true,
        })
        .collect();
    if offices.is_empty() {
        return;
    }
    let in_drawings =
        |p: &&crate::model::description::Paragraph| spec.section_of(p).is_some_and(|s| s.kind == SectionKind::Drawings);
    let described =
        set_of(spec.body(Part::Description).filter(in_drawings).flat_map(|p| text::figures(p).iter().copied()));
    let mut mentioned: Vec<(u32, &crate::model::description::Paragraph)> = Vec::new();
    for paragraph in spec.body(Part::Description).filter(|p| !in_drawings(p)) {
        for &figure in text::figures(paragraph) {
            if !mentioned.iter().any(|(f, _)| *f == figure) {
                mentioned.push((figure, paragraph));
            }
        }
    }
    if !spec.has_section(SectionKind::Drawings) {
        if let Some((figure, paragraph)) = mentioned.first() {
            out.report_among(&RULE, &offices, at(spec, paragraph), message!("figure-not-described", figure = figure));
        }
        return;
    }
    let mut count = 0;
    for (figure, paragraph) in &mentioned {
        if described.contains(figure) {
            continue;
        }
        count += 1;
        if count > super::MAX_FINDINGS {
            return;
        }
        out.report_among(
            &RULE,
            &offices,
            at(spec, paragraph),
            message!("figure-not-described-fig-referred-here", figure = figure),
        );
    }
    if let Some(&last) = described.iter().next_back() {
        let skipped: Vec<u32> = (1..last).filter(|n| !described.contains(n)).take(20).collect();
        if !skipped.is_empty() && skipped.len() < 20 {
            let first = spec.in_section(SectionKind::Drawings).next();
            let location = first.map(|p| at(spec, p)).unwrap_or_default();
            let text = if let [figure] = skipped.as_slice() {
                message!("figure-not-described-brief-description-drawings", last = last, figure = figure)
            } else {
                message!(
                    "figure-not-described-brief-description-drawings-describes",
                    last = last,
                    figures = List::and(&skipped)
                )
            };
            out.report_among(&RULE, &offices, location, text);
        }
    }
}

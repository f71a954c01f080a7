use super::{at, profile};
use crate::citation::{Authority::*, Citation};
use crate::message::{decimal, message};
use crate::model::description::Specification;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The smallest font size of the text of each paragraph of a Word document (runs of three characters or more, so
    /// that sub- and superscripts pass). USPTO, EPO and PCT rules set the height of capital letters (at least 0.21 cm,
    /// 0.21 cm and 0.28 cm): a font is too small when even a capital of 0.75 em, taller than in any common text font, would
    /// be lower (below about 8 pt, 8 pt and 10.6 pt). The JPO requires 10 to 12 points for Japanese documents, CNIPA's
    /// form notes a character height of 3.5 to 4.5 mm for Chinese ones (about 10 to 12.8 points). PCT letter-size rules do
    /// not apply to Japanese and Chinese documents. In a PDF, each paragraph's size is the font size its lines are set
    /// in (the median of its lines).
    ///
    /// ## Why it matters
    /// Small text is illegible once scanned and printed; offices ask for a new, legible text.
    ///
    /// ## Legal basis
    /// 37 CFR 1.52(a) and (b) (US); the EPO's requirements for the presentation of documents (EPO Guide for applicants;
    /// Decision of the President of 25 Nov 2022, OJ EPO 2022, A113) (EP); PCT Rules 11.5, 11.6 and 11.9 (WO); JPO Form 29,
    /// notes 1 to 4 (JP, documents in Japanese); the notes of CNIPA's description form (CN, documents in Chinese; grade C).
    /// Provisions cited: 37 CFR 1.52(b)(2)(ii) (US); EPO Guide for applicants; OJ EPO 2022, A113 (EP); JPO Form 29, notes 1-4 (JP); CNIPA description form notes (CN).
    pub static RULE = Rule {
        id: "description/font-size-invalid",
        summary: "the text is set in a font size the office does not accept",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.52(b)(2)(ii)"), Grade::B),
            policy(EP, Error, Citation::new(OfficePractice, "EPO Guide for applicants; OJ EPO 2022, A113"), Grade::A),
            policy(JP, Error, Citation::new(JpForm, "29, notes 1-4"), Grade::A),
            policy(CN, Warning, Citation::new(OfficePractice, "CNIPA description form notes"), Grade::C),
            policy(WO, Error, Citation::new(PctRule, "11.9"), Grade::B),
        ],
        examples: Examples {
            fires: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:rPr><w:sz w:val=\"12\"/></w:rPr><w:t>Levers with handles are known in the art.</w:t></w:r></w:p></w:body></w:document>"],
            silent: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr><w:t>Levers with handles are known in the art.</w:t></w:r></w:p></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

/// Centimetres per point.
const CM_PER_POINT: f32 = 2.54 / 72.0;

fn check(spec: &Specification, out: &mut Reporter) {
    for rules in profile::PAGE.iter().filter(|r| profile::applies(r.languages, spec.language)) {
        if spec.language.is_some_and(|l| rules.spacing_exempt.contains(&l)) {
            continue;
        }
        let (min, max, capital) = match (rules.font_points, rules.min_capital_cm) {
            (Some((min, max)), _) => (min, max, None),
            (None, Some(cap)) => (cap / profile::CAPITAL_SHARE / CM_PER_POINT, f32::INFINITY, Some(cap)),
            (None, None) => continue,
        };
        let wrong: Vec<_> =
            spec.paragraphs.iter().filter(|p| p.font_size.is_some_and(|s| s + 0.01 < min || s > max + 0.01)).collect();
        let Some(first) = wrong.first() else { continue };
        let (count, office) = (wrong.len(), rules.office.in_sentence());
        let size = decimal(f64::from(first.font_size.unwrap_or(0.0)), 1);
        let text = match (count, capital) {
            (1, None) => message!(
                "font-size-invalid",
                size = size,
                office = office,
                min = min.to_string(),
                max = max.to_string()
            ),
            (_, None) => message!(
                "font-size-invalid-paragraphs-have-text",
                count = count,
                size = size,
                office = office,
                min = min.to_string(),
                max = max.to_string()
            ),
            (1, Some(cap)) => message!(
                "font-size-invalid-paragraph-has-text",
                size = size,
                office = office,
                cap = cap.to_string(),
                min = decimal(f64::from(min), 1)
            ),
            (_, Some(cap)) => message!(
                "font-size-invalid-paragraphs-have-text-outside",
                count = count,
                size = size,
                office = office,
                cap = cap.to_string(),
                min = decimal(f64::from(min), 1)
            ),
        };
        out.report_for(&RULE, rules.office, at(spec, first), text);
    }
}

use super::{at, profile};
use crate::citation::{Authority::*, Citation};
use crate::message::{decimal, message};
use crate::model::description::{Part, Source, Specification};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The line spacing of the body paragraphs of a Word document (from the paragraph, its style and the document's
    /// defaults): 1½ or double at the USPTO, 1½ at the EPO and the PCT. An exact or minimum line height is compared with
    /// single spacing of the paragraph's font (1.15 × the font size). In a PDF, the distance between the baselines of
    /// a paragraph's lines is compared in the same way, within a tenth of a line. Headings and tables are not checked; nor are
    /// Japanese and Chinese documents at the PCT, whose spacing rule does not apply to them.
    ///
    /// ## Why it matters
    /// Close-set lines leave no room for the office's and the examiner's annotations and scan badly.
    ///
    /// ## Legal basis
    /// 37 CFR 1.52(a) and (b) (US); the EPO's requirements for the presentation of documents (EPO Guide for applicants;
    /// Decision of the President of 25 Nov 2022, OJ EPO 2022, A113) (EP); PCT Rules 11.5, 11.6 and 11.9 (WO); JPO Form 29,
    /// notes 1 to 4 (JP, documents in Japanese); the notes of CNIPA's description form (CN, documents in Chinese; grade C).
    /// Provisions cited: 37 CFR 1.52(b)(2)(i) (US); EPO Guide for applicants; OJ EPO 2022, A113 (EP).
    pub static RULE = Rule {
        id: "description/line-spacing-invalid",
        summary: "the line spacing is not what the office requires",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.52(b)(2)(i)"), Grade::B),
            policy(EP, Error, Citation::new(OfficePractice, "EPO Guide for applicants; OJ EPO 2022, A113"), Grade::A),
            policy(WO, Error, Citation::new(PctRule, "11.9"), Grade::B),
        ],
        examples: Examples {
            fires: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p></w:body></w:document>"],
            silent: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:pPr><w:spacing w:line=\"360\" w:lineRule=\"auto\"/></w:pPr><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    // A PDF's spacing is measured between baselines against the usual line height of text fonts (1.15 em), so it
    // is known to a tenth of a line; Word states it.
    let tolerance = if spec.source == Source::Pdf { 0.1 } else { 0.01 };
    for rules in profile::PAGE.iter().filter(|r| profile::applies(r.languages, spec.language)) {
        let Some((min, max)) = rules.line_spacing else { continue };
        if spec.language.is_some_and(|l| rules.spacing_exempt.contains(&l)) {
            continue;
        }
        let wrong: Vec<_> = spec
            .paragraphs
            .iter()
            .filter(|p| !p.heading && !p.in_table && p.part != Some(Part::Front))
            .filter(|p| p.line_spacing.is_some_and(|s| s + tolerance < min || s > max + tolerance))
            .collect();
        let Some(first) = wrong.first() else { continue };
        let (count, office) = (wrong.len(), rules.office.in_sentence());
        let spacing = decimal(f64::from(first.line_spacing.unwrap_or(1.0)), 2);
        let (min, max) = (min.to_string(), max.is_finite().then(|| max.to_string()));
        let text = match (count, max) {
            (1, Some(max)) => {
                message!("line-spacing-invalid", spacing = spacing, office = office, min = min, max = max)
            }
            (_, Some(max)) => message!(
                "line-spacing-invalid-paragraphs-set-outside",
                count = count,
                spacing = spacing,
                office = office,
                min = min,
                max = max
            ),
            (1, None) => {
                message!("line-spacing-invalid-paragraph-set-requires", spacing = spacing, office = office, min = min)
            }
            (_, None) => message!(
                "line-spacing-invalid-paragraphs-set-outside-limits",
                count = count,
                spacing = spacing,
                office = office,
                min = min
            ),
        };
        out.report_for(&RULE, rules.office, at(spec, first), text);
    }
}

use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::model::description::{Source, Specification};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

/// Fonts reported to be outside the EPO's list for DOCX filing: Aptos, Word's default since 2023, in each of its
/// cuts.
const REPORTED_OUTSIDE_EPO_LIST: [&str; 5] = ["Aptos", "Aptos Display", "Aptos Narrow", "Aptos Serif", "Aptos Mono"];

declare_rule! {
    /// ## What it checks
    /// The fonts a Word document's text is set in, theme fonts resolved (Word's default body font is the theme's
    /// "minor" font, which is Aptos in documents made with Microsoft 365 since 2023): a font reported to be outside
    /// the EPO's list of fonts for DOCX filing is named with the number of runs set in it, their paragraph styles
    /// and the first paragraph, e.g. "Aptos (312 runs; styles Normal and Heading 1)". Only Aptos and its cuts are
    /// known to be outside; the list itself was not read, so other fonts are not judged.
    ///
    /// ## Why it matters
    /// The DOCX an applicant files at the EPO is the application as filed, and the EPO converts it for its files: a
    /// font its converter does not take is replaced, which can move text and change symbols. Practitioners warn that
    /// Word's defaults fail the EPO's definition of DOCX, Aptos first among them.
    ///
    /// ## Legal basis
    /// The EPO's definition of "DOCX" (version 3), OJ EPO 2026, A23 (its list of fonts), as the epi reports it (news
    /// of 21 April 2026: the list "excludes APTOS"). Grade C: the list was not read; a warning.
    pub static RULE = Rule {
        id: "description/font-not-accepted",
        summary: "a Word document's text is set in a font reported to be outside the EPO's list for DOCX filing",
        offices: &[policy(EP, Warning, Citation::new(OjEpo, "2026, A23"), Grade::C)],
        examples: Examples {
            fires: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:rPr><w:rFonts w:ascii=\"Aptos\" w:hAnsi=\"Aptos\"/></w:rPr><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:rPr><w:rFonts w:ascii=\"Aptos\"/></w:rPr><w:t>Levers are known.</w:t></w:r></w:p></w:body></w:document>"],
            silent: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\"/></w:rPr><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\"/></w:rPr><w:t>Levers are known.</w:t></w:r></w:p></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    let Some(word) = spec.word.as_ref().filter(|_| spec.source == Source::Docx) else { return };
    for font in word.fonts.iter().filter(|f| REPORTED_OUTSIDE_EPO_LIST.contains(&f.name.as_str())) {
        let message = if font.styles.is_empty() {
            message!("font-not-accepted", font = font.name.as_str(), runs = font.runs)
        } else {
            message!(
                "font-not-accepted-text-set-runs",
                font = font.name.as_str(),
                runs = font.runs,
                styles = List::and(font.styles.iter())
            )
        };
        out.report(&RULE, super::at_paragraph_index(spec, font.paragraph), message);
    }
}

#[cfg(test)]
mod tests {
    use crate::{check, InputFile, Options};

    #[test]
    fn names_the_font_and_how_much_text_it_sets() {
        let file = InputFile { name: "spec.xml".into(), bytes: super::RULE.examples.fires[0].as_bytes().to_vec() };
        let report = check(&[file], &Options::default());
        let found: Vec<_> = report.findings.iter().filter(|f| f.rule == super::RULE.id).collect();
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "The text is set in Aptos (2 runs), which practitioners report is not on the EPO's list of fonts for DOCX filing (Aptos is Word's default since 2023); set it in another font before filing the DOCX at the EPO."
        );
        assert_eq!(found[0].location.paragraph, Some(1));
    }
}

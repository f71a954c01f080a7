use super::law::{FontEmbedding, PDF_FONTS};
use super::report_per_office;
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::model::drawings::{Drawings, PdfFont};
use crate::office::Office::*;
use crate::report::{Location, Severity::*};
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The fonts a PDF of drawings uses that are not embedded in it: at the USPTO every font, the standard ones
    /// included; at the EPO and under the PCT every font but the 14 standard fonts every PDF reader has (Helvetica,
    /// Times, Courier, Symbol, ZapfDingbats). The message lists the fonts and the first sheet using each.
    ///
    /// ## Why it matters
    /// A font that is not embedded is replaced by another when the office opens, converts or prints the PDF, which
    /// can change or garble figure labels, reference signs and sheet numbers. Export the PDF with all fonts
    /// embedded.
    ///
    /// ## Legal basis
    /// - US: USPTO EFS-Web/Patent Center PDF guidelines ("All characters (glyphs) that make up the text of the
    ///   document must be embedded", uspto.gov).
    /// - EP: EPO online filing, PDF requirements ("all fonts are embedded … exception: Base 14 fonts are accepted even
    ///   if they are not embedded", EPO FAQ on Online Filing, epo.org).
    /// - WO: PCT Administrative Instructions, Annex F (PDF fonts embedded, as summarised by the DPMA; grade B).
    pub static RULE = Rule {
        id: "drawings/font-not-embedded",
        summary: "a PDF of drawings uses fonts that are not embedded",
        offices: &[
            policy(US, Error, Citation::new(OfficePractice, "USPTO EFS-Web/Patent Center PDF guidelines"), Grade::A),
            policy(EP, Error, Citation::new(OfficePractice, "EPO online filing, PDF requirements"), Grade::A),
            policy(WO, Error, Citation::new(OfficePractice, "PCT Administrative Instructions, Annex F"), Grade::B),
        ],
        examples: Examples {
            fires: &["pdf A4\nline 40 40 150 200\ntext 100 30 4 \"1/1\""],
            silent: &["pdf A4\nline 40 40 150 200\ntext 100 30 4 \"1/1\" font embedded", "pdf A4\nline 40 40 150 200"],
        },
        check: Check::Drawings(check),
    };
}

/// Whether an office wants `font` embedded and it is not.
fn missing(font: &PdfFont, wanted: FontEmbedding) -> bool {
    !font.embedded && (wanted == FontEmbedding::All || !font.standard)
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let Some(pdf) = &drawings.pdf else { return };
    // The first sheet with a font that is not embedded (where any office would want it).
    let first_sheet = pdf.fonts.iter().filter(|f| !f.embedded).map(|f| f.first_sheet).min();
    let location = Location { sheet: first_sheet, ..Location::default() };
    report_per_office(out, &RULE, &location, |office| {
        let wanted = PDF_FONTS.iter().find(|(o, _)| *o == office)?.1;
        let fonts: Vec<&PdfFont> = pdf.fonts.iter().filter(|f| missing(f, wanted)).collect();
        if fonts.is_empty() {
            return None;
        }
        Some(message!("font-not-embedded", embedding = wanted.key(), count = fonts.len(), fonts = named(&fonts)))
    });
}

/// The fonts, each with the first sheet using it: "ArialMT (first on sheet 2)".
fn named(fonts: &[&PdfFont]) -> List {
    List::and(fonts.iter().map(|f| message!("font-not-embedded-first-sheet", font = &f.name, sheet = f.first_sheet)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::drawings::{ImageFormat, PdfInfo};
    use crate::office::Office;
    use crate::options::Options;

    fn font(name: &str, embedded: bool, standard: bool, first_sheet: u32) -> PdfFont {
        PdfFont { name: name.into(), embedded, standard, first_sheet }
    }

    fn found(fonts: Vec<PdfFont>) -> Vec<(Vec<Office>, String)> {
        let drawings = Drawings {
            format: ImageFormat::Pdf,
            pdf: Some(PdfInfo { version: (1, 7), encrypted: false, fonts, extras: Default::default() }),
            sheets: Vec::new(),
        };
        let options = Options::default();
        let mut out = Reporter::new("drawings.pdf", &options);
        check(&drawings, &mut out);
        out.into_findings().into_iter().map(|f| (f.offices, f.message)).collect()
    }

    #[test]
    fn standard_fonts_need_embedding_at_the_uspto_only() {
        let found = found(vec![
            font("Helvetica", false, true, 1),
            font("ArialMT", false, false, 2),
            font("Calibri", true, false, 1),
        ]);
        assert_eq!(
            found,
            [
                (
                    vec![Office::US],
                    "The fonts Helvetica (first on sheet 1) and ArialMT (first on sheet 2) are not embedded in the PDF; \
                     all fonts must be embedded, the standard ones included: export the drawings with them embedded."
                        .to_string()
                ),
                (
                    vec![Office::EP, Office::WO],
                    "The font ArialMT (first on sheet 2) is not embedded in the PDF; all fonts but the 14 standard PDF \
                     fonts must be embedded: export the drawings with it embedded."
                        .to_string()
                ),
            ]
        );
    }
}

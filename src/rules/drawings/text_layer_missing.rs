use super::at_sheet;
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::model::drawings::Drawings;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Sheets without a text layer: raster images (TIFF, PNG, JPEG, GIF, BMP) and scanned PDF pages, whose
    /// lettering is pixels rather than text. Sheet numbers, figure labels, reference signs and the height of
    /// lettering cannot be read from such a sheet, so the drawing rules that read them were not run on it. One
    /// finding a file, naming the sheets; blank sheets are left out.
    ///
    /// ## Why it matters
    /// A clean report on a scanned sheet does not mean its sheet numbers, figure labels and lettering are right:
    /// check them by eye, or check a PDF with its text (as exported from the drawing program) instead.
    ///
    /// ## Legal basis
    /// The provisions that could not be checked:
    /// - US: 37 CFR 1.84(p)(3), (t) and (u)(1);
    /// - EP: OJ EPO 2022, A113, Art. 1(2)(g); Guidelines A-IX, 4.2 and 5.2;
    /// - WO: PCT Rule 11.7 and 11.13(h), (k);
    /// - JP: JPO Form 30, notes 3, 5 and 6;
    /// - KR: KIPO drawing form (도면) (unconfirmed);
    /// - CN: CN Patent Law Implementing Regulations Rule 21.
    pub static RULE = Rule {
        id: "drawings/text-layer-missing",
        summary: "drawing sheets have no text layer, so their lettering was not checked",
        offices: &[
            policy(US, Info, Citation::new(Cfr37, "1.84(p)(3), (t) and (u)(1)"), Grade::B),
            policy(
                EP,
                Info,
                Citation::new(OfficePractice, "OJ EPO 2022, A113, Art. 1(2)(g); Guidelines A-IX, 4.2 and 5.2"),
                Grade::A,
            ),
            policy(JP, Info, Citation::new(JpForm, "30, notes 3, 5 and 6"), Grade::B),
            policy(KR, Info, Citation::new(OfficePractice, "KIPO drawing form (도면)"), Grade::Unconfirmed),
            policy(CN, Info, Citation::new(CnImplementingRegulations, "21"), Grade::B),
            policy(WO, Info, Citation::new(PctRule, "11.7 and 11.13(h), (k)"), Grade::B),
        ],
        examples: Examples {
            fires: &[
                "png 50x50 dpi 200\nline 5 5 40 40",
                "pdf A4\nline 40 40 150 200\ntext 100 30 4 \"1/1\"\nscan dpi 100",
            ],
            silent: &["pdf A4\nline 40 40 150 200\ntext 100 30 4 \"1/1\""],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    // A sheet of known size without content is blank; one of unknown size may hold anything.
    let without: Vec<_> =
        drawings.sheets.iter().filter(|s| s.texts.is_none() && (s.content.is_some() || s.size.is_none())).collect();
    let Some(first) = without.first() else { return };
    let message = if let [only] = without.as_slice() {
        message!("text-layer-missing", sheet = only.number)
    } else {
        message!("text-layer-missing-sheets-have-no", sheets = List::and(without.iter().map(|s| s.number)))
    };
    out.report(&RULE, at_sheet(first), message);
}

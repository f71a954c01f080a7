use super::law::{self, SHEETS};
use super::{at_sheet, mm};
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::model::drawings::{Drawings, Size};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Each drawing sheet's size: A4 (210 × 297 mm) at every office, or US letter (8½ × 11 in) at the USPTO,
    /// upright, within 1.5 mm (PDF producers and scanners round). An image smaller than a sheet is a figure's
    /// image: the JPO and KIPO take drawings that way in online filing, the other offices need whole sheets.
    ///
    /// ## Why it matters
    /// Offices print, scan and publish drawings on their paper size; another size is an objection and may be
    /// rescaled, which changes the margins and the height of lettering.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(f) (US); Guidelines A-IX, 3 (EP; A4 was required by Rule 49(3) EPC until that paragraph was
    /// deleted on 1 Feb 2023 (CA/D 10/22) and is now in Art. 2 of the President's decision of 25 Nov 2022, OJ EPO
    /// 2022, A113; grade A for the Guidelines, read on epo.org; the decision's paragraph was not read, so it is not
    /// cited); PCT Rule 11.5 (WO); JPO Form 30, note 1 (JP); the KIPO drawing form (도면) (KR, grade C); CNIPA
    /// Guidelines Part V, Ch. 1, §4.2 (CN, grade C).
    pub static RULE = Rule {
        id: "drawings/sheet-size-invalid",
        summary: "a drawing sheet is not A4 (or US letter at the USPTO)",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.84(f)"), Grade::B),
            policy(EP, Error, Citation::new(EpoGuidelines, "A-IX, 3"), Grade::A),
            policy(JP, Error, Citation::new(JpForm, "30, note 1"), Grade::B),
            policy(KR, Warning, Citation::new(OfficePractice, "KIPO drawing form (도면)"), Grade::C),
            policy(CN, Error, Citation::new(CnGuidelines, "Part V, Ch. 1, §4.2"), Grade::C),
            policy(WO, Error, Citation::new(PctRule, "11.5"), Grade::A),
        ],
        examples: Examples {
            fires: &["pdf 250x353\nline 40 40 150 200", "pdf letter\nline 40 40 150 200", "pdf A4 landscape\nline 40 40 200 150"],
            silent: &["pdf A4\nline 40 40 150 200"],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    for sheet in &drawings.sheets {
        let Some(size) = sheet.size else { continue };
        let whole = law::is_whole_sheet(sheet);
        let failing: Vec<&law::SheetLaw> = SHEETS
            .iter()
            .filter(|l| whole || !l.figure_images)
            .filter(|l| law::paper_of(size, l.sizes).is_none())
            .collect();
        // Offices that take the same sizes share one finding.
        let mut groups: Vec<&[law::PaperSize]> = failing.iter().map(|l| l.sizes).collect();
        groups.sort_by_key(|sizes| sizes.len());
        groups.dedup_by(|a, b| same_sizes(a, b));
        for sizes in groups {
            let offices: Vec<_> = failing.iter().filter(|l| same_sizes(l.sizes, sizes)).map(|l| l.office).collect();
            let turned = Size { width: size.height, height: size.width };
            let (width, height) = (mm(size.width), mm(size.height));
            let names = List::or(sizes.iter().map(|p| p.name));
            let message = if !whole {
                message!("sheet-size-invalid", sheet = sheet.number, width = width, height = height, sizes = names)
            } else if law::paper_of(turned, sizes).is_some() {
                message!(
                    "sheet-size-invalid-turned-sideways-landscape",
                    sheet = sheet.number,
                    width = width,
                    height = height,
                    sizes = names
                )
            } else {
                message!(
                    "sheet-size-invalid-drawing-sheets-must",
                    sheet = sheet.number,
                    width = width,
                    height = height,
                    sizes = names
                )
            };
            out.report_among(&RULE, &offices, at_sheet(sheet), message);
        }
    }
}

fn same_sizes(a: &[law::PaperSize], b: &[law::PaperSize]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.name == y.name)
}

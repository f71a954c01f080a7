use super::law::{self, SLACK_MM};
use super::{at_sheet, mm, report_per_office};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::drawings::Drawings;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The size of what is drawn on a sheet (lines, lettering, the ink of scanned images), wherever it lies,
    /// against the largest area an office allows for a figure: 170 × 255 mm at the JPO, for each figure's image and
    /// for whole sheets; 165 × 222 mm at KIPO (from its old paper form: a warning until confirmed). The usable
    /// areas of the USPTO, EPO, PCT and CNIPA (170 × 262 mm on A4 at the EPO and PCT) follow from the sheet size and
    /// the margins, which `drawings/sheet-size-invalid` and `drawings/margin-too-small` check.
    ///
    /// ## Why it matters
    /// A drawing larger than the usable area cannot be placed inside the margins: it must be scaled down, which
    /// also shrinks its lettering, or split over several sheets. The JPO publishes figures at most 170 × 255 mm.
    ///
    /// ## Legal basis
    /// JPO Form 30, note 2, and the JPO's online-filing guide on drawings (JP); KIPO drawing form (도면), as
    /// summarised by practitioners (KR, unconfirmed).
    pub static RULE = Rule {
        id: "drawings/usable-area-exceeded",
        summary: "the drawn content of a sheet or figure is larger than the usable area",
        offices: &[
            policy(JP, Error, Citation::new(JpForm, "30, note 2"), Grade::B),
            policy(KR, Warning, Citation::new(OfficePractice, "KIPO drawing form (도면)"), Grade::Unconfirmed),
        ],
        examples: Examples {
            fires: &[
                "pdf A4\nrect 20 20 176 200",
                "pdf A4\nrect 30 30 150 240",
                "png 190x100 dpi 100\nrect 5 5 178 80",
            ],
            silent: &["pdf A4\nrect 30 30 150 200", "png 100x80 dpi 100\nrect 10 10 80 60"],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    for sheet in &drawings.sheets {
        let Some(content) = sheet.content else { continue };
        report_per_office(out, &RULE, &at_sheet(sheet), |office| {
            let (max_width, max_height) = law::SHEETS.iter().find(|l| l.office == office)?.max_content?;
            let (width, height) = (content.width(), content.height());
            let wide = width > max_width + SLACK_MM;
            let high = height > max_height + SLACK_MM;
            let (sheet, width, height, max_width, max_height) =
                (sheet.number, mm(width), mm(height), mm(max_width), mm(max_height));
            let over = match (wide, high) {
                (false, false) => return None,
                (true, false) => "width",
                (false, true) => "height",
                (true, true) => "both",
            };
            Some(message!(
                "usable-area-exceeded",
                over = over,
                sheet = sheet,
                width = width,
                height = height,
                max_width = max_width,
                max_height = max_height
            ))
        });
    }
}

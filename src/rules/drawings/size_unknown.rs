use super::at_sheet;
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::model::drawings::Drawings;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Raster images (TIFF pages, PNG, JPEG, GIF and BMP files) that do not state their resolution, so that their
    /// size on paper is unknown: the sheet size, the margins, the usable area and the height of lettering cannot be
    /// measured on them, and those checks were not made. GIF files can never state a resolution. One finding a
    /// file, naming the sheets.
    ///
    /// ## Why it matters
    /// Offices print and publish drawings at the size their resolution gives. Without one, the office (or its
    /// filing software) assumes a resolution, and the drawing may come out at another size than intended. Save the
    /// image with its resolution (for example 300 dpi) to have it checked.
    ///
    /// ## Legal basis
    /// The sheet-size provisions that could not be checked:
    /// - US: 37 CFR 1.84(f);
    /// - EP: Guidelines A-IX, 3;
    /// - WO: PCT Rule 11.5;
    /// - JP: JPO image rules for online filing (ImageRules §2), which set the resolutions;
    /// - KR: KIPO drawing form (도면);
    /// - CN: CNIPA Guidelines Part V, Ch. 1, §4.2.
    pub static RULE = Rule {
        id: "drawings/size-unknown",
        summary: "a drawing image does not state its resolution, so its size cannot be measured",
        offices: &[
            policy(US, Info, Citation::new(Cfr37, "1.84(f)"), Grade::B),
            policy(EP, Info, Citation::new(EpoGuidelines, "A-IX, 3"), Grade::A),
            policy(
                JP,
                Info,
                Citation::new(OfficePractice, "JPO image rules for online filing (ImageRules §2)"),
                Grade::A,
            ),
            policy(KR, Info, Citation::new(OfficePractice, "KIPO drawing form (도면)"), Grade::C),
            policy(CN, Info, Citation::new(CnGuidelines, "Part V, Ch. 1, §4.2"), Grade::C),
            policy(WO, Info, Citation::new(PctRule, "11.5"), Grade::A),
        ],
        examples: Examples {
            fires: &["png 400x400px no-dpi\nline 5 5 30 30", "tiff 400x400px no-dpi\nline 5 5 30 30"],
            silent: &["png 50x50 dpi 200\nline 5 5 40 40", "pdf A4\nline 40 40 150 200"],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let unknown: Vec<_> = drawings.sheets.iter().filter(|s| s.raster.is_some() && s.size.is_none()).collect();
    let Some(first) = unknown.first() else { return };
    let message = match (unknown.as_slice(), &first.raster) {
        ([only], Some(raster)) => {
            message!("size-unknown", sheet = only.number, width = raster.width_px, height = raster.height_px)
        }
        _ => message!("size-unknown-sheets-do-not", sheets = List::and(unknown.iter().map(|s| s.number))),
    };
    out.report(&RULE, at_sheet(first), message);
}

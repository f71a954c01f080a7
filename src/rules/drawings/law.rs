//! Office parameters for drawing sheets, as data (rules/CATALOG.md §0 and §1; grades in each rule's policy
//! table). The drawing rules read these tables and hold no office's numbers of their own.

use crate::model::drawings::{DrawingsSummary, Margins, OfficeArea, Rect, Sheet, Size};
use crate::office::Office::{self, *};

/// A paper size, portrait, in millimetres.
#[derive(Clone, Copy, Debug)]
pub struct PaperSize {
    pub name: &'static str,
    pub width: f32,
    pub height: f32,
}

pub const A4: PaperSize = PaperSize { name: "A4 (210 × 297 mm)", width: 210.0, height: 297.0 };
pub const LETTER: PaperSize = PaperSize { name: "US letter (216 × 279 mm)", width: 215.9, height: 279.4 };

/// How far a measured sheet may be from a paper size: PDF producers round to whole points (0.35 mm) and scanners
/// to whole pixels, so 1.5 mm is still the paper size, while the next size (letter against A4) is 6 mm away.
pub const SIZE_TOLERANCE_MM: f32 = 1.5;

/// How far content may cross a limit before it counts: one 300-dpi pixel, and PDF rounding.
pub const SLACK_MM: f32 = 0.2;

/// An office's sheet: sizes, minimum margins and the largest content it takes.
#[derive(Clone, Copy, Debug)]
pub struct SheetLaw {
    pub office: Office,
    /// Accepted paper sizes; empty where the office files figures as images rather than sheets.
    pub sizes: &'static [PaperSize],
    /// Minimum margins; `None` where the office sets none (JPO figures are images placed by the office).
    pub margins: Option<Margins>,
    /// The largest content, width × height in millimetres (the usable area, or the JPO's figure size).
    pub max_content: Option<(f32, f32)>,
    /// The office takes drawings as one image per figure (online filing at the JPO and KIPO), so an image smaller
    /// than a sheet is not a defect there.
    pub figure_images: bool,
}

const PCT_MARGINS: Margins = Margins { top: 25.0, left: 25.0, right: 15.0, bottom: 10.0 };

/// Sheets (CATALOG §0): US 37 CFR 1.84(f)-(g); EP Rule 49 EPC and the President's decision of 25 Nov 2022, Art. 1;
/// PCT Rules 11.5-11.6; JPO Form 30 notes 1-2 (figures within 170 × 255 mm); KIPO (old paper form, grade D:
/// margins top 40?, left 25, right and bottom 20 mm, figures within 165 × 222 mm); CNIPA Guidelines Part I Ch. 1
/// §4.3 (margins 25/25/15/15 mm).
pub const SHEETS: &[SheetLaw] = &[
    SheetLaw { office: US, figure_images: false, sizes: &[A4, LETTER], margins: Some(PCT_MARGINS), max_content: None },
    SheetLaw { office: EP, figure_images: false, sizes: &[A4], margins: Some(PCT_MARGINS), max_content: Some((170.0, 262.0)) },
    SheetLaw { office: WO, figure_images: false, sizes: &[A4], margins: Some(PCT_MARGINS), max_content: Some((170.0, 262.0)) },
    SheetLaw { office: JP, figure_images: true, sizes: &[A4], margins: None, max_content: Some((170.0, 255.0)) },
    SheetLaw {
        office: KR,
        figure_images: true,
        sizes: &[A4],
        margins: Some(Margins { top: 25.0, left: 25.0, right: 20.0, bottom: 20.0 }),
        max_content: Some((165.0, 222.0)),
    },
    SheetLaw {
        office: CN,
        figure_images: false,
        sizes: &[A4],
        margins: Some(Margins { top: 25.0, left: 25.0, right: 15.0, bottom: 15.0 }),
        max_content: None,
    },
];

/// The sheet law of `office`.
#[must_use]
pub fn sheet_law(office: Office) -> &'static SheetLaw {
    SHEETS.iter().find(|law| law.office == office).unwrap_or(&SHEETS[0])
}

/// The paper size a sheet is, if any of `sizes`.
#[must_use]
pub fn paper_of(size: Size, sizes: &'static [PaperSize]) -> Option<&'static PaperSize> {
    sizes.iter().find(|paper| {
        (size.width - paper.width).abs() <= SIZE_TOLERANCE_MM && (size.height - paper.height).abs() <= SIZE_TOLERANCE_MM
    })
}

/// Whether a sheet is a whole sheet of paper (a PDF page, a scanned page) rather than one figure's image, as the
/// JPO and KIPO take them: a raster much smaller than A4 is a figure.
#[must_use]
pub fn is_whole_sheet(sheet: &Sheet) -> bool {
    match (sheet.size, &sheet.raster) {
        (_, None) => true,
        (Some(size), Some(_)) => size.width.min(size.height) >= 200.0 && size.width.max(size.height) >= 270.0,
        (None, Some(_)) => false,
    }
}

/// The usable area of a sheet at an office: inside its margins.
#[must_use]
pub fn usable_area(size: Size, margins: &Margins) -> Rect {
    Rect { left: margins.left, top: margins.top, right: size.width - margins.right, bottom: size.height - margins.bottom }
}

/// The sides of `area` that `content` crosses.
#[must_use]
pub fn intrusions(content: &Rect, area: &Rect) -> Vec<&'static str> {
    let mut sides = Vec::new();
    if content.top < area.top - SLACK_MM {
        sides.push("top");
    }
    if content.left < area.left - SLACK_MM {
        sides.push("left");
    }
    if content.right > area.right + SLACK_MM {
        sides.push("right");
    }
    if content.bottom > area.bottom + SLACK_MM {
        sides.push("bottom");
    }
    sides
}

/// Adds to the report each selected office's usable area on each sheet and where content crosses it, so that the
/// page can draw the sheet.
pub fn mark_areas(drawings: &mut DrawingsSummary, offices: &[Office]) {
    for sheet in &mut drawings.sheets {
        let Some(size) = sheet.size else { continue };
        for law in SHEETS.iter().filter(|law| offices.contains(&law.office)) {
            let Some(margins) = law.margins else { continue };
            let usable = usable_area(size, &margins);
            let intrusions = sheet.content.map(|content| intrusions(&content, &usable)).unwrap_or_default();
            sheet.offices.push(OfficeArea { office: law.office, usable, intrusions });
        }
    }
}

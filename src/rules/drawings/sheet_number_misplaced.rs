use super::law::{self, NumberPlace, SheetNumberLaw};
use super::{at_text, report_per_office};
use crate::analysis::sheet_text;
use crate::citation::{Authority::*, Citation};
use crate::message::{message, Message};
use crate::model::drawings::{Drawings, Rect, Size};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Where each sheet number read from the text layer stands, against the office's place for it:
    /// - USPTO: centred at the top, inside the sight (not in the top margin); it may move right when the drawing
    ///   comes too close to the centre;
    /// - EPO: centred at the top, not in the top margin (within the usable area; it may move right);
    /// - PCT: centred at the top or the bottom, not in the margin;
    /// - JPO: at the right end of the top margin, when there are several sheets;
    /// - CNIPA and KIPO: centred at the bottom.
    ///
    /// "Centred" allows 20 mm either side of the sheet's centre line; "top" and "bottom" are the 45 mm bands at
    /// either edge; the margins are the office's (`drawings/margin-too-small`). One sheet number cannot please every
    /// office (top at the USPTO and EPO, bottom at the CNIPA and KIPO): select the offices you file at.
    ///
    /// ## Why it matters
    /// Offices stamp and bind in the margins, and look for the number where their rules put it; a number in the
    /// margin may be cut off or covered.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(t) (US); Guidelines A-IX, 4.2 (EP; the requirement was Rule 49(6) EPC until that paragraph was
    /// deleted on 1 Feb 2023 (CA/D 10/22) and is now in Art. 2 of the President's decision of 25 Nov 2022, OJ EPO 2022,
    /// A113; grade A for the Guidelines, read on epo.org; the decision's paragraph was not read, so it is not cited);
    /// PCT Rule 11.7 and Administrative Instructions s.207(b)(iii) (WO); JPO Form 30, note 3 (JP);
    /// KIPO drawing form (도면) (KR, grade C); CNIPA Guidelines Part I, Ch. 1, §4.3 (CN, unconfirmed: a warning).
    pub static RULE = Rule {
        id: "drawings/sheet-number-misplaced",
        summary: "a drawing sheet's number is not where the office puts it",
        offices: &[
            policy(US, Warning, Citation::new(Cfr37, "1.84(t)"), Grade::B),
            policy(EP, Warning, Citation::new(EpoGuidelines, "A-IX, 4.2"), Grade::A),
            policy(JP, Warning, Citation::new(JpForm, "30, note 3"), Grade::B),
            policy(KR, Warning, Citation::new(OfficePractice, "KIPO drawing form (도면)"), Grade::C),
            policy(CN, Warning, Citation::new(CnGuidelines, "Part I, Ch. 1, §4.3"), Grade::Unconfirmed),
            policy(WO, Error, Citation::new(PctRule, "11.7"), Grade::A),
        ],
        examples: Examples {
            fires: &["pdf A4\nline 60 60 150 200\ntext 100 20 4 \"1/1\"", "pdf A4\nline 60 60 150 200\ntext 30 150 4 \"1/1\""],
            silent: &["pdf A4\nline 60 60 150 200", "pdf A4\nline 60 60 150 200\ntext 30 150 4 \"1/1\"\nscan"],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let several = drawings.sheets.len() > 1;
    for sheet in &drawings.sheets {
        let Some(number) = sheet_text::of(sheet).and_then(|t| t.sheet_number.as_ref()) else { continue };
        let size = sheet.size.unwrap_or(Size { width: law::A4.width, height: law::A4.height });
        let rect = number.run.rect;
        let written = number.run.text.trim().to_string();
        report_per_office(out, &RULE, &at_text(sheet, &number.run), |office| {
            let law = law::sheet_number_law(office)?;
            if law.only_several && !several {
                return None;
            }
            let in_margin = in_margin(office, &rect, size);
            let placed = well_placed(law, &rect, size) && !(law.in_margin == Some(false) && in_margin);
            if placed {
                return None;
            }
            let (sheet, place, office, wanted) =
                (sheet.number, where_(&rect, size), office.in_sentence(), law.place.describe());
            Some(match (law.in_margin == Some(false), in_margin) {
                (false, _) => message!(
                    "sheet-number-misplaced",
                    sheet = sheet,
                    written = &written,
                    place = place,
                    office = office,
                    wanted = wanted
                ),
                (true, false) => message!(
                    "sheet-number-misplaced-s-stands-puts",
                    sheet = sheet,
                    written = &written,
                    place = place,
                    office = office,
                    wanted = wanted
                ),
                (true, true) => message!(
                    "sheet-number-misplaced-s-stands-margin",
                    sheet = sheet,
                    written = &written,
                    place = place,
                    office = office,
                    wanted = wanted
                ),
            })
        });
    }
}

/// Whether the number is in the office's place (margins aside).
fn well_placed(law: &SheetNumberLaw, rect: &Rect, size: Size) -> bool {
    let off = rect.centre_x() - size.width / 2.0;
    let centred = off.abs() <= law::CENTRE_TOLERANCE_MM || (law.may_shift_right && off > 0.0);
    let top = rect.bottom <= law::NUMBER_BAND_MM;
    let bottom = rect.top >= size.height - law::NUMBER_BAND_MM;
    match law.place {
        NumberPlace::TopCentre => top && centred,
        NumberPlace::TopOrBottomCentre => (top || bottom) && centred,
        NumberPlace::TopRight => rect.bottom <= 30.0 && rect.centre_x() >= size.width * 0.6,
        NumberPlace::BottomCentre => bottom && centred,
    }
}

/// Whether the number crosses into the office's top or bottom margin.
fn in_margin(office: crate::office::Office, rect: &Rect, size: Size) -> bool {
    let Some(margins) = law::sheet_law(office).margins else { return false };
    rect.top < margins.top - law::SLACK_MM || rect.bottom > size.height - margins.bottom + law::SLACK_MM
}

/// Where on the sheet a rectangle stands: "at the top left".
fn where_(rect: &Rect, size: Size) -> Message {
    let vertical = if rect.bottom <= law::NUMBER_BAND_MM {
        "top"
    } else if rect.top >= size.height - law::NUMBER_BAND_MM {
        "bottom"
    } else {
        "middle"
    };
    let off = rect.centre_x() - size.width / 2.0;
    let horizontal = if off.abs() <= law::CENTRE_TOLERANCE_MM {
        "centre"
    } else if off < 0.0 {
        "left"
    } else {
        "right"
    };
    match (vertical, horizontal) {
        ("top", "left") => Message::term("sheet-number-misplaced-top-left"),
        ("top", "centre") => Message::term("sheet-number-misplaced-top-centre"),
        ("top", _) => Message::term("sheet-number-misplaced-top-right"),
        ("bottom", "left") => Message::term("sheet-number-misplaced-bottom-left"),
        ("bottom", "centre") => Message::term("sheet-number-misplaced-bottom-centre"),
        ("bottom", _) => Message::term("sheet-number-misplaced-bottom-right"),
        (_, "left") => Message::term("sheet-number-misplaced-left-edge"),
        (_, "centre") => Message::term("sheet-number-misplaced-middle"),
        _ => Message::term("sheet-number-misplaced-right-edge"),
    }
}

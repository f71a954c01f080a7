use super::law::{self, SHEETS};
use super::{at_area, at_sheet, mm};
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List, Message};
use crate::model::drawings::{Drawings, Margins};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The distance from each edge of a drawing sheet to the nearest drawn content (lines, lettering, the ink of
    /// scanned images) against each office's minimum margins: top 2.5 cm, left 2.5 cm, right 1.5 cm, bottom 1.0 cm
    /// (USPTO, EPO, PCT); top and left 2.5 cm, right and bottom 1.5 cm (CNIPA); top and left 2.5 cm, right and
    /// bottom 2.0 cm (KIPO, from its old paper form: a warning until confirmed). The JPO places figure images
    /// itself and sets no margins for them.
    ///
    /// ## Why it matters
    /// Offices stamp, number and bind in the margins; content there is objected to and may be cut off when the
    /// sheet is scanned or printed.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(g) (US); Decision of the President of the EPO of 25 Nov 2022, OJ EPO 2022, A113, Art. 1(1)
    /// (EP); PCT Rule 11.6(c) (WO); CNIPA Guidelines Part I, Ch. 1, §4.3 and the drawing form notes (CN); the
    /// KIPO drawing form (도면) as summarised by practitioners (KR, unconfirmed).
    pub static RULE = Rule {
        id: "drawings/margin-too-small",
        summary: "drawn content lies in a sheet's margin",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.84(g)"), Grade::B),
            policy(EP, Error, Citation::new(OfficePractice, "OJ EPO 2022, A113, Art. 1(1)"), Grade::A),
            policy(KR, Warning, Citation::new(OfficePractice, "KIPO drawing form (도면)"), Grade::Unconfirmed),
            policy(CN, Error, Citation::new(CnGuidelines, "Part I, Ch. 1, §4.3"), Grade::B),
            policy(WO, Error, Citation::new(PctRule, "11.6(c)"), Grade::B),
        ],
        examples: Examples {
            fires: &["pdf A4\nline 10 40 150 200", "pdf A4\nrect 30 30 150 250\ntext 100 293 4 \"1/1\""],
            silent: &["pdf A4\nline 30 45 180 270"],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    for sheet in drawings.sheets.iter().filter(|s| law::is_whole_sheet(s)) {
        let (Some(size), Some(content)) = (sheet.size, sheet.content) else { continue };
        let measured = Margins::of(&content, size);
        // Offices with the same minimum margins share one finding.
        let mut groups: Vec<Margins> = Vec::new();
        for law in SHEETS {
            if let Some(minimum) = law.margins.filter(|m| !groups.contains(m)) {
                groups.push(minimum);
            }
        }
        for minimum in groups {
            let problems = short_sides(&measured, &minimum);
            if problems.is_empty() {
                continue;
            }
            let offices: Vec<_> = SHEETS.iter().filter(|l| l.margins == Some(minimum)).map(|l| l.office).collect();
            // The place is the content in the margins, so that the page marks just that.
            let place = law::outside(&content, &law::usable_area(size, &minimum))
                .map_or_else(|| at_sheet(sheet), |area| at_area(sheet, area));
            let distances = List::and(problems);
            out.report_among(
                &RULE,
                &offices,
                place,
                message!(
                    "On sheet {sheet}, the drawing comes within {distances}.",
                    sheet = sheet.number,
                    distances = distances
                ),
            );
        }
    }
}

/// "12.0 mm of the top edge (at least 25.0 mm required)" for each side short of its minimum.
fn short_sides(measured: &Margins, minimum: &Margins) -> Vec<Message> {
    let short = |measured: f32, minimum: f32| {
        (measured < minimum - law::SLACK_MM).then(|| (mm(measured.max(0.0)), mm(minimum)))
    };
    let mut sides = Vec::new();
    if let Some((distance, required)) = short(measured.top, minimum.top) {
        sides.push(message!(
            "{distance} of the top edge (at least {minimum} required)",
            distance = distance,
            minimum = required
        ));
    }
    if let Some((distance, required)) = short(measured.left, minimum.left) {
        sides.push(message!(
            "{distance} of the left edge (at least {minimum} required)",
            distance = distance,
            minimum = required
        ));
    }
    if let Some((distance, required)) = short(measured.right, minimum.right) {
        sides.push(message!(
            "{distance} of the right edge (at least {minimum} required)",
            distance = distance,
            minimum = required
        ));
    }
    if let Some((distance, required)) = short(measured.bottom, minimum.bottom) {
        sides.push(message!(
            "{distance} of the bottom edge (at least {minimum} required)",
            distance = distance,
            minimum = required
        ));
    }
    sides
}

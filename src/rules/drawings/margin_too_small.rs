use super::law::{self, SHEETS};
use super::{at_area, at_sheet, mm};
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List, Message};
use crate::model::drawings::{Drawings, Margins, Rect, Sheet, Size};
use crate::office::Office;
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
    /// Text an office lets stand in the top margin on purpose is left out at that office: the applicant's file
    /// reference within 1.5 cm of the top, in the left half (PCT Rule 11.6(f)); identifying indicia and the
    /// "Replacement Sheet" / "New Sheet" label anywhere in the top margin, but a sheet number (37 CFR 1.84(c),
    /// 1.121(d)). Without a text layer (a scan), text cannot be told from drawing, so nothing is left out.
    ///
    /// ## Why it matters
    /// Offices stamp, number and bind in the margins; content there is objected to and may be cut off when the
    /// sheet is scanned or printed.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(g), with 1.84(c) and 1.121(d) for the marks allowed (US); Decision of the President of the EPO of 25 Nov 2022, OJ EPO 2022, A113, Art. 1(1)
    /// (EP); PCT Rule 11.6(c), with 11.6(f) for the file reference (WO); CNIPA Guidelines Part I, Ch. 1, §4.3 and the drawing form notes (CN); the
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
            fires: &[
                "pdf A4\nline 10 40 150 200",
                "pdf A4\nrect 30 30 150 250\ntext 100 293 4 \"1/1\"",
                "pdf A4\ntext 30 10 3 \"Ref. P1234\"\nline 30 45 180 270",
            ],
            silent: &["pdf A4\nline 30 45 180 270"],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    for sheet in drawings.sheets.iter().filter(|s| law::is_whole_sheet(s)) {
        let (Some(size), Some(_)) = (sheet.size, sheet.content) else { continue };
        // Offices with the same minimum margins and the same content once their allowed marks are left out share one
        // finding.
        let mut groups: Vec<(Margins, Rect)> = Vec::new();
        for law in SHEETS {
            let Some(minimum) = law.margins else { continue };
            let Some(content) = content_for(sheet, law.office, size, minimum.top) else { continue };
            if !groups.contains(&(minimum, content)) {
                groups.push((minimum, content));
            }
        }
        for (minimum, content) in groups {
            let measured = Margins::of(&content, size);
            let problems = short_sides(&measured, &minimum);
            if problems.is_empty() {
                continue;
            }
            let offices: Vec<_> = SHEETS
                .iter()
                .filter(|l| {
                    l.margins == Some(minimum) && content_for(sheet, l.office, size, minimum.top) == Some(content)
                })
                .map(|l| l.office)
                .collect();
            // The place is the content in the margins, so that the page marks just that.
            let place = law::outside(&content, &law::usable_area(size, &minimum))
                .map_or_else(|| at_sheet(sheet), |area| at_area(sheet, area));
            let distances = List::and(problems);
            out.report_among(
                &RULE,
                &offices,
                place,
                message!("margin-too-small", sheet = sheet.number, distances = distances),
            );
        }
    }
}

/// What is drawn on a sheet, less the text `office` allows in its margin (a file reference, identifying indicia):
/// the paths and images, and every other run of text. Without a text layer, everything drawn.
fn content_for(sheet: &Sheet, office: Office, size: Size, top_margin: f32) -> Option<Rect> {
    let texts = sheet.texts.as_ref()?;
    if !texts.iter().any(|run| law::allowed_in_margin(office, run, size, top_margin)) {
        return sheet.content;
    }
    texts
        .iter()
        .filter(|run| !law::allowed_in_margin(office, run, size, top_margin))
        .map(|run| run.rect)
        .chain(sheet.graphics)
        .reduce(Rect::union)
}

/// "12.0 mm of the top edge (at least 25.0 mm required)" for each side short of its minimum.
fn short_sides(measured: &Margins, minimum: &Margins) -> Vec<Message> {
    let short = |measured: f32, minimum: f32| {
        (measured < minimum - law::SLACK_MM).then(|| (mm(measured.max(0.0)), mm(minimum)))
    };
    let mut sides = Vec::new();
    if let Some((distance, required)) = short(measured.top, minimum.top) {
        sides.push(message!("margin-too-small-top-edge-least", distance = distance, minimum = required));
    }
    if let Some((distance, required)) = short(measured.left, minimum.left) {
        sides.push(message!("margin-too-small-left-edge-least", distance = distance, minimum = required));
    }
    if let Some((distance, required)) = short(measured.right, minimum.right) {
        sides.push(message!("margin-too-small-right-edge-least", distance = distance, minimum = required));
    }
    if let Some((distance, required)) = short(measured.bottom, minimum.bottom) {
        sides.push(message!("margin-too-small-bottom-edge-least", distance = distance, minimum = required));
    }
    sides
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::drawings::{ImageFormat, TextRun};
    use crate::options::Options;

    /// A sheet with a drawing inside every office's margins and one run of text at (left, baseline).
    fn sheet_with_text(text: &str, left: f32, baseline: f32) -> Drawings {
        let run = TextRun {
            text: text.into(),
            rect: Rect { left, top: baseline - 3.0, right: left + 3.0 * text.len() as f32 * 0.6, bottom: baseline },
            height_mm: 3.0,
            size_mm: 4.2,
            baseline_mm: baseline,
        };
        let graphics = Rect { left: 30.0, top: 45.0, right: 180.0, bottom: 270.0 };
        let sheet = Sheet {
            content: Some(graphics.union(run.rect)),
            graphics: Some(graphics),
            ..Sheet::a4_with_texts(1, vec![run])
        };
        Drawings { format: ImageFormat::Pdf, pdf: None, sheets: vec![sheet] }
    }

    fn offices_objecting(drawings: &Drawings) -> Vec<Office> {
        let mut out = Reporter::new("d.pdf", &Options::default());
        check(drawings, &mut out);
        let mut offices: Vec<Office> = out.into_findings().into_iter().flat_map(|f| f.offices).collect();
        offices.sort_unstable();
        offices
    }

    #[test]
    fn a_file_reference_top_left_is_allowed_under_the_pct_only() {
        // Within 1.5 cm of the top, in the left half: PCT Rule 11.6(f) allows it; US indicia too; the EPO does not.
        assert_eq!(offices_objecting(&sheet_with_text("Ref. P1234", 30.0, 10.0)), [Office::EP, Office::KR, Office::CN]);
    }

    #[test]
    fn us_indicia_and_replacement_labels_are_allowed_in_the_top_margin_but_not_a_sheet_number() {
        assert_eq!(
            offices_objecting(&sheet_with_text("Replacement Sheet", 120.0, 20.0)),
            [Office::EP, Office::KR, Office::CN, Office::WO]
        );
        assert_eq!(
            offices_objecting(&sheet_with_text("1/3", 100.0, 20.0)),
            [Office::US, Office::EP, Office::KR, Office::CN, Office::WO]
        );
    }

    #[test]
    fn a_clean_sheet_is_silent() {
        assert!(offices_objecting(&sheet_with_text("FIG. 1", 90.0, 260.0)).is_empty());
    }
}

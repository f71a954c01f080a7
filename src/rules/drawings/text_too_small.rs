use super::law::{self, LETTERING};
use super::{at_text, mm};
use crate::analysis::sheet_text;
use crate::citation::{Authority::*, Citation};
use crate::message::{message, quoted, List, Message};
use crate::model::drawings::{Drawings, TextRun};
use crate::office::Office;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The height of lettering in the text layer (numbers, letters, reference signs, figure labels and sheet
    /// numbers), measured as the capital height of each run: at least 3.2 mm (0.32 cm, 1/8 inch) at the USPTO, EPO
    /// and PCT. The JPO asks for reference signs "about 5 mm square": reference signs under 4 mm high are reported
    /// there (a 5 mm square numeral is about 4 mm in capital height, and "about" leaves room). A measurement 0.05 mm
    /// short still counts as enough (PDF producers round font sizes). One finding per sheet, at the smallest run,
    /// listing the smallest runs.
    ///
    /// ## Why it matters
    /// Drawings are reduced for publication (to two thirds, and smaller in patent gazettes); lettering under the
    /// minimum becomes illegible and draws an objection.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(p)(3) (US, grade C); Decision of the President of the EPO of 25 Nov 2022,
    /// OJ EPO 2022, A113, Art. 1(2)(g) (EP); PCT Rule 11.13(h) (WO); JPO Form 30, note 6 (JP, a warning).
    pub static RULE = Rule {
        id: "drawings/text-too-small",
        summary: "lettering in the drawings is smaller than the office's minimum",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.84(p)(3)"), Grade::C),
            policy(EP, Error, Citation::new(OfficePractice, "OJ EPO 2022, A113, Art. 1(2)(g)"), Grade::A),
            policy(JP, Warning, Citation::new(JpForm, "30, note 6"), Grade::B),
            policy(WO, Error, Citation::new(PctRule, "11.13(h)"), Grade::A),
        ],
        examples: Examples {
            fires: &["pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ntext 155 200 2 \"12\""],
            silent: &["pdf A4\ntext 100 32 5 \"1/1\"\nline 60 60 150 200\ntext 155 200 5 \"12\""],
        },
        check: Check::Drawings(check),
    };
}

/// How many runs a finding lists.
const LISTED: usize = 5;

fn check(drawings: &Drawings, out: &mut Reporter) {
    for sheet in &drawings.sheets {
        let (Some(runs), Some(text)) = (sheet.texts.as_ref(), sheet_text::of(sheet)) else { continue };
        let lettering: Vec<&TextRun> = runs.iter().filter(|r| r.text.chars().any(char::is_alphanumeric)).collect();
        let signs: Vec<&TextRun> = text.signs.iter().map(|s| &s.run).collect();
        // Offices with the same minimum, measuring the same runs, share one finding.
        let mut groups: Vec<(f32, bool)> = Vec::new();
        for law in LETTERING {
            if !groups.contains(&(law.min_height_mm, law.signs_only)) {
                groups.push((law.min_height_mm, law.signs_only));
            }
        }
        for (minimum, signs_only) in groups {
            let candidates = if signs_only { &signs } else { &lettering };
            let mut small: Vec<&TextRun> =
                candidates.iter().copied().filter(|r| r.height_mm < minimum - law::HEIGHT_TOLERANCE_MM).collect();
            if small.is_empty() {
                continue;
            }
            small.sort_by(|a, b| a.height_mm.total_cmp(&b.height_mm));
            small.dedup_by(|a, b| a.text == b.text && a.height_mm == b.height_mm);
            let mut listed: Vec<Message> = small
                .iter()
                .take(LISTED)
                .map(|r| message!("text-too-small", text = quoted(r.text.trim()), height = mm(r.height_mm)))
                .collect();
            if small.len() > LISTED {
                listed.push(message!("text-too-small-more", count = small.len() - LISTED));
            }
            let offices: Vec<Office> = LETTERING
                .iter()
                .filter(|l| l.min_height_mm == minimum && l.signs_only == signs_only)
                .map(|l| l.office)
                .collect();
            let Some(stated) = LETTERING.iter().find(|l| l.office == offices[0]).map(|l| l.stated) else { continue };
            let message = if signs_only {
                message!(
                    "text-too-small-sheet-reference-signs",
                    sheet = sheet.number,
                    minimum = mm(minimum),
                    runs = List::and(&listed),
                    office = offices[0].in_sentence(),
                    stated = stated
                )
            } else {
                message!(
                    "text-too-small-sheet-lettering-smaller",
                    sheet = sheet.number,
                    minimum = mm(minimum),
                    runs = List::and(&listed),
                    stated = stated
                )
            };
            out.report_among(&RULE, &offices, at_text(sheet, small[0]), message);
        }
    }
}

use super::at_text;
use crate::analysis::sheet_text;
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::model::drawings::FigureLabel;
use crate::model::drawings::{Drawings, Sheet};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};
use std::collections::BTreeSet;

declare_rule! {
    /// ## What it checks
    /// The figure numbers of all the labels on all the sheets of a drawings file (read from the text layer, in any
    /// of the offices' forms): they must run 1, 2, 3… without gaps, and no figure may be labelled twice. Partial
    /// figures share their number (FIG. 2A, FIG. 2B are figure 2). The order in which the figures appear is
    /// "preferably" their numerical order and is not checked.
    ///
    /// ## Why it matters
    /// Figures are numbered consecutively, independently of the sheet numbers; a gap makes the office believe a
    /// figure is missing, and a number used twice makes references to it ambiguous.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(u)(1) (US); Guidelines A-IX, 5.2 (EP); PCT Rule 11.13(k) (WO); JPO Form 30, note 5 (JP, a
    /// warning); CN Implementing Regulations Rule 21 (CN).
    pub static RULE = Rule {
        id: "drawings/figure-numbers-not-consecutive",
        summary: "figure numbers in the drawings skip a number or repeat one",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.84(u)(1)"), Grade::B),
            policy(EP, Error, Citation::new(EpoGuidelines, "A-IX, 5.2"), Grade::A),
            policy(JP, Warning, Citation::new(JpForm, "30, note 5"), Grade::B),
            policy(CN, Error, Citation::new(CnImplementingRegulations, "21"), Grade::B),
            policy(WO, Error, Citation::new(PctRule, "11.13(k)"), Grade::A),
        ],
        examples: Examples {
            fires: &[
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 3\"",
                "pdf A4\ntext 100 32 4 \"1/2\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\nsheet\ntext 100 32 4 \"2/2\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"",
            ],
            silent: &[
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\nline 60 160 100 220\ntext 70 235 4 \"FIG. 2A\"\nline 110 160 150 220\ntext 120 235 4 \"FIG. 2B\"",
            ],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let found: Vec<(&Sheet, &FigureLabel)> = drawings
        .sheets
        .iter()
        .filter_map(|sheet| sheet_text::of(sheet).map(|text| (sheet, text)))
        .flat_map(|(sheet, text)| text.labels.iter().map(move |label| (sheet, label)))
        .collect();
    let numbers: BTreeSet<u32> = found.iter().map(|(_, label)| label.number).collect();
    let Some(&last) = numbers.iter().next_back() else { return };
    let missing: Vec<u32> = (1..last).filter(|n| !numbers.contains(n)).take(20).collect();
    if let Some(&first) = missing.first() {
        let after = found.iter().find(|(_, label)| label.number > first).unwrap_or(&found[0]);
        let all: Vec<u32> = numbers.iter().copied().take(30).collect();
        let message = message!(
            "figure-numbers-not-consecutive",
            labelled = if all.len() == 1 { "one" } else { "many" },
            figures = List::and(&all),
            count = missing.len(),
            missing = List::and(&missing)
        );
        out.report(&RULE, at_text(after.0, &after.1.run), message);
    }
    let mut seen: Vec<(String, u32)> = Vec::new();
    for (sheet, label) in &found {
        let name = label.name().to_uppercase();
        if let Some((_, first_sheet)) = seen.iter().find(|(n, _)| *n == name) {
            let message = if *first_sheet == sheet.number {
                message!(
                    "figure-numbers-not-consecutive-labelled-twice-sheet",
                    figure = name,
                    label = &label.text,
                    sheet = sheet.number
                )
            } else {
                message!(
                    "figure-numbers-not-consecutive-labelled-sheet-again",
                    figure = name,
                    label = &label.text,
                    first_sheet = *first_sheet,
                    sheet = sheet.number
                )
            };
            out.report(&RULE, at_text(sheet, &label.run), message);
        } else {
            seen.push((name, sheet.number));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::drawings::{ImageFormat, Rect, TextRun};
    use crate::options::Options;

    /// The messages for one A4 sheet labelled with `labels`, one below the other.
    fn messages(labels: &[&str]) -> Vec<String> {
        let texts = labels
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let baseline = 135.0 + 100.0 * i as f32;
                TextRun {
                    text: (*text).to_string(),
                    rect: Rect { left: 90.0, top: baseline - 4.0, right: 110.0, bottom: baseline },
                    height_mm: 4.0,
                    size_mm: 5.6,
                    baseline_mm: baseline,
                }
            })
            .collect();
        let sheet = Sheet::a4_with_texts(1, texts);
        let drawings = Drawings { format: ImageFormat::Pdf, pdf: None, sheets: vec![sheet] };
        let options = Options::default();
        let mut out = Reporter::new("drawings.pdf", &options);
        check(&drawings, &mut out);
        // One finding for the offices where it is an error, one for the JPO (a warning): the same message.
        let mut messages: Vec<String> = out.into_findings().into_iter().map(|f| f.message).collect();
        messages.dedup();
        messages
    }

    #[test]
    fn one_label_or_several() {
        assert_eq!(
            messages(&["FIG. 2"]),
            ["The drawings label only figure 2, so figure 1 is missing; figures are numbered consecutively from 1."]
        );
        assert_eq!(
            messages(&["FIG. 3"]),
            ["The drawings label only figure 3, so figures 1 and 2 are missing; figures are numbered consecutively \
              from 1."]
        );
        assert_eq!(
            messages(&["FIG. 1", "FIG. 3"]),
            ["The drawings label figures 1 and 3, so figure 2 is missing; figures are numbered consecutively from 1."]
        );
        assert!(messages(&["FIG. 1", "FIG. 2"]).is_empty());
    }
}

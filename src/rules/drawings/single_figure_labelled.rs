use super::law::FIGURE_LABELS;
use super::{at_text, labels, report_per_office};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::drawings::Drawings;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Drawings of a single figure that label it: one sheet whose text layer holds exactly one figure label, without
    /// a letter for a partial figure ("FIG. 1", "Fig. 1"). A second figure left unlabelled would look the same; the
    /// rule takes one label on one sheet as one figure.
    ///
    /// ## Why it matters
    /// Where there is only one figure, it is not numbered and the abbreviation "FIG." does not appear; the office
    /// objects to the label. The CNIPA says a single figure "need not" be numbered, so a label is no defect there.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(u)(1) (US); Guidelines A-IX, 5.2 (EP); PCT Rule 11.13(k) (WO).
    pub static RULE = Rule {
        id: "drawings/single-figure-labelled",
        summary: "a single figure is numbered",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.84(u)(1)"), Grade::B),
            policy(EP, Error, Citation::new(EpoGuidelines, "A-IX, 5.2"), Grade::A),
            policy(WO, Error, Citation::new(PctRule, "11.13(k)"), Grade::A),
        ],
        examples: Examples {
            fires: &["pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ntext 90 215 4 \"FIG. 1\""],
            silent: &[
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200",
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 2\"",
            ],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let [sheet] = drawings.sheets.as_slice() else { return };
    let Some(text) = labels::read(sheet) else { return };
    let [label] = text.labels.as_slice() else { return };
    if !label.suffix.is_empty() {
        return;
    }
    report_per_office(out, &RULE, &at_text(sheet, &label.run), |office| {
        let word = FIGURE_LABELS.iter().find(|l| l.office == office)?.words.first()?;
        Some(message!(
            "Sheet {sheet} holds a single figure, labelled \"{label}\"; a single figure is not numbered and carries no \"{word}\" label.",
            sheet = sheet.number,
            label = &label.text,
            word = *word
        ))
    });
}

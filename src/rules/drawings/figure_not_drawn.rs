use super::labels;
use crate::analysis::paragraph_text as text;
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::description::at;
use crate::rules::{declare_rule, policy, Check, Examples, Filed, Grade, Reporter};
use std::collections::BTreeSet;

declare_rule! {
    /// ## What it checks
    /// Each figure the description refers to (in the brief description of the drawings, "FIG. 3 is a section", or
    /// anywhere else, "as shown in FIG. 3"; figures read as `description/figure-not-described` reads them) whose
    /// number no figure label in the drawings' text layer carries. Partial figures count by number: "FIG. 2A" is
    /// drawn when a sheet labels "FIG. 2B". It needs drawings with a text layer whose sheets label at least one
    /// figure, and a description, in the same check; otherwise it is silent (a single figure is not labelled).
    ///
    /// ## Why it matters
    /// A figure the description describes but the drawings lack is a missing drawing: the office notices it at
    /// the formalities examination, and adding it later may cost the filing date (Rule 56 EPC, PCT Rule 20.5).
    ///
    /// ## Legal basis
    /// 37 CFR 1.74 (US; grade C, the rule's text was read in practitioners' quotations); Rule 42(1)(d) EPC (EP); PCT
    /// Rule 5.1(a)(iv) (WO); JPO Form 29, 【図面の簡単な説明】 (JP, a warning); CN Implementing Regulations Rule 20 (CN,
    /// unconfirmed wording: a warning).
    pub static RULE = Rule {
        id: "drawings/figure-not-drawn",
        summary: "a figure the description refers to is not in the drawings",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.74"), Grade::C),
            policy(EP, Error, Citation::new(EpcRule, "42(1)(d)"), Grade::A),
            policy(JP, Warning, Citation::new(JpForm, "29"), Grade::C),
            policy(CN, Warning, Citation::new(CnImplementingRegulations, "20"), Grade::Unconfirmed),
            policy(WO, Error, Citation::new(PctRule, "5.1(a)(iv)"), Grade::A),
        ],
        examples: Examples {
            fires: &["pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 2\"\ndescription \"Lever\\nBRIEF DESCRIPTION OF THE DRAWINGS\\nFIG. 1 is a side view. FIG. 2 is a top view. FIG. 3 is a section.\\nDETAILED DESCRIPTION\\nThe lever is long.\""],
            silent: &[
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 2\"\ndescription \"Lever\\nBRIEF DESCRIPTION OF THE DRAWINGS\\nFIG. 1 is a side view. FIG. 2 is a top view.\\nDETAILED DESCRIPTION\\nThe lever is long.\"",
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ndescription \"Lever\\nBRIEF DESCRIPTION OF THE DRAWINGS\\nThe figure is a side view.\\nDETAILED DESCRIPTION\\nThe lever is long.\"",
            ],
        },
        check: Check::Filing(check),
    };
}

fn check<'a>(documents: &[Filed<'a>], out: &mut Reporter<'a>) {
    let Some(filing) = labels::filing(documents) else { return };
    let drawn: BTreeSet<u32> = filing
        .drawings
        .iter()
        .flat_map(|(_, sheets)| sheets.iter().flat_map(|(_, text)| text.labels.iter().map(|l| l.number)))
        .collect();
    if drawn.is_empty() {
        return;
    }
    let drawings = filing.drawings[0].0;
    for &(file, spec) in &filing.descriptions {
        out.set_file(file);
        let mut seen: BTreeSet<u32> = BTreeSet::new();
        for paragraph in spec.body(crate::model::description::Part::Description) {
            for &figure in text::figures(paragraph) {
                if drawn.contains(&figure)
                    || !seen.insert(figure)
                    || seen.len() > super::super::description::MAX_FINDINGS
                {
                    continue;
                }
                let message = message!(
                    "figure-not-drawn",
                    figure = figure,
                    drawings = drawings,
                    count = drawn.len(),
                    figures = List::and(&drawn)
                );
                out.report(&RULE, at(spec, paragraph), message);
            }
        }
    }
}

use super::{at_text, labels};
use crate::analysis::paragraph_text as text;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Filed, Grade, Reporter};
use std::collections::BTreeSet;

declare_rule! {
    /// ## What it checks
    /// Each figure labelled in the drawings' text layer ("FIG. 4", "Fig. 4B", "【図４】", "图4") whose number the
    /// description never mentions (figures read as `description/figure-not-described` reads them, in English,
    /// German, French, Japanese, Chinese and Korean). One finding a figure number, at its first label. It needs
    /// drawings with a text layer and a description that mentions at least one figure, in the same check; otherwise
    /// it is silent (a description that mentions no figure at all lacks its brief description of the drawings, which
    /// `description/section-missing` reports).
    ///
    /// ## Why it matters
    /// The description must briefly describe every figure of the drawings; a figure it never mentions is
    /// unexplained, or the description is of another version of the drawings.
    ///
    /// ## Legal basis
    /// 37 CFR 1.74 (US; grade C, the rule's text was read in practitioners' quotations); Rule 42(1)(d) EPC (EP); PCT
    /// Rule 5.1(a)(iv) (WO); JPO Form 29, 【図面の簡単な説明】 (JP, a warning); CN Implementing Regulations Rule 20 (CN,
    /// unconfirmed wording: a warning).
    pub static RULE = Rule {
        id: "drawings/figure-not-described",
        summary: "a figure in the drawings is not mentioned in the description",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.74"), Grade::C),
            policy(EP, Warning, Citation::new(EpcRule, "42(1)(d)"), Grade::A),
            policy(JP, Warning, Citation::new(JpForm, "29"), Grade::C),
            policy(CN, Warning, Citation::new(CnImplementingRegulations, "20"), Grade::Unconfirmed),
            policy(WO, Warning, Citation::new(PctRule, "5.1(a)(iv)"), Grade::A),
        ],
        examples: Examples {
            fires: &["pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 2\"\ndescription \"Lever\\nBRIEF DESCRIPTION OF THE DRAWINGS\\nFIG. 1 is a side view.\\nDETAILED DESCRIPTION\\nThe lever is long.\""],
            silent: &["pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 2\"\ndescription \"Lever\\nBRIEF DESCRIPTION OF THE DRAWINGS\\nFIG. 1 is a side view. FIG. 2 is a top view.\\nDETAILED DESCRIPTION\\nThe lever is long.\""],
        },
        check: Check::Filing(check),
    };
}

fn check<'a>(documents: &[Filed<'a>], out: &mut Reporter<'a>) {
    let Some(filing) = labels::filing(documents) else { return };
    let described: BTreeSet<u32> = filing.paragraphs().flat_map(|(_, _, p)| text::figures(p).iter().copied()).collect();
    if described.is_empty() {
        return;
    }
    let description = filing.descriptions[0].0;
    let mut seen: BTreeSet<u32> = BTreeSet::new();
    for (file, sheets) in &filing.drawings {
        out.set_file(file);
        for (sheet, text) in sheets {
            for label in &text.labels {
                if described.contains(&label.number) || !seen.insert(label.number) {
                    continue;
                }
                out.report(
                    &RULE,
                    at_text(sheet, &label.run),
                    message!(
                        "figure-not-described-sheet-labels-but",
                        sheet = sheet.number,
                        label = &label.text,
                        description = description,
                        figure = label.number
                    ),
                );
            }
        }
    }
}

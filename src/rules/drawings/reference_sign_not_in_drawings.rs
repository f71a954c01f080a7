use super::labels;
use crate::analysis::paragraph_text as text;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::description::at;
use crate::rules::{declare_rule, policy, Check, Examples, Filed, Grade, Reporter};
use std::collections::BTreeSet;

declare_rule! {
    /// ## What it checks
    /// Each reference numeral the description gives a part ("the lever 10", "a first arm 12a") that no drawing's
    /// text layer shows. Numerals are read as `description/reference-numeral-several-elements` reads them: English
    /// text, a numeral after a named part; descriptions in other languages yield none. It needs drawings with a text
    /// layer and a description in the same check, and drawings that show at least one reference sign as text (signs
    /// drawn as outlines cannot be read); otherwise it is silent. Findings stop after ten numerals a description.
    ///
    /// ## Why it matters
    /// Reference signs not in the drawings must not be used in the description: the reader looks for the part in
    /// the figures and does not find it. Often a figure is missing or a sign was left off a drawing.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(p)(5) (US, a warning); Guidelines A-IX, 7.5.4 (EP); PCT Rule 11.13(l) (WO); CN Implementing
    /// Regulations Rule 21 (CN, grade C, a warning).
    pub static RULE = Rule {
        id: "drawings/reference-sign-not-in-drawings",
        summary: "a reference numeral in the description appears in no drawing",
        offices: &[
            policy(US, Warning, Citation::new(Cfr37, "1.84(p)(5)"), Grade::B),
            policy(EP, Error, Citation::new(EpoGuidelines, "A-IX, 7.5.4"), Grade::A),
            policy(CN, Warning, Citation::new(CnImplementingRegulations, "21"), Grade::C),
            policy(WO, Error, Citation::new(PctRule, "11.13(l)"), Grade::A),
        ],
        examples: Examples {
            fires: &["pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\ntext 155 100 4 \"10\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 2\"\ntext 155 200 4 \"12\"\ndescription \"Lever\\nBRIEF DESCRIPTION OF THE DRAWINGS\\nFIG. 1 is a side view. FIG. 2 is a top view.\\nDETAILED DESCRIPTION\\nThe lever 10 has an arm 12 and a spring 14.\""],
            silent: &["pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\ntext 155 100 4 \"10\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 2\"\ntext 155 200 4 \"12\"\ndescription \"Lever\\nBRIEF DESCRIPTION OF THE DRAWINGS\\nFIG. 1 is a side view. FIG. 2 is a top view.\\nDETAILED DESCRIPTION\\nThe lever 10 has an arm 12.\""],
        },
        check: Check::Filing(check),
    };
}

/// Numerals reported for one description, at most.
const MAX_NUMERALS: usize = 10;

fn check<'a>(documents: &[Filed<'a>], out: &mut Reporter<'a>) {
    let Some(filing) = labels::filing(documents) else { return };
    let drawn: BTreeSet<String> = filing
        .drawings
        .iter()
        .flat_map(|(_, sheets)| sheets.iter().flat_map(|(_, text)| text.signs.iter().map(|s| s.sign.to_lowercase())))
        .collect();
    if drawn.is_empty() {
        return;
    }
    let drawings = filing.drawings[0].0;
    for &(file, spec) in &filing.descriptions {
        out.set_file(file);
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut reported = 0;
        let mut more = 0;
        for paragraph in spec.body(crate::model::description::Part::Description) {
            for numeral in text::numerals(paragraph) {
                let key = numeral.numeral.replace(['′', '’'], "'").to_lowercase();
                if drawn.contains(&key) || !seen.insert(key) {
                    continue;
                }
                if reported == MAX_NUMERALS {
                    more += 1;
                    continue;
                }
                reported += 1;
                let mut location = at(spec, paragraph);
                location.excerpt = Some(format!("{} {}", numeral.name, numeral.numeral));
                out.report(
                    &RULE,
                    location,
                    message!(
                        "reference-sign-not-in-drawings",
                        numeral = &numeral.numeral,
                        name = &numeral.name,
                        drawings = drawings
                    ),
                );
            }
        }
        if more > 0 {
            let message = if more == 1 {
                message!("reference-sign-not-in-drawings-description-uses-one", listed = MAX_NUMERALS)
            } else {
                message!("reference-sign-not-in-drawings-description-uses-more", more = more, listed = MAX_NUMERALS)
            };
            out.report(&RULE, crate::report::Location::default(), message);
        }
    }
}

use super::{at_text, labels};
use crate::analysis::sheet_text;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::office::Office::{self, *};
use crate::report::Location;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Filed, Grade, Reporter};
use std::collections::BTreeSet;

declare_rule! {
    /// ## What it checks
    /// Each reference sign in the drawings' text layer ("12", "12a", "12'") that the description never mentions;
    /// at the EPO, that the description and the claims taken together never mention. A sign is mentioned when the
    /// same numeral stands in the text as a word of its own, in any language ("the lever 12", "レバー１２", "杠杆12"),
    /// letters compared without regard to case. It needs drawings with a text layer and a description in the same
    /// check; otherwise it is silent. Findings stop after ten signs a drawings file.
    ///
    /// ## Why it matters
    /// Reference signs not mentioned in the description must not appear in the drawings: a sign the text never
    /// explains points at nothing, and the office objects.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(p)(5) (US); Guidelines A-IX, 7.5.4 (EP: description and claims as a whole); PCT Rule 11.13(m) (WO);
    /// CN Implementing Regulations Rule 21 (CN, grade C); JPO Form 30, note 6 (JP, practice: a warning).
    pub static RULE = Rule {
        id: "drawings/reference-sign-not-in-description",
        summary: "a reference sign in the drawings is not mentioned in the description",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.84(p)(5)"), Grade::B),
            policy(EP, Error, Citation::new(EpoGuidelines, "A-IX, 7.5.4"), Grade::A),
            policy(JP, Warning, Citation::new(JpForm, "30, note 6"), Grade::C),
            policy(CN, Error, Citation::new(CnImplementingRegulations, "21"), Grade::C),
            policy(WO, Error, Citation::new(PctRule, "11.13(m)"), Grade::A),
        ],
        examples: Examples {
            fires: &["pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\ntext 155 100 4 \"10\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 2\"\ntext 155 200 4 \"12\"\ndescription \"Lever\\nBRIEF DESCRIPTION OF THE DRAWINGS\\nFIG. 1 is a side view. FIG. 2 is a top view.\\nDETAILED DESCRIPTION\\nThe lever 10 is long.\""],
            silent: &[
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\ntext 155 100 4 \"10\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 2\"\ntext 155 200 4 \"12\"\ndescription \"Lever\\nBRIEF DESCRIPTION OF THE DRAWINGS\\nFIG. 1 is a side view. FIG. 2 is a top view.\\nDETAILED DESCRIPTION\\nThe lever 10 has an arm 12.\"",
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ntext 155 200 4 \"12\"",
            ],
        },
        check: Check::Filing(check),
    };
}

/// Signs reported for one drawings file, at most.
const MAX_SIGNS: usize = 10;

fn check<'a>(documents: &[Filed<'a>], out: &mut Reporter<'a>) {
    let Some(filing) = labels::filing(documents) else { return };
    let mut described = BTreeSet::new();
    for (_, _, paragraph) in filing.paragraphs() {
        sheet_text::mentions(&paragraph.text, &mut described);
    }
    let mut claimed = BTreeSet::new();
    for claim in filing.claims.iter().flat_map(|set| &set.claims) {
        sheet_text::mentions(&claim.text, &mut claimed);
    }
    let description = filing.descriptions[0].0;
    for (file, sheets) in &filing.drawings {
        out.set_file(file);
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut missing: Vec<(Location, String, u32, bool)> = Vec::new();
        for (sheet, text) in sheets {
            for sign in &text.signs {
                let key = sign.sign.to_lowercase();
                if !seen.insert(key.clone()) || described.contains(key.as_str()) {
                    continue;
                }
                missing.push((
                    at_text(sheet, &sign.run),
                    sign.sign.clone(),
                    sheet.number,
                    claimed.contains(key.as_str()),
                ));
            }
        }
        for (location, sign, sheet, in_claims) in missing.iter().take(MAX_SIGNS) {
            super::report_per_office(out, &RULE, location, |office: Office| {
                if office == EP {
                    return (!in_claims).then(|| {
                        message!(
                            "reference-sign-not-in-description",
                            sign = sign,
                            sheet = sheet,
                            description = description
                        )
                    });
                }
                Some(message!(
                    "reference-sign-not-in-description-sheet-mentioned-every",
                    sign = sign,
                    sheet = sheet,
                    description = description
                ))
            });
        }
        if missing.len() > MAX_SIGNS {
            let more = missing.len() - MAX_SIGNS;
            let first = missing[MAX_SIGNS].0.clone();
            let message = if more == 1 {
                message!("reference-sign-not-in-description-drawings-hold-one", listed = MAX_SIGNS)
            } else {
                message!("reference-sign-not-in-description-drawings-hold-more", more = more, listed = MAX_SIGNS)
            };
            out.report(&RULE, first, message);
        }
    }
}

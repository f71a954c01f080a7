use super::at_text;
use crate::analysis::sheet_text;
use crate::citation::{Authority::*, Citation};
use crate::message::{message, quoted, List, Message};
use crate::model::drawings::Drawings;
use crate::model::drawings::Sign;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Reference signs in the text layer written in brackets, inverted commas or a circle: "(12)", "[12]", "'12'",
    /// "“12”", "①". Degree, minute and second signs ("45°", "12'") are not enclosures. One finding per sheet, at the
    /// first such sign, listing them. Outlines drawn around a sign as lines (a circle path) are not text and are not
    /// seen.
    ///
    /// ## Why it matters
    /// Numbers and letters in drawings must be simple and clear, without brackets, circles or inverted commas: the
    /// office objects to them (they are confused with the parenthesised signs of the claims).
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(p)(1) (US, grade C); Decision of the President of the EPO of 25 Nov 2022,
    /// OJ EPO 2022, A113, Art. 1(2)(d) (EP); PCT Rule 11.13(e) and Applicant's Guide 5.152 (WO).
    pub static RULE = Rule {
        id: "drawings/reference-sign-enclosed",
        summary: "a reference sign in the drawings is in brackets, inverted commas or a circle",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.84(p)(1)"), Grade::C),
            policy(EP, Error, Citation::new(OfficePractice, "OJ EPO 2022, A113, Art. 1(2)(d)"), Grade::A),
            policy(WO, Error, Citation::new(PctRule, "11.13(e)"), Grade::A),
        ],
        examples: Examples {
            fires: &[
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ntext 155 200 4 \"(12)\"",
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ntext 155 200 4 \"'12'\"",
            ],
            silent: &["pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ntext 155 200 4 \"12\"\ntext 155 100 4 \"45°\""],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    for sheet in &drawings.sheets {
        let Some(text) = sheet_text::of(sheet) else { continue };
        let enclosed: Vec<&Sign> = text.signs.iter().filter(|s| s.enclosure.is_some()).collect();
        let Some(first) = enclosed.first() else { continue };
        let mut written: Vec<&str> = enclosed.iter().map(|s| s.written.as_str()).collect();
        written.dedup();
        let message = if let [sign] = written.as_slice() {
            message!("reference-sign-enclosed", sheet = sheet.number, sign = *sign)
        } else {
            let signs: Vec<Message> = written.iter().take(8).map(|&sign| quoted(sign)).collect();
            message!("reference-sign-enclosed-sheet-shows-signs", sheet = sheet.number, signs = List::and(&signs))
        };
        out.report(&RULE, at_text(sheet, &first.run), message);
    }
}

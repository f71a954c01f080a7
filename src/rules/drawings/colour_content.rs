use super::{at_sheet, report_per_office};
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List, Message};
use crate::model::drawings::{Colour, Drawings};
use crate::office::Office::{self, *};
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Whether a drawing sheet holds colour, measured from what it paints (vector colours and image pixels), not
    /// from the file's declared colour type: a colour scan of a black-and-white drawing is not a colour drawing, and
    /// a trace of colour (a coloured dot, JPEG noise) is ignored.
    ///
    /// ## Why it matters
    /// Drawings must be black lines on white. The USPTO accepts colour drawings in utility applications only on a
    /// granted petition (fee under 37 CFR 1.17(h), and a set paragraph in the description); the EPO accepts them
    /// but scans, publishes and makes them available in black and white, so details shown only in colour are lost;
    /// the PCT, JPO and CNIPA forbid colourings.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(a)(2), MPEP 608.02(VIII) (US); Guidelines A-IX, 7.1 and 1.2 (EP); PCT Rule 11.13(a) (WO);
    /// JPO Form 30, note 4 (JP); CNIPA Implementing Regulations Rule 21 and the drawing form notes, item 6.1 (CN);
    /// KIPO drawing practice (KR, unconfirmed).
    pub static RULE = Rule {
        id: "drawings/colour-content",
        summary: "a drawing sheet is in colour",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.84(a)(2)"), Grade::A),
            policy(EP, Warning, Citation::new(EpoGuidelines, "A-IX, 7.1"), Grade::A),
            policy(JP, Error, Citation::new(JpForm, "30, note 4"), Grade::B),
            policy(KR, Warning, Citation::new(OfficePractice, "KIPO drawing practice"), Grade::Unconfirmed),
            policy(CN, Error, Citation::new(CnImplementingRegulations, "21"), Grade::B),
            policy(WO, Error, Citation::new(PctRule, "11.13(a)"), Grade::B),
        ],
        examples: Examples {
            fires: &["pdf A4\nline 40 40 150 200 colour red", "png A4 rgb\nrect 40 40 100 100 fill colour blue"],
            silent: &["pdf A4\nline 40 40 150 200", "png A4 rgb\nrect 40 40 100 100"],
        },
        check: Check::Drawings(check),
    };
}

/// What each office does with colour, for the message.
fn consequence(office: Office) -> Message {
    match office {
        US => Message::term("colour-content-uspto-accepts-drawings"),
        EP => Message::term("colour-content-epo-publishes-drawings"),
        _ => Message::term("colour-content-drawings-must-black"),
    }
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let sheets: Vec<u32> = drawings.sheets.iter().filter(|s| s.colour == Colour::Colour).map(|s| s.number).collect();
    let Some(first) = drawings.sheets.iter().find(|s| s.colour == Colour::Colour) else { return };
    report_per_office(out, &RULE, &at_sheet(first), |office| {
        let reason = consequence(office);
        Some(if let [sheet] = sheets.as_slice() {
            message!("colour-content", sheet = sheet, reason = reason)
        } else {
            message!("colour-content-sheets", sheets = List::and(&sheets), reason = reason)
        })
    });
}

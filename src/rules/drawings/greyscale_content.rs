use super::{at_sheet, report_per_office};
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List, Message};
use crate::model::drawings::{Colour, Drawings, ImageFormat};
use crate::office::Office::{self, *};
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Whether a drawing sheet holds shades of grey beyond the anti-aliasing of lines: a photograph, a greyscale
    /// rendering or grey fills. Measured from what the sheet paints, not from the file's colour type; colour is
    /// `drawings/colour-content`'s finding. At the JPO, grey is reported here only for JPEG images and PDF or TIFF
    /// files: PNG, GIF and BMP images must be black and white (1 bit) there, which
    /// `drawings/image-format-not-accepted` checks.
    ///
    /// ## Why it matters
    /// Drawings are black lines on white. Grey tones are lost or turn into noise when offices print and publish in
    /// black and white, and photographs are accepted only where the invention cannot be drawn: at the USPTO when a
    /// photograph is the only practicable medium, at the EPO and under the PCT exceptionally, at the JPO as a
    /// greyscale JPEG in place of a drawing (図面代用写真, e.g. a micrograph). The CNIPA's practice on photographs in
    /// drawings is unconfirmed.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(b)(1) (US); Guidelines A-IX, 1.2 and 7.1 (EP); PCT Rule 11.13(a) and Applicant's Guide 5.159
    /// (WO); JPO notice on image formats for drawings (Mar 2013) and the JPO's image rules (JP); CN Patent Law
    /// Implementing Regulations Rule 21; drawing form notes, item 6.1 (CN, unconfirmed).
    pub static RULE = Rule {
        id: "drawings/greyscale-content",
        summary: "a drawing sheet holds grey tones or a photograph",
        offices: &[
            policy(US, Warning, Citation::new(Cfr37, "1.84(b)(1)"), Grade::B),
            policy(EP, Warning, Citation::new(EpoGuidelines, "A-IX, 1.2"), Grade::A),
            policy(
                JP,
                Warning,
                Citation::new(OfficePractice, "JPO notice on image formats for drawings (Mar 2013)"),
                Grade::A,
            ),
            policy(
                CN,
                Warning,
                Citation::new(CnImplementingRegulations, "21; drawing form notes, item 6.1"),
                Grade::Unconfirmed,
            ),
            policy(WO, Warning, Citation::new(PctRule, "11.13(a)"), Grade::A),
        ],
        examples: Examples {
            fires: &[
                "pdf A4\nphoto 40 40 100 80",
                "pdf A4\nrect 40 40 100 100 fill colour grey",
                "jpeg 100x80 dpi 100\nphoto 10 10 80 60",
            ],
            silent: &["pdf A4\nline 40 40 150 200", "png 100x80 dpi 100\nrect 10 10 80 60"],
        },
        check: Check::Drawings(check),
    };
}

/// What each office does with grey tones, for the message.
fn consequence(office: Office, format: ImageFormat) -> Option<Message> {
    Some(match office {
        US => Message::term("greyscale-content-uspto-accepts-photographs"),
        EP => Message::term("greyscale-content-epo-accepts-photographs"),
        WO => Message::term("greyscale-content-grey-tones-photographs"),
        // PNG, GIF and BMP must be black and white at the JPO: drawings/image-format-not-accepted says so.
        JP if matches!(format, ImageFormat::Png | ImageFormat::Gif | ImageFormat::Bmp) => return None,
        JP => Message::term("greyscale-content-jpo-takes-grey"),
        _ => Message::term("greyscale-content-drawings-drawn-black"),
    })
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let grey: Vec<u32> = drawings.sheets.iter().filter(|s| s.colour == Colour::Greyscale).map(|s| s.number).collect();
    let Some(first) = drawings.sheets.iter().find(|s| s.colour == Colour::Greyscale) else { return };
    report_per_office(out, &RULE, &at_sheet(first), |office| {
        let reason = consequence(office, drawings.format)?;
        Some(if let [sheet] = grey.as_slice() {
            message!("greyscale-content", sheet = sheet, reason = reason)
        } else {
            message!("greyscale-content-sheets-hold-grey", sheets = List::and(&grey), reason = reason)
        })
    });
}

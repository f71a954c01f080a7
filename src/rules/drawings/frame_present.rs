use super::{at_area, mm, report_per_office};
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List, Message};
use crate::model::drawings::Drawings;
use crate::office::Office::{self, *};
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Whether a sheet has a frame: a rectangle drawn around the rest of its content, such as a border along the
    /// margins or a box around all the figures. A rectangle that is part of a figure (a block in a diagram) is not a
    /// frame. The JPO takes one image per figure and has no sheets to frame.
    ///
    /// ## Why it matters
    /// The USPTO, the EPO, the PCT and the CNIPA forbid frames around the usable or used surface: a frame is an
    /// objection, and offices may strip it when they scan the sheets. Practitioners advise against frames at
    /// KIPO too.
    ///
    /// ## Legal basis
    /// - US: 37 CFR 1.84(g);
    /// - EP: Decision of the President of the EPO of 25 Nov 2022, OJ EPO 2022, A113, Art. 1(1);
    /// - WO: PCT Rule 11.6(c);
    /// - CN: CNIPA Guidelines Part I, Ch. 1, §4.3, as quoted by practitioners (grade C);
    /// - KR: KIPO drawing form (도면), as summarised by practitioners (grade C).
    pub static RULE = Rule {
        id: "drawings/frame-present",
        summary: "a frame is drawn around the drawings on a sheet",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.84(g)"), Grade::B),
            policy(EP, Error, Citation::new(OfficePractice, "OJ EPO 2022, A113, Art. 1(1)"), Grade::A),
            policy(KR, Warning, Citation::new(OfficePractice, "KIPO drawing form (도면)"), Grade::C),
            policy(CN, Error, Citation::new(CnGuidelines, "Part I, Ch. 1, §4.3"), Grade::C),
            policy(WO, Error, Citation::new(PctRule, "11.6(c)"), Grade::B),
        ],
        examples: Examples {
            fires: &["pdf A4\nrect 26 26 168 260 width 0.5\nline 60 60 150 200"],
            silent: &["pdf A4\nline 40 40 150 200", "pdf A4\nrect 40 40 60 40\nline 70 120 150 250"],
        },
        check: Check::Drawings(check),
    };
}

/// What each office says of frames, for the message.
fn consequence(office: Office) -> Message {
    match office {
        KR => Message::term("frame-present-practitioners-advise-against"),
        _ => Message::term("frame-present-frames-around-drawings"),
    }
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let framed: Vec<_> = drawings.sheets.iter().filter_map(|s| s.frame.map(|frame| (s, frame))).collect();
    let Some(&(first, frame)) = framed.first() else { return };
    let numbers: Vec<u32> = framed.iter().map(|(s, _)| s.number).collect();
    report_per_office(out, &RULE, &at_area(first, frame), |office| {
        let reason = consequence(office);
        Some(if let [_] = framed.as_slice() {
            message!(
                "frame-present",
                sheet = first.number,
                width = mm(frame.width()),
                height = mm(frame.height()),
                reason = reason
            )
        } else {
            message!("frame-present-sheets-have-drawn", sheets = List::and(&numbers), reason = reason)
        })
    });
}

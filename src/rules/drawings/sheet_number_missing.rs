use super::law;
use super::{at_sheet, report_per_office};
use crate::analysis::sheet_text;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::drawings::Drawings;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Whether each drawing sheet with a text layer carries a sheet number: "2/5", "2 / 5", or a lone number at the
    /// top or bottom of the sheet (see the shared reader of the text layer, `drawings::labels`). At the JPO only
    /// drawings of several sheets are numbered. Sheets without a text layer are left to
    /// `drawings/text-layer-missing`, since their numbers cannot be read.
    ///
    /// ## Why it matters
    /// Offices number and count drawing sheets to know that none is missing; an unnumbered sheet draws an objection
    /// (an invitation to correct at the PCT receiving Office).
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(t) (US); Guidelines A-IX, 4.2 (EP; the requirement was Rule 49(6) EPC until that paragraph was
    /// deleted on 1 Feb 2023 (CA/D 10/22) and is now in Art. 2 of the President's decision of 25 Nov 2022, OJ EPO 2022,
    /// A113; grade A for the Guidelines, read on epo.org; the decision's paragraph was not read, so it is not cited);
    /// PCT Rule 11.7 and Administrative Instructions s.207(b)(iii) (WO); JPO Form 30, note 3 (JP, several sheets only);
    /// KIPO drawing form (도면) (KR, grade C, page number at the bottom centre); CNIPA Guidelines Part I, Ch. 1, §4.3
    /// (CN, unconfirmed: a warning).
    pub static RULE = Rule {
        id: "drawings/sheet-number-missing",
        summary: "a drawing sheet has no sheet number",
        offices: &[
            policy(US, Warning, Citation::new(Cfr37, "1.84(t)"), Grade::B),
            policy(EP, Warning, Citation::new(EpoGuidelines, "A-IX, 4.2"), Grade::A),
            policy(JP, Warning, Citation::new(JpForm, "30, note 3"), Grade::B),
            policy(KR, Warning, Citation::new(OfficePractice, "KIPO drawing form (도면)"), Grade::C),
            policy(CN, Warning, Citation::new(CnGuidelines, "Part I, Ch. 1, §4.3"), Grade::Unconfirmed),
            policy(WO, Error, Citation::new(PctRule, "11.7"), Grade::A),
        ],
        examples: Examples {
            fires: &["pdf A4\nline 60 60 150 200"],
            silent: &["pdf A4\nline 60 60 150 200\ntext 100 32 4 \"1/1\"", "pdf A4\nline 60 60 150 200\ntext 100 32 4 \"1\"\nscan"],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let several = drawings.sheets.len() > 1;
    for sheet in &drawings.sheets {
        let Some(text) = sheet_text::of(sheet) else { continue };
        if text.sheet_number.is_some() {
            continue;
        }
        report_per_office(out, &RULE, &at_sheet(sheet), |office| {
            let law = law::sheet_number_law(office)?;
            if law.only_several && !several {
                return None;
            }
            Some(message!(
                "sheet-number-missing",
                sheet = sheet.number,
                office = office.in_sentence(),
                form = law.example
            ))
        });
    }
}

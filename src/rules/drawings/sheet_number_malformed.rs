use super::law::{self, NumberForm};
use super::{at_text, report_per_office};
use crate::analysis::sheet_text;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::drawings::Drawings;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The form of each sheet number read from the text layer. The USPTO and the PCT write sheet and total with a
    /// slant, `1/3, 2/3, 3/3` (a single sheet `1/1`): a lone number is malformed, the first number must be the
    /// sheet's position in the file and the second the number of sheets. The EPO and the CNIPA number sheets with
    /// consecutive Arabic numerals: the number (or the first number of `n/N`, which the EPO accepts) must be the
    /// sheet's position. The JPO and KIPO state no form. Sheets without a sheet number are
    /// `drawings/sheet-number-missing`.
    ///
    /// ## Why it matters
    /// A wrong or gapped number makes the office believe a sheet is missing, or that sheets are out of order.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(t) (US); Guidelines A-IX, 4.2 (EP; the requirement was Rule 49(6) EPC until that paragraph was
    /// deleted on 1 Feb 2023 (CA/D 10/22) and is now in Art. 2 of the President's decision of 25 Nov 2022, OJ EPO 2022,
    /// A113; grade A for the Guidelines, read on epo.org; the decision's paragraph was not read, so it is not cited);
    /// PCT Rule 11.7 and Administrative Instructions s.207(b)(iii) (WO); CNIPA Guidelines Part I, Ch. 1, §4.3 (CN,
    /// unconfirmed: a warning).
    pub static RULE = Rule {
        id: "drawings/sheet-number-malformed",
        summary: "a drawing sheet's number is not in the office's form or not its position",
        offices: &[
            policy(US, Warning, Citation::new(Cfr37, "1.84(t)"), Grade::B),
            policy(EP, Warning, Citation::new(EpoGuidelines, "A-IX, 4.2"), Grade::A),
            policy(CN, Warning, Citation::new(CnGuidelines, "Part I, Ch. 1, §4.3"), Grade::Unconfirmed),
            policy(WO, Error, Citation::new(PctAdministrativeInstructions, "207(b)(iii)"), Grade::A),
        ],
        examples: Examples {
            fires: &[
                "pdf A4\nline 60 60 150 200\ntext 100 32 4 \"1/2\"",
                "pdf A4\nline 60 60 150 200\ntext 100 32 4 \"1/2\"\nsheet\nline 60 60 150 200\ntext 100 32 4 \"3/2\"",
            ],
            silent: &[
                "pdf A4\nline 60 60 150 200\ntext 100 32 4 \"1/1\"",
                "pdf A4\nline 60 60 150 200\ntext 100 32 4 \"1/2\"\nsheet\nline 60 60 150 200\ntext 100 32 4 \"2/2\"",
            ],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let count = u32::try_from(drawings.sheets.len()).unwrap_or(u32::MAX);
    for (position, sheet) in (1u32..).zip(&drawings.sheets) {
        let Some(number) = sheet_text::of(sheet).and_then(|t| t.sheet_number.as_ref()) else { continue };
        let written = number.run.text.trim().to_string();
        report_per_office(out, &RULE, &at_text(sheet, &number.run), |office| {
            let law = law::sheet_number_law(office)?;
            let sheet = sheet.number;
            Some(match (law.form, number.total) {
                (NumberForm::Fraction, None) => message!(
                    "sheet-number-malformed",
                    sheet = sheet,
                    written = &written,
                    office = office.in_sentence(),
                    position = position,
                    count = count
                ),
                _ if number.number != position => message!(
                    "sheet-number-malformed-numbered-but-sheets",
                    sheet = sheet,
                    written = &written,
                    position = position,
                    count = count
                ),
                (NumberForm::Fraction, Some(total)) if total != count && count == 1 => message!(
                    "sheet-number-malformed-numbered-but-drawings",
                    sheet = sheet,
                    written = &written,
                    total = total
                ),
                (NumberForm::Fraction, Some(total)) if total != count => message!(
                    "sheet-number-malformed-numbered-but-drawings-have",
                    sheet = sheet,
                    written = &written,
                    count = count,
                    total = total
                ),
                _ => return None,
            })
        });
    }
}

use super::law::FIGURE_LABELS;
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
    /// Drawings of a single figure that label it: one sheet whose text layer holds exactly one figure label, without
    /// a letter for a partial figure ("FIG. 1", "Fig. 1"). A second figure left unlabelled would look the same; the
    /// rule takes one label on one sheet as one figure.
    ///
    /// ## Why it matters
    /// Where there is only one figure, it is not numbered and the abbreviation does not appear. The USPTO's rule says
    /// so with "must" (an error). The PCT Applicant's Guide 5.141 says a single figure "should not be numbered" and
    /// "Fig." "should not appear"; the EPO's Guidelines A-IX, 5.2 say it "should not be numbered" (though "the
    /// abbreviation 'FIG' must not appear"). Neither the PCT Regulations nor the EPO's binding presentation
    /// requirements (former Rule 46(2)(h) EPC, since 1 Feb 2023 the President's decision of 25 Nov 2022, OJ EPO 2022,
    /// A113) say anything of a single figure: they require only that different figures be numbered consecutively.
    /// The Guidelines are not legal provisions, so a label on a single figure is a warning at the EPO and the PCT.
    /// The CNIPA says a single figure "need not" be numbered, so a label is no defect there.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(u)(1) (US: "must", an error; grade B). Guidelines A-IX, 5.2 (EP: a warning; grade A, read on
    /// epo.org). PCT Rule 11.13(k) as the PCT Applicant's Guide, International Phase, para. 5.141 applies it (WO:
    /// "should", a warning; grade A is the Rule's; para. 5.141 was read in a copy of the Guide (grade B) and in the
    /// EPO's PCT Guidelines A-V, 5.2).
    pub static RULE = Rule {
        id: "drawings/single-figure-labelled",
        summary: "a single figure is numbered",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.84(u)(1)"), Grade::B),
            policy(EP, Warning, Citation::new(EpoGuidelines, "A-IX, 5.2"), Grade::A),
            policy(WO, Warning, Citation::new(PctRule, "11.13(k)"), Grade::A),
        ],
        examples: Examples {
            fires: &[
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ntext 90 215 4 \"FIG. 1\"",
                // An error at the USPTO, a warning at the EPO and the PCT.
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ntext 90 215 4 \"Fig. 1\"",
            ],
            silent: &[
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200",
                // A partial figure's label is not the label of a single figure.
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ntext 90 215 4 \"FIG. 1A\"",
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 2\"",
            ],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let [sheet] = drawings.sheets.as_slice() else { return };
    let Some(text) = sheet_text::of(sheet) else { return };
    let [label] = text.labels.as_slice() else { return };
    if !label.suffix.is_empty() {
        return;
    }
    report_per_office(out, &RULE, &at_text(sheet, &label.run), |office| {
        let word = FIGURE_LABELS.iter().find(|l| l.office == office)?.words.first()?;
        Some(message!("single-figure-labelled", sheet = sheet.number, label = &label.text, word = *word))
    });
}

#[cfg(test)]
mod tests {
    use crate::office::Office::*;
    use crate::report::Severity;

    #[test]
    fn an_error_at_the_uspto_a_warning_at_the_epo_and_the_pct() {
        let severity = |office| super::RULE.offices.iter().find(|p| p.office == office).map(|p| p.severity);
        assert_eq!(severity(US), Some(Severity::Error), "37 CFR 1.84(u)(1): must");
        assert_eq!(severity(EP), Some(Severity::Warning), "Guidelines A-IX, 5.2: should not be numbered");
        assert_eq!(severity(WO), Some(Severity::Warning), "PCT Applicant's Guide 5.141: should");
    }
}

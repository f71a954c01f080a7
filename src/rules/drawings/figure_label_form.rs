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
    /// Each figure label in the text layer against the office's form (`law::FIGURE_LABELS`):
    /// - USPTO: "FIG." and the number, a capital letter for partial views: FIG. 1, FIG. 4A (not 4a, not "Fig." or
    ///   "Figure");
    /// - EPO: "FIG" and the number whatever the language (FIG 1, FIG 7A); "FIG." and "Fig." are accepted, spelled-out
    ///   words ("Figure", "Abb.", "FIGS.") and small letters for partial figures are not;
    /// - PCT: "Fig." and the number whatever the language (Fig. 1, Fig. 7B); "FIG.", "FIG" and "Fig" are accepted;
    /// - JPO: 【図１】 in lenticular brackets, above each figure; KIPO: 【도 1】; CNIPA: 图1, directly below each figure.
    ///
    /// Each office judges the labels written in its own script: Latin labels at the USPTO, EPO and PCT, 図 labels at
    /// the JPO, 도 labels at KIPO, 图 labels at the CNIPA. Latin labels ("FIG. 1") are not reported at the JPO, KIPO
    /// and CNIPA: drawings in another language are filed there in translation (a foreign-language application, or a
    /// PCT national phase), and the translated drawings carry the office's labels; likewise Japanese, Korean or
    /// Chinese labels are left alone at the USPTO, EPO and PCT. Whether a label stands above or below its figure is
    /// not checked.
    ///
    /// ## Why it matters
    /// Offices refer to figures by their labels. The USPTO requires "FIG." ("must"), so another form is objected to
    /// there (an error). The EPO and the PCT only recommend their form: the number "should be preceded by" "FIG" (EPO
    /// Guidelines A-IX, 5.2) or "Fig." (PCT Applicant's Guide 5.141), and a partial figure "may" take a capital
    /// letter; what their binding texts require is that the figures be numbered consecutively in Arabic numerals,
    /// which `drawings/figure-numbers-not-consecutive` checks. So a label in another form is a warning there. At the
    /// JPO the 【図１】 labels are document tags above each figure.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(u)(1) (US: "must", an error; grade B). Guidelines A-IX, 5.2 (EP: "should", a warning; grade A, read
    /// on epo.org). PCT Rule 11.13(k) as the PCT Applicant's Guide, International Phase, para. 5.141 applies it (WO:
    /// "should", a warning; grade A is the Rule's; para. 5.141 was read in a copy of the Guide (grade B) and in the
    /// EPO's PCT Guidelines A-V, 5.2). JPO Form 30, note 5 (JP; a warning, since in online filing the labels are tags
    /// of the document rather than part of the drawing); KIPO electronic filing practice (KR, unconfirmed); CN
    /// Implementing Regulations Rule 21 (CN).
    pub static RULE = Rule {
        id: "drawings/figure-label-form",
        summary: "a figure label is not in the office's form",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.84(u)(1)"), Grade::B),
            policy(EP, Warning, Citation::new(EpoGuidelines, "A-IX, 5.2"), Grade::A),
            policy(JP, Warning, Citation::new(JpForm, "30, note 5"), Grade::B),
            policy(KR, Warning, Citation::new(OfficePractice, "KIPO electronic filing practice"), Grade::Unconfirmed),
            policy(CN, Error, Citation::new(CnImplementingRegulations, "21"), Grade::B),
            policy(WO, Warning, Citation::new(PctRule, "11.13(k)"), Grade::A),
        ],
        examples: Examples {
            fires: &[
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"Figure 1\"\nline 60 160 150 220\ntext 90 235 4 \"Figure 2\"",
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1a\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 1b\"",
                "pdf A4\ntext 100 32 4 \"1/1\"\ntext 90 55 4 \"図1\"\nline 60 60 150 120\ntext 90 155 4 \"図2\"\nline 60 160 150 220",
                // "Fig." is no USPTO label (an error there); "Figure" is not the EPO's or the PCT's form (a warning).
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"Fig. 1\"\nline 60 160 150 220\ntext 90 235 4 \"Figure 2\"",
            ],
            silent: &[
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 1\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 2\"",
                "pdf A4\ntext 100 32 4 \"1/1\"\ntext 90 55 4 \"【図１】\"\nline 60 60 150 120\ntext 90 155 4 \"【図２】\"\nline 60 160 150 220",
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 120\ntext 90 135 4 \"FIG. 7A\"\nline 60 160 150 220\ntext 90 235 4 \"FIG. 7B\"",
            ],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    for sheet in &drawings.sheets {
        let Some(text) = sheet_text::of(sheet) else { continue };
        for label in &text.labels {
            report_per_office(out, &RULE, &at_text(sheet, &label.run), |office| {
                let law = FIGURE_LABELS.iter().find(|l| l.office == office && l.script == label.script)?;
                let word = law.words.contains(&label.word.as_str());
                let brackets = label.brackets == law.brackets;
                let suffix = !law.capital_suffix || !label.suffix.chars().any(char::is_lowercase);
                if word && brackets && suffix {
                    return None;
                }
                Some(message!("figure-label-form", sheet = sheet.number, label = &label.text, form = law.form))
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::office::Office::*;
    use crate::report::Severity;

    #[test]
    fn the_fig_form_is_required_at_the_uspto_and_recommended_at_the_epo_and_the_pct() {
        let severity = |office| super::RULE.offices.iter().find(|p| p.office == office).map(|p| p.severity);
        assert_eq!(severity(US), Some(Severity::Error), "37 CFR 1.84(u)(1): must");
        assert_eq!(severity(EP), Some(Severity::Warning), "Guidelines A-IX, 5.2: should");
        assert_eq!(severity(WO), Some(Severity::Warning), "PCT Applicant's Guide 5.141: should");
    }
}

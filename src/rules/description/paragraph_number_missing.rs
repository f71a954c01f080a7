use super::{at, profile};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::{Part, Source, Specification};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Paragraphs without a number where the office wants every paragraph numbered: a Japanese or Korean description
    /// with no paragraph numbers at all, or a paragraph right after a section heading that has none (text that continues
    /// a numbered paragraph, tables, lists and figure items such as `【図１】` belong to the paragraph before them). In the
    /// US, numbers are optional, but if the description uses them, every paragraph is numbered.
    ///
    /// ## Why it matters
    /// Paragraph numbers are how amendments and office actions cite the description; the JPO requires them, and a
    /// number in another form or out of sequence has to be corrected.
    ///
    /// ## Legal basis
    /// 37 CFR 1.52(b)(6) (US: optional, but if used, four or more digits in square brackets, each paragraph numbered
    /// consecutively); JPO Form 29 and its notes (JP: 【０００１】, four digits, five from 【10000】, for documents in
    /// Japanese); the KIPO specification form (KR: 【0001】, for documents in Korean; UNCONFIRMED, so a warning).
    /// Published XML is not checked: its paragraph numbers are the publisher's.
    pub static RULE = Rule {
        id: "description/paragraph-number-missing",
        summary: "a paragraph of the description has no paragraph number",
        offices: &[
            policy(US, Warning, Citation::new(Cfr37, "1.52(b)(6)"), Grade::B),
            policy(JP, Error, Citation::new(JpForm, "29"), Grade::A),
            policy(KR, Warning, Citation::new(OfficePractice, "KIPO specification form"), Grade::Unconfirmed),
        ],
        examples: Examples {
            fires: &["【書類名】明細書\n【発明の名称】レバー\n【技術分野】\n本発明はレバーに関する。"],
            silent: &["【書類名】明細書\n【発明の名称】レバー\n【技術分野】\n【０００１】\n本発明はレバーに関する。", "Lever\nBACKGROUND\nLevers are known."],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if spec.source == Source::Xml {
        return;
    }
    let description: Vec<_> = spec.paragraphs.iter().filter(|p| p.part == Some(Part::Description)).collect();
    let numbered = description.iter().filter(|p| p.number.is_some()).count();
    for grammar in profile::PARAGRAPH_NUMBERS.iter().filter(|g| profile::applies(g.languages, spec.language)) {
        if numbered == 0 {
            if let Some(first) = description.iter().find(|p| !p.heading).filter(|_| grammar.required) {
                out.report_for(
                    &RULE,
                    grammar.office,
                    at(spec, first),
                    message!(
                        "paragraph-number-missing",
                        office = grammar.office.in_sentence(),
                        example = grammar.example
                    ),
                );
            }
            continue;
        }
        let mut count = 0;
        for pair in description.windows(2) {
            let [previous, paragraph] = pair else { continue };
            if !previous.heading
                || paragraph.heading
                || paragraph.number.is_some()
                || paragraph.in_table
                || paragraph.list_item
            {
                continue;
            }
            count += 1;
            if count > super::MAX_FINDINGS {
                break;
            }
            out.report_for(
                &RULE,
                grammar.office,
                at(spec, paragraph),
                message!("paragraph-number-missing-has-no-every", example = grammar.example),
            );
        }
    }
}

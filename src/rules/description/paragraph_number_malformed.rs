use super::{at, profile};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::{Part, Source, Specification};
use crate::office::Office::*;
use crate::parse::text::digit;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Paragraph numbers written at the start of paragraphs that do not follow the office's form: `[001]` or `(0001)`
    /// where the USPTO wants four or more digits in square brackets (`[0001]`); `[0001]` or `【001】` where the JPO wants
    /// `【０００１】` (four digits; five, `【10000】`, only from 10000 on).
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
        id: "description/paragraph-number-malformed",
        summary: "a paragraph number is not written as the office requires",
        offices: &[
            policy(US, Warning, Citation::new(Cfr37, "1.52(b)(6)"), Grade::B),
            policy(JP, Error, Citation::new(JpForm, "29"), Grade::A),
            policy(KR, Warning, Citation::new(OfficePractice, "KIPO specification form"), Grade::Unconfirmed),
        ],
        examples: Examples {
            fires: &["Lever\nBACKGROUND\n[001] Levers are known.\n[002] They have handles."],
            silent: &["Lever\nBACKGROUND\n[0001] Levers are known.\n[0002] They have handles."],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if spec.source == Source::Xml {
        return;
    }
    for grammar in profile::PARAGRAPH_NUMBERS.iter().filter(|g| profile::applies(g.languages, spec.language)) {
        let mut count = 0;
        for paragraph in spec.paragraphs.iter().filter(|p| p.part == Some(Part::Description)) {
            let Some(number) = paragraph.number.as_ref() else { continue };
            let digits = number.label.chars().filter(|c| digit(*c).is_some()).count();
            let wanted_digits = if number.value >= 10_000 { 5 } else { grammar.min_digits };
            let ok = number.label.starts_with(grammar.open)
                && number.label.ends_with(grammar.close)
                && if grammar.exact { digits == wanted_digits } else { digits >= grammar.min_digits };
            if ok {
                continue;
            }
            count += 1;
            if count > super::MAX_FINDINGS {
                break;
            }
            let mut location = at(spec, paragraph);
            location.excerpt = Some(number.label.clone());
            out.report_for(
                &RULE,
                grammar.office,
                location,
                message!(
                    "paragraph-number-malformed",
                    label = &number.label,
                    office = grammar.office.in_sentence(),
                    number = grammar.write(number.value)
                ),
            );
        }
    }
}

use super::{at, profile};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::{Part, Source, Specification};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The sequence of the paragraph numbers of the description: it starts at 1 and goes up by one, with no gap and no
    /// repeat.
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
        id: "description/paragraph-numbers-not-consecutive",
        summary: "paragraph numbers are not consecutive",
        offices: &[
            policy(US, Warning, Citation::new(Cfr37, "1.52(b)(6)"), Grade::B),
            policy(JP, Error, Citation::new(JpForm, "29"), Grade::A),
            policy(KR, Warning, Citation::new(OfficePractice, "KIPO specification form"), Grade::Unconfirmed),
        ],
        examples: Examples {
            fires: &["Lever\nBACKGROUND\n[0001] Levers are known.\n[0002] They have handles.\n[0004] Handles are red."],
            silent: &["Lever\nBACKGROUND\n[0001] Levers are known.\n[0002] They have handles.\n[0003] Handles are red."],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if spec.source == Source::Xml {
        return;
    }
    let offices = super::offices_for(profile::PARAGRAPH_NUMBERS, |g| g.office, |g| g.languages, spec);
    let mut expected = 1u32;
    let mut count = 0;
    for paragraph in spec.paragraphs.iter().filter(|p| p.part == Some(Part::Description)) {
        let Some(number) = paragraph.number.as_ref() else { continue };
        if number.value != expected {
            // Numbers as bare values throughout (the finding's excerpt shows the label as written).
            let problem = if number.value < expected {
                message!("paragraph-numbers-not-consecutive", number = number.value, expected = expected)
            } else if expected == 1 {
                message!("paragraph-numbers-not-consecutive-numbering-starts-should", number = number.value)
            } else if number.value - expected == 1 {
                message!(
                    "paragraph-numbers-not-consecutive-number-follows-missing",
                    number = number.value,
                    previous = expected - 1,
                    missing = expected
                )
            } else if number.value - expected == 2 {
                message!(
                    "paragraph-numbers-not-consecutive-number-follows-missing-2",
                    number = number.value,
                    previous = expected - 1,
                    first = expected,
                    last = expected + 1
                )
            } else {
                message!(
                    "paragraph-numbers-not-consecutive-number-follows-missing-3",
                    number = number.value,
                    previous = expected - 1,
                    first = expected,
                    last = number.value - 1
                )
            };
            count += 1;
            if count > super::MAX_FINDINGS {
                return;
            }
            let mut location = at(spec, paragraph);
            location.excerpt = Some(number.label.clone());
            out.report_among(&RULE, &offices, location, problem);
        }
        expected = number.value.saturating_add(1).max(expected);
    }
}

#[cfg(test)]
mod tests {
    use crate::office::Office;
    use crate::report::DocumentKind;
    use crate::{check, InputFile, Options};

    fn messages(numbers: &[&str]) -> Vec<String> {
        let body: String = numbers.iter().map(|n| format!("{n} Levers are known.\n")).collect();
        let text = format!("Lever\nBACKGROUND\n{body}");
        let options =
            Options { kind: Some(DocumentKind::Description), offices: vec![Office::US], ..Options::default() };
        let report = check(&[InputFile { name: "spec.txt".into(), bytes: text.into_bytes() }], &options);
        let rule = "description/paragraph-numbers-not-consecutive";
        report.findings.into_iter().filter(|f| f.rule == rule).map(|f| f.message).collect()
    }

    #[test]
    fn gaps_name_the_missing_numbers() {
        assert_eq!(messages(&["[0001]", "[0002]", "[0004]"]), ["Paragraph number 4 follows 2; 3 is missing."]);
        assert_eq!(messages(&["[0001]", "[0002]", "[0005]"]), ["Paragraph number 5 follows 2; 3 and 4 are missing."]);
        assert_eq!(messages(&["[0001]", "[0002]", "[0006]"]), ["Paragraph number 6 follows 2; 3 to 5 are missing."]);
        assert_eq!(messages(&["[0003]", "[0004]"]), ["Paragraph numbering starts at 3; it should start at 1."]);
        assert_eq!(
            messages(&["[0001]", "[0002]", "[0002]"]),
            ["Paragraph number 2 repeats or goes back; 3 was expected."]
        );
    }
}

use super::at_title;
use super::profile::{self, Unit};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::Specification;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The length of the title of the invention: at most 500 characters at the USPTO (English, German or French titles);
    /// generally at most 25 characters at CNIPA (Chinese titles; up to 40 for some chemical inventions); preferably two to
    /// seven words at the PCT (English titles).
    ///
    /// ## Why it matters
    /// The USPTO limit is a requirement; CNIPA's and the PCT's are "generally" and "preferably": warnings.
    ///
    /// ## Legal basis
    /// 37 CFR 1.72(a) (US); CNIPA Guidelines for Patent Examination Part I Chapter 1 (CN, grade C); PCT Rule 4.3 (WO; its
    /// "two to seven words" is UNCONFIRMED, so a warning).
    pub static RULE = Rule {
        id: "description/title-too-long",
        summary: "the title is longer than the office allows or prefers",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.72(a)"), Grade::B),
            policy(CN, Warning, Citation::new(CnGuidelines, "Part I Chapter 1"), Grade::C),
            policy(WO, Warning, Citation::new(PctRule, "4.3"), Grade::Unconfirmed),
        ],
        examples: Examples {
            fires: &["说明书\n一种具有弯曲手柄和可调节长度的杠杆以及其制造方法和使用方法\n技术领域\n[0001]本发明涉及杠杆。"],
            silent: &["说明书\n一种杠杆\n技术领域\n[0001]本发明涉及杠杆。", "Lever with a curved handle\nBACKGROUND\n[0001] Levers are known."],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    let Some(title) = spec.title.as_ref() else { return };
    for limit in profile::TITLE {
        if !profile::counted_in(limit, spec.language) {
            continue;
        }
        let count = match limit.unit {
            Unit::Words => title.text.split_whitespace().count(),
            Unit::Characters => title.text.chars().count(),
        };
        if count > limit.max {
            let (office, max) = (limit.office.in_sentence(), limit.max);
            // A reported limit is worded as a preferred one (`*[preferred]` in messages/*.ftl).
            let text = message!(
                "title-too-long",
                count = count,
                office = office,
                max = max,
                unit = limit.unit.key(),
                binding = limit.binding.key()
            );
            out.report_for(&RULE, limit.office, at_title(spec), text);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::office::Office;
    use crate::report::DocumentKind;
    use crate::{check, InputFile, Options};

    fn messages(name: &str, text: &str) -> Vec<String> {
        let options =
            Options { kind: Some(DocumentKind::Description), offices: vec![Office::US], ..Options::default() };
        let report = check(&[InputFile { name: name.into(), bytes: text.as_bytes().to_vec() }], &options);
        report.findings.into_iter().filter(|f| f.rule == "description/title-too-long").map(|f| f.message).collect()
    }

    /// The title is found by its place at the head of the document, whatever its length.
    #[test]
    fn a_title_over_500_characters_is_found_and_reported() {
        let title = "Lever with a curved handle ".repeat(20);
        let title = title.trim();
        let expected =
            [format!("The title has {} characters; the USPTO allows at most 500. Shorten it.", title.chars().count())];
        assert_eq!(messages("spec.txt", &format!("{title}\nBACKGROUND\n[0001] Levers are known.")), expected);
        let word = format!(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>{title}</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>[0001] Levers are known.</w:t></w:r></w:p></w:body></w:document>"
        );
        assert_eq!(messages("spec.xml", &word), expected);
    }
}

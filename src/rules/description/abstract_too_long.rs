use super::at_abstract;
use super::profile::{self, Unit};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::{abstract_text, count_characters, count_words, Part, Specification};
use crate::office::Office::*;
use crate::options::Route;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The length of the abstract, counted as each office counts it: words at the USPTO, the EPO and the PCT (reference
    /// signs in parentheses such as "(12)" are not counted), characters at the JPO and CNIPA (every character but white
    /// space, punctuation included; the JPO's item tags 【課題】, 【解決手段】 are not counted). Words are counted in
    /// English, German and French text, characters in Japanese (JPO), Chinese (CNIPA) and Korean (KIPO) text.
    ///
    /// ## Why it matters
    /// The USPTO's limit of 150 words is a requirement, and so are the JPO's 400 characters and CNIPA's 300: an abstract
    /// over them draws an objection. The EPO and the PCT say "preferably" 150 words at most: a warning. Published
    /// abstracts over the limit exist (the office shortened them, or let them pass); at filing, shorten it.
    ///
    /// ## Legal basis
    /// 37 CFR 1.72(b) (US, applications under 35 U.S.C. 111; in a national phase under 35 U.S.C. 371, the `route`
    /// option `pct-national-phase`, the international application's abstract stands, and PCT Rule 8.1(b)'s
    /// "preferably" makes it a warning); Rule 47(3) EPC (EP); PCT Rule 8.1(b) (WO); JPO Form 31 (the abstract, 要約書) and its notes
    /// (JP); CNIPA Guidelines for Patent Examination Part II Chapter 2, 2.4 (CN, grade C: practitioner sources quote it).
    /// KIPO: the Patent Act Art. 42(2) requires an abstract and Art. 42(9) leaves its form to the Enforcement Rules,
    /// whose limit practitioners report as 400 characters of Korean text (150 words of English); that text could
    /// not be read, so KIPO gets a warning that says so (grade C).
    pub static RULE = Rule {
        id: "description/abstract-too-long",
        summary: "the abstract is longer than the office allows or prefers",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.72(b)"), Grade::B).on_route(Route::National),
            policy(US, Warning, Citation::new(PctRule, "8.1(b)"), Grade::B).on_route(Route::PctNationalPhase),
            policy(EP, Warning, Citation::new(EpcRule, "47(3)"), Grade::B),
            policy(JP, Error, Citation::new(JpForm, "31"), Grade::A),
            policy(CN, Error, Citation::new(CnGuidelines, "Part II Chapter 2, 2.4"), Grade::C),
            policy(KR, Warning, Citation::new(KrPatentAct, "42(9)"), Grade::C),
            policy(WO, Warning, Citation::new(PctRule, "8.1(b)"), Grade::B),
        ],
        examples: Examples {
            fires: &["Lever\nABSTRACT\nlever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever lever."],
            silent: &["Lever\nABSTRACT\nA lever has a handle (12) for gripping."],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if !spec.has_part(Part::Abstract) {
        return;
    }
    let text = abstract_text(spec);
    for limit in profile::ABSTRACT {
        if !profile::counted_in(limit, spec.language) || limit.route.is_some_and(|route| route != out.route()) {
            continue;
        }
        let count = match limit.unit {
            Unit::Words => count_words(&text),
            Unit::Characters => count_characters(&text),
        };
        if count > limit.max {
            let (office, max) = (limit.office.in_sentence(), limit.max);
            let text = message!(
                "abstract-too-long",
                count = count,
                office = office,
                max = max,
                unit = limit.unit.key(),
                binding = limit.binding.key()
            );
            out.report_for(&RULE, limit.office, at_abstract(spec), text);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::report::DocumentKind;
    use crate::{check, InputFile, Options};

    fn findings(text: &str) -> Vec<(String, String)> {
        let options = Options { kind: Some(DocumentKind::Description), ..Options::default() };
        let report = check(&[InputFile { name: "spec.txt".into(), bytes: text.as_bytes().to_vec() }], &options);
        let rule = "description/abstract-too-long";
        let offices =
            |f: &crate::report::Finding| f.offices.iter().map(|o| format!("{o:?}")).collect::<Vec<_>>().join(",");
        report.findings.iter().filter(|f| f.rule == rule).map(|f| (offices(f), f.message.clone())).collect()
    }

    #[test]
    fn a_korean_abstract_over_the_reported_limit_is_a_warning_that_says_so() {
        let abstract_of = |sentences: usize| format!("레버\n요약서\n{}", "레버는 손잡이를 가진다. ".repeat(sentences));
        assert_eq!(
            findings(&abstract_of(40)),
            [(
                "KR".to_string(),
                "The abstract has 440 characters; KIPO is reported to allow at most 400 characters (unconfirmed: the office's own text could not be read). Shorten it to be safe.".to_string()
            )]
        );
        assert!(findings(&abstract_of(30)).is_empty());
    }
}

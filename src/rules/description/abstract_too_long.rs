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
    /// English, German and French text, characters in Japanese (JPO) and Chinese (CNIPA) text.
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
    /// The KIPO limit could not be confirmed, so KIPO is not checked.
    pub static RULE = Rule {
        id: "description/abstract-too-long",
        summary: "the abstract is longer than the office allows or prefers",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.72(b)"), Grade::B).on_route(Route::National),
            policy(US, Warning, Citation::new(PctRule, "8.1(b)"), Grade::B).on_route(Route::PctNationalPhase),
            policy(EP, Warning, Citation::new(EpcRule, "47(3)"), Grade::B),
            policy(JP, Error, Citation::new(JpForm, "31"), Grade::A),
            policy(CN, Error, Citation::new(CnGuidelines, "Part II Chapter 2, 2.4"), Grade::C),
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
            let text = match (limit.unit, limit.preferred_only) {
                (Unit::Words, false) => message!(
                    "The abstract has {count} words; {office} allows at most {max} words. Shorten it.",
                    count = count,
                    office = office,
                    max = max
                ),
                (Unit::Words, true) => message!(
                    "The abstract has {count} words; {office} prefers at most {max} words. Shorten it.",
                    count = count,
                    office = office,
                    max = max
                ),
                (Unit::Characters, false) => message!(
                    "The abstract has {count} characters; {office} allows at most {max} characters. Shorten it.",
                    count = count,
                    office = office,
                    max = max
                ),
                (Unit::Characters, true) => message!(
                    "The abstract has {count} characters; {office} prefers at most {max} characters. Shorten it.",
                    count = count,
                    office = office,
                    max = max
                ),
            };
            out.report_for(&RULE, limit.office, at_abstract(spec), text);
        }
    }
}

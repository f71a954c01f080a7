use super::at;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::Specification;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A reference numeral used in the description for two elements with different names: "the lever 10" and "the handle
    /// 10". Names are read from English text: the words between an article ("the", "a", "said") and the numeral; names
    /// with the same last word ("lever", "first lever") are the same element. Steps, figures, embodiments and quantities
    /// ("step 102", "5 mm") are not reference numerals.
    ///
    /// ## Why it matters
    /// The same reference sign must never stand for two different parts; a reader (and an examiner) cannot tell which is
    /// meant. It is a heuristic, so a warning: check the two names.
    ///
    /// ## Legal basis
    /// OJ EPO 2022, A113, Art. 1(2)(i) (EP: the President's decision of 25 Nov 2022 on the presentation of documents),
    /// which since 1 Feb 2023 restates former Rule 46(2)(i) EPC ("the same features … shall be denoted by the
    /// same signs"; Rule 46 EPC was deleted by CA/D 10/22), applied in EPO Guidelines A-IX, 7.5.5; grade B: the
    /// decision was read on epo.org only as far as Art. 1(2)(g), which follows former Rule 46 paragraph by paragraph,
    /// and the EPO states that it restates the deleted requirements unchanged, so (i) is taken from former Rule
    /// 46(2)(i);
    /// 37 CFR 1.84(p)(4) (US) and PCT Rule 11.13(m) (WO) are cited from memory of their text: UNCONFIRMED, so warnings.
    pub static RULE = Rule {
        id: "description/reference-numeral-several-elements",
        summary: "one reference numeral names two different elements",
        offices: &[
            policy(US, Warning, Citation::new(Cfr37, "1.84(p)(4)"), Grade::Unconfirmed),
            policy(EP, Warning, Citation::new(OfficePractice, "OJ EPO 2022, A113, Art. 1(2)(i)"), Grade::B),
            policy(WO, Warning, Citation::new(PctRule, "11.13(m)"), Grade::Unconfirmed),
        ],
        examples: Examples {
            fires: &["Lever\nDETAILED DESCRIPTION\nThe lever 10 is long. The handle 10 is red."],
            silent: &["Lever\nDETAILED DESCRIPTION\nThe lever 10 is long. The handle 12 of the first lever 10 is red."],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if !super::english(spec) {
        return;
    }
    // By numeral: a name whose last word differs from the first's ("first arm" and "arm" are one element).
    super::numeral_conflicts(
        spec,
        |n| n.numeral.as_str(),
        |n| n.head.as_str(),
        |paragraph, numeral, first, first_paragraph| {
            let mut location = at(spec, paragraph);
            location.excerpt = Some(format!("{} {}", numeral.name, numeral.numeral));
            let message = if first_paragraph == paragraph.index {
                message!(
                    "reference-numeral-several-elements",
                    numeral = numeral.numeral.as_str(),
                    name = numeral.name.as_str(),
                    first_name = first.name.as_str()
                )
            } else {
                message!(
                    "reference-numeral-several-elements-names-here-but",
                    numeral = numeral.numeral.as_str(),
                    name = numeral.name.as_str(),
                    first_name = first.name.as_str(),
                    first = first_paragraph
                )
            };
            out.report(&RULE, location, message);
        },
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::description::messages;

    #[test]
    fn names_the_other_paragraph_or_says_it_is_this_one() {
        let found = |text| messages(super::RULE.id, text);
        assert_eq!(
            found("Lever\nDETAILED DESCRIPTION\nThe lever 10 is long.\nThe handle 10 is red."),
            ["Reference numeral 10 names \"handle\" here but \"lever\" in paragraph 3; one numeral should name one element."]
        );
        assert_eq!(
            found("Lever\nDETAILED DESCRIPTION\nThe lever 10 is long. The handle 10 is red."),
            ["Reference numeral 10 names \"handle\" here but \"lever\" earlier in this paragraph; one numeral should name one element."]
        );
    }
}

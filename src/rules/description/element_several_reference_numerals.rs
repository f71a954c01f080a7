use super::at;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::Specification;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// An element named the same way with two different reference numerals in the description: "the housing 10" and
    /// later "the housing 12". Names are read from English text as for `description/reference-numeral-several-elements`;
    /// "a first lever 10" and "a second lever 12" are different names; "10a" and "10b" are variants of one numeral.
    ///
    /// ## Why it matters
    /// The same feature must be denoted by the same sign throughout the application. Two levers may of course have two
    /// numerals: this is a heuristic, so a warning.
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
        id: "description/element-several-reference-numerals",
        summary: "one element has two reference numerals",
        offices: &[
            policy(US, Warning, Citation::new(Cfr37, "1.84(p)(4)"), Grade::Unconfirmed),
            policy(EP, Warning, Citation::new(OfficePractice, "OJ EPO 2022, A113, Art. 1(2)(i)"), Grade::B),
            policy(WO, Warning, Citation::new(PctRule, "11.13(m)"), Grade::Unconfirmed),
        ],
        examples: Examples {
            fires: &["Lever\nDETAILED DESCRIPTION\nThe housing 10 is long. The housing 12 is red."],
            silent: &["Lever\nDETAILED DESCRIPTION\nThe housing 10 is long. A second housing 12 is red. The housing 10a is short."],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if !super::english(spec) {
        return;
    }
    // By name: a numeral with other digits than the first (10a after 10 is not another numeral).
    super::numeral_conflicts(
        spec,
        |n| n.name.as_str(),
        |n| n.base,
        |paragraph, numeral, first, first_paragraph| {
            let mut location = at(spec, paragraph);
            location.excerpt = Some(format!("{} {}", numeral.name, numeral.numeral));
            let message = if first_paragraph == paragraph.index {
                message!(
                    "element-several-reference-numerals",
                    name = numeral.name.as_str(),
                    numeral = numeral.numeral.as_str(),
                    first_numeral = first.numeral.as_str()
                )
            } else {
                message!(
                    "element-several-reference-numerals-has-numeral-here",
                    name = numeral.name.as_str(),
                    numeral = numeral.numeral.as_str(),
                    first_numeral = first.numeral.as_str(),
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
            found("Lever\nDETAILED DESCRIPTION\nThe housing 10 is long.\nThe housing 12 is red."),
            ["The element \"housing\" has reference numeral 12 here but 10 in paragraph 3; if it is the same element, use one numeral."]
        );
        assert_eq!(
            found("Lever\nDETAILED DESCRIPTION\nThe housing 10 is long. The housing 12 is red."),
            ["The element \"housing\" has reference numeral 12 here but 10 earlier in this paragraph; if it is the same element, use one numeral."]
        );
    }
}

use super::at;
use crate::citation::{Authority::*, Citation};
use crate::language::Language;
use crate::message::message;
use crate::model::description::{Part, Specification};
use crate::office::Office::*;
use crate::parse::reference_signs;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A reference sign in the abstract written without parentheses: "a lever 12 has a handle" instead of "a lever
    /// (12) has a handle". Signs are found as in claims (an article, one to three words and a number that is no
    /// quantity); English, German and French abstracts.
    ///
    /// ## Why it matters
    /// Each main feature the abstract names and a drawing shows "shall" be followed by its reference sign in
    /// parentheses. The offices do not refuse an abstract for it: the EPO's search division and the PCT's searching
    /// authority settle the abstract's definitive content and amend it themselves (Rule 66 EPC, PCT Rule 38.2). A
    /// warning, so that the abstract published is the one you wrote.
    ///
    /// ## Legal basis
    /// Rule 47(4) EPC (EP); PCT Rule 8.1(d) (WO).
    pub static RULE = Rule {
        id: "description/abstract-reference-sign-without-parentheses",
        summary: "a reference sign in the abstract is not in parentheses",
        offices: &[
            policy(EP, Warning, Citation::new(EpcRule, "47(4)"), Grade::A),
            policy(WO, Warning, Citation::new(PctRule, "8.1(d)"), Grade::A),
        ],
        examples: Examples {
            fires: &["Lever\nABSTRACT\nA device has a lever 12 mounted on a frame 14."],
            silent: &[
                "Lever\nABSTRACT\nA device has a lever (12) mounted on a frame (14).",
                "Lever\nABSTRACT\nThe layer is heated to 200 °C for 3 hours and is 5 mm thick.",
            ],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if !matches!(spec.language, Some(Language::En | Language::De | Language::Fr) | None) {
        return;
    }
    if let Some((paragraph, span)) =
        spec.body(Part::Abstract).find_map(|p| reference_signs::unbracketed(&p.text).map(|span| (p, span)))
    {
        let sign = reference_signs::text_of(&paragraph.text, span);
        out.report(&RULE, at(spec, paragraph), message!("abstract-reference-sign-without-parentheses", sign = sign));
    }
}

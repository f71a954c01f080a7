use super::at_title;
use crate::citation::{Authority::*, Citation};
use crate::language::Language;
use crate::message::{message, quoted, List};
use crate::model::description::Specification;
use crate::office::Office;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The wording of the title of the invention, per office: a leading "A", "An" or "The", and the words "new",
    /// "improved", "improvement of/in", which the USPTO deletes; "patent", "etc.", trade-mark signs and a title that is only
    /// "Method", "Apparatus", "Device" or "System", which the EPO objects to; 及其他, 及其类似物, 等, trade-mark signs and a
    /// title that is only 方法, 装置, 设备 or 系统, which CNIPA objects to; half-width (ASCII or half-width katakana)
    /// characters in a Japanese title, which the JPO does not accept.
    ///
    /// ## Why it matters
    /// The title is a short, specific technical designation. A warning at the USPTO, EPO and CNIPA (the title is amended);
    /// an error at the JPO, whose e-filing rules refuse half-width characters there.
    ///
    /// ## Legal basis
    /// MPEP 606 (US); Rule 41(2)(b) EPC and EPO Guidelines A-III, 7.1 (EP); CNIPA Guidelines for Patent Examination Part I
    /// Chapter 1 (CN, grade C); JPO Form 29, note 4 and the e-filing character rules (JP, grade C).
    /// Provisions cited: CNIPA Guidelines Part I Chapter 1 (CN).
    pub static RULE = Rule {
        id: "description/title-improper-form",
        summary: "the title has words or characters the office removes or refuses",
        offices: &[
            policy(US, Warning, Citation::new(Mpep, "606"), Grade::B),
            policy(EP, Warning, Citation::new(EpcRule, "41(2)(b)"), Grade::A),
            policy(JP, Error, Citation::new(JpForm, "29, note 4"), Grade::C),
            policy(CN, Warning, Citation::new(CnGuidelines, "Part I Chapter 1"), Grade::C),
        ],
        examples: Examples {
            fires: &["A new lever\nBACKGROUND\nLevers are known.", "【書類名】明細書\n【発明の名称】LEDランプ\n【技術分野】\n【０００１】\n本発明はランプに関する。"],
            silent: &["Lever with a curved handle\nBACKGROUND\nLevers are known.", "【書類名】明細書\n【発明の名称】ＬＥＤランプ\n【技術分野】\n【０００１】\n本発明はランプに関する。"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    let Some(title) = spec.title.as_ref() else { return };
    let text = title.text.trim();
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let location = at_title(spec);
    if matches!(spec.language, Some(Language::En) | None) {
        let mut found: Vec<&str> = Vec::new();
        if let Some(first) = words.first().filter(|w| matches!(**w, "a" | "an" | "the")) {
            found.push(first);
        }
        for word in ["new", "improved", "improvement"] {
            if words.contains(&word) {
                found.push(word);
            }
        }
        if !found.is_empty() {
            let words = List::and(found.iter().map(|w| quoted(w)));
            out.report_for(&RULE, Office::US, location.clone(), message!("title-improper-form", words = words));
        }
    }
    if matches!(spec.language, Some(Language::En | Language::De | Language::Fr) | None) {
        let generic = matches!(words.as_slice(), [w] if matches!(*w, "method" | "apparatus" | "device" | "system" | "process" | "verfahren" | "vorrichtung" | "procédé" | "dispositif"));
        let banned: Vec<&str> =
            ["patent", "etc", "usw", "™", "®"].into_iter().filter(|w| words.contains(w) || text.contains(*w)).collect();
        if generic {
            out.report_for(
                &RULE,
                Office::EP,
                location.clone(),
                message!("title-improper-form-too-general-name", title = text),
            );
        } else if !banned.is_empty() {
            out.report_for(
                &RULE,
                Office::EP,
                location.clone(),
                message!(
                    "title-improper-form-contains-which-must",
                    words = List::and(banned.iter().map(|w| quoted(w)))
                ),
            );
        }
    }
    if spec.language == Some(Language::Zh) {
        let banned: Vec<&str> =
            ["及其他", "及其类似物", "等", "™", "®"].into_iter().filter(|w| text.contains(*w)).collect();
        if matches!(text, "方法" | "装置" | "设备" | "系统") {
            out.report_for(
                &RULE,
                Office::CN,
                location.clone(),
                message!("title-improper-form-too-general-name-subject", title = text),
            );
        } else if !banned.is_empty() {
            out.report_for(
                &RULE,
                Office::CN,
                location.clone(),
                message!(
                    "title-improper-form-contains-vague-commercial",
                    words = List::and(banned.iter().map(|w| quoted(w)))
                ),
            );
        }
    }
    if spec.language == Some(Language::Ja) {
        let half: String = text.chars().filter(|c| matches!(*c, '!'..='~' | '\u{ff61}'..='\u{ff9f}')).collect();
        if !half.is_empty() {
            out.report_for(
                &RULE,
                Office::JP,
                location,
                message!("title-improper-form-has-half-width", characters = half, heading = "【発明の名称】"),
            );
        }
    }
}

use super::{at, heading_name, profile};
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List, Message};
use crate::model::description::{Part, SectionKind, Specification};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Sections the description has no heading (or XML element) for: for the JPO, 【発明の名称】, 【技術分野】, 【発明の概要】,
    /// 【発明が解決しようとする課題】 and 【課題を解決するための手段】 (documents in Japanese); for CNIPA, 技术领域, 背景技术,
    /// 发明内容 and 具体实施方式 (documents in Chinese); for the PCT and the EPO, technical field (PCT), background art,
    /// disclosure and embodiments, whose headings are recommended rather than required (information only). A missing brief
    /// description of the drawings is `description/figure-not-described`. USPTO sections are "if applicable": not
    /// checked.
    ///
    /// ## Why it matters
    /// The JPO's form makes its tags mandatory; CNIPA's examiners expect its headings. Without a heading, a PCT or EPO
    /// description may still have the content: check it is there.
    ///
    /// ## Legal basis
    /// 37 CFR 1.77(b) (US: the order of the sections, "should"); Rule 42(1) EPC (EP: content and order of the description;
    /// the wording was not read in the official text, so UNCONFIRMED); PCT Rule 5.1(a)–(c) (WO: content and order; headings
    /// recommended); JPO Form 29 (JP: the tags and their order, for documents in Japanese); CN Implementing Regulations Rule
    /// 20 and the form notes (CN: the headings, for documents in Chinese; grade C).
    /// Provisions cited: PCT Rule 5.1(c) (WO).
    pub static RULE = Rule {
        id: "description/section-missing",
        summary: "the description lacks a section the office requires",
        offices: &[
            policy(EP, Info, Citation::new(EpcRule, "42(1)"), Grade::Unconfirmed),
            policy(JP, Error, Citation::new(JpForm, "29"), Grade::A),
            policy(CN, Warning, Citation::new(CnImplementingRegulations, "20"), Grade::C),
            policy(WO, Info, Citation::new(PctRule, "5.1(c)"), Grade::A),
        ],
        examples: Examples {
            fires: &["【書類名】明細書\n【発明の名称】レバー\n【技術分野】\n【０００１】\n本発明はレバーに関する。"],
            silent: &["【書類名】明細書\n【発明の名称】レバー\n【技術分野】\n【０００１】\n本発明はレバーに関する。\n【背景技術】\n【０００２】\nレバーは知られている。\n【発明の概要】\n【発明が解決しようとする課題】\n【０００３】\n軽いレバー。\n【課題を解決するための手段】\n【０００４】\n穴。\n【発明を実施するための形態】\n【０００５】\nレバー。", "Lever\nTECHNICAL FIELD\nLevers.\nBACKGROUND\nLevers are known.\nSUMMARY\nA lever.\nDETAILED DESCRIPTION\nThe lever."],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if !spec.has_part(Part::Description) {
        return;
    }
    for rules in profile::SECTIONS.iter().filter(|r| profile::applies(r.languages, spec.language)) {
        let missing: Vec<Message> = rules
            .required
            .iter()
            .filter(|kind| !spec.has_section(**kind) && (**kind != SectionKind::Title || spec.title.is_none()))
            .map(|kind| heading_name(*kind, spec.language))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let first = spec.paragraphs.iter().find(|p| p.part == Some(Part::Description));
        let location = first.map(|p| at(spec, p)).unwrap_or_default();
        out.report_for(
            &RULE,
            rules.office,
            location,
            if missing.len() == 1 {
                message!("section-missing", section = &missing[0])
            } else {
                message!("section-missing-description-lacks-sections", sections = List::and(&missing))
            },
        );
    }
}

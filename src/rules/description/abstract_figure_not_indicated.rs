use super::at_abstract;
use crate::citation::{Authority::*, Citation};
use crate::language::Language;
use crate::message::message;
use crate::model::description::{Part, SectionKind, Specification};
use crate::office::Office::*;
use crate::options::Route;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A Japanese abstract (要約書) without its 【選択図】 item, in an application whose description describes
    /// drawings (it has 【図面の簡単な説明】). 【選択図】なし says that no figure suits, and is accepted.
    ///
    /// ## Why it matters
    /// The JPO publishes the abstract with the figure the applicant selects; the Enforcement Regulations require the
    /// abstract to name it when the application has drawings, and the JPO's guidance asks for one figure, with its
    /// reference signs written into the abstract's text. A national phase of an international application keeps the
    /// international publication's figure (route `pct-national-phase`), so it is not checked there.
    ///
    /// Other offices take the figure elsewhere: the EPO from the request (Rule 47(4) EPC; without it the search
    /// division chooses), the PCT from the request's check list (Rule 3.3(a)(iii)), CNIPA from the request
    /// (Implementing Regulations Rule 26(2), 2023). None of these is on the abstract, so they are not checked here.
    ///
    /// ## Legal basis
    /// JP Patent Act Art. 36(7) and Enforcement Regulations Art. 25-2 (the figure most suited to the gazette), as
    /// quoted by practitioners, with the JPO's page on the abstract (grade B).
    pub static RULE = Rule {
        id: "description/abstract-figure-not-indicated",
        summary: "the abstract names no selected figure though the application has drawings",
        offices: &[policy(JP, Error, Citation::new(JpEnforcementRegulations, "25-2"), Grade::B).on_route(Route::National)],
        examples: Examples {
            fires: &["【書類名】明細書\n【発明の名称】レバー\n【図面の簡単な説明】\n【０００１】\n【図１】レバーの側面図である。\n【書類名】要約書\n【要約】\n【課題】軽いレバーを提供する。\n【解決手段】レバー（１）は穴（２）を有する。"],
            silent: &[
                "【書類名】明細書\n【発明の名称】レバー\n【図面の簡単な説明】\n【０００１】\n【図１】レバーの側面図である。\n【書類名】要約書\n【要約】\n【課題】軽いレバーを提供する。\n【解決手段】レバー（１）は穴（２）を有する。\n【選択図】図１",
                "【書類名】明細書\n【発明の名称】組成物\n【技術分野】\n【０００１】\n本発明は組成物に関する。\n【書類名】要約書\n【要約】\n【課題】安定な組成物を提供する。\n【解決手段】水を含む。",
            ],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if spec.language != Some(Language::Ja) || !spec.has_part(Part::Abstract) || !spec.has_section(SectionKind::Drawings)
    {
        return;
    }
    let selected = spec.paragraphs.iter().any(|p| p.part == Some(Part::Abstract) && p.text.contains("【選択図"));
    if !selected {
        out.report(&RULE, at_abstract(spec), message!("abstract-figure-not-indicated"));
    }
}

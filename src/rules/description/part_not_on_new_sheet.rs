use super::at;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::{Part, Source, Specification};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// In a PDF application, whether each part (description, claims, abstract) starts on a page of its own: the
    /// page where a part's heading stands must hold nothing of the part before it. The parts are told by their
    /// headings (`CLAIMS`, `What is claimed is:`, `ABSTRACT`, `Patentansprüche`, `Abrégé`, `特許請求の範囲`,
    /// `权利要求书`…), never by the page breaks this rule checks.
    ///
    /// ## Why it matters
    /// The offices file, number and publish the parts separately; a claims section that shares a page with the
    /// description must be re-filed on separate sheets.
    ///
    /// ## Legal basis
    /// - US: 37 CFR 1.75(h) ("The claim or claims must commence on a separate physical sheet or electronic page")
    ///   and 1.72(b) (the abstract "must commence on a separate sheet"). Grade A.
    /// - EP: "Each document making up the application (request, description, claims, drawings and abstract) must
    ///   begin on a new sheet" (EPO Guide for applicants, part 1, point 4.2.3; OJ EPO 2022, A113). Grade B.
    /// - WO: PCT Rule 11.4(a) ("Each element … of the international application shall commence on a new sheet").
    ///   Grade B.
    /// - JP, KR and CN file each part as a document of its own; their requirements for a PDF page break were not
    ///   confirmed, so they are not checked here.
    ///
    /// Provisions cited: 37 CFR 1.75(h) (US); EPO Guide for applicants; OJ EPO 2022, A113 (EP); PCT Rule 11.4(a) (WO).
    pub static RULE = Rule {
        id: "description/part-not-on-new-sheet",
        summary: "a part of the application does not start on a new sheet",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.75(h)"), Grade::A),
            policy(EP, Error, Citation::new(OfficePractice, "EPO Guide for applicants; OJ EPO 2022, A113"), Grade::B),
            policy(WO, Error, Citation::new(PctRule, "11.4(a)"), Grade::B),
        ],
        examples: Examples {
            fires: &["pdf A4\ntextblock 25 30 4 160 \"Lever with a handle\\n\\nDESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\\nThe handle is made of wood and it is painted red so that it is seen from afar.\\n\\nCLAIMS\\n1. A lever with a handle that is long enough to be held with one hand.\""],
            silent: &["pdf A4\ntextblock 25 30 4 160 \"Lever with a handle\\n\\nDESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\\nThe handle is made of wood and it is painted red so that it is seen from afar.\"\nsheet\ntextblock 25 30 4 160 \"CLAIMS\\n1. A lever with a handle that is long enough to be held with one hand.\""],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if spec.source != Source::Pdf {
        return;
    }
    let mut previous: Option<(u32, Part)> = None;
    for paragraph in &spec.paragraphs {
        let (Some(page), Some(part)) = (paragraph.page, paragraph.part) else { continue };
        let starts = paragraph.heading && matches!(part, Part::Description | Part::Claims | Part::Abstract);
        if let Some((previous_page, previous_part)) = previous {
            let shares_page = previous_page == page
                && previous_part != part
                && matches!(previous_part, Part::Description | Part::Claims | Part::Abstract);
            if starts && shares_page {
                let text = match part {
                    Part::Claims => message!("part-not-on-new-sheet", page = page),
                    Part::Abstract => message!("part-not-on-new-sheet-abstract-starts-page", page = page),
                    _ => message!("part-not-on-new-sheet-description-starts-page", page = page),
                };
                out.report(&RULE, at(spec, paragraph), text);
            }
        }
        previous = Some((page, part));
    }
}

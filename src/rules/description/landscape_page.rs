use super::{at_paragraph_index, profile};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::Specification;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A section of a Word document whose pages are in landscape orientation (wider than high).
    ///
    /// ## Why it matters
    /// The JPO requires A4 portrait ("縦長") for Japanese documents. At the USPTO the law allows landscape pages for
    /// tables (37 CFR 1.58(c): tables "may be presented in landscape orientation"), but the DOCX filing route is
    /// reported to refuse landscape sections in Patent Center's validation; turn a wide table within a portrait page,
    /// or file that part as PDF.
    ///
    /// ## Legal basis
    /// - JP: JPO Form 29, notes 1-4 (grade A): an error.
    /// - US: 37 CFR 1.58(c) permits landscape tables, so this is never an error; the warning is about the DOCX
    ///   route only (USPTO DOCX guidance, as practitioners report Patent Center's validation; grade C).
    pub static RULE = Rule {
        id: "description/landscape-page",
        summary: "a page is in landscape orientation",
        offices: &[
            policy(US, Warning, Citation::new(OfficePractice, "USPTO DOCX guidance"), Grade::C),
            policy(JP, Error, Citation::new(JpForm, "29, notes 1-4"), Grade::A),
        ],
        examples: Examples {
            fires: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:pgMar w:top=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:right=\"1440\"/></w:sectPr></w:body></w:document>"],
            silent: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:right=\"1440\"/></w:sectPr></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    for rules in profile::PAGE.iter().filter(|r| r.portrait_only && profile::applies(r.languages, spec.language)) {
        if let Some(setup) = spec.page_setup.iter().find(|s| s.width_cm > s.height_cm + 0.1) {
            out.report_for(
                &RULE,
                rules.office,
                at_paragraph_index(spec, setup.paragraph),
                message!("landscape-page", office = rules.office.in_sentence()),
            );
        }
    }
}

use super::at;
use crate::citation::{Authority::*, Citation};
use crate::language::Language;
use crate::message::message;
use crate::model::description::{Part, Source, Specification};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// An abstract of more than one paragraph, in a Word document or patent XML. (In a text file every line is a
    /// paragraph, so text files are not checked.)
    ///
    /// ## Why it matters
    /// USPTO practice wants the abstract "generally limited to a single paragraph"; it is a "should", so a warning. The
    /// JPO's abstract is divided into items (【課題】, 【解決手段】) and is not checked here.
    ///
    /// ## Legal basis
    /// MPEP 608.01(b) (grade C: read in practitioner quotations of the MPEP).
    pub static RULE = Rule {
        id: "description/abstract-several-paragraphs",
        summary: "the abstract has more than one paragraph",
        offices: &[
            policy(US, Warning, Citation::new(Mpep, "608.01(b)"), Grade::C),
        ],
        examples: Examples {
            fires: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>ABSTRACT</w:t></w:r></w:p><w:p><w:r><w:t>A lever has a handle.</w:t></w:r></w:p><w:p><w:r><w:t>The handle is red.</w:t></w:r></w:p></w:body></w:document>"],
            silent: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>ABSTRACT</w:t></w:r></w:p><w:p><w:r><w:t>A lever has a red handle.</w:t></w:r></w:p></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if spec.source == Source::Text || !matches!(spec.language, Some(Language::En | Language::De | Language::Fr) | None)
    {
        return;
    }
    let paragraphs: Vec<_> = spec.body(Part::Abstract).collect();
    if let [_, second, ..] = paragraphs.as_slice() {
        out.report(&RULE, at(spec, second), message!("abstract-several-paragraphs", count = paragraphs.len()));
    }
}

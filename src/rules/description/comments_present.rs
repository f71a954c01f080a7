use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::Specification;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Comments left in a Word document.
    ///
    /// ## Why it matters
    /// Comments are not part of the application, and may reveal privileged notes; the USPTO's DOCX conversion is reported
    /// to flag them. A warning.
    ///
    /// ## Legal basis
    /// USPTO DOCX guidance: the requirements of Patent Center's DOCX validation as practitioners report them (grade C; the
    /// USPTO's own list of validator messages was not read). Other offices are not checked.
    pub static RULE = Rule {
        id: "description/comments-present",
        summary: "the Word document contains comments",
        offices: &[
            policy(US, Warning, Citation::new(OfficePractice, "USPTO DOCX guidance"), Grade::C),
        ],
        examples: Examples {
            fires: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>A lever.</w:t></w:r><w:r><w:commentReference w:id=\"0\"/></w:r></w:p></w:body></w:document>"],
            silent: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    let Some(word) = spec.word.as_ref() else { return };
    let marks = &word.comments;

    super::report_marks(&RULE, spec, marks, |what| message!("comments-present", what = what), out);
}

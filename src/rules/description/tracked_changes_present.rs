use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::Specification;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Tracked changes (insertions, deletions, moves, formatting changes) left in a Word document. patlint reads the text
    /// as if every change were accepted.
    ///
    /// ## Why it matters
    /// What an office renders from a DOCX with tracked changes may not be the text you reviewed: the USPTO's DOCX
    /// conversion is reported to flag them, and a deletion shown or hidden changes the disclosure. A warning.
    ///
    /// ## Legal basis
    /// USPTO DOCX guidance: the requirements of Patent Center's DOCX validation as practitioners report them (grade C; the
    /// USPTO's own list of validator messages was not read). Other offices are not checked.
    pub static RULE = Rule {
        id: "description/tracked-changes-present",
        summary: "the Word document contains tracked changes",
        offices: &[
            policy(US, Warning, Citation::new(OfficePractice, "USPTO DOCX guidance"), Grade::C),
        ],
        examples: Examples {
            fires: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:ins w:id=\"1\" w:author=\"Ann\"><w:r><w:t>A lever.</w:t></w:r></w:ins></w:p></w:body></w:document>"],
            silent: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    let Some(word) = spec.word.as_ref() else { return };
    let marks = &word.tracked_changes;

    super::report_marks(&RULE, spec, marks, |what| message!("tracked-changes-present", what = what), out);
}

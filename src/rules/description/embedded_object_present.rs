use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::Specification;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Embedded (OLE) objects in a Word document: a spreadsheet, a ChemDraw drawing, an equation of the old Equation
    /// Editor.
    ///
    /// ## Why it matters
    /// An office's converter shows an embedded object only as its last preview picture, if at all; the USPTO's DOCX
    /// validation is reported to flag embedded objects. A warning.
    ///
    /// ## Legal basis
    /// USPTO DOCX guidance: the requirements of Patent Center's DOCX validation as practitioners report them (grade C; the
    /// USPTO's own list of validator messages was not read). Other offices are not checked.
    pub static RULE = Rule {
        id: "description/embedded-object-present",
        summary: "the Word document contains an embedded object",
        offices: &[
            policy(US, Warning, Citation::new(OfficePractice, "USPTO DOCX guidance"), Grade::C),
        ],
        examples: Examples {
            fires: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\"/></w:object></w:r></w:p></w:body></w:document>"],
            silent: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    let Some(word) = spec.word.as_ref() else { return };
    let marks = &word.embedded_objects;

    super::report_marks(
        &RULE,
        spec,
        marks,
        |what| {
            message!("The document contains {what}; paste it as a picture or write it as text instead.", what = what)
        },
        out,
    );
}

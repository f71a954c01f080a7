use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::{Source, Specification};
use crate::office::Office::*;
use crate::report::{Location, Severity::*};
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A macro-enabled Word package (what Word saves as `.docm`, here whatever its file name): its main part has
    /// the macro-enabled content type, or it holds a VBA project (`vbaProject.bin`).
    ///
    /// ## Why it matters
    /// The offices take Word documents, not programs: the USPTO's DOCX filing takes `.docx` files, and the EPO's
    /// definition of DOCX asks for an Office Open XML word-processing document in the Strict variant, which has no
    /// macro-enabled kind (the macro-enabled content type is Microsoft's own). Save the file as a plain Word
    /// Document before filing it.
    ///
    /// ## Legal basis
    /// USPTO DOCX guidance (the `.docx` format only; grade C, practitioners' reports of the validation); the EPO's
    /// definition of "DOCX" (version 3), OJ EPO 2026, A23, point 1 (grade C: that a macro-enabled package fails it is
    /// read from the definition's words, not stated there). Warnings.
    pub static RULE = Rule {
        id: "description/docx-macro-enabled",
        summary: "the Word package is macro-enabled (.docm), not a plain Word document",
        offices: &[
            policy(US, Warning, Citation::new(OfficePractice, "USPTO DOCX guidance"), Grade::C),
            policy(EP, Warning, Citation::new(OjEpo, "2026, A23, point 1"), Grade::C),
        ],
        examples: Examples {
            fires: &["<?xml version=\"1.0\"?><pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\"><pkg:part pkg:name=\"/word/document.xml\" pkg:contentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"><pkg:xmlData><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers are known.</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>"],
            silent: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers are known.</w:t></w:r></w:p></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if spec.source != Source::Docx || !spec.word.as_ref().is_some_and(|word| word.macros) {
        return;
    }
    out.report(&RULE, Location::default(), message!("docx-macro-enabled"));
}

use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::{Source, Specification};
use crate::office::Office::*;
use crate::report::{Location, Severity::*};
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// A Word document in the Transitional variant of Office Open XML, which Word writes by default (its "Word
    /// Document (*.docx)"), rather than the Strict variant ("Strict Open XML Document"). The variant is read from
    /// the namespace of the document part: Strict names it under `purl.oclc.org/ooxml`.
    ///
    /// ## Why it matters
    /// Since 1 April 2026 every applicant may file at the EPO in DOCX, and the DOCX is then the application as filed.
    /// The EPO's definition of DOCX asks for "the strict variant of OOXML" (ISO/IEC 29500-1:2008). What the EPO does
    /// with a Transitional file (refuse it, or convert it) is not stated in the text read, so this is a warning:
    /// save the file as a Strict Open XML Document before filing it at the EPO, and check that it still reads as
    /// intended, or file a PDF.
    ///
    /// ## Legal basis
    /// The EPO's definition of "DOCX" (version 3), OJ EPO 2026, A23, point 1 (grade A: the requirement read; its
    /// consequence unconfirmed), under OJ EPO 2026, A22.
    pub static RULE = Rule {
        id: "description/docx-not-strict",
        summary: "a Word document is Transitional OOXML, not the Strict variant the EPO's DOCX definition asks for",
        offices: &[policy(EP, Warning, Citation::new(OjEpo, "2026, A23, point 1"), Grade::A)],
        examples: Examples {
            fires: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers are known.</w:t></w:r></w:p></w:body></w:document>"],
            silent: &["<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers are known.</w:t></w:r></w:p></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    if spec.source != Source::Docx || spec.word.as_ref().is_none_or(|word| word.strict) {
        return;
    }
    out.report(&RULE, Location::default(), message!("docx-not-strict"));
}

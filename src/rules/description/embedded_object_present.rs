use crate::citation::{Authority::*, Citation};
use crate::message::{message, Arg, Message};
use crate::model::description::{OleObject, Specification};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

/// The OLE objects the USPTO's DOCX validation supports, as its DOCX Quick Start Guide lists them ("Supported OLE
/// Objects include Visio.Drawing.11, Equation.DSMT4, ACD.ChemSketch.20, ChemDraw.Document.6.0, Equation.3").
const USPTO_SUPPORTED: [&str; 5] =
    ["Visio.Drawing.11", "Equation.DSMT4", "ACD.ChemSketch.20", "ChemDraw.Document.6.0", "Equation.3"];

declare_rule! {
    /// ## What it checks
    /// Embedded (OLE) objects in a Word document, by the program that made them (their `ProgID`): an object of a
    /// program outside the USPTO's list of supported OLE objects (Visio.Drawing.11, Equation.DSMT4 (MathType),
    /// ACD.ChemSketch.20, ChemDraw.Document.6.0, Equation.3) is reported with its program, e.g. an Excel
    /// spreadsheet (`Excel.Sheet.12`). An Equation.3 object is on the list but made by the Equation Editor 3.0,
    /// which Microsoft removed from Word in January 2018: it is reported too, as it can no longer be edited. An
    /// object whose program is not named is reported as an embedded object.
    ///
    /// ## Why it matters
    /// An office's converter shows an embedded object only as its last preview picture, if at all; the USPTO's DOCX
    /// validation accepts only the objects of its list. A warning.
    ///
    /// ## Legal basis
    /// USPTO DOCX guidance: the DOCX Quick Start Guide's list of supported OLE objects, as a user quotes it on the
    /// USPTO's IdeaScale forum, and the removal of Equation Editor 3.0 (Microsoft's update of 9 January 2018, for
    /// CVE-2018-0802) as practitioners report it (grade C; the guide itself was not read, and its "include" may not
    /// close the list). Other offices are not checked.
    pub static RULE = Rule {
        id: "description/embedded-object-present",
        summary: "the Word document contains an embedded object the USPTO does not support",
        offices: &[
            policy(US, Warning, Citation::new(OfficePractice, "USPTO DOCX guidance"), Grade::C),
        ],
        examples: Examples {
            fires: &[
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\" ProgID=\"Excel.Sheet.12\"/></w:object></w:r></w:p></w:body></w:document>",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\" ProgID=\"Equation.3\"/></w:object></w:r></w:p></w:body></w:document>",
            ],
            silent: &[
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p></w:body></w:document>",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\" ProgID=\"Equation.DSMT4\"/></w:object></w:r></w:p></w:body></w:document>",
            ],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    let Some(word) = spec.word.as_ref() else { return };
    if word.ole_objects.is_empty() {
        // Objects without an OLE part of their own: what they are is all that is known.
        super::report_marks(&RULE, spec, &word.embedded_objects, unnamed, out);
        return;
    }
    let reported = word.ole_objects.iter().filter_map(|object| Some((object.paragraph, advice(object)?)));
    for (paragraph, message) in reported.take(super::MAX_FINDINGS) {
        out.report(&RULE, super::at_paragraph_index(spec, paragraph), message);
    }
}

/// What to say of an object, or nothing for a supported one.
fn advice(object: &OleObject) -> Option<Message> {
    match object.program.as_deref() {
        Some("Equation.3") => Some(message!("embedded-object-present")),
        Some(program) if USPTO_SUPPORTED.contains(&program) => None,
        Some(program) => Some(message!("embedded-object-present-document-contains-which", program = program)),
        None => Some(unnamed(Message::term("embedded-object-present-ole").into())),
    }
}

/// The advice for an object whose program is not known: `what` it is.
fn unnamed(what: Arg) -> Message {
    message!("embedded-object-present-document-contains-paste", what = what)
}

#[cfg(test)]
mod tests {
    use crate::{check, InputFile, Options};

    fn messages(xml: &str) -> Vec<String> {
        let file = InputFile { name: "spec.xml".into(), bytes: xml.as_bytes().to_vec() };
        let report = check(&[file], &Options::default());
        report.findings.into_iter().filter(|f| f.rule == super::RULE.id).map(|f| f.message).collect()
    }

    #[test]
    fn names_the_program_of_an_unsupported_object() {
        assert_eq!(
            messages(super::RULE.examples.fires[0]),
            ["The document contains an embedded Excel.Sheet.12 object, which is not among the OLE objects the USPTO supports (Visio.Drawing.11, Equation.DSMT4, ACD.ChemSketch.20, ChemDraw.Document.6.0, Equation.3); paste it as a picture or write it as text instead."]
        );
    }

    #[test]
    fn says_that_equation_3_is_gone_from_word() {
        let found = messages(super::RULE.examples.fires[1]);
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("since January 2018"), "{found:?}");
    }
}

use super::at_paragraph_index;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::Specification;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Content of a Word document that an office's DOCX conversion may drop or misplace: text boxes, charts, SmartArt,
    /// imported content (`altChunk`), frames, macros, and text set in more than one column.
    ///
    /// ## Why it matters
    /// Text in a text box or a chart is not part of the text flow an office converts; a specification must be one
    /// column of text (37 CFR 1.52(b)(2)(iii) asks for it on paper). A warning.
    ///
    /// ## Legal basis
    /// USPTO DOCX guidance: the requirements of Patent Center's DOCX validation as practitioners report them (grade C; the
    /// USPTO's own list of validator messages was not read). Other offices are not checked.
    pub static RULE = Rule {
        id: "description/unsupported-word-content",
        summary: "the Word document contains content an office converter may not render",
        offices: &[
            policy(US, Warning, Citation::new(OfficePractice, "USPTO DOCX guidance"), Grade::C),
        ],
        examples: Examples {
            fires: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:drawing><wps:txbx xmlns:wps=\"x\"><w:txbxContent><w:p><w:r><w:t>A lever.</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></w:r></w:p></w:body></w:document>"],
            silent: &["<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    let Some(word) = spec.word.as_ref() else { return };
    let marks = &word.unsupported;
    let columns: Vec<_> = spec.page_setup.iter().filter(|s| s.columns > 1).collect();
    for setup in columns.iter().take(1) {
        out.report(
            &RULE,
            at_paragraph_index(spec, setup.paragraph),
            message!("unsupported-word-content", columns = setup.columns),
        );
    }
    super::report_marks(
        &RULE,
        spec,
        marks,
        |what| message!("unsupported-word-content-document-contains-put", what = what),
        out,
    );
}

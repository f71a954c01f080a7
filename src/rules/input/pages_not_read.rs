use crate::message::{message, List, Message};
use crate::rules::{declare_rule, Check, Examples};

declare_rule! {
    /// ## What it checks
    /// Pages of a PDF application that are scans without a text layer, among its text pages (before its last text
    /// page; scans after the text are read as drawing sheets). Their text cannot be read without OCR, so the
    /// description, claims or abstract on them were not checked. patlint does not guess what they say.
    ///
    /// ## Why it matters
    /// A check that silently skipped pages would look cleaner than the application is. Run OCR on the file (most
    /// PDF tools can add a text layer), or file the text as DOCX or a PDF made from the word processor.
    pub static RULE = Rule {
        id: "input/pages-not-read",
        summary: "scanned pages without a text layer could not be read",
        offices: &[],
        examples: Examples {
            fires: &["pdf A4\ntextblock 25 30 4 160 \"DESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\\nThe handle is made of wood and it is painted red so that it is seen from afar.\\nThe head is made of steel.\"\nsheet\nline 30 30 180 30\nscan\nsheet\ntextblock 25 30 4 160 \"CLAIMS\\n1. A lever with a handle that is long enough to be held with one hand.\""],
            silent: &["pdf A4\ntextblock 25 30 4 160 \"DESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\\nThe handle is made of wood and it is painted red so that it is seen from afar.\\nThe head is made of steel.\\n\\nCLAIMS\\n1. A lever with a handle that is long enough to be held with one hand.\"\nsheet\nline 30 30 180 200\nscan"],
        },
        check: Check::Input,
    };
}

/// The finding's message for the scanned pages `pages`.
#[must_use]
pub fn message(pages: &[u32]) -> Message {
    message!("pages-not-read", count = pages.len(), pages = List::and(pages))
}

use crate::message::{message, Message};
use crate::rules::{declare_rule, Check, Examples};

declare_rule! {
    /// ## What it checks
    /// A PDF that is an office's publication, not a filing: it carries a publication number in its running header
    /// (`EP 1 667 425 A1`, `WO 2020/123456 A1`, `US 2021/0049351 A1`, `特開2020-123456`), or its first page is a
    /// front page with INID codes (`(11)`, `(21)`, `(54)`, `(57)`).
    ///
    /// ## Why it matters
    /// A publication's claims, description and abstract are the applicant's and are checked as usual. Its page
    /// layout (sheet size, margins, line spacing, fonts, the PDF version, headers in the margin) is the office's own
    /// printing, so no page-layout rule is run on it: those findings would be about the office, not the filing.
    pub static RULE = Rule {
        id: "input/publication-layout-not-checked",
        summary: "the PDF is a publication: its page layout was not checked",
        offices: &[],
        examples: Examples {
            fires: &["pdf A4\ntext 90 15 3 \"EP 1 234 567 A1\"\ntextblock 25 30 4 160 \"DESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\\nThe handle is made of wood and it is painted red so that it is seen from afar.\\nThe head is made of steel.\"\nsheet\ntext 90 15 3 \"EP 1 234 567 A1\"\ntextblock 25 30 4 160 \"CLAIMS\\n1. A lever with a handle that is long enough to be held with one hand.\"\nsheet\ntext 90 15 3 \"EP 1 234 567 A1\"\ntextblock 25 30 4 160 \"ABSTRACT\\nA lever has a handle that is long enough to be held with one hand.\""],
            silent: &["pdf A4\ntext 90 15 3 \"Docket 1234\"\ntextblock 25 30 4 160 \"DESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\\nThe handle is made of wood and it is painted red so that it is seen from afar.\\nThe head is made of steel.\"\nsheet\ntext 90 15 3 \"Docket 1234\"\ntextblock 25 30 4 160 \"CLAIMS\\n1. A lever with a handle that is long enough to be held with one hand.\""],
        },
        check: Check::Input,
    };
}

/// The finding's message for the publication `publication`.
#[must_use]
pub fn message(publication: &str) -> Message {
    message!("publication-layout-not-checked", publication = publication)
}

use crate::rules::{declare_rule, Check, Examples};

declare_rule! {
    /// ## What it checks
    /// Whether patlint could read the file at all: it is over the size limit, its XML is malformed or exceeds a
    /// resource limit, or its text has bytes that are not valid UTF-8 or UTF-16 (a warning: the rest is read).
    ///
    /// ## Why it matters
    /// What patlint cannot read, it cannot check. The other files of the filing are still checked.
    pub static RULE = Rule {
        id: "input/unreadable",
        summary: "the file could not be read, or only in part",
        offices: &[],
        examples: Examples { fires: &["<claims><claim num=\"1\">A lever.</clam></claims>"], silent: &["1. A lever."] },
        check: Check::Input,
    };
}

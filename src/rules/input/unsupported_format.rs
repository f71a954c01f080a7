use crate::rules::{declare_rule, Check, Examples};

declare_rule! {
    /// ## What it checks
    /// Files of a kind this version of patlint does not check yet (PDF, images). They are
    /// listed with their detected kind so that nothing is silently skipped.
    pub static RULE = Rule {
        id: "input/unsupported-format",
        summary: "patlint does not check this kind of file yet",
        offices: &[],
        examples: Examples { fires: &["%PDF-1.4 drawing sheets"], silent: &["1. A lever."] },
        check: Check::Input,
    };
}

use crate::rules::{declare_rule, Check, Examples};

declare_rule! {
    /// ## What it checks
    /// A file in which nothing to check was found: no numbered claims, no description and no assignment data.
    /// Claims start with their number: `1.`, `1)`, `Claim 1`, `【請求項1】`, `【청구항 1】`, `1、`; a description given
    /// as text needs `--as description` (the `kind` option).
    ///
    /// ## Why it matters
    /// Usually the file is not part of a filing, or its claims are numbered in a way patlint does not recognise;
    /// either way nothing in it was checked.
    pub static RULE = Rule {
        id: "input/no-content-found",
        summary: "nothing to check was found in the file",
        offices: &[],
        examples: Examples { fires: &["A lever with a handle."], silent: &["1. A lever."] },
        check: Check::Input,
    };
}

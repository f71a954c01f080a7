use crate::rules::{declare_rule, Check, Examples};

declare_rule! {
    /// ## What it checks
    /// A text or XML file in which no numbered claim was found. Claims start with their number: `1.`, `1)`,
    /// `Claim 1`, `【請求項1】`, `【청구항 1】`, `1、`.
    ///
    /// ## Why it matters
    /// Usually the file is not a claim set, or its numbering is not one patlint recognises; either way its claims
    /// were not checked.
    pub static RULE = Rule {
        id: "input/no-claims-found",
        summary: "no numbered claims were found in the file",
        offices: &[],
        examples: Examples { fires: &["A lever with a handle."], silent: &["1. A lever."] },
        check: Check::Input,
    };
}

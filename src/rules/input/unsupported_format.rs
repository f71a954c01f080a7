use crate::rules::{declare_rule, Check, Examples};

declare_rule! {
    /// ## What it checks
    /// Files patlint does not check: JSON that is not assignment data, a file given as a kind it cannot be (`--as`),
    /// and drawings in a build without drawing support (the core Wasm module, before the page or `initDrawings()`
    /// loads the drawings module). They are listed with their detected kind so that nothing is silently skipped.
    pub static RULE = Rule {
        id: "input/unsupported-format",
        summary: "patlint does not check this kind of file",
        offices: &[],
        examples: Examples { fires: &[r#"{"title": "A lever"}"#], silent: &["1. A lever."] },
        check: Check::Input,
    };
}

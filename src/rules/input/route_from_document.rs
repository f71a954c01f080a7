use crate::message::{message, Message};
use crate::rules::{declare_rule, Check, Examples};

declare_rule! {
    /// ## What it checks
    /// A patent XML document that says it is the national phase of an international application: a USPTO
    /// document with a 35 U.S.C. 371 date (`<us-371c12-date>`), or a JPO gazette of a PCT translation (公表,
    /// `kind-of-jp="T"`) or re-publication (再公表, `"S"`). It is then checked on the route `pct-national-phase`,
    /// and this finding says so.
    ///
    /// ## Why it matters
    /// Some requirements bind only applications filed directly with the office: a national phase keeps the
    /// international application's abstract, so the USPTO's 150-word limit of 37 CFR 1.72(b) and the JPO's
    /// 【選択図】 do not apply to it. A publication of a national phase is not faulted under them.
    pub static RULE = Rule {
        id: "input/route-from-document",
        summary: "the document says it is a national phase, and was checked as one",
        offices: &[],
        examples: Examples {
            fires: &["<jp-official-gazette kind-of-jp=\"T\"><claims><claim num=\"1\"><claim-text>装置。</claim-text></claim></claims></jp-official-gazette>"],
            silent: &["<jp-official-gazette kind-of-jp=\"A\"><claims><claim num=\"1\"><claim-text>装置。</claim-text></claim></claims></jp-official-gazette>"],
        },
        check: Check::Input,
    };
}

/// The finding's message.
#[must_use]
pub fn message() -> Message {
    message!("route-from-document")
}

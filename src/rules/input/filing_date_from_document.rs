use crate::message::{message, Message};
use crate::rules::{declare_rule, Check, Examples};

declare_rule! {
    /// ## What it checks
    /// A patent XML document that states its own filing date (its application reference, or the EPO's INID 22
    /// field), checked without a filing date in the options (`--filing-date`, `filingDate`). Its date is then
    /// the one the rules that apply from a date use (the JPO's ban on multiple dependent claims citing multiple
    /// dependent claims applies to applications filed from 1 April 2022), and this finding says which date that was.
    ///
    /// ## Why it matters
    /// A publication is checked against the law of its own filing date, not today's: a 2019 JPO application is not
    /// faulted under a 2022 rule. A filing date in the options always wins.
    pub static RULE = Rule {
        id: "input/filing-date-from-document",
        summary: "the filing date stated in the document was used",
        offices: &[],
        examples: Examples {
            fires: &["<jp-official-gazette><bibliographic-data><application-reference><document-id><doc-number>2019162830</doc-number><date>20190906</date></document-id></application-reference></bibliographic-data><claims><claim num=\"1\"><claim-text>装置。</claim-text></claim></claims></jp-official-gazette>"],
            silent: &["<jp-official-gazette><claims><claim num=\"1\"><claim-text>装置。</claim-text></claim></claims></jp-official-gazette>"],
        },
        check: Check::Input,
    };
}

/// The finding's message for the date used.
#[must_use]
pub fn message(date: crate::office::Date) -> Message {
    message!("filing-date-from-document", date = date.to_string())
}

//! The language the command line writes findings' messages in: `--language en|ja|ko|zh`, else the environment's
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`, as gettext reads them), else English.
//!
//! The messages are the page's and the npm package's catalogues (messages/*.ftl), built into the library
//! (`patlint::message::catalogue`). Only human-facing output is translated (text and SARIF); JSON keeps the English
//! `message` beside its `message_template`, so that what a pipeline parses does not change with the machine's
//! locale.

use patlint::message::catalogue::Catalogue;
use patlint::message::Message;
use patlint::report::Report;

/// A language the command line writes messages in (not a document's language, `patlint::language::Language`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageLanguage {
    English,
    Japanese,
    Korean,
    Chinese,
}

impl MessageLanguage {
    /// `en`, `ja`, `ko`, `zh`; also a locale such as `ja_JP.UTF-8` or `zh-Hans`.
    pub fn parse(text: &str) -> Option<MessageLanguage> {
        let primary = text.split(['_', '-', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "en" | "c" | "posix" => Some(MessageLanguage::English),
            "ja" => Some(MessageLanguage::Japanese),
            "ko" => Some(MessageLanguage::Korean),
            "zh" => Some(MessageLanguage::Chinese),
            _ => None,
        }
    }

    /// The value of `--language`, or the error the command line prints.
    pub fn from_flag(text: &str) -> Result<MessageLanguage, String> {
        MessageLanguage::parse(text).ok_or(format!("unknown language `{text}` (en, ja, ko, zh)"))
    }

    /// The environment's, in gettext's order: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set decides;
    /// a language patlint has no messages in is English.
    pub fn from_environment() -> MessageLanguage {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
            .next()
            .and_then(|value| MessageLanguage::parse(&value))
            .unwrap_or(MessageLanguage::English)
    }

    fn code(self) -> &'static str {
        match self {
            MessageLanguage::English => "en",
            MessageLanguage::Japanese => "ja",
            MessageLanguage::Korean => "ko",
            MessageLanguage::Chinese => "zh",
        }
    }

    /// A message in this language.
    pub fn message(self, message: &Message) -> String {
        Catalogue::get(self.code()).unwrap_or_else(Catalogue::english).format(message)
    }

    /// The report's findings' messages, and their fixes' descriptions, in this language.
    pub fn translate(self, report: &mut Report) {
        if self == MessageLanguage::English {
            return;
        }
        for finding in &mut report.findings {
            finding.message = self.message(&finding.message_template);
            if let Some(fix) = &mut finding.fix {
                fix.description = self.message(&fix.description_template);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MessageLanguage;
    use patlint::message::{message, quoted, List};

    #[test]
    fn locales_name_their_language() {
        assert_eq!(MessageLanguage::parse("ja_JP.UTF-8"), Some(MessageLanguage::Japanese));
        assert_eq!(MessageLanguage::parse("zh-Hans"), Some(MessageLanguage::Chinese));
        assert_eq!(MessageLanguage::parse("KO"), Some(MessageLanguage::Korean));
        assert_eq!(MessageLanguage::parse("C.UTF-8"), Some(MessageLanguage::English));
        assert_eq!(MessageLanguage::parse("fr_FR"), None);
    }

    #[test]
    fn messages_values_and_lists_are_translated() {
        let text = message!("final-period-missing", claim = 3);
        assert_eq!(MessageLanguage::Japanese.message(&text), "請求項3の末尾にピリオドがありません。");
        assert_eq!(MessageLanguage::English.message(&text), "Claim 3 does not end with a period.");
        // A value that is a message of our own is translated in turn; a list is joined with the language's words.
        let quote = quoted("a lamp");
        assert_eq!(MessageLanguage::Japanese.message(&quote), "「a lamp」");
        let list = message!("quoted", text = List::and([1, 2, 3]));
        assert_eq!(MessageLanguage::Japanese.message(&list), "「1、2及び3」");
        assert_eq!(MessageLanguage::Korean.message(&list), "\"1, 2 및 3\"");
    }
}

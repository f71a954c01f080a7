//! The languages a filing's documents are written in, as patlint tells them: from the language codes documents
//! carry, or else from their text. One type, one reader of codes and one guesser, for every reader and rule.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A language patlint reads claims and descriptions in. Serialised as its ISO 639-1 code (`"en"`, `"ja"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    De,
    Fr,
    Ja,
    Ko,
    Zh,
}

/// The languages written in the Latin alphabet, English first.
pub const LATIN: &[Language] = &[Language::En, Language::De, Language::Fr];

impl Language {
    /// Its ISO 639-1 code: `en`, `ja`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Ja => "ja",
            Language::Ko => "ko",
            Language::Zh => "zh",
        }
    }

    /// `EN`, `de`, `ja-JP`, `zh_CN` (and the office codes `JP`, `KR`, `CN` some XML uses) to a language patlint
    /// knows.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Language> {
        match code.trim().split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
            "en" => Some(Language::En),
            "de" => Some(Language::De),
            "fr" => Some(Language::Fr),
            "ja" | "jp" => Some(Language::Ja),
            "ko" | "kr" => Some(Language::Ko),
            "zh" | "cn" => Some(Language::Zh),
            _ => None,
        }
    }

    /// Tells the language of text (claims, paragraphs) from its script and a few words.
    #[must_use]
    pub fn guess<'a>(texts: impl Iterator<Item = &'a str>) -> Option<Language> {
        let (mut kana, mut hangul, mut han, mut latin) = (0usize, 0usize, 0usize, 0usize);
        let mut sample = String::new();
        for text in texts.take(20) {
            for c in text.chars().take(400) {
                match c {
                    '\u{3040}'..='\u{30ff}' => kana += 1,
                    '\u{ac00}'..='\u{d7af}' => hangul += 1,
                    '\u{4e00}'..='\u{9fff}' => han += 1,
                    'a'..='z' | 'A'..='Z' => latin += 1,
                    _ => {}
                }
            }
            if sample.len() < 4000 {
                sample.push_str(&text.to_lowercase());
                sample.push(' ');
            }
        }
        if hangul > 0 && hangul * 4 >= han {
            Some(Language::Ko)
        } else if kana > 0 {
            Some(Language::Ja)
        } else if han > latin {
            Some(Language::Zh)
        } else if latin == 0 {
            None
        } else if sample.contains("anspruch") || sample.contains("ansprüche") || sample.contains(" der ") {
            Some(Language::De)
        } else if sample.contains("revendication") || sample.contains(" le ") || sample.contains(" une ") {
            Some(Language::Fr)
        } else {
            Some(Language::En)
        }
    }

    /// Whether it is written in the Latin alphabet.
    #[must_use]
    pub fn is_latin(self) -> bool {
        LATIN.contains(&self)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::Language::{self, *};

    #[test]
    fn codes_of_every_form_name_one_language() {
        for (code, language) in
            [("EN", En), ("en-US", En), ("ja-JP", Ja), ("JP", Ja), ("zh_CN", Zh), ("cn", Zh), ("KR", Ko), ("de", De)]
        {
            assert_eq!(Language::from_code(code), Some(language), "{code}");
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_code("x-none"), None);
        assert_eq!(Language::from_code(""), None);
    }

    #[test]
    fn serialised_as_its_code() {
        assert_eq!(serde_json::to_string(&Ja).ok().as_deref(), Some("\"ja\""));
    }
}

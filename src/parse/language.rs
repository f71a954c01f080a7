//! The languages patlint reads, as the documents' language codes name them and as their text shows them: one
//! reader of codes for the XML and Word readers, one guesser for text without a code.

/// `EN`, `de`, `ja-JP`, `zh_CN` (and the office codes `JP`, `KR`, `CN` some XML uses) to one of the languages
/// patlint knows: `en`, `de`, `fr`, `ja`, `ko`, `zh`.
#[must_use]
pub fn from_code(code: &str) -> Option<&'static str> {
    match code.trim().split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
        "en" => Some("en"),
        "de" => Some("de"),
        "fr" => Some("fr"),
        "ja" | "jp" => Some("ja"),
        "ko" | "kr" => Some("ko"),
        "zh" | "cn" => Some("zh"),
        _ => None,
    }
}

/// Tells the language of text (claims, paragraphs) from its script and a few words.
#[must_use]
pub fn guess<'a>(texts: impl Iterator<Item = &'a str>) -> Option<&'static str> {
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
        Some("ko")
    } else if kana > 0 {
        Some("ja")
    } else if han > latin {
        Some("zh")
    } else if latin == 0 {
        None
    } else if sample.contains("anspruch") || sample.contains("ansprüche") || sample.contains(" der ") {
        Some("de")
    } else if sample.contains("revendication") || sample.contains(" le ") || sample.contains(" une ") {
        Some("fr")
    } else {
        Some("en")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_of_every_form_name_one_language() {
        for (code, language) in [
            ("EN", "en"),
            ("en-US", "en"),
            ("ja-JP", "ja"),
            ("JP", "ja"),
            ("zh_CN", "zh"),
            ("cn", "zh"),
            ("KR", "ko"),
            ("de", "de"),
        ] {
            assert_eq!(from_code(code), Some(language), "{code}");
        }
        assert_eq!(from_code("x-none"), None);
        assert_eq!(from_code(""), None);
    }
}

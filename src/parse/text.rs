//! Bytes to text: UTF-8 or UTF-16 (by byte-order mark), with invalid sequences replaced and counted.

/// Text decoded from a file.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// How many invalid sequences were replaced by U+FFFD.
    pub replaced: usize,
}

/// Decodes UTF-8 (with or without BOM) and UTF-16 LE/BE (with BOM). Never fails: invalid sequences become U+FFFD.
#[must_use]
pub fn decode(bytes: &[u8]) -> Decoded {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => decode_utf8(rest),
        [0xFF, 0xFE, rest @ ..] => decode_utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => decode_utf16(rest, u16::from_be_bytes),
        _ => decode_utf8(bytes),
    }
}

fn decode_utf8(bytes: &[u8]) -> Decoded {
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded { text: text.to_string(), replaced: 0 },
        Err(_) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let replaced = text.chars().filter(|&c| c == char::REPLACEMENT_CHARACTER).count();
            Decoded { text, replaced }
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Decoded {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut replaced = usize::from(bytes.len() % 2 == 1);
    let mut text = String::with_capacity(bytes.len() / 2);
    for decoded in char::decode_utf16(units) {
        text.push(decoded.unwrap_or_else(|_| {
            replaced += 1;
            char::REPLACEMENT_CHARACTER
        }));
    }
    Decoded { text, replaced }
}

/// The byte offset of `needle` in `haystack`. For the short texts and many short needles of claims, a plain scan
/// beats `str::find`, whose searcher is set up anew for every needle.
#[must_use]
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    let (&first, rest) = needle.split_first()?;
    let last_start = hay.len().checked_sub(needle.len())?;
    (0..=last_start).find(|&i| hay[i] == first && hay.get(i + 1..i + needle.len()) == Some(rest))
}

/// Digit value of an ASCII or full-width digit.
#[must_use]
pub fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_boms_and_bad_bytes() {
        assert_eq!(decode(b"\xEF\xBB\xBFclaim").text, "claim");
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("請求項".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&utf16).text, "請求項");
        let bad = decode(b"a\xFFb");
        assert_eq!((bad.text.as_str(), bad.replaced), ("a\u{FFFD}b", 1));
        let odd = decode(&[0xFF, 0xFE, 0x41, 0x00, 0x42]);
        assert_eq!((odd.text.as_str(), odd.replaced), ("A", 1));
    }
}

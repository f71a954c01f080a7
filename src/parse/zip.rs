//! A minimal reader of ZIP packages (the container of DOCX): the central directory, stored and deflated entries.
//!
//! Only what DOCX needs, and bounded for hostile input: the number of entries is capped, every entry is inflated
//! with a cap on its output and all entries read share a budget ([`Limits`]); the sizes the package declares are
//! never trusted (a "ZIP bomb" stops at the cap). Encrypted entries, ZIP64 and compression methods other than
//! stored and deflate are refused with a message. The CRC-32 of every entry read is checked.

use crate::limits::Limits;
use crate::message::{message, Message};

/// One entry of the central directory.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The entry's path in the package, e.g. `word/document.xml`.
    pub name: String,
    method: u16,
    flags: u16,
    crc: u32,
    compressed: usize,
    /// The size the package declares; only shown, never trusted.
    pub declared_size: u64,
    offset: usize,
}

/// An opened package: its directory, and the bytes it was read from.
#[derive(Debug)]
pub struct Archive<'a> {
    bytes: &'a [u8],
    pub entries: Vec<Entry>,
    /// Bytes that reading entries may still inflate to.
    budget: usize,
    part_limit: usize,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

/// The package is damaged; `what` names the structure that is, a [`Message::term`].
fn damaged(what: Message) -> Message {
    message!("zip-package-damaged", what = what)
}

impl<'a> Archive<'a> {
    /// Reads the central directory.
    ///
    /// # Errors
    /// When there is no directory, it is damaged, ZIP64, or lists more entries than `limits.zip_entries`.
    pub fn open(bytes: &'a [u8], limits: &Limits) -> Result<Self, Message> {
        const END: u32 = 0x0605_4b50;
        const CENTRAL: u32 = 0x0201_4b50;
        // The end record is in the last 22 + 65,535 bytes (its comment is at most 65,535 bytes).
        let lowest = bytes.len().saturating_sub(22 + 0xFFFF);
        let end = (lowest..=bytes.len().saturating_sub(22))
            .rev()
            .find(|&at| u32_at(bytes, at) == Some(END))
            .ok_or_else(|| damaged(Message::term("zip-no-central-directory")))?;
        let count = usize::from(u16_at(bytes, end + 10).ok_or_else(|| damaged(Message::term("zip-end-record")))?);
        let offset = u32_at(bytes, end + 16).ok_or_else(|| damaged(Message::term("zip-end-record")))?;
        if count == 0xFFFF || offset == u32::MAX {
            return Err(message!("zip-package-zip64-archive"));
        }
        if count > limits.zip_entries {
            return Err(message!("zip-package-has-entries", count = count, limit = limits.zip_entries));
        }
        let mut at = offset as usize;
        let mut entries = Vec::with_capacity(count);
        for _ in 0..count {
            if u32_at(bytes, at) != Some(CENTRAL) {
                return Err(damaged(Message::term("zip-central-directory-entry")));
            }
            let field = |offset: usize| {
                u16_at(bytes, at + offset).map(usize::from).ok_or_else(|| damaged(Message::term("zip-entry")))
            };
            let (name_len, extra_len, comment_len) = (field(28)?, field(30)?, field(32)?);
            let name =
                bytes.get(at + 46..at + 46 + name_len).ok_or_else(|| damaged(Message::term("zip-entry-name")))?;
            entries.push(Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                flags: u16_at(bytes, at + 8).unwrap_or(0),
                method: u16_at(bytes, at + 10).unwrap_or(0),
                crc: u32_at(bytes, at + 16).unwrap_or(0),
                compressed: u32_at(bytes, at + 20).unwrap_or(0) as usize,
                declared_size: u64::from(u32_at(bytes, at + 24).unwrap_or(0)),
                offset: u32_at(bytes, at + 42).unwrap_or(0) as usize,
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(Archive { bytes, entries, budget: limits.inflated_bytes, part_limit: limits.part_bytes })
    }

    /// The entry named `name` (ASCII case-insensitive, as Office treats part names), if any.
    #[must_use]
    pub fn find(&self, name: &str) -> Option<&Entry> {
        let name = name.trim_start_matches('/');
        self.entries.iter().find(|e| e.name.eq_ignore_ascii_case(name))
    }

    /// Reads the entry named `name`: `Ok(None)` when there is none.
    ///
    /// # Errors
    /// When the entry is damaged, encrypted, compressed by another method, or inflates past a limit.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, Message> {
        let Some(entry) = self.find(name).cloned() else {
            return Ok(None);
        };
        let part = entry.name.as_str();
        if entry.flags & 1 != 0 {
            return Err(message!("zip-entry-encrypted", part = part));
        }
        const LOCAL: u32 = 0x0403_4b50;
        if u32_at(self.bytes, entry.offset) != Some(LOCAL) {
            return Err(damaged(Message::term("zip-local-header")));
        }
        let name_len = usize::from(u16_at(self.bytes, entry.offset + 26).unwrap_or(0));
        let extra_len = usize::from(u16_at(self.bytes, entry.offset + 28).unwrap_or(0));
        let start = entry.offset + 30 + name_len + extra_len;
        let data = start
            .checked_add(entry.compressed)
            .and_then(|end| self.bytes.get(start..end))
            .ok_or_else(|| damaged(Message::term("zip-entry-data-beyond")))?;
        let limit = self.part_limit.min(self.budget);
        let too_big = || {
            if limit < self.part_limit {
                message!("zip-parts-read-inflate", part = part, bytes = self.part_limit.max(self.budget))
            } else {
                message!("zip-part-inflates-more", part = part, bytes = self.part_limit)
            }
        };
        let out = match entry.method {
            0 if data.len() > limit => return Err(too_big()),
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit).map_err(|error| {
                if error.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                    too_big()
                } else {
                    message!("zip-compressed-data-damaged", part = part)
                }
            })?,
            other => return Err(message!("zip-compression-method-not", part = part, method = other)),
        };
        if crc32(&out) != entry.crc {
            return Err(message!("zip-data-does-not", part = part));
        }
        self.budget = self.budget.saturating_sub(out.len());
        Ok(Some(out))
    }
}

/// CRC-32 (IEEE), as ZIP and PNG use it.
#[must_use]
pub fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    let mut crc = u32::MAX;
    for &b in bytes {
        crc = TABLE[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

// The one ZIP writer of the tests, shared with the integration tests.
#[cfg(test)]
#[path = "../../tests/support/zip.rs"]
mod test_writer;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    use super::test_writer::zip_with_crc as package_with;

    /// Writes a ZIP package of stored entries (for tests): (name, data, method 0 or 8 with raw deflate data given).
    pub fn package(entries: &[(&str, &[u8])]) -> Vec<u8> {
        package_with(&entries.iter().map(|(n, d)| (*n, d.to_vec(), 0u16, crc32(d), d.len() as u32)).collect::<Vec<_>>())
    }

    #[test]
    fn reads_stored_entries_and_checks_crc() {
        let bytes = package(&[("word/document.xml", b"<w:document/>"), ("a.txt", b"x")]);
        let limits = Limits::default();
        let mut archive = Archive::open(&bytes, &limits).unwrap();
        assert_eq!(archive.entries.len(), 2);
        assert_eq!(archive.read("/Word/Document.xml").unwrap().as_deref(), Some(&b"<w:document/>"[..]));
        assert_eq!(archive.read("missing").unwrap(), None);
        let mut corrupt = bytes.clone();
        let at = corrupt.windows(13).position(|w| w == b"<w:document/>").unwrap();
        corrupt[at + 1] = b'x';
        let mut archive = Archive::open(&corrupt, &limits).unwrap();
        assert!(archive.read("word/document.xml").unwrap_err().to_string().contains("checksum"));
    }

    #[test]
    fn a_deflate_bomb_stops_at_the_limit() {
        // 64 MiB of zeros deflate to about 64 KiB; the declared size claims 10 bytes.
        let zeros = vec![0u8; 64 << 20];
        let deflated = miniz_oxide::deflate::compress_to_vec(&zeros, 10);
        let bytes = package_with(&[("word/document.xml", deflated, 8, crc32(&zeros), 10)]);
        let limits = Limits { part_bytes: 1 << 20, ..Limits::default() };
        let mut archive = Archive::open(&bytes, &limits).unwrap();
        let error = archive.read("word/document.xml").unwrap_err().to_string();
        assert!(error.contains("part_bytes"), "{error}");
        let limits = Limits { inflated_bytes: 1 << 20, ..Limits::default() };
        let mut archive = Archive::open(&bytes, &limits).unwrap();
        assert!(archive.read("word/document.xml").unwrap_err().to_string().contains("inflated_bytes"));
    }

    #[test]
    fn damaged_packages_are_refused() {
        let limits = Limits::default();
        assert!(Archive::open(b"PK\x03\x04 not really", &limits).is_err());
        let bytes = package(&[("a", b"1"), ("b", b"2"), ("c", b"3")]);
        let few = Limits { zip_entries: 2, ..Limits::default() };
        assert!(Archive::open(&bytes, &few).unwrap_err().to_string().contains("zip_entries"));
        // Every truncation fails cleanly.
        for end in 0..bytes.len() {
            if let Ok(mut archive) = Archive::open(&bytes[..end], &limits) {
                let _ = archive.read("a");
            }
        }
    }
}

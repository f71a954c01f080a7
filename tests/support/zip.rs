//! A minimal ZIP writer for tests: entries with a given method, CRC and a declared size that may lie. Used by
//! the integration tests and (by path) by the unit tests of src/parse/zip.rs.

/// Entries as (name, data as stored, method: 0 stored or 8 deflated, declared size), all with a CRC of 0.
#[allow(dead_code)] // each test crate that includes this file uses one of the two writers
pub fn zip(entries: &[(&str, Vec<u8>, u16, u32)]) -> Vec<u8> {
    let entries: Vec<_> =
        entries.iter().map(|(name, data, method, declared)| (*name, data.clone(), *method, 0, *declared)).collect();
    zip_with_crc(&entries)
}

/// Entries as (name, data as stored, method, CRC-32 of the inflated data, declared size).
#[allow(dead_code)]
pub fn zip_with_crc(entries: &[(&str, Vec<u8>, u16, u32, u32)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data, method, crc, size) in entries {
        let offset = out.len() as u32;
        // The fields a local header and a central directory entry share, from "version needed" on.
        let mut shared = vec![20, 0, 0, 0];
        shared.extend_from_slice(&method.to_le_bytes());
        shared.extend_from_slice(&[0, 0, 0, 0]);
        shared.extend_from_slice(&crc.to_le_bytes());
        shared.extend_from_slice(&(data.len() as u32).to_le_bytes());
        shared.extend_from_slice(&size.to_le_bytes());
        shared.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&shared);
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&[20, 0]);
        central.extend_from_slice(&shared);
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let directory_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&directory_offset.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out
}

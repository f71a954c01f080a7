//! The assignment readers: JSON records and USPTO assignment XML.
#![no_main]

use libfuzzer_sys::fuzz_target;
use patlint::limits::Limits;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = patlint::parse::assignment_json::read(text);
    }
    let _ = patlint::parse::assignment_xml::read(bytes, &Limits::default());
});

//! The XML reader on arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use patlint::limits::Limits;

fuzz_target!(|bytes: &[u8]| {
    let _ = patlint::parse::claims_xml::read(bytes, &Limits::default());
});

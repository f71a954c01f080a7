//! The streaming ST.26 reader on arbitrary bytes, seeded with the listings of the rules' examples and fixtures.
#![no_main]

use libfuzzer_sys::fuzz_target;
use patlint::limits::Limits;

fuzz_target!(|bytes: &[u8]| {
    let _ = patlint::parse::sequences::read("sequences.xml", bytes, &Limits::default());
});

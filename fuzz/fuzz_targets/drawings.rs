//! The drawing readers (PDF through hayro, TIFF, PNG, JPEG, GIF, BMP) on arbitrary bytes, seeded with real files.
#![no_main]

use libfuzzer_sys::fuzz_target;
use patlint::limits::Limits;

fuzz_target!(|bytes: &[u8]| {
    let _ = patlint::parse::drawings::read(bytes, &Limits::default());
});

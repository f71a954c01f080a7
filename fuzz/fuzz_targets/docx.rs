//! The DOCX reader (ZIP, inflate, WordprocessingML) on arbitrary bytes, seeded with real packages.
#![no_main]

use libfuzzer_sys::fuzz_target;
use patlint::limits::Limits;

fuzz_target!(|bytes: &[u8]| {
    let _ = patlint::parse::docx::read_package(bytes, &Limits::default());
});

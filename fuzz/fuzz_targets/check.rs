//! The whole check entry point, as the page and the CLI call it, on one arbitrary file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use patlint::{check, InputFile, Options};

fuzz_target!(|bytes: &[u8]| {
    let file = InputFile { name: "fuzz".into(), bytes: bytes.to_vec() };
    let report = check(std::slice::from_ref(&file), &Options::default());
    let _ = patlint::render::text::render(&report, false);
    let _ = patlint::render::sarif::render(&report);
});

//! Splitting text into claims and reading their references and categories.
#![no_main]

use libfuzzer_sys::fuzz_target;
use patlint::limits::Limits;
use patlint::parse::{build_claim_set, claims_text};

fuzz_target!(|text: &str| {
    let limits = Limits::default();
    if let Ok(raw) = claims_text::split(text, &limits) {
        let _ = build_claim_set(raw, &limits);
    }
});

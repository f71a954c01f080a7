//! The drawing readers (PDF through hayro, TIFF, PNG, JPEG, GIF, BMP) on arbitrary bytes, seeded with real files;
//! a PDF's pages then go through the text-page analysis and the specification splitter, as a filing's PDF does.
#![no_main]

use libfuzzer_sys::fuzz_target;
use patlint::limits::Limits;
use patlint::model::description::Source;

fuzz_target!(|bytes: &[u8]| {
    let limits = Limits::default();
    if let Ok(drawings) = patlint::parse::drawings::read(bytes, &limits) {
        let application = patlint::parse::pages::read(&drawings.sheets);
        let _ = patlint::parse::spec::split(application.blocks, Source::Pdf, None, &limits);
    }
});

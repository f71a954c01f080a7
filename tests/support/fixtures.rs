//! Drawing fixtures (crates/drawing-fixtures: files with known geometry, built from a text spec) as the files of a
//! filing.

use patlint::InputFile;

/// The files `spec` describes. Panics, naming the directive, on a malformed spec.
pub fn build(spec: &str) -> Vec<InputFile> {
    drawing_fixtures::build(spec).into_iter().map(|file| InputFile { name: file.name, bytes: file.bytes }).collect()
}

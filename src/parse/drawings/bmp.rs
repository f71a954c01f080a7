//! BMP drawings to sheets.

use crate::limits::Limits;
use crate::model::drawings::Drawings;

/// Reads a BMP file.
pub fn read(_bytes: &[u8], _limits: &Limits) -> Result<Drawings, String> {
    Err("BMP drawings are not read yet".into())
}

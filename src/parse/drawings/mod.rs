//! Drawing files to sheets (`model::drawings`): PDF pages through a content-stream interpreter (`pdf`), raster
//! images through their own small readers (`tiff`, `png`, `jpeg`, `gif`, `bmp`), and the pixels of any image
//! measured by `raster`. Built with the `drawings` feature, so that the core Wasm module stays small and the page
//! loads drawing support only when a drawing is dropped.

pub mod bmp;
pub mod gif;
pub mod jpeg;
pub mod look;
pub mod pdf;
pub mod png;
pub mod raster;
pub mod tiff;

use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::drawings::{Drawings, SheetLook};
use hayro_interpret::kurbo::Affine;

/// Reads a drawing file of any supported format, recognised by its first bytes. The error says, for a
/// paralegal, why the file could not be read: a clause, "it has no pages".
///
/// # Errors
/// When the file is malformed, unsupported or over a limit.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Drawings, Message> {
    match bytes {
        [b'%', b'P', b'D', b'F', ..] => pdf::read(bytes, limits),
        [b'I', b'I', 42, 0, ..] | [b'M', b'M', 0, 42, ..] => tiff::read(bytes, limits),
        [0x89, b'P', b'N', b'G', ..] => png::read(bytes, limits),
        [0xFF, 0xD8, 0xFF, ..] => jpeg::read(bytes, limits),
        [b'G', b'I', b'F', b'8', ..] => gif::read(bytes, limits),
        [b'B', b'M', ..] => bmp::read(bytes, limits),
        _ => Err(message!("drawings")),
    }
}

/// How each sheet of a drawing file looks, for the page to draw beneath its overlays (`look`): what reading the
/// file sees, kept this time. Asked for apart from the report, which stays as lean as before.
///
/// # Errors
/// When the file cannot be read, as [`read`].
pub fn looks(bytes: &[u8], limits: &Limits) -> Result<Vec<SheetLook>, Message> {
    if bytes.starts_with(b"%PDF") {
        return pdf::looks(bytes, limits);
    }
    let (drawings, pictures) = look::capture(|| read(bytes, limits));
    let mut pictures = pictures.into_iter();
    Ok(drawings?
        .sheets
        .iter()
        .map(|sheet| {
            let mut look = SheetLook { number: sheet.number, unit: look::UNIT_MM as f32, ..SheetLook::default() };
            let picture = pictures.next().flatten();
            match (picture, &sheet.raster) {
                (Some(picture), Some(raster)) => {
                    let (width, height) = (f64::from(raster.width_px), f64::from(raster.height_px));
                    // In millimetres when the size is known, else in the image's pixels, as the page draws it.
                    let to_sheet = sheet.size.map_or(Affine::IDENTITY, |size| {
                        Affine::scale_non_uniform(f64::from(size.width) / width, f64::from(size.height) / height)
                    });
                    look.images.push(picture.placed(to_sheet, width, height));
                }
                _ => look.dropped_images = 1,
            }
            look
        })
        .collect())
}

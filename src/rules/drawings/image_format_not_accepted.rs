use super::at_sheet;
use super::law::{JPO_IMAGES, PCT_TIFF_COMPRESSION};
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List, Message};
use crate::model::drawings::{Compression, Drawings, ImageFormat, PixelType, Raster, Sheet};
use crate::office::Office::*;
use crate::report::{Location, Severity::*};
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Whether the drawings' file format and image type are ones the office's electronic filing takes.
    ///
    /// At the JPO, drawings are filed as one image per figure: PNG, GIF or BMP in black and white (1 bit, without
    /// transparency or animation), or JPEG in 8-bit greyscale with a JFIF header, baseline (not progressive), for
    /// photographs in place of drawings. A PDF or TIFF file, a PNG, GIF or BMP that is not black and white, an
    /// animated GIF, and a JPEG in colour (RGB or CMYK), progressive or without JFIF header are reported. The JPO's
    /// software rejects most of these; PNG and GIF images that are not black and white it converts to black and
    /// white with a warning, which can lose detail, so they are reported as well.
    ///
    /// Under the PCT, TIFF drawings are expected to be compressed with CCITT Group 4 (unconfirmed: a warning).
    ///
    /// ## Why it matters
    /// A file the office's software does not take cannot be filed as it is; a converted image may lose fine lines
    /// and lettering.
    ///
    /// ## Legal basis
    /// JPO image rules for online filing (ImageRules §1), which list the formats for patent and utility-model
    /// drawings (JP); PCT Administrative Instructions, Annex F, as reported (WO, unconfirmed).
    pub static RULE = Rule {
        id: "drawings/image-format-not-accepted",
        summary: "the drawings' file format or image type is not one the office takes",
        offices: &[
            policy(
                JP,
                Error,
                Citation::new(OfficePractice, "JPO image rules for online filing (ImageRules §1)"),
                Grade::A,
            ),
            policy(
                WO,
                Warning,
                Citation::new(OfficePractice, "PCT Administrative Instructions, Annex F"),
                Grade::Unconfirmed,
            ),
        ],
        examples: Examples {
            fires: &[
                "pdf A4\nline 40 40 150 200",
                "bmp 50x50 dpi 200 grey\nline 5 5 40 40",
                "png 50x50 dpi 200 rgb\nline 5 5 40 40",
                "gif 50x50 frames 2\nline 5 5 40 40",
                "jpeg 50x50 dpi 200 progressive\nphoto 5 5 40 40",
                "jpeg 50x50 dpi 200 rgb\nphoto 5 5 40 40",
                "tiff 50x50 dpi 200 lzw\nline 5 5 40 40",
            ],
            silent: &[
                "png 50x50 dpi 200\nline 5 5 40 40",
                "gif 50x50\nline 5 5 40 40",
                "bmp 50x50 dpi 200\nline 5 5 40 40",
                "jpeg 50x50 dpi 200\nphoto 5 5 40 40",
            ],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    // A PDF of text pages only has no drawings to be in the wrong format.
    if drawings.sheets.is_empty() {
        return;
    }
    jpo(drawings, out);
    pct(drawings, out);
}

fn jpo(drawings: &Drawings, out: &mut Reporter) {
    let format = drawings.format;
    if !JPO_IMAGES.formats.contains(&format) {
        out.report_for(&RULE, JP, Location::default(), message!("image-format-not-accepted", format = format.name()));
        return;
    }
    for sheet in &drawings.sheets {
        let Some(raster) = &sheet.raster else { continue };
        if let Some(message) = jpo_problem(sheet, format, raster) {
            out.report_for(&RULE, JP, at_sheet(sheet), message);
        }
    }
}

/// What the JPO objects to in one image of a format it takes.
fn jpo_problem(sheet: &Sheet, format: ImageFormat, raster: &Raster) -> Option<Message> {
    let n = sheet.number;
    match format {
        ImageFormat::Gif if raster.frames > 1 => {
            Some(message!("image-format-not-accepted-sheet-animated-gif", sheet = n, frames = raster.frames))
        }
        ImageFormat::Png | ImageFormat::Gif if !bilevel(raster) => Some(message!(
            "image-format-not-accepted-sheet-black-white",
            sheet = n,
            format = format.name(),
            pixels = pixels(raster)
        )),
        ImageFormat::Bmp if !bilevel(raster) => {
            Some(message!("image-format-not-accepted-sheet-bmp-black", sheet = n, pixels = pixels(raster)))
        }
        ImageFormat::Jpeg => {
            let mut faults = Vec::new();
            if raster.pixel_type != PixelType::Grey {
                faults.push(pixels(raster));
            } else if raster.bits_per_sample != 8 {
                faults.push(message!("image-format-not-accepted-bit-samples", bits = raster.bits_per_sample));
            }
            if raster.compression == Compression::JpegProgressive {
                faults.push(Message::term("image-format-not-accepted-progressive-encoding"));
            }
            if !raster.jfif {
                faults.push(Message::term("image-format-not-accepted-no-jfif-header"));
            }
            (!faults.is_empty()).then(|| {
                let faults = List::and(faults);
                message!("image-format-not-accepted-sheet-jpeg-jpo", sheet = n, faults = faults)
            })
        }
        _ => None,
    }
}

fn pct(drawings: &Drawings, out: &mut Reporter) {
    if drawings.format != ImageFormat::Tiff {
        return;
    }
    let pages: Vec<(&Sheet, Compression)> = drawings
        .sheets
        .iter()
        .filter_map(|s| s.raster.as_ref().map(|r| (s, r.compression)))
        .filter(|&(_, compression)| compression != PCT_TIFF_COMPRESSION)
        .collect();
    let Some(&(first, _)) = pages.first() else { return };
    let mut how: Vec<Message> = Vec::new();
    for &(_, compression) in &pages {
        let name = compression_name(compression);
        if !how.contains(&name) {
            how.push(name);
        }
    }
    let how = List::or(how);
    let numbers: Vec<u32> = pages.iter().map(|(s, _)| s.number).collect();
    let message = if let [sheet] = numbers.as_slice() {
        message!("image-format-not-accepted-sheet-tiff-page", sheet = sheet, compression = how)
    } else {
        message!("image-format-not-accepted-sheets-tiff-pages", sheets = List::and(&numbers), compression = how)
    };
    out.report_for(&RULE, WO, at_sheet(first), message);
}

/// A raster is black and white: one bit a pixel.
fn bilevel(raster: &Raster) -> bool {
    raster.pixel_type == PixelType::Bilevel
        || (raster.bits_per_sample == 1 && matches!(raster.pixel_type, PixelType::Grey | PixelType::Palette))
}

/// How a raster stores its pixels, for messages: "Sheet 1 is a PNG image in greyscale", "a JPEG image with RGB
/// colour".
fn pixels(raster: &Raster) -> Message {
    match raster.pixel_type {
        PixelType::Bilevel => Message::term("image-format-not-accepted-black-white"),
        PixelType::Grey => Message::term("image-format-not-accepted-greyscale"),
        PixelType::Palette => Message::term("image-format-not-accepted-palette-colours"),
        PixelType::Rgb => Message::term("image-format-not-accepted-rgb-colour"),
        PixelType::Cmyk => Message::term("image-format-not-accepted-cmyk-colour"),
        PixelType::Other => Message::term("image-format-not-accepted-unusual-colour-mode"),
    }
}

/// How a TIFF page is compressed, for messages: "Sheet 1 is a TIFF page with LZW compression".
fn compression_name(compression: Compression) -> Message {
    match compression {
        Compression::None => Message::term("image-format-not-accepted-no-compression"),
        Compression::CcittG3 => Message::term("image-format-not-accepted-ccitt-group-3"),
        Compression::CcittG4 => Message::term("image-format-not-accepted-ccitt-group-4"),
        Compression::Lzw => Message::term("image-format-not-accepted-lzw-compression"),
        Compression::Deflate => Message::term("image-format-not-accepted-deflate-zip-compression"),
        Compression::PackBits => Message::term("image-format-not-accepted-packbits-compression"),
        Compression::JpegBaseline | Compression::JpegProgressive => {
            Message::term("image-format-not-accepted-jpeg-compression")
        }
        Compression::Other => Message::term("image-format-not-accepted-unusual-compression-method"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::office::Office;
    use crate::options::Options;

    fn image(format: ImageFormat, pixel_type: PixelType, bits: u8, compression: Compression) -> Drawings {
        let raster = Raster {
            width_px: 400,
            height_px: 400,
            dpi: Some((200.0, 200.0)),
            pixel_type,
            bits_per_sample: bits,
            compression,
            jfif: format == ImageFormat::Jpeg,
            frames: 1,
            interlaced: false,
        };
        super::super::one_image(format, raster)
    }

    fn found(drawings: &Drawings) -> Vec<(Vec<Office>, String)> {
        let options = Options::default();
        let mut out = Reporter::new("figure", &options);
        check(drawings, &mut out);
        out.into_findings().into_iter().map(|f| (f.offices, f.message)).collect()
    }

    #[test]
    fn jpo_formats() {
        assert!(found(&image(ImageFormat::Png, PixelType::Bilevel, 1, Compression::Deflate)).is_empty());
        assert!(found(&image(ImageFormat::Gif, PixelType::Palette, 1, Compression::Lzw)).is_empty(), "2-colour GIF");
        assert!(found(&image(ImageFormat::Jpeg, PixelType::Grey, 8, Compression::JpegBaseline)).is_empty());
        let bmp = found(&image(ImageFormat::Bmp, PixelType::Palette, 8, Compression::None));
        assert_eq!(bmp.len(), 1);
        assert!(bmp[0].1.contains("rejects"), "{}", bmp[0].1);
        assert_eq!(
            found(&image(ImageFormat::Jpeg, PixelType::Grey, 12, Compression::JpegBaseline)),
            [(
                vec![JP],
                "Sheet 1 is a JPEG image with 12-bit samples; the JPO takes JPEG only in 8-bit greyscale, baseline, \
                 with a JFIF header."
                    .to_string()
            )]
        );
        let mut jpeg = image(ImageFormat::Jpeg, PixelType::Cmyk, 8, Compression::JpegProgressive);
        if let Some(raster) = jpeg.sheets[0].raster.as_mut() {
            raster.jfif = false;
        }
        assert_eq!(
            found(&jpeg),
            [(
                vec![JP],
                "Sheet 1 is a JPEG image with CMYK colour, progressive encoding and no JFIF header; the JPO takes \
                 JPEG only in 8-bit greyscale, baseline, with a JFIF header."
                    .to_string()
            )]
        );
    }

    #[test]
    fn tiff_is_not_a_jpo_format_and_pct_wants_group_4() {
        let g4 = found(&image(ImageFormat::Tiff, PixelType::Bilevel, 1, Compression::CcittG4));
        assert_eq!(g4.len(), 1);
        assert_eq!(g4[0].0, [JP]);
        let lzw = found(&image(ImageFormat::Tiff, PixelType::Bilevel, 1, Compression::Lzw));
        assert_eq!(lzw.len(), 2);
        assert_eq!(
            lzw[1],
            (
                vec![WO],
                "Sheet 1 is a TIFF page with LZW compression; PCT electronic filing expects TIFF drawings in black \
                 and white, compressed with CCITT Group 4."
                    .to_string()
            )
        );
    }
}

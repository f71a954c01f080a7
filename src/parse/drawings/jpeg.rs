//! JPEG drawings to sheets. The markers before the image data are read here (frame type, components, JFIF and its
//! density, EXIF resolution), so that the size is checked before `zune-jpeg` decodes any pixel.

use zune_jpeg::zune_core::bytestream::ZCursor;
use zune_jpeg::zune_core::colorspace::ColorSpace;
use zune_jpeg::zune_core::options::DecoderOptions;
use zune_jpeg::JpegDecoder;

use super::raster::{self, InkScan};
use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::drawings::{Compression, Drawings, ImageFormat, PixelType, Raster};

/// What the markers say.
#[derive(Debug, Default)]
struct Header {
    width: u16,
    height: u16,
    precision: u8,
    components: u8,
    /// The start-of-frame marker (0xC0 baseline, 0xC2 progressive, …).
    frame: u8,
    jfif: bool,
    jfif_dpi: Option<(f32, f32)>,
    exif_dpi: Option<(f32, f32)>,
}

/// Reads a JPEG file.
///
/// # Errors
/// When the file is malformed, unsupported or over a limit: the reason, for the `input/unreadable` finding.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Drawings, Message> {
    let header = markers(bytes)?;
    let (width, height) = (u32::from(header.width), u32::from(header.height));
    raster::check_size(u64::from(width), u64::from(height), limits)?;
    let grey = header.components == 1;
    let options = DecoderOptions::default()
        .set_max_width(usize::from(u16::MAX))
        .set_max_height(usize::from(u16::MAX))
        .set_strict_mode(false)
        .jpeg_set_out_colorspace(if grey { ColorSpace::Luma } else { ColorSpace::RGB });
    let mut decoder = JpegDecoder::new_with_options(ZCursor::new(bytes), options);
    let pixels = decoder.decode().map_err(|e| message!("jpeg-image-data-could", error = format!("{e:?}")))?;
    // The decoder's own reading of the frame wins over ours, should they differ.
    let (width, height) = decoder.dimensions().map_or((width, height), |(w, h)| (w as u32, h as u32));
    let depth = if grey { 1 } else { 3 };
    let row_bytes = width as usize * depth;
    if row_bytes == 0 || pixels.len() < row_bytes * height as usize {
        return Err(message!("jpeg-image-data-incomplete"));
    }
    let mut scan = InkScan::new(width, height);
    for (y, row) in pixels.chunks_exact(row_bytes).take(height as usize).enumerate() {
        if grey {
            scan.grey_row(y as u32, row);
        } else {
            scan.rgb_row(y as u32, row);
        }
    }
    let info = Raster {
        width_px: width,
        height_px: height,
        dpi: header.jfif_dpi.or(header.exif_dpi),
        pixel_type: match header.components {
            1 => PixelType::Grey,
            3 => PixelType::Rgb,
            4 => PixelType::Cmyk,
            _ => PixelType::Other,
        },
        bits_per_sample: header.precision,
        compression: match header.frame {
            0xC0 | 0xC1 => Compression::JpegBaseline,
            0xC2 => Compression::JpegProgressive,
            _ => Compression::Other,
        },
        jfif: header.jfif,
        frames: 1,
        interlaced: false,
    };
    Ok(Drawings { format: ImageFormat::Jpeg, pdf: None, sheets: vec![raster::sheet(1, info, &scan.finish())] })
}

/// Reads the markers up to the first scan.
fn markers(bytes: &[u8]) -> Result<Header, Message> {
    let mut header = Header::default();
    let mut at = 2;
    loop {
        // Markers may be preceded by any number of 0xFF fill bytes.
        while bytes.get(at) == Some(&0xFF) && bytes.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        let (Some(&0xFF), Some(&marker)) = (bytes.get(at), bytes.get(at + 1)) else {
            break;
        };
        at += 2;
        if matches!(marker, 0x01 | 0xD0..=0xD8) {
            continue;
        }
        if matches!(marker, 0xD9 | 0xDA) {
            break;
        }
        let Some(&[high, low]) = bytes.get(at..at + 2) else { break };
        let length = usize::from(u16::from_be_bytes([high, low]));
        let Some(data) = bytes.get(at + 2..at + length.max(2)) else { break };
        at += length.max(2);
        match marker {
            0xE0 if data.starts_with(b"JFIF\0") => {
                header.jfif = true;
                if let [_, _, _, _, _, _, _, units, x0, x1, y0, y1, ..] = *data {
                    let (x, y) = (f64::from(u16::from_be_bytes([x0, x1])), f64::from(u16::from_be_bytes([y0, y1])));
                    // Unit 0 gives the aspect ratio only.
                    header.jfif_dpi = match units {
                        1 => raster::dpi(x, y),
                        2 => raster::dpi(x * 2.54, y * 2.54),
                        _ => None,
                    };
                }
            }
            0xE1 if data.starts_with(b"Exif\0\0") => header.exif_dpi = super::tiff::exif_dpi(&data[6..]),
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                if let [precision, h0, h1, w0, w1, components, ..] = *data {
                    header.frame = marker;
                    header.precision = precision;
                    header.height = u16::from_be_bytes([h0, h1]);
                    header.width = u16::from_be_bytes([w0, w1]);
                    header.components = components;
                }
            }
            _ => {}
        }
    }
    if header.frame == 0 {
        return Err(message!("jpeg-file-has-no"));
    }
    if matches!(header.frame, 0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF) {
        return Err(message!("jpeg-lossless-hierarchical-arithmetic"));
    }
    Ok(header)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::drawings::Colour;
    use jpeg_encoder::{ColorType, Density, Encoder};

    fn encode(
        width: u16,
        height: u16,
        colour: bool,
        density: Density,
        progressive: bool,
        quality: u8,
        paint: impl Fn(u16, u16) -> [u8; 3],
    ) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = Encoder::new(&mut out, quality);
        encoder.set_density(density);
        encoder.set_progressive(progressive);
        let pixels: Vec<u8> = (0..height)
            .flat_map(|y| (0..width).map(move |x| (x, y)))
            .flat_map(|(x, y)| {
                let p = paint(x, y);
                if colour {
                    p.to_vec()
                } else {
                    vec![p[0]]
                }
            })
            .collect();
        let kind = if colour { ColorType::Rgb } else { ColorType::Luma };
        encoder.encode(&pixels, width, height, kind).unwrap();
        out
    }

    fn drawing(x: u16, y: u16) -> [u8; 3] {
        let line =
            ((40..260).contains(&x) && (30..34).contains(&y)) || ((100..103).contains(&x) && (30..180).contains(&y));
        if line {
            [0, 0, 0]
        } else {
            [255, 255, 255]
        }
    }

    #[test]
    fn a_black_and_white_rgb_jpeg_is_black_and_white_with_its_density() {
        let bytes = encode(300, 200, true, Density::Inch { x: 300, y: 300 }, false, 75, drawing);
        let sheet = &read(&bytes, &Limits::default()).unwrap().sheets[0];
        let raster = sheet.raster.as_ref().unwrap();
        assert!(raster.jfif);
        assert_eq!(raster.dpi, Some((300.0, 300.0)));
        assert_eq!(raster.compression, Compression::JpegBaseline);
        assert_eq!(raster.pixel_type, PixelType::Rgb);
        assert_eq!(sheet.colour, Colour::BlackAndWhite);
        let c = sheet.content.unwrap();
        let mm = |px: f32| px * 25.4 / 300.0;
        let got = [c.left, c.top, c.right, c.bottom];
        let expected = [mm(40.0), mm(30.0), mm(260.0), mm(180.0)];
        assert!(got.iter().zip(expected).all(|(g, e)| (g - e).abs() <= mm(1.0)), "{got:?} {expected:?}");
    }

    #[test]
    fn grey_progressive_and_colour_jpegs() {
        let bytes = encode(120, 90, false, Density::Centimeter { x: 100, y: 100 }, true, 90, |x, y| {
            let v = (60 + (x + y) % 120) as u8;
            [v, v, v]
        });
        let sheet = &read(&bytes, &Limits::default()).unwrap().sheets[0];
        let raster = sheet.raster.as_ref().unwrap();
        assert_eq!(raster.compression, Compression::JpegProgressive);
        assert_eq!(raster.pixel_type, PixelType::Grey);
        assert!((raster.dpi.unwrap().0 - 254.0).abs() < 0.01);
        assert_eq!(sheet.colour, Colour::Greyscale);

        let bytes =
            encode(
                120,
                90,
                true,
                Density::None,
                false,
                80,
                |x, y| if x % 12 < 3 { [20, 60, 220] } else { drawing(x, y) },
            );
        let sheet = &read(&bytes, &Limits::default()).unwrap().sheets[0];
        assert_eq!(sheet.colour, Colour::Colour);
        assert_eq!((sheet.raster.as_ref().unwrap().dpi, sheet.size), (None, None));
    }

    #[test]
    fn huge_and_truncated_jpegs_give_errors_without_panics() {
        let bytes = encode(64, 48, true, Density::None, false, 80, drawing);
        for cut in 0..bytes.len() {
            let _ = read(&bytes[..cut], &Limits::default());
        }
        // Claim 60000 × 60000 pixels in the frame header.
        let mut huge = bytes.clone();
        let sof = huge.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
        huge[sof + 5..sof + 9].copy_from_slice(&[0xEA, 0x60, 0xEA, 0x60]);
        let started = std::time::Instant::now();
        let err = read(&huge, &Limits::default()).unwrap_err().to_string();
        assert!(err.contains("limit"), "{err}");
        assert!(started.elapsed().as_millis() < 100);
        assert!(read(&[0xFF, 0xD8, 0xFF, 0xD9], &Limits::default()).is_err());
    }
}

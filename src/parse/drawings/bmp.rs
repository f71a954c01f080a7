//! BMP drawings to sheets: uncompressed Windows bitmaps (BITMAPINFOHEADER and its later versions), palette or
//! direct colour, stored bottom-up or top-down.

use super::raster::{self, InkScan};
use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::drawings::{Compression, Drawings, ImageFormat, PixelType, Raster};

/// Reads a BMP file.
///
/// # Errors
/// When the file is malformed, unsupported or over a limit: the reason, for the `input/unreadable` finding.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Drawings, Message> {
    let u16_at = |at: usize| bytes.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
    let u32_at = |at: usize| bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    let cut_off = || message!("bmp-header-cut-off");
    let pixels_at = u32_at(10).ok_or_else(cut_off)? as usize;
    let header_size = u32_at(14).ok_or_else(cut_off)? as usize;
    if header_size < 40 {
        return Err(message!("bmp-os-2-bitmaps"));
    }
    let width = u32_at(18).ok_or_else(cut_off)? as i32;
    let height = u32_at(22).ok_or_else(cut_off)? as i32;
    let bits = u16_at(28).ok_or_else(cut_off)?;
    let compression = u32_at(30).ok_or_else(cut_off)?;
    let x_ppm = u32_at(38).unwrap_or(0) as i32;
    let y_ppm = u32_at(42).unwrap_or(0) as i32;
    let colours_used = u32_at(46).unwrap_or(0) as usize;
    if width <= 0 || height == 0 {
        return Err(message!("bmp-image-has-no"));
    }
    let top_down = height < 0;
    let (width, height) = (width.unsigned_abs(), height.unsigned_abs());
    raster::check_size(u64::from(width), u64::from(height), limits)?;
    match compression {
        0 | 3 | 6 => {}
        1 | 2 => return Err(message!("bmp-run-length-encoded")),
        _ => return Err(message!("bmp-compression-not-supported", compression = compression)),
    }
    if !matches!(bits, 1 | 4 | 8 | 16 | 24 | 32) {
        return Err(message!("bmp-bit-not-supported", bits = bits));
    }
    // Channel masks: in the header from version 2 on, after a BITMAPINFOHEADER otherwise; the same offset.
    let masks = if matches!(compression, 3 | 6) {
        [u32_at(54), u32_at(58), u32_at(62)].map(|m| m.unwrap_or(0))
    } else if bits == 16 {
        [0x7C00, 0x03E0, 0x001F]
    } else {
        [0xFF_0000, 0xFF00, 0xFF]
    };
    let mask_bytes = match (header_size, compression) {
        (40, 3) => 12,
        (40, 6) => 16,
        _ => 0,
    };
    let palette: Vec<[u8; 3]> = if bits <= 8 {
        let count = if colours_used == 0 { 1 << bits } else { colours_used.min(256) };
        let at = 14 + header_size + mask_bytes;
        bytes.get(at..).unwrap_or(&[]).chunks_exact(4).take(count).map(|c| [c[2], c[1], c[0]]).collect()
    } else {
        Vec::new()
    };
    let palette_is_grey = palette.iter().all(|[r, g, b]| r == g && g == b);
    let stride = (u64::from(bits) * u64::from(width)).div_ceil(32) as usize * 4;
    let mut scan = InkScan::new(width, height);
    let mut samples = Vec::new();
    let mut line = Vec::new();
    for y in 0..height {
        let stored = if top_down { y } else { height - 1 - y } as usize;
        let at = pixels_at.saturating_add(stored.saturating_mul(stride));
        let row = bytes.get(at..at.saturating_add(stride)).ok_or_else(|| message!("bmp-pixel-data-cut"))?;
        line.clear();
        match bits {
            1 | 4 | 8 => {
                raster::unpack(row, bits as u8, width as usize, true, false, &mut samples);
                let colour_of = |i: u8| palette.get(usize::from(i)).copied().unwrap_or([255; 3]);
                if palette_is_grey {
                    line.extend(samples.iter().map(|&i| colour_of(i)[0]));
                    scan.grey_row(y, &line);
                } else {
                    samples.iter().for_each(|&i| line.extend_from_slice(&colour_of(i)));
                    scan.rgb_row(y, &line);
                }
                continue;
            }
            24 => {
                scan.bgr_row(y, row);
                continue;
            }
            16 => {
                for p in row.chunks_exact(2).take(width as usize) {
                    let value = u32::from(u16::from_le_bytes([p[0], p[1]]));
                    line.extend(masks.map(|m| channel(value, m)));
                }
            }
            _ => {
                for p in row.chunks_exact(4).take(width as usize) {
                    let value = u32::from_le_bytes([p[0], p[1], p[2], p[3]]);
                    line.extend(masks.map(|m| channel(value, m)));
                }
            }
        }
        scan.rgb_row(y, &line);
    }
    let info = Raster {
        width_px: width,
        height_px: height,
        dpi: raster::dpi(f64::from(x_ppm) * 0.0254, f64::from(y_ppm) * 0.0254),
        pixel_type: match bits {
            1 if palette_is_grey => PixelType::Bilevel,
            1 | 4 | 8 => PixelType::Palette,
            _ => PixelType::Rgb,
        },
        bits_per_sample: if bits > 8 { 8 } else { bits as u8 },
        compression: Compression::None,
        jfif: false,
        frames: 1,
        interlaced: false,
    };
    Ok(Drawings { format: ImageFormat::Bmp, pdf: None, sheets: vec![raster::sheet(1, info, &scan.finish())] })
}

/// The 8-bit value of the channel `mask` selects.
fn channel(value: u32, mask: u32) -> u8 {
    if mask == 0 {
        return 0;
    }
    let bits = mask.count_ones();
    let v = (value & mask) >> mask.trailing_zeros();
    if bits >= 8 {
        (v >> (bits - 8)) as u8
    } else {
        (v * 255 / ((1 << bits) - 1)) as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::drawings::Colour;

    /// A BMP with a BITMAPINFOHEADER; `rows` are given top to bottom and stored as `top_down` says.
    fn bmp(
        width: i32,
        height: i32,
        bits: u16,
        palette: &[[u8; 3]],
        rows: &[Vec<u8>],
        ppm: i32,
        top_down: bool,
    ) -> Vec<u8> {
        let stride = (bits as usize * width as usize).div_ceil(32) * 4;
        let pixels_at = 54 + palette.len() * 4;
        let mut out = b"BM".to_vec();
        out.extend(((pixels_at + stride * rows.len()) as u32).to_le_bytes());
        out.extend([0; 4]);
        out.extend((pixels_at as u32).to_le_bytes());
        out.extend(40u32.to_le_bytes());
        out.extend(width.to_le_bytes());
        out.extend((if top_down { -height } else { height }).to_le_bytes());
        out.extend(1u16.to_le_bytes());
        out.extend(bits.to_le_bytes());
        out.extend(0u32.to_le_bytes());
        out.extend(((stride * rows.len()) as u32).to_le_bytes());
        out.extend(ppm.to_le_bytes());
        out.extend(ppm.to_le_bytes());
        out.extend((palette.len() as u32).to_le_bytes());
        out.extend(0u32.to_le_bytes());
        palette.iter().for_each(|[r, g, b]| out.extend([*b, *g, *r, 0]));
        let ordered: Vec<&Vec<u8>> = if top_down { rows.iter().collect() } else { rows.iter().rev().collect() };
        for row in ordered {
            let mut padded = row.clone();
            padded.resize(stride, 0);
            out.extend(padded);
        }
        out
    }

    fn ink(x: i32, y: i32) -> bool {
        (12..50).contains(&x) && (8..30).contains(&y) && (x == 12 || y == 29)
    }

    #[test]
    fn a_24_bit_bitmap_gives_millimetres_both_ways_up() {
        let rows: Vec<Vec<u8>> = (0..40)
            .map(|y| (0..60).flat_map(|x| if ink(x, y) { [0, 0, 0] } else { [255, 255, 255] }).collect())
            .collect();
        for top_down in [false, true] {
            let bytes = bmp(60, 40, 24, &[], &rows, 10_000, top_down); // 10,000 pixels a metre: 0.1 mm a pixel.
            let sheet = &read(&bytes, &Limits::default()).unwrap().sheets[0];
            assert!((sheet.raster.as_ref().unwrap().dpi.unwrap().0 - 254.0).abs() < 0.01);
            let c = sheet.content.unwrap();
            let got = [c.left, c.top, c.right, c.bottom];
            assert!(got.iter().zip([1.2, 0.8, 5.0, 3.0]).all(|(g, e)| (g - e).abs() < 0.02), "{got:?}");
            assert_eq!(sheet.colour, Colour::BlackAndWhite);
        }
    }

    #[test]
    fn palette_bitmaps_and_colour() {
        let rows: Vec<Vec<u8>> = (0..40)
            .map(|y| {
                let mut row = vec![0u8; 8];
                for x in 0..60 {
                    if ink(x, y) {
                        row[(x / 8) as usize] |= 0x80 >> (x % 8);
                    }
                }
                row
            })
            .collect();
        let sheet = &read(&bmp(60, 40, 1, &[[255; 3], [0; 3]], &rows, 0, false), &Limits::default()).unwrap().sheets[0];
        assert_eq!(sheet.raster.as_ref().unwrap().pixel_type, PixelType::Bilevel);
        assert_eq!((sheet.size, sheet.colour), (None, Colour::BlackAndWhite));

        let rows: Vec<Vec<u8>> =
            (0..40).map(|y| (0..60).map(|x| u8::from(ink(x, y) || x % 10 < 3)).collect()).collect();
        let palette = [[255, 255, 255], [30, 200, 30]];
        let sheet = &read(&bmp(60, 40, 8, &palette, &rows, 3780, false), &Limits::default()).unwrap().sheets[0];
        assert_eq!(sheet.colour, Colour::Colour);
        assert_eq!(sheet.raster.as_ref().unwrap().pixel_type, PixelType::Palette);
    }

    #[test]
    fn huge_truncated_and_compressed_bitmaps_give_errors() {
        let rows: Vec<Vec<u8>> = (0..40).map(|_| vec![255; 60 * 4]).collect();
        let bytes = bmp(60, 40, 32, &[], &rows, 0, false);
        assert!(read(&bytes, &Limits::default()).is_ok());
        for cut in 0..bytes.len() {
            let _ = read(&bytes[..cut], &Limits::default());
        }
        let mut huge = bytes.clone();
        huge[18..22].copy_from_slice(&100_000i32.to_le_bytes());
        huge[22..26].copy_from_slice(&(-100_000i32).to_le_bytes());
        assert!(read(&huge, &Limits::default()).unwrap_err().to_string().contains("limit"));
        let mut rle = bytes.clone();
        rle[30] = 1;
        assert!(read(&rle, &Limits::default()).unwrap_err().to_string().contains("not supported"));
        huge[22..26].copy_from_slice(&i32::MIN.to_le_bytes());
        assert!(read(&huge, &Limits::default()).is_err());
    }
}

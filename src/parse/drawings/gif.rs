//! GIF drawings to sheets: one sheet per file, however many frames an animation has. The ink is that of the first
//! frame on the logical screen; the other frames are only counted (their data is skipped, not decoded).

use super::raster::{self, InkScan};
use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::drawings::{Compression, Drawings, ImageFormat, PixelType, Raster};

/// The first frame: where it lies on the screen and its pixels.
struct Frame<'a> {
    left: u32,
    top: u32,
    width: u32,
    height: u32,
    interlaced: bool,
    /// Bits of a colour index (of the table used).
    bits: u8,
    colours: &'a [u8],
    transparent: Option<u8>,
    min_code_size: u8,
    data: Vec<u8>,
}

/// Reads a GIF file.
///
/// # Errors
/// When the file is malformed, unsupported or over a limit: the reason, for the `input/unreadable` finding.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Drawings, Message> {
    let (screen, frame, frames) = parse(bytes)?;
    raster::check_size(u64::from(screen.0), u64::from(screen.1), limits)?;
    raster::check_size(u64::from(frame.width), u64::from(frame.height), limits)?;
    let indices = decode(&frame)?;
    let ink = scan(screen, &frame, &indices);
    let info = Raster {
        width_px: screen.0,
        height_px: screen.1,
        dpi: None, // GIF has no resolution (its aspect byte is a ratio).
        pixel_type: PixelType::Palette,
        bits_per_sample: frame.bits,
        compression: Compression::Lzw,
        jfif: false,
        frames,
        interlaced: frame.interlaced,
    };
    Ok(Drawings { format: ImageFormat::Gif, pdf: None, sheets: vec![raster::sheet(1, info, &ink)] })
}

/// The logical screen's size, the first frame and the number of frames.
fn parse(bytes: &[u8]) -> Result<((u32, u32), Frame<'_>, u32), Message> {
    let [b'G', b'I', b'F', b'8', b'7' | b'9', b'a', w0, w1, h0, h1, screen_flags, _, _, ..] = *bytes else {
        return Err(message!("gif-not-file"));
    };
    let mut screen = (u32::from(u16::from_le_bytes([w0, w1])), u32::from(u16::from_le_bytes([h0, h1])));
    let mut at = 13;
    let global = if screen_flags & 0x80 != 0 {
        let size = 3 << ((screen_flags & 7) + 1);
        let table = bytes.get(at..at + size).ok_or_else(|| message!("gif-colour-table-cut"))?;
        at += size;
        Some((table, (screen_flags & 7) + 1))
    } else {
        None
    };
    let mut first: Option<Frame> = None;
    let mut frames = 0u32;
    let mut transparent = None;
    while let Some(&block) = bytes.get(at) {
        at += 1;
        match block {
            0x21 => {
                let label = bytes.get(at).copied();
                at += 1;
                let start = at;
                at = skip_sub_blocks(bytes, at);
                // A graphic control extension: the transparent colour of the next frame.
                if let (Some(0xF9), Some(&[4, flags, _, _, index, ..])) = (label, bytes.get(start..)) {
                    transparent = (flags & 1 != 0).then_some(index);
                }
            }
            0x2C => {
                let Some(&[l0, l1, t0, t1, w0, w1, h0, h1, flags]) = bytes.get(at..at + 9) else { break };
                at += 9;
                let local = if flags & 0x80 != 0 {
                    let size = 3 << ((flags & 7) + 1);
                    let table = bytes.get(at..at + size).unwrap_or(&[]);
                    at += size;
                    Some((table, (flags & 7) + 1))
                } else {
                    None
                };
                let min_code_size = bytes.get(at).copied().unwrap_or(0);
                at += 1;
                let data_start = at;
                at = skip_sub_blocks(bytes, at);
                frames += 1;
                if first.is_none() {
                    let (colours, bits) = local.or(global).unwrap_or((&[], 8));
                    first = Some(Frame {
                        left: u32::from(u16::from_le_bytes([l0, l1])),
                        top: u32::from(u16::from_le_bytes([t0, t1])),
                        width: u32::from(u16::from_le_bytes([w0, w1])),
                        height: u32::from(u16::from_le_bytes([h0, h1])),
                        interlaced: flags & 0x40 != 0,
                        bits,
                        colours,
                        transparent,
                        min_code_size,
                        data: sub_block_data(bytes.get(data_start..at).unwrap_or(&[])),
                    });
                }
                transparent = None;
            }
            _ => break, // The trailer (0x3B), or garbage after the last frame.
        }
    }
    let frame = first.ok_or_else(|| message!("gif-file-has-no"))?;
    if screen.0 == 0 || screen.1 == 0 {
        screen = (frame.left + frame.width, frame.top + frame.height);
    }
    Ok((screen, frame, frames))
}

/// Scans the first frame on the logical screen; the rest of the screen is paper.
fn scan(screen: (u32, u32), frame: &Frame, indices: &[u8]) -> raster::Ink {
    let mut scan = InkScan::new(screen.0, screen.1);
    let colour_of = |index: u8| -> [u8; 3] {
        let i = usize::from(index) * 3;
        match frame.colours.get(i..i + 3) {
            Some(&[r, g, b]) if Some(index) != frame.transparent => [r, g, b],
            _ => [255; 3],
        }
    };
    let palette: Vec<[u8; 3]> = (0..=255).map(colour_of).collect();
    let grey = palette.iter().all(|[r, g, b]| r == g && g == b);
    // Rows of the frame in the order they are stored.
    let rows: Vec<u32> = if frame.interlaced {
        [(0, 8), (4, 8), (2, 4), (1, 2)].iter().flat_map(|&(start, step)| (start..frame.height).step_by(step)).collect()
    } else {
        (0..frame.height).collect()
    };
    let mut canvas_rows: Vec<Option<&[u8]>> = vec![None; screen.1 as usize];
    for (stored, row) in indices.chunks_exact(frame.width.max(1) as usize).zip(&rows) {
        if let Some(slot) = canvas_rows.get_mut((frame.top + row) as usize) {
            *slot = Some(stored);
        }
    }
    let depth = if grey { 1 } else { 3 };
    let mut line = Vec::with_capacity(screen.0 as usize * depth);
    for (y, stored) in canvas_rows.iter().enumerate() {
        line.clear();
        line.resize(screen.0 as usize * depth, 255);
        if let Some(stored) = stored {
            for (i, &index) in stored.iter().enumerate() {
                let x = frame.left as usize + i;
                if let (Some(target), Some(colour)) =
                    (line.get_mut(x * depth..(x + 1) * depth), palette.get(usize::from(index)))
                {
                    target.copy_from_slice(&colour[..depth]);
                }
            }
        }
        if grey {
            scan.grey_row(y as u32, &line);
        } else {
            scan.rgb_row(y as u32, &line);
        }
    }
    scan.finish()
}

/// The position after a chain of sub-blocks (each a length byte and that many bytes, ended by a zero length).
fn skip_sub_blocks(bytes: &[u8], mut at: usize) -> usize {
    while let Some(&length) = bytes.get(at) {
        at += 1 + usize::from(length);
        if length == 0 {
            break;
        }
    }
    at.min(bytes.len())
}

/// The data of a chain of sub-blocks, joined.
fn sub_block_data(mut blocks: &[u8]) -> Vec<u8> {
    let mut data = Vec::with_capacity(blocks.len());
    while let Some((&length, rest)) = blocks.split_first() {
        let length = usize::from(length).min(rest.len());
        if length == 0 {
            break;
        }
        data.extend_from_slice(&rest[..length]);
        blocks = &rest[length..];
    }
    data
}

/// The colour indices of the frame, in stored row order.
fn decode(frame: &Frame) -> Result<Vec<u8>, Message> {
    if !(1..=8).contains(&frame.min_code_size) {
        return Err(message!("gif-image-data-has", size = frame.min_code_size));
    }
    let mut decoder = weezl::decode::Decoder::new(weezl::BitOrder::Lsb, frame.min_code_size.max(2));
    let mut indices = vec![0u8; frame.width as usize * frame.height as usize];
    let mut input = frame.data.as_slice();
    let mut filled = 0;
    while filled < indices.len() {
        let result = decoder.decode_bytes(input, &mut indices[filled..]);
        input = input.get(result.consumed_in..).unwrap_or(&[]);
        filled += result.consumed_out;
        if !matches!(result.status, Ok(weezl::LzwStatus::Ok)) || result.consumed_in + result.consumed_out == 0 {
            break;
        }
    }
    if filled < indices.len() {
        return Err(message!("gif-image-data-ends"));
    }
    Ok(indices)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::drawings::Colour;

    /// A GIF of `frames` identical frames, `indices` one byte a pixel.
    fn gif(
        width: u16,
        height: u16,
        palette: &[[u8; 3]; 4],
        indices: &[u8],
        frames: usize,
        interlaced: bool,
    ) -> Vec<u8> {
        let mut out = b"GIF89a".to_vec();
        out.extend(width.to_le_bytes());
        out.extend(height.to_le_bytes());
        out.extend([0x80 | 1, 0, 0]);
        palette.iter().for_each(|c| out.extend(c));
        let stored: Vec<u8> = if interlaced {
            let rows: Vec<usize> = [(0, 8), (4, 8), (2, 4), (1, 2)]
                .iter()
                .flat_map(|&(s, step)| (s..height as usize).step_by(step))
                .collect();
            rows.iter().flat_map(|&r| indices[r * width as usize..(r + 1) * width as usize].iter().copied()).collect()
        } else {
            indices.to_vec()
        };
        let data = weezl::encode::Encoder::new(weezl::BitOrder::Lsb, 2).encode(&stored).unwrap();
        for _ in 0..frames {
            out.extend([0x21, 0xF9, 4, 0, 10, 0, 0, 0]);
            out.push(0x2C);
            out.extend([0, 0, 0, 0]);
            out.extend(width.to_le_bytes());
            out.extend(height.to_le_bytes());
            out.push(if interlaced { 0x40 } else { 0 });
            out.push(2);
            for block in data.chunks(255) {
                out.push(block.len() as u8);
                out.extend(block);
            }
            out.push(0);
        }
        out.push(0x3B);
        out
    }

    const GREYS: [[u8; 3]; 4] = [[255, 255, 255], [0, 0, 0], [128, 128, 128], [90, 90, 90]];
    const COLOURS: [[u8; 3]; 4] = [[255, 255, 255], [0, 0, 0], [255, 0, 0], [0, 0, 255]];

    fn picture(width: usize, height: usize, ink: u8) -> Vec<u8> {
        (0..width * height)
            .map(|i| if (10..70).contains(&(i % width)) && (5..35).contains(&(i / width)) { ink } else { 0 })
            .collect()
    }

    #[test]
    fn frames_interlace_and_colours_are_measured() {
        let bytes = gif(80, 40, &GREYS, &picture(80, 40, 1), 3, true);
        let sheet = &read(&bytes, &Limits::default()).unwrap().sheets[0];
        let raster = sheet.raster.as_ref().unwrap();
        assert_eq!((raster.width_px, raster.height_px, raster.frames, raster.interlaced), (80, 40, 3, true));
        assert_eq!((raster.dpi, sheet.size, sheet.content), (None, None, None));
        assert_eq!(sheet.colour, Colour::BlackAndWhite);

        let sheet = &read(&gif(80, 40, &COLOURS, &picture(80, 40, 2), 1, false), &Limits::default()).unwrap().sheets[0];
        assert_eq!(sheet.colour, Colour::Colour);
        assert_eq!(sheet.raster.as_ref().unwrap().frames, 1);
        let sheet = &read(&gif(80, 40, &GREYS, &picture(80, 40, 2), 1, false), &Limits::default()).unwrap().sheets[0];
        assert_eq!(sheet.colour, Colour::Greyscale);
    }

    #[test]
    fn the_extent_is_found_on_the_screen() {
        // GIF has no resolution, so the sheet has no millimetres: check the extent in pixels.
        for interlaced in [false, true] {
            let bytes = gif(80, 40, &GREYS, &picture(80, 40, 1), 1, interlaced);
            let (screen, frame, _) = parse(&bytes).unwrap();
            let ink = scan(screen, &frame, &decode(&frame).unwrap());
            let extent = ink.extent.unwrap();
            assert_eq!((extent.left, extent.top, extent.right, extent.bottom), (10, 5, 70, 35));
        }
    }

    #[test]
    fn huge_and_truncated_gifs_give_errors_without_panics() {
        let bytes = gif(80, 40, &GREYS, &picture(80, 40, 1), 2, false);
        for cut in 0..bytes.len() {
            let _ = read(&bytes[..cut], &Limits::default());
        }
        let limits = Limits { image_pixels: 100, ..Limits::default() };
        assert!(read(&bytes, &limits).unwrap_err().to_string().contains("limit"));
        let mut bad = bytes.clone();
        let code_size_at = bytes.iter().position(|&b| b == 0x2C).unwrap() + 10;
        bad[code_size_at] = 12;
        assert!(read(&bad, &Limits::default()).is_err());
    }
}

//! PNG drawings to sheets. A small decoder of its own: the image data is inflated a row at a time straight from
//! the IDAT chunks and each row goes to `InkScan` as soon as it is unfiltered, so memory stays at two rows (an
//! interlaced image is assembled first, within the pixel limit). CRCs are not checked: a damaged CRC does not make
//! the pixels unreadable.

use miniz_oxide::inflate::stream::{inflate, InflateState};
use miniz_oxide::{DataFormat, MZFlush, MZStatus};

use super::raster::{self, InkScan};
use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::drawings::{Compression, Drawings, ImageFormat, PixelType, Raster};

const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Adam7 passes: first column, first row, column step, row step.
const ADAM7: [(usize, usize, usize, usize); 7] =
    [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

/// What IHDR and the chunks before the image data say.
struct Header {
    width: u32,
    height: u32,
    bits: u8,
    colour_type: u8,
    interlaced: bool,
    palette: Vec<[u8; 3]>,
    /// tRNS: alpha per palette entry, or the one transparent grey or RGB value.
    transparency: Vec<u8>,
    dpi: Option<(f32, f32)>,
}

/// Reads a PNG file.
///
/// # Errors
/// When the file is malformed, unsupported or over a limit: the reason, for the `input/unreadable` finding.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Drawings, Message> {
    let mut rest = bytes.strip_prefix(SIGNATURE).ok_or_else(|| message!("png-not-file"))?;
    let mut header: Option<Header> = None;
    let mut image_data: Vec<&[u8]> = Vec::new();
    while rest.len() >= 8 {
        let length = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
        let kind = [rest[4], rest[5], rest[6], rest[7]];
        let body = rest.get(8..).unwrap_or(&[]);
        // A chunk cut off by the end of the file keeps what is there.
        let data = body.get(..length).unwrap_or(body);
        rest = body.get(length.saturating_add(4)..).unwrap_or(&[]);
        match &kind {
            b"IHDR" => header = Some(ihdr(data)?),
            b"PLTE" => {
                if let Some(h) = header.as_mut() {
                    h.palette = data.chunks_exact(3).map(|c| [c[0], c[1], c[2]]).collect();
                }
            }
            b"tRNS" => {
                if let Some(h) = header.as_mut() {
                    h.transparency = data.to_vec();
                }
            }
            b"pHYs" if data.len() >= 9 => {
                if let Some(h) = header.as_mut() {
                    let x = u32::from_be_bytes([data[0], data[1], data[2], data[3]]);
                    let y = u32::from_be_bytes([data[4], data[5], data[6], data[7]]);
                    // Unit 1 is the metre; unit 0 gives the aspect ratio only.
                    h.dpi = if data[8] == 1 { raster::dpi(f64::from(x) * 0.0254, f64::from(y) * 0.0254) } else { None };
                }
            }
            b"IDAT" => image_data.push(data),
            b"IEND" => break,
            _ => {}
        }
    }
    let header = header.ok_or_else(|| message!("png-file-has-no"))?;
    raster::check_size(u64::from(header.width), u64::from(header.height), limits)?;
    if header.colour_type == 3 && header.palette.is_empty() {
        return Err(message!("png-file-s-palette"));
    }
    let mut scan = InkScan::new(header.width, header.height);
    let mut data = Inflater::new(&image_data);
    let pixels = Pixels::new(&header);
    if header.interlaced {
        interlaced(&header, &pixels, &mut data, &mut scan)?;
    } else {
        let row_bytes = header.row_bytes(header.width as usize);
        let mut row = vec![0u8; row_bytes + 1];
        let mut previous = vec![0u8; row_bytes + 1];
        let mut converted = Vec::new();
        let bilevel = header.colour_type == 0 && header.bits == 1 && header.transparency.is_empty();
        // 8-bit grey or RGB without a transparent colour: the samples are the pixels.
        let direct = matches!(header.colour_type, 0 | 2) && header.bits == 8 && header.transparency.is_empty();
        for y in 0..header.height {
            if !data.fill(&mut row) {
                return Err(message!("png-image-data-ends", y = y, rows = header.height));
            }
            unfilter(&mut row, &previous, header.filter_step())?;
            let samples = row.get(1..).unwrap_or(&[]);
            if bilevel {
                scan.bit_row(y, samples, false);
            } else if direct && header.colour_type == 0 {
                scan.grey_row(y, samples);
            } else if direct {
                scan.rgb_row(y, samples);
            } else if pixels.convert(samples, header.width as usize, &mut converted) {
                scan.rgb_row(y, &converted);
            } else {
                scan.grey_row(y, &converted);
            }
            std::mem::swap(&mut row, &mut previous);
        }
    }
    let pixel_type = match (header.colour_type, header.bits) {
        (0, 1) => PixelType::Bilevel,
        (0 | 4, _) => PixelType::Grey,
        (3, _) => PixelType::Palette,
        _ => PixelType::Rgb,
    };
    let info = Raster {
        width_px: header.width,
        height_px: header.height,
        dpi: header.dpi,
        pixel_type,
        bits_per_sample: header.bits,
        compression: Compression::Deflate,
        jfif: false,
        frames: 1,
        interlaced: header.interlaced,
    };
    Ok(Drawings { format: ImageFormat::Png, pdf: None, sheets: vec![raster::sheet(1, info, &scan.finish())] })
}

fn ihdr(data: &[u8]) -> Result<Header, Message> {
    let [w0, w1, w2, w3, h0, h1, h2, h3, bits, colour_type, _, _, interlace, ..] = *data else {
        return Err(message!("png-header-cut-off"));
    };
    let valid = match colour_type {
        0 => matches!(bits, 1 | 2 | 4 | 8 | 16),
        3 => matches!(bits, 1 | 2 | 4 | 8),
        2 | 4 | 6 => matches!(bits, 8 | 16),
        _ => false,
    };
    if !valid {
        return Err(message!("png-colour-type-bit", colour_type = colour_type, bits = bits));
    }
    Ok(Header {
        width: u32::from_be_bytes([w0, w1, w2, w3]),
        height: u32::from_be_bytes([h0, h1, h2, h3]),
        bits,
        colour_type,
        interlaced: interlace == 1,
        palette: Vec::new(),
        transparency: Vec::new(),
        dpi: None,
    })
}

impl Header {
    fn channels(&self) -> usize {
        match self.colour_type {
            2 => 3,
            4 => 2,
            6 => 4,
            _ => 1,
        }
    }

    /// Bytes of a row of `width` pixels, without the filter byte.
    fn row_bytes(&self, width: usize) -> usize {
        (width * self.channels() * usize::from(self.bits)).div_ceil(8)
    }

    /// Bytes between a byte and the one a filter compares it with.
    fn filter_step(&self) -> usize {
        (self.channels() * usize::from(self.bits)).div_ceil(8)
    }
}

/// Inflates the concatenated IDAT chunks on demand.
struct Inflater<'a> {
    chunks: std::slice::Iter<'a, &'a [u8]>,
    current: &'a [u8],
    state: Box<InflateState>,
    ended: bool,
}

impl<'a> Inflater<'a> {
    fn new(chunks: &'a [&'a [u8]]) -> Self {
        Inflater { chunks: chunks.iter(), current: &[], state: InflateState::new_boxed(DataFormat::Zlib), ended: false }
    }

    /// Fills `out`; `false` when the data ends first.
    fn fill(&mut self, out: &mut [u8]) -> bool {
        let mut filled = 0;
        while filled < out.len() && !self.ended {
            if self.current.is_empty() {
                if let Some(next) = self.chunks.next() {
                    self.current = next;
                }
            }
            // `Finish` is never passed: it would make the inflater fail when a row cannot hold the rest.
            let result = inflate(&mut self.state, self.current, &mut out[filled..], MZFlush::None);
            self.current = self.current.get(result.bytes_consumed..).unwrap_or(&[]);
            filled += result.bytes_written;
            let progressed = result.bytes_consumed + result.bytes_written > 0;
            let more_input = !self.current.is_empty() || !self.chunks.as_slice().is_empty();
            match result.status {
                Ok(MZStatus::Ok) if progressed => {}
                // The chunk is used up: the next one continues the stream.
                Ok(MZStatus::Ok) | Err(miniz_oxide::MZError::Buf) if self.current.is_empty() && more_input => {}
                _ => self.ended = true,
            }
        }
        filled == out.len()
    }
}

/// Undoes a row's filter; `row` starts with the filter type, `previous` is the row above (zeros for the first).
fn unfilter(row: &mut [u8], previous: &[u8], step: usize) -> Result<(), Message> {
    let Some((&mut filter, row)) = row.split_first_mut() else { return Ok(()) };
    let above = previous.get(1..).unwrap_or(&[]);
    match filter {
        0 => {}
        1 => {
            for i in step..row.len() {
                row[i] = row[i].wrapping_add(row[i - step]);
            }
        }
        2 => row.iter_mut().zip(above).for_each(|(b, &up)| *b = b.wrapping_add(up)),
        3 => {
            for i in 0..row.len() {
                let left = if i >= step { u16::from(row[i - step]) } else { 0 };
                let up = u16::from(above.get(i).copied().unwrap_or(0));
                row[i] = row[i].wrapping_add(((left + up) / 2) as u8);
            }
        }
        4 => {
            for i in 0..row.len() {
                let (left, upper_left) =
                    if i >= step { (row[i - step], above.get(i - step).copied().unwrap_or(0)) } else { (0, 0) };
                let up = above.get(i).copied().unwrap_or(0);
                row[i] = row[i].wrapping_add(paeth(left, up, upper_left));
            }
        }
        other => return Err(message!("png-row-image-has", filter = other)),
    }
    Ok(())
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let (ia, ib, ic) = (i16::from(a), i16::from(b), i16::from(c));
    let p = ia + ib - ic;
    let (pa, pb, pc) = ((p - ia).abs(), (p - ib).abs(), (p - ic).abs());
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

/// Turns rows of samples into grey or RGB pixels on white: transparency shows the paper.
struct Pixels {
    colour_type: u8,
    bits: u8,
    /// Grey level of each sample value (≤ 8 bits) or palette index; transparent ones are white.
    grey: Vec<u8>,
    /// RGB of each palette index, composed on white.
    palette: Vec<[u8; 3]>,
    palette_is_grey: bool,
    /// The transparent RGB value (high bytes of 16-bit samples).
    transparent_rgb: Option<[u8; 3]>,
    transparent_grey16: Option<u8>,
    samples: std::cell::RefCell<Vec<u8>>,
}

/// `value` with `alpha` over white.
fn over_white(value: u8, alpha: u8) -> u8 {
    ((u32::from(value) * u32::from(alpha) + 255 * (255 - u32::from(alpha)) + 127) / 255) as u8
}

impl Pixels {
    fn new(h: &Header) -> Self {
        let t = &h.transparency;
        let sample16 = |i: usize| t.get(i..i + 2).map(|b| u16::from_be_bytes([b[0], b[1]]));
        let mut grey = Vec::new();
        if h.colour_type == 0 && h.bits <= 8 {
            let max = (1u16 << h.bits) - 1;
            let transparent = sample16(0);
            grey = (0..=max)
                .map(|v| if Some(v) == transparent { 255 } else { (u32::from(v) * 255 / u32::from(max)) as u8 })
                .collect();
        }
        let palette: Vec<[u8; 3]> = h
            .palette
            .iter()
            .enumerate()
            .map(|(i, rgb)| {
                let alpha = t.get(i).copied().unwrap_or(255);
                rgb.map(|c| over_white(c, alpha))
            })
            .collect();
        let palette_is_grey = palette.iter().all(|[r, g, b]| r == g && g == b);
        if h.colour_type == 3 {
            grey = palette.iter().map(|p| p[0]).collect();
        }
        let transparent_rgb = (h.colour_type == 2)
            .then(|| {
                Some([sample16(0)?, sample16(2)?, sample16(4)?].map(|v| {
                    if h.bits == 16 {
                        (v >> 8) as u8
                    } else {
                        v as u8
                    }
                }))
            })
            .flatten();
        let transparent_grey16 =
            (h.colour_type == 0 && h.bits == 16).then(|| sample16(0).map(|v| (v >> 8) as u8)).flatten();
        Pixels {
            colour_type: h.colour_type,
            bits: h.bits,
            grey,
            palette,
            palette_is_grey,
            transparent_rgb,
            transparent_grey16,
            samples: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// Converts `width` pixels of a row into `out`; `true` when they are RGB, `false` when grey.
    fn convert(&self, row: &[u8], width: usize, out: &mut Vec<u8>) -> bool {
        let mut samples = self.samples.borrow_mut();
        // Unscaled: grey levels and palette indices go through lookup tables; 8- and 16-bit samples need none.
        let channels = match self.colour_type {
            2 => 3,
            4 => 2,
            6 => 4,
            _ => 1,
        };
        raster::unpack(row, self.bits, width * channels, true, false, &mut samples);
        out.clear();
        match self.colour_type {
            0 if self.bits == 16 => {
                out.extend(samples.iter().map(|&v| if Some(v) == self.transparent_grey16 { 255 } else { v }));
                false
            }
            0 => {
                out.extend(samples.iter().map(|&v| self.grey.get(usize::from(v)).copied().unwrap_or(255)));
                false
            }
            3 if self.palette_is_grey => {
                out.extend(samples.iter().map(|&i| self.grey.get(usize::from(i)).copied().unwrap_or(255)));
                false
            }
            3 => {
                for &i in samples.iter() {
                    out.extend_from_slice(self.palette.get(usize::from(i)).unwrap_or(&[255; 3]));
                }
                true
            }
            4 => {
                out.extend(samples.chunks_exact(2).map(|s| over_white(s[0], s[1])));
                false
            }
            2 => {
                for s in samples.chunks_exact(3) {
                    let rgb = [s[0], s[1], s[2]];
                    out.extend_from_slice(if Some(rgb) == self.transparent_rgb { &[255; 3] } else { &rgb });
                }
                true
            }
            _ => {
                for s in samples.chunks_exact(4) {
                    out.extend_from_slice(&[over_white(s[0], s[3]), over_white(s[1], s[3]), over_white(s[2], s[3])]);
                }
                true
            }
        }
    }
}

/// Assembles the seven passes of an Adam7 image, then scans its rows in order.
fn interlaced(header: &Header, pixels: &Pixels, data: &mut Inflater, scan: &mut InkScan) -> Result<(), Message> {
    let (width, height) = (header.width as usize, header.height as usize);
    let rgb = matches!(header.colour_type, 2 | 6) || (header.colour_type == 3 && !pixels.palette_is_grey);
    let depth = if rgb { 3 } else { 1 };
    let mut canvas = vec![255u8; width * height * depth];
    let mut converted = Vec::new();
    for (x0, y0, dx, dy) in ADAM7 {
        let pass_width = width.saturating_sub(x0).div_ceil(dx);
        let pass_height = height.saturating_sub(y0).div_ceil(dy);
        if pass_width == 0 || pass_height == 0 {
            continue;
        }
        let row_bytes = header.row_bytes(pass_width);
        let mut row = vec![0u8; row_bytes + 1];
        let mut previous = vec![0u8; row_bytes + 1];
        for r in 0..pass_height {
            if !data.fill(&mut row) {
                return Err(message!("png-interlaced-image-data"));
            }
            unfilter(&mut row, &previous, header.filter_step())?;
            pixels.convert(row.get(1..).unwrap_or(&[]), pass_width, &mut converted);
            let y = y0 + r * dy;
            let Some(line) = canvas.get_mut(y * width * depth..(y + 1) * width * depth) else { continue };
            for (i, pixel) in converted.chunks_exact(depth).enumerate() {
                let x = x0 + i * dx;
                if let Some(target) = line.get_mut(x * depth..(x + 1) * depth) {
                    target.copy_from_slice(pixel);
                }
            }
            std::mem::swap(&mut row, &mut previous);
        }
    }
    for (y, line) in canvas.chunks_exact(width * depth).enumerate() {
        if rgb {
            scan.rgb_row(y as u32, line);
        } else {
            scan.grey_row(y as u32, line);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::drawings::Colour;
    use crate::parse::zip::crc32;

    fn chunk(out: &mut Vec<u8>, kind: [u8; 4], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        let start = out.len();
        out.extend(kind);
        out.extend(data);
        let crc = crc32(&out[start..]);
        out.extend(crc.to_be_bytes());
    }

    /// Filters a row with the given filter type (as an encoder would).
    fn filter(kind: u8, row: &[u8], previous: &[u8], step: usize) -> Vec<u8> {
        let mut out = vec![kind];
        for i in 0..row.len() {
            let left = if i >= step { row[i - step] } else { 0 };
            let up = previous.get(i).copied().unwrap_or(0);
            let upper_left = if i >= step { previous.get(i - step).copied().unwrap_or(0) } else { 0 };
            let predicted = match kind {
                0 => 0,
                1 => left,
                2 => up,
                3 => ((u16::from(left) + u16::from(up)) / 2) as u8,
                _ => paeth(left, up, upper_left),
            };
            out.push(row[i].wrapping_sub(predicted));
        }
        out
    }

    struct Image {
        width: u32,
        height: u32,
        bits: u8,
        colour_type: u8,
        /// Packed rows of samples.
        rows: Vec<Vec<u8>>,
        extra: Vec<([u8; 4], Vec<u8>)>,
    }

    fn encode(image: &Image) -> Vec<u8> {
        let channels = match image.colour_type {
            2 => 3,
            4 => 2,
            6 => 4,
            _ => 1,
        };
        let step = (channels * image.bits as usize).div_ceil(8);
        let mut raw = Vec::new();
        let mut previous = Vec::new();
        for (y, row) in image.rows.iter().enumerate() {
            raw.extend(filter((y % 5) as u8, row, &previous, step));
            previous = row.clone();
        }
        png_file(image, &miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6), false)
    }

    fn png_file(image: &Image, idat: &[u8], interlaced: bool) -> Vec<u8> {
        let mut out = SIGNATURE.to_vec();
        let mut ihdr = Vec::new();
        ihdr.extend(image.width.to_be_bytes());
        ihdr.extend(image.height.to_be_bytes());
        ihdr.extend([image.bits, image.colour_type, 0, 0, u8::from(interlaced)]);
        chunk(&mut out, *b"IHDR", &ihdr);
        for (kind, data) in &image.extra {
            chunk(&mut out, *kind, data);
        }
        // Split the image data over two chunks, as encoders do.
        let half = idat.len() / 2;
        chunk(&mut out, *b"IDAT", &idat[..half]);
        chunk(&mut out, *b"IDAT", &idat[half..]);
        chunk(&mut out, *b"IEND", &[]);
        out
    }

    fn phys_dpi(dpi: u32) -> ([u8; 4], Vec<u8>) {
        let ppm = (f64::from(dpi) / 0.0254).round() as u32;
        let mut data = Vec::new();
        data.extend(ppm.to_be_bytes());
        data.extend(ppm.to_be_bytes());
        data.push(1);
        (*b"pHYs", data)
    }

    fn in_box(x: u32, y: u32) -> bool {
        (20..80).contains(&x) && (10..60).contains(&y) && (x == 20 || x == 79 || y == 10 || y == 59)
    }

    fn rgb_rows(width: u32, height: u32, paint: impl Fn(u32, u32) -> [u8; 3]) -> Vec<Vec<u8>> {
        (0..height).map(|y| (0..width).flat_map(|x| paint(x, y)).collect()).collect()
    }

    #[test]
    fn an_rgb_drawing_with_a_resolution_gives_millimetres_and_is_black_and_white() {
        let image = Image {
            width: 100,
            height: 70,
            bits: 8,
            colour_type: 2,
            rows: rgb_rows(100, 70, |x, y| if in_box(x, y) { [0, 0, 0] } else { [255, 255, 255] }),
            extra: vec![phys_dpi(254)],
        };
        let drawings = read(&encode(&image), &Limits::default()).unwrap();
        let sheet = &drawings.sheets[0];
        let dpi = sheet.raster.as_ref().unwrap().dpi.unwrap();
        assert!((dpi.0 - 254.0).abs() < 0.1);
        let content = sheet.content.unwrap();
        let got = [content.left, content.top, content.right, content.bottom];
        assert!(got.iter().zip([2.0, 1.0, 8.0, 6.0]).all(|(g, e)| (g - e).abs() < 0.1), "{got:?}");
        assert_eq!(sheet.frame, sheet.content);
        assert_eq!(sheet.colour, Colour::BlackAndWhite);
        assert!((sheet.size.unwrap().width - 10.0).abs() < 0.01);
    }

    #[test]
    fn grey_palette_alpha_and_bilevel_images_are_read() {
        // 1-bit grey: 0 is black.
        let bilevel_rows: Vec<Vec<u8>> = (0..70)
            .map(|y| {
                let mut row = vec![0xFFu8; 13];
                for x in 0..100 {
                    if in_box(x, y) {
                        row[(x / 8) as usize] &= !(0x80 >> (x % 8));
                    }
                }
                row
            })
            .collect();
        let image = Image { width: 100, height: 70, bits: 1, colour_type: 0, rows: bilevel_rows, extra: vec![] };
        let sheet = &read(&encode(&image), &Limits::default()).unwrap().sheets[0];
        assert_eq!(sheet.raster.as_ref().unwrap().pixel_type, PixelType::Bilevel);
        assert_eq!((sheet.size, sheet.content), (None, None));
        assert_eq!(sheet.colour, Colour::BlackAndWhite);

        // 4-bit palette with a red entry and a transparent black one.
        let palette = ([255, 255, 255, 200, 0, 0, 0, 0, 0]).to_vec();
        let rows: Vec<Vec<u8>> = (0..70)
            .map(|y| {
                let index = |x: u32| {
                    if in_box(x, y) {
                        1
                    } else if y > 65 {
                        2
                    } else {
                        0
                    }
                };
                (0..50).map(|i| index(i * 2) << 4 | index(i * 2 + 1)).collect()
            })
            .collect();
        let image = Image {
            width: 100,
            height: 70,
            bits: 4,
            colour_type: 3,
            rows,
            extra: vec![(*b"PLTE", palette), (*b"tRNS", vec![255, 255, 0]), phys_dpi(100)],
        };
        let sheet = &read(&encode(&image), &Limits::default()).unwrap().sheets[0];
        assert_eq!(sheet.colour, Colour::Colour);
        // The transparent black entry (bottom rows, odd columns) is paper.
        assert!((sheet.content.unwrap().bottom - 60.0 * 0.254).abs() < 0.3, "{:?}", sheet.content);

        // 16-bit grey and alpha: a mid-grey fill is greyscale.
        let rows: Vec<Vec<u8>> = (0..70)
            .map(|y| {
                (0..100)
                    .flat_map(|x| if (30..70).contains(&x) && y > 20 { [128, 0, 255, 255] } else { [0, 0, 0, 0] })
                    .collect()
            })
            .collect();
        let image = Image { width: 100, height: 70, bits: 16, colour_type: 4, rows, extra: vec![] };
        let sheet = &read(&encode(&image), &Limits::default()).unwrap().sheets[0];
        assert_eq!(sheet.colour, Colour::Greyscale);
    }

    #[test]
    fn interlaced_images_are_assembled() {
        let (width, height) = (37u32, 29u32);
        let ink = |x: u32, y: u32| (5..30).contains(&x) && (3..25).contains(&y) && (x == 5 || y == 24);
        let mut raw = Vec::new();
        for (x0, y0, dx, dy) in ADAM7 {
            let pass_width = (width as usize).saturating_sub(x0).div_ceil(dx);
            let pass_height = (height as usize).saturating_sub(y0).div_ceil(dy);
            if pass_width == 0 {
                continue;
            }
            for r in 0..pass_height {
                raw.push(0);
                for i in 0..pass_width {
                    let (x, y) = ((x0 + i * dx) as u32, (y0 + r * dy) as u32);
                    raw.push(if ink(x, y) { 0 } else { 255 });
                }
            }
        }
        let image = Image { width, height, bits: 8, colour_type: 0, rows: vec![], extra: vec![phys_dpi(254)] };
        let bytes = png_file(&image, &miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6), true);
        let sheet = &read(&bytes, &Limits::default()).unwrap().sheets[0];
        assert!(sheet.raster.as_ref().unwrap().interlaced);
        let c = sheet.content.unwrap();
        let got = [c.left, c.top, c.right, c.bottom];
        assert!(got.iter().zip([0.5, 0.3, 3.0, 2.5]).all(|(g, e)| (g - e).abs() < 0.02), "{got:?}");
    }

    #[test]
    fn huge_truncated_and_damaged_files_give_errors_without_panics() {
        let image = Image { width: 200_000, height: 200_000, bits: 8, colour_type: 0, rows: vec![], extra: vec![] };
        let started = std::time::Instant::now();
        let err = read(&png_file(&image, &[], false), &Limits::default()).unwrap_err().to_string();
        assert!(err.contains("limit"), "{err}");
        assert!(started.elapsed().as_millis() < 100);
        let image = Image {
            width: 64,
            height: 64,
            bits: 8,
            colour_type: 6,
            rows: (0..64).map(|y| (0..64).flat_map(|x| [x as u8, y as u8, 9, 255]).collect()).collect(),
            extra: vec![],
        };
        let bytes = encode(&image);
        assert!(read(&bytes, &Limits::default()).is_ok());
        for cut in 0..bytes.len() {
            let _ = read(&bytes[..cut], &Limits::default());
        }
        let mut damaged = bytes.clone();
        for i in (40..damaged.len()).step_by(7) {
            damaged[i] ^= 0x5A;
        }
        let _ = read(&damaged, &Limits::default());
    }
}

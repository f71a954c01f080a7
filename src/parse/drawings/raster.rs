//! Measures the pixels of an image row by row, without keeping the image: where the ink is, whether a frame
//! surrounds it, and whether it holds grey or colour beyond anti-aliasing. Used by every raster reader and by the
//! PDF reader for embedded scans. Also holds what the raster readers share: the size check, sample unpacking and
//! the mapping of pixels to a sheet in millimetres.
//!
//! Grey and colour are judged by *cores*, not by single pixels: a pixel counts as grey (colour) only when its
//! neighbours to the left and above are grey (colour) too. The edges of anti-aliased or JPEG-compressed black lines
//! are one or two pixels deep, so they never form a core, while a grey fill, a photograph or a coloured line does.

use super::look::{self, Thumb};
use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::drawings::{Colour, Raster, Rect, Sheet, Size};

/// A pixel darker than this (0 black … 255 white) is ink.
const INK: u8 = 160;
/// A pixel at least this light (and without colour) is paper; scanners rarely give paper a full 255.
const PAPER: u8 = 224;
/// Tones from this up to `PAPER` are grey; darker ones are the black of lines, even in a poor scan.
const GREY_DARKEST: u8 = 96;
/// Colour beyond this (the spread of R, G and B) is colour rather than the tint of paper or JPEG noise.
const COLOUR_CHROMA: u8 = 48;
/// A pixel this colourful is ink however light it is (a yellow line).
const INK_CHROMA: u8 = 96;
/// Side of a grey core and of a colour core, in pixels.
const GREY_CORE: u32 = 3;
const COLOUR_CORE: u32 = 2;
/// Pixels handled at once when skipping paper.
const CHUNK: usize = 32;
/// The longest side an image may have: a column array per side is kept. 2^18 pixels are 11 m at 600 dpi.
pub const MAX_SIDE: u64 = 1 << 18;

/// A rectangle of pixels, `right` and `bottom` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PixelRect {
    pub left: u32,
    pub top: u32,
    pub right: u32,
    pub bottom: u32,
}

/// What the pixels of an image hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ink {
    /// The extent of the ink; `None` for a blank image.
    pub extent: Option<PixelRect>,
    /// A rectangle of lines around the rest of the ink.
    pub frame: Option<PixelRect>,
    pub colour: Colour,
}

/// Accumulates an image's rows (in any order; grey and colour cores assume rows arrive top to bottom).
pub struct InkScan {
    width: u32,
    height: u32,
    /// Topmost and bottommost ink row of each column (`u32::MAX` and 0 without ink): the frame's top and bottom
    /// lines are the topmost and bottommost ink of nearly every column.
    column_top: Vec<u32>,
    column_bottom: Vec<u32>,
    /// Leftmost and rightmost (exclusive) ink column of each row (`u32::MAX` and 0 without ink).
    row_left: Vec<u32>,
    row_right: Vec<u32>,
    /// Per column, the current vertical streak of grey (colour) pixels: its first and its latest row. Kept as
    /// rows rather than as counts so that paper needs no writes.
    grey_streaks: Vec<Streak>,
    colour_streaks: Vec<Streak>,
    /// Pixels that are not paper.
    painted: u64,
    grey_core: u64,
    colour_core: u64,
    /// The image downscaled, when the sheets' looks are asked for (`look::capture`).
    thumb: Option<Thumb>,
}

/// What one row has found so far.
struct RowState {
    grey_run: u32,
    colour_run: u32,
    left: u32,
    right: u32,
}

#[derive(Clone, Copy)]
struct Streak {
    first: u32,
    last: u32,
}

impl Streak {
    const NONE: Streak = Streak { first: u32::MAX, last: u32::MAX };

    /// Extends the streak to row `y`; its length in rows.
    #[inline]
    fn extend(&mut self, y: u32) -> u32 {
        if self.last == u32::MAX || self.last.wrapping_add(1) != y {
            self.first = y;
        }
        self.last = y;
        y.saturating_sub(self.first) + 1
    }
}

/// The lightest byte: a chunk of pixels is paper when it is light enough. Fixed-size chunks vectorise.
#[inline]
fn lightest<const N: usize>(bytes: &[u8]) -> u8 {
    match <&[u8; N]>::try_from(bytes) {
        Ok(chunk) => chunk.iter().fold(u8::MAX, |a, &b| a.min(b)),
        Err(_) => bytes.iter().fold(u8::MAX, |a, &b| a.min(b)),
    }
}

impl InkScan {
    /// A scan of an image of `width` × `height` pixels; the caller has checked the size with [`check_size`].
    #[must_use]
    pub fn new(width: u32, height: u32) -> Self {
        let (w, h) = (width as usize, height as usize);
        InkScan {
            width,
            height,
            column_top: vec![u32::MAX; w],
            column_bottom: vec![0; w],
            row_left: vec![u32::MAX; h],
            row_right: vec![0; h],
            grey_streaks: vec![Streak::NONE; w],
            colour_streaks: vec![Streak::NONE; w],
            painted: 0,
            grey_core: 0,
            colour_core: 0,
            thumb: look::capturing().then(|| Thumb::new(width, height)),
        }
    }

    /// Adds row `y` of 8-bit grey pixels (0 black).
    pub fn grey_row(&mut self, y: u32, row: &[u8]) {
        if y >= self.height {
            return;
        }
        let row = row.get(..self.width as usize).unwrap_or(row);
        let mut state = RowState { grey_run: 0, colour_run: 0, left: u32::MAX, right: 0 };
        for (i, chunk) in row.chunks(CHUNK).enumerate() {
            if lightest::<CHUNK>(chunk) >= PAPER {
                state.grey_run = 0;
                continue;
            }
            for (j, &luma) in chunk.iter().enumerate() {
                if luma >= PAPER {
                    state.grey_run = 0;
                } else {
                    self.pixel(&mut state, i * CHUNK + j, y, luma, 0);
                }
            }
        }
        self.end_row(y, &state);
    }

    /// Adds row `y` of 8-bit RGB pixels.
    pub fn rgb_row(&mut self, y: u32, row: &[u8]) {
        self.colour_row::<false>(y, row);
    }

    /// Adds row `y` of 8-bit BGR pixels (BMP's order), without reordering them first.
    pub fn bgr_row(&mut self, y: u32, row: &[u8]) {
        self.colour_row::<true>(y, row);
    }

    fn colour_row<const BGR: bool>(&mut self, y: u32, row: &[u8]) {
        if y >= self.height {
            return;
        }
        let row = row.get(..self.width as usize * 3).unwrap_or(row);
        let mut state = RowState { grey_run: 0, colour_run: 0, left: u32::MAX, right: 0 };
        for (i, chunk) in row.chunks(CHUNK * 3).enumerate() {
            // All three channels light: paper, without colour to speak of.
            if lightest::<{ CHUNK * 3 }>(chunk) >= PAPER {
                state.grey_run = 0;
                state.colour_run = 0;
                continue;
            }
            for (j, p) in chunk.chunks_exact(3).enumerate() {
                let (r, g, b) = if BGR { (p[2], p[1], p[0]) } else { (p[0], p[1], p[2]) };
                if r.min(g).min(b) >= PAPER {
                    state.grey_run = 0;
                    state.colour_run = 0;
                    continue;
                }
                let chroma = r.max(g).max(b) - r.min(g).min(b);
                self.pixel(&mut state, i * CHUNK + j, y, luma_of(r, g, b), chroma);
            }
        }
        self.end_row(y, &state);
    }

    /// Adds row `y` of 1-bit pixels packed most significant bit first; `one_is_black` says what a set bit means.
    /// Paper is skipped 64 pixels at a time and ink is added as runs.
    pub fn bit_row(&mut self, y: u32, row: &[u8], one_is_black: bool) {
        let width = self.width as usize;
        let mut run_start: Option<usize> = None;
        for (i, chunk) in row.chunks(8).enumerate() {
            let base = i * 64;
            if base >= width {
                break;
            }
            let mut bytes = [if one_is_black { 0 } else { 0xFF }; 8];
            bytes.iter_mut().zip(chunk).for_each(|(b, &c)| *b = c);
            let mut word = u64::from_be_bytes(bytes);
            if !one_is_black {
                word = !word;
            }
            let valid = (width - base).min(64) as u32;
            if valid < 64 {
                word &= !(u64::MAX >> valid);
            }
            let mut bit = 0u32;
            while bit < 64 {
                let rest = word << bit;
                if let Some(start) = run_start {
                    bit += rest.leading_ones();
                    if bit < 64 {
                        self.ink_run(y, start, base + bit as usize);
                        run_start = None;
                    }
                } else {
                    if rest == 0 {
                        break;
                    }
                    bit += rest.leading_zeros();
                    run_start = Some(base + bit as usize);
                }
            }
        }
        if let Some(start) = run_start {
            self.ink_run(y, start, width);
        }
    }

    /// Adds row `y` of a bilevel image given as the columns where its colour changes, as CCITT decoders give them:
    /// the row starts white, `changes[0]..changes[1]` is black, `changes[2]..changes[3]` too, and so on; with an
    /// odd count the row ends black.
    pub fn run_row(&mut self, y: u32, changes: &[u32]) {
        let width = self.width as usize;
        for pair in changes.chunks(2) {
            let start = pair.first().map_or(width, |&x| x as usize);
            let end = pair.get(1).map_or(width, |&x| x as usize);
            self.ink_run(y, start.min(width), end.min(width));
        }
    }

    /// Ink from column `start` up to `end` of row `y`.
    fn ink_run(&mut self, y: u32, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let (Some(tops), Some(bottoms)) = (self.column_top.get_mut(start..end), self.column_bottom.get_mut(start..end))
        else {
            return;
        };
        tops.iter_mut().for_each(|top| *top = (*top).min(y));
        bottoms.iter_mut().for_each(|bottom| *bottom = (*bottom).max(y));
        if let (Some(left), Some(right)) = (self.row_left.get_mut(y as usize), self.row_right.get_mut(y as usize)) {
            *left = (*left).min(start as u32);
            *right = (*right).max(end as u32);
        }
        self.painted += (end - start) as u64;
        if let Some(thumb) = &mut self.thumb {
            thumb.black(y, start, end);
        }
    }

    /// Adds pixel `x` of row `y`, one that is not plain paper.
    #[inline]
    fn pixel(&mut self, row: &mut RowState, x: usize, y: u32, luma: u8, chroma: u8) {
        if let Some(thumb) = &mut self.thumb {
            thumb.pixel(x, y, luma);
        }
        if luma < INK || chroma >= INK_CHROMA {
            if let (Some(top), Some(bottom)) = (self.column_top.get_mut(x), self.column_bottom.get_mut(x)) {
                *top = (*top).min(y);
                *bottom = (*bottom).max(y);
            }
            row.left = row.left.min(x as u32);
            row.right = x as u32 + 1;
        }
        let colourful = chroma > COLOUR_CHROMA;
        self.painted += u64::from(colourful || luma < PAPER);
        if !colourful && (GREY_DARKEST..PAPER).contains(&luma) {
            row.grey_run += 1;
            let depth = self.grey_streaks.get_mut(x).map_or(0, |s| s.extend(y));
            self.grey_core += u64::from(depth >= GREY_CORE && row.grey_run >= GREY_CORE);
        } else {
            row.grey_run = 0;
        }
        if colourful {
            row.colour_run += 1;
            let depth = self.colour_streaks.get_mut(x).map_or(0, |s| s.extend(y));
            let core = depth >= COLOUR_CORE && row.colour_run >= COLOUR_CORE;
            // A strong colour needs no core: a thin coloured line of a rendered image is one pixel wide.
            let strong_line = chroma >= INK_CHROMA && (depth >= 2 || row.colour_run >= 2);
            self.colour_core += u64::from(core || strong_line);
        } else {
            row.colour_run = 0;
        }
    }

    fn end_row(&mut self, y: u32, row: &RowState) {
        if row.left < row.right {
            if let (Some(left), Some(right)) = (self.row_left.get_mut(y as usize), self.row_right.get_mut(y as usize)) {
                *left = (*left).min(row.left);
                *right = (*right).max(row.right);
            }
        }
    }

    /// What the pixels hold; when looks are asked for, the image's picture is left for `look::capture`.
    #[must_use]
    pub fn finish(mut self) -> Ink {
        if let Some(thumb) = self.thumb.take() {
            look::deposit(thumb.finish().encode());
        }
        // A trace of colour (a coloured dot, scanner fringes) is not a colour drawing; nor is a speck of grey.
        let colour = if self.colour_core >= 16 && self.colour_core * 200 >= self.painted {
            Colour::Colour
        } else if self.grey_core >= 256 && self.grey_core * 20 >= self.painted {
            Colour::Greyscale
        } else {
            Colour::BlackAndWhite
        };
        let extent = self.extent();
        let frame = extent.filter(|e| self.is_frame(e));
        Ink { extent, frame, colour }
    }

    fn extent(&self) -> Option<PixelRect> {
        let top = self.row_right.iter().position(|&right| right > 0)?;
        let bottom = self.row_right.iter().rposition(|&right| right > 0)?;
        let left = self.row_left.iter().copied().min()?;
        let right = self.row_right.iter().copied().max()?;
        Some(PixelRect { left, top: top as u32, right, bottom: bottom as u32 + 1 })
    }

    /// Whether the ink's outermost ink is a rectangle of lines: the topmost ink of nearly every column lies in a
    /// band at the top of the extent, the bottommost in a band at its bottom, and likewise for rows. The bands
    /// allow for line width and for the skew of a scan (a line across a sheet spans a few rows).
    fn is_frame(&self, e: &PixelRect) -> bool {
        let (w, h) = (e.right - e.left, e.bottom - e.top);
        if w < 16 || h < 16 {
            return false;
        }
        let band_y = 4 + w / 100;
        let band_x = 4 + h / 100;
        if band_y * 4 > h || band_x * 4 > w {
            return false;
        }
        let mostly = |hits: usize, of: usize| of > 0 && hits * 10 >= of * 9;
        let columns = (e.left + band_x) as usize..(e.right - band_x) as usize;
        let rows = (e.top + band_y) as usize..(e.bottom - band_y) as usize;
        let (Some(tops), Some(bottoms)) = (self.column_top.get(columns.clone()), self.column_bottom.get(columns))
        else {
            return false;
        };
        let (Some(lefts), Some(rights)) = (self.row_left.get(rows.clone()), self.row_right.get(rows)) else {
            return false;
        };
        let top_line = tops.iter().filter(|&&top| top < e.top + band_y).count();
        let bottom_line =
            bottoms.iter().zip(tops).filter(|&(&bottom, &top)| top != u32::MAX && bottom + band_y >= e.bottom);
        let left_line = lefts.iter().filter(|&&left| left < e.left + band_x).count();
        let right_line = rights.iter().filter(|&&right| right > 0 && right + band_x > e.right);
        mostly(top_line, tops.len())
            && mostly(bottom_line.count(), bottoms.len())
            && mostly(left_line, lefts.len())
            && mostly(right_line.count(), rights.len())
    }
}

/// Rec. 601 luma, in integers.
#[inline]
fn luma_of(r: u8, g: u8, b: u8) -> u8 {
    ((u32::from(r) * 77 + u32::from(g) * 150 + u32::from(b) * 29) >> 8) as u8
}

/// Checks an image's declared size before anything is allocated for it.
///
/// # Errors
/// When the image has no pixels or more than the limits allow.
pub fn check_size(width: u64, height: u64, limits: &Limits) -> Result<(), Message> {
    if width == 0 || height == 0 {
        return Err(message!("raster-image-has-no"));
    }
    let pixels = width.saturating_mul(height);
    if pixels > limits.image_pixels {
        return Err(message!(
            "raster-image-has-pixels",
            width = width,
            height = height,
            million = limits.image_pixels / 1_000_000
        ));
    }
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(message!("raster-image-pixels-more", width = width, height = height, limit = MAX_SIDE));
    }
    Ok(())
}

/// A resolution the file states, in dots per inch; `None` unless both directions are plausible.
#[must_use]
pub fn dpi(x: f64, y: f64) -> Option<(f32, f32)> {
    let plausible = |d: f64| d.is_finite() && (1.0..=100_000.0).contains(&d);
    (plausible(x) && plausible(y)).then_some((x as f32, y as f32))
}

/// The sheet an image is: its size, ink and frame in millimetres when the resolution is known.
#[must_use]
pub fn sheet(number: u32, raster: Raster, ink: &Ink) -> Sheet {
    let scale = raster.dpi.map(|(x, y)| (25.4 / x, 25.4 / y));
    let to_mm = |r: PixelRect| {
        scale.map(|(sx, sy)| Rect {
            left: r.left as f32 * sx,
            top: r.top as f32 * sy,
            right: r.right as f32 * sx,
            bottom: r.bottom as f32 * sy,
        })
    };
    let content = ink.extent.and_then(to_mm);
    Sheet {
        number,
        size: scale.map(|(sx, sy)| Size { width: raster.width_px as f32 * sx, height: raster.height_px as f32 * sy }),
        content,
        frame: ink.frame.and_then(to_mm),
        graphics: content,
        colour: ink.colour,
        texts: None,
        raster: Some(raster),
        text_layer: Default::default(),
    }
}

/// Unpacks `count` samples of `bits` (1, 2, 4, 8 or 16; most significant bits first) into one byte each:
/// `scale` stretches them to 0–255 (grey levels), otherwise they stay as they are (palette indices). 16-bit
/// samples keep their high byte. Missing samples of a short row are 0.
pub fn unpack(src: &[u8], bits: u8, count: usize, big_endian: bool, scale: bool, out: &mut Vec<u8>) {
    out.clear();
    match bits {
        8 => out.extend(src.iter().take(count)),
        16 => out.extend(src.chunks_exact(2).take(count).map(|s| if big_endian { s[0] } else { s[1] })),
        1 | 2 | 4 => {
            let per_byte = 8 / usize::from(bits);
            let mask = (1u8 << bits) - 1;
            let factor = if scale { 255 / mask } else { 1 };
            'bytes: for &byte in src {
                for k in 0..per_byte {
                    if out.len() >= count {
                        break 'bytes;
                    }
                    let shift = 8 - usize::from(bits) * (k + 1);
                    out.push(((byte >> shift) & mask) * factor);
                }
            }
        }
        _ => {}
    }
    out.resize(count, 0);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grey_image(width: u32, height: u32, paint: impl Fn(u32, u32) -> u8) -> Ink {
        let mut scan = InkScan::new(width, height);
        for y in 0..height {
            let row: Vec<u8> = (0..width).map(|x| paint(x, y)).collect();
            scan.grey_row(y, &row);
        }
        scan.finish()
    }

    fn rgb_image(width: u32, height: u32, paint: impl Fn(u32, u32) -> [u8; 3]) -> Ink {
        let mut scan = InkScan::new(width, height);
        for y in 0..height {
            let row: Vec<u8> = (0..width).flat_map(|x| paint(x, y)).collect();
            scan.rgb_row(y, &row);
        }
        scan.finish()
    }

    #[test]
    fn a_box_of_lines_is_a_frame_and_its_extent_is_measured() {
        let ink = grey_image(40, 30, |x, y| {
            let on_box = (5..25).contains(&y) && (5..35).contains(&x) && (y == 5 || y == 24 || x == 5 || x == 34);
            if on_box {
                0
            } else {
                255
            }
        });
        assert_eq!(ink.extent, Some(PixelRect { left: 5, top: 5, right: 35, bottom: 25 }));
        assert_eq!(ink.frame, ink.extent);
        assert_eq!(ink.colour, Colour::BlackAndWhite);
    }

    #[test]
    fn a_skewed_frame_with_a_figure_inside_is_a_frame() {
        // A frame of 3-pixel lines skewed by one pixel in 100, around a cross.
        let ink = grey_image(600, 800, |x, y| {
            let (sx, sy) = (i64::from(x) + i64::from(y) / 100, i64::from(y) - i64::from(x) / 100);
            let frame = (20..580).contains(&sx)
                && (20..780).contains(&sy)
                && !((23..577).contains(&sx) && (23..777).contains(&sy));
            let cross = (x == 300 && (200..600).contains(&y)) || (y == 400 && (150..450).contains(&x));
            if frame || cross {
                0
            } else {
                255
            }
        });
        let e = ink.extent.unwrap();
        assert!(ink.frame.is_some(), "{e:?}");
    }

    #[test]
    fn a_figure_without_a_frame_has_none() {
        let ink = grey_image(200, 200, |x, y| {
            let (dx, dy) = (i64::from(x) - 100, i64::from(y) - 100);
            if (dx * dx + dy * dy - 80 * 80).abs() < 160 {
                0
            } else {
                255
            }
        });
        assert!(ink.extent.is_some());
        assert_eq!(ink.frame, None);
        // An open shape: three sides of a box.
        let ink = grey_image(100, 100, |x, y| {
            if (10..90).contains(&x) && (10..90).contains(&y) && (x == 10 || x == 89 || y == 89) {
                0
            } else {
                255
            }
        });
        assert_eq!(ink.frame, None);
    }

    #[test]
    fn anti_aliased_black_lines_stay_black_and_white() {
        // Lines at fractional positions: each has a grey edge of one or two pixels on both sides.
        let ink = grey_image(300, 300, |x, y| {
            let diagonal = (x as f32 - y as f32 * 0.7).abs();
            let horizontal = (y as f32 - 150.5).abs();
            let vertical = (x as f32 - 40.5).abs();
            let d = diagonal.min(horizontal).min(vertical);
            (d.clamp(0.5, 2.0) * 170.0 - 85.0).clamp(0.0, 255.0) as u8
        });
        assert_eq!(ink.colour, Colour::BlackAndWhite);
    }

    #[test]
    fn jpeg_like_noise_around_black_lines_is_not_colour() {
        let ink = rgb_image(200, 200, |x, y| {
            let noise = ((x * 7 + y * 13) % 23) as u8;
            if x % 20 < 3 {
                [noise, 20 + noise, noise / 2]
            } else if x % 20 == 3 {
                [180 + noise, 140 + noise, 200 - noise]
            } else {
                [255 - noise, 250 - noise / 2, 255]
            }
        });
        assert_eq!(ink.colour, Colour::BlackAndWhite);
    }

    #[test]
    fn grey_fills_and_photographs_are_greyscale() {
        let fill = grey_image(100, 100, |x, y| if (20..60).contains(&x) && (20..60).contains(&y) { 128 } else { 255 });
        assert_eq!(fill.colour, Colour::Greyscale);
        assert_eq!(fill.extent, Some(PixelRect { left: 20, top: 20, right: 60, bottom: 60 }));
        let photo = rgb_image(64, 64, |x, y| {
            let v = (100 + (x * 3 + y) % 100) as u8;
            [v, v + 2, v]
        });
        assert_eq!(photo.colour, Colour::Greyscale);
    }

    #[test]
    fn coloured_lines_are_colour_and_rgb_black_and_white_is_not() {
        let red = rgb_image(100, 100, |x, y| if x % 10 < 2 && y > 10 { [220, 20, 20] } else { [255, 255, 255] });
        assert_eq!(red.colour, Colour::Colour);
        let yellow = rgb_image(50, 50, |x, _| if (10..14).contains(&x) { [250, 240, 0] } else { [255, 255, 255] });
        assert_eq!(yellow.colour, Colour::Colour);
        assert_eq!(yellow.extent, Some(PixelRect { left: 10, top: 0, right: 14, bottom: 50 }));
        let thin = rgb_image(100, 100, |x, y| if y == 50 && x > 5 { [0, 0, 230] } else { [255, 255, 255] });
        assert_eq!(thin.colour, Colour::Colour);
        let bw = rgb_image(100, 100, |x, y| if x == y || x == 50 { [0, 0, 0] } else { [255, 255, 255] });
        assert_eq!(bw.colour, Colour::BlackAndWhite);
    }

    #[test]
    fn bits_and_runs_give_the_same_extent() {
        let (width, height) = (150u32, 20u32);
        let ink_at =
            |x: u32, y: u32| (y == 3 && (7..140).contains(&x)) || (x == 64 && (3..18).contains(&y)) || x == 149;
        let mut bits = InkScan::new(width, height);
        let mut inverted = InkScan::new(width, height);
        let mut runs = InkScan::new(width, height);
        for y in 0..height {
            let mut row = vec![0u8; width.div_ceil(8) as usize];
            let mut changes = Vec::new();
            let mut previous = false;
            for x in 0..width {
                let ink = ink_at(x, y);
                if ink {
                    row[(x / 8) as usize] |= 0x80 >> (x % 8);
                }
                if ink != previous {
                    changes.push(x);
                    previous = ink;
                }
            }
            bits.bit_row(y, &row, true);
            let flipped: Vec<u8> = row.iter().map(|b| !b).collect();
            inverted.bit_row(y, &flipped, false);
            runs.run_row(y, &changes);
        }
        let expected = Some(PixelRect { left: 7, top: 0, right: 150, bottom: 20 });
        assert_eq!(bits.finish().extent, expected);
        assert_eq!(inverted.finish().extent, expected);
        assert_eq!(runs.finish().extent, expected);
    }

    #[test]
    fn a_blank_image_has_no_extent_and_sizes_are_checked() {
        let ink = grey_image(30, 30, |_, _| 250);
        assert_eq!(ink.extent, None);
        assert_eq!(ink.frame, None);
        let limits = Limits::default();
        assert!(check_size(7000, 10000, &limits).is_ok());
        assert!(check_size(100_000, 100_000, &limits).unwrap_err().to_string().contains("limit"));
        assert!(check_size(u64::MAX, u64::MAX, &limits).is_err());
        assert!(check_size(0, 10, &limits).is_err());
        assert!(check_size(1_000_000, 2, &limits).is_err());
    }

    #[test]
    fn samples_unpack_to_bytes() {
        let mut out = Vec::new();
        unpack(&[0b1011_0000], 2, 3, true, true, &mut out);
        assert_eq!(out, [170, 255, 0]);
        unpack(&[0x12, 0x34, 0x56, 0x78], 16, 2, false, true, &mut out);
        assert_eq!(out, [0x34, 0x78]);
        unpack(&[0xA5], 4, 3, true, false, &mut out);
        assert_eq!(out, [0xA, 0x5, 0]);
    }
}

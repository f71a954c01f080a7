//! How a sheet looks, for the page to draw beneath its overlays, made from what the readers already see: the paths
//! and glyph outlines a PDF page paints (`Paths`, fed by the PDF device) and the rows of every image the readers
//! decode (`Thumb`, fed by `raster::InkScan`). No renderer: paths are flattened and quantised to SVG path data at
//! screen scale, images downscaled by averaging to small greyscale PNGs. Both are bounded in bytes per sheet, so a
//! hostile file cannot make the page's share large, and the work is what reading the file already does.

use std::cell::RefCell;
use std::fmt::Write;

use hayro_interpret::kurbo::{flatten, Affine, BezPath, PathEl, Point, Shape as _};

use crate::model::drawings::LookImage;

/// Millimetres per unit of the paths' coordinates: a sheet drawn 400 px high shows 0.74 mm a pixel.
pub const UNIT_MM: f64 = 0.2;
/// Bytes of path data per sheet; past it the smallest shapes are left out.
pub const PATH_BYTES: usize = 48 * 1024;
/// The longer side of an image's picture, in pixels.
pub const PICTURE_SIDE: u32 = 400;
/// Bytes of one picture's `data:` URL; a larger one is halved until it fits (three times at most).
pub const PICTURE_BYTES: usize = 48 * 1024;
/// Pictures drawn on one sheet: the largest images.
pub const PICTURES_PER_SHEET: usize = 4;
/// Pictures made while one file is read (a TIFF of many pages): about 50 MB at most.
const FILE_PICTURES: usize = 1_000;

/// One shape as SVG path data, absolute at its start and relative after.
struct Shape {
    /// The longer side of its box, in mm: what is left out first is the smallest.
    size: f64,
    stroke: bool,
    order: u32,
    data: String,
}

/// The paths of one sheet, simplified as they are added and kept within `PATH_BYTES`.
#[derive(Default)]
pub struct Paths {
    shapes: Vec<Shape>,
    bytes: usize,
    /// Shapes no larger than this are left out (the budget was reached with larger ones).
    floor: f64,
    added: u32,
    pub dropped: u32,
}

/// Ten metres: no sheet is this large (A0 is 1,189 mm); a shape this large or this far away is not drawn.
const FAR_MM: f64 = 10_000.0;

impl Paths {
    /// Adds a path drawn with `transform` (to mm from the top-left corner), filled or stroked.
    pub fn add(&mut self, path: &BezPath, transform: Affine, stroke: bool) {
        let path = transform * path.clone();
        let bounds = path.bounding_box();
        let size = bounds.width().max(bounds.height());
        if !size.is_finite() || !bounds.x0.is_finite() || !bounds.y0.is_finite() {
            return;
        }
        // Far larger than any sheet, or far off it: a hostile transform, whose flattening would take forever.
        if size > FAR_MM || bounds.x0.abs() > FAR_MM || bounds.y0.abs() > FAR_MM {
            self.dropped += 1;
            return;
        }
        // Smaller than half a unit: nothing to see at screen scale.
        if size < UNIT_MM / 2.0 {
            return;
        }
        if size <= self.floor {
            self.dropped += 1;
            return;
        }
        let Some(data) = path_data(&path) else {
            self.dropped += 1;
            return;
        };
        self.bytes += data.len();
        self.shapes.push(Shape { size, stroke, order: self.added, data });
        self.added = self.added.saturating_add(1);
        if self.bytes > 2 * PATH_BYTES {
            self.prune(PATH_BYTES);
        }
    }

    /// Keeps the largest shapes that fit in `budget` bytes.
    fn prune(&mut self, budget: usize) {
        if self.bytes <= budget {
            return;
        }
        self.shapes.sort_by(|a, b| b.size.total_cmp(&a.size));
        let mut kept = 0;
        let mut bytes = 0;
        for shape in &self.shapes {
            if bytes + shape.data.len() > budget {
                self.floor = self.floor.max(shape.size);
                break;
            }
            bytes += shape.data.len();
            kept += 1;
        }
        self.dropped = self.dropped.saturating_add(u32::try_from(self.shapes.len() - kept).unwrap_or(u32::MAX));
        self.shapes.truncate(kept);
        self.bytes = bytes;
    }

    /// The filled and the stroked shapes as path data, in the order they were drawn.
    #[must_use]
    pub fn finish(mut self) -> (String, String, u32) {
        self.prune(PATH_BYTES);
        self.shapes.sort_by_key(|s| s.order);
        let (mut fill, mut stroke) = (String::new(), String::new());
        for shape in self.shapes {
            if shape.stroke { &mut stroke } else { &mut fill }.push_str(&shape.data);
        }
        (fill, stroke, self.dropped)
    }
}

/// A path (in mm) flattened to lines and quantised to `UNIT_MM`: absolute at its start, relative after, segments
/// shorter than a unit left out. `None` when it is nothing but points, or longer than `PATH_BYTES` alone.
fn path_data(path: &BezPath) -> Option<String> {
    let quantise = |p: Point| ((p.x / UNIT_MM).round() as i64, (p.y / UNIT_MM).round() as i64);
    let mut data = String::new();
    let mut current = (0, 0);
    let mut start = (0, 0);
    // The last command written, which a pair of numbers may continue (`l`, or `m`: a relative moveto's further
    // pairs are relative linetos).
    let mut last = ' ';
    let mut drawn = false;
    let mut too_long = false;
    let pair = |data: &mut String, separated: bool, (x, y): (i64, i64)| {
        if separated && x >= 0 {
            data.push(' ');
        }
        let _ = write!(data, "{x}");
        if y >= 0 {
            data.push(' ');
        }
        let _ = write!(data, "{y}");
    };
    // A segment not yet written: the next one in the same direction lengthens it.
    let mut pending: Option<(i64, i64)> = None;
    let flush = |data: &mut String, last: &mut char, pending: &mut Option<(i64, i64)>| {
        if let Some(delta) = pending.take() {
            let continues = matches!(*last, 'l' | 'm');
            if !continues {
                data.push('l');
            }
            pair(data, continues, delta);
            *last = 'l';
        }
    };
    flatten(path.elements().iter().copied(), UNIT_MM / 2.0, |element| {
        if too_long {
            return;
        }
        match element {
            PathEl::MoveTo(p) => {
                flush(&mut data, &mut last, &mut pending);
                let q = quantise(p);
                if data.is_empty() {
                    let _ = write!(data, "M{} {}", q.0, q.1);
                    last = 'M';
                } else {
                    data.push('m');
                    pair(&mut data, false, (q.0 - current.0, q.1 - current.1));
                    last = 'm';
                }
                current = q;
                start = q;
            }
            PathEl::LineTo(p) => {
                let q = quantise(p);
                if q == current || data.is_empty() {
                    return;
                }
                let delta = (q.0 - current.0, q.1 - current.1);
                pending = match pending {
                    Some(p) if p.0 * delta.1 == p.1 * delta.0 && p.0 * delta.0 + p.1 * delta.1 > 0 => {
                        Some((p.0 + delta.0, p.1 + delta.1))
                    }
                    _ => {
                        flush(&mut data, &mut last, &mut pending);
                        Some(delta)
                    }
                };
                current = q;
                drawn = true;
            }
            PathEl::ClosePath => {
                flush(&mut data, &mut last, &mut pending);
                if !data.is_empty() && last != 'z' {
                    data.push('z');
                    last = 'z';
                    current = start;
                }
            }
            _ => {}
        }
        too_long = data.len() > PATH_BYTES;
    });
    flush(&mut data, &mut last, &mut pending);
    too_long |= data.len() > PATH_BYTES;
    (drawn && !too_long).then_some(data)
}

/// An image downscaled while its rows are read: the darkness of the pixels of each picture pixel, summed.
pub struct Thumb {
    width: u32,
    height: u32,
    columns: u32,
    rows: u32,
    darkness: Vec<u64>,
}

impl Thumb {
    /// A picture of an image of `width` × `height` pixels, its longer side at most `PICTURE_SIDE`.
    #[must_use]
    pub fn new(width: u32, height: u32) -> Thumb {
        let (width, height) = (width.max(1), height.max(1));
        let longer = width.max(height);
        let scale = |side: u32| {
            if longer <= PICTURE_SIDE {
                side
            } else {
                u32::try_from(u64::from(side) * u64::from(PICTURE_SIDE) / u64::from(longer)).unwrap_or(1).max(1)
            }
        };
        let (columns, rows) = (scale(width), scale(height));
        Thumb { width, height, columns, rows, darkness: vec![0; columns as usize * rows as usize] }
    }

    #[inline]
    fn cell(&self, x: usize, y: u32) -> usize {
        if x >= self.width as usize {
            return usize::MAX;
        }
        let column = (x as u64 * u64::from(self.columns) / u64::from(self.width)) as usize;
        let row = (u64::from(y) * u64::from(self.rows) / u64::from(self.height)) as usize;
        row * self.columns as usize + column
    }

    /// Adds a pixel that is not paper: `luma` 0 black … 255 white.
    #[inline]
    pub fn pixel(&mut self, x: usize, y: u32, luma: u8) {
        let cell = self.cell(x, y);
        if let Some(sum) = self.darkness.get_mut(cell) {
            *sum += u64::from(255 - luma);
        }
    }

    /// Adds black pixels from column `start` up to `end` of row `y`.
    pub fn black(&mut self, y: u32, start: usize, end: usize) {
        for x in start..end.min(self.width as usize) {
            let cell = self.cell(x, y);
            if let Some(sum) = self.darkness.get_mut(cell) {
                *sum += 255;
            }
        }
    }

    /// The picture: 8-bit grey, in 16 tones (smaller once compressed; enough at this size).
    #[must_use]
    pub fn finish(self) -> Grey {
        let span = |cells: u32, side: u32, i: u32| {
            let first = (u64::from(i) * u64::from(side)).div_ceil(u64::from(cells));
            let end = (u64::from(i + 1) * u64::from(side)).div_ceil(u64::from(cells));
            (end - first).max(1)
        };
        let mut pixels = Vec::with_capacity(self.darkness.len());
        for row in 0..self.rows {
            let high = span(self.rows, self.height, row);
            for column in 0..self.columns {
                let count = high * span(self.columns, self.width, column);
                let sum = self.darkness.get(row as usize * self.columns as usize + column as usize).copied();
                let dark = (sum.unwrap_or(0) / count).min(255) as u8;
                pixels.push(tone(255 - dark));
            }
        }
        Grey { width: self.columns, height: self.rows, pixels }
    }
}

/// A grey level rounded to one of 16 tones.
fn tone(luma: u8) -> u8 {
    ((u16::from(luma) + 8) / 17 * 17).min(255) as u8
}

/// A greyscale picture, 8 bits a pixel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grey {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

impl Grey {
    /// Half the size, averaging each 2 × 2 block.
    fn halved(&self) -> Grey {
        let (w, h) = ((self.width / 2).max(1), (self.height / 2).max(1));
        let at = |x: u32, y: u32| {
            let (x, y) = (x.min(self.width - 1), y.min(self.height - 1));
            u32::from(self.pixels.get((y * self.width + x) as usize).copied().unwrap_or(255))
        };
        let mut pixels = Vec::with_capacity((w * h) as usize);
        for y in 0..h {
            for x in 0..w {
                let sum = at(2 * x, 2 * y) + at(2 * x + 1, 2 * y) + at(2 * x, 2 * y + 1) + at(2 * x + 1, 2 * y + 1);
                pixels.push(tone((sum / 4) as u8));
            }
        }
        Grey { width: w, height: h, pixels }
    }

    /// The picture as a PNG `data:` URL within `PICTURE_BYTES`, halved until it fits; `None` when it never does.
    #[must_use]
    pub fn encode(&self) -> Option<Picture> {
        let mut grey = std::borrow::Cow::Borrowed(self);
        for _ in 0..4 {
            let src = format!("data:image/png;base64,{}", base64(&png(&grey)));
            if src.len() <= PICTURE_BYTES {
                return Some(Picture { width: grey.width, height: grey.height, src });
            }
            if grey.width <= 1 && grey.height <= 1 {
                break;
            }
            grey = std::borrow::Cow::Owned(grey.halved());
        }
        None
    }
}

/// A picture ready for the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub src: String,
}

impl Picture {
    /// Placed on a sheet by `to_sheet`, which maps the whole image (`image_width` × `image_height` of its own
    /// pixels) to the sheet.
    #[must_use]
    pub fn placed(&self, to_sheet: Affine, image_width: f64, image_height: f64) -> LookImage {
        let scale =
            Affine::scale_non_uniform(image_width / f64::from(self.width), image_height / f64::from(self.height));
        let c = (to_sheet * scale).as_coeffs();
        LookImage {
            width: self.width,
            height: self.height,
            matrix: [c[0] as f32, c[1] as f32, c[2] as f32, c[3] as f32, c[4] as f32, c[5] as f32],
            src: self.src.clone(),
        }
    }
}

/// An 8-bit greyscale PNG.
fn png(grey: &Grey) -> Vec<u8> {
    let width = grey.width as usize;
    let mut raw = Vec::with_capacity((width + 1) * grey.height as usize);
    for row in grey.pixels.chunks(width.max(1)) {
        raw.push(0); // filter: none
        raw.extend_from_slice(row);
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&grey.width.to_be_bytes());
    header.extend_from_slice(&grey.height.to_be_bytes());
    header.extend_from_slice(&[8, 0, 0, 0, 0]);
    chunk(&mut out, *b"IHDR", &header);
    chunk(&mut out, *b"IDAT", &miniz_oxide::deflate::compress_to_vec_zlib(&raw, 9));
    chunk(&mut out, *b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: [u8; 4], data: &[u8]) {
    out.extend_from_slice(&u32::try_from(data.len()).unwrap_or(u32::MAX).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(&kind);
    out.extend_from_slice(data);
    let crc = crc32(out.get(start..).unwrap_or(&[]));
    out.extend_from_slice(&crc.to_be_bytes());
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = u32::MAX;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for group in bytes.chunks(3) {
        let b = [group[0], group.get(1).copied().unwrap_or(0), group.get(2).copied().unwrap_or(0)];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= group.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

// Pictures are asked for around a whole read (`capture`): every `InkScan` made meanwhile keeps a `Thumb` and leaves
// its picture here when it finishes, so that the readers need no second path for them.
thread_local! {
    static CAPTURED: RefCell<Option<Captured>> = const { RefCell::new(None) };
}

struct Captured {
    pictures: Vec<Option<Picture>>,
    /// Pictures made in all, taken back or not: at most `FILE_PICTURES`.
    made: usize,
}

/// Runs `read` with pictures made of every image it decodes; returns them, in the order the images finished.
pub fn capture<T>(read: impl FnOnce() -> T) -> (T, Vec<Option<Picture>>) {
    /// Ends the capture however `read` returns.
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            CAPTURED.with(|c| c.borrow_mut().take());
        }
    }
    CAPTURED.with(|c| *c.borrow_mut() = Some(Captured { pictures: Vec::new(), made: 0 }));
    let reset = Reset;
    let value = read();
    let pictures = CAPTURED.with(|c| c.borrow_mut().take()).map(|c| c.pictures).unwrap_or_default();
    drop(reset);
    (value, pictures)
}

/// Whether an image decoded now should make a picture.
#[must_use]
pub fn capturing() -> bool {
    CAPTURED.with(|c| c.borrow().as_ref().is_some_and(|c| c.made < FILE_PICTURES))
}

/// Leaves a finished image's picture (`None`: it did not fit the budget).
pub fn deposit(picture: Option<Picture>) {
    CAPTURED.with(|c| {
        if let Some(captured) = c.borrow_mut().as_mut() {
            captured.pictures.push(picture);
            captured.made += 1;
        }
    });
}

/// Takes back the picture of the image that finished last.
#[must_use]
pub fn take_last() -> Option<Picture> {
    CAPTURED.with(|c| c.borrow_mut().as_mut().and_then(|c| c.pictures.pop()).flatten())
}

#[cfg(test)]
mod tests {
    use super::*;
    use hayro_interpret::kurbo::{Circle, Rect};

    fn decode_base64(text: &str) -> Vec<u8> {
        let value = |c: u8| match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            _ => 63,
        };
        let mut out = Vec::new();
        for group in text.as_bytes().chunks(4) {
            let n = group.iter().take_while(|&&c| c != b'=').fold(0u32, |n, &c| n << 6 | u32::from(value(c)));
            let digits = group.iter().filter(|&&c| c != b'=').count();
            let n = n << (6 * (4 - digits));
            out.extend(n.to_be_bytes()[1..digits].iter());
        }
        out
    }

    #[test]
    fn base64_round_trips() {
        for bytes in [&b""[..], b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"] {
            assert_eq!(decode_base64(&base64(bytes)), bytes);
        }
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(b"fo"), "Zm8=");
    }

    #[test]
    fn crc_is_png_crc() {
        assert_eq!(crc32(b"IEND"), 0xAE42_6082);
    }

    #[test]
    fn paths_are_quantised_and_relative() {
        let mut paths = Paths::default();
        let rect = Rect::new(10.0, 20.0, 30.0, 25.0).to_path(0.1);
        paths.add(&rect, Affine::IDENTITY, true);
        let (fill, stroke, dropped) = paths.finish();
        assert_eq!(fill, "");
        assert_eq!(stroke, "M50 100l100 0 0 25-100 0z");
        assert_eq!(dropped, 0);
    }

    #[test]
    fn sub_unit_shapes_and_segments_are_left_out() {
        let mut paths = Paths::default();
        paths.add(&Rect::new(1.0, 1.0, 1.05, 1.05).to_path(0.1), Affine::IDENTITY, false);
        let mut wiggle = BezPath::new();
        wiggle.move_to((0.0, 0.0));
        for i in 0..1000 {
            wiggle.line_to((f64::from(i) * 0.01, f64::from(i % 2) * 0.01));
        }
        paths.add(&wiggle, Affine::IDENTITY, true);
        let (fill, stroke, _) = paths.finish();
        assert_eq!(fill, "");
        // 10 mm of line whose wiggles are far below a unit: a few segments, not a thousand.
        assert!(stroke.len() < 200, "{stroke}");
    }

    #[test]
    fn many_shapes_stay_within_the_budget_smallest_left_out() {
        let mut paths = Paths::default();
        let big = Rect::new(0.0, 0.0, 200.0, 280.0).to_path(0.1);
        paths.add(&big, Affine::IDENTITY, true);
        for i in 0..100_000 {
            let x = f64::from(i % 300) * 0.6;
            let y = f64::from(i / 300) * 0.8;
            paths.add(&Circle::new((x, y), 0.3).to_path(0.01), Affine::IDENTITY, false);
        }
        let (fill, stroke, dropped) = paths.finish();
        assert!(fill.len() + stroke.len() <= PATH_BYTES, "{}", fill.len() + stroke.len());
        assert!(stroke.starts_with("M0 0l1000 0"), "the largest shape is kept: {stroke}");
        assert!(dropped > 50_000, "{dropped}");
    }

    #[test]
    fn hostile_paths_give_no_panic() {
        let mut paths = Paths::default();
        let mut path = BezPath::new();
        path.move_to((f64::NAN, 1.0));
        path.line_to((f64::INFINITY, f64::NEG_INFINITY));
        paths.add(&path, Affine::IDENTITY, false);
        let mut huge = BezPath::new();
        huge.move_to((-1e300, -1e300));
        huge.line_to((1e300, 1e300));
        paths.add(&huge, Affine::scale(1e10), true);
        paths.add(&BezPath::new(), Affine::new([f64::NAN; 6]), true);
        let mut long = BezPath::new();
        long.move_to((0.0, 0.0));
        for i in 0..200_000 {
            long.line_to((f64::from(i % 1000), f64::from(i / 1000)));
        }
        paths.add(&long, Affine::IDENTITY, false);
        // A curve a hundred thousand kilometres across, or a small one far away: dropped, not flattened.
        let mut curve = BezPath::new();
        curve.move_to((0.0, 0.0));
        curve.curve_to((1e11, 0.0), (1e11, 1e11), (0.0, 1e11));
        paths.add(&curve, Affine::IDENTITY, true);
        let mut far = BezPath::new();
        far.move_to((1e9, 1e9));
        far.curve_to((1e9 + 10.0, 1e9), (1e9 + 10.0, 1e9 + 10.0), (1e9, 1e9 + 10.0));
        paths.add(&far, Affine::IDENTITY, true);
        let (fill, stroke, dropped) = paths.finish();
        assert!(fill.len() + stroke.len() <= PATH_BYTES);
        assert!(dropped >= 2, "{dropped}");
    }

    #[test]
    fn thumbnail_averages_and_is_bounded() {
        let (w, h) = (2480, 3508);
        let mut thumb = Thumb::new(w, h);
        // The left half black.
        for y in 0..h {
            thumb.black(y, 0, 1240);
        }
        let grey = thumb.finish();
        assert_eq!((grey.width, grey.height), (282, 400));
        assert_eq!(grey.pixels[0], 0);
        assert_eq!(grey.pixels[281], 255);
        let picture = grey.encode().expect("a half-black page compresses well");
        assert!(picture.src.len() <= PICTURE_BYTES);
        assert!(picture.src.starts_with("data:image/png;base64,iVBORw0KGgo"));
    }

    #[test]
    fn noise_is_halved_until_it_fits() {
        let mut thumb = Thumb::new(400, 400);
        let mut seed = 12345u32;
        for y in 0..400 {
            for x in 0..400 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                thumb.pixel(x, y, (seed >> 16) as u8);
            }
        }
        let picture = thumb.finish().encode().expect("halved, it fits");
        assert!(picture.width < 400 && picture.src.len() <= PICTURE_BYTES);
    }

    #[test]
    fn hostile_sizes_give_no_panic() {
        for (w, h) in [(0, 0), (1, 1), (1, 262_144), (262_144, 1), (3, 5)] {
            let mut thumb = Thumb::new(w, h);
            thumb.black(0, 0, usize::MAX);
            thumb.black(u32::MAX, 5, 2);
            thumb.pixel(usize::MAX, u32::MAX, 0);
            let grey = thumb.finish();
            assert!(grey.width <= PICTURE_SIDE && grey.height <= PICTURE_SIDE);
            assert!(grey.encode().is_some());
        }
    }
}

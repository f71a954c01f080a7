//! TIFF drawings to sheets: one sheet per page (IFD). Pages are read strip by strip (or tile row by tile row) and
//! handed to `InkScan` a row at a time, so that memory stays at a row (a band of tiles) whatever the page size;
//! CCITT pages go to it as runs, never expanded to pixels.

use std::collections::BTreeSet;

use hayro_ccitt::{DecodeSettings, DecoderContext, EncodingMode};
use miniz_oxide::inflate::stream::{inflate, InflateState};
use miniz_oxide::{DataFormat, MZFlush, MZStatus};

use super::raster::{self, InkScan};
use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::drawings::{Compression, Drawings, ImageFormat, PixelType, Raster, Sheet};

/// Bytes of a band of tiles held at once (a tiled 600-dpi A4 RGB page needs 15 MB for 256-row tiles).
const MAX_BAND: usize = 256 << 20;
/// Entries of one IFD that are looked at; real files have a few dozen.
const MAX_ENTRIES: usize = 4_096;

/// Reads a TIFF file.
///
/// # Errors
/// When the file is malformed, unsupported or over a limit: the reason, for the `input/unreadable` finding.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Drawings, Message> {
    let file = Tiff::new(bytes).ok_or_else(|| message!("tiff-not-file"))?;
    let mut sheets = Vec::new();
    let mut seen = BTreeSet::new();
    let mut offset = file.u32(4).ok_or_else(|| message!("tiff-header-cut-off"))?;
    while offset != 0 {
        if !seen.insert(offset) {
            break; // A cycle in the page chain: every page has been read once.
        }
        if sheets.len() >= limits.sheets {
            return Err(message!("tiff-has-more-than", limit = limits.sheets));
        }
        let number = sheets.len() as u32 + 1;
        let ifd = file.ifd(offset).ok_or_else(|| message!("tiff-page-file-cut", page = number))?;
        let sheet = page(&file, &ifd, number, limits).map_err(|e| message!("tiff-page", page = number, reason = e))?;
        sheets.push(sheet);
        offset = ifd.next;
    }
    if sheets.is_empty() {
        return Err(message!("tiff-file-has-no"));
    }
    Ok(Drawings { format: ImageFormat::Tiff, pdf: None, sheets })
}

/// The resolution an EXIF block (a TIFF structure) states, for JPEG files.
pub(super) fn exif_dpi(bytes: &[u8]) -> Option<(f32, f32)> {
    let file = Tiff::new(bytes)?;
    let ifd = file.ifd(file.u32(4)?)?;
    resolution(&file, &ifd)
}

/// A TIFF file's bytes and byte order.
struct Tiff<'a> {
    bytes: &'a [u8],
    big_endian: bool,
}

/// One field of an IFD.
#[derive(Clone, Copy)]
struct Entry {
    tag: u16,
    kind: u16,
    count: u32,
    /// Where the values are: in the entry itself when they fit in four bytes.
    at: usize,
}

struct Ifd {
    entries: Vec<Entry>,
    next: u32,
}

impl<'a> Tiff<'a> {
    fn new(bytes: &'a [u8]) -> Option<Self> {
        let big_endian = match bytes.get(..4)? {
            [b'I', b'I', 42, 0] => false,
            [b'M', b'M', 0, 42] => true,
            _ => return None,
        };
        Some(Tiff { bytes, big_endian })
    }

    fn u16(&self, at: usize) -> Option<u16> {
        let b: [u8; 2] = self.bytes.get(at..at.checked_add(2)?)?.try_into().ok()?;
        Some(if self.big_endian { u16::from_be_bytes(b) } else { u16::from_le_bytes(b) })
    }

    fn u32(&self, at: usize) -> Option<u32> {
        let b: [u8; 4] = self.bytes.get(at..at.checked_add(4)?)?.try_into().ok()?;
        Some(if self.big_endian { u32::from_be_bytes(b) } else { u32::from_le_bytes(b) })
    }

    fn ifd(&self, offset: u32) -> Option<Ifd> {
        let at = offset as usize;
        let count = usize::from(self.u16(at)?).min(MAX_ENTRIES);
        let mut entries = Vec::with_capacity(count);
        for i in 0..count {
            let e = at + 2 + i * 12;
            let (Some(tag), Some(kind), Some(count)) = (self.u16(e), self.u16(e + 2), self.u32(e + 4)) else {
                break; // A cut-off IFD keeps the entries that are there.
            };
            let size = match kind {
                1 | 2 | 6 | 7 => 1usize,
                3 | 8 => 2,
                4 | 9 | 11 => 4,
                5 | 10 | 12 => 8,
                _ => continue,
            };
            let bytes = size.saturating_mul(count as usize);
            let at = if bytes <= 4 { e + 8 } else { self.u32(e + 8)? as usize };
            entries.push(Entry { tag, kind, count, at });
        }
        let next = self.u32(at + 2 + count * 12).unwrap_or(0);
        Some(Ifd { entries, next })
    }

    /// Value `i` of an integer field.
    fn value(&self, entry: &Entry, i: usize) -> Option<u64> {
        if i >= entry.count as usize {
            return None;
        }
        match entry.kind {
            1 | 7 => self.bytes.get(entry.at.checked_add(i)?).map(|&b| u64::from(b)),
            3 => self.u16(entry.at.checked_add(i * 2)?).map(u64::from),
            4 => self.u32(entry.at.checked_add(i * 4)?).map(u64::from),
            _ => None,
        }
    }

    /// All values of an integer field; fields cannot hold more values than the file has bytes.
    fn values(&self, entry: &Entry) -> Vec<u64> {
        (0..entry.count as usize).map_while(|i| self.value(entry, i)).collect()
    }

    fn rational(&self, entry: &Entry) -> Option<f64> {
        match entry.kind {
            5 => {
                let (n, d) = (self.u32(entry.at)?, self.u32(entry.at.checked_add(4)?)?);
                (d != 0).then(|| f64::from(n) / f64::from(d))
            }
            11 => {
                let bits = self.u32(entry.at)?;
                Some(f64::from(f32::from_bits(bits)))
            }
            _ => self.value(entry, 0).map(|v| v as f64),
        }
    }
}

impl Ifd {
    fn entry(&self, tag: u16) -> Option<&Entry> {
        self.entries.iter().find(|e| e.tag == tag)
    }
}

/// Tags read.
mod tag {
    pub const WIDTH: u16 = 256;
    pub const HEIGHT: u16 = 257;
    pub const BITS: u16 = 258;
    pub const COMPRESSION: u16 = 259;
    pub const PHOTOMETRIC: u16 = 262;
    pub const FILL_ORDER: u16 = 266;
    pub const STRIP_OFFSETS: u16 = 273;
    pub const SAMPLES: u16 = 277;
    pub const ROWS_PER_STRIP: u16 = 278;
    pub const STRIP_BYTES: u16 = 279;
    pub const X_RESOLUTION: u16 = 282;
    pub const Y_RESOLUTION: u16 = 283;
    pub const PLANAR: u16 = 284;
    pub const T4_OPTIONS: u16 = 292;
    pub const RESOLUTION_UNIT: u16 = 296;
    pub const PREDICTOR: u16 = 317;
    pub const COLOUR_MAP: u16 = 320;
    pub const TILE_WIDTH: u16 = 322;
    pub const TILE_LENGTH: u16 = 323;
    pub const TILE_OFFSETS: u16 = 324;
    pub const TILE_BYTES: u16 = 325;
}

fn resolution(file: &Tiff, ifd: &Ifd) -> Option<(f32, f32)> {
    let x = file.rational(ifd.entry(tag::X_RESOLUTION)?)?;
    let y = ifd.entry(tag::Y_RESOLUTION).and_then(|e| file.rational(e)).unwrap_or(x);
    let unit = ifd.entry(tag::RESOLUTION_UNIT).and_then(|e| file.value(e, 0)).unwrap_or(2);
    match unit {
        2 => raster::dpi(x, y),
        3 => raster::dpi(x * 2.54, y * 2.54),
        _ => None, // Aspect ratio only.
    }
}

/// How a page's samples are laid out, for turning rows of them into what `InkScan` takes.
struct Layout {
    width: usize,
    bits: u8,
    samples: usize,
    photometric: u16,
    big_endian: bool,
    /// RGB of each palette index (photometric 3).
    palette: Vec<[u8; 3]>,
    predictor: bool,
}

impl Layout {
    /// Bytes of a row of `width` pixels.
    fn row_bytes(&self, width: usize) -> usize {
        (width * self.samples * usize::from(self.bits)).div_ceil(8)
    }
}

fn page(file: &Tiff, ifd: &Ifd, number: u32, limits: &Limits) -> Result<Sheet, Message> {
    let field = |tag: u16| ifd.entry(tag).and_then(|e| file.value(e, 0));
    let width = field(tag::WIDTH).ok_or_else(|| message!("tiff-page-has-no"))?;
    let height = field(tag::HEIGHT).ok_or_else(|| message!("tiff-page-has-no-height"))?;
    raster::check_size(width, height, limits)?;
    let compression_code = field(tag::COMPRESSION).unwrap_or(1);
    let samples = field(tag::SAMPLES).unwrap_or(1).clamp(1, 16) as usize;
    let bits = field(tag::BITS).unwrap_or(1);
    let photometric = field(tag::PHOTOMETRIC).unwrap_or(if matches!(compression_code, 2..=4) { 0 } else { 1 }) as u16;
    let compression = match compression_code {
        1 => Compression::None,
        2 | 3 => Compression::CcittG3,
        4 => Compression::CcittG4,
        5 => Compression::Lzw,
        8 | 32946 => Compression::Deflate,
        32773 => Compression::PackBits,
        6 | 7 => Compression::JpegBaseline,
        _ => Compression::Other,
    };
    let pixel_type = match (photometric, bits, samples) {
        (0 | 1, 1, 1) => PixelType::Bilevel,
        (0 | 1, _, _) => PixelType::Grey,
        (2, _, _) => PixelType::Rgb,
        (3, _, _) => PixelType::Palette,
        (5, _, _) => PixelType::Cmyk,
        _ => PixelType::Other,
    };
    let info = Raster {
        width_px: width as u32,
        height_px: height as u32,
        dpi: resolution(file, ifd),
        pixel_type,
        bits_per_sample: bits.min(255) as u8,
        compression,
        jfif: false,
        frames: 1,
        interlaced: false,
    };
    let (width, height) = (width as u32, height as u32);
    if !matches!(bits, 1 | 2 | 4 | 8 | 16) {
        return Err(message!("tiff-bit-samples-not", bits = bits));
    }
    let bits = bits as u8;
    let mut palette = Vec::new();
    match photometric {
        0 | 1 if samples <= 2 => {}
        2 if samples >= 3 && bits >= 8 => {}
        5 if samples >= 4 && bits == 8 => {}
        3 if samples == 1 && bits <= 8 => {
            let map = ifd.entry(tag::COLOUR_MAP).map(|e| file.values(e)).unwrap_or_default();
            let colours = 1usize << bits;
            if map.len() < colours * 3 {
                return Err(message!("tiff-palette-missing"));
            }
            let level = |v: u64| (v >> 8).min(255) as u8;
            palette =
                (0..colours).map(|i| [level(map[i]), level(map[colours + i]), level(map[2 * colours + i])]).collect();
        }
        _ => {
            return Err(message!(
                "tiff-colour-model-samples",
                photometric = photometric,
                samples = samples,
                bits = bits
            ))
        }
    }
    if samples > 1 && field(tag::PLANAR).unwrap_or(1) == 2 {
        return Err(message!("tiff-separate-colour-planes"));
    }
    let layout = Layout {
        width: width as usize,
        bits,
        samples,
        photometric,
        big_endian: file.big_endian,
        palette,
        predictor: field(tag::PREDICTOR) == Some(2),
    };
    let fill_order_reversed = field(tag::FILL_ORDER) == Some(2);
    let mut scan = InkScan::new(width, height);
    let tiled = ifd.entry(tag::TILE_OFFSETS).is_some();
    let (chunk_width, chunk_height, offsets, counts) = if tiled {
        let tile_width = field(tag::TILE_WIDTH).unwrap_or(0);
        let tile_height = field(tag::TILE_LENGTH).unwrap_or(0);
        // Tiles may overhang the image, but not by more than the image's own size (buffers follow tile sizes).
        let plausible = |tile: u64, side: u32| (1..=u64::from(side.max(16)) * 2).contains(&tile);
        if !plausible(tile_width, width) || !plausible(tile_height, height) {
            return Err(message!("tiff-tile-size-missing"));
        }
        (tile_width as u32, tile_height as u32, tag::TILE_OFFSETS, tag::TILE_BYTES)
    } else {
        let rows = field(tag::ROWS_PER_STRIP).unwrap_or(u64::from(height)).clamp(1, u64::from(height));
        (width, rows as u32, tag::STRIP_OFFSETS, tag::STRIP_BYTES)
    };
    let offsets = ifd.entry(offsets).map(|e| file.values(e)).unwrap_or_default();
    let counts = ifd.entry(counts).map(|e| file.values(e)).unwrap_or_default();
    let chunk_data = |i: usize| -> &[u8] {
        let Some(&start) = offsets.get(i) else { return &[] };
        let start = (start as usize).min(file.bytes.len());
        let count = counts.get(i).map_or(file.bytes.len(), |&c| c as usize);
        file.bytes.get(start..start.saturating_add(count).min(file.bytes.len())).unwrap_or(&[])
    };
    let across = width.div_ceil(chunk_width) as usize;
    let down = height.div_ceil(chunk_height) as usize;
    if offsets.len() < across.saturating_mul(down) {
        return Err(message!("tiff-image-data-incomplete"));
    }
    if matches!(compression_code, 2..=4) {
        if tiled || bits != 1 || samples != 1 {
            return Err(message!("tiff-ccitt-compression-read"));
        }
        let t4_options = field(tag::T4_OPTIONS).unwrap_or(0);
        let black_is_zero = photometric == 1;
        let mut y = 0;
        for strip in 0..down {
            let rows = chunk_height.min(height - y);
            let data = chunk_data(strip);
            let reversed: Vec<u8>;
            let data = if fill_order_reversed {
                reversed = data.iter().map(|b| b.reverse_bits()).collect();
                &reversed
            } else {
                data
            };
            let decoded = ccitt(data, compression_code, t4_options, width, rows, black_is_zero, &mut scan, y);
            if decoded < rows {
                return Err(message!("tiff-ccitt-image-data"));
            }
            y += rows;
        }
    } else {
        let mut decoder = RowDecoder::new(compression_code)?;
        let mut rows = RowSink::new(&layout);
        let tile_row_bytes = layout.row_bytes(chunk_width as usize);
        let mut row = vec![0u8; tile_row_bytes];
        // A band of tile rows, for tiles; strips go straight to the scan.
        let band_bytes = layout.row_bytes(width as usize).checked_mul(chunk_height as usize).filter(|&b| b <= MAX_BAND);
        let mut band = match (across, band_bytes) {
            (1, _) => Vec::new(),
            (_, Some(bytes)) => vec![0u8; bytes],
            (_, None) => return Err(message!("tiff-tiles-too-large")),
        };
        let band_row_bytes = layout.row_bytes(width as usize);
        let pixel_bits = layout.samples * usize::from(bits);
        for band_index in 0..down {
            let top = band_index as u32 * chunk_height;
            let band_rows = chunk_height.min(height - top) as usize;
            for column in 0..across {
                let data = chunk_data(band_index * across + column);
                decoder.start(data);
                // Tiles are coded whole (padding rows included); strips only have their own rows.
                let coded_rows = if tiled { chunk_height as usize } else { band_rows };
                for r in 0..coded_rows {
                    if !decoder.row(&mut row) {
                        return Err(message!("tiff-image-data-damaged"));
                    }
                    if r >= band_rows {
                        continue;
                    }
                    if layout.predictor {
                        undo_predictor(&mut row, &layout);
                    }
                    if across == 1 {
                        rows.add(&mut scan, top + r as u32, &row);
                    } else {
                        // Tiles start on byte boundaries as long as pixels are whole bytes, which `RowSink`
                        // requires of tiles (1-bit tiles of a multiple of 8 pixels work as well).
                        let x0 = column * chunk_width as usize * pixel_bits / 8;
                        let Some(target) = band.get_mut(r * band_row_bytes + x0..(r + 1) * band_row_bytes) else {
                            continue;
                        };
                        let n = target.len().min(row.len());
                        target[..n].copy_from_slice(&row[..n]);
                    }
                }
            }
            if across > 1 {
                for (r, band_row) in band.chunks(band_row_bytes.max(1)).take(band_rows).enumerate() {
                    rows.add(&mut scan, top + r as u32, band_row);
                }
            }
        }
    }
    Ok(raster::sheet(number, info, &scan.finish()))
}

/// Feeds CCITT-coded rows to the scan as runs; returns how many rows were decoded.
#[allow(clippy::too_many_arguments)]
fn ccitt(
    data: &[u8],
    compression: u64,
    t4_options: u64,
    width: u32,
    rows: u32,
    black_is_zero: bool,
    scan: &mut InkScan,
    first_row: u32,
) -> u32 {
    let encoding = match compression {
        4 => EncodingMode::Group4,
        3 if t4_options & 1 != 0 => EncodingMode::Group3_2D,
        _ => EncodingMode::Group3_1D,
    };
    let settings = DecodeSettings {
        columns: width,
        rows,
        end_of_block: compression != 2,
        end_of_line: compression == 3,
        rows_are_byte_aligned: compression == 2 || (compression == 3 && t4_options & 4 != 0),
        encoding,
        strict: false,
    };
    struct Rows<'s> {
        scan: &'s mut InkScan,
        y: u32,
        end: u32,
        black_is_zero: bool,
        inverted: Vec<u32>,
    }
    impl hayro_ccitt::Decoder for Rows<'_> {
        fn push_row(&mut self, changes: &[u32]) {
            if self.y >= self.end {
                return;
            }
            if self.black_is_zero {
                // What the code calls white is black: the row starts black.
                self.inverted.clear();
                if changes.first() == Some(&0) {
                    self.inverted.extend_from_slice(&changes[1..]);
                } else {
                    self.inverted.push(0);
                    self.inverted.extend_from_slice(changes);
                }
                self.scan.run_row(self.y, &self.inverted);
            } else {
                self.scan.run_row(self.y, changes);
            }
            self.y += 1;
        }
    }
    let mut sink = Rows { scan, y: first_row, end: first_row + rows, black_is_zero, inverted: Vec::new() };
    let mut context = DecoderContext::new(settings);
    // An error after the last row (trailing garbage) does not matter; rows are counted instead.
    let _ = hayro_ccitt::decode(data, &mut sink, &mut context);
    sink.y - first_row
}

/// Decompresses one strip or tile a row at a time.
enum RowDecoder<'a> {
    None { data: &'a [u8] },
    PackBits { data: &'a [u8] },
    Lzw { data: &'a [u8], lzw: Option<weezl::decode::Decoder>, ended: bool },
    Deflate { data: &'a [u8], state: Box<InflateState>, ended: bool },
}

impl<'a> RowDecoder<'a> {
    fn new(compression: u64) -> Result<Self, Message> {
        Ok(match compression {
            1 => RowDecoder::None { data: &[] },
            32773 => RowDecoder::PackBits { data: &[] },
            5 => RowDecoder::Lzw { data: &[], lzw: None, ended: false },
            8 | 32946 => {
                RowDecoder::Deflate { data: &[], state: InflateState::new_boxed(DataFormat::Zlib), ended: false }
            }
            6 | 7 => return Err(message!("tiff-jpeg-compressed-not")),
            other => return Err(message!("tiff-compression-not-supported", compression = other)),
        })
    }

    fn start(&mut self, chunk: &'a [u8]) {
        match self {
            RowDecoder::None { data } | RowDecoder::PackBits { data } => *data = chunk,
            RowDecoder::Lzw { data, lzw, ended } => {
                *data = chunk;
                *ended = false;
                // Old-style (pre-6.0) LZW codes least significant bit first and starts with a clear code that
                // reads 0x00 0x01 that way.
                *lzw = Some(if chunk.starts_with(&[0, 1]) {
                    weezl::decode::Decoder::new(weezl::BitOrder::Lsb, 8)
                } else {
                    weezl::decode::Decoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8)
                });
            }
            RowDecoder::Deflate { data, state, ended } => {
                *data = chunk;
                *ended = false;
                state.reset_as(miniz_oxide::inflate::stream::MinReset);
            }
        }
    }

    /// Fills `row`; `false` when the data ends first.
    fn row(&mut self, row: &mut [u8]) -> bool {
        match self {
            RowDecoder::None { data } => {
                let Some((head, rest)) = data.split_at_checked(row.len()) else { return false };
                row.copy_from_slice(head);
                *data = rest;
                true
            }
            RowDecoder::PackBits { data } => packbits_row(data, row),
            RowDecoder::Lzw { data, lzw, ended } => {
                let Some(lzw) = lzw else { return false };
                let mut filled = 0;
                while filled < row.len() && !*ended {
                    let result = lzw.decode_bytes(data, &mut row[filled..]);
                    *data = data.get(result.consumed_in..).unwrap_or(&[]);
                    filled += result.consumed_out;
                    let progressed = result.consumed_in + result.consumed_out > 0;
                    if !matches!(result.status, Ok(weezl::LzwStatus::Ok)) || !progressed {
                        *ended = true;
                    }
                }
                filled == row.len()
            }
            RowDecoder::Deflate { data, state, ended } => {
                let mut filled = 0;
                while filled < row.len() && !*ended {
                    let result = inflate(state, data, &mut row[filled..], MZFlush::None);
                    *data = data.get(result.bytes_consumed..).unwrap_or(&[]);
                    filled += result.bytes_written;
                    match result.status {
                        Ok(MZStatus::Ok) if result.bytes_consumed + result.bytes_written > 0 => {}
                        _ => *ended = true,
                    }
                }
                filled == row.len()
            }
        }
    }
}

/// Unpacks one row of PackBits; runs may cross rows, which the TIFF specification forbids but writers do.
fn packbits_row(data: &mut &[u8], row: &mut [u8]) -> bool {
    let mut filled = 0;
    while filled < row.len() {
        let Some((&header, rest)) = data.split_first() else { return false };
        let header = header as i8;
        if header >= 0 {
            let n = header as usize + 1;
            let Some((literal, rest)) = rest.split_at_checked(n) else { return false };
            let take = n.min(row.len() - filled);
            row[filled..filled + take].copy_from_slice(&literal[..take]);
            filled += take;
            *data = rest;
        } else if header != -128 {
            let n = 1 - header as isize;
            let Some((&value, rest)) = rest.split_first() else { return false };
            let take = (n as usize).min(row.len() - filled);
            row[filled..filled + take].fill(value);
            filled += take;
            *data = rest;
        } else {
            *data = rest;
        }
    }
    true
}

/// Undoes horizontal differencing (predictor 2) of 8- and 16-bit samples.
fn undo_predictor(row: &mut [u8], layout: &Layout) {
    let step = layout.samples;
    match layout.bits {
        8 => {
            for i in step..row.len() {
                row[i] = row[i].wrapping_add(row[i - step]);
            }
        }
        16 => {
            let read = |b: &[u8], i: usize| {
                let pair = [b[2 * i], b[2 * i + 1]];
                if layout.big_endian {
                    u16::from_be_bytes(pair)
                } else {
                    u16::from_le_bytes(pair)
                }
            };
            let count = row.len() / 2;
            for i in step..count {
                let value = read(row, i).wrapping_add(read(row, i - step));
                let pair = if layout.big_endian { value.to_be_bytes() } else { value.to_le_bytes() };
                row[2 * i..2 * i + 2].copy_from_slice(&pair);
            }
        }
        _ => {}
    }
}

/// Turns rows of samples into what the scan takes.
struct RowSink<'l> {
    layout: &'l Layout,
    samples: Vec<u8>,
    pixels: Vec<u8>,
}

impl<'l> RowSink<'l> {
    fn new(layout: &'l Layout) -> Self {
        RowSink { layout, samples: Vec::new(), pixels: Vec::new() }
    }

    fn add(&mut self, scan: &mut InkScan, y: u32, row: &[u8]) {
        let l = self.layout;
        let count = l.width * l.samples;
        match l.photometric {
            0 | 1 if l.bits == 1 && l.samples == 1 => scan.bit_row(y, row, l.photometric == 0),
            1 if l.bits == 8 && l.samples == 1 => scan.grey_row(y, row),
            0 if l.bits == 8 && l.samples == 1 => {
                self.pixels.clear();
                self.pixels.extend(row.iter().map(|v| !v));
                scan.grey_row(y, &self.pixels);
            }
            2 if l.bits == 8 && l.samples == 3 => scan.rgb_row(y, row),
            2 if l.bits == 8 => {
                // Extra samples (alpha) are left out.
                self.pixels.clear();
                row.chunks_exact(l.samples).for_each(|s| self.pixels.extend_from_slice(&s[..3]));
                scan.rgb_row(y, &self.pixels);
            }
            0 | 1 => {
                raster::unpack(row, l.bits, count, l.big_endian, true, &mut self.samples);
                self.pixels.clear();
                let invert = if l.photometric == 0 { 255 } else { 0 };
                // Extra samples (alpha) are left out.
                self.pixels.extend(self.samples.chunks_exact(l.samples).map(|s| s[0] ^ invert));
                scan.grey_row(y, &self.pixels);
            }
            3 => {
                raster::unpack(row, l.bits, count, l.big_endian, false, &mut self.samples);
                self.pixels.clear();
                for &index in &self.samples {
                    self.pixels.extend_from_slice(l.palette.get(usize::from(index)).unwrap_or(&[255; 3]));
                }
                scan.rgb_row(y, &self.pixels);
            }
            5 => {
                raster::unpack(row, l.bits, count, l.big_endian, true, &mut self.samples);
                self.pixels.clear();
                for s in self.samples.chunks_exact(l.samples) {
                    let k = u16::from(s[3]);
                    let ink = |c: u8| 255 - (u16::from(c) + k).min(255) as u8;
                    self.pixels.extend_from_slice(&[ink(s[0]), ink(s[1]), ink(s[2])]);
                }
                scan.rgb_row(y, &self.pixels);
            }
            _ => {
                raster::unpack(row, l.bits, count, l.big_endian, true, &mut self.samples);
                self.pixels.clear();
                for s in self.samples.chunks_exact(l.samples) {
                    self.pixels.extend_from_slice(&s[..3]);
                }
                scan.rgb_row(y, &self.pixels);
            }
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::model::drawings::Colour;

    /// A little-endian TIFF writer: each page is (width, height, fields, data); the data go in one strip.
    pub struct Page {
        pub width: u32,
        pub height: u32,
        /// (tag, type, values); strip offset, byte count, width and height are added.
        pub fields: Vec<(u16, u16, Vec<u32>)>,
        pub data: Vec<u8>,
    }

    pub fn write_tiff(pages: &[Page], big_endian: bool) -> Vec<u8> {
        let put16 = |out: &mut Vec<u8>, v: u16| out.extend(if big_endian { v.to_be_bytes() } else { v.to_le_bytes() });
        let put32 = |out: &mut Vec<u8>, v: u32| out.extend(if big_endian { v.to_be_bytes() } else { v.to_le_bytes() });
        let mut out = if big_endian { b"MM\0\x2a".to_vec() } else { b"II\x2a\0".to_vec() };
        put32(&mut out, 8);
        for (p, page) in pages.iter().enumerate() {
            let mut fields = page.fields.clone();
            fields.push((tag::WIDTH, 4, vec![page.width]));
            fields.push((tag::HEIGHT, 4, vec![page.height]));
            fields.push((tag::STRIP_OFFSETS, 4, vec![0]));
            fields.push((tag::STRIP_BYTES, 4, vec![page.data.len() as u32]));
            fields.sort_by_key(|f| f.0);
            let ifd_at = out.len() as u32;
            let ifd_len = 2 + fields.len() as u32 * 12 + 4;
            let mut extra = Vec::new();
            let extra_at = ifd_at + ifd_len;
            let data_at = extra_at
                + fields
                    .iter()
                    .map(|f| if f.2.len() * size(f.1) > 4 { f.2.len() * size(f.1) } else { 0 })
                    .sum::<usize>() as u32;
            put16(&mut out, fields.len() as u16);
            for (tag, kind, values) in &fields {
                put16(&mut out, *tag);
                put16(&mut out, *kind);
                put32(&mut out, if *kind == 5 { values.len() as u32 / 2 } else { values.len() as u32 });
                let mut bytes = Vec::new();
                for &v in values {
                    match (*tag, *kind) {
                        (tag::STRIP_OFFSETS, _) => put32(&mut bytes, data_at),
                        (_, 3) => put16(&mut bytes, v as u16),
                        _ => put32(&mut bytes, v),
                    }
                }
                if bytes.len() <= 4 {
                    bytes.resize(4, 0);
                    out.extend(bytes);
                } else {
                    put32(&mut out, extra_at + extra.len() as u32);
                    extra.extend(bytes);
                }
            }
            let next = if p + 1 < pages.len() { data_at + page.data.len() as u32 } else { 0 };
            put32(&mut out, next);
            out.extend(extra);
            out.extend(&page.data);
        }
        out
    }

    fn size(kind: u16) -> usize {
        match kind {
            3 => 2,
            5 => 4, // Rationals are given as two values each.
            _ => 4,
        }
    }

    /// Packs rows of ink flags into 1-bit rows, 1 = black.
    fn pack_bits(width: u32, height: u32, ink: impl Fn(u32, u32) -> bool) -> Vec<u8> {
        let row_bytes = width.div_ceil(8) as usize;
        let mut out = vec![0u8; row_bytes * height as usize];
        for y in 0..height {
            for x in 0..width {
                if ink(x, y) {
                    out[y as usize * row_bytes + (x / 8) as usize] |= 0x80 >> (x % 8);
                }
            }
        }
        out
    }

    fn g4(width: u32, height: u32, ink: impl Fn(u32, u32) -> bool) -> Vec<u8> {
        let mut encoder = fax::encoder::Encoder::new(fax::VecWriter::new());
        for y in 0..height {
            let pels = (0..width).map(|x| if ink(x, y) { fax::Color::Black } else { fax::Color::White });
            encoder.encode_line(pels, width).unwrap();
        }
        encoder.finish().unwrap().finish()
    }

    fn rect_ink(x: u32, y: u32) -> bool {
        (30..170).contains(&x) && (40..60).contains(&y) || (x == 100 && (40..250).contains(&y))
    }

    #[test]
    fn an_uncompressed_bilevel_page_gives_size_extent_and_resolution() {
        let data = pack_bits(200, 300, rect_ink);
        let page = Page {
            width: 200,
            height: 300,
            fields: vec![
                (tag::BITS, 3, vec![1]),
                (tag::PHOTOMETRIC, 3, vec![0]),
                (tag::X_RESOLUTION, 5, vec![200, 1]),
                (tag::Y_RESOLUTION, 5, vec![200, 1]),
                (tag::RESOLUTION_UNIT, 3, vec![2]),
            ],
            data,
        };
        for big_endian in [false, true] {
            let drawings = read(&write_tiff(std::slice::from_ref(&page), big_endian), &Limits::default()).unwrap();
            let sheet = &drawings.sheets[0];
            let raster = sheet.raster.as_ref().unwrap();
            assert_eq!((raster.width_px, raster.height_px, raster.dpi), (200, 300, Some((200.0, 200.0))));
            assert_eq!(raster.pixel_type, PixelType::Bilevel);
            let size = sheet.size.unwrap();
            assert!((size.width - 25.4).abs() < 0.01 && (size.height - 38.1).abs() < 0.01);
            let content = sheet.content.unwrap();
            let mm = |px: f32| px * 25.4 / 200.0;
            assert!((content.left - mm(30.0)).abs() < mm(1.0) && (content.right - mm(170.0)).abs() < mm(1.0));
            assert!((content.top - mm(40.0)).abs() < mm(1.0) && (content.bottom - mm(250.0)).abs() < mm(1.0));
            assert_eq!(sheet.colour, Colour::BlackAndWhite);
            assert_eq!(sheet.frame, None);
        }
    }

    #[test]
    fn g4_pages_are_read_as_runs_and_pages_follow_the_chain() {
        let (width, height) = (1000, 700);
        let framed = |x: u32, y: u32| {
            let frame =
                (50..950).contains(&x) && (50..650).contains(&y) && !((53..947).contains(&x) && (53..647).contains(&y));
            frame || (x == 500 && (100..600).contains(&y))
        };
        let page = |ink: &dyn Fn(u32, u32) -> bool, photometric: u32| Page {
            width,
            height,
            fields: vec![
                (tag::BITS, 3, vec![1]),
                (tag::COMPRESSION, 3, vec![4]),
                (tag::PHOTOMETRIC, 3, vec![photometric]),
                (tag::X_RESOLUTION, 5, vec![300, 1]),
                (tag::Y_RESOLUTION, 5, vec![300, 1]),
            ],
            data: g4(width, height, ink),
        };
        let bytes = write_tiff(&[page(&framed, 0), page(&rect_ink, 0)], false);
        let drawings = read(&bytes, &Limits::default()).unwrap();
        assert_eq!(drawings.sheets.len(), 2);
        let first = &drawings.sheets[0];
        assert_eq!(first.raster.as_ref().unwrap().compression, Compression::CcittG4);
        let content = first.content.unwrap();
        assert!((content.left - 50.0 * 25.4 / 300.0).abs() < 0.1, "{content:?}");
        assert!((content.bottom - 650.0 * 25.4 / 300.0).abs() < 0.1, "{content:?}");
        assert_eq!(first.frame, Some(content));
        let second = &drawings.sheets[1];
        assert_eq!(second.number, 2);
        assert!((second.content.unwrap().top - 40.0 * 25.4 / 300.0).abs() < 0.1);
        assert_eq!(second.frame, None);
        let one_page = Limits { sheets: 1, ..Limits::default() };
        assert!(read(&bytes, &one_page).unwrap_err().to_string().contains("more than 1 pages"));
    }

    #[test]
    fn a_cycle_in_the_page_chain_ends_the_pages() {
        let page = Page { width: 16, height: 2, fields: vec![(tag::BITS, 3, vec![1])], data: vec![0; 4] };
        let mut bytes = write_tiff(&[page], false);
        // The next-IFD offset of the only page points back to it.
        let count = u16::from_le_bytes([bytes[8], bytes[9]]) as usize;
        let next_at = 8 + 2 + count * 12;
        bytes[next_at..next_at + 4].copy_from_slice(&8u32.to_le_bytes());
        let drawings = read(&bytes, &Limits::default()).unwrap();
        assert_eq!(drawings.sheets.len(), 1);
        assert_eq!(drawings.sheets[0].size, None);
        assert_eq!(drawings.sheets[0].content, None);
    }

    #[test]
    fn grey_rgb_and_palette_pages_measure_their_colours() {
        let (width, height) = (64u32, 48u32);
        let grey: Vec<u8> =
            (0..width * height).map(|i| if (10..40).contains(&(i % width)) { 128 } else { 255 }).collect();
        let rgb: Vec<u8> =
            (0..width * height).flat_map(|i| if (i % width) % 8 < 3 { [200, 0, 0] } else { [255, 255, 255] }).collect();
        let pages = [
            Page { width, height, fields: vec![(tag::BITS, 3, vec![8]), (tag::PHOTOMETRIC, 3, vec![1])], data: grey },
            Page {
                width,
                height,
                fields: vec![(tag::BITS, 3, vec![8, 8, 8]), (tag::PHOTOMETRIC, 3, vec![2]), (tag::SAMPLES, 3, vec![3])],
                data: rgb,
            },
        ];
        let drawings = read(&write_tiff(&pages, true), &Limits::default()).unwrap();
        assert_eq!(drawings.sheets[0].colour, Colour::Greyscale);
        assert_eq!(drawings.sheets[1].colour, Colour::Colour);
        assert_eq!(drawings.sheets[1].raster.as_ref().unwrap().pixel_type, PixelType::Rgb);
    }

    #[test]
    fn lzw_deflate_and_packbits_strips_decode() {
        let (width, height) = (40u32, 30u32);
        let raw: Vec<u8> = (0..width * height)
            .map(|i| if (5..25).contains(&(i / width)) && i % width == 7 { 0 } else { 255 })
            .collect();
        let lzw = weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8).encode(&raw).unwrap();
        let deflate = miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6);
        let packbits: Vec<u8> = raw
            .chunks(40)
            .flat_map(|row| {
                // One literal run of 40 bytes each row.
                std::iter::once(39u8).chain(row.iter().copied())
            })
            .collect();
        for (code, data) in [(5u32, lzw), (8, deflate), (32773, packbits)] {
            let page = Page {
                width,
                height,
                fields: vec![
                    (tag::BITS, 3, vec![8]),
                    (tag::PHOTOMETRIC, 3, vec![1]),
                    (tag::COMPRESSION, 3, vec![code]),
                ],
                data,
            };
            let mut resolved = page.fields.clone();
            resolved.push((tag::X_RESOLUTION, 5, vec![100, 1]));
            resolved.push((tag::Y_RESOLUTION, 5, vec![100, 1]));
            resolved.push((tag::RESOLUTION_UNIT, 3, vec![3]));
            let resolved = Page { fields: resolved, data: page.data.clone(), ..page };
            let drawings = read(&write_tiff(&[page, resolved], false), &Limits::default()).unwrap();
            let unresolved = &drawings.sheets[0];
            assert_eq!(
                (unresolved.raster.as_ref().unwrap().dpi, unresolved.size, unresolved.content),
                (None, None, None)
            );
            // 100 pixels a centimetre: a pixel is 0.1 mm.
            let content = drawings.sheets[1].content.unwrap();
            let expected = [0.7, 0.5, 0.8, 2.5];
            let got = [content.left, content.top, content.right, content.bottom];
            assert!(got.iter().zip(expected).all(|(g, e)| (g - e).abs() < 0.01), "{code}: {got:?}");
        }
    }

    #[test]
    fn huge_declared_pages_and_damaged_files_give_errors() {
        let page = Page { width: 100_000, height: 100_000, fields: vec![(tag::BITS, 3, vec![1])], data: vec![] };
        let started = std::time::Instant::now();
        let err = read(&write_tiff(&[page], false), &Limits::default()).unwrap_err().to_string();
        assert!(err.contains("limit"), "{err}");
        assert!(started.elapsed().as_millis() < 100);
        let data = g4(300, 300, rect_ink);
        let page = Page {
            width: 300,
            height: 300,
            fields: vec![(tag::BITS, 3, vec![1]), (tag::COMPRESSION, 3, vec![4])],
            data: data[..data.len() / 2].to_vec(),
        };
        let bytes = write_tiff(&[page], false);
        assert!(read(&bytes, &Limits::default()).is_err());
        for cut in 0..bytes.len() {
            let _ = read(&bytes[..cut], &Limits::default());
        }
        assert!(read(b"II*\0\xff\xff\xff\xff", &Limits::default()).is_err());
    }
}

//! The images a page draws: where their ink is (measured by `raster::InkScan`, so that a scan's white paper is
//! not content), their tones, and the facts of a page-filling scan as a `Raster`.

use hayro_interpret::kurbo::{Affine, Rect, Shape, Vec2};
use hayro_interpret::{CacheKey, Image, ImageData};
use hayro_syntax::object::{Array, Dict, Name, Object, Stream};
use hayro_syntax::Filter;

use std::rc::Rc;

use super::device::{linear, luma_over_white, tone, FileState, Tone};
use super::guard::decoded_bound;
use crate::model::drawings::{Colour, Compression, PixelType, Raster};
use crate::parse::drawings::look::{self, Picture};
use crate::parse::drawings::raster::{Ink, InkScan, PixelRect};

/// Bytes a decoded pixel may take in the filtered data (4 components of 16 bits), to bound an image's inflation.
const BYTES_PER_PIXEL: u64 = 8;

/// What an image's pixels hold, measured once per image stream.
#[derive(Clone, Copy)]
pub(super) struct Measured {
    width: u32,
    height: u32,
    extent: Option<PixelRect>,
    framed: bool,
    colour: Colour,
}

impl Measured {
    fn new(width: u32, height: u32, ink: Ink) -> Self {
        Measured { width, height, extent: ink.extent, framed: ink.frame.is_some(), colour: ink.colour }
    }
}

/// An image as drawn on a page.
pub(super) struct PlacedImage {
    /// The page area (mm) the whole image covers.
    pub area: Rect,
    /// The page area (mm) of its ink; the whole image when its pixels could not be measured.
    pub ink_rect: Option<Rect>,
    /// The ink is a frame around the rest of the image.
    pub framed: bool,
    pub tone: Option<Tone>,
    pub raster: Raster,
    /// The map from the image's pixels (as declared, row 0 at the top) to the page in mm.
    pub transform: Affine,
    /// Its width and height as declared.
    pub declared: (u32, u32),
    /// Its picture, when the page's look is asked for and it was decoded.
    pub picture: Option<Rc<Picture>>,
}

/// Measures an image drawn with `transform`, which maps its pixels (row 0 at the top) to the page in mm.
pub(super) fn measure(image: Image<'_, '_>, transform: Affine, file: &mut FileState) -> Option<PlacedImage> {
    let (width, height) = (image.width(), image.height());
    let area = (transform * Rect::new(0.0, 0.0, f64::from(width), f64::from(height)).to_path(0.1)).bounding_box();
    if !(area.x0.is_finite() && area.y0.is_finite() && area.x1.is_finite() && area.y1.is_finite()) {
        return None;
    }
    let stream = match &image {
        Image::Stencil(s) => s.stream().clone(),
        Image::Raster(r) => r.stream().clone(),
    };
    let raster = describe(&stream, width, height, transform, matches!(image, Image::Stencil(_)));
    let mut stencil_tone = None;
    // Each decoding is followed by taking its picture back, made only while looks are captured.
    let picture;
    let measured = match &image {
        // A stencil is painted with the current colour: measured at every use, with its paint.
        Image::Stencil(_) => {
            let measured = decode(&image, &stream, width, height, file, &mut stencil_tone);
            picture = look::take_last().map(Rc::new);
            measured
        }
        Image::Raster(_) => {
            let key = image.cache_key();
            let measured = match file.inks.get(&key) {
                Some(known) => *known,
                None => {
                    let measured = decode(&image, &stream, width, height, file, &mut stencil_tone);
                    file.inks.insert(key, measured);
                    if file.looks {
                        file.pictures.insert(key, look::take_last().map(Rc::new));
                    }
                    measured
                }
            };
            picture = file.pictures.get(&key).cloned().flatten();
            measured
        }
    };
    if matches!(stencil_tone, Some(Tone::Invisible | Tone::White)) {
        return None;
    }
    let (ink_rect, framed, image_tone) = match measured {
        Some(m) => match m.extent {
            Some(e) => {
                (Some(pixel_rect_on_page(e, (m.width, m.height), (width, height), transform)), m.framed, Some(m.colour))
            }
            None => (None, false, None),
        },
        None => (Some(area), false, None),
    };
    let tone = stencil_tone.or(image_tone.map(|c| match c {
        Colour::Colour => Tone::Colour,
        Colour::Greyscale => Tone::Grey,
        Colour::BlackAndWhite => Tone::Black,
    }));
    Some(PlacedImage { area, ink_rect, framed, tone, raster, transform, declared: (width, height), picture })
}

/// Decodes an image within the file's budgets and scans its rows; `None` when it was not decoded.
fn decode(
    image: &Image<'_, '_>,
    stream: &Stream<'_>,
    width: u32,
    height: u32,
    file: &mut FileState,
    paint_tone: &mut Option<Tone>,
) -> Option<Measured> {
    let pixels = u64::from(width) * u64::from(height);
    if pixels > file.image_pixels || pixels > file.pixel_budget {
        return None;
    }
    // The filters' output is bounded by the declared size, so that a small stream cannot inflate to gigabytes.
    let allowed = pixels.saturating_mul(BYTES_PER_PIXEL).saturating_add(1 << 20);
    if decoded_bound(stream, allowed.saturating_add(1)) > allowed {
        return None;
    }
    file.pixel_budget -= pixels;
    let mut measured = None;
    match image {
        Image::Raster(raster) => raster.with_rgba(
            |data, alpha| {
                let (w, h) = (data.width(), data.height());
                let mut scan = InkScan::new(w, h);
                let mut row = Vec::new();
                match &data {
                    ImageData::Luma(luma) => {
                        for y in 0..h {
                            luma_over_white(luma, alpha.as_ref(), y as usize, &mut row);
                            scan.grey_row(y, &row);
                        }
                    }
                    ImageData::Rgb(rgb) => {
                        let stride = w as usize * 3;
                        for y in 0..h as usize {
                            let Some(pixels) = rgb.data.get(y * stride..(y + 1) * stride) else { break };
                            row.clear();
                            row.extend_from_slice(pixels);
                            if let Some(a) = alpha
                                .as_ref()
                                .filter(|a| a.width == w)
                                .and_then(|a| a.data.get(y * w as usize..(y + 1) * w as usize))
                            {
                                for (p, &a) in row.chunks_exact_mut(3).zip(a) {
                                    for c in p {
                                        *c = 255 - ((255 - u16::from(*c)) * u16::from(a) / 255) as u8;
                                    }
                                }
                            }
                            scan.rgb_row(y as u32, &row);
                        }
                    }
                }
                measured = Some(Measured::new(w, h, scan.finish()));
            },
            None,
        ),
        Image::Stencil(stencil) => stencil.with_stencil(
            |mask, paint| {
                *paint_tone = Some(tone(paint));
                let (w, h) = (mask.width, mask.height);
                let mut scan = InkScan::new(w, h);
                let mut row = Vec::new();
                for y in 0..h as usize {
                    // A set mask sample is painted: ink, whatever the paint's tone (judged from the paint).
                    let Some(samples) = mask.data.get(y * w as usize..(y + 1) * w as usize) else { break };
                    row.clear();
                    row.extend(samples.iter().map(|&m| 255 - m));
                    scan.grey_row(y as u32, &row);
                }
                // A stencil's colour is its paint's, judged apart.
                measured = Some(Measured { colour: Colour::BlackAndWhite, ..Measured::new(w, h, scan.finish()) });
            },
            None,
        ),
    }
    measured
}

/// Maps decoded pixels to the page: hayro may decode at another size than declared (a damaged or reduced image).
fn pixel_rect_on_page(e: PixelRect, decoded: (u32, u32), declared: (u32, u32), transform: Affine) -> Rect {
    let sx = f64::from(declared.0) / f64::from(decoded.0.max(1));
    let sy = f64::from(declared.1) / f64::from(decoded.1.max(1));
    let pixels =
        Rect::new(f64::from(e.left) * sx, f64::from(e.top) * sy, f64::from(e.right) * sx, f64::from(e.bottom) * sy);
    (transform * pixels.to_path(0.1)).bounding_box()
}

/// The facts of an image stream as a `Raster`, its resolution from where it is drawn.
fn describe(stream: &Stream<'_>, width: u32, height: u32, transform: Affine, stencil: bool) -> Raster {
    let dict = stream.dict();
    let bits = dict.get::<u8>(b"BitsPerComponent").or_else(|| dict.get::<u8>(b"BPC"));
    let width_mm = linear(transform, Vec2::new(f64::from(width), 0.0)).hypot();
    let height_mm = linear(transform, Vec2::new(0.0, f64::from(height))).hypot();
    let dpi = (width_mm > 0.0 && height_mm > 0.0 && width_mm.is_finite() && height_mm.is_finite())
        .then(|| ((f64::from(width) * 25.4 / width_mm) as f32, (f64::from(height) * 25.4 / height_mm) as f32));
    let filters = stream.filters();
    let last = filters.iter().rev().find(|f| **f != Filter::Crypt).copied();
    let colour_space = dict.get::<Object<'_>>(b"ColorSpace").or_else(|| dict.get::<Object<'_>>(b"CS"));
    let pixel_type = if stencil || bits == Some(1) || matches!(last, Some(Filter::CcittFaxDecode | Filter::Jbig2Decode))
    {
        PixelType::Bilevel
    } else {
        colour_space.map_or(PixelType::Other, |cs| pixel_type_of(&cs))
    };
    let bits = match pixel_type {
        PixelType::Bilevel => 1,
        _ => bits.unwrap_or(8),
    };
    let compression = match last {
        None => Compression::None,
        Some(Filter::CcittFaxDecode) => {
            let k = decode_parms(dict, filters.len()).and_then(|p| p.get::<i64>(b"K")).unwrap_or(0);
            if k < 0 {
                Compression::CcittG4
            } else {
                Compression::CcittG3
            }
        }
        Some(Filter::DctDecode) => {
            if is_progressive_jpeg(&stream.raw_data()) {
                Compression::JpegProgressive
            } else {
                Compression::JpegBaseline
            }
        }
        Some(Filter::FlateDecode) => Compression::Deflate,
        Some(Filter::LzwDecode) => Compression::Lzw,
        Some(Filter::RunLengthDecode) => Compression::PackBits,
        Some(_) => Compression::Other,
    };
    Raster {
        width_px: width,
        height_px: height,
        dpi,
        pixel_type,
        bits_per_sample: bits,
        compression,
        jfif: matches!(last, Some(Filter::DctDecode)) && stream.raw_data().get(6..10) == Some(b"JFIF"),
        frames: 1,
        interlaced: false,
    }
}

fn pixel_type_of(cs: &Object<'_>) -> PixelType {
    let by_name = |name: &[u8]| match name {
        b"DeviceGray" | b"G" | b"CalGray" => PixelType::Grey,
        b"DeviceRGB" | b"RGB" | b"CalRGB" | b"Lab" => PixelType::Rgb,
        b"DeviceCMYK" | b"CMYK" => PixelType::Cmyk,
        b"Indexed" | b"I" => PixelType::Palette,
        _ => PixelType::Other,
    };
    match cs {
        Object::Name(name) => by_name(name.as_ref()),
        Object::Array(array) => {
            let mut items = array.flex_iter();
            let Some(family) = items.next::<Name<'_>>() else { return PixelType::Other };
            if family.as_ref() == b"ICCBased" {
                match items.next::<Stream<'_>>().and_then(|s| s.dict().get::<u8>(b"N")) {
                    Some(1) => PixelType::Grey,
                    Some(3) => PixelType::Rgb,
                    Some(4) => PixelType::Cmyk,
                    _ => PixelType::Other,
                }
            } else {
                by_name(family.as_ref())
            }
        }
        _ => PixelType::Other,
    }
}

/// The decode parameters of the last filter.
fn decode_parms<'a>(dict: &Dict<'a>, filters: usize) -> Option<Dict<'a>> {
    let key = if dict.contains_key(b"DecodeParms") { &b"DecodeParms"[..] } else { &b"DP"[..] };
    dict.get::<Dict<'a>>(key).or_else(|| {
        dict.get::<Array<'a>>(key).and_then(|a| a.iter::<Object<'a>>().nth(filters.saturating_sub(1))?.into_dict())
    })
}

/// Whether JPEG data has a progressive frame header (SOF2) before its first scan.
fn is_progressive_jpeg(data: &[u8]) -> bool {
    let mut i = 2;
    while i + 4 <= data.len() {
        if data[i] != 0xFF {
            return false;
        }
        let marker = data[i + 1];
        match marker {
            0xC2 | 0xC6 | 0xCA | 0xCE => return true,
            0xC0 | 0xC1 | 0xC3 | 0xDA => return false,
            _ => {}
        }
        let length = usize::from(u16::from_be_bytes([data[i + 2], data[i + 3]]));
        i += 2 + length;
    }
    false
}

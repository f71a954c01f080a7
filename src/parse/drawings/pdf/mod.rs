//! PDF drawings to sheets: hayro parses the file and interprets each page's content stream into a measuring
//! device (`device`) instead of a renderer; images are decoded and their ink measured (`image`); `guard` bounds
//! the work a hostile file can ask for before anything is interpreted.

mod device;
mod guard;
mod image;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use hayro_interpret::kurbo::{Affine, Rect};
use hayro_interpret::{interpret_page, Context, InterpreterCache, InterpreterSettings, RenderContent};
use hayro_syntax::object::{Array, Dict, Name, Stream};
use hayro_syntax::page::Page;
use hayro_syntax::{LoadPdfError, Pdf, PdfVersion};

use super::look;
use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::drawings::{
    self, Colour, Drawings, ImageFormat, PdfExtras, PdfFont, PdfInfo, Sheet, SheetLook, Size,
};
use device::{Collector, FileState};

/// Millimetres per PDF point.
const MM_PER_PT: f64 = 25.4 / 72.0;
/// Pixels decoded from all the images of one file: about 230 A4 scans at 300 dpi.
const FILE_PIXELS: u64 = 2_000_000_000;
/// An image covering this share of the page makes it a scan.
const SCAN_COVERAGE: f64 = 0.8;

/// Reads a PDF file's pages as sheets.
///
/// # Errors
/// When the file is malformed, unsupported or over a limit: the reason, for the `input/unreadable` finding.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Drawings, Message> {
    read_with(bytes, limits, None)
}

/// How each page looks: its paths and glyph outlines, and pictures of its images (`super::look`).
pub(super) fn looks(bytes: &[u8], limits: &Limits) -> Result<Vec<SheetLook>, Message> {
    let mut looks = Vec::new();
    let (read, _) = look::capture(|| read_with(bytes, limits, Some(&mut looks)));
    read?;
    Ok(looks)
}

/// Reads the pages, and how each looks when `looks` is given.
fn read_with(bytes: &[u8], limits: &Limits, mut looks: Option<&mut Vec<SheetLook>>) -> Result<Drawings, Message> {
    if !bytes.starts_with(b"%PDF-") {
        return Err(message!("pdf-not-file"));
    }
    if bytes.len() > limits.input_bytes {
        return Err(message!("pdf-larger-than-mib", mib = limits.input_bytes >> 20));
    }
    let header = header_version(bytes);
    let encrypted = declares_encryption(bytes);
    let only_info = |version| Drawings {
        format: ImageFormat::Pdf,
        pdf: Some(PdfInfo { version, encrypted: true, fonts: Vec::new(), extras: PdfExtras::default() }),
        sheets: Vec::new(),
    };
    let pdf = match Pdf::new(bytes.to_vec()) {
        Ok(pdf) => pdf,
        // A password-protected file: its facts, so that the rules can say it is encrypted.
        Err(LoadPdfError::Decryption(_)) => return Ok(only_info(header)),
        Err(LoadPdfError::Invalid) if encrypted => return Ok(only_info(header)),
        Err(LoadPdfError::Invalid) => return Err(message!("pdf-damaged-beyond-repair")),
    };
    let version = header.max(version_numbers(pdf.version()));
    let pages = pdf.pages();
    if pages.is_empty() {
        return Err(message!("pdf-has-no-pages"));
    }
    if pages.len() > limits.sheets {
        return Err(message!("pdf-has-pages-most", pages = pages.len(), limit = limits.sheets));
    }
    let check = guard::check_inflation(&pdf, limits)?;

    let mut file = FileState {
        image_pixels: limits.image_pixels,
        pixel_budget: FILE_PIXELS,
        type3_safe: check.type3_safe,
        type3_left: device::TYPE3_GLYPHS,
        inks: HashMap::new(),
        outlines: HashMap::new(),
        type3_boxes: HashMap::new(),
        looks: looks.is_some(),
        pictures: HashMap::new(),
    };
    let cache = InterpreterCache::new();
    let mut fonts = Vec::new();
    let mut sheets = Vec::with_capacity(pages.len());
    let mut file_operations = 0;
    let mut extras = catalog_extras(&pdf);
    for (index, page) in pages.iter().enumerate() {
        let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        annotations(page, number, &mut extras);
        let scan = guard::PageScan::run(page, number, &mut file_operations)?;
        for font in &scan.fonts {
            add_font(&mut fonts, font, number);
        }
        let (sheet, look) = read_page(page, &pdf, &cache, number, &mut file);
        sheets.push(sheet);
        if let (Some(looks), Some(look)) = (looks.as_deref_mut(), look) {
            looks.push(look);
        }
    }
    Ok(Drawings { format: ImageFormat::Pdf, pdf: Some(PdfInfo { version, encrypted, fonts, extras }), sheets })
}

/// Scripts, attached files, form fields and a signature, as the document catalogue declares them.
fn catalog_extras(pdf: &Pdf) -> PdfExtras {
    let mut extras = PdfExtras::default();
    let Some(catalog) = pdf.xref().get::<Dict<'_>>(pdf.xref().root_id()) else { return extras };
    let names = catalog.get::<Dict<'_>>(b"Names");
    let is_script = |action: &Dict<'_>| action.get::<Name<'_>>(b"S").is_some_and(|s| s.as_ref() == b"JavaScript");
    extras.javascript = names.as_ref().is_some_and(|n| n.contains_key(b"JavaScript"))
        || catalog.get::<Dict<'_>>(b"OpenAction").is_some_and(|a| is_script(&a))
        || catalog.contains_key(b"AA");
    extras.attachments = names.as_ref().is_some_and(|n| n.contains_key(b"EmbeddedFiles"));
    if let Some(form) = catalog.get::<Dict<'_>>(b"AcroForm") {
        extras.form_fields = form.get::<Array<'_>>(b"Fields").is_some_and(|f| f.iter::<Dict<'_>>().next().is_some());
        // SigFlags bit 1: the document holds at least one signature field (PDF 32000-1, 12.7.2).
        extras.signed = form.get::<i32>(b"SigFlags").is_some_and(|flags| flags & 1 != 0);
    }
    extras
}

/// Notes a page's annotations that add content (a link or a form field's widget does not).
fn annotations(page: &Page<'_>, number: u32, extras: &mut PdfExtras) {
    let Some(annots) = page.raw().get::<Array<'_>>(b"Annots") else { return };
    for annot in annots.iter::<Dict<'_>>().take(1_000) {
        let subtype = annot.get::<Name<'_>>(b"Subtype");
        match subtype.as_ref().map(std::convert::AsRef::as_ref) {
            Some(b"Link" | b"Widget" | b"Popup") => {}
            Some(b"FileAttachment") => extras.attachments = true,
            _ => {
                if extras.annotated_pages.last() != Some(&number) {
                    extras.annotated_pages.push(number);
                }
            }
        }
    }
}

fn read_page<'a>(
    page: &Page<'a>,
    pdf: &'a Pdf,
    cache: &InterpreterCache<'a>,
    number: u32,
    file: &mut FileState,
) -> (Sheet, Option<SheetLook>) {
    let (width_pt, height_pt) = page.render_dimensions();
    let size =
        Size { width: (f64::from(width_pt) * MM_PER_PT) as f32, height: (f64::from(height_pt) * MM_PER_PT) as f32 };
    let page_rect = Rect::new(0.0, 0.0, f64::from(size.width), f64::from(size.height));
    let initial = Affine::scale(MM_PER_PT) * Affine::new(page.initial_transform(true).as_coeffs());
    let settings = InterpreterSettings { render_content: RenderContent::PAGE, ..InterpreterSettings::default() };
    let mut context = Context::new(initial, page_rect, cache, pdf.xref(), settings);
    let mut collector = Collector::new(page_rect, file);
    interpret_page(page, &mut context, &mut collector);
    let look = collector.paths.take().map(|paths| page_look(number, paths, &collector.images));

    let page_area = page_rect.area().max(f64::MIN_POSITIVE);
    let scan = collector
        .images
        .iter()
        .filter(|image| image.area.intersect(page_rect).area() >= SCAN_COVERAGE * page_area)
        .max_by(|a, b| a.area.area().total_cmp(&b.area.area()));
    let raster = scan.map(|image| image.raster.clone());
    let content = collector.content().map(to_rect);
    let frame = collector.frame().map(to_rect);
    let graphics = collector.graphics.map(to_rect);
    let colour = if collector.colour {
        Colour::Colour
    } else if collector.grey {
        Colour::Greyscale
    } else {
        Colour::BlackAndWhite
    };
    let glyphs = collector.glyphs;
    let runs = collector.finish_texts();
    // A scan without a text layer has no text to read; a vector page without text has an empty one.
    let texts = if glyphs == 0 && raster.is_some() { None } else { Some(runs) };
    let sheet = Sheet {
        number,
        size: Some(size),
        content,
        frame,
        graphics,
        colour,
        texts,
        raster,
        text_layer: Default::default(),
    };
    (sheet, look)
}

/// A page's look: its paths, and the pictures of its largest images in the order they were drawn.
fn page_look(number: u32, paths: look::Paths, images: &[image::PlacedImage]) -> SheetLook {
    let (fill, stroke, dropped) = paths.finish();
    let mut largest: Vec<usize> = (0..images.len()).filter(|&i| images[i].picture.is_some()).collect();
    largest.sort_by(|&a, &b| images[b].area.area().total_cmp(&images[a].area.area()));
    largest.truncate(look::PICTURES_PER_SHEET);
    largest.sort_unstable();
    let shown: Vec<_> = largest
        .iter()
        .filter_map(|&i| {
            let image = &images[i];
            let (width, height) = image.declared;
            image.picture.as_ref().map(|p| p.placed(image.transform, f64::from(width), f64::from(height)))
        })
        .collect();
    SheetLook {
        number,
        unit: look::UNIT_MM as f32,
        fill,
        stroke,
        dropped,
        dropped_images: u32::try_from(images.len() - shown.len()).unwrap_or(u32::MAX),
        images: shown,
    }
}

pub(super) fn to_rect(r: Rect) -> drawings::Rect {
    drawings::Rect { left: r.x0 as f32, top: r.y0 as f32, right: r.x1 as f32, bottom: r.y1 as f32 }
}

/// The version in the `%PDF-1.x` header.
fn header_version(bytes: &[u8]) -> (u8, u8) {
    let digit = |i: usize| bytes.get(i).filter(|b| b.is_ascii_digit()).map(|b| b - b'0');
    match (digit(5), bytes.get(6), digit(7)) {
        (Some(major), Some(b'.'), Some(minor)) => (major, minor),
        _ => (1, 0),
    }
}

fn version_numbers(version: PdfVersion) -> (u8, u8) {
    match version {
        PdfVersion::Pdf10 => (1, 0),
        PdfVersion::Pdf11 => (1, 1),
        PdfVersion::Pdf12 => (1, 2),
        PdfVersion::Pdf13 => (1, 3),
        PdfVersion::Pdf14 => (1, 4),
        PdfVersion::Pdf15 => (1, 5),
        PdfVersion::Pdf16 => (1, 6),
        PdfVersion::Pdf17 => (1, 7),
        PdfVersion::Pdf20 => (2, 0),
    }
}

/// Whether a trailer (or cross-reference stream) names an `/Encrypt` dictionary: `/Encrypt` followed by a
/// reference or a dictionary. hayro decrypts files with an empty user password without saying so.
fn declares_encryption(bytes: &[u8]) -> bool {
    const KEY: &[u8] = b"/Encrypt";
    let mut from = 0;
    while let Some(at) = bytes.get(from..).and_then(|rest| rest.windows(KEY.len()).position(|w| w == KEY)) {
        let after = bytes.get(from + at + KEY.len()..).unwrap_or(&[]);
        let value = after.iter().position(|b| !b.is_ascii_whitespace()).map_or(&[][..], |i| &after[i..]);
        if value.first().is_some_and(u8::is_ascii_digit) || value.starts_with(b"<<") {
            return true;
        }
        from += at + KEY.len();
    }
    false
}

/// The 14 fonts every PDF reader has.
const STANDARD_FONTS: [&str; 14] = [
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Helvetica", "Helvetica-Bold",
    "Helvetica-Oblique", "Helvetica-BoldOblique", "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Symbol", "ZapfDingbats",
];

/// Adds a font dictionary a page selects, once per name and embedding.
fn add_font(fonts: &mut Vec<PdfFont>, font: &Dict<'_>, page: u32) {
    let subtype = font.get::<Name<'_>>(b"Subtype");
    let is_type3 = subtype.as_ref().is_some_and(|s| s.as_ref() == b"Type3");
    let base = font.get::<Name<'_>>(b"BaseFont").or_else(|| font.get::<Name<'_>>(b"Name"));
    let name = match &base {
        Some(name) => String::from_utf8_lossy(name.as_ref()).into_owned(),
        None if is_type3 => "Type3".to_string(),
        None => "(unnamed)".to_string(),
    };
    // A subset's name starts with six capitals and a plus sign.
    let name = match name.split_once('+') {
        Some((tag, rest)) if tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()) => rest.to_string(),
        _ => name,
    };
    let descriptor = if subtype.as_ref().is_some_and(|s| s.as_ref() == b"Type0") {
        font.get::<Array<'_>>(b"DescendantFonts")
            .and_then(|d| d.iter::<Dict<'_>>().next())
            .and_then(|d| d.get::<Dict<'_>>(b"FontDescriptor"))
    } else {
        font.get::<Dict<'_>>(b"FontDescriptor")
    };
    let embedded = is_type3
        || descriptor.is_some_and(|d| {
            [&b"FontFile"[..], b"FontFile2", b"FontFile3"].iter().any(|key| d.get::<Stream<'_>>(key).is_some())
        });
    // `Helvetica,Bold` is how some producers spell `Helvetica-Bold`.
    let standard = STANDARD_FONTS.contains(&name.replace(',', "-").as_str());
    if !fonts.iter().any(|f| f.name == name && f.embedded == embedded) {
        fonts.push(PdfFont { name, embedded, standard, first_sheet: page });
    }
}

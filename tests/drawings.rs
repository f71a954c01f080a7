//! Drawing files built from specs with known geometry (crates/drawing-fixtures), read by patlint's readers:
//! what each reader measures (size, content, margins, frame, colour, text, fonts, raster facts), and hostile files,
//! which end in a finding or a report, never a panic.

#[path = "support/fixtures.rs"]
mod support_drawings;
use support_drawings::build;

use patlint::model::drawings::{Colour, Compression, ImageFormat, PixelType, Rect, Size, TextRun};
use patlint::report::drawings::{DrawingsSummary, SheetSummary};
use patlint::{check, InputFile, Options, Report};

/// Checks the files of a spec for all offices.
fn run(spec: &str) -> Report {
    check(&build(spec), &Options::default())
}

/// The drawings read from the first file of a spec.
fn drawings(spec: &str) -> DrawingsSummary {
    let report = run(spec);
    let document = report.documents.first().expect("a document");
    document.drawings.clone().unwrap_or_else(|| {
        panic!(
            "no drawings read from {spec:?}; findings: {:#?}",
            report.findings.iter().map(|f| (f.rule, &f.message)).collect::<Vec<_>>()
        )
    })
}

fn only_sheet(spec: &str) -> SheetSummary {
    let read = drawings(spec);
    assert_eq!(read.sheets.len(), 1, "{spec}: one sheet");
    read.sheets.into_iter().next().expect("a sheet")
}

#[track_caller]
fn assert_near(actual: f32, expected: f64, tolerance: f64, what: &str) {
    assert!(
        (f64::from(actual) - expected).abs() <= tolerance,
        "{what}: {actual} is not within {tolerance} of {expected}"
    );
}

#[track_caller]
fn assert_rect(actual: Option<Rect>, expected: (f64, f64, f64, f64), tolerance: f64, what: &str) {
    let actual = actual.unwrap_or_else(|| panic!("{what}: no rectangle, expected {expected:?}"));
    let (l, t, r, b) = expected;
    for (value, want, side) in
        [(actual.left, l, "left"), (actual.top, t, "top"), (actual.right, r, "right"), (actual.bottom, b, "bottom")]
    {
        assert!(
            (f64::from(value) - want).abs() <= tolerance,
            "{what}: {side} is {value}, not within {tolerance} of {want} ({actual:?})"
        );
    }
}

#[track_caller]
fn assert_size(actual: Option<Size>, width: f64, height: f64, tolerance: f64) {
    let size = actual.expect("a size");
    assert_near(size.width, width, tolerance, "width");
    assert_near(size.height, height, tolerance, "height");
}

/// A rectangle stroked 0.4 mm wide at (30, 40) of 100 × 150: its ink reaches 0.2 mm outside.
const RECT: &str = "rect 30 40 100 150";
const RECT_INK: (f64, f64, f64, f64) = (29.8, 39.8, 130.2, 190.2);

// -------------------------------------------------------------------------------------------------------------
// PDF

#[test]
fn pdf_vector_page_is_measured() {
    let read = drawings(&format!("pdf\n{RECT}"));
    assert_eq!(read.format, ImageFormat::Pdf);
    let pdf = read.pdf.as_ref().expect("PDF facts");
    assert_eq!(pdf.version, (1, 7));
    assert!(!pdf.encrypted);
    assert!(pdf.fonts.is_empty(), "{:?}", pdf.fonts);
    let sheet = &read.sheets[0];
    assert_eq!(sheet.number, 1);
    assert_size(sheet.size, 210.0, 297.0, 0.1);
    assert_rect(sheet.content, RECT_INK, 0.5, "content");
    let margins = sheet.margins.expect("margins");
    assert_near(margins.top, 39.8, 0.5, "top margin");
    assert_near(margins.left, 29.8, 0.5, "left margin");
    assert_near(margins.right, 79.8, 0.5, "right margin");
    assert_near(margins.bottom, 106.8, 0.5, "bottom margin");
    assert_eq!(sheet.colour, Colour::BlackAndWhite);
    assert!(sheet.raster.is_none(), "a vector page is no raster");
    assert_eq!(sheet.texts.as_deref(), Some(&[][..]), "a vector page has a text layer, here empty");
}

#[test]
fn pdf_frame_around_the_drawing() {
    let sheet = only_sheet("pdf\nrect 20 20 170 257 width 0.5\nline 50 100 150 100");
    assert_rect(sheet.frame, (19.75, 19.75, 190.25, 277.25), 0.5, "frame");
    assert_rect(sheet.content, (19.75, 19.75, 190.25, 277.25), 0.5, "content");
    let unframed = only_sheet("pdf\nline 50 100 150 100\nline 60 60 60 200");
    assert_eq!(unframed.frame, None);
}

#[test]
fn pdf_sizes_and_pages() {
    let read = drawings(
        "pdf letter landscape\nline 20 20 100 20 width 1\nsheet A4\n# blank\nsheet 250x353\nline 10 300 200 300",
    );
    assert_eq!(read.sheets.len(), 3);
    assert_eq!(read.sheets.iter().map(|s| s.number).collect::<Vec<_>>(), [1, 2, 3]);
    assert_size(read.sheets[0].size, 279.4, 215.9, 0.1);
    assert_rect(read.sheets[0].content, (20.0, 19.5, 100.0, 20.5), 0.5, "landscape line");
    assert_size(read.sheets[1].size, 210.0, 297.0, 0.1);
    assert_eq!(read.sheets[1].content, None, "a blank page");
    assert_eq!(read.sheets[1].margins, None);
    assert_size(read.sheets[2].size, 250.0, 353.0, 0.1);
    assert_rect(read.sheets[2].content, (10.0, 299.8, 200.0, 300.2), 0.5, "B4 line");
}

#[test]
fn pdf_colours() {
    assert_eq!(only_sheet("pdf\nline 40 40 150 200").colour, Colour::BlackAndWhite);
    assert_eq!(only_sheet("pdf\nline 40 40 150 200 colour red").colour, Colour::Colour);
    assert_eq!(only_sheet("pdf\nrect 40 40 100 100 fill colour blue").colour, Colour::Colour);
    assert_eq!(only_sheet("pdf\nrect 40 40 100 100 fill colour grey").colour, Colour::Greyscale);
    let photo = only_sheet("pdf\nline 40 40 150 40\nphoto 50 60 80 60");
    assert_eq!(photo.colour, Colour::Greyscale);
    assert_rect(photo.content, (40.0, 39.8, 150.0, 120.0), 0.5, "photo and line");
    // White paint is no content.
    let white = only_sheet("pdf\nline 40 40 150 40\nrect 5 5 200 287 fill colour white");
    assert_rect(white.content, (40.0, 39.8, 150.0, 40.2), 0.5, "white paint left out");
}

fn run_of(sheet: &SheetSummary, text: &str) -> TextRun {
    let texts = sheet.texts.as_ref().expect("a text layer");
    texts.iter().find(|r| r.text.trim() == text).cloned().unwrap_or_else(|| panic!("no run {text:?} in {texts:#?}"))
}

#[test]
fn pdf_text_standard_font() {
    let read = drawings("pdf\nline 40 80 150 200\ntext 30 50 5 \"FIG. 1\"");
    let run = run_of(&read.sheets[0], "FIG. 1");
    assert_near(run.height_mm, 5.0, 0.25, "cap height of Helvetica text");
    assert_near(run.rect.left, 30.0, 1.0, "left of the run");
    assert_near(run.rect.top, 45.0, 1.0, "top of the run");
    assert!((49.5..=52.0).contains(&run.rect.bottom), "bottom of the run near the baseline: {:?}", run.rect);
    let fonts = &read.pdf.as_ref().expect("PDF facts").fonts;
    assert_eq!(fonts.len(), 1, "{fonts:?}");
    assert_eq!(fonts[0].name, "Helvetica");
    assert!(!fonts[0].embedded && fonts[0].standard, "{fonts:?}");
    assert_eq!(fonts[0].first_sheet, 1);
    // The text is content too.
    assert_near(read.sheets[0].content.expect("content").top, 45.0, 1.0, "text at the top of the content");
}

#[test]
fn pdf_text_embedded_font() {
    let read = drawings("pdf\nline 40 80 150 200\nsheet\ntext 30 50 4 \"REF 10\" font embedded");
    assert_eq!(read.sheets[0].texts.as_deref(), Some(&[][..]));
    let run = run_of(&read.sheets[1], "REF 10");
    assert_near(run.height_mm, 4.0, 0.25, "cap height of the box font");
    // Boxes from 30 + 0.05 em to 30 + 3.55 em (em = 4 / 0.718 mm), from the cap height to the baseline.
    let em = 4.0 / 0.718;
    assert_rect(Some(run.rect), (30.0 + 0.05 * em, 46.0, 30.0 + 3.55 * em, 50.0), 0.5, "box font run");
    let fonts = &read.pdf.as_ref().expect("PDF facts").fonts;
    assert_eq!(fonts.len(), 1, "{fonts:?}");
    assert!(fonts[0].embedded && !fonts[0].standard, "{fonts:?}");
    assert_eq!(fonts[0].first_sheet, 2);
}

#[test]
fn pdf_text_unicode_through_to_unicode() {
    let sheet = only_sheet("pdf\ntext 30 50 4 \"【図１】\"\ntext 30 80 4 \"图1\"\ntext 30 110 4 \"Fig. 2\"");
    run_of(&sheet, "【図１】");
    run_of(&sheet, "图1");
    run_of(&sheet, "Fig. 2");
}

#[test]
fn pdf_scanned_page() {
    let read = drawings("pdf\nrect 30 40 100 150 width 0.5\ntext 40 60 4 \"FIG. 1\"\nscan dpi 200");
    let sheet = &read.sheets[0];
    assert_eq!(sheet.texts, None, "a scan has no text layer");
    assert!(read.pdf.as_ref().expect("PDF facts").fonts.is_empty());
    let raster = sheet.raster.as_ref().expect("the scan's raster facts");
    assert_eq!((raster.width_px, raster.height_px), (1654, 2339));
    assert_eq!(raster.pixel_type, PixelType::Bilevel);
    assert_eq!(raster.compression, Compression::CcittG4);
    let (dx, dy) = raster.dpi.expect("the scan's resolution");
    assert_near(dx, 200.0, 1.0, "x dpi");
    assert_near(dy, 200.0, 1.0, "y dpi");
    assert_rect(sheet.content, (29.75, 39.75, 130.25, 190.25), 0.5 + 25.4 / 200.0, "scanned content");
    assert_eq!(sheet.colour, Colour::BlackAndWhite);
}

#[test]
fn pdf_version_and_encryption() {
    let old = drawings(&format!("pdf version 1.3\n{RECT}"));
    assert_eq!(old.pdf.as_ref().expect("PDF facts").version, (1, 3));
    let encrypted = drawings(&format!("pdf encrypted\n{RECT}\ntext 30 30 4 \"1/1\""));
    assert!(encrypted.pdf.as_ref().expect("PDF facts").encrypted);
    // Encrypted with an empty user password: still read.
    assert_rect(encrypted.sheets[0].content, (29.8, 26.0, 130.2, 190.2), 0.5, "encrypted content");
    run_of(&encrypted.sheets[0], "1/1");
}

// -------------------------------------------------------------------------------------------------------------
// Rasters

/// The rectangle's ink in a raster at `dpi`: the pixels whose centres lie in the stroke, within one pixel.
fn assert_raster_rect(sheet: &SheetSummary, dpi: f64, what: &str) {
    assert_rect(sheet.content, RECT_INK, 25.4 / dpi + 0.01, what);
    let margins = sheet.margins.unwrap_or_else(|| panic!("{what}: margins"));
    assert_near(margins.left, 29.8, 25.4 / dpi + 0.01, what);
    assert_near(margins.top, 39.8, 25.4 / dpi + 0.01, what);
}

#[track_caller]
fn assert_raster(
    sheet: &SheetSummary,
    (width, height): (u32, u32),
    dpi: Option<f32>,
    pixel_type: PixelType,
    compression: Compression,
) {
    let raster = sheet.raster.as_ref().expect("raster facts");
    assert_eq!((raster.width_px, raster.height_px), (width, height), "{raster:?}");
    match dpi {
        Some(dpi) => {
            let (x, y) = raster.dpi.unwrap_or_else(|| panic!("a resolution: {raster:?}"));
            assert!((x - dpi).abs() < 0.5 && (y - dpi).abs() < 0.5, "{raster:?}");
        }
        None => assert_eq!(raster.dpi, None),
    }
    assert_eq!(raster.pixel_type, pixel_type, "{raster:?}");
    assert_eq!(raster.compression, compression, "{raster:?}");
    assert_eq!(sheet.texts, None, "a raster has no text layer");
}

#[test]
fn tiff_pages_pixels_and_compressions() {
    // The default: bilevel G4 at 300 dpi, A4.
    let read = drawings(&format!("tiff\n{RECT}\nsheet letter\nline 20 20 100 20 width 1"));
    assert_eq!(read.format, ImageFormat::Tiff);
    assert_eq!(read.sheets.len(), 2);
    assert_raster(&read.sheets[0], (2480, 3508), Some(300.0), PixelType::Bilevel, Compression::CcittG4);
    assert_eq!(read.sheets[0].raster.as_ref().map(|r| r.bits_per_sample), Some(1));
    assert_size(read.sheets[0].size, 210.0, 297.0, 0.1);
    assert_raster_rect(&read.sheets[0], 300.0, "TIFF G4 page 1");
    assert_eq!(read.sheets[0].colour, Colour::BlackAndWhite);
    assert_size(read.sheets[1].size, 215.9, 279.4, 0.1);
    assert_rect(read.sheets[1].content, (20.0, 19.5, 100.0, 20.5), 25.4 / 300.0 + 0.01, "TIFF page 2");
    for (options, pixel_type, compression) in [
        ("bilevel none", PixelType::Bilevel, Compression::None),
        ("bilevel lzw", PixelType::Bilevel, Compression::Lzw),
        ("bilevel packbits", PixelType::Bilevel, Compression::PackBits),
        ("grey lzw", PixelType::Grey, Compression::Lzw),
        ("rgb deflate", PixelType::Rgb, Compression::Deflate),
        ("palette packbits", PixelType::Palette, Compression::PackBits),
        ("cmyk none", PixelType::Cmyk, Compression::None),
    ] {
        let sheet = only_sheet(&format!("tiff {options} dpi 100\n{RECT}"));
        assert_raster(&sheet, (827, 1169), Some(100.0), pixel_type, compression);
        assert_raster_rect(&sheet, 100.0, options);
        assert_eq!(sheet.colour, Colour::BlackAndWhite, "{options}");
    }
    let colour = only_sheet(&format!("tiff rgb lzw dpi 100\n{RECT} colour red"));
    assert_eq!(colour.colour, Colour::Colour);
    assert_raster_rect(&colour, 100.0, "red in RGB TIFF");
    let cmyk = only_sheet(&format!("tiff cmyk dpi 100\n{RECT} colour blue"));
    assert_eq!(cmyk.colour, Colour::Colour);
    let grey = only_sheet("tiff grey dpi 100\nphoto 30 40 100 150");
    assert_eq!(grey.colour, Colour::Greyscale);
    assert_rect(grey.content, (30.0, 40.0, 130.0, 190.0), 25.4 / 100.0 + 0.01, "photo");
    let unknown = only_sheet(&format!("tiff no-dpi dpi 100\n{RECT}"));
    assert_raster(&unknown, (827, 1169), None, PixelType::Bilevel, Compression::CcittG4);
    assert_eq!((unknown.size, unknown.content, unknown.margins), (None, None, None));
}

#[test]
fn png_pixels_resolution_and_interlacing() {
    let read = drawings(&format!("png dpi 100\n{RECT}"));
    assert_eq!(read.format, ImageFormat::Png);
    let sheet = &read.sheets[0];
    assert_raster(sheet, (827, 1169), Some(100.0), PixelType::Bilevel, Compression::Deflate);
    assert_size(sheet.size, 210.0, 297.0, 0.3);
    assert_raster_rect(sheet, 100.0, "bilevel PNG");
    for (options, pixel_type, colour) in [
        ("grey", PixelType::Grey, Colour::BlackAndWhite),
        ("grey interlaced", PixelType::Grey, Colour::BlackAndWhite),
        ("rgb", PixelType::Rgb, Colour::BlackAndWhite),
        ("palette interlaced", PixelType::Palette, Colour::BlackAndWhite),
    ] {
        let sheet = only_sheet(&format!("png {options} dpi 100\n{RECT}"));
        assert_raster(&sheet, (827, 1169), Some(100.0), pixel_type, Compression::Deflate);
        assert_raster_rect(&sheet, 100.0, options);
        assert_eq!(sheet.colour, colour, "{options}");
        assert_eq!(sheet.raster.as_ref().map(|r| r.interlaced), Some(options.contains("interlaced")), "{options}");
    }
    assert_eq!(only_sheet(&format!("png rgb dpi 100\n{RECT} colour red")).colour, Colour::Colour);
    assert_eq!(only_sheet("png dpi 100\nphoto 30 40 100 150").colour, Colour::Greyscale);
    let unknown = only_sheet("png 400x300px no-dpi\nline 5 5 30 5");
    assert_raster(&unknown, (400, 300), None, PixelType::Bilevel, Compression::Deflate);
    assert_eq!((unknown.size, unknown.margins), (None, None));
}

#[test]
fn jpeg_baseline_progressive_jfif_and_colour() {
    let read = drawings(&format!("jpeg dpi 100\n{RECT} width 1"));
    assert_eq!(read.format, ImageFormat::Jpeg);
    let sheet = &read.sheets[0];
    assert_raster(sheet, (827, 1169), Some(100.0), PixelType::Grey, Compression::JpegBaseline);
    let raster = sheet.raster.as_ref().expect("raster facts");
    assert!(raster.jfif);
    assert_eq!(raster.bits_per_sample, 8);
    assert_rect(sheet.content, (29.5, 39.5, 130.5, 190.5), 25.4 / 100.0 + 0.01, "JPEG content");
    assert_eq!(sheet.colour, Colour::BlackAndWhite, "a black-and-white drawing in JPEG (ringing is not grey)");
    let progressive = only_sheet(&format!("jpeg rgb progressive dpi 100\n{RECT} width 1 colour red"));
    assert_raster(&progressive, (827, 1169), Some(100.0), PixelType::Rgb, Compression::JpegProgressive);
    assert_eq!(progressive.colour, Colour::Colour);
    let bare = only_sheet(&format!("jpeg no-jfif dpi 100\n{RECT} width 1"));
    assert_raster(&bare, (827, 1169), None, PixelType::Grey, Compression::JpegBaseline);
    assert!(!bare.raster.as_ref().expect("raster facts").jfif);
    let cmyk = only_sheet(&format!("jpeg cmyk dpi 100\n{RECT} width 1"));
    assert_raster(&cmyk, (827, 1169), Some(100.0), PixelType::Cmyk, Compression::JpegBaseline);
    assert_rect(cmyk.content, (29.5, 39.5, 130.5, 190.5), 25.4 / 100.0 + 0.01, "CMYK JPEG content (Adobe inverted)");
    assert_eq!(only_sheet("jpeg dpi 100\nphoto 30 40 100 150").colour, Colour::Greyscale);
}

#[test]
fn gif_palette_frames_and_interlacing() {
    let read = drawings(&format!("gif dpi 100\n{RECT}"));
    assert_eq!(read.format, ImageFormat::Gif);
    let sheet = &read.sheets[0];
    assert_raster(sheet, (827, 1169), None, PixelType::Palette, Compression::Lzw);
    assert_eq!(sheet.size, None, "a GIF states no resolution");
    let raster = sheet.raster.as_ref().expect("raster facts");
    assert_eq!((raster.frames, raster.interlaced), (1, false));
    assert_eq!(sheet.colour, Colour::BlackAndWhite);
    let animated = only_sheet(&format!("gif frames 3 interlaced dpi 100\n{RECT}"));
    let raster = animated.raster.as_ref().expect("raster facts");
    assert_eq!((raster.frames, raster.interlaced), (3, true));
    assert_eq!(only_sheet("gif grey dpi 100\nphoto 30 40 100 150").colour, Colour::Greyscale);
    assert_eq!(only_sheet(&format!("gif dpi 100\n{RECT} colour blue")).colour, Colour::Colour);
}

#[test]
fn bmp_pixels_and_resolution() {
    let read = drawings(&format!("bmp dpi 100\n{RECT}"));
    assert_eq!(read.format, ImageFormat::Bmp);
    let sheet = &read.sheets[0];
    assert_raster(sheet, (827, 1169), Some(100.0), PixelType::Bilevel, Compression::None);
    assert_raster_rect(sheet, 100.0, "bilevel BMP (bottom-up rows)");
    let rgb = only_sheet(&format!("bmp rgb dpi 100\n{RECT} colour red"));
    assert_raster(&rgb, (827, 1169), Some(100.0), PixelType::Rgb, Compression::None);
    assert_raster_rect(&rgb, 100.0, "RGB BMP");
    assert_eq!(rgb.colour, Colour::Colour);
    let palette = only_sheet(&format!("bmp palette dpi 100\n{RECT}"));
    assert_raster(&palette, (827, 1169), Some(100.0), PixelType::Palette, Compression::None);
    assert_raster_rect(&palette, 100.0, "palette BMP");
    assert_eq!(only_sheet("bmp grey dpi 100\nphoto 30 40 100 150").colour, Colour::Greyscale);
    let unknown = only_sheet(&format!("bmp no-dpi dpi 100\n{RECT}"));
    assert_eq!(unknown.size, None);
}

#[test]
fn other_files_of_the_spec() {
    let files = build("pdf\nline 40 40 150 200\ndescription \"Lever\\nBRIEF DESCRIPTION OF THE DRAWINGS\\nFig. 1 <shows> & more\"\nclaims \"1. A lever.\"");
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["drawings.pdf", "description.xml", "claims.txt"]);
    let report = check(&files, &Options::default());
    assert!(report.documents[1].description.is_some(), "the description is read: {:#?}", report.findings);
    assert_eq!(report.documents[2].claim_sets[0].claims.len(), 1);
}

#[test]
#[should_panic(expected = "unknown directive")]
fn malformed_specs_panic() {
    build("pdf\ncircle 10 10 5");
}

// -------------------------------------------------------------------------------------------------------------
// Hostile drawings

/// Checks a hostile file: it must give a finding that it cannot be read, or be read; either way a report.
fn survives(name: &str, bytes: Vec<u8>) -> Report {
    let files = [InputFile { name: name.into(), bytes }];
    let report = check(&files, &Options::default());
    let document = report.documents.iter().find(|d| d.file == name).expect("the file is reported");
    let unreadable = report.findings.iter().any(|f| f.file == name && f.rule.starts_with("input/"));
    assert!(unreadable || document.drawings.is_some(), "{name}: neither read nor a finding: {:#?}", report.findings);
    report
}

#[track_caller]
fn unreadable(name: &str, bytes: Vec<u8>) {
    let report = survives(name, bytes);
    assert!(
        report.findings.iter().any(|f| f.file == name && f.rule == "input/unreadable"),
        "{name}: input/unreadable expected: {:#?}",
        report.findings
    );
}

fn le16(v: u16) -> [u8; 2] {
    v.to_le_bytes()
}
fn le32(v: u32) -> [u8; 4] {
    v.to_le_bytes()
}

/// A little-endian TIFF with one IFD of (tag, type, count, value) entries at offset 8 and `data` after it; the
/// IFD's next offset is `next`.
fn tiff_with(entries: &[(u16, u16, u32, u32)], next: u32, data: &[u8]) -> Vec<u8> {
    let mut out = b"II*\0".to_vec();
    out.extend(le32(8));
    out.extend(le16(entries.len() as u16));
    for &(tag, kind, count, value) in entries {
        out.extend(le16(tag));
        out.extend(le16(kind));
        out.extend(le32(count));
        out.extend(le32(value));
    }
    out.extend(le32(next));
    out.extend_from_slice(data);
    out
}

#[test]
fn huge_declared_dimensions() {
    // TIFF: 100,000 × 100,000 bilevel G4 in a strip of 16 bytes.
    let entries = |width: u32, compression: u32, data_at: u32| {
        vec![
            (256, 4, 1, width),
            (257, 4, 1, 100_000),
            (258, 3, 1, 1),
            (259, 3, 1, compression),
            (262, 3, 1, 0),
            (273, 4, 1, data_at),
            (277, 3, 1, 1),
            (278, 4, 1, 100_000),
            (279, 4, 1, 16),
            (296, 3, 1, 2),
        ]
    };
    let data_at = 8 + 2 + 12 * 10 + 4;
    survives("huge.tif", tiff_with(&entries(100_000, 4, data_at), 0, &[0; 16]));
    survives("huge-raw.tif", tiff_with(&entries(100_000, 1, data_at), 0, &[0; 16]));
    survives("huge-lzw.tif", tiff_with(&entries(100_000, 5, data_at), 0, &[0x80, 0, 0x20, 0x10, 0, 0, 0, 0]));
    // PNG: IHDR of 100,000 × 100,000 RGBA with a tiny IDAT.
    let mut png = build(&format!("png dpi 50\n{RECT}")).remove(0).bytes;
    png[16..20].copy_from_slice(&100_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&100_000u32.to_be_bytes());
    survives("huge.png", png);
    // JPEG: a SOF declaring 65,535 × 65,535.
    let mut jpeg = build(&format!("jpeg dpi 50\n{RECT}")).remove(0).bytes;
    let sof = jpeg.windows(2).position(|w| w == [0xFF, 0xC0]).expect("SOF0");
    jpeg[sof + 5..sof + 9].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
    survives("huge.jpg", jpeg);
    // GIF: a screen and an image of 65,535 × 65,535.
    let mut gif = build(&format!("gif dpi 50\n{RECT}")).remove(0).bytes;
    gif[6..10].copy_from_slice(&[0xFF; 4]);
    let image = gif.iter().position(|&b| b == 0x2C).expect("image descriptor");
    gif[image + 5..image + 9].copy_from_slice(&[0xFF; 4]);
    survives("huge.gif", gif);
    // BMP: 100,000 × 100,000 at 24 bits with a few bytes of pixels.
    let mut bmp = build("bmp rgb 10x10px\nline 1 1 2 2").remove(0).bytes;
    bmp[18..22].copy_from_slice(&le32(100_000));
    bmp[22..26].copy_from_slice(&le32(100_000));
    survives("huge.bmp", bmp);
    // PDF: a page of 14,400 × 14,400 inches (the largest PDF allows is 200 inches).
    let pdf = String::from_utf8_lossy(&build("pdf\nline 10 10 20 20").remove(0).bytes).replace("595.2756", "1036800");
    survives("huge.pdf", pdf.into_bytes());
}

#[test]
fn truncated_files() {
    for spec in [
        "pdf\nrect 30 40 100 150\ntext 30 30 4 \"FIG. 1\" font embedded\nphoto 40 50 20 20",
        "pdf\nrect 30 40 100 150\nscan dpi 100",
        "tiff dpi 100\nrect 30 40 100 150",
        "tiff grey lzw dpi 100\nphoto 30 40 100 150",
        "png dpi 100\nrect 30 40 100 150",
        "jpeg dpi 100\nrect 30 40 100 150",
        "jpeg progressive dpi 100\nrect 30 40 100 150",
        "gif dpi 100\nrect 30 40 100 150",
        "bmp dpi 100\nrect 30 40 100 150",
    ] {
        let file = build(spec).remove(0);
        let len = file.bytes.len();
        for cut in [8, 30, 100, len / 3, len / 2, len - 20, len - 1] {
            survives(&format!("cut-{cut}-{}", file.name), file.bytes[..cut.min(len)].to_vec());
        }
    }
}

/// A PDF of numbered object bodies (object i + 1 is `objects[i]`), with a correct cross-reference table; object 1
/// is the catalogue.
fn raw_pdf(objects: &[String]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).into_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f\r\n", objects.len() + 1).into_bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n\r\n").into_bytes());
    }
    out.extend(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF", objects.len() + 1).into_bytes(),
    );
    out
}

fn stream(dict: &str, data: &str) -> String {
    format!("<< {dict} /Length {} >>\nstream\n{data}\nendstream", data.len())
}

#[test]
fn pdf_cyclic_page_tree() {
    let content = stream("", "0 0 0 RG 100 100 m 200 200 l S");
    // The page tree's kids: a page, and an intermediate node whose kids point back at the root.
    let pdf = raw_pdf(&[
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>".into(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".into(),
        content,
        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 5 0 R] /Count 1 >>".into(),
    ]);
    survives("cycle.pdf", pdf);
    // A page tree whose root is its own kid.
    let pdf =
        raw_pdf(&["<< /Type /Catalog /Pages 2 0 R >>".into(), "<< /Type /Pages /Kids [2 0 R] /Count 1 >>".into()]);
    survives("self.pdf", pdf);
}

#[test]
fn pdf_deeply_nested_and_recursive_forms() {
    // 5,000 form XObjects, each drawing the next.
    let depth = 5_000;
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /F 5 0 R >> >> >>"
            .to_string(),
        stream("", "/F Do"),
    ];
    for i in 0..depth {
        let id = 5 + i;
        let (resources, content) = if i + 1 < depth {
            (format!("/Resources << /XObject << /F {} 0 R >> >>", id + 1), "/F Do".to_string())
        } else {
            (String::new(), "0 0 0 RG 100 100 m 200 200 l S".to_string())
        };
        objects.push(stream(&format!("/Type /XObject /Subtype /Form /BBox [0 0 595 842] {resources}"), &content));
    }
    survives("nested.pdf", raw_pdf(&objects));
    // A form that draws itself.
    let pdf = raw_pdf(&[
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /F 5 0 R >> >> >>"
            .into(),
        stream("", "/F Do"),
        stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /F 5 0 R >> >>",
            "0 0 0 RG 10 10 m 20 20 l S /F Do",
        ),
    ]);
    survives("recursive.pdf", pdf);
}

#[test]
fn pdf_broken_structure() {
    // No pages at all, a page without a media box, and a catalogue that is not a dictionary.
    survives("nopages.pdf", raw_pdf(&["<< /Type /Catalog >>".into()]));
    survives(
        "nomediabox.pdf",
        raw_pdf(&[
            "<< /Type /Catalog /Pages 2 0 R >>".into(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
            "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>".into(),
            stream("", "0 0 0 RG 100 100 m 200 200 l S"),
        ]),
    );
    survives("notadict.pdf", raw_pdf(&["42".into()]));
    // A content stream whose declared length runs past the end of the file.
    let mut pdf = build("pdf\nline 10 10 20 20").remove(0).bytes;
    let text = String::from_utf8_lossy(&pdf).into_owned();
    if let Some(at) = text.find("/Length ") {
        let end = at + 8 + text[at + 8..].find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
        pdf.splice(at + 8..end, b"99999999".iter().copied());
    }
    survives("length.pdf", pdf);
}

#[test]
fn tiff_ifd_loops() {
    let data_at = 8 + 2 + 12 * 9 + 4;
    let entries = [
        (256, 4, 1, 8),
        (257, 4, 1, 8),
        (258, 3, 1, 8),
        (259, 3, 1, 1),
        (262, 3, 1, 1),
        (273, 4, 1, data_at),
        (277, 3, 1, 1),
        (278, 4, 1, 8),
        (279, 4, 1, 64),
    ];
    // The IFD's next offset points at itself.
    survives("loop.tif", tiff_with(&entries, 8, &[0x80; 64]));
    // Two IFDs pointing at each other.
    let mut two = tiff_with(&entries, 0, &[0x80; 64]);
    let second = two.len() as u32;
    let next_at = 8 + 2 + 12 * 9;
    two[next_at..next_at + 4].copy_from_slice(&le32(second));
    two.extend(le16(entries.len() as u16));
    for &(tag, kind, count, value) in &entries {
        two.extend(le16(tag));
        two.extend(le16(kind));
        two.extend(le32(count));
        two.extend(le32(value));
    }
    two.extend(le32(8));
    survives("loop2.tif", two);
    // Strip offsets and counts past the end of the file, and an IFD offset past the end.
    let mut past = entries;
    past[5].3 = 1 << 30;
    survives("past.tif", tiff_with(&past, 0, &[]));
    let mut bad = tiff_with(&entries, 0, &[0x80; 64]);
    bad[4..8].copy_from_slice(&le32(u32::MAX - 3));
    unreadable("ifd.tif", bad);
}

#[test]
fn random_damage_never_panics() {
    // Bytes flipped through real files of every format, reproducibly.
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for spec in [
        "pdf\nrect 30 40 100 150\ntext 30 30 4 \"FIG. 1\" font embedded\nphoto 40 50 20 20",
        "pdf\nrect 30 40 100 150\nscan dpi 50",
        "tiff dpi 50\nrect 30 40 100 150",
        "png dpi 50 grey\nphoto 30 40 100 150",
        "jpeg dpi 50\nrect 30 40 100 150",
        "gif dpi 50\nrect 30 40 100 150",
        "bmp dpi 50\nrect 30 40 100 150",
    ] {
        let file = build(spec).remove(0);
        for round in 0..20 {
            let mut bytes = file.bytes.clone();
            for _ in 0..8 {
                let at = (next() as usize) % bytes.len();
                // Keep the magic bytes, so that the file goes to its reader.
                if at >= 8 {
                    bytes[at] = next() as u8;
                }
            }
            survives(&format!("damaged-{round}-{}", file.name), bytes);
        }
    }
}

/// Writes the fixtures of `PATLINT_DUMP_DRAWINGS` (specs separated by `|`) to `target/drawings/`, to open them in
/// other readers: `PATLINT_DUMP_DRAWINGS='tiff; rect 20 20 50 50' cargo test --test drawings dump -- --ignored`.
#[test]
#[ignore = "writes files for inspection"]
fn dump() {
    let specs = std::env::var("PATLINT_DUMP_DRAWINGS").unwrap_or_default();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/drawings");
    std::fs::create_dir_all(&dir).expect("target/drawings");
    for (i, spec) in specs.split('|').filter(|s| !s.trim().is_empty()).enumerate() {
        for file in build(spec) {
            std::fs::write(dir.join(format!("{i}-{}", file.name)), &file.bytes).expect("written");
        }
    }
}

/// The offices (and severities) at which `rule` fires for a spec.
fn offices_of(spec: &str, rule: &str) -> Vec<(patlint::office::Office, patlint::Severity)> {
    let mut found: Vec<_> = run(spec)
        .findings
        .iter()
        .filter(|f| f.rule == rule)
        .flat_map(|f| f.offices.iter().map(move |o| (*o, f.severity)))
        .collect();
    found.sort();
    found.dedup();
    found
}

#[test]
fn each_office_applies_its_own_values() {
    use patlint::office::Office::*;
    use patlint::Severity::{Error, Warning};
    // A 12 mm bottom margin: enough at the USPTO, EPO and PCT (10 mm), not at the CNIPA (15 mm) or KIPO (20 mm).
    assert_eq!(offices_of("pdf A4\nline 30 30 180 285", "drawings/margin-too-small"), [(KR, Warning), (CN, Error)]);
    // US letter is a USPTO size only.
    assert_eq!(
        offices_of("pdf letter\nline 30 30 180 260", "drawings/sheet-size-invalid"),
        [(EP, Error), (JP, Error), (KR, Warning), (CN, Error), (WO, Error)]
    );
    // Colour: a petition at the USPTO (error without one), published in black and white at the EPO (warning).
    let colour = offices_of("pdf A4\nline 40 40 150 200 colour red", "drawings/colour-content");
    assert!(colour.contains(&(US, Error)) && colour.contains(&(EP, Warning)), "{colour:?}");
    // Lettering of 3.5 mm: enough where 3.2 mm is the minimum; the JPO asks about 5 mm for reference signs.
    let lettering = "pdf A4\nline 40 40 150 200\ntext 100 150 3.5 \"12\"";
    assert_eq!(offices_of(lettering, "drawings/text-too-small"), [(JP, Warning)]);
    // Sheet numbers: `n/N` at the USPTO and the PCT; a lone number is enough at the EPO.
    let lone = offices_of("pdf A4\nline 40 40 150 200\ntext 103 30 4 \"1\"", "drawings/sheet-number-malformed");
    assert!(lone.iter().any(|(o, _)| *o == US) && lone.iter().any(|(o, _)| *o == WO), "{lone:?}");
    assert!(!lone.iter().any(|(o, _)| *o == EP), "{lone:?}");
    // Figure labels: `FIG.` at the USPTO, `Fig.` accepted by the EPO and the PCT.
    let fig = offices_of(
        "pdf A4\nline 40 60 150 100\ntext 90 50 4 \"Fig. 1\"\nline 40 160 150 200\ntext 90 150 4 \"Fig. 2\"",
        "drawings/figure-label-form",
    );
    assert_eq!(fig.iter().map(|(o, _)| *o).collect::<Vec<_>>(), [US], "{fig:?}");
}

#[test]
fn a_margin_finding_marks_the_content_in_the_margin() {
    let report = run("pdf A4\nline 10 100 150 100 width 1");
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule == "drawings/margin-too-small" && f.offices.contains(&patlint::office::Office::EP))
        .expect("the line starts 10 mm from the left edge");
    // The strip of the line left of the EPO's 25 mm margin, not the whole line.
    assert_rect(finding.location.area, (9.5, 99.5, 25.0, 100.5), 0.3, "the place");
}

// How sheets look (`parse::drawings::looks`): what the page draws beneath its overlays, apart from the report.

mod looks {
    use super::build;
    use patlint::limits::Limits;
    use patlint::model::drawings::SheetLook;
    use patlint::parse::drawings::{look, looks};

    fn looks_of(spec: &str) -> Vec<SheetLook> {
        let files = build(spec);
        let file = files.first().expect("a drawing file");
        looks(&file.bytes, &Limits::default()).unwrap_or_else(|e| panic!("{spec:?}: {e}"))
    }

    fn within_budget(look: &SheetLook) {
        assert!(look.fill.len() + look.stroke.len() <= look::PATH_BYTES);
        assert!(look.images.len() <= look::PICTURES_PER_SHEET);
        for image in &look.images {
            assert!(image.src.len() <= look::PICTURE_BYTES && image.src.starts_with("data:image/png;base64,"));
            assert!(image.width <= look::PICTURE_SIDE && image.height <= look::PICTURE_SIDE);
        }
    }

    #[test]
    fn pdf_vector_page_is_paths_and_glyphs() {
        let found = looks_of("pdf\nrect 30 40 100 150 width 0.5\ntext 40 60 4 \"FIG. 1\"\nline 20 250 190 250");
        assert_eq!(found.len(), 1);
        let page = &found[0];
        within_budget(page);
        assert_eq!(page.number, 1);
        assert!((page.unit - 0.2).abs() < 1e-6);
        // The rectangle, stroked: 100 mm across is 500 units.
        assert!(page.stroke.contains("l500 0"), "{}", page.stroke);
        assert!(!page.fill.is_empty(), "the label's glyph outlines are filled shapes");
        assert!(page.images.is_empty() && page.dropped == 0);
    }

    #[test]
    fn pdf_scan_is_a_picture_on_the_page() {
        let found = looks_of("pdf\nrect 30 40 100 150 width 0.5\nscan dpi 200");
        let page = &found[0];
        within_budget(page);
        assert_eq!(page.images.len(), 1, "{page:?}");
        let image = &page.images[0];
        assert_eq!(image.height, 400);
        // The picture covers the A4 page: its far corner maps to (210, 297) mm.
        let [a, b, c, d, e, f] = image.matrix.map(f64::from);
        let (w, h) = (f64::from(image.width), f64::from(image.height));
        let (x, y) = (a * w + c * h + e, b * w + d * h + f);
        assert!((x - 210.0).abs() < 1.0 && (y - 297.0).abs() < 1.0, "{:?}", image.matrix);
    }

    #[test]
    fn raster_pages_are_pictures_in_millimetres() {
        let found = looks_of("tiff\nrect 30 40 100 150 width 0.5\nsheet letter\nline 20 20 100 20 width 1");
        assert_eq!(found.len(), 2);
        for page in &found {
            within_budget(page);
            assert_eq!(page.images.len(), 1);
            assert!(page.fill.is_empty() && page.stroke.is_empty());
        }
        assert!((found[0].images[0].matrix[0] * found[0].images[0].width as f32 - 210.0).abs() < 0.5);
        for spec in
            ["png\nline 20 20 100 20", "jpeg\nline 20 20 100 20", "gif\nline 20 20 100 20", "bmp\nline 20 20 100 20"]
        {
            let found = looks_of(spec);
            assert_eq!(found.len(), 1, "{spec}");
            assert_eq!(found[0].images.len(), 1, "{spec}");
            within_budget(&found[0]);
        }
    }

    #[test]
    fn damaged_files_give_an_error_not_a_panic() {
        let files = build("pdf\nrect 30 40 100 150 width 0.5\nscan dpi 200");
        let bytes = &files[0].bytes;
        for cut in [10, bytes.len() / 3, bytes.len() / 2, bytes.len() - 10] {
            let _ = looks(&bytes[..cut], &Limits::default());
        }
        let mut damaged = bytes.clone();
        for i in (100..damaged.len()).step_by(97) {
            damaged[i] ^= 0x5A;
        }
        let _ = looks(&damaged, &Limits::default());
        assert!(looks(b"not a drawing", &Limits::default()).is_err());
    }

    /// The corpus's EP drawings (G4 TIFFs and the published PDFs), when ../shared/corpus is there: bounded, and
    /// the bytes and time per sheet printed (`--nocapture`) for BENCHMARKS.md.
    #[test]
    fn corpus_looks_are_bounded() {
        let root = std::path::Path::new("/work/shared/corpus/PatentStandardization/data/st36_wipo_examples");
        if !root.exists() {
            eprintln!("corpus absent: skipped");
            return;
        }
        for name in ["st36aexample/imgf0001.tif", "st36aexample/DOCUMENT.PDF", "st36bexample/DOCUMENT.PDF"] {
            let Ok(bytes) = std::fs::read(root.join(name)) else { continue };
            let started = std::time::Instant::now();
            let found = looks(&bytes, &Limits::default()).expect(name);
            let elapsed = started.elapsed();
            let sizes: Vec<usize> = found
                .iter()
                .map(|l| l.fill.len() + l.stroke.len() + l.images.iter().map(|i| i.src.len()).sum::<usize>())
                .collect();
            for page in &found {
                within_budget(page);
            }
            let total: usize = sizes.iter().sum();
            eprintln!(
                "{name}: {} sheets, {} bytes in all, {} per sheet on average, {} at most, {:.1?} ({:.1?} per sheet)",
                found.len(),
                total,
                total / found.len().max(1),
                sizes.iter().max().unwrap_or(&0),
                elapsed,
                elapsed / u32::try_from(found.len().max(1)).unwrap_or(1)
            );
        }
    }
}

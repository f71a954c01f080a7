use std::time::Instant;

use pdf_writer::types::LineCapStyle;
use pdf_writer::{Content, Filter, Finish, Name, Pdf as Writer, Rect as PdfRect, Ref, Str};

use super::*;
use crate::model::drawings::{Compression, PixelType};

const A4: (f32, f32) = (595.2756, 841.8898);

/// Points from millimetres.
fn pt(mm: f32) -> f32 {
    mm * 72.0 / 25.4
}

/// A PDF y (from the bottom) for a y in mm from the top of an A4 page.
fn y(mm: f32) -> f32 {
    A4.1 - pt(mm)
}

/// One A4 page drawing `content`, with Helvetica as /F1 and whatever `extra` adds (objects from 20 on, resources
/// written by `resources`).
fn one_page(
    content: Vec<u8>,
    extra: impl FnOnce(&mut Writer),
    xobjects: &[(&str, Ref)],
    fonts: &[(&str, Ref)],
) -> Vec<u8> {
    let mut pdf = Writer::new();
    pdf.catalog(Ref::new(1)).pages(Ref::new(2));
    pdf.pages(Ref::new(2)).kids([Ref::new(3)]).count(1);
    let mut page = pdf.page(Ref::new(3));
    page.parent(Ref::new(2)).media_box(PdfRect::new(0.0, 0.0, A4.0, A4.1)).contents(Ref::new(4));
    let mut resources = page.resources();
    let mut font_dict = resources.fonts();
    font_dict.pair(Name(b"F1"), Ref::new(5));
    for (name, id) in fonts {
        font_dict.pair(Name(name.as_bytes()), *id);
    }
    font_dict.finish();
    let mut x = resources.x_objects();
    for (name, id) in xobjects {
        x.pair(Name(name.as_bytes()), *id);
    }
    x.finish();
    resources.finish();
    page.finish();
    pdf.stream(Ref::new(4), &content);
    pdf.type1_font(Ref::new(5)).base_font(Name(b"Helvetica"));
    extra(&mut pdf);
    pdf.finish()
}

fn sheet_of(bytes: &[u8]) -> Sheet {
    let drawings = read(bytes, &Limits::default()).expect("readable");
    drawings.sheets.into_iter().next().expect("one sheet")
}

fn near(actual: f32, expected: f32, tolerance: f32) -> bool {
    (actual - expected).abs() <= tolerance
}

fn line(content: &mut Content, from: (f32, f32), to: (f32, f32), width_mm: f32) {
    content.set_line_width(pt(width_mm));
    content.set_line_cap(LineCapStyle::ButtCap);
    content.move_to(pt(from.0), y(from.1));
    content.line_to(pt(to.0), y(to.1));
    content.stroke();
}

#[test]
fn a_line_is_measured_in_millimetres_from_the_top_left() {
    let mut c = Content::new();
    line(&mut c, (20.0, 30.0), (100.0, 30.0), 0.4);
    let sheet = sheet_of(&one_page(c.finish(), |_| {}, &[], &[]));
    let size = sheet.size.unwrap();
    assert!(near(size.width, 210.0, 0.1) && near(size.height, 297.0, 0.1), "{size:?}");
    let content = sheet.content.unwrap();
    assert!(near(content.left, 20.0, 0.3) && near(content.right, 100.0, 0.3), "{content:?}");
    assert!(near(content.top, 30.0, 0.3) && near(content.bottom, 30.0, 0.3), "{content:?}");
    assert_eq!(sheet.frame, None);
    assert_eq!(sheet.colour, Colour::BlackAndWhite);
    assert_eq!(sheet.texts, Some(Vec::new()));
    assert_eq!(sheet.raster, None);
}

#[test]
fn a_rectangle_around_the_rest_is_a_frame() {
    let mut c = Content::new();
    c.set_line_width(pt(0.3));
    c.rect(pt(15.0), y(282.0), pt(180.0), pt(267.0));
    c.stroke();
    line(&mut c, (50.0, 100.0), (150.0, 200.0), 0.4);
    let sheet = sheet_of(&one_page(c.finish(), |_| {}, &[], &[]));
    let frame = sheet.frame.expect("a frame");
    assert!(near(frame.left, 15.0, 0.3) && near(frame.top, 15.0, 0.3), "{frame:?}");
    assert!(near(frame.right, 195.0, 0.3) && near(frame.bottom, 282.0, 0.3), "{frame:?}");
    assert_eq!(sheet.content, Some(frame));
}

#[test]
fn a_rectangle_beside_other_content_is_no_frame() {
    let mut c = Content::new();
    c.rect(pt(15.0), y(100.0), pt(50.0), pt(50.0));
    c.stroke();
    line(&mut c, (100.0, 100.0), (150.0, 200.0), 0.4);
    assert_eq!(sheet_of(&one_page(c.finish(), |_| {}, &[], &[])).frame, None);
}

#[test]
fn a_red_line_is_colour_and_a_grey_fill_greyscale() {
    let mut c = Content::new();
    c.set_stroke_rgb(0.9, 0.1, 0.1);
    line(&mut c, (20.0, 30.0), (100.0, 30.0), 0.4);
    assert_eq!(sheet_of(&one_page(c.finish(), |_| {}, &[], &[])).colour, Colour::Colour);

    let mut c = Content::new();
    c.set_fill_gray(0.5);
    c.rect(pt(20.0), y(80.0), pt(50.0), pt(50.0));
    c.fill_nonzero();
    assert_eq!(sheet_of(&one_page(c.finish(), |_| {}, &[], &[])).colour, Colour::Greyscale);

    // A hairline in grey is not grey content; white paint is not content at all.
    let mut c = Content::new();
    c.set_stroke_gray(0.5);
    line(&mut c, (20.0, 30.0), (100.0, 30.0), 0.1);
    c.set_fill_gray(1.0);
    c.rect(pt(0.0), y(297.0), pt(210.0), pt(297.0));
    c.fill_nonzero();
    let sheet = sheet_of(&one_page(c.finish(), |_| {}, &[], &[]));
    assert_eq!(sheet.colour, Colour::BlackAndWhite);
    assert!(near(sheet.content.unwrap().left, 20.0, 0.3), "{:?}", sheet.content);
}

#[test]
fn helvetica_text_is_a_run_with_its_cap_height() {
    let mut c = Content::new();
    c.begin_text();
    c.set_font(Name(b"F1"), 12.0);
    c.next_line(pt(30.0), y(50.0));
    c.show(Str(b"FIG. 1"));
    c.next_line(pt(100.0), 0.0);
    c.show(Str(b"far"));
    c.end_text();
    let drawings = read(&one_page(c.finish(), |_| {}, &[], &[]), &Limits::default()).unwrap();
    let texts = drawings.sheets[0].texts.clone().unwrap();
    assert_eq!(texts.len(), 2, "{texts:?}");
    let run = &texts[0];
    assert_eq!(run.text, "FIG. 1");
    let cap_mm = 12.0 * 0.718 * 25.4 / 72.0;
    assert!(near(run.height_mm, cap_mm, 0.15), "{run:?}");
    assert!(near(run.rect.left, 30.0, 0.5) && near(run.rect.bottom, 50.0, 0.3), "{run:?}");
    assert!(near(run.rect.top, 50.0 - cap_mm, 0.3), "{run:?}");
    assert_eq!(texts[1].text, "far");
    let font = &drawings.pdf.unwrap().fonts[0];
    assert_eq!((font.name.as_str(), font.embedded, font.standard, font.first_sheet), ("Helvetica", false, true, 1));
}

#[test]
fn invisible_text_is_read_but_not_content() {
    let mut c = Content::new();
    c.begin_text();
    c.set_text_rendering_mode(pdf_writer::types::TextRenderingMode::Invisible);
    c.set_font(Name(b"F1"), 12.0);
    c.next_line(pt(30.0), y(50.0));
    c.show(Str(b"OCR"));
    c.end_text();
    let sheet = sheet_of(&one_page(c.finish(), |_| {}, &[], &[]));
    assert_eq!(sheet.content, None);
    assert_eq!(sheet.texts.unwrap()[0].text, "OCR");
}

#[test]
fn a_type3_font_is_embedded_and_measured_from_its_glyphs() {
    let mut c = Content::new();
    c.begin_text();
    c.set_font(Name(b"T3"), 20.0);
    c.next_line(pt(40.0), y(60.0));
    c.show(Str(b"AA"));
    c.end_text();
    let extra = |pdf: &mut Writer| {
        let mut font = pdf.type3_font(Ref::new(20));
        font.bbox(PdfRect::new(0.0, 0.0, 500.0, 700.0)).matrix([0.001, 0.0, 0.0, 0.001, 0.0, 0.0]);
        font.char_procs().pair(Name(b"A"), Ref::new(21));
        font.encoding_custom().differences().consecutive(65, [Name(b"A")]);
        font.first_char(65).widths([600.0]);
        font.finish();
        let mut glyph = Content::new();
        glyph.start_shape_glyph(600.0, 0.0, 0.0, 500.0, 700.0);
        glyph.rect(0.0, 0.0, 500.0, 700.0);
        glyph.fill_nonzero();
        pdf.stream(Ref::new(21), &glyph.finish());
    };
    let drawings = read(&one_page(c.finish(), extra, &[], &[("T3", Ref::new(20))]), &Limits::default()).unwrap();
    let fonts = drawings.pdf.unwrap().fonts;
    assert_eq!(fonts.len(), 1, "{fonts:?}");
    assert!(fonts[0].embedded && !fonts[0].standard, "{fonts:?}");
    let run = &drawings.sheets[0].texts.as_ref().unwrap()[0];
    assert_eq!(run.text, "AA");
    assert!(near(run.height_mm, pt(1.0).recip() * 20.0 * 0.7, 0.1), "{run:?}");
    let content = drawings.sheets[0].content.unwrap();
    assert!(near(content.left, 40.0, 0.2) && near(content.bottom, 60.0, 0.2), "{content:?}");
}

/// A 1-bit image of `w`×`h` pixels, white with a black block at pixel columns and rows 10..20.
fn bilevel_image(pdf: &mut Writer, id: Ref, w: u32, h: u32) {
    let stride = w.div_ceil(8) as usize;
    let mut data = vec![0xFFu8; stride * h as usize];
    for row in 10..20usize {
        for x in 10..20usize {
            data[row * stride + x / 8] &= !(0x80 >> (x % 8));
        }
    }
    let mut image = pdf.image_xobject(id, &data);
    image.width(w as i32).height(h as i32).bits_per_component(1);
    image.color_space().device_gray();
    image.finish();
}

#[test]
fn a_page_filling_image_is_a_scan_measured_by_its_ink() {
    let mut c = Content::new();
    c.save_state();
    c.transform([A4.0, 0.0, 0.0, A4.1, 0.0, 0.0]);
    c.x_object(Name(b"Im1"));
    c.restore_state();
    let bytes = one_page(c.finish(), |pdf| bilevel_image(pdf, Ref::new(20), 100, 141), &[("Im1", Ref::new(20))], &[]);
    let sheet = sheet_of(&bytes);
    let content = sheet.content.unwrap();
    let (px_w, px_h) = (210.0 / 100.0, 297.0 / 141.0);
    assert!(near(content.left, 10.0 * px_w, 0.3) && near(content.right, 20.0 * px_w, 0.3), "{content:?}");
    assert!(near(content.top, 10.0 * px_h, 0.3) && near(content.bottom, 20.0 * px_h, 0.3), "{content:?}");
    assert_eq!(sheet.texts, None);
    let raster = sheet.raster.unwrap();
    assert_eq!((raster.width_px, raster.height_px, raster.pixel_type), (100, 141, PixelType::Bilevel));
    assert_eq!(raster.compression, Compression::None);
    let (dpi_x, _) = raster.dpi.unwrap();
    assert!(near(dpi_x, 100.0 / (210.0 / 25.4), 0.5), "{raster:?}");
}

#[test]
fn an_image_over_too_many_pixels_is_not_decoded_but_still_content() {
    let mut c = Content::new();
    c.save_state();
    c.transform([pt(50.0), 0.0, 0.0, pt(50.0), pt(10.0), y(60.0)]);
    c.x_object(Name(b"Im1"));
    c.restore_state();
    let bytes = one_page(c.finish(), |pdf| bilevel_image(pdf, Ref::new(20), 100, 141), &[("Im1", Ref::new(20))], &[]);
    let limits = Limits { image_pixels: 1_000, ..Limits::default() };
    let content = read(&bytes, &limits).unwrap().sheets[0].content.unwrap();
    assert!(near(content.left, 10.0, 0.3) && near(content.right, 60.0, 0.3), "{content:?}");
}

#[test]
fn an_encrypt_entry_in_the_trailer_makes_it_encrypted() {
    let mut c = Content::new();
    line(&mut c, (20.0, 30.0), (100.0, 30.0), 0.4);
    let plain = one_page(c.finish(), |_| {}, &[], &[]);
    let text = String::from_utf8_lossy(&plain).into_owned();
    let encrypted = text.replacen("trailer\n<<", "trailer\n<<\n  /Encrypt 99 0 R", 1);
    assert_ne!(text, encrypted);
    let drawings = read(encrypted.as_bytes(), &Limits::default()).expect("facts of an encrypted file");
    assert!(drawings.pdf.unwrap().encrypted);
    assert!(!read(&plain, &Limits::default()).unwrap().pdf.unwrap().encrypted);
}

#[test]
fn the_header_gives_the_version() {
    let mut c = Content::new();
    line(&mut c, (20.0, 30.0), (100.0, 30.0), 0.4);
    let mut bytes = one_page(c.finish(), |_| {}, &[], &[]);
    bytes[5..8].copy_from_slice(b"1.3");
    assert_eq!(read(&bytes, &Limits::default()).unwrap().pdf.unwrap().version, (1, 3));
}

#[test]
fn damaged_files_give_an_error_or_sheets_but_never_panic() {
    assert!(read(b"%PDF-1.4\nnothing here", &Limits::default()).is_err());
    assert!(read(b"GIF89a", &Limits::default()).is_err());
    let mut c = Content::new();
    line(&mut c, (20.0, 30.0), (100.0, 30.0), 0.4);
    let bytes = one_page(c.finish(), |pdf| bilevel_image(pdf, Ref::new(20), 100, 141), &[("Im1", Ref::new(20))], &[]);
    for cut in (8..bytes.len()).step_by(7) {
        let _ = read(&bytes[..cut], &Limits::default());
    }
    let mut flipped = bytes.clone();
    for i in (0..flipped.len()).step_by(13) {
        flipped[i] ^= 0x5A;
        let _ = read(&flipped, &Limits::default());
    }
}

#[test]
fn more_pages_than_the_limit_is_an_error() {
    let mut c = Content::new();
    line(&mut c, (20.0, 30.0), (100.0, 30.0), 0.4);
    let bytes = one_page(c.finish(), |_| {}, &[], &[]);
    let error = read(&bytes, &Limits { sheets: 0, ..Limits::default() }).unwrap_err().to_string();
    assert!(error.contains("pages"), "{error}");
}

/// A hand-written PDF from numbered object bodies, with a correct cross-reference table.
fn hand_written(objects: &[&str]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}

fn stream(dict: &str, data: &str) -> String {
    format!("<< {dict} /Length {} >>\nstream\n{data}\nendstream", data.len())
}

#[test]
fn a_cyclic_page_tree_ends() {
    let bytes = hand_written(&[
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [2 0 R 3 0 R 4 0 R] /Count 3 >>",
        "<< /Type /Pages /Kids [2 0 R 3 0 R 5 0 R] /Count 1 >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>",
    ]);
    let started = Instant::now();
    let result = read(&bytes, &Limits::default());
    assert!(started.elapsed().as_secs() < 5);
    if let Ok(drawings) = result {
        assert!(drawings.sheets.len() <= 2, "{}", drawings.sheets.len());
    }
}

#[test]
fn forms_drawing_each_other_in_a_loop_or_exponentially_are_refused_quickly() {
    // Each form draws the next twice: 2^40 content streams if interpreted.
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
         /Resources << /XObject << /X 5 0 R >> >> >>"
            .to_string(),
        stream("", "/X Do /X Do"),
    ];
    for level in 0..40 {
        let next = 5 + level + 1;
        objects.push(stream(
            &format!("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X {next} 0 R >> >>"),
            "0 0 1 1 re f /X Do /X Do",
        ));
    }
    objects.push(stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10]", "0 0 1 1 re f"));
    let refs: Vec<&str> = objects.iter().map(String::as_str).collect();
    let started = Instant::now();
    assert!(read(&hand_written(&refs), &Limits::default()).is_err());
    assert!(started.elapsed().as_secs() < 5);

    // A form that draws itself.
    let looped = hand_written(&[
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
         /Resources << /XObject << /X 5 0 R >> >> >>",
        &stream("", "/X Do"),
        &stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 5 0 R >> >>",
            "/X Do /X Do",
        ),
    ]);
    let started = Instant::now();
    let _ = read(&looped, &Limits::default());
    assert!(started.elapsed().as_secs() < 5);
}

#[test]
fn a_flate_bomb_is_refused() {
    // 64 MiB of zeros deflate to about 64 KiB.
    let zeros = vec![0u8; 64 << 20];
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 6);
    let mut pdf = Writer::new();
    pdf.catalog(Ref::new(1)).pages(Ref::new(2));
    pdf.pages(Ref::new(2)).kids([Ref::new(3)]).count(1);
    pdf.page(Ref::new(3)).parent(Ref::new(2)).media_box(PdfRect::new(0.0, 0.0, A4.0, A4.1)).contents(Ref::new(4));
    pdf.stream(Ref::new(4), &packed).filter(Filter::FlateDecode);
    let limits = Limits { part_bytes: 1 << 20, ..Limits::default() };
    let error = read(&pdf.finish(), &limits).unwrap_err().to_string();
    assert!(error.contains("inflate"), "{error}");
}

//! Drawing fixtures with known geometry, built from a short text spec, so that the drawing rules' documented
//! examples (plain `&'static str`) and the reader tests run through the real readers on real files.
//!
//! ```text
//! pdf letter; text 20 30 3.2 "FIG. 1"; rect 25 25 160 220 width 0.5
//! ```
//!
//! # The spec language
//!
//! One directive a line; `;` also separates directives; `#` starts a comment (both are plain characters inside
//! quotes). Lengths are millimetres from the sheet's top-left corner, x to the right and y down. Keywords are
//! case-insensitive. A malformed spec panics with a message naming the directive.
//!
//! Sizes (`SIZE`) are `A4` (210 × 297), `letter` (215.9 × 279.4) or `<w>x<h>` in millimetres; rasters also take
//! `<w>x<h>px`, pixels given directly (the size in millimetres is then pixels / dpi).
//!
//! ## The file
//!
//! At most one of these; without one, a spec that draws anything makes a PDF.
//!
//! - `pdf [SIZE] [landscape] [version 1.3] [encrypted] [javascript] [attachment] [signed] [note]`: `drawings.pdf`,
//!   A4 and PDF 1.7 by default, written by
//!   pdf-writer (cross-reference table, one content stream a page). `encrypted`: the file is really encrypted with
//!   the standard security handler, revision 2 (40-bit RC4), an empty user password and the owner password
//!   `owner`: every stream is encrypted (the files hold no string objects outside streams), and the trailer has
//!   `/Encrypt` and `/ID`. Readers that know the handler (hayro, pdfinfo, qpdf) open it without a password.
//!   `javascript` adds an opening action that runs a script, `attachment` an (empty) embedded-files name tree,
//!   `signed` a form with `/SigFlags 3`, `note` a sticky-note annotation on the first page (not with `encrypted`).
//! - `tiff|png|jpeg|gif|bmp [SIZE] [landscape] [dpi <n>|no-dpi] [bilevel|grey|rgb|palette|cmyk]
//!   [g4|lzw|deflate|packbits|none] [progressive] [no-jfif] [frames <n>] [interlaced]`: `drawings.tif`, `.png`,
//!   `.jpg`, `.gif` or `.bmp`; A4 at 300 dpi by default. `no-dpi` leaves the resolution out of the file (drawing
//!   still uses the dpi, 300 unless given); a GIF can never state it. Pixel types and compressions by format:
//!   - TIFF (little-endian, baseline tags, strips of 256 rows, one strip for G4): bilevel (WhiteIsZero, 1 bit),
//!     grey, rgb, palette (ColorMap), cmyk (Separated); g4 (bilevel only), lzw, deflate (zlib, Compression 8),
//!     packbits, none. Default bilevel with g4; lzw for other pixel types. Each sheet is a page (an IFD).
//!   - PNG: bilevel (grey, 1 bit), grey, rgb, palette; deflate only; pHYs unless `no-dpi`; `interlaced` is
//!     Adam7. Default bilevel.
//!   - JPEG (jpeg-encoder, quality 90): grey (the default), rgb, cmyk (Adobe APP14, inverted like Photoshop's);
//!     baseline unless `progressive`; a JFIF APP0 with the density in dots per inch (units 0 with `no-dpi`);
//!     `no-jfif` removes the APP0 segment.
//!   - GIF (GIF89a, LZW): bilevel (a 2-colour palette, the default) or grey/palette (a palette of the colours
//!     used); `interlaced`; `frames <n>` repeats the image as an animation of n frames (with a NETSCAPE2.0 loop).
//!   - BMP (BITMAPINFOHEADER, bottom-up, uncompressed): bilevel (1 bit, palette black, white), grey (8 bits,
//!     256 greys), palette (8 bits, the colours used), rgb (24 bits); pixels per metre unless `no-dpi`.
//!
//!   Without a pixel type, a raster with red or blue is rgb (a GIF: palette), one with a photo or grey paint is
//!   grey, and the format's default otherwise. A bilevel raster has ink (luma below 160) black and the rest white.
//!
//! ## Sheets and what is drawn on them
//!
//! - `sheet [SIZE] [landscape]`: starts a new sheet (PDF page, TIFF page; other rasters have one sheet). The
//!   first sheet is implicit and has the file's size; a `sheet` before anything is drawn is that first sheet, so
//!   `pdf; sheet letter; line …` is one letter sheet and `pdf; sheet; sheet; line …` has a blank first sheet.
//! - `line <x1> <y1> <x2> <y2> [width <mm>] [colour black|grey|red|blue|white]`: width 0.4 and black by default;
//!   butt caps (the line ends at its end points).
//! - `rect <x> <y> <w> <h> [width <mm>] [fill] [colour …]`: stroked (the stroke centred on the edges, so it
//!   reaches width / 2 outside) unless `fill`.
//! - `text <x> <y> <height> "<string>" [font helvetica|embedded]`: x the left, y the baseline, height that of
//!   capitals and digits; the PDF font size is height / 0.718 (Helvetica's cap height). Helvetica is the standard
//!   font, not embedded, WinAnsiEncoding; `embedded`, and any string with a character outside printable
//!   Latin-1, uses instead `PatlintBoxes`, a Type 3 font defined in the file whose glyphs are boxes 0.5 em wide
//!   and 0.718 em high (advance 0.6 em; blank for white space), with a ToUnicode CMap so that the text is
//!   extracted. Rasters and scans draw these same boxes (black) in place of any text: the ink of the text, never
//!   readable.
//! - `textblock <x> <y> <height> <width> "<text>" [spacing <multiple>]`: running text, as a word processor sets
//!   it: the words wrapped into lines of Helvetica (its real widths) at most `width` wide, the first baseline at y,
//!   lines `spacing` (1.5 by default) times single spacing (1.15 em) apart; `\n` starts a new line, and an empty
//!   line leaves a blank one.
//! - `photo <x> <y> <w> <h>`: a continuous-tone grey gradient (levels 20 to 150, all of it ink, most of it
//!   grey): in a PDF an 8-bit DeviceGray image XObject (Flate, 150 pixels an inch); in a raster grey pixels; in a
//!   scan thresholded to black.
//! - `scan [dpi <n>]`: PDF only: the current sheet is painted as one page-filling 1-bit CCITT G4 image (300 dpi by
//!   default) of what is drawn on it, instead of paths and text: no text layer.
//!
//! ## Other files
//!
//! - `description "<text>"`: `description.xml`, a Word flat-XML document with one paragraph a line of the text.
//! - `claims "<text>"`: `claims.txt`.
//!
//! Quoted strings take `\"`, `\\`, `\n` and `\t`. The files come in this order: the drawings, the description,
//! the claims.

/// A file the builder wrote: its name and bytes (a test makes a filing's files of them).
#[derive(Clone, Debug)]
pub struct Fixture {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Builds the files a spec describes. Panics, naming the directive, on a malformed spec.
pub fn build(spec: &str) -> Vec<Fixture> {
    let spec = Spec::parse(spec);
    let mut files = Vec::new();
    if let Some(format) = &spec.format {
        let (name, bytes) = match format {
            Format::Pdf(options) => ("drawings.pdf".to_string(), write_pdf(options, &spec.sheets)),
            Format::Raster(options) => write_raster(options, &spec.sheets),
        };
        files.push(Fixture { name, bytes });
    }
    if let Some(text) = &spec.description {
        files.push(Fixture { name: "description.xml".into(), bytes: word_xml(text).into_bytes() });
    }
    if let Some(text) = &spec.claims {
        files.push(Fixture { name: "claims.txt".into(), bytes: text.clone().into_bytes() });
    }
    assert!(!files.is_empty(), "drawing spec describes no file: {spec:?}", spec = spec.source);
    files
}

/// Millimetres to PDF points.
const PT: f64 = 72.0 / 25.4;
/// Helvetica's cap height, and the Type 3 box font's, in em.
const CAP_HEIGHT: f64 = 0.718;
/// The Type 3 box font's advance and box, in em.
const BOX_ADVANCE: f64 = 0.6;
const BOX_LEFT: f64 = 0.05;
const BOX_RIGHT: f64 = 0.55;

// ---------------------------------------------------------------------------------------------------------------
// The spec.

#[derive(Clone, Copy, Debug, PartialEq)]
enum Colour {
    Black,
    Grey,
    Red,
    Blue,
    White,
}

impl Colour {
    fn rgb(self) -> [u8; 3] {
        match self {
            Colour::Black => [0, 0, 0],
            Colour::Grey => [128, 128, 128],
            Colour::Red => [255, 0, 0],
            Colour::Blue => [0, 0, 255],
            Colour::White => [255, 255, 255],
        }
    }

    /// The PDF operands of the colour (without the operator).
    fn pdf(self) -> &'static str {
        match self {
            Colour::Black => "0 0 0",
            Colour::Grey => "0.5 0.5 0.5",
            Colour::Red => "1 0 0",
            Colour::Blue => "0 0 1",
            Colour::White => "1 1 1",
        }
    }
}

#[derive(Clone, Debug)]
enum Item {
    Line { x1: f64, y1: f64, x2: f64, y2: f64, width: f64, colour: Colour },
    Rect { x: f64, y: f64, w: f64, h: f64, width: f64, fill: bool, colour: Colour },
    Text { x: f64, y: f64, height: f64, text: String, embedded: bool },
    Photo { x: f64, y: f64, w: f64, h: f64 },
}

#[derive(Clone, Debug)]
struct Sheet {
    /// Size in millimetres.
    width: f64,
    height: f64,
    /// Pixels given directly (`<w>x<h>px`).
    pixels: Option<(u32, u32)>,
    items: Vec<Item>,
    /// Painted as a G4 scan at this dpi (PDF).
    scan: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum RasterKind {
    Tiff,
    Png,
    Jpeg,
    Gif,
    Bmp,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Pixels {
    Bilevel,
    Grey,
    Rgb,
    Palette,
    Cmyk,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Packing {
    G4,
    Lzw,
    Deflate,
    PackBits,
    None,
}

#[derive(Clone, Debug, Default)]
struct PdfOptions {
    version: (u8, u8),
    encrypted: bool,
    /// Catalogue extras: an opening script, an attached file, a signature field, a sticky note on the first page.
    javascript: bool,
    attachment: bool,
    signed: bool,
    note: bool,
}

#[derive(Clone, Debug)]
struct RasterOptions {
    kind: RasterKind,
    dpi: f64,
    write_dpi: bool,
    pixels: Option<Pixels>,
    packing: Option<Packing>,
    progressive: bool,
    jfif: bool,
    frames: u32,
    interlaced: bool,
}

#[derive(Clone, Debug)]
enum Format {
    Pdf(PdfOptions),
    Raster(RasterOptions),
}

/// A size as written: millimetres, or pixels.
#[derive(Clone, Copy, Debug)]
enum SizeSpec {
    Mm(f64, f64),
    Px(u32, u32),
}

struct Spec {
    source: String,
    format: Option<Format>,
    sheets: Vec<Sheet>,
    description: Option<String>,
    claims: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Word(String),
    Quoted(String),
}

/// Splits a spec into directives of tokens.
fn lex(spec: &str) -> Vec<Vec<Token>> {
    let mut directives = Vec::new();
    let mut tokens = Vec::new();
    let mut word = String::new();
    let mut chars = spec.chars().peekable();
    let end_word = |word: &mut String, tokens: &mut Vec<Token>| {
        if !word.is_empty() {
            tokens.push(Token::Word(std::mem::take(word)));
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                end_word(&mut word, &mut tokens);
                let mut quoted = String::new();
                loop {
                    match chars.next() {
                        None => panic!("drawing spec: unterminated string in {spec:?}"),
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some('"') => quoted.push('"'),
                            Some('\\') => quoted.push('\\'),
                            Some('n') => quoted.push('\n'),
                            Some('t') => quoted.push('\t'),
                            other => panic!("drawing spec: unknown escape \\{other:?} in {spec:?}"),
                        },
                        Some(other) => quoted.push(other),
                    }
                }
                tokens.push(Token::Quoted(quoted));
            }
            '#' => {
                while chars.peek().is_some_and(|&c| c != '\n') {
                    chars.next();
                }
            }
            '\n' | ';' => {
                end_word(&mut word, &mut tokens);
                if !tokens.is_empty() {
                    directives.push(std::mem::take(&mut tokens));
                }
            }
            c if c.is_whitespace() => end_word(&mut word, &mut tokens),
            c => word.push(c),
        }
    }
    end_word(&mut word, &mut tokens);
    if !tokens.is_empty() {
        directives.push(tokens);
    }
    directives
}

/// The arguments of one directive, read in order.
struct Args {
    directive: String,
    tokens: std::collections::VecDeque<Token>,
}

impl Args {
    fn fail(&self, why: &str) -> ! {
        panic!("drawing spec: `{}`: {why}", self.directive)
    }

    fn peek_word(&self) -> Option<String> {
        match self.tokens.front() {
            Some(Token::Word(w)) => Some(w.to_ascii_lowercase()),
            _ => None,
        }
    }

    fn word(&mut self, what: &str) -> String {
        match self.tokens.pop_front() {
            Some(Token::Word(w)) => w,
            _ => self.fail(&format!("expected {what}")),
        }
    }

    fn number(&mut self, what: &str) -> f64 {
        let word = self.word(what);
        match word.parse::<f64>() {
            Ok(n) if n.is_finite() => n,
            _ => self.fail(&format!("{what} must be a number, not {word:?}")),
        }
    }

    fn length(&mut self, what: &str) -> f64 {
        let n = self.number(what);
        if n < 0.0 {
            self.fail(&format!("{what} must not be negative"));
        }
        n
    }

    fn quoted(&mut self, what: &str) -> String {
        match self.tokens.pop_front() {
            Some(Token::Quoted(q)) => q,
            _ => self.fail(&format!("expected {what} in double quotes")),
        }
    }

    /// A size word (`A4`, `letter`, `<w>x<h>`, `<w>x<h>px`) if the next token is one.
    fn size(&mut self, pixels_allowed: bool) -> Option<SizeSpec> {
        let word = self.peek_word()?;
        let size = match word.as_str() {
            "a4" => SizeSpec::Mm(210.0, 297.0),
            "letter" => SizeSpec::Mm(215.9, 279.4),
            _ => {
                let (w, h) = word.split_once('x')?;
                if let Some(h) = h.strip_suffix("px") {
                    if !pixels_allowed {
                        self.fail("sizes in pixels are for rasters");
                    }
                    match (w.parse::<u32>(), h.parse::<u32>()) {
                        (Ok(w), Ok(h)) if w > 0 && h > 0 => SizeSpec::Px(w, h),
                        _ => self.fail(&format!("bad size {word:?}")),
                    }
                } else {
                    match (w.parse::<f64>(), h.parse::<f64>()) {
                        (Ok(w), Ok(h)) if w > 0.0 && h > 0.0 => SizeSpec::Mm(w, h),
                        _ => self.fail(&format!("bad size {word:?}")),
                    }
                }
            }
        };
        self.tokens.pop_front();
        Some(size)
    }

    fn colour(&mut self) -> Colour {
        match self.word("a colour").to_ascii_lowercase().as_str() {
            "black" => Colour::Black,
            "grey" | "gray" => Colour::Grey,
            "red" => Colour::Red,
            "blue" => Colour::Blue,
            "white" => Colour::White,
            other => self.fail(&format!("unknown colour {other:?} (black, grey, red, blue, white)")),
        }
    }

    fn done(&self) {
        if let Some(extra) = self.tokens.front() {
            self.fail(&format!("unexpected {extra:?}"));
        }
    }
}

impl Spec {
    fn parse(source: &str) -> Spec {
        let directives: Vec<Args> = lex(source)
            .into_iter()
            .map(|tokens| {
                let directive = tokens
                    .iter()
                    .map(|t| match t {
                        Token::Word(w) => w.clone(),
                        Token::Quoted(q) => format!("{q:?}"),
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                Args { directive, tokens: tokens.into() }
            })
            .collect();
        // The file first: its size and dpi apply to the sheets.
        let mut format = None;
        let mut first_size = (SizeSpec::Mm(210.0, 297.0), false);
        let mut draws = false;
        for args in &directives {
            let Some(Token::Word(name)) = args.tokens.front() else { args.fail("a directive starts with its name") };
            match name.to_ascii_lowercase().as_str() {
                "pdf" | "tiff" | "tif" | "png" | "jpeg" | "jpg" | "gif" | "bmp" => {
                    if format.is_some() {
                        args.fail("a spec describes one drawing file");
                    }
                    let mut args = Args { directive: args.directive.clone(), tokens: args.tokens.clone() };
                    let (f, size) = parse_format(&mut args);
                    format = Some(f);
                    first_size = size;
                }
                "sheet" | "line" | "rect" | "text" | "textblock" | "photo" | "scan" => draws = true,
                "description" | "claims" => {}
                other => args.fail(&format!("unknown directive {other:?}")),
            }
        }
        if format.is_none() && draws {
            format = Some(Format::Pdf(PdfOptions { version: (1, 7), ..PdfOptions::default() }));
        }
        let (pixels_allowed, dpi) = match &format {
            Some(Format::Raster(r)) => (true, r.dpi),
            _ => (false, 300.0),
        };
        let sheet_of = |size: SizeSpec, landscape: bool| {
            let (mut width, mut height, mut pixels) = match size {
                SizeSpec::Mm(w, h) => (w, h, None),
                SizeSpec::Px(w, h) => (f64::from(w) * 25.4 / dpi, f64::from(h) * 25.4 / dpi, Some((w, h))),
            };
            if landscape {
                std::mem::swap(&mut width, &mut height);
                pixels = pixels.map(|(w, h)| (h, w));
            }
            Sheet { width, height, pixels, items: Vec::new(), scan: None }
        };
        let mut sheets = vec![sheet_of(first_size.0, first_size.1)];
        // Whether the current sheet was started by `sheet` or has been drawn on.
        let mut first_used = false;
        let mut description = None;
        let mut claims = None;
        for mut args in directives {
            let name = args.word("a directive").to_ascii_lowercase();
            match name.as_str() {
                "pdf" | "tiff" | "tif" | "png" | "jpeg" | "jpg" | "gif" | "bmp" => continue,
                "description" | "claims" => {
                    let text = args.quoted("the text");
                    args.done();
                    if name == "description" {
                        description = Some(text);
                    } else {
                        claims = Some(text);
                    }
                    continue;
                }
                "sheet" => {
                    let size = args.size(pixels_allowed);
                    let landscape = args.peek_word().as_deref() == Some("landscape");
                    if landscape {
                        args.tokens.pop_front();
                    }
                    args.done();
                    let sheet = match size {
                        Some(size) => sheet_of(size, landscape),
                        None => sheet_of(first_size.0, first_size.1 || landscape),
                    };
                    if first_used {
                        sheets.push(sheet);
                    } else {
                        sheets[0] = sheet;
                    }
                    first_used = true;
                    continue;
                }
                _ => {}
            }
            first_used = true;
            let sheet = sheets.last_mut().expect("a sheet");
            let item = match name.as_str() {
                "line" => {
                    let (x1, y1, x2, y2) = (args.number("x1"), args.number("y1"), args.number("x2"), args.number("y2"));
                    let (mut width, mut colour) = (0.4, Colour::Black);
                    while let Some(option) = args.peek_word() {
                        args.tokens.pop_front();
                        match option.as_str() {
                            "width" => width = args.length("the width"),
                            "colour" | "color" => colour = args.colour(),
                            other => args.fail(&format!("unknown option {other:?}")),
                        }
                    }
                    Item::Line { x1, y1, x2, y2, width, colour }
                }
                "rect" => {
                    let (x, y, w, h) = (args.number("x"), args.number("y"), args.length("w"), args.length("h"));
                    let (mut width, mut fill, mut colour) = (0.4, false, Colour::Black);
                    while let Some(option) = args.peek_word() {
                        args.tokens.pop_front();
                        match option.as_str() {
                            "width" => width = args.length("the width"),
                            "fill" => fill = true,
                            "colour" | "color" => colour = args.colour(),
                            other => args.fail(&format!("unknown option {other:?}")),
                        }
                    }
                    Item::Rect { x, y, w, h, width, fill, colour }
                }
                "text" => {
                    let (x, y, height) = (args.number("x"), args.number("y"), args.length("the height"));
                    let text = args.quoted("the text");
                    let mut embedded = false;
                    while let Some(option) = args.peek_word() {
                        args.tokens.pop_front();
                        match option.as_str() {
                            "font" => match args.word("a font").to_ascii_lowercase().as_str() {
                                "helvetica" => embedded = false,
                                "embedded" => embedded = true,
                                other => args.fail(&format!("unknown font {other:?} (helvetica, embedded)")),
                            },
                            other => args.fail(&format!("unknown option {other:?}")),
                        }
                    }
                    Item::Text { x, y, height, text, embedded }
                }
                "photo" => {
                    let item = Item::Photo {
                        x: args.number("x"),
                        y: args.number("y"),
                        w: args.length("w"),
                        h: args.length("h"),
                    };
                    if let Item::Photo { w, h, .. } = item {
                        if w == 0.0 || h == 0.0 {
                            args.fail("a photo has an area");
                        }
                    }
                    item
                }
                "textblock" => {
                    let (x, y, height, width) =
                        (args.number("x"), args.number("y"), args.length("the height"), args.length("the width"));
                    let text = args.quoted("the text");
                    let mut spacing = 1.5;
                    if args.peek_word().as_deref() == Some("spacing") {
                        args.tokens.pop_front();
                        spacing = args.length("the spacing");
                    }
                    args.done();
                    sheet.items.extend(text_block(x, y, height, width, spacing, &text));
                    continue;
                }
                "scan" => {
                    if !matches!(format, Some(Format::Pdf(_))) {
                        args.fail("scan is for PDF sheets");
                    }
                    let mut dpi = 300.0;
                    if args.peek_word().as_deref() == Some("dpi") {
                        args.tokens.pop_front();
                        dpi = args.length("the dpi");
                    }
                    if !(10.0..=1200.0).contains(&dpi) {
                        args.fail("dpi from 10 to 1200");
                    }
                    args.done();
                    sheet.scan = Some(dpi);
                    continue;
                }
                other => args.fail(&format!("unknown directive {other:?}")),
            };
            args.done();
            sheet.items.push(item);
        }
        if let Some(Format::Raster(r)) = &format {
            if sheets.len() > 1 && r.kind != RasterKind::Tiff {
                panic!("drawing spec: only PDF and TIFF have several sheets: {source:?}");
            }
        }
        Spec { source: source.to_string(), format, sheets, description, claims }
    }
}

/// Reads a file directive: the format and the first sheet's size (and whether it is landscape).
fn parse_format(args: &mut Args) -> (Format, (SizeSpec, bool)) {
    let name = args.word("the format").to_ascii_lowercase();
    let raster = name != "pdf";
    let mut size = SizeSpec::Mm(210.0, 297.0);
    let mut landscape = false;
    let mut pdf = PdfOptions { version: (1, 7), ..PdfOptions::default() };
    let kind = match name.as_str() {
        "tiff" | "tif" => RasterKind::Tiff,
        "png" => RasterKind::Png,
        "jpeg" | "jpg" => RasterKind::Jpeg,
        "gif" => RasterKind::Gif,
        _ => RasterKind::Bmp,
    };
    let mut r = RasterOptions {
        kind,
        dpi: 300.0,
        write_dpi: true,
        pixels: None,
        packing: None,
        progressive: false,
        jfif: true,
        frames: 1,
        interlaced: false,
    };
    while !args.tokens.is_empty() {
        if let Some(s) = args.size(raster) {
            size = s;
            continue;
        }
        let option = args.word("an option").to_ascii_lowercase();
        match (raster, option.as_str()) {
            (_, "landscape") => landscape = true,
            (false, "version") => {
                let v = args.word("the version");
                pdf.version = match v.split_once('.').map(|(a, b)| (a.parse::<u8>(), b.parse::<u8>())) {
                    Some((Ok(major), Ok(minor))) if major <= 9 && minor <= 9 => (major, minor),
                    _ => args.fail(&format!("bad version {v:?}")),
                };
            }
            (false, "encrypted") => pdf.encrypted = true,
            (false, "javascript") => pdf.javascript = true,
            (false, "attachment") => pdf.attachment = true,
            (false, "signed") => pdf.signed = true,
            (false, "note") => pdf.note = true,
            (true, "dpi") => {
                r.dpi = args.length("the dpi");
                if !(1.0..=4800.0).contains(&r.dpi) {
                    args.fail("dpi from 1 to 4800");
                }
            }
            (true, "no-dpi") => r.write_dpi = false,
            (true, "bilevel") => r.pixels = Some(Pixels::Bilevel),
            (true, "grey" | "gray") => r.pixels = Some(Pixels::Grey),
            (true, "rgb") => r.pixels = Some(Pixels::Rgb),
            (true, "palette") => r.pixels = Some(Pixels::Palette),
            (true, "cmyk") => r.pixels = Some(Pixels::Cmyk),
            (true, "g4") => r.packing = Some(Packing::G4),
            (true, "lzw") => r.packing = Some(Packing::Lzw),
            (true, "deflate") => r.packing = Some(Packing::Deflate),
            (true, "packbits") => r.packing = Some(Packing::PackBits),
            (true, "none") => r.packing = Some(Packing::None),
            (true, "progressive") => r.progressive = true,
            (true, "no-jfif") => r.jfif = false,
            (true, "frames") => {
                let n = args.number("the number of frames");
                if n < 1.0 || n.fract() != 0.0 || n > 1000.0 {
                    args.fail("frames from 1 to 1000");
                }
                r.frames = n as u32;
            }
            (true, "interlaced") => r.interlaced = true,
            _ => args.fail(&format!("unknown option {option:?}")),
        }
    }
    let check = |ok: bool, why: &str| {
        if !ok {
            args.fail(why);
        }
    };
    if raster {
        check(r.frames == 1 || kind == RasterKind::Gif, "frames are for GIF");
        check(!r.interlaced || matches!(kind, RasterKind::Png | RasterKind::Gif), "interlaced is for PNG and GIF");
        check((!r.progressive && r.jfif) || kind == RasterKind::Jpeg, "progressive and no-jfif are for JPEG");
        let packing_ok = match (kind, r.packing) {
            (_, None) => true,
            (RasterKind::Tiff, Some(p)) => p != Packing::G4 || matches!(r.pixels, None | Some(Pixels::Bilevel)),
            (RasterKind::Png, Some(p)) => p == Packing::Deflate,
            (RasterKind::Gif, Some(p)) => p == Packing::Lzw,
            (RasterKind::Bmp, Some(p)) => p == Packing::None,
            (RasterKind::Jpeg, Some(_)) => false,
        };
        check(packing_ok, "this compression is not available for this format (g4 is for bilevel TIFF)");
        let pixels_ok = match (kind, r.pixels) {
            (_, None) => true,
            (RasterKind::Tiff, _) => true,
            (RasterKind::Png, Some(p)) => p != Pixels::Cmyk,
            (RasterKind::Jpeg, Some(p)) => matches!(p, Pixels::Grey | Pixels::Rgb | Pixels::Cmyk),
            (RasterKind::Gif, Some(p)) => matches!(p, Pixels::Bilevel | Pixels::Grey | Pixels::Palette),
            (RasterKind::Bmp, Some(p)) => p != Pixels::Cmyk,
        };
        check(pixels_ok, "this pixel type is not available for this format");
        (Format::Raster(r), (size, landscape))
    } else {
        (Format::Pdf(pdf), (size, landscape))
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Text.

/// Whether Helvetica with WinAnsiEncoding can show the string (printable ASCII and Latin-1, where WinAnsi and
/// Latin-1 agree).
fn win_ansi(text: &str) -> bool {
    text.chars().all(|c| matches!(c as u32, 0x20..=0x7E | 0xA0..=0xFF))
}

/// Helvetica's advance widths (1000 units an em) of the printable ASCII characters, from its AFM.
const HELVETICA_WIDTHS: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
    556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
    260, 334, 584,
];

/// The width of a text in Helvetica, in ems.
fn helvetica_width(text: &str) -> f64 {
    text.chars()
        .map(|c| HELVETICA_WIDTHS.get((c as usize).wrapping_sub(32)).copied().unwrap_or(556))
        .map(|w| f64::from(w) / 1000.0)
        .sum()
}

/// `textblock`: the text wrapped into lines of Helvetica at most `width` wide, the first baseline at `y`, lines
/// `spacing` times single spacing (1.15 em) apart. A `\n` starts a new line and an empty line leaves one blank.
fn text_block(x: f64, y: f64, height: f64, width: f64, spacing: f64, text: &str) -> Vec<Item> {
    let em = height / CAP_HEIGHT;
    let pitch = spacing * 1.15 * em;
    let mut items = Vec::new();
    let mut baseline = y;
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
            if helvetica_width(&candidate) * em > width && !line.is_empty() {
                items.push(Item::Text { x, y: baseline, height, text: std::mem::take(&mut line), embedded: false });
                baseline += pitch;
                line = word.to_string();
            } else {
                line = candidate;
            }
        }
        if !line.is_empty() {
            items.push(Item::Text { x, y: baseline, height, text: line, embedded: false });
        }
        baseline += pitch;
    }
    items
}

/// The boxes the Type 3 font draws for a text, in millimetres: (left, top, right, bottom).
fn text_boxes(x: f64, y: f64, height: f64, text: &str) -> Vec<(f64, f64, f64, f64)> {
    let em = height / CAP_HEIGHT;
    text.chars()
        .enumerate()
        .filter(|(_, c)| !c.is_whitespace())
        .map(|(i, _)| {
            let left = x + i as f64 * BOX_ADVANCE * em;
            (left + BOX_LEFT * em, y - height, left + BOX_RIGHT * em, y)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------------------------
// Rasterising.

/// An RGB image, white to start with.
struct Canvas {
    width: u32,
    height: u32,
    /// Pixels a millimetre.
    scale: f64,
    pixels: Vec<[u8; 3]>,
}

impl Canvas {
    fn new(width: u32, height: u32, scale: f64) -> Canvas {
        let len = width as usize * height as usize;
        assert!(len <= 200_000_000, "drawing spec: a raster of {width} x {height} pixels is too large for a fixture");
        Canvas { width, height, scale, pixels: vec![[255; 3]; len] }
    }

    /// Pixels whose centres lie in [from, to] millimetres; at least the pixel holding the middle.
    fn span(&self, from: f64, to: f64, limit: u32) -> std::ops::Range<u32> {
        let (a, b) = (from * self.scale - 0.5, to * self.scale - 0.5);
        let (mut first, mut last) = (a.ceil(), b.floor());
        if first > last {
            first = ((from + to) / 2.0 * self.scale).floor();
            last = first;
        }
        let first = first.max(0.0).min(f64::from(limit)) as u32;
        let end = (last + 1.0).max(0.0).min(f64::from(limit)) as u32;
        first..end.max(first)
    }

    fn fill(&mut self, left: f64, top: f64, right: f64, bottom: f64, rgb: [u8; 3]) {
        let (xs, ys) = (self.span(left, right, self.width), self.span(top, bottom, self.height));
        for y in ys {
            let row = y as usize * self.width as usize;
            for x in xs.clone() {
                self.pixels[row + x as usize] = rgb;
            }
        }
    }

    fn line(&mut self, (x1, y1, x2, y2): (f64, f64, f64, f64), width: f64, rgb: [u8; 3]) {
        let half = width / 2.0;
        if y1 == y2 {
            return self.fill(x1.min(x2), y1 - half, x1.max(x2), y1 + half, rgb);
        }
        if x1 == x2 {
            return self.fill(x1 - half, y1.min(y2), x1 + half, y1.max(y2), rgb);
        }
        // Any other direction: pixels whose centres lie within half the width of the segment (butt caps).
        let s = self.scale;
        let (ax, ay, dx, dy) = (x1 * s, y1 * s, (x2 - x1) * s, (y2 - y1) * s);
        let length = (dx * dx + dy * dy).sqrt();
        let reach = (half * s).max(0.5);
        let xs = self.span(x1.min(x2) - half, x1.max(x2) + half, self.width);
        let ys = self.span(y1.min(y2) - half, y1.max(y2) + half, self.height);
        for y in ys {
            for x in xs.clone() {
                let (px, py) = (f64::from(x) + 0.5 - ax, f64::from(y) + 0.5 - ay);
                let along = (px * dx + py * dy) / length;
                let across = (px * dy - py * dx).abs() / length;
                if (0.0..=length).contains(&along) && across <= reach {
                    self.pixels[y as usize * self.width as usize + x as usize] = rgb;
                }
            }
        }
    }

    fn draw(&mut self, item: &Item) {
        match *item {
            Item::Line { x1, y1, x2, y2, width, colour } => self.line((x1, y1, x2, y2), width, colour.rgb()),
            Item::Rect { x, y, w, h, width, fill, colour } => {
                let rgb = colour.rgb();
                if fill {
                    self.fill(x, y, x + w, y + h, rgb);
                } else {
                    let o = width / 2.0;
                    self.fill(x - o, y - o, x + w + o, y + o, rgb);
                    self.fill(x - o, y + h - o, x + w + o, y + h + o, rgb);
                    self.fill(x - o, y - o, x + o, y + h + o, rgb);
                    self.fill(x + w - o, y - o, x + w + o, y + h + o, rgb);
                }
            }
            Item::Text { x, y, height, ref text, .. } => {
                for (l, t, r, b) in text_boxes(x, y, height, text) {
                    self.fill(l, t, r, b, [0; 3]);
                }
            }
            Item::Photo { x, y, w, h } => {
                let (xs, ys) = (self.span(x, x + w, self.width), self.span(y, y + h, self.height));
                let (x0, y0) = (x * self.scale, y * self.scale);
                let (pw, ph) = ((w * self.scale).max(1.0), (h * self.scale).max(1.0));
                for py in ys {
                    for px in xs.clone() {
                        let u = ((f64::from(px) + 0.5 - x0) / pw).clamp(0.0, 1.0);
                        let v = ((f64::from(py) + 0.5 - y0) / ph).clamp(0.0, 1.0);
                        let level = gradient(u, v);
                        self.pixels[py as usize * self.width as usize + px as usize] = [level; 3];
                    }
                }
            }
        }
    }

    fn luma(rgb: [u8; 3]) -> u8 {
        ((u32::from(rgb[0]) * 77 + u32::from(rgb[1]) * 150 + u32::from(rgb[2]) * 29) >> 8) as u8
    }

    /// Whether a pixel is ink in a bilevel image.
    fn ink(rgb: [u8; 3]) -> bool {
        Canvas::luma(rgb) < 160
    }
}

/// The photo's grey level at (u, v) of its area, 0 to 1 each: 20 (top left) to 150 (bottom right).
fn gradient(u: f64, v: f64) -> u8 {
    (20.0 + 130.0 * (u + v) / 2.0).round() as u8
}

/// Paints a sheet at `dpi` (or at its own pixel size).
fn render(sheet: &Sheet, dpi: f64) -> Canvas {
    let scale = dpi / 25.4;
    let (w, h) = sheet.pixels.unwrap_or_else(|| {
        ((sheet.width * scale).round().max(1.0) as u32, (sheet.height * scale).round().max(1.0) as u32)
    });
    let mut canvas = Canvas::new(w, h, scale);
    for item in &sheet.items {
        canvas.draw(item);
    }
    canvas
}

/// A canvas as the pixels a file stores: one byte a sample, bilevel as 1 for ink, palette as indices.
struct Pixmap {
    width: u32,
    height: u32,
    pixels: Pixels,
    samples: Vec<u8>,
    palette: Vec<[u8; 3]>,
}

impl Pixmap {
    fn of(canvas: &Canvas, pixels: Pixels) -> Pixmap {
        let mut palette: Vec<[u8; 3]> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let samples = match pixels {
            Pixels::Bilevel => canvas.pixels.iter().map(|&p| u8::from(Canvas::ink(p))).collect(),
            Pixels::Grey => canvas.pixels.iter().map(|&p| Canvas::luma(p)).collect(),
            Pixels::Rgb => canvas.pixels.iter().flatten().copied().collect(),
            Pixels::Cmyk => canvas
                .pixels
                .iter()
                .flat_map(|&[r, g, b]| {
                    let k = 255 - r.max(g).max(b);
                    let ink = |c: u8| {
                        if k == 255 {
                            0
                        } else {
                            ((u32::from(255 - c - k) * 255) / u32::from(255 - k)) as u8
                        }
                    };
                    [ink(r), ink(g), ink(b), k]
                })
                .collect(),
            Pixels::Palette => {
                let mut last = ([255u8; 3], None::<u8>);
                canvas
                    .pixels
                    .iter()
                    .map(|&p| {
                        if last.0 == p {
                            if let Some(i) = last.1 {
                                return i;
                            }
                        }
                        let i = *index.entry(p).or_insert_with(|| {
                            palette.push(p);
                            assert!(palette.len() <= 256, "drawing spec: more than 256 colours for a palette");
                            (palette.len() - 1) as u8
                        });
                        last = (p, Some(i));
                        i
                    })
                    .collect()
            }
        };
        Pixmap { width: canvas.width, height: canvas.height, pixels, samples, palette }
    }

    fn channels(&self) -> usize {
        match self.pixels {
            Pixels::Rgb => 3,
            Pixels::Cmyk => 4,
            _ => 1,
        }
    }

    /// Row `y`'s samples.
    fn row(&self, y: u32) -> &[u8] {
        let len = self.width as usize * self.channels();
        &self.samples[y as usize * len..(y as usize + 1) * len]
    }
}

/// Packs 1-bit values (0 or 1) most significant bit first.
fn pack_bits(values: impl Iterator<Item = u8>) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut byte, mut bits) = (0u8, 0);
    for v in values {
        byte = byte << 1 | (v & 1);
        bits += 1;
        if bits == 8 {
            out.push(byte);
            (byte, bits) = (0, 0);
        }
    }
    if bits > 0 {
        out.push(byte << (8 - bits));
    }
    out
}

/// CCITT Group 4 of 1-bit pixels (1 = ink = black).
fn g4(pixmap: &Pixmap) -> Vec<u8> {
    use fax::{encoder::Encoder, Color, VecWriter};
    let mut encoder = Encoder::new(VecWriter::new());
    for y in 0..pixmap.height {
        let row = pixmap.row(y);
        let pels = row.iter().map(|&ink| if ink != 0 { Color::Black } else { Color::White });
        encoder.encode_line(pels, pixmap.width).expect("G4 line");
    }
    encoder.finish().expect("G4").finish()
}

// ---------------------------------------------------------------------------------------------------------------
// PDF.

fn fmt(n: f64) -> String {
    let s = format!("{n:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

/// Writes objects' streams, encrypting them when the file is encrypted.
struct Writer {
    pdf: pdf_writer::Pdf,
    next: i32,
    key: Option<Vec<u8>>,
}

impl Writer {
    fn alloc(&mut self) -> pdf_writer::Ref {
        let r = pdf_writer::Ref::new(self.next);
        self.next += 1;
        r
    }

    /// The bytes stored for stream `id`.
    fn data(&self, id: pdf_writer::Ref, data: &[u8]) -> Vec<u8> {
        match &self.key {
            None => data.to_vec(),
            Some(key) => {
                let mut object_key = key.clone();
                object_key.extend_from_slice(&id.get().to_le_bytes()[..3]);
                object_key.extend_from_slice(&[0, 0]);
                let digest = md5(&object_key);
                rc4(&digest[..(key.len() + 5).min(16)], data)
            }
        }
    }
}

fn write_pdf(options: &PdfOptions, sheets: &[Sheet]) -> Vec<u8> {
    use pdf_writer::{Filter, Finish, Name, Rect};

    let mut w = Writer { pdf: pdf_writer::Pdf::new(), next: 1, key: None };
    w.pdf.set_version(options.version.0, options.version.1);
    let file_id = md5(format!("patlint fixture {sheets:?}").as_bytes()).to_vec();
    w.pdf.set_file_id((file_id.clone(), file_id.clone()));
    let catalog = w.alloc();
    let tree = w.alloc();
    let encrypt = w.alloc();
    if options.encrypted {
        w.key = Some(standard_security_key(&file_id));
    }

    // The fonts the text needs.
    let texts = sheets.iter().filter(|s| s.scan.is_none()).flat_map(|s| &s.items).filter_map(|item| match item {
        Item::Text { text, embedded, .. } => Some((text, *embedded || !win_ansi(text))),
        _ => None,
    });
    let mut helvetica = None;
    let mut boxes: Vec<char> = Vec::new();
    for (text, embedded) in texts {
        if embedded {
            for c in text.chars() {
                if !boxes.contains(&c) {
                    boxes.push(c);
                }
            }
        } else if helvetica.is_none() {
            helvetica = Some(w.alloc());
        }
    }
    assert!(boxes.len() <= 255, "drawing spec: more than 255 characters for the embedded font");
    let box_font = if boxes.is_empty() { None } else { Some(w.alloc()) };
    if let Some(id) = helvetica {
        w.pdf.type1_font(id).base_font(Name(b"Helvetica")).encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    if let Some(id) = box_font {
        let descriptor = w.alloc();
        let to_unicode = w.alloc();
        let procs: Vec<_> = boxes.iter().map(|_| w.alloc()).collect();
        let names: Vec<String> = (1..=boxes.len()).map(|i| format!("g{i}")).collect();
        for (c, &proc_id) in boxes.iter().zip(&procs) {
            let glyph = if c.is_whitespace() {
                "600 0 0 0 0 0 d1\n".to_string()
            } else {
                "600 0 50 0 550 718 d1\n50 0 500 718 re f\n".to_string()
            };
            let data = w.data(proc_id, glyph.as_bytes());
            w.pdf.stream(proc_id, &data);
        }
        let mut cmap = pdf_writer::types::UnicodeCmap::<u8>::new(
            Name(b"PatlintBoxes-UTF16"),
            pdf_writer::types::SystemInfo {
                registry: pdf_writer::Str(b"Adobe"),
                ordering: pdf_writer::Str(b"UCS"),
                supplement: 0,
            },
        );
        for (i, &c) in boxes.iter().enumerate() {
            cmap.pair(i as u8 + 1, c);
        }
        let data = w.data(to_unicode, &cmap.finish());
        w.pdf.stream(to_unicode, &data);
        w.pdf
            .font_descriptor(descriptor)
            .name(Name(b"PatlintBoxes"))
            .flags(pdf_writer::types::FontFlags::SYMBOLIC)
            .bbox(Rect::new(0.0, 0.0, 600.0, 718.0))
            .italic_angle(0.0)
            .ascent(718.0)
            .descent(0.0)
            .cap_height(718.0)
            .stem_v(80.0);
        let mut font = w.pdf.type3_font(id);
        font.name(Name(b"PatlintBoxes"));
        font.bbox(Rect::new(0.0, 0.0, 600.0, 718.0));
        font.matrix([0.001, 0.0, 0.0, 0.001, 0.0, 0.0]);
        font.char_procs().pairs(names.iter().zip(&procs).map(|(n, &r)| (Name(n.as_bytes()), r)));
        font.encoding_custom().differences().consecutive(1, names.iter().map(|n| Name(n.as_bytes())));
        font.first_char(1);
        font.last_char(boxes.len() as u8);
        font.widths(boxes.iter().map(|_| 600.0));
        font.font_descriptor(descriptor);
        font.to_unicode(to_unicode);
        font.finish();
    }

    let mut page_ids = Vec::new();
    for sheet in sheets {
        let page_id = w.alloc();
        let content_id = w.alloc();
        page_ids.push(page_id);
        let (pw, ph) = (sheet.width * PT, sheet.height * PT);
        let mut images = Vec::new();
        let mut content = String::new();
        let y = |mm: f64| ph - mm * PT;
        if let Some(dpi) = sheet.scan {
            let pixmap = Pixmap::of(&render(sheet, dpi), Pixels::Bilevel);
            let id = w.alloc();
            let data = w.data(id, &g4(&pixmap));
            let mut image = w.pdf.image_xobject(id, &data);
            image.width(pixmap.width as i32).height(pixmap.height as i32);
            image.color_space().device_gray();
            image.bits_per_component(1);
            image.filter(Filter::CcittFaxDecode);
            image.decode_parms().k(-1).columns(pixmap.width as i32).rows(pixmap.height as i32);
            image.finish();
            content.push_str(&format!("q {} 0 0 {} 0 0 cm /Scan Do Q\n", fmt(pw), fmt(ph)));
            images.push(("Scan".to_string(), id));
        } else {
            for item in &sheet.items {
                match *item {
                    Item::Line { x1, y1, x2, y2, width, colour } => content.push_str(&format!(
                        "{} w 0 J {} RG {} {} m {} {} l S\n",
                        fmt(width * PT),
                        colour.pdf(),
                        fmt(x1 * PT),
                        fmt(y(y1)),
                        fmt(x2 * PT),
                        fmt(y(y2))
                    )),
                    Item::Rect { x, y: top, w: rw, h, width, fill, colour } => {
                        let rect = format!("{} {} {} {} re", fmt(x * PT), fmt(y(top + h)), fmt(rw * PT), fmt(h * PT));
                        if fill {
                            content.push_str(&format!("{} rg {rect} f\n", colour.pdf()));
                        } else {
                            content.push_str(&format!("{} w 0 j {} RG {rect} S\n", fmt(width * PT), colour.pdf()));
                        }
                    }
                    Item::Text { x, y: baseline, height, ref text, embedded } => {
                        let size = height * PT / CAP_HEIGHT;
                        let (font, bytes) = if embedded || !win_ansi(text) {
                            let codes = text
                                .chars()
                                .map(|c| boxes.iter().position(|&b| b == c).expect("a box glyph") as u8 + 1)
                                .collect::<Vec<u8>>();
                            ("F2", codes)
                        } else {
                            ("F1", text.chars().map(|c| c as u32 as u8).collect())
                        };
                        content.push_str(&format!(
                            "0 0 0 rg BT /{font} {} Tf {} {} Td <{}> Tj ET\n",
                            fmt(size),
                            fmt(x * PT),
                            fmt(y(baseline)),
                            hex(&bytes)
                        ));
                    }
                    Item::Photo { x, y: top, w: iw, h } => {
                        let (cols, rows) =
                            (((iw / 25.4 * 150.0).round() as u32).max(2), ((h / 25.4 * 150.0).round() as u32).max(2));
                        let mut pixels = Vec::with_capacity((cols * rows) as usize);
                        for r in 0..rows {
                            for c in 0..cols {
                                let u = (f64::from(c) + 0.5) / f64::from(cols);
                                let v = (f64::from(r) + 0.5) / f64::from(rows);
                                pixels.push(gradient(u, v));
                            }
                        }
                        let id = w.alloc();
                        let data = w.data(id, &miniz_oxide::deflate::compress_to_vec_zlib(&pixels, 6));
                        let mut image = w.pdf.image_xobject(id, &data);
                        image.width(cols as i32).height(rows as i32);
                        image.color_space().device_gray();
                        image.bits_per_component(8);
                        image.filter(Filter::FlateDecode);
                        image.finish();
                        let name = format!("Im{}", images.len() + 1);
                        content.push_str(&format!(
                            "q {} 0 0 {} {} {} cm /{name} Do Q\n",
                            fmt(iw * PT),
                            fmt(h * PT),
                            fmt(x * PT),
                            fmt(y(top + h))
                        ));
                        images.push((name, id));
                    }
                }
            }
        }
        let data = w.data(content_id, content.as_bytes());
        w.pdf.stream(content_id, &data);
        let mut page = w.pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, pw as f32, ph as f32));
        page.parent(tree);
        page.contents(content_id);
        if options.note && page_ids.first() == Some(&page_id) {
            let mut annots = page.insert(Name(b"Annots")).array();
            let mut note = annots.push().dict();
            note.pair(Name(b"Type"), Name(b"Annot"));
            note.pair(Name(b"Subtype"), Name(b"Text"));
            note.insert(Name(b"Rect")).array().items([20.0_f32, 20.0, 40.0, 40.0]);
            note.pair(Name(b"Contents"), pdf_writer::Str(b"A note"));
            note.finish();
            annots.finish();
        }
        let mut resources = page.resources();
        if sheet.scan.is_none() && (helvetica.is_some() || box_font.is_some()) {
            let mut fonts = resources.fonts();
            if let Some(id) = helvetica {
                fonts.pair(Name(b"F1"), id);
            }
            if let Some(id) = box_font {
                fonts.pair(Name(b"F2"), id);
            }
            fonts.finish();
        }
        if !images.is_empty() {
            let mut objects = resources.x_objects();
            for (name, id) in &images {
                objects.pair(Name(name.as_bytes()), *id);
            }
            objects.finish();
        }
        resources.finish();
        page.finish();
    }
    w.pdf.pages(tree).kids(page_ids.iter().copied()).count(page_ids.len() as i32);
    let mut cat = w.pdf.catalog(catalog);
    cat.pages(tree);
    if options.javascript {
        cat.insert(Name(b"OpenAction"))
            .dict()
            .pair(Name(b"S"), Name(b"JavaScript"))
            .pair(Name(b"JS"), pdf_writer::Str(b"app.alert(1)"));
    }
    if options.attachment {
        cat.insert(Name(b"Names")).dict().insert(Name(b"EmbeddedFiles")).dict().insert(Name(b"Names")).array();
    }
    if options.signed {
        let mut form = cat.insert(Name(b"AcroForm")).dict();
        form.insert(Name(b"Fields")).array();
        form.pair(Name(b"SigFlags"), 3);
    }
    cat.finish();
    if options.encrypted {
        let (o, u) = standard_security_entries(&file_id);
        let mut dict = w.pdf.indirect(encrypt).dict();
        dict.pair(Name(b"Filter"), Name(b"Standard"));
        dict.pair(Name(b"V"), 1);
        dict.pair(Name(b"R"), 2);
        dict.pair(Name(b"Length"), 40);
        dict.pair(Name(b"P"), PERMISSIONS);
        dict.pair(Name(b"O"), pdf_writer::Str(&o));
        dict.pair(Name(b"U"), pdf_writer::Str(&u));
        dict.finish();
    }
    let mut bytes = w.pdf.finish();
    if options.encrypted {
        // pdf-writer's trailer has no /Encrypt: add it after the trailer's `<<` (the cross-reference table and
        // `startxref` come before, so no offset moves).
        let at = bytes.windows(10).rposition(|w| w == b"trailer\n<<").expect("a trailer") + 10;
        bytes.splice(at..at, format!("\n  /Encrypt {} 0 R", encrypt.get()).into_bytes());
    }
    bytes
}

// The standard security handler, revision 2: RC4 with a 40-bit key, an empty user password.

const PERMISSIONS: i32 = -4;
const PASSWORD_PAD: [u8; 32] = [
    0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08, 0x2E, 0x2E, 0x00,
    0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
];

fn padded(password: &[u8]) -> Vec<u8> {
    password.iter().chain(PASSWORD_PAD.iter()).take(32).copied().collect()
}

/// `/O`: the padded user password encrypted with a key from the owner password (algorithm 3).
fn owner_entry() -> Vec<u8> {
    let key = md5(&padded(b"owner"));
    rc4(&key[..5], &padded(b""))
}

/// The file key for the empty user password (algorithm 2).
fn standard_security_key(file_id: &[u8]) -> Vec<u8> {
    let mut input = padded(b"");
    input.extend_from_slice(&owner_entry());
    input.extend_from_slice(&PERMISSIONS.to_le_bytes());
    input.extend_from_slice(file_id);
    md5(&input)[..5].to_vec()
}

/// `/O` and `/U` (algorithm 4: the padding encrypted with the file key).
fn standard_security_entries(file_id: &[u8]) -> (Vec<u8>, Vec<u8>) {
    (owner_entry(), rc4(&standard_security_key(file_id), &PASSWORD_PAD))
}

fn rc4(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut s: Vec<u8> = (0..=255).collect();
    let mut j = 0u8;
    for i in 0..256 {
        j = j.wrapping_add(s[i]).wrapping_add(key[i % key.len()]);
        s.swap(i, j as usize);
    }
    let (mut i, mut j) = (0u8, 0u8);
    data.iter()
        .map(|&b| {
            i = i.wrapping_add(1);
            j = j.wrapping_add(s[i as usize]);
            s.swap(i as usize, j as usize);
            b ^ s[s[i as usize].wrapping_add(s[j as usize]) as usize]
        })
        .collect()
}

fn md5(data: &[u8]) -> [u8; 16] {
    const S: [u32; 64] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14,
        20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6,
        10, 15, 21,
    ];
    let k: Vec<u32> = (0..64).map(|i| ((f64::from(i) + 1.0).sin().abs() * 4_294_967_296.0) as u32).collect();
    let mut message = data.to_vec();
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&((data.len() as u64).wrapping_mul(8)).to_le_bytes());
    let mut state: [u32; 4] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476];
    for chunk in message.chunks_exact(64) {
        let m: Vec<u32> = chunk.chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect();
        let [mut a, mut b, mut c, mut d] = state;
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let f = f.wrapping_add(a).wrapping_add(k[i]).wrapping_add(m[g]);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(f.rotate_left(S[i]));
        }
        state =
            [state[0].wrapping_add(a), state[1].wrapping_add(b), state[2].wrapping_add(c), state[3].wrapping_add(d)];
    }
    let mut out = [0u8; 16];
    for (i, word) in state.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&word.to_le_bytes());
    }
    out
}

// ---------------------------------------------------------------------------------------------------------------
// Rasters.

fn write_raster(options: &RasterOptions, sheets: &[Sheet]) -> (String, Vec<u8>) {
    let items = || sheets.iter().flat_map(|s| &s.items);
    let colourful = items().any(|i| {
        matches!(
            i,
            Item::Line { colour: Colour::Red | Colour::Blue, .. }
                | Item::Rect { colour: Colour::Red | Colour::Blue, .. }
        )
    });
    let grey = items().any(|i| {
        matches!(
            i,
            Item::Photo { .. } | Item::Line { colour: Colour::Grey, .. } | Item::Rect { colour: Colour::Grey, .. }
        )
    });
    let pixels = options.pixels.unwrap_or(match (options.kind, colourful, grey) {
        (RasterKind::Gif, true, _) => Pixels::Palette,
        (_, true, _) => Pixels::Rgb,
        (_, false, true) => Pixels::Grey,
        (RasterKind::Jpeg, false, false) => Pixels::Grey,
        _ => Pixels::Bilevel,
    });
    if pixels == Pixels::Bilevel && items().any(|i| matches!(i, Item::Photo { .. })) {
        panic!("drawing spec: a photo needs a grey, rgb, palette or cmyk raster, not bilevel");
    }
    let canvases: Vec<Canvas> = sheets.iter().map(|s| render(s, options.dpi)).collect();
    let pixmaps: Vec<Pixmap> = canvases.iter().map(|c| Pixmap::of(c, pixels)).collect();
    match options.kind {
        RasterKind::Tiff => ("drawings.tif".into(), tiff(options, &pixmaps)),
        RasterKind::Png => ("drawings.png".into(), png(options, &pixmaps[0])),
        RasterKind::Jpeg => ("drawings.jpg".into(), jpeg(options, &pixmaps[0])),
        RasterKind::Gif => ("drawings.gif".into(), gif(options, &pixmaps[0])),
        RasterKind::Bmp => ("drawings.bmp".into(), bmp(options, &pixmaps[0])),
    }
}

/// Row `y` as a file stores it: samples of 8 bits, or 1 bit a pixel with `one` the value of ink.
fn stored_row(pixmap: &Pixmap, y: u32, ink_is_one: bool) -> Vec<u8> {
    let row = pixmap.row(y);
    if pixmap.pixels == Pixels::Bilevel {
        pack_bits(row.iter().map(|&ink| if ink_is_one { ink } else { 1 - ink }))
    } else {
        row.to_vec()
    }
}

// TIFF.

const SHORT: u16 = 3;
const LONG: u16 = 4;
const RATIONAL: u16 = 5;

fn packbits(row: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < row.len() {
        let mut run = 1;
        while i + run < row.len() && run < 128 && row[i + run] == row[i] {
            run += 1;
        }
        if run >= 2 {
            out.push((1i16 - run as i16) as u8);
            out.push(row[i]);
            i += run;
            continue;
        }
        let start = i;
        while i < row.len() && i - start < 128 && !(i + 1 < row.len() && row[i + 1] == row[i]) {
            i += 1;
        }
        if i == start {
            i += 1;
        }
        out.push((i - start - 1) as u8);
        out.extend_from_slice(&row[start..i]);
    }
    out
}

fn tiff(options: &RasterOptions, pixmaps: &[Pixmap]) -> Vec<u8> {
    let mut out = b"II*\0\0\0\0\0".to_vec();
    // Where the previous IFD's "next" offset is.
    let mut next_at = 4;
    for pixmap in pixmaps {
        let packing =
            options.packing.unwrap_or(if pixmap.pixels == Pixels::Bilevel { Packing::G4 } else { Packing::Lzw });
        let rows_per_strip = if packing == Packing::G4 { pixmap.height } else { 256.min(pixmap.height) };
        let mut offsets = Vec::new();
        let mut counts = Vec::new();
        let mut start = 0;
        while start < pixmap.height {
            let end = (start + rows_per_strip).min(pixmap.height);
            let data = match packing {
                Packing::G4 => g4(pixmap),
                Packing::PackBits => (start..end).flat_map(|y| packbits(&stored_row(pixmap, y, true))).collect(),
                _ => {
                    let raw: Vec<u8> = (start..end).flat_map(|y| stored_row(pixmap, y, true)).collect();
                    match packing {
                        Packing::None => raw,
                        Packing::Deflate => miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6),
                        _ => weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8)
                            .encode(&raw)
                            .expect("LZW"),
                    }
                }
            };
            if out.len() % 2 == 1 {
                out.push(0);
            }
            offsets.push(out.len() as u32);
            counts.push(data.len() as u32);
            out.extend_from_slice(&data);
            start = end;
        }
        let (photometric, bits): (u16, &[u16]) = match pixmap.pixels {
            Pixels::Bilevel => (0, &[1]),
            Pixels::Grey => (1, &[8]),
            Pixels::Rgb => (2, &[8, 8, 8]),
            Pixels::Palette => (3, &[8]),
            Pixels::Cmyk => (5, &[8, 8, 8, 8]),
        };
        let compression: u16 = match packing {
            Packing::None => 1,
            Packing::G4 => 4,
            Packing::Lzw => 5,
            Packing::Deflate => 8,
            Packing::PackBits => 32773,
        };
        let shorts = |values: &[u16]| values.iter().flat_map(|v| v.to_le_bytes()).collect::<Vec<u8>>();
        let longs = |values: &[u32]| values.iter().flat_map(|v| v.to_le_bytes()).collect::<Vec<u8>>();
        let rational = |dpi: f64| longs(&[(dpi * 100.0).round() as u32, 100]);
        let mut entries: Vec<(u16, u16, u32, Vec<u8>)> = vec![
            (256, LONG, 1, longs(&[pixmap.width])),
            (257, LONG, 1, longs(&[pixmap.height])),
            (258, SHORT, bits.len() as u32, shorts(bits)),
            (259, SHORT, 1, shorts(&[compression])),
            (262, SHORT, 1, shorts(&[photometric])),
            (273, LONG, offsets.len() as u32, longs(&offsets)),
            (277, SHORT, 1, shorts(&[bits.len() as u16])),
            (278, LONG, 1, longs(&[rows_per_strip])),
            (279, LONG, counts.len() as u32, longs(&counts)),
        ];
        if options.write_dpi {
            entries.push((282, RATIONAL, 1, rational(options.dpi)));
            entries.push((283, RATIONAL, 1, rational(options.dpi)));
            entries.push((296, SHORT, 1, shorts(&[2])));
        }
        if bits.len() > 1 {
            entries.push((284, SHORT, 1, shorts(&[1])));
        }
        if packing == Packing::G4 {
            entries.push((293, LONG, 1, longs(&[0])));
        }
        if pixmap.pixels == Pixels::Palette {
            let mut map = vec![0u16; 3 * 256];
            for (i, rgb) in pixmap.palette.iter().enumerate() {
                for channel in 0..3 {
                    map[channel * 256 + i] = u16::from(rgb[channel]) * 257;
                }
            }
            entries.push((320, SHORT, map.len() as u32, shorts(&map)));
        }
        if pixmap.pixels == Pixels::Cmyk {
            entries.push((332, SHORT, 1, shorts(&[1])));
        }
        entries.sort_by_key(|e| e.0);
        if out.len() % 2 == 1 {
            out.push(0);
        }
        let ifd = out.len();
        out[next_at..next_at + 4].copy_from_slice(&(ifd as u32).to_le_bytes());
        let mut extra = ifd + 2 + 12 * entries.len() + 4;
        let mut tail = Vec::new();
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        for (tag, kind, count, value) in &entries {
            out.extend_from_slice(&tag.to_le_bytes());
            out.extend_from_slice(&kind.to_le_bytes());
            out.extend_from_slice(&count.to_le_bytes());
            if value.len() <= 4 {
                let mut inline = value.clone();
                inline.resize(4, 0);
                out.extend_from_slice(&inline);
            } else {
                out.extend_from_slice(&(extra as u32).to_le_bytes());
                tail.extend_from_slice(value);
                extra += value.len();
                if extra % 2 == 1 {
                    tail.push(0);
                    extra += 1;
                }
            }
        }
        next_at = out.len();
        out.extend_from_slice(&[0; 4]);
        out.extend_from_slice(&tail);
    }
    out
}

// PNG.

fn png_chunk(out: &mut Vec<u8>, kind: [u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(&kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&crc32fast::hash(&[&kind[..], data].concat()).to_be_bytes());
}

fn png(options: &RasterOptions, pixmap: &Pixmap) -> Vec<u8> {
    let (colour_type, depth) = match pixmap.pixels {
        Pixels::Bilevel => (0u8, 1u8),
        Pixels::Grey => (0, 8),
        Pixels::Rgb => (2, 8),
        Pixels::Palette => (3, 8),
        Pixels::Cmyk => unreachable!("checked when parsed"),
    };
    let channels = pixmap.channels();
    // The pixels of a pass (x0, y0, dx, dy), each row after its filter byte (0, none).
    let pass = |x0: u32, y0: u32, dx: u32, dy: u32, raw: &mut Vec<u8>| {
        for y in (y0..pixmap.height).step_by(dy as usize) {
            let row = pixmap.row(y);
            let xs = (x0..pixmap.width).step_by(dx as usize);
            if xs.len() == 0 {
                return;
            }
            raw.push(0);
            if pixmap.pixels == Pixels::Bilevel {
                raw.extend(pack_bits(xs.map(|x| 1 - row[x as usize])));
            } else {
                for x in xs {
                    let at = x as usize * channels;
                    raw.extend_from_slice(&row[at..at + channels]);
                }
            }
        }
    };
    let mut raw = Vec::new();
    if options.interlaced {
        for (x0, y0, dx, dy) in
            [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
        {
            pass(x0, y0, dx, dy, &mut raw);
        }
    } else {
        pass(0, 0, 1, 1, &mut raw);
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend_from_slice(&pixmap.width.to_be_bytes());
    header.extend_from_slice(&pixmap.height.to_be_bytes());
    header.extend_from_slice(&[depth, colour_type, 0, 0, u8::from(options.interlaced)]);
    png_chunk(&mut out, *b"IHDR", &header);
    if options.write_dpi {
        let per_metre = (options.dpi / 0.0254).round() as u32;
        let mut phys = Vec::new();
        phys.extend_from_slice(&per_metre.to_be_bytes());
        phys.extend_from_slice(&per_metre.to_be_bytes());
        phys.push(1);
        png_chunk(&mut out, *b"pHYs", &phys);
    }
    if pixmap.pixels == Pixels::Palette {
        png_chunk(&mut out, *b"PLTE", &pixmap.palette.iter().flatten().copied().collect::<Vec<u8>>());
    }
    png_chunk(&mut out, *b"IDAT", &miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6));
    png_chunk(&mut out, *b"IEND", &[]);
    out
}

// JPEG.

fn jpeg(options: &RasterOptions, pixmap: &Pixmap) -> Vec<u8> {
    use jpeg_encoder::{ColorType, Density, Encoder};
    let (width, height) = (
        u16::try_from(pixmap.width).expect("a JPEG is at most 65535 pixels wide"),
        u16::try_from(pixmap.height).expect("a JPEG is at most 65535 pixels high"),
    );
    let mut out = Vec::new();
    let mut encoder = Encoder::new(&mut out, 90);
    let dpi = options.dpi.round() as u16;
    encoder.set_density(if options.write_dpi { Density::Inch { x: dpi, y: dpi } } else { Density::None });
    encoder.set_progressive(options.progressive);
    let colour = match pixmap.pixels {
        Pixels::Grey => ColorType::Luma,
        Pixels::Rgb => ColorType::Rgb,
        Pixels::Cmyk => ColorType::Cmyk,
        _ => unreachable!("checked when parsed"),
    };
    encoder.encode(&pixmap.samples, width, height, colour).expect("JPEG");
    if !options.jfif {
        // Remove the JFIF APP0 segment after SOI.
        assert_eq!(&out[2..4], [0xFF, 0xE0], "jpeg-encoder writes JFIF first");
        let len = u16::from_be_bytes([out[4], out[5]]) as usize;
        out.drain(2..4 + len);
    }
    out
}

// GIF.

fn gif(options: &RasterOptions, pixmap: &Pixmap) -> Vec<u8> {
    let (width, height) = (
        u16::try_from(pixmap.width).expect("a GIF is at most 65535 pixels wide"),
        u16::try_from(pixmap.height).expect("a GIF is at most 65535 pixels high"),
    );
    let (palette, indices): (Vec<[u8; 3]>, Vec<u8>) = match pixmap.pixels {
        Pixels::Bilevel => (vec![[0; 3], [255; 3]], pixmap.samples.iter().map(|&ink| 1 - ink).collect()),
        Pixels::Palette => (pixmap.palette.clone(), pixmap.samples.clone()),
        Pixels::Grey => {
            // A palette of the grey levels used.
            let mut levels: Vec<u8> = pixmap.samples.clone();
            levels.sort_unstable();
            levels.dedup();
            let mut index = [0u8; 256];
            for (i, &l) in levels.iter().enumerate() {
                index[l as usize] = i as u8;
            }
            (levels.iter().map(|&l| [l; 3]).collect(), pixmap.samples.iter().map(|&l| index[l as usize]).collect())
        }
        _ => unreachable!("checked when parsed"),
    };
    let mut bits = 1u8;
    while (1usize << bits) < palette.len() {
        bits += 1;
    }
    let mut out = b"GIF89a".to_vec();
    out.extend_from_slice(&width.to_le_bytes());
    out.extend_from_slice(&height.to_le_bytes());
    out.extend_from_slice(&[0x80 | (bits - 1) << 4 | (bits - 1), 0, 0]);
    for i in 0..1usize << bits {
        out.extend_from_slice(&palette.get(i).copied().unwrap_or([0; 3]));
    }
    if options.frames > 1 {
        out.extend_from_slice(b"\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00");
    }
    let rows: Vec<u32> = if options.interlaced {
        let h = pixmap.height;
        (0..h).step_by(8).chain((4..h).step_by(8)).chain((2..h).step_by(4)).chain((1..h).step_by(2)).collect()
    } else {
        (0..pixmap.height).collect()
    };
    let ordered: Vec<u8> = rows
        .iter()
        .flat_map(|&y| &indices[y as usize * pixmap.width as usize..(y as usize + 1) * pixmap.width as usize])
        .copied()
        .collect();
    let code_size = bits.max(2);
    let data = weezl::encode::Encoder::new(weezl::BitOrder::Lsb, code_size).encode(&ordered).expect("LZW");
    for _ in 0..options.frames {
        // Graphic control: no disposal, half a second.
        out.extend_from_slice(&[0x21, 0xF9, 4, 0, 50, 0, 0, 0]);
        out.push(0x2C);
        out.extend_from_slice(&[0, 0, 0, 0]);
        out.extend_from_slice(&width.to_le_bytes());
        out.extend_from_slice(&height.to_le_bytes());
        out.push(if options.interlaced { 0x40 } else { 0 });
        out.push(code_size);
        for block in data.chunks(255) {
            out.push(block.len() as u8);
            out.extend_from_slice(block);
        }
        out.push(0);
    }
    out.push(0x3B);
    out
}

// BMP.

fn bmp(options: &RasterOptions, pixmap: &Pixmap) -> Vec<u8> {
    let (bits, palette): (u16, Vec<[u8; 3]>) = match pixmap.pixels {
        Pixels::Bilevel => (1, vec![[0; 3], [255; 3]]),
        Pixels::Grey => (8, (0..=255).map(|l| [l; 3]).collect()),
        Pixels::Palette => (8, pixmap.palette.clone()),
        Pixels::Rgb => (24, Vec::new()),
        Pixels::Cmyk => unreachable!("checked when parsed"),
    };
    let stride = (pixmap.width as usize * bits as usize).div_ceil(32) * 4;
    let mut pixels = Vec::with_capacity(stride * pixmap.height as usize);
    for y in (0..pixmap.height).rev() {
        let mut row = match pixmap.pixels {
            Pixels::Bilevel => stored_row(pixmap, y, false),
            Pixels::Rgb => pixmap.row(y).chunks_exact(3).flat_map(|p| [p[2], p[1], p[0]]).collect(),
            _ => pixmap.row(y).to_vec(),
        };
        row.resize(stride, 0);
        pixels.extend_from_slice(&row);
    }
    let offset = 14 + 40 + 4 * palette.len();
    let per_metre = if options.write_dpi { (options.dpi / 0.0254).round() as u32 } else { 0 };
    let mut out = b"BM".to_vec();
    out.extend_from_slice(&((offset + pixels.len()) as u32).to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(offset as u32).to_le_bytes());
    out.extend_from_slice(&40u32.to_le_bytes());
    out.extend_from_slice(&(pixmap.width as i32).to_le_bytes());
    out.extend_from_slice(&(pixmap.height as i32).to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&bits.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&(pixels.len() as u32).to_le_bytes());
    out.extend_from_slice(&per_metre.to_le_bytes());
    out.extend_from_slice(&per_metre.to_le_bytes());
    out.extend_from_slice(&(palette.len() as u32).to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    for [r, g, b] in &palette {
        out.extend_from_slice(&[*b, *g, *r, 0]);
    }
    out.extend_from_slice(&pixels);
    out
}

// ---------------------------------------------------------------------------------------------------------------
// The description.

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn word_xml(text: &str) -> String {
    let mut xml =
        String::from("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
    for line in text.split('\n') {
        xml.push_str(&format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", escape(line)));
    }
    xml.push_str("</w:body></w:document>");
    xml
}

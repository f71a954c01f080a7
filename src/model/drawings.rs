//! Drawing sheets as the drawing rules read them, whatever the file: a page of a PDF, a page of a (multi-page)
//! TIFF, or one PNG/JPEG/GIF/BMP image. Geometry is in millimetres from the sheet's top-left corner, x to the
//! right and y down, as a paralegal measures a printed sheet.

use serde::Serialize;

/// A rectangle on a sheet, in millimetres from its top-left corner.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Rect {
    pub left: f32,
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
}

impl Rect {
    /// The sides of `area` this rectangle crosses by more than `slack` (`top`, `left`, `right`, `bottom`).
    #[must_use]
    pub fn sides_beyond(&self, area: &Rect, slack: f32) -> Vec<&'static str> {
        [
            ("top", self.top < area.top - slack),
            ("left", self.left < area.left - slack),
            ("right", self.right > area.right + slack),
            ("bottom", self.bottom > area.bottom + slack),
        ]
        .into_iter()
        .filter_map(|(side, beyond)| beyond.then_some(side))
        .collect()
    }

    #[must_use]
    pub fn width(&self) -> f32 {
        self.right - self.left
    }

    #[must_use]
    pub fn height(&self) -> f32 {
        self.bottom - self.top
    }

    /// The smallest rectangle holding both.
    #[must_use]
    pub fn union(self, other: Rect) -> Rect {
        Rect {
            left: self.left.min(other.left),
            top: self.top.min(other.top),
            right: self.right.max(other.right),
            bottom: self.bottom.max(other.bottom),
        }
    }

    /// Whether `other` lies inside this rectangle, give or take `slack` millimetres.
    #[must_use]
    pub fn contains(&self, other: &Rect, slack: f32) -> bool {
        other.left >= self.left - slack
            && other.top >= self.top - slack
            && other.right <= self.right + slack
            && other.bottom <= self.bottom + slack
    }

    /// The centre's x.
    #[must_use]
    pub fn centre_x(&self) -> f32 {
        (self.left + self.right) / 2.0
    }
}

/// A sheet's size in millimetres.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Size {
    pub width: f32,
    pub height: f32,
}

/// The file format drawings were read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum ImageFormat {
    Pdf,
    Tiff,
    Png,
    Jpeg,
    Gif,
    Bmp,
}

impl ImageFormat {
    /// What users call the format.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            ImageFormat::Pdf => "PDF",
            ImageFormat::Tiff => "TIFF",
            ImageFormat::Png => "PNG",
            ImageFormat::Jpeg => "JPEG",
            ImageFormat::Gif => "GIF",
            ImageFormat::Bmp => "BMP",
        }
    }
}

/// What a sheet's content holds, measured from what it paints (vector colours, image pixels), not from what the
/// file declares: an RGB scan of a black-and-white drawing is black and white.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Colour {
    /// Black on white (anti-aliased edges included).
    BlackAndWhite,
    /// Shades of grey beyond anti-aliasing: greyscale drawings, photographs, grey fills.
    Greyscale,
    /// Colour beyond a trace.
    Colour,
}

/// How a raster image's pixels are stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum PixelType {
    /// One bit a pixel.
    Bilevel,
    Grey,
    /// Colours from a palette (GIF, palette PNG and BMP).
    Palette,
    Rgb,
    Cmyk,
    Other,
}

/// How a raster image's data is compressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Compression {
    None,
    CcittG3,
    CcittG4,
    Lzw,
    Deflate,
    PackBits,
    JpegBaseline,
    JpegProgressive,
    Other,
}

/// The facts of a raster image (a TIFF page, a PNG, JPEG, GIF or BMP file) as the file states them.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Raster {
    pub width_px: u32,
    pub height_px: u32,
    /// Horizontal and vertical resolution in dots per inch; `None` when the file does not say.
    pub dpi: Option<(f32, f32)>,
    pub pixel_type: PixelType,
    pub bits_per_sample: u8,
    pub compression: Compression,
    /// JPEG: the file has a JFIF header (JPO accepts JFIF only).
    pub jfif: bool,
    /// GIF: frames of an animation (1 for a still image).
    pub frames: u32,
    /// PNG/GIF: the image is interlaced.
    pub interlaced: bool,
}

/// A run of text in a PDF's text layer.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TextRun {
    pub text: String,
    /// Where the glyphs are drawn.
    pub rect: Rect,
    /// Height of the run's letters and digits in millimetres: of its capitals and digits where the font's outlines
    /// give it, otherwise of the font's size.
    pub height_mm: f32,
    /// The font size (the em) in millimetres.
    pub size_mm: f32,
    /// Where its first glyph stands: the baseline's distance from the top of the sheet, in millimetres.
    pub baseline_mm: f32,
}

/// One sheet of drawings.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Sheet {
    /// 1-based page (or image) number in the file.
    pub number: u32,
    /// Physical size; `None` for a raster image that does not state its resolution.
    pub size: Option<Size>,
    /// Everything drawn (paths, glyphs, the ink of images; white paint left out); `None` for a blank sheet or an
    /// unknown size.
    pub content: Option<Rect>,
    /// A rectangle drawn around the rest of the content (a frame), when there is one.
    pub frame: Option<Rect>,
    /// What paths and images paint, text left out: the lines of a figure, the ink of a scan.
    #[serde(skip)]
    pub graphics: Option<Rect>,
    pub colour: Colour,
    /// The text layer's runs; `None` when the sheet has no text layer (a raster image, a scanned page), so that
    /// text on it (sheet numbers, figure labels) cannot be read.
    pub texts: Option<Vec<TextRun>>,
    /// The raster image the sheet is (TIFF, PNG, JPEG, GIF, BMP), or the page-filling scan a PDF page holds.
    pub raster: Option<Raster>,
    /// What the text layer says, read once by `analysis::sheet_text::of` for every rule that asks.
    #[serde(skip)]
    pub text_layer: std::cell::OnceCell<Option<SheetText>>,
}

#[cfg(all(test, feature = "drawings"))]
impl Sheet {
    /// An A4 vector sheet holding these runs of text (content: their boxes), for unit tests of what reads text.
    pub(crate) fn a4_with_texts(number: u32, runs: Vec<TextRun>) -> Sheet {
        Sheet {
            number,
            size: Some(Size { width: 210.0, height: 297.0 }),
            content: runs.iter().map(|r| r.rect).reduce(Rect::union),
            frame: None,
            graphics: None,
            colour: Colour::BlackAndWhite,
            texts: Some(runs),
            raster: None,
            text_layer: Default::default(),
        }
    }
}

/// A font a PDF uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PdfFont {
    /// The base font name without a subset prefix, e.g. `Helvetica`.
    pub name: String,
    pub embedded: bool,
    /// One of the 14 standard fonts every PDF reader has (Helvetica, Times, Courier, Symbol, ZapfDingbats).
    pub standard: bool,
    /// The first sheet that uses it.
    pub first_sheet: u32,
}

/// The facts of a PDF file as a whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PdfInfo {
    /// The version in the header (or the catalogue's `/Version`, when later), e.g. `(1, 4)`.
    pub version: (u8, u8),
    pub encrypted: bool,
    pub fonts: Vec<PdfFont>,
    /// What the file holds beside its pages that filing systems refuse.
    pub extras: PdfExtras,
}

/// What a PDF holds beside the content of its pages: scripts, attached files, form fields, a digital signature,
/// annotations that add content (notes, stamps, highlights; links are not counted).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PdfExtras {
    pub javascript: bool,
    pub attachments: bool,
    pub form_fields: bool,
    pub signed: bool,
    /// The pages with annotations that add content.
    pub annotated_pages: Vec<u32>,
}

impl PdfExtras {
    /// Whether the file holds anything of these.
    #[must_use]
    pub fn any(&self) -> bool {
        self.javascript || self.attachments || self.form_fields || self.signed || !self.annotated_pages.is_empty()
    }
}

/// The drawings of one file.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Drawings {
    pub format: ImageFormat,
    pub pdf: Option<PdfInfo>,
    pub sheets: Vec<Sheet>,
}

/// The margins of a sheet's content, in millimetres: from each edge of the sheet to the nearest content.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Margins {
    pub top: f32,
    pub left: f32,
    pub right: f32,
    pub bottom: f32,
}

impl Margins {
    /// The margins of `content` on a sheet of `size`.
    #[must_use]
    pub fn of(content: &Rect, size: Size) -> Margins {
        Margins {
            top: content.top,
            left: content.left,
            right: size.width - content.right,
            bottom: size.height - content.bottom,
        }
    }
}

// What a sheet's text layer says, as `analysis::sheet_text` reads it.

/// The writing system of a figure label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    /// FIG., Fig., Figure, Abb.
    Latin,
    /// 図
    Japanese,
    /// 图
    Chinese,
    /// 도
    Korean,
}

/// A sheet's number as written.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetNumber {
    pub run: TextRun,
    pub number: u32,
    /// The total after the slant, in the `n/N` form.
    pub total: Option<u32>,
}

/// A figure label.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureLabel {
    pub run: TextRun,
    /// The label as written, without what follows it: "FIG. 1A", "【図１】".
    pub text: String,
    /// The word before the number as written, with its full stop: "FIG.", "Figure", "Abb.", "図", "图", "도".
    pub word: String,
    /// In lenticular brackets: `【図１】`.
    pub brackets: bool,
    pub script: Script,
    pub number: u32,
    /// The letters after the number, as written (full-width letters made ASCII): "A", "a", "".
    pub suffix: String,
}

impl FigureLabel {
    /// The figure's number and letter: "1A".
    #[must_use]
    pub fn name(&self) -> String {
        format!("{}{}", self.number, self.suffix)
    }
}

/// What encloses a reference sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enclosure {
    Brackets,
    InvertedCommas,
    Circle,
}

/// A reference sign.
#[derive(Clone, Debug, PartialEq)]
pub struct Sign {
    /// The run (or joined runs) the sign is in.
    pub run: TextRun,
    /// The sign without its enclosure, digits ASCII and primes as `'`: "12", "12a", "12'".
    pub sign: String,
    /// As written: "(12)".
    pub written: String,
    pub enclosure: Option<Enclosure>,
}

/// What a sheet's text layer says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SheetText {
    pub sheet_number: Option<SheetNumber>,
    /// In reading order: top to bottom, then left to right.
    pub labels: Vec<FigureLabel>,
    pub signs: Vec<Sign>,
}

/// How a sheet looks, simplified for the page to draw beneath its overlays: the vector paths and glyph outlines a
/// PDF page paints, and a small greyscale picture of each image (a scan, a TIFF page). Made only when asked
/// (`parse::drawings::looks`), never part of the report.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SheetLook {
    pub number: u32,
    /// Millimetres per unit of the paths' coordinates (their quantum).
    pub unit: f32,
    /// Filled shapes (glyphs, fills) as SVG path data, in `unit`s from the sheet's top-left corner.
    pub fill: String,
    /// Stroked lines as SVG path data, in `unit`s.
    pub stroke: String,
    /// Shapes left out to keep the paths within their budget, the smallest first.
    pub dropped: u32,
    pub images: Vec<LookImage>,
    /// Images left out: over the number drawn per sheet, or too large to encode within the budget.
    pub dropped_images: u32,
}

/// A downscaled greyscale picture of an image, placed on the sheet.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct LookImage {
    pub width: u32,
    pub height: u32,
    /// The affine map `[a, b, c, d, e, f]` from the picture's pixels (row 0 at the top) to the sheet: millimetres,
    /// or the image's own pixels for a raster that states no resolution (as `SheetSummary` draws it).
    pub matrix: [f32; 6],
    /// A PNG (8-bit grey) as a `data:` URL.
    pub src: String,
}

//! Office parameters for drawing sheets, as data (grades in each rule's policy
//! table). The drawing rules read these tables and hold no office's numbers of their own.

use crate::message::{List, Message};
pub use crate::model::drawings::Script;
use crate::model::drawings::{Compression, ImageFormat, Margins, Rect, Sheet, Size, TextRun};
use crate::office::Office::{self, *};
use crate::report::drawings::{DrawingsSummary, OfficeArea};

/// A paper size, portrait, in millimetres.
#[derive(Clone, Copy, Debug)]
pub struct PaperSize {
    /// The size as findings name it.
    pub name: &'static Message,
    pub width: f32,
    pub height: f32,
}

pub const A4: PaperSize = PaperSize { name: &Message::term("law-a4-210-297"), width: 210.0, height: 297.0 };
pub const LETTER: PaperSize = PaperSize { name: &Message::term("law-us-letter-216"), width: 215.9, height: 279.4 };

/// The paper sizes any office takes.
pub const PAPER_SIZES: &[PaperSize] = &[A4, LETTER];

/// How far a measured sheet may be from a paper size: PDF producers round to whole points (0.35 mm) and scanners
/// to whole pixels, so 1.5 mm is still the paper size, while the next size (letter against A4) is 6 mm away.
pub const SIZE_TOLERANCE_MM: f32 = 1.5;

/// How far content may cross a limit before it counts: one 300-dpi pixel, and PDF rounding.
pub const SLACK_MM: f32 = 0.2;

/// An office's sheet: sizes, minimum margins and the largest content it takes.
#[derive(Clone, Copy, Debug)]
pub struct SheetLaw {
    pub office: Office,
    /// Accepted paper sizes; empty where the office files figures as images rather than sheets.
    pub sizes: &'static [PaperSize],
    /// Minimum margins; `None` where the office sets none (JPO figures are images placed by the office).
    pub margins: Option<Margins>,
    /// The largest content, width × height in millimetres (the usable area, or the JPO's figure size).
    pub max_content: Option<(f32, f32)>,
    /// The office takes drawings as one image per figure (online filing at the JPO and KIPO), so an image smaller
    /// than a sheet is not a defect there.
    pub figure_images: bool,
}

const PCT_MARGINS: Margins = Margins { top: 25.0, left: 25.0, right: 15.0, bottom: 10.0 };

/// Sheets: US 37 CFR 1.84(f)-(g); EP the President's decision of 25 Nov 2022, OJ EPO 2022, A113,
/// Art. 1(1) (margins and usable area; A4 paper in its Art. 2, formerly Rule 49(3) EPC, deleted on 1 Feb 2023) and
/// Guidelines A-IX, 3; PCT Rules 11.5-11.6; JPO Form 30 notes 1-2 (figures within 170 × 255 mm); KIPO (old paper
/// form, grade D: margins top 40?, left 25, right and bottom 20 mm, figures within 165 × 222 mm); CNIPA Guidelines
/// Part I Ch. 1 §4.3 (margins 25/25/15/15 mm).
pub const SHEETS: &[SheetLaw] = &[
    SheetLaw { office: US, figure_images: false, sizes: &[A4, LETTER], margins: Some(PCT_MARGINS), max_content: None },
    SheetLaw { office: EP, figure_images: false, sizes: &[A4], margins: Some(PCT_MARGINS), max_content: None },
    SheetLaw { office: WO, figure_images: false, sizes: &[A4], margins: Some(PCT_MARGINS), max_content: None },
    SheetLaw { office: JP, figure_images: true, sizes: &[A4], margins: None, max_content: Some((170.0, 255.0)) },
    SheetLaw {
        office: KR,
        figure_images: true,
        sizes: &[A4],
        margins: Some(Margins { top: 25.0, left: 25.0, right: 20.0, bottom: 20.0 }),
        max_content: Some((165.0, 222.0)),
    },
    SheetLaw {
        office: CN,
        figure_images: false,
        sizes: &[A4],
        margins: Some(Margins { top: 25.0, left: 25.0, right: 15.0, bottom: 15.0 }),
        max_content: None,
    },
];

/// Text an office lets stand in a drawing sheet's top margin on purpose.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MarginMark {
    /// Within this many millimetres of the top edge, in the left half: the applicant's file reference (PCT Rule
    /// 11.6(f): "in the top left-hand margin within 1.5 cm from the top of the sheet").
    TopLeftWithin(f32),
    /// Anywhere in the top margin, but a sheet number: identifying indicia (37 CFR 1.84(c)) and the "Replacement
    /// Sheet" / "New Sheet" label of an amendment (37 CFR 1.121(d)).
    TopMarginText,
}

/// The margin marks each office allows (PCT Rule 11.6(f); 37 CFR 1.84(c), 1.121(d)).
pub const MARGIN_MARKS: &[(Office, MarginMark)] =
    &[(WO, MarginMark::TopLeftWithin(15.0)), (US, MarginMark::TopMarginText)];

/// Whether a text run on a sheet is a mark `office` allows in the margin whose top is `top_margin` millimetres.
#[must_use]
pub fn allowed_in_margin(office: Office, run: &TextRun, size: Size, top_margin: f32) -> bool {
    let sheet_number = {
        let compact: String = run.text.chars().filter(|c| !c.is_whitespace()).collect();
        compact.split_once('/').is_some_and(|(a, b)| {
            !a.is_empty() && !b.is_empty() && a.chars().chain(b.chars()).all(|c| c.is_ascii_digit())
        })
    };
    MARGIN_MARKS.iter().filter(|(o, _)| *o == office).any(|(_, mark)| match *mark {
        MarginMark::TopLeftWithin(depth) => run.rect.bottom <= depth && run.rect.right <= size.width / 2.0,
        MarginMark::TopMarginText => run.rect.bottom <= top_margin && !sheet_number,
    })
}

/// The sheet law of `office`.
#[must_use]
pub fn sheet_law(office: Office) -> &'static SheetLaw {
    SHEETS.iter().find(|law| law.office == office).unwrap_or(&SHEETS[0])
}

/// The paper size a sheet is, if any of `sizes`.
#[must_use]
pub fn paper_of(size: Size, sizes: &'static [PaperSize]) -> Option<&'static PaperSize> {
    sizes.iter().find(|paper| {
        (size.width - paper.width).abs() <= SIZE_TOLERANCE_MM && (size.height - paper.height).abs() <= SIZE_TOLERANCE_MM
    })
}

/// Whether a sheet is a whole sheet of paper (a PDF page, a scanned page) rather than one figure's image, as the
/// JPO and KIPO take them: a raster much smaller than A4 is a figure.
#[must_use]
pub fn is_whole_sheet(sheet: &Sheet) -> bool {
    match (sheet.size, &sheet.raster) {
        (_, None) => true,
        (Some(size), Some(_)) => size.width.min(size.height) >= 200.0 && size.width.max(size.height) >= 270.0,
        (None, Some(_)) => false,
    }
}

/// The usable area of a sheet at an office: inside its margins.
#[must_use]
pub fn usable_area(size: Size, margins: &Margins) -> Rect {
    Rect {
        left: margins.left,
        top: margins.top,
        right: size.width - margins.right,
        bottom: size.height - margins.bottom,
    }
}

/// The sides of `area` that `content` crosses.
#[must_use]
pub fn intrusions(content: &Rect, area: &Rect) -> Vec<&'static str> {
    content.sides_beyond(area, SLACK_MM)
}

/// The part of `content` outside `area`: the bounding box of the strips that cross each side, or `None` when the
/// content lies inside.
#[must_use]
pub fn outside(content: &Rect, area: &Rect) -> Option<Rect> {
    intrusions(content, area)
        .into_iter()
        .map(|side| {
            let mut strip = *content;
            match side {
                "top" => strip.bottom = area.top,
                "left" => strip.right = area.left,
                "right" => strip.left = area.right,
                _ => strip.top = area.bottom,
            }
            strip
        })
        .reduce(Rect::union)
}

/// Adds to the report each selected office's usable area on each sheet and where content crosses it, so that the
/// page can draw the sheet.
pub fn mark_areas(drawings: &mut DrawingsSummary, offices: &[Office]) {
    for sheet in &mut drawings.sheets {
        let Some(size) = sheet.size else { continue };
        for law in SHEETS.iter().filter(|law| offices.contains(&law.office)) {
            let Some(margins) = law.margins else { continue };
            let usable = usable_area(size, &margins);
            let intrusions = sheet.content.map(|content| intrusions(&content, &usable)).unwrap_or_default();
            sheet.offices.push(OfficeArea { office: law.office, usable, intrusions });
        }
    }
}

/// How far a stated resolution may be from a whole number of dots per inch and still be it: PNG and BMP state
/// pixels per metre and JFIF may state dots per centimetre, so 400 dpi is stored as 157 dots/cm (398.8 dpi).
pub const DPI_TOLERANCE: f32 = 1.5;

/// A resolution the JPO takes for drawing images in online filing, and the largest image at it: 170 × 255 mm,
/// width × height in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JpoResolution {
    pub dpi: u32,
    pub max_width_px: u32,
    pub max_height_px: u32,
}

/// The JPO's drawing images in online filing (pcinfo ImageRules §1-2 and
/// the JPO's note on image data).
#[derive(Debug)]
pub struct JpoImages {
    /// The formats the JPO's filing software takes for patent and utility-model drawings: PNG, GIF and BMP in
    /// black and white (1 bit), JPEG in 8-bit greyscale for photographs in place of drawings (図面代用写真).
    pub formats: &'static [ImageFormat],
    /// The resolutions it takes, lowest first, each with its largest image.
    pub resolutions: &'static [JpoResolution],
}

pub const JPO_IMAGES: JpoImages = JpoImages {
    formats: &[ImageFormat::Png, ImageFormat::Gif, ImageFormat::Bmp, ImageFormat::Jpeg],
    resolutions: &[
        JpoResolution { dpi: 200, max_width_px: 1_338, max_height_px: 2_007 },
        JpoResolution { dpi: 300, max_width_px: 2_007, max_height_px: 3_011 },
        JpoResolution { dpi: 400, max_width_px: 2_677, max_height_px: 4_015 },
    ],
};

impl JpoImages {
    /// The resolution a raster states, if the JPO takes it: the same on both axes, within [`DPI_TOLERANCE`].
    #[must_use]
    pub fn resolution(&self, dpi: (f32, f32)) -> Option<&'static JpoResolution> {
        let (x, y) = dpi;
        self.resolutions.iter().find(|r| {
            let wanted = r.dpi as f32;
            (x - wanted).abs() <= DPI_TOLERANCE && (y - wanted).abs() <= DPI_TOLERANCE
        })
    }

    /// The highest resolution, whose largest image is the largest at any resolution.
    #[must_use]
    pub fn highest(&self) -> &'static JpoResolution {
        let resolutions: &'static [JpoResolution] = self.resolutions;
        &resolutions[resolutions.len() - 1]
    }

    /// The resolutions in dpi as a message lists them: "200, 300 or 400".
    #[must_use]
    pub fn resolution_list(&self) -> List {
        List::or(self.resolutions.iter().map(|r| r.dpi))
    }
}

/// The compression the PCT's electronic filing expects of TIFF drawings (unconfirmed).
pub const PCT_TIFF_COMPRESSION: Compression = Compression::CcittG4;

/// The oldest PDF version an office's electronic filing takes (EP: PDF 1.4, unconfirmed).
pub const PDF_MIN_VERSION: &[(Office, (u8, u8))] = &[(EP, (1, 4)), (WO, (1, 4))];

/// Which of a PDF's fonts an office wants embedded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FontEmbedding {
    /// Every font, the 14 standard fonts included (USPTO EFS-Web/Patent Center PDF guidelines).
    All,
    /// Every font but the 14 standard fonts every PDF reader has (EPO online filing; PCT Annex F).
    AllButStandard,
}

impl FontEmbedding {
    /// What messages choose their words by (`{ $embedding -> [all] … }` in messages/*.ftl).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            FontEmbedding::All => "all",
            FontEmbedding::AllButStandard => "all-but-standard",
        }
    }
}

/// The offices whose electronic filing wants fonts embedded in PDF drawings.
pub const PDF_FONTS: &[(Office, FontEmbedding)] =
    &[(US, FontEmbedding::All), (EP, FontEmbedding::AllButStandard), (WO, FontEmbedding::AllButStandard)];

/// Where an office puts sheet numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberPlace {
    /// Centred at the top of the sheet.
    TopCentre,
    /// Centred at the top or at the bottom.
    TopOrBottomCentre,
    /// At the right end of the top margin.
    TopRight,
    /// Centred at the bottom.
    BottomCentre,
}

impl NumberPlace {
    /// The place as findings name it.
    #[must_use]
    pub fn describe(self) -> Message {
        match self {
            NumberPlace::TopCentre => Message::term("law-centred-top"),
            NumberPlace::TopOrBottomCentre => Message::term("law-centred-top-bottom"),
            NumberPlace::TopRight => Message::term("law-right-end-top"),
            NumberPlace::BottomCentre => Message::term("law-centred-bottom"),
        }
    }
}

/// How an office writes sheet numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberForm {
    /// Sheet and total separated by a slant: `1/3, 2/3, 3/3`.
    Fraction,
    /// Consecutive Arabic numerals (`n/N` is tolerated: it is consecutive too).
    Plain,
}

/// An office's sheet numbers: form and place.
#[derive(Clone, Copy, Debug)]
pub struct SheetNumberLaw {
    pub office: Office,
    pub form: NumberForm,
    pub place: NumberPlace,
    /// `Some(false)`: inside the usable area, not in the margin; `Some(true)`: in the margin; `None`: not stated.
    pub in_margin: Option<bool>,
    /// The number may move right of the centre when the drawing comes too close to it.
    pub may_shift_right: bool,
    /// Only drawings of several sheets are numbered.
    pub only_several: bool,
    /// The form and place, for findings.
    pub example: &'static Message,
}

/// Sheet numbers: US 37 CFR 1.84(t) (`n/N`, top centre inside the sight, may move right); EP Guidelines A-IX, 4.2
/// (consecutive Arabic numerals, centred at the top, not in the margin; formerly Rule 49(6) EPC, since 1 Feb 2023
/// in Art. 2 of the President's decision of 25 Nov 2022, OJ EPO 2022, A113); PCT Rule 11.7 and AI
/// s.207(b)(iii) (`n/N`, top or bottom centre, not in the margin); JPO Form 30 note 3 (right end of the top margin,
/// when several sheets); KIPO (bottom centre, grade C); CNIPA Guidelines (consecutive numerals, bottom centre, D).
pub const SHEET_NUMBERS: &[SheetNumberLaw] = &[
    SheetNumberLaw {
        office: US,
        form: NumberForm::Fraction,
        place: NumberPlace::TopCentre,
        in_margin: Some(false),
        may_shift_right: true,
        only_several: false,
        example: &Message::term("law-sheet-total-1"),
    },
    SheetNumberLaw {
        office: EP,
        form: NumberForm::Plain,
        place: NumberPlace::TopCentre,
        in_margin: Some(false),
        may_shift_right: true,
        only_several: false,
        example: &Message::term("law-consecutive-arabic-numerals"),
    },
    SheetNumberLaw {
        office: WO,
        form: NumberForm::Fraction,
        place: NumberPlace::TopOrBottomCentre,
        in_margin: Some(false),
        may_shift_right: false,
        only_several: false,
        example: &Message::term("law-sheet-total-1-3"),
    },
    SheetNumberLaw {
        office: JP,
        form: NumberForm::Plain,
        place: NumberPlace::TopRight,
        in_margin: None,
        may_shift_right: false,
        only_several: true,
        example: &Message::term("law-page-numbers-right"),
    },
    SheetNumberLaw {
        office: KR,
        form: NumberForm::Plain,
        place: NumberPlace::BottomCentre,
        in_margin: None,
        may_shift_right: false,
        only_several: false,
        example: &Message::term("law-page-numbers-centred"),
    },
    SheetNumberLaw {
        office: CN,
        form: NumberForm::Plain,
        place: NumberPlace::BottomCentre,
        in_margin: None,
        may_shift_right: false,
        only_several: false,
        example: &Message::term("law-consecutive-arabic-numerals-centred"),
    },
];

/// The sheet-number law of `office`, if it has one.
#[must_use]
pub fn sheet_number_law(office: Office) -> Option<&'static SheetNumberLaw> {
    SHEET_NUMBERS.iter().find(|law| law.office == office)
}

pub use crate::analysis::sheet_text::{CENTRE_TOLERANCE_MM, NUMBER_BAND_MM};

/// Where a figure label goes, relative to its figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelPlace {
    Any,
    Above,
    Below,
}

/// An office's figure labels.
#[derive(Clone, Copy, Debug)]
pub struct FigureLabelLaw {
    pub office: Office,
    /// The office judges labels in this script; labels in another are for translation (see the rule).
    pub script: Script,
    /// The words accepted before the number, exactly as written.
    pub words: &'static [&'static str],
    /// The label is in lenticular brackets: `【図１】`.
    pub brackets: bool,
    /// Partial figures take a capital letter: `4A`, not `4a`.
    pub capital_suffix: bool,
    pub place: LabelPlace,
    /// The form, for findings: "the USPTO labels figures …".
    pub form: &'static Message,
}

/// Figure labels: US 37 CFR 1.84(u)(1) (`FIG.`, "must": an error); EP Guidelines A-IX, 5.2 (`FIG` whatever the
/// language, "should": a warning; `FIG.` and `Fig.` tolerated); PCT Rule 11.13(k) as AG 5.141 applies it (`Fig.`
/// whatever the language, "should": a warning; `FIG.` and `FIG` tolerated); JPO Form 30 note 5 (`【図１】` above
/// the figure); KIPO (`【도 1】`, D); CNIPA Rule 21 (`图1` directly below the figure). Severities are in the rules'
/// policy tables (`figure_label_form`, `single_figure_labelled`).
pub const FIGURE_LABELS: &[FigureLabelLaw] = &[
    FigureLabelLaw {
        office: US,
        script: Script::Latin,
        words: &["FIG."],
        brackets: false,
        capital_suffix: true,
        place: LabelPlace::Any,
        form: &Message::term("law-uspto-labels-views"),
    },
    FigureLabelLaw {
        office: EP,
        script: Script::Latin,
        words: &["FIG", "FIG.", "Fig", "Fig."],
        brackets: false,
        capital_suffix: true,
        place: LabelPlace::Any,
        form: &Message::term("law-epo-labels-figures"),
    },
    FigureLabelLaw {
        office: WO,
        script: Script::Latin,
        words: &["Fig.", "Fig", "FIG.", "FIG"],
        brackets: false,
        capital_suffix: true,
        place: LabelPlace::Any,
        form: &Message::term("law-pct-drawings-label"),
    },
    FigureLabelLaw {
        office: JP,
        script: Script::Japanese,
        words: &["図"],
        brackets: true,
        capital_suffix: false,
        place: LabelPlace::Above,
        form: &Message::term("law-jpo-labels-figures"),
    },
    FigureLabelLaw {
        office: KR,
        script: Script::Korean,
        words: &["도"],
        brackets: true,
        capital_suffix: false,
        place: LabelPlace::Any,
        form: &Message::term("law-kipo-labels-figures"),
    },
    FigureLabelLaw {
        office: CN,
        script: Script::Chinese,
        words: &["图"],
        brackets: false,
        capital_suffix: false,
        place: LabelPlace::Below,
        form: &Message::term("law-cnipa-labels-figures"),
    },
];

/// The smallest lettering an office takes on drawings.
#[derive(Clone, Copy, Debug)]
pub struct LetteringLaw {
    pub office: Office,
    /// Capital height in millimetres.
    pub min_height_mm: f32,
    /// Only reference signs are measured (the JPO's "about 5 mm square" is about reference signs).
    pub signs_only: bool,
    /// The requirement as the law states it, for findings.
    pub stated: &'static Message,
}

/// Lettering: US 37 CFR 1.84(p)(3) (0.32 cm, 1/8 in); EP OJ EPO 2022, A113, Art. 1(2)(g); PCT Rule 11.13(h); JPO Form
/// 30 note 6 (reference signs about 5 mm square: measured against 4 mm, since "about" leaves room and a 5 mm square
/// sign is about 4 mm in capital height).
pub const LETTERING: &[LetteringLaw] = &[
    LetteringLaw { office: US, min_height_mm: 3.2, signs_only: false, stated: &Message::term("law-least-0-32") },
    LetteringLaw { office: EP, min_height_mm: 3.2, signs_only: false, stated: &Message::term("law-least-0-32-cm") },
    LetteringLaw { office: WO, min_height_mm: 3.2, signs_only: false, stated: &Message::term("law-least-0-32-cm") },
    LetteringLaw { office: JP, min_height_mm: 4.0, signs_only: true, stated: &Message::term("law-about-5-mm") },
];

/// How much smaller than the minimum a capital height may measure before it counts: PDF producers round font
/// sizes, and cap heights come from outlines.
pub const HEIGHT_TOLERANCE_MM: f32 = 0.1;

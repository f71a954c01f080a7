//! The drawings of a file as the report shows them: each sheet with what was measured, and where each office
//! allows content on it.

use crate::model::drawings::{Colour, Drawings, ImageFormat, Margins, PdfInfo, Raster, Rect, Size, TextRun};
use serde::Serialize;

/// Where one office allows content on a sheet, and the sides where the content crosses that area.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct OfficeArea {
    pub office: crate::office::Office,
    /// The usable area: inside the office's minimum margins (and within its largest usable size).
    pub usable: Rect,
    /// `top`, `left`, `right`, `bottom`: sides where content crosses the usable area.
    pub intrusions: Vec<&'static str>,
}

/// One sheet as the report shows it, for drawing it with its usable areas and intrusions.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SheetSummary {
    pub number: u32,
    pub size: Option<Size>,
    pub content: Option<Rect>,
    pub frame: Option<Rect>,
    /// Measured from the content; `None` when the size or the content is unknown.
    pub margins: Option<Margins>,
    pub colour: Colour,
    pub raster: Option<Raster>,
    /// The text layer's runs (sheet numbers, figure labels, reference signs); `None` without a text layer.
    pub texts: Option<Vec<TextRun>>,
    /// Per selected office whose sheet rules set margins.
    pub offices: Vec<OfficeArea>,
}

/// The drawings of a file, as the report shows them.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DrawingsSummary {
    pub format: ImageFormat,
    pub pdf: Option<PdfInfo>,
    pub sheets: Vec<SheetSummary>,
}

/// What the report shows of drawings; the offices' areas are added by the drawing rules' law tables.
#[must_use]
pub fn summary(drawings: Drawings) -> DrawingsSummary {
    DrawingsSummary {
        format: drawings.format,
        pdf: drawings.pdf,
        sheets: drawings
            .sheets
            .into_iter()
            .map(|sheet| SheetSummary {
                number: sheet.number,
                margins: sheet.content.zip(sheet.size).map(|(content, size)| Margins::of(&content, size)),
                size: sheet.size,
                content: sheet.content,
                frame: sheet.frame,
                colour: sheet.colour,
                raster: sheet.raster,
                texts: sheet.texts,
                offices: Vec::new(),
            })
            .collect(),
    }
}

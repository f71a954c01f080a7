//! Rules on drawing sheets: sheet size, margins and usable area, frames, colour, resolution and image formats,
//! sheet numbers and figure labels, lettering, PDF fonts, version and encryption; and, across documents,
//! reference signs and figures against the description and claims. Office values are in `law`.

pub mod colour_content;
pub mod figure_label_form;
pub mod figure_not_described;
pub mod figure_not_drawn;
pub mod figure_numbers_not_consecutive;
pub mod font_not_embedded;
pub mod frame_present;
pub mod greyscale_content;
pub mod image_format_not_accepted;
pub mod labels;
pub mod law;
pub mod margin_too_small;
pub mod pdf_content_not_accepted;
pub mod pdf_encrypted;
pub mod pdf_version_too_old;
pub mod pixel_size_exceeded;
pub mod reference_sign_enclosed;
pub mod reference_sign_not_in_description;
pub mod reference_sign_not_in_drawings;
pub mod resolution_invalid;
pub mod scale_indication;
pub mod sheet_number_malformed;
pub mod sheet_number_misplaced;
pub mod sheet_number_missing;
pub mod sheet_size_invalid;
pub mod sheet_sizes_differ;
pub mod single_figure_labelled;
pub mod size_unknown;
pub mod text_layer_missing;
pub mod text_too_small;
pub mod usable_area_exceeded;

use crate::message::Message;
use crate::model::drawings::{Rect, Sheet, TextRun};
use crate::office::Office;
use crate::report::Location;
use crate::rules::{Reporter, Rule};

/// Reports a defect whose message differs by office: one finding per distinct message, at the offices that
/// share it (`None`: no finding at that office).
pub(crate) fn report_per_office(
    out: &mut Reporter,
    rule: &'static Rule,
    location: &Location,
    message: impl Fn(Office) -> Option<Message>,
) {
    let mut messages: Vec<(Message, Vec<Office>)> = Vec::new();
    for office in Office::ALL {
        let Some(text) = message(office) else { continue };
        match messages.iter_mut().find(|(m, _)| *m == text) {
            Some((_, offices)) => offices.push(office),
            None => messages.push((text, vec![office])),
        }
    }
    for (text, offices) in messages {
        out.report_among(rule, &offices, location.clone(), text);
    }
}

/// The location of a whole sheet.
pub(crate) fn at_sheet(sheet: &Sheet) -> Location {
    Location { sheet: Some(sheet.number), area: sheet.content, ..Location::default() }
}

/// The location of an area of a sheet.
pub(crate) fn at_area(sheet: &Sheet, area: Rect) -> Location {
    Location { sheet: Some(sheet.number), area: Some(area), ..Location::default() }
}

/// The location of a run of text on a sheet, with the text as excerpt.
pub(crate) fn at_text(sheet: &Sheet, run: &TextRun) -> Location {
    Location { sheet: Some(sheet.number), area: Some(run.rect), excerpt: Some(run.text.clone()), ..Location::default() }
}

/// Millimetres as findings show them: one decimal.
pub(crate) fn mm(value: f32) -> String {
    format!("{value:.1} mm")
}

/// A file of one raster image, with no size known, for rule unit tests.
#[cfg(test)]
pub(crate) fn one_image(
    format: crate::model::drawings::ImageFormat,
    raster: crate::model::drawings::Raster,
) -> crate::model::drawings::Drawings {
    use crate::model::drawings::{Colour, Drawings};
    Drawings {
        format,
        pdf: None,
        sheets: vec![Sheet {
            number: 1,
            size: None,
            content: None,
            frame: None,
            graphics: None,
            colour: Colour::BlackAndWhite,
            texts: None,
            raster: Some(raster),
            text_layer: Default::default(),
        }],
    }
}

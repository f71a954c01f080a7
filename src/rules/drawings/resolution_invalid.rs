use super::at_sheet;
use super::law::JPO_IMAGES;
use crate::citation::{Authority::*, Citation};
use crate::message::{decimal, message};
use crate::model::drawings::{Drawings, ImageFormat};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The resolution a drawing image states, at the JPO: 200, 300 or 400 dpi, the same across and down (within
    /// 1.5 dpi, as PNG and BMP store pixels per metre and JPEG may store dots per centimetre). An image that states
    /// another resolution, or none, is reported. GIF files cannot state a resolution and are not reported for
    /// lacking one. Only the image formats the JPO takes (PNG, GIF, BMP, JPEG) are checked: a PDF or TIFF is
    /// `drawings/image-format-not-accepted`'s finding.
    ///
    /// ## Why it matters
    /// The JPO's filing software takes images at these resolutions only; the resolution also sets the size the
    /// figure is printed and published at, and so the height of its lettering.
    ///
    /// ## Legal basis
    /// JPO image rules for online filing (ImageRules §2), and the JPO's note on image data (JP).
    pub static RULE = Rule {
        id: "drawings/resolution-invalid",
        summary: "a drawing image's resolution is not one the JPO takes",
        offices: &[policy(
            JP,
            Error,
            Citation::new(OfficePractice, "JPO image rules for online filing (ImageRules §2)"),
            Grade::A,
        )],
        examples: Examples {
            fires: &[
                "png 50x50 dpi 72\nline 5 5 40 40",
                "bmp 50x50 dpi 150\nline 5 5 40 40",
                "png 400x400px no-dpi\nline 5 5 30 30",
            ],
            silent: &[
                "png 50x50 dpi 200\nline 5 5 40 40",
                "jpeg 50x50 dpi 300\nphoto 5 5 40 40",
                "tiff 50x50 dpi 72\nline 5 5 40 40",
                "gif 50x50\nline 5 5 40 40",
            ],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    if !JPO_IMAGES.formats.contains(&drawings.format) {
        return;
    }
    let allowed = JPO_IMAGES.resolution_list();
    let format = drawings.format.name();
    for sheet in &drawings.sheets {
        let Some(raster) = &sheet.raster else { continue };
        let message = match raster.dpi {
            // A GIF has no field for its resolution; the JPO's software takes GIFs all the same.
            None if drawings.format == ImageFormat::Gif => continue,
            None => message!("resolution-invalid", sheet = sheet.number, format = format, allowed = allowed.clone()),
            Some(dpi) if JPO_IMAGES.resolution(dpi).is_some() => continue,
            Some((x, y)) if (x - y).abs() < 0.5 => message!(
                "resolution-invalid-sheet-image-dpi",
                sheet = sheet.number,
                format = format,
                dpi = decimal(x.into(), 0),
                allowed = allowed.clone()
            ),
            Some((x, y)) => message!(
                "resolution-invalid-sheet-image-dpi-across",
                sheet = sheet.number,
                format = format,
                across = decimal(x.into(), 0),
                down = decimal(y.into(), 0),
                allowed = allowed.clone()
            ),
        };
        out.report(&RULE, at_sheet(sheet), message);
    }
}

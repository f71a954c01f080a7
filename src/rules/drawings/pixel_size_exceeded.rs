use super::at_sheet;
use super::law::{JpoResolution, JPO_IMAGES};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::drawings::{Drawings, Raster};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The size in pixels of a drawing image, at the JPO, against the largest image at its resolution (a figure of
    /// 170 × 255 mm), width × height: 1,338 × 2,007 px at 200 dpi, 2,007 × 3,011 px at 300 dpi and
    /// 2,677 × 4,015 px at 400 dpi. An image that states no resolution is held to the largest of these (too large
    /// at any resolution the JPO takes); one that states a resolution the JPO does not take is left to
    /// `drawings/resolution-invalid`. Only the image formats the JPO takes (PNG, GIF, BMP, JPEG) are checked.
    ///
    /// ## Why it matters
    /// The JPO's filing software rejects larger images. An image of a whole A4 sheet is too large at every
    /// resolution: the JPO takes one image per figure, cropped to the figure.
    ///
    /// ## Legal basis
    /// JPO note on image data (largest image at each resolution), with the JPO's image rules for online filing (JP).
    pub static RULE = Rule {
        id: "drawings/pixel-size-exceeded",
        summary: "a drawing image has more pixels than the JPO takes at its resolution",
        offices: &[policy(
            JP,
            Error,
            Citation::new(OfficePractice, "JPO note on image data (largest image at each resolution)"),
            Grade::A,
        )],
        examples: Examples {
            fires: &["png 2100x100px dpi 300\nline 10 2 150 6", "png 2700x100px no-dpi\nline 10 2 150 6"],
            silent: &["png 2000x100px dpi 300\nline 10 2 150 6", "png 2100x100px dpi 400\nline 10 2 120 5"],
        },
        check: Check::Drawings(check),
    };
}

/// The limit a raster is held to, and whether it states that resolution (`false`: it states none); `None` when it
/// states a resolution the JPO does not take.
fn limit(raster: &Raster) -> Option<(&'static JpoResolution, bool)> {
    match raster.dpi {
        Some(dpi) => JPO_IMAGES.resolution(dpi).map(|r| (r, true)),
        None => Some((JPO_IMAGES.highest(), false)),
    }
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    if !JPO_IMAGES.formats.contains(&drawings.format) {
        return;
    }
    for sheet in &drawings.sheets {
        let Some(raster) = &sheet.raster else { continue };
        let Some((limit, stated)) = limit(raster) else { continue };
        if raster.width_px <= limit.max_width_px && raster.height_px <= limit.max_height_px {
            continue;
        }
        let message = if stated {
            message!(
                "pixel-size-exceeded",
                sheet = sheet.number,
                width = px(raster.width_px),
                height = px(raster.height_px),
                dpi = limit.dpi,
                max_width = px(limit.max_width_px),
                max_height = px(limit.max_height_px)
            )
        } else {
            message!(
                "pixel-size-exceeded-sheet-px-states",
                sheet = sheet.number,
                width = px(raster.width_px),
                height = px(raster.height_px),
                dpi = limit.dpi,
                max_width = px(limit.max_width_px),
                max_height = px(limit.max_height_px)
            )
        };
        out.report(&RULE, at_sheet(sheet), message);
    }
}

/// Pixels with thousands separated: "2,677".
fn px(n: u32) -> String {
    crate::numbers::us::grouped(&n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::drawings::{Compression, ImageFormat, PixelType};
    use crate::options::Options;

    fn png(width_px: u32, height_px: u32, dpi: Option<(f32, f32)>) -> Drawings {
        let raster = Raster {
            width_px,
            height_px,
            dpi,
            pixel_type: PixelType::Bilevel,
            bits_per_sample: 1,
            compression: Compression::Deflate,
            jfif: false,
            frames: 1,
            interlaced: false,
        };
        super::super::one_image(ImageFormat::Png, raster)
    }

    fn messages(drawings: &Drawings) -> Vec<String> {
        let options = Options::default();
        let mut out = Reporter::new("figure.png", &options);
        check(drawings, &mut out);
        out.into_findings().into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn each_resolution_has_its_own_limit() {
        for (dpi, width, height) in [(200.0, 1_338, 2_007), (300.0, 2_007, 3_011), (400.0, 2_677, 4_015)] {
            assert!(messages(&png(width, height, Some((dpi, dpi)))).is_empty(), "{dpi} dpi at the limit");
            assert_eq!(messages(&png(width + 1, height, Some((dpi, dpi)))).len(), 1, "{dpi} dpi one px too wide");
            assert_eq!(messages(&png(width, height + 1, Some((dpi, dpi)))).len(), 1, "{dpi} dpi one px too high");
        }
    }

    #[test]
    fn stored_resolutions_round_to_the_office_values() {
        // 400 dpi stored as 157 dots/cm (JFIF) and 300 dpi as 11,811 px/m (PNG).
        assert_eq!(JPO_IMAGES.resolution((398.78, 398.78)).map(|r| r.dpi), Some(400));
        assert_eq!(JPO_IMAGES.resolution((299.9994, 299.9994)).map(|r| r.dpi), Some(300));
        assert_eq!(JPO_IMAGES.resolution((300.0, 200.0)), None);
        assert_eq!(JPO_IMAGES.resolution((72.0, 72.0)), None);
        assert_eq!(
            crate::message::catalogue::Catalogue::english().list(&JPO_IMAGES.resolution_list()),
            "200, 300 or 400"
        );
    }

    #[test]
    fn an_a4_page_is_too_large_at_any_resolution() {
        let found = messages(&png(2_480, 3_508, Some((300.0, 300.0))));
        assert_eq!(
            found,
            ["Sheet 1 is 2,480 × 3,508 px at 300 dpi; at that resolution the JPO takes images of at most \
              2,007 × 3,011 px (width × height, 170 × 255 mm): crop the image to the figure or scale it down."]
        );
        assert_eq!(messages(&png(4_960, 7_016, None)).len(), 1, "no resolution: held to the 400-dpi limit");
        assert!(messages(&png(2_600, 4_000, None)).is_empty(), "fits at 400 dpi");
        assert!(messages(&png(5_000, 5_000, Some((72.0, 72.0)))).is_empty(), "resolution-invalid's finding");
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!(px(7), "7");
        assert_eq!(px(2_677), "2,677");
        assert_eq!(px(1_234_567), "1,234,567");
    }
}

use super::law::{self, SIZE_TOLERANCE_MM};
use super::{at_sheet, mm};
use crate::citation::{Authority::*, Citation};
use crate::message::{message, Arg};
use crate::model::drawings::{Drawings, Size};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Whether all the drawing sheets of a file are the same size, within 1.5 mm: the sheets that differ from the
    /// size most sheets have (the first sheet's, on a tie) are reported. A sheet turned sideways is the same size
    /// (`drawings/sheet-size-invalid` reports landscape sheets); images that do not state their resolution are left
    /// out.
    ///
    /// ## Why it matters
    /// The USPTO takes A4 or US letter sheets, but all drawing sheets of an application must be the same size;
    /// mixing A4 and letter pages (often from merging PDFs) is an objection.
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(f) (US).
    pub static RULE = Rule {
        id: "drawings/sheet-sizes-differ",
        summary: "drawing sheets of one file differ in size",
        offices: &[policy(US, Error, Citation::new(Cfr37, "1.84(f)"), Grade::B)],
        examples: Examples {
            fires: &["pdf A4\nline 40 40 150 200\nsheet letter\nline 40 40 150 200"],
            silent: &[
                "pdf letter\nline 40 40 150 200\nsheet letter\nline 40 40 150 200",
                "pdf A4\nline 40 40 150 200\nsheet A4 landscape\nline 40 40 200 150",
            ],
        },
        check: Check::Drawings(check),
    };
}

/// A size with its shorter side first, so that a sheet turned sideways is the same size.
fn upright(size: Size) -> Size {
    Size { width: size.width.min(size.height), height: size.width.max(size.height) }
}

fn same(a: Size, b: Size) -> bool {
    let (a, b) = (upright(a), upright(b));
    (a.width - b.width).abs() <= SIZE_TOLERANCE_MM && (a.height - b.height).abs() <= SIZE_TOLERANCE_MM
}

/// A size as a message names it: "A4 (210 × 297 mm)", or "200.0 mm × 250.0 mm".
fn name(size: Size) -> Arg {
    match law::paper_of(upright(size), law::PAPER_SIZES) {
        Some(paper) => Arg::from(paper.name),
        None => Arg::from(format!("{} × {}", mm(size.width), mm(size.height))),
    }
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let sized: Vec<(u32, Size)> = drawings.sheets.iter().filter_map(|s| s.size.map(|size| (s.number, size))).collect();
    // The size most sheets have; the earliest such on a tie.
    let Some(&(_, usual)) = sized
        .iter()
        .enumerate()
        .max_by_key(|&(i, &(_, size))| (sized.iter().filter(|(_, other)| same(size, *other)).count(), usize::MAX - i))
        .map(|(_, entry)| entry)
    else {
        return;
    };
    let first_usual = sized.iter().find(|(_, size)| same(*size, usual)).map_or(1, |(number, _)| *number);
    for sheet in &drawings.sheets {
        let Some(size) = sheet.size.filter(|&size| !same(size, usual)) else { continue };
        out.report(
            &RULE,
            at_sheet(sheet),
            message!(
                "sheet-sizes-differ",
                sheet = sheet.number,
                size = name(size),
                usual_sheet = first_usual,
                usual_size = name(usual)
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::drawings::{Colour, ImageFormat, Sheet};
    use crate::options::Options;

    fn pdf(sizes: &[(f32, f32)]) -> Drawings {
        Drawings {
            format: ImageFormat::Pdf,
            pdf: None,
            sheets: sizes
                .iter()
                .zip(1..)
                .map(|(&(width, height), number)| Sheet {
                    number,
                    size: Some(Size { width, height }),
                    content: None,
                    frame: None,
                    graphics: None,
                    colour: Colour::BlackAndWhite,
                    texts: Some(Vec::new()),
                    raster: None,
                    text_layer: Default::default(),
                })
                .collect(),
        }
    }

    fn messages(drawings: &Drawings) -> Vec<String> {
        let options = Options::default();
        let mut out = Reporter::new("drawings.pdf", &options);
        check(drawings, &mut out);
        out.into_findings().into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn the_odd_sheet_out_is_reported() {
        let (a4, letter) = ((210.0, 297.0), (215.9, 279.4));
        assert_eq!(
            messages(&pdf(&[letter, a4, a4])),
            ["Sheet 1 is US letter (216 × 279 mm), while sheet 2 is A4 (210 × 297 mm); all drawing sheets must be \
              the same size."]
        );
        assert_eq!(messages(&pdf(&[a4, letter])).len(), 1, "a tie: the first sheet's size is the usual one");
        assert!(messages(&pdf(&[a4, (297.0, 210.0), (210.7, 296.5)])).is_empty(), "turned and rounded");
        assert!(messages(&pdf(&[a4])).is_empty());
        assert!(messages(&pdf(&[])).is_empty());
    }
}

//! A hayro `Device` that measures a page instead of rendering it: the boxes of what it paints (in mm from the
//! top-left corner, the interpreter's initial transform does the conversion), rectangles that may be a frame,
//! the tones painted, the text layer's runs and the page's images.

use std::collections::HashMap;
use std::rc::Rc;

use hayro_interpret::font::{Glyph, GlyphRun};
use hayro_interpret::hayro_cmap::BfString;
use hayro_interpret::kurbo::{Affine, BezPath, Point, Rect, Shape, Vec2};
use hayro_interpret::{
    BlendMode, CacheKey, ClipPath, Device, DrawMode, DrawProps, Image, ImageDrawProps, LumaData, Paint, SoftMask,
};

use super::image::{self, PlacedImage};
use crate::model::drawings::TextRun;
use crate::parse::drawings::look::{Paths, Picture};

/// Painted items recorded per page; past this the page's further items only widen the content box.
const FRAME_CANDIDATES: usize = 64;
/// Type 3 glyph programs interpreted per file (each distinct glyph once); past it glyphs get a box from the font size.
pub(super) const TYPE3_GLYPHS: u32 = 2_000;
/// Glyphs kept in the text layer of one page.
const PAGE_GLYPHS: usize = 200_000;
/// A grey stroke thinner than this (mm) is a hairline, not grey content.
const THIN_STROKE_MM: f64 = 0.4;

/// How a paint looks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Tone {
    Invisible,
    White,
    Black,
    Grey,
    Colour,
}

pub(super) fn tone(paint: &Paint<'_>) -> Tone {
    match paint {
        Paint::Color(colour) => {
            let [r, g, b, alpha] = colour.to_rgba().components();
            if alpha < 0.05 {
                return Tone::Invisible;
            }
            let chroma = r.max(g).max(b) - r.min(g).min(b);
            let luma = 0.299 * r + 0.587 * g + 0.114 * b;
            if chroma > 0.12 {
                Tone::Colour
            } else if luma > 0.97 {
                Tone::White
            } else if luma < 0.15 {
                Tone::Black
            } else {
                Tone::Grey
            }
        }
        // Gradients and tiling patterns: shades, whatever their colours.
        Paint::Pattern(_) => Tone::Grey,
    }
}

/// State shared by the pages of one file.
pub(super) struct FileState {
    pub image_pixels: u64,
    /// Pixels still to be decoded in this file.
    pub pixel_budget: u64,
    pub type3_safe: bool,
    pub type3_left: u32,
    /// Ink measured per image stream, so that an image drawn on many pages is decoded once.
    pub inks: HashMap<u128, Option<image::Measured>>,
    /// Outline extents per glyph (in 1000-unit glyph space); `None` for an empty outline.
    pub outlines: HashMap<u128, Option<Rect>>,
    pub type3_boxes: HashMap<u128, Option<Rect>>,
    /// Whether the pages' looks are kept (`super::looks`).
    pub looks: bool,
    /// The picture of each image stream, made when it was decoded (looks only).
    pub pictures: HashMap<u128, Option<Rc<Picture>>>,
}

struct Run {
    text: String,
    rect: Option<Rect>,
    cap_heights: Vec<f64>,
    em: f64,
    /// Unit vector along the baseline, and the last glyph's far edge and baseline offset along it.
    direction: Vec2,
    end: f64,
    baseline: f64,
    /// The first glyph's origin, in mm from the top-left corner.
    origin: Point,
}

pub(super) struct Collector<'f> {
    page: Rect,
    clips: Vec<Rect>,
    others: Option<Rect>,
    candidates: Vec<Rect>,
    pub colour: bool,
    pub grey: bool,
    /// What paths and images paint, glyphs left out.
    pub graphics: Option<Rect>,
    pub glyphs: usize,
    pub images: Vec<PlacedImage>,
    runs: Vec<TextRun>,
    run: Option<Run>,
    /// What the page paints, kept when its look is asked for.
    pub paths: Option<Paths>,
    file: &'f mut FileState,
}

impl<'f> Collector<'f> {
    pub(super) fn new(page: Rect, file: &'f mut FileState) -> Self {
        Collector {
            page,
            clips: Vec::new(),
            others: None,
            candidates: Vec::new(),
            colour: false,
            grey: false,
            graphics: None,
            glyphs: 0,
            images: Vec::new(),
            runs: Vec::new(),
            run: None,
            paths: file.looks.then(Paths::default),
            file,
        }
    }

    fn clip(&self) -> Rect {
        self.clips.last().copied().unwrap_or(self.page)
    }

    /// Records a painted box, clipped to the page and the current clip; the box as recorded, unless it is empty.
    pub(super) fn mark(&mut self, rect: Rect, frame_candidate: bool) -> Option<Rect> {
        let rect = rect.intersect(self.clip());
        if !(rect.x0.is_finite() && rect.y0.is_finite() && rect.x1.is_finite() && rect.y1.is_finite())
            || rect.width() < 0.0
            || rect.height() < 0.0
            || (rect.width() == 0.0 && rect.height() == 0.0 && rect.x0 == 0.0 && rect.y0 == 0.0)
        {
            return None;
        }
        if frame_candidate && self.candidates.len() < FRAME_CANDIDATES {
            self.candidates.push(rect);
        } else {
            self.others = Some(self.others.map_or(rect, |o| o.union(rect)));
        }
        Some(rect)
    }

    /// Records a painted box that is not text.
    fn mark_graphics(&mut self, rect: Rect, frame_candidate: bool) {
        if let Some(marked) = self.mark(rect, frame_candidate) {
            self.graphics = Some(self.graphics.map_or(marked, |g| g.union(marked)));
        }
    }

    fn note_tone(&mut self, tone: Tone, counts_as_grey: bool) {
        match tone {
            Tone::Colour => self.colour = true,
            Tone::Grey if counts_as_grey => self.grey = true,
            _ => {}
        }
    }

    /// The union of everything painted.
    pub(super) fn content(&self) -> Option<Rect> {
        self.candidates.iter().fold(self.others, |u, c| Some(u.map_or(*c, |u| u.union(*c))))
    }

    /// The largest stroked rectangle enclosing everything else within 1 mm, when there is something else.
    pub(super) fn frame(&self) -> Option<Rect> {
        let mut best: Option<Rect> = None;
        for (i, candidate) in self.candidates.iter().enumerate() {
            let rest = self
                .candidates
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .fold(self.others, |u, (_, c)| Some(u.map_or(*c, |u| u.union(*c))));
            let Some(rest) = rest else { continue };
            let slack = candidate.inflate(1.0, 1.0);
            let encloses = rest.x0 >= slack.x0 && rest.y0 >= slack.y0 && rest.x1 <= slack.x1 && rest.y1 <= slack.y1;
            if encloses && best.is_none_or(|b| candidate.area() > b.area()) {
                best = Some(*candidate);
            }
        }
        best
    }

    pub(super) fn finish_texts(&mut self) -> Vec<TextRun> {
        self.flush_run();
        std::mem::take(&mut self.runs)
    }

    fn flush_run(&mut self) {
        let Some(mut run) = self.run.take() else { return };
        let Some(rect) = run.rect else { return };
        let text = run.text.trim();
        if text.is_empty() {
            return;
        }
        run.cap_heights.sort_by(f64::total_cmp);
        let height = run.cap_heights.get(run.cap_heights.len() / 2).copied().unwrap_or(0.7 * run.em);
        self.runs.push(TextRun {
            text: text.to_string(),
            rect: super::to_rect(rect),
            height_mm: height as f32,
            size_mm: run.em as f32,
            baseline_mm: run.origin.y as f32,
        });
    }

    /// Adds a glyph to the current run, or starts a new run when it is not on the same line close enough. Gaps
    /// are measured between pen positions (origin plus advance), not ink, so that a period after a letter is no gap.
    #[allow(clippy::too_many_arguments)]
    fn add_glyph(
        &mut self,
        text: &str,
        rect: Option<Rect>,
        origin: Point,
        advance: Option<f64>,
        direction: Vec2,
        em: f64,
        cap: Option<f64>,
    ) {
        let along = |p: Point| p.to_vec2().dot(direction);
        let across = |p: Point| p.to_vec2().cross(direction);
        let start = along(origin);
        let end = start + advance.unwrap_or(0.5 * em);
        let baseline = across(origin);
        let continues = self.run.as_ref().is_some_and(|run| {
            run.direction.dot(direction) > 0.99
                && (run.em - em).abs() <= 0.2 * run.em.max(em)
                && (run.baseline - baseline).abs() <= 0.3 * em
                && start - run.end <= 0.5 * em
                && start - run.end >= -0.5 * em
        });
        if !continues {
            self.flush_run();
            self.run = Some(Run {
                text: String::new(),
                rect: None,
                cap_heights: Vec::new(),
                em,
                direction,
                end: start,
                baseline,
                origin,
            });
        }
        let Some(run) = self.run.as_mut() else { return };
        // Words placed apart without a space glyph still read as words.
        if continues && start - run.end > 0.2 * em && !run.text.ends_with(' ') && !text.starts_with(' ') {
            run.text.push(' ');
        }
        run.text.push_str(text);
        if let Some(r) = rect {
            run.rect = Some(run.rect.map_or(r, |u| u.union(r)));
        }
        run.end = end;
        run.cap_heights.extend(cap);
    }

    fn type3_box<'a>(&mut self, glyph: &hayro_interpret::font::Type3Glyph<'a>, paint: &Paint<'a>) -> Option<Rect> {
        let key = glyph.cache_key();
        if let Some(known) = self.file.type3_boxes.get(&key) {
            return *known;
        }
        if !self.file.type3_safe || self.file.type3_left == 0 {
            return None;
        }
        self.file.type3_left -= 1;
        let mut bounds = Bounds::default();
        glyph.interpret(&mut bounds, Affine::IDENTITY, Affine::IDENTITY, paint);
        self.file.type3_boxes.insert(key, bounds.rect);
        bounds.rect
    }
}

fn rect_of(path: &BezPath, transform: Affine, draw_mode: &DrawMode) -> Rect {
    let rect = (transform * path.clone()).bounding_box();
    match draw_mode {
        DrawMode::Stroke(stroke) | DrawMode::FillAndStroke(_, stroke) => {
            let half = f64::from(stroke.line_width.max(0.0)) * scale_of(transform) / 2.0;
            rect.inflate(half, half)
        }
        _ => rect,
    }
}

/// A vector (not a point) through the transform: no translation.
pub(super) fn linear(t: Affine, v: Vec2) -> Vec2 {
    let [a, b, c, d, _, _] = t.as_coeffs();
    Vec2::new(a * v.x + c * v.y, b * v.x + d * v.y)
}

/// The transform's mean scale, for line widths.
fn scale_of(transform: Affine) -> f64 {
    transform.determinant().abs().sqrt()
}

fn stroke_width_mm(transform: Affine, draw_mode: &DrawMode) -> Option<f64> {
    match draw_mode {
        DrawMode::Stroke(stroke) | DrawMode::FillAndStroke(_, stroke) => {
            Some(f64::from(stroke.line_width.max(0.0)) * scale_of(transform))
        }
        _ => None,
    }
}

/// Whether the transform keeps rectangles upright (no rotation other than quarter turns, no skew).
fn upright(t: Affine) -> bool {
    let [a, b, c, d, _, _] = t.as_coeffs();
    (b.abs() < 1e-9 && c.abs() < 1e-9) || (a.abs() < 1e-9 && d.abs() < 1e-9)
}

impl<'a> Device<'a> for Collector<'_> {
    fn draw_path(&mut self, path: &BezPath, props: DrawProps<'a>, draw_mode: &DrawMode) {
        let tone = tone(&props.paint);
        if matches!(tone, Tone::Invisible | Tone::White) || matches!(draw_mode, DrawMode::Invisible) {
            return;
        }
        let grey_counts = stroke_width_mm(props.transform, draw_mode).is_none_or(|w| w >= THIN_STROKE_MM);
        self.note_tone(tone, grey_counts);
        if let Some(paths) = &mut self.paths {
            paths.add(path, props.transform, matches!(draw_mode, DrawMode::Stroke(_)));
        }
        self.mark_graphics(rect_of(path, props.transform, draw_mode), false);
    }

    fn draw_rect(&mut self, rect: &Rect, props: DrawProps<'a>, draw_mode: &DrawMode) {
        let tone = tone(&props.paint);
        if matches!(tone, Tone::Invisible | Tone::White) || matches!(draw_mode, DrawMode::Invisible) {
            return;
        }
        let grey_counts = stroke_width_mm(props.transform, draw_mode).is_none_or(|w| w >= THIN_STROKE_MM);
        self.note_tone(tone, grey_counts);
        let frame = matches!(draw_mode, DrawMode::Stroke(_)) && upright(props.transform);
        if let Some(paths) = &mut self.paths {
            paths.add(&rect.to_path(0.1), props.transform, matches!(draw_mode, DrawMode::Stroke(_)));
        }
        self.mark_graphics(rect_of(&rect.to_path(0.1), props.transform, draw_mode), frame);
    }

    fn push_clip_path(&mut self, clip_path: &ClipPath) {
        let rect = clip_path.path.bounding_box().intersect(self.clip());
        self.clips.push(rect);
    }

    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}

    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, draw_mode: &DrawMode) {
        let tone = tone(&props.paint);
        let visible = !matches!(draw_mode, DrawMode::Invisible) && !matches!(tone, Tone::Invisible | Tone::White);
        if visible {
            self.note_tone(tone, stroke_width_mm(props.transform, draw_mode).is_none_or(|w| w >= THIN_STROKE_MM));
        }
        // Filled then stroked text comes twice: its text once.
        let record_text = !matches!(draw_mode, DrawMode::Stroke(_)) || !visible;
        for glyph in run.glyphs() {
            let transform = props.transform * glyph.transform();
            let em_vector = linear(transform, Vec2::new(0.0, 1000.0));
            let em = em_vector.hypot();
            let direction = linear(transform, Vec2::new(1.0, 0.0)).normalize();
            if !em.is_finite() || em == 0.0 || !direction.x.is_finite() || !direction.y.is_finite() {
                continue;
            }
            let text = match glyph.as_unicode() {
                Some(BfString::Char(c)) => c.to_string(),
                Some(BfString::String(s)) => s,
                None => "\u{FFFD}".to_string(),
            };
            let units = match &**glyph {
                Glyph::Outline(outline) => {
                    let key = outline.identifier().cache_key();
                    *self.file.outlines.entry(key).or_insert_with(|| {
                        let path = outline.outline();
                        (path.elements().len() > 1).then(|| path.bounding_box())
                    })
                }
                Glyph::Type3(type3) => self.type3_box(type3, &props.paint).or_else(|| {
                    // No outline to measure: the box of a typical letter.
                    let advance = type3.advance_width().filter(|a| a.is_finite() && *a > 0.0).unwrap_or(600.0);
                    (!text.trim().is_empty()).then(|| Rect::new(0.0, -200.0, f64::from(advance), 800.0))
                }),
            };
            let rect = units.map(|u| {
                let r = (transform * u.to_path(0.1)).bounding_box();
                match stroke_width_mm(props.transform, draw_mode) {
                    Some(w) => r.inflate(w / 2.0, w / 2.0),
                    None => r,
                }
            });
            let cap = text
                .chars()
                .next()
                .filter(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                .and(units)
                .filter(|u| u.y1 > 0.0)
                .map(|u| u.y1 / 1000.0 * em);
            if visible {
                if let Some(r) = rect {
                    let _ = self.mark(r, false);
                }
                if let (Some(paths), Glyph::Outline(outline), Some(_)) = (&mut self.paths, &**glyph, rect) {
                    paths.add(&outline.outline(), transform, false);
                }
            }
            if record_text && self.glyphs < PAGE_GLYPHS {
                self.glyphs += 1;
                let advance = match &**glyph {
                    Glyph::Outline(outline) => outline.advance_width(),
                    Glyph::Type3(type3) => type3.advance_width(),
                }
                .map(|units| f64::from(units) / 1000.0 * linear(transform, Vec2::new(1000.0, 0.0)).hypot())
                .filter(|a| a.is_finite());
                self.add_glyph(&text, rect, transform * Point::ORIGIN, advance, direction, em, cap);
            }
        }
    }

    fn draw_image(&mut self, image: Image<'a, '_>, props: ImageDrawProps<'a>) {
        let placed = image::measure(image, props.transform, self.file);
        let Some(placed) = placed else { return };
        if let Some(tone) = placed.tone {
            self.note_tone(tone, true);
        }
        if let Some(ink) = placed.ink_rect {
            self.mark_graphics(ink, placed.framed);
        }
        self.images.push(placed);
    }

    fn pop_clip(&mut self) {
        self.clips.pop();
    }

    fn pop_transparency_group(&mut self) {}
}

/// Collects the extent of a Type 3 glyph's program, in its glyph space.
#[derive(Default)]
struct Bounds {
    rect: Option<Rect>,
}

impl Bounds {
    fn add(&mut self, rect: Rect) {
        if rect.x0.is_finite() && rect.y0.is_finite() && rect.x1.is_finite() && rect.y1.is_finite() {
            self.rect = Some(self.rect.map_or(rect, |u| u.union(rect)));
        }
    }
}

impl<'a> Device<'a> for Bounds {
    fn draw_path(&mut self, path: &BezPath, props: DrawProps<'a>, draw_mode: &DrawMode) {
        self.add(rect_of(path, props.transform, draw_mode));
    }
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, _: &DrawMode) {
        // Glyphs inside a glyph: an em box each, never interpreted further.
        for glyph in run.glyphs() {
            self.add(
                (props.transform * glyph.transform() * Rect::new(0.0, -200.0, 600.0, 800.0).to_path(0.1))
                    .bounding_box(),
            );
        }
    }
    fn draw_image(&mut self, image: Image<'a, '_>, props: ImageDrawProps<'a>) {
        let (w, h) = (f64::from(image.width()), f64::from(image.height()));
        self.add((props.transform * Rect::new(0.0, 0.0, w, h).to_path(0.1)).bounding_box());
    }
    fn pop_clip(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}

/// The luma rows of a decoded image composited over white paper, for `InkScan`.
pub(super) fn luma_over_white(luma: &LumaData, alpha: Option<&LumaData>, y: usize, row: &mut Vec<u8>) {
    let w = luma.width as usize;
    row.clear();
    row.extend_from_slice(luma.data.get(y * w..(y + 1) * w).unwrap_or(&[]));
    if let Some(alpha) = alpha.filter(|a| a.width == luma.width) {
        if let Some(a) = alpha.data.get(y * w..(y + 1) * w) {
            for (p, &a) in row.iter_mut().zip(a) {
                *p = 255 - ((255 - u16::from(*p)) * u16::from(a) / 255) as u8;
            }
        }
    }
}

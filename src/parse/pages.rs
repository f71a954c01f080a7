//! A PDF's pages as an application. Each page is classified from what it holds (running text, figures, a scan);
//! the text pages' glyph runs are rebuilt into lines and paragraphs in reading order, with columns, running headers
//! and footers, line numbers and hyphenation dealt with; and a published document (an office's header, a front
//! page with INID codes) is recognised as a publication. The paragraphs then go through [`super::spec::split`]
//! like a Word document's, so every description and claims rule reads a PDF as it reads a DOCX.

use super::spec::{self, Block};
use crate::model::description::{PageKind, Part, TextPage};
use crate::model::drawings::{Rect, Sheet, TextRun};

/// A PDF read as an application.
#[derive(Debug, Default)]
pub struct Application {
    /// One per page, in order.
    pub kinds: Vec<PageKind>,
    /// The text pages' paragraphs in reading order, for [`spec::split`].
    pub blocks: Vec<Block>,
    /// The text pages as measured.
    pub pages: Vec<TextPage>,
    /// The publication the document is (`EP 1 667 425 A1`), when it is one.
    pub publication: Option<String>,
}

/// Millimetres per PDF point, for font sizes in points.
const MM_PER_PT: f32 = 25.4 / 72.0;
/// Single line spacing as a multiple of the font size: the line height of common text fonts (Times New Roman,
/// Arial, Liberation and DejaVu: 1.15–1.17 em).
const SINGLE_SPACING_EM: f32 = 1.15;
/// Share of the page height at its top and bottom where running headers and footers are looked for.
const RUNNING_BAND: f32 = 0.12;

/// Reads the pages of a PDF (as the drawing reader measured them) as an application.
#[must_use]
pub fn read(sheets: &[Sheet]) -> Application {
    let mut pages: Vec<PageLines> = sheets.iter().map(PageLines::of).collect();
    mark_running(&mut pages);
    let publication = publication(&pages);
    let mut kinds: Vec<PageKind> = Vec::with_capacity(pages.len());
    for (sheet, page) in sheets.iter().zip(&pages) {
        let follows_text = kinds.last() == Some(&PageKind::Text);
        kinds.push(classify(sheet, page, follows_text));
    }
    // A page of formulas or tables between text pages of one part belongs to that part: drawings are a part of
    // their own and start with a sheet of their own, never inside the description or claims.
    for i in 1..kinds.len().saturating_sub(1) {
        let next_text = kinds[i + 1..].iter().position(|k| *k == PageKind::Text).map(|j| i + 1 + j);
        let next_continues = next_text.is_some_and(|j| {
            pages[j].lines.first().is_some_and(|l| spec::part_heading(&l.text).is_none())
                && kinds[i..j].iter().all(|k| *k == PageKind::Drawing)
        });
        if kinds[i] == PageKind::Drawing && kinds[i - 1] == PageKind::Text && next_continues {
            kinds[i] = PageKind::Text;
        }
    }
    // A scan among text pages is a text page that cannot be read; scans after the last text page are drawings.
    let last_text = kinds.iter().rposition(|k| *k == PageKind::Text);
    for (i, kind) in kinds.iter_mut().enumerate() {
        if *kind == PageKind::Scan && last_text.is_none_or(|last| i > last) {
            *kind = PageKind::Drawing;
        }
    }
    let mut application = Application { kinds, publication, ..Application::default() };
    let mut flow = Flow::default();
    for (i, page) in pages.iter().enumerate() {
        if application.kinds[i] != PageKind::Text {
            flow.close();
            continue;
        }
        if i == 0 && application.publication.is_some() && inid_codes(page) >= 3 {
            front_page(page, &mut application.blocks);
        } else {
            flow.page(page, &mut application.blocks);
        }
        let body = page.body();
        let (width, height) = (page.size.0, page.size.1);
        application.pages.push(TextPage {
            page: page.number,
            width_cm: width / 10.0,
            height_cm: height / 10.0,
            margins_cm: body
                .map(|b| [b.top / 10.0, (height - b.bottom) / 10.0, b.left / 10.0, (width - b.right) / 10.0]),
            body,
            number: page.page_number.clone(),
        });
    }
    flow.close();
    flow.close_into(&mut application.blocks);
    application
}

/// A line of text: its runs joined in reading order.
#[derive(Clone, Debug)]
struct Line {
    text: String,
    rect: Rect,
    /// Font size in millimetres, and the baseline (of the line's longest run).
    size: f32,
    baseline: f32,
    /// The column it is in (0 for a single column), for telling where a column ends.
    column: usize,
    /// The right edge of its column's text, to tell a line that ends short.
    column_right: f32,
    /// Its place in the page's reading order.
    order: usize,
}

impl Line {
    fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }

    /// A line of running text: several words, or many ideographs.
    fn running(&self) -> bool {
        self.words() >= 5 || self.text.chars().filter(|c| is_cjk(*c)).count() >= 15
    }
}

/// A page's lines: the body in reading order, and what is printed around it.
struct PageLines {
    number: u32,
    size: (f32, f32),
    /// The body's lines in reading order (running headers, footers, line numbers and vertical text left out after
    /// [`mark_running`]).
    lines: Vec<Line>,
    /// Lines at the top or bottom that may be running headers or footers.
    edges: Vec<Line>,
    /// Lines found to be running headers or footers.
    running: Vec<Line>,
    page_number: Option<String>,
    /// The page has a text layer.
    has_text: bool,
}

impl PageLines {
    fn of(sheet: &Sheet) -> PageLines {
        let size = sheet.size.map_or((210.0, 297.0), |s| (s.width, s.height));
        let runs: Vec<TextRun> = sheet
            .texts
            .iter()
            .flatten()
            .filter_map(clean_run)
            // Vertical text (a publication's number along the edge) is not part of the body.
            .filter(|r| !(r.rect.height() > 2.0 * r.rect.width() && r.text.chars().count() > 3))
            .collect();
        let mut lines = reading_order(&runs, size);
        for (order, line) in lines.iter_mut().enumerate() {
            line.order = order;
        }
        let (top_band, bottom_band) = (size.1 * RUNNING_BAND, size.1 * (1.0 - RUNNING_BAND));
        let (edges, lines): (Vec<Line>, Vec<Line>) =
            lines.into_iter().partition(|l| l.rect.bottom < top_band || l.rect.top > bottom_band);
        PageLines {
            number: sheet.number,
            size,
            lines,
            edges,
            running: Vec::new(),
            page_number: None,
            has_text: sheet.texts.is_some(),
        }
    }

    /// The box of the body's lines.
    fn body(&self) -> Option<Rect> {
        self.lines.iter().map(|l| l.rect).reduce(Rect::union)
    }
}

/// A run with its text cleaned: unmapped glyphs dropped, ligatures spelled out.
fn clean_run(run: &TextRun) -> Option<TextRun> {
    let mut text = String::with_capacity(run.text.len());
    for c in run.text.chars() {
        match c {
            '\u{FFFD}' | '\u{00AD}' | '\u{200B}' => {}
            '\u{FB00}' => text.push_str("ff"),
            '\u{FB01}' => text.push_str("fi"),
            '\u{FB02}' => text.push_str("fl"),
            '\u{FB03}' => text.push_str("ffi"),
            '\u{FB04}' => text.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => text.push_str("st"),
            c if c.is_whitespace() => text.push(' '),
            c => text.push(c),
        }
    }
    let text = text.trim();
    (!text.is_empty()).then(|| TextRun { text: text.to_string(), ..run.clone() })
}

/// Whether a character is an ideograph or kana/hangul: text in it is joined without spaces.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// Short numbers beside the text (line numbers every five lines, in a margin or between columns).
fn is_line_number(run: &TextRun) -> bool {
    run.text.len() <= 3 && run.text.chars().all(|c| c.is_ascii_digit()) && run.rect.width() < 6.0
}

/// The page's runs as lines in reading order: by columns where the page has two, top to bottom in each.
fn reading_order(runs: &[TextRun], (page_width, page_height): (f32, f32)) -> Vec<Line> {
    // The body's extent and columns from its wide runs: headers, footers and line numbers left out.
    let body = |r: &&TextRun| {
        let centre = (r.rect.top + r.rect.bottom) / 2.0;
        r.rect.width() >= 6.0 && centre > page_height * RUNNING_BAND && centre < page_height * (1.0 - RUNNING_BAND)
    };
    let wide: Vec<&TextRun> = runs.iter().filter(body).collect();
    let gutter = gutter(&wide, page_width);
    let text_left = wide.iter().map(|r| r.rect.left).fold(f32::INFINITY, f32::min);
    let text_right = wide.iter().map(|r| r.rect.right).fold(f32::NEG_INFINITY, f32::max);
    let kept: Vec<&TextRun> = runs
        .iter()
        .filter(|r| {
            !is_line_number(r)
                || !(r.rect.right < text_left - 0.5
                    || r.rect.left > text_right + 0.5
                    || gutter.is_some_and(|(from, to)| r.rect.left >= from - 0.5 && r.rect.right <= to + 0.5))
        })
        .collect();
    let Some((from, to)) = gutter else {
        return lines_of(&kept, 0, text_right);
    };
    // Rows that cross the gutter (a heading over both columns, a front page's title) are lines of their own, with
    // what stands beside them; between them, the left column is read before the right.
    let overlaps = |a: &TextRun, b: &TextRun| {
        let overlap = a.rect.bottom.min(b.rect.bottom) - a.rect.top.max(b.rect.top);
        overlap >= 0.5 * a.rect.height().min(b.rect.height()).max(0.1)
    };
    let mut crossing: Vec<&TextRun> =
        kept.iter().copied().filter(|r| r.rect.left < from && r.rect.right > to).collect();
    crossing.sort_by(|a, b| a.rect.top.total_cmp(&b.rect.top));
    let rows: Vec<Vec<&TextRun>> =
        crossing.iter().map(|c| kept.iter().copied().filter(|r| overlaps(r, c)).collect()).collect();
    let in_row = |r: &TextRun| rows.iter().flatten().any(|x| std::ptr::eq(*x, r));
    let middle = (from + to) / 2.0;
    let mut lines = Vec::new();
    let mut band_top = f32::NEG_INFINITY;
    for row in rows.iter().map(Some).chain(std::iter::once(None)) {
        let band_bottom = row.map_or(f32::INFINITY, |row| row.iter().map(|r| r.rect.top).fold(f32::INFINITY, f32::min));
        let centre = |r: &TextRun| (r.rect.top + r.rect.bottom) / 2.0;
        let band: Vec<&TextRun> =
            kept.iter().copied().filter(|r| centre(r) >= band_top && centre(r) < band_bottom && !in_row(r)).collect();
        let (left, right): (Vec<&TextRun>, Vec<&TextRun>) = band.into_iter().partition(|r| r.rect.centre_x() < middle);
        lines.extend(lines_of(&left, 0, from));
        lines.extend(lines_of(&right, 1, text_right));
        if let Some(row) = row {
            if lines.last().is_none_or(|l: &Line| !row.iter().all(|r| l.text.contains(r.text.as_str()))) {
                lines.extend(lines_of(row, 0, text_right));
            }
            band_top = row.iter().map(|r| r.rect.bottom).fold(f32::NEG_INFINITY, f32::max);
        }
    }
    lines
}

/// The gap between two columns of text, when the page has two: an empty strip in the middle third of the page that
/// no wide run crosses, with text on both sides.
fn gutter(wide: &[&TextRun], page_width: f32) -> Option<(f32, f32)> {
    if wide.len() < 8 {
        return None;
    }
    let (start, end) = (page_width * 0.3, page_width * 0.7);
    // Every half millimetre, but at most 2,000 places: a hostile page a kilometre wide is searched as quickly.
    let step = 0.5_f32.max((end - start) / 2_000.0);
    let crossings = |x: f32| wide.iter().filter(|r| r.rect.left < x && r.rect.right > x).count();
    // Allow a few runs across the gutter: headings over both columns.
    let allowed = (wide.len() / 10).min(3);
    let mut best: Option<(f32, f32)> = None;
    let mut current: Option<f32> = None;
    let mut x = start;
    while x <= end {
        if crossings(x) <= allowed {
            current.get_or_insert(x);
        } else if let Some(from) = current.take() {
            if best.is_none_or(|(a, b)| x - from > b - a) {
                best = Some((from, x));
            }
        }
        x += step;
    }
    if let Some(from) = current {
        if best.is_none_or(|(a, b)| end - from > b - a) {
            best = Some((from, end));
        }
    }
    let (from, to) = best?;
    let left = wide.iter().filter(|r| r.rect.right <= from + step).count();
    let right = wide.iter().filter(|r| r.rect.left >= to - step).count();
    (to - from >= 2.5 && left >= 4 && right >= 4).then_some((from, to))
}

/// Groups one column's runs into lines, top to bottom.
fn lines_of(runs: &[&TextRun], column: usize, column_right: f32) -> Vec<Line> {
    let mut sorted: Vec<&TextRun> = runs.to_vec();
    sorted.sort_by(|a, b| (a.rect.top + a.rect.bottom).total_cmp(&(b.rect.top + b.rect.bottom)));
    // Each group with the top and bottom of its runs, kept as runs join so that a long line costs no more per run.
    let mut groups: Vec<(Vec<&TextRun>, f32, f32)> = Vec::new();
    for run in sorted {
        let joins = groups.last().is_some_and(|(_, top, bottom)| {
            let overlap = bottom.min(run.rect.bottom) - top.max(run.rect.top);
            let smaller = run.rect.height().min(bottom - top).max(0.1);
            overlap >= 0.5 * smaller
        });
        match groups.last_mut() {
            Some((group, top, bottom)) if joins => {
                group.push(run);
                *top = top.min(run.rect.top);
                *bottom = bottom.max(run.rect.bottom);
            }
            _ => groups.push((vec![run], run.rect.top, run.rect.bottom)),
        }
    }
    groups
        .into_iter()
        .map(|(mut group, _, _)| {
            group.sort_by(|a, b| a.rect.left.total_cmp(&b.rect.left));
            let mut text = String::new();
            let mut previous: Option<&TextRun> = None;
            for run in &group {
                if let Some(p) = previous {
                    let gap = run.rect.left - p.rect.right;
                    let cjk = p.text.chars().last().is_some_and(is_cjk) && run.text.chars().next().is_some_and(is_cjk);
                    if gap > 0.12 * run.size_mm.max(p.size_mm) && !cjk {
                        text.push(' ');
                    }
                }
                text.push_str(&run.text);
                previous = Some(run);
            }
            let rect = group.iter().map(|r| r.rect).reduce(Rect::union).unwrap_or_default();
            let longest = group.iter().max_by_key(|r| r.text.len());
            let (size, baseline) = longest.map_or((0.0, rect.bottom), |r| (r.size_mm, r.baseline_mm));
            Line { text, rect, size, baseline, column, column_right, order: 0 }
        })
        .collect()
}

/// The text of a line with its digits as `#`, to find what repeats from page to page with another number.
fn shape(text: &str) -> String {
    text.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).filter(|c| !c.is_whitespace()).collect()
}

/// Finds running headers and footers: lines at the top or bottom that repeat on other pages at the same place
/// (their numbers may differ), page numbers, and office publication numbers; moves them out of the body.
fn mark_running(pages: &mut [PageLines]) {
    let shapes: Vec<Vec<(String, f32)>> =
        pages.iter().map(|p| p.edges.iter().map(|l| (shape(&l.text), l.rect.top)).collect()).collect();
    let with_text = pages.iter().filter(|p| p.has_text).count();
    // A header or footer repeats on at least half the pages; a body line that happens to look like the first line of
    // a few other pages ("12. The apparatus of claim 1, …") does not.
    let often = 2.max(with_text.saturating_sub(1) / 2);
    for (i, page) in pages.iter_mut().enumerate() {
        let edges = std::mem::take(&mut page.edges);
        let body_top = page.lines.iter().map(|l| l.rect.top).fold(f32::INFINITY, f32::min);
        let body_bottom = page.lines.iter().map(|l| l.rect.bottom).fold(f32::NEG_INFINITY, f32::max);
        for line in edges {
            // Set apart from the body by more than a line's spacing, as headers and footers are.
            let gap =
                if line.rect.bottom <= body_top { body_top - line.rect.bottom } else { line.rect.top - body_bottom };
            let apart = gap >= 1.5 * line.size;
            let key = shape(&line.text);
            let repeats = shapes
                .iter()
                .enumerate()
                .filter(|(j, lines)| {
                    *j != i && lines.iter().any(|(s, top)| *s == key && (top - line.rect.top).abs() < 3.0)
                })
                .count();
            let number = page_number(&line.text);
            let running = number.is_some()
                || publication_number(&line.text).is_some()
                || (with_text >= 3 && repeats >= often && (apart || line.words() <= 8))
                || (with_text == 2 && repeats == 1 && apart && line.words() <= 8);
            if running {
                if let Some(n) = number {
                    page.page_number.get_or_insert(n);
                }
                page.running.push(line);
            } else {
                page.lines.push(line);
            }
        }
        // Lines moved back from the edges go in reading order again.
        page.lines.sort_by_key(|l| l.order);
    }
}

/// The page number a header or footer line states: `12`, `- 12 -`, `12/80`, `Page 12 of 80`, `第12页`.
fn page_number(text: &str) -> Option<String> {
    let t = text.trim();
    let inner = t
        .trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ' ' | '(' | ')'))
        .trim_start_matches("Page ")
        .trim_start_matches("page ")
        .trim_start_matches("Seite ")
        .trim_start_matches('第')
        .trim_end_matches(['页', '頁']);
    let number: String = inner.chars().take_while(char::is_ascii_digit).collect();
    let rest = inner[number.len()..].trim();
    let total_ok = rest.is_empty()
        || rest
            .strip_prefix('/')
            .or_else(|| rest.strip_prefix("of "))
            .or_else(|| rest.strip_prefix("von "))
            .is_some_and(|total| {
                let total = total.trim();
                !total.is_empty() && total.len() <= 4 && total.chars().all(|c| c.is_ascii_digit())
            });
    (!number.is_empty() && number.len() <= 4 && total_ok).then_some(number)
}

/// An office publication number standing alone: `EP 1 667 425 A1`, `WO 2020/123456 A1`, `US 2021/0049351 A1`,
/// `US 10,123,456 B2`, `CN 112345678 A`, `JP 2020-123456 A`, `特開2020-123456`.
fn publication_number(text: &str) -> Option<String> {
    let t = text.trim();
    if ["特開", "特表", "特許第", "再公表", "実用新案登録第", "実開"].iter().any(|p| t.starts_with(p))
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().count() <= 24
    {
        return Some(t.to_string());
    }
    let compact: String = t.chars().filter(|c| !matches!(c, ' ' | ',' | '/' | '-' | '.')).collect();
    let office = ["EP", "WO", "US", "CN", "JP", "KR"].into_iter().find(|o| compact.starts_with(o))?;
    let rest = &compact[office.len()..];
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let kind = &rest[digits..];
    let kind_ok = matches!(kind.len(), 1 | 2)
        && kind.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && kind.chars().skip(1).all(|c| c.is_ascii_digit());
    ((6..=13).contains(&digits) && kind_ok).then(|| t.to_string())
}

/// How many lines of a page start with an INID code, `(11)`, `(54)`, `(57)`: a publication's front page.
fn inid_codes(page: &PageLines) -> usize {
    let mut codes: Vec<&str> = page.lines.iter().filter_map(|l| inid(&l.text).map(|(code, _)| code)).collect();
    codes.sort_unstable();
    codes.dedup();
    codes.len()
}

/// `(54) Title…`: the INID code and the rest of the line.
fn inid(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix('(')?;
    let code = rest.get(..2).filter(|c| c.chars().all(|c| c.is_ascii_digit()))?;
    let after = rest.get(2..)?.strip_prefix(')')?;
    Some((code, after.trim()))
}

/// The publication the document is: an office's publication number in a running header or footer, or on a front
/// page with INID codes.
fn publication(pages: &[PageLines]) -> Option<String> {
    let from_header = pages.iter().flat_map(|p| &p.running).find_map(|l| publication_number(&l.text));
    from_header.or_else(|| {
        let first = pages.first()?;
        (inid_codes(first) >= 3).then(|| {
            first
                .lines
                .iter()
                .chain(&first.running)
                .find_map(|l| publication_number(inid(&l.text).map_or(l.text.as_str(), |(_, rest)| rest)))
                .unwrap_or_else(|| "a publication (front page with INID codes)".to_string())
        })
    })
}

/// What a page is, from its lines and what else it paints; `follows_text`: the page before is a text page, so a
/// few lines of running text (the end of the claims) continue it.
fn classify(sheet: &Sheet, page: &PageLines, follows_text: bool) -> PageKind {
    if sheet.texts.is_none() {
        return PageKind::Scan;
    }
    if sheet.content.is_none() {
        return PageKind::Blank;
    }
    let part = page.lines.iter().take(3).find_map(|l| spec::part_heading(&l.text));
    if part == Some(Part::Drawings) {
        return PageKind::Drawing;
    }
    let running = page.lines.iter().filter(|l| l.running()).count();
    let page_area = page.size.0 * page.size.1;
    let graphics_share = sheet.graphics.map_or(0.0, |g| g.width() * g.height() / page_area.max(1.0));
    let few = if follows_text || part.is_some() { 1 } else { 3 };
    let text = running >= 10 || (running >= few && graphics_share < 0.3);
    if text {
        PageKind::Text
    } else {
        PageKind::Drawing
    }
}

/// A publication's front page: its title (INID 54) and abstract (INID 57) as blocks; the bibliographic data is
/// the office's and is left out.
fn front_page(page: &PageLines, blocks: &mut Vec<Block>) {
    let mut fields: Vec<(&str, Vec<&Line>)> = Vec::new();
    for line in &page.lines {
        match inid(&line.text) {
            Some((code, _)) => fields.push((code, vec![line])),
            None => {
                if let Some((_, lines)) = fields.last_mut() {
                    lines.push(line);
                }
            }
        }
    }
    // A field's first paragraph: a European patent's title comes in three languages, one paragraph each.
    let text_of = |code: &str| {
        fields.iter().find(|(c, _)| *c == code).map(|(_, lines)| {
            let mut text = String::new();
            for (i, line) in lines.iter().enumerate() {
                if i > 0 && ends_paragraph(lines[i - 1], line, 0.0) {
                    break;
                }
                let t = if i == 0 { inid(&line.text).map_or("", |(_, rest)| rest) } else { line.text.as_str() };
                join_line(&mut text, t);
            }
            text
        })
    };
    let line = |l: Option<&Line>| l.map(|_| 1);
    if let Some(title) = text_of("54") {
        blocks.push(Block {
            text: title,
            heading: Some(0),
            page: Some(page.number),
            line: line(page.lines.first()),
            ..Block::default()
        });
    }
    if let Some(text) = text_of("57") {
        blocks.push(Block { text: "Abstract".into(), page: Some(page.number), ..Block::default() });
        blocks.push(Block { text, page: Some(page.number), ..Block::default() });
    }
}

/// Appends a line to a paragraph's text: a word hyphenated at the line's end is joined, CJK text without a space.
fn join_line(text: &mut String, line: &str) {
    let line = line.trim();
    if text.is_empty() {
        text.push_str(line);
        return;
    }
    let last = text.chars().last();
    let next = line.chars().next();
    let before_hyphen = text.chars().rev().nth(1);
    // "trans-" + "fer", and "EMBODI-" + "MENTS" in a heading in capitals.
    let continues =
        next.is_some_and(|n| n.is_lowercase() || (n.is_uppercase() && before_hyphen.is_some_and(char::is_uppercase)));
    if last == Some('-') && before_hyphen.is_some_and(char::is_alphabetic) && continues {
        text.pop();
    } else if !(last.is_some_and(is_cjk) || next.is_some_and(is_cjk)) {
        text.push(' ');
    }
    text.push_str(line);
}

/// Paragraphs as they flow from line to line, column to column and page to page.
#[derive(Default)]
struct Flow {
    /// The paragraph being built: its text, first page and line, and its lines' sizes and pitches.
    current: Option<Paragraph>,
    /// The last line read, to tell whether the next one continues its paragraph.
    last: Option<Line>,
    /// Closed paragraphs waiting to be emitted.
    done: Vec<Block>,
}

struct Paragraph {
    text: String,
    page: u32,
    line: u32,
    sizes: Vec<f32>,
    pitches: Vec<f32>,
    standalone: bool,
}

impl Flow {
    /// Reads one text page's lines.
    fn page(&mut self, page: &PageLines, blocks: &mut Vec<Block>) {
        let pitch = typical_pitch(&page.lines);
        for (i, line) in page.lines.iter().enumerate() {
            let line_number = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let standalone = is_heading(&line.text);
            let breaks = match (&self.last, &self.current) {
                (Some(last), Some(current)) => {
                    current.standalone
                        || standalone
                        || starts_paragraph(&line.text)
                        || starts_claim(last, &line.text)
                        || ends_paragraph(last, line, pitch)
                }
                _ => true,
            };
            if breaks {
                self.close();
                self.current = Some(Paragraph {
                    text: String::new(),
                    page: page.number,
                    line: line_number,
                    sizes: Vec::new(),
                    pitches: Vec::new(),
                    standalone,
                });
            }
            if let Some(current) = self.current.as_mut() {
                if let Some(last) = self.last.as_ref().filter(|l| !breaks && l.column == line.column) {
                    let step = line.baseline - last.baseline;
                    if step > 0.0 && step < 3.0 * line.size {
                        current.pitches.push(step);
                    }
                }
                join_line(&mut current.text, &line.text);
                current.sizes.push(line.size);
            }
            self.last = Some(line.clone());
        }
        self.close_into(blocks);
    }

    fn close(&mut self) {
        let Some(p) = self.current.take() else { return };
        let median = |mut values: Vec<f32>| {
            values.sort_by(f32::total_cmp);
            values.get(values.len() / 2).copied()
        };
        let size = median(p.sizes);
        let pitch = median(p.pitches);
        self.done.push(Block {
            text: p.text,
            line: Some(p.line),
            page: Some(p.page),
            font_size: size.map(|s| s / MM_PER_PT),
            line_spacing: pitch.zip(size).map(|(pitch, size)| pitch / (SINGLE_SPACING_EM * size)),
            ..Block::default()
        });
    }

    /// Emits the closed paragraphs (the open one stays open: it may continue on the next page).
    fn close_into(&mut self, blocks: &mut Vec<Block>) {
        blocks.append(&mut self.done);
    }
}

/// The usual distance between baselines on a page.
fn typical_pitch(lines: &[Line]) -> f32 {
    let mut steps: Vec<f32> = lines
        .windows(2)
        .filter(|w| w[0].column == w[1].column)
        .map(|w| w[1].baseline - w[0].baseline)
        .filter(|s| *s > 0.0)
        .collect();
    steps.sort_by(f32::total_cmp);
    steps.get(steps.len() / 5).copied().unwrap_or(0.0)
}

/// A line that is a paragraph of its own: a part's or section's heading.
fn is_heading(text: &str) -> bool {
    spec::part_heading(text).is_some()
        || (spec::section_kind(text).is_some() && text.split_whitespace().count() <= 12)
        || (text.starts_with('【') && text.ends_with('】'))
        || text.starts_with("【書類名】")
}

/// A line that starts a paragraph whatever is before it: a paragraph number or a JPO/KIPO tag.
fn starts_paragraph(text: &str) -> bool {
    spec::number_label(text).is_some() || text.starts_with('【')
}

/// A line that starts a numbered claim (`10. A compound…`, `3) The lever…`) after one that ended a sentence.
fn starts_claim(last: &Line, text: &str) -> bool {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let rest = &text[digits..];
    let labelled = (1..=3).contains(&digits)
        && (rest.starts_with(". ") || rest.starts_with(") ") || rest.starts_with(".) "))
        && rest.trim_start_matches(['.', ')', ' ']).chars().next().is_some_and(|c| c.is_uppercase() || is_cjk(c));
    labelled && last.text.trim_end().ends_with(['.', ';', ':', '。'])
}

/// Whether `line` starts a new paragraph after `last`: after a wider gap than the page's line pitch, or after a line
/// that ended short of its column where the next line's first word would have fitted.
fn ends_paragraph(last: &Line, line: &Line, pitch: f32) -> bool {
    if last.column == line.column && line.rect.top >= last.rect.top {
        let step = line.baseline - last.baseline;
        // Wider than the page's usual pitch, or than double spacing with a blank line in between.
        if (pitch > 0.0 && step > 1.4 * pitch) || step > 2.6 * SINGLE_SPACING_EM * line.size.max(last.size) {
            return true;
        }
    }
    let text = last.text.trim_end();
    if text.ends_with('-') {
        return false;
    }
    let chars = line.text.chars().count().max(1) as f32;
    let char_width = line.rect.width() / chars;
    let first_word = line.text.split_whitespace().next().map_or(0, |w| w.chars().count()) as f32;
    let room = last.column_right - last.rect.right;
    room > (first_word + 1.5) * char_width
}

#[cfg(test)]
mod tests {
    use super::*;
    fn sheet(number: u32, runs: Vec<TextRun>) -> Sheet {
        Sheet::a4_with_texts(number, runs)
    }

    fn run(text: &str, left: f32, top: f32, width: f32) -> TextRun {
        TextRun {
            text: text.into(),
            rect: Rect { left, top, right: left + width, bottom: top + 3.0 },
            height_mm: 2.5,
            size_mm: 4.2,
            baseline_mm: top + 3.0,
        }
    }

    #[test]
    fn page_numbers_and_publication_numbers() {
        assert_eq!(page_number("- 12 -").as_deref(), Some("12"));
        assert_eq!(page_number("Page 3 of 10").as_deref(), Some("3"));
        assert_eq!(page_number("3/10").as_deref(), Some("3"));
        assert_eq!(page_number("Claim 3"), None);
        assert_eq!(publication_number("EP 1 667 425 A1").as_deref(), Some("EP 1 667 425 A1"));
        assert_eq!(publication_number("US 2021/0049351 A1").as_deref(), Some("US 2021/0049351 A1"));
        assert!(publication_number("US 10,123,456 B2").is_some());
        assert!(publication_number("EP patent application").is_none());
        assert!(publication_number("Attorney docket 12345").is_none());
    }

    #[test]
    fn hyphenated_words_are_joined_and_cjk_has_no_spaces() {
        let mut text = "a thermal trans-".to_string();
        join_line(&mut text, "fer ink");
        assert_eq!(text, "a thermal transfer ink");
        let mut text = "EMBODI-".to_string();
        join_line(&mut text, "MENTS");
        assert_eq!(text, "EMBODIMENTS");
        let mut text = "claims 1-".to_string();
        join_line(&mut text, "3");
        assert_eq!(text, "claims 1- 3");
        let mut text = "一种杠杆".to_string();
        join_line(&mut text, "包括手柄");
        assert_eq!(text, "一种杠杆包括手柄");
    }

    #[test]
    fn wrapped_lines_become_one_paragraph_and_running_footers_are_left_out() {
        let words = ["lever", "handle", "head"];
        let page = |n: u32| {
            let first = format!("[0001] The {} has a handle that is long enough to be held", words[n as usize - 1]);
            sheet(
                n,
                vec![
                    run(&first, 25.0, 30.0, 160.0),
                    run("with one hand.", 25.0, 37.0, 30.0),
                    run("[0002] The handle is made of wood and is painted red so that", 25.0, 44.0, 160.0),
                    run("it is seen from afar by all who pass the lever on the road.", 25.0, 51.0, 158.0),
                    run("It is long.", 25.0, 58.0, 20.0),
                    run(&n.to_string(), 104.0, 285.0, 2.0),
                    run("Docket 42-17", 150.0, 10.0, 25.0),
                ],
            )
        };
        let application = read(&[page(1), page(2), page(3)]);
        assert_eq!(application.kinds, [PageKind::Text; 3]);
        let texts: Vec<&str> =
            application.blocks.iter().filter(|b| b.page == Some(1)).map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "[0001] The lever has a handle that is long enough to be held with one hand.",
                "[0002] The handle is made of wood and is painted red so that it is seen from afar by all who pass the lever on the road. It is long."
            ]
        );
        assert_eq!(application.pages[1].number.as_deref(), Some("2"));
        assert!(application.publication.is_none());
        let margins = application.pages[0].margins_cm.unwrap();
        assert!((margins[0] - 3.0).abs() < 0.01 && (margins[2] - 2.5).abs() < 0.01, "{margins:?}");
    }

    #[test]
    fn first_lines_alike_on_a_few_pages_are_body_not_headers() {
        let page = |n: u32| {
            let first = if (2..=4).contains(&n) {
                format!("[00{n:02}] FIG. {n} is a view of the valve of the first embodiment of the invention.")
            } else {
                format!("[00{n:02}] The valve {n} of this page has a seat that is pressed against a seal.")
            };
            sheet(
                n,
                vec![
                    run(&first, 25.0, 30.0, 160.0),
                    run(
                        "The seat is made of steel and the seal of rubber, so that they close well.",
                        25.0,
                        37.0,
                        160.0,
                    ),
                    run("The valve is opened by a spring that lifts the seat off the seal when the", 25.0, 44.0, 160.0),
                    run("pressure falls.", 25.0, 51.0, 30.0),
                ],
            )
        };
        let sheets: Vec<Sheet> = (1..=8).map(page).collect();
        let application = read(&sheets);
        let firsts = application.blocks.iter().filter(|b| b.text.starts_with("[00")).count();
        assert_eq!(firsts, 8);
    }

    #[test]
    fn a_sheet_of_labels_is_a_drawing() {
        let drawing = sheet(1, vec![run("FIG. 1", 90.0, 200.0, 15.0), run("10", 50.0, 80.0, 4.0)]);
        assert_eq!(read(&[drawing]).kinds, [PageKind::Drawing]);
    }
}

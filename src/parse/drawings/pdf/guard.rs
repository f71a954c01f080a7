//! Bounds on the work a PDF can make the interpreter do, checked before interpreting: hayro inflates streams
//! without a limit and re-reads a form XObject at every `Do` (nested up to 50 deep), so a small file could
//! otherwise ask for gigabytes or for 2⁵⁰ content streams. Also collects the fonts each page selects.

use std::collections::{HashMap, HashSet};

use hayro_syntax::content::ops::TypedInstruction;
use hayro_syntax::content::TypedIter;
use hayro_syntax::object::{Dict, Name, Object, ObjectIdentifier, Stream};
use hayro_syntax::page::Page;
use hayro_syntax::{Filter, Pdf};
use miniz_oxide::inflate::stream::{inflate, InflateState};
use miniz_oxide::{DataFormat, MZFlush, MZStatus};

use crate::limits::Limits;
use crate::message::{message, Message};

/// Content-stream operators one page may execute, forms expanded (a detailed CAD sheet has about a million).
pub(super) const PAGE_OPERATIONS: u64 = 20_000_000;
/// Operators one file may execute.
const FILE_OPERATIONS: u64 = 100_000_000;
/// Forms nest at most this deep in real files; hayro stops at 50.
const FORM_DEPTH: usize = 32;
/// A Type 3 glyph program larger than this is not interpreted (real ones are a few hundred bytes).
const TYPE3_PROGRAM_BYTES: u64 = 64 << 10;
/// Worst inflation of one input byte by each filter.
const FLATE_RATIO: u64 = 1032;
const LZW_RATIO: u64 = 3700;
const RUN_LENGTH_RATIO: u64 = 64;
const ASCII85_RATIO: u64 = 4;

/// What the pre-scan found out for the whole file.
pub(super) struct FileCheck {
    /// Whether Type 3 glyph programs are small and draw no XObjects, so that interpreting them is cheap.
    pub type3_safe: bool,
}

/// Checks that the file's non-image streams inflate within the limits (images are checked when drawn).
pub(super) fn check_inflation(pdf: &Pdf, limits: &Limits) -> Result<FileCheck, Message> {
    let mut total: u64 = 0;
    let mut type3_safe = true;
    for object in pdf.objects() {
        let Object::Stream(stream) = object else { continue };
        let dict = stream.dict();
        if dict.get::<Name<'_>>(b"Subtype").is_some_and(|s| s.as_ref() == b"Image") {
            continue;
        }
        let cap = limits.part_bytes as u64;
        let size = decoded_bound(&stream, cap.saturating_add(1));
        if size > cap {
            return Err(message!("guard-one-streams-inflates", mib = limits.part_bytes >> 20));
        }
        total = total.saturating_add(size);
        if total > limits.inflated_bytes as u64 {
            return Err(message!("guard-streams-inflate-more", mib = limits.inflated_bytes >> 20));
        }
        if dict.contains_key(b"CharProcs") && !type3_font_is_cheap(dict) {
            type3_safe = false;
        }
    }
    Ok(FileCheck { type3_safe })
}

/// Whether a Type 3 font's glyph programs are small and its resources name no XObjects (which could nest).
fn type3_font_is_cheap(font: &Dict<'_>) -> bool {
    let draws_xobjects = |resources: Option<Dict<'_>>| {
        resources.and_then(|r| r.get::<Dict<'_>>(b"XObject")).is_some_and(|x| !x.is_empty())
    };
    if draws_xobjects(font.get::<Dict<'_>>(b"Resources")) {
        return false;
    }
    let Some(procs) = font.get::<Dict<'_>>(b"CharProcs") else { return true };
    procs.keys().collect::<Vec<_>>().iter().all(|key| match procs.get::<Stream<'_>>(key.as_ref()) {
        Some(program) => {
            !draws_xobjects(program.dict().get::<Dict<'_>>(b"Resources"))
                && decoded_bound(&program, TYPE3_PROGRAM_BYTES + 1) <= TYPE3_PROGRAM_BYTES
        }
        None => true,
    })
}

/// The stream's decoded size, or a bound on it, counted up to `cap`: a leading Flate filter is inflated
/// (without keeping the output), other filters are bounded by their worst ratio.
pub(super) fn decoded_bound(stream: &Stream<'_>, cap: u64) -> u64 {
    let filters = stream.filters();
    let raw = stream.raw_data();
    let mut filters = filters.iter().filter(|f| **f != Filter::Crypt).peekable();
    let mut size = match filters.peek() {
        Some(Filter::FlateDecode) => {
            filters.next();
            inflated_size(&raw, cap)
        }
        Some(Filter::LzwDecode) => {
            filters.next();
            lzw_size(&raw, cap)
        }
        _ => raw.len() as u64,
    };
    for filter in filters {
        let ratio = match filter {
            Filter::FlateDecode => FLATE_RATIO,
            Filter::LzwDecode => LZW_RATIO,
            Filter::RunLengthDecode => RUN_LENGTH_RATIO,
            Filter::Ascii85Decode => ASCII85_RATIO,
            _ => 1,
        };
        size = size.saturating_mul(ratio);
    }
    size.min(cap)
}

/// Bytes a zlib (or raw deflate) stream inflates to, counted up to `cap`.
fn inflated_size(data: &[u8], cap: u64) -> u64 {
    let zlib = data.len() >= 2
        && data[0] & 0x0f == 8
        && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0
        && data[1] & 0x20 == 0;
    let mut state = InflateState::new_boxed(if zlib { DataFormat::Zlib } else { DataFormat::Raw });
    let mut output = vec![0u8; 64 << 10];
    let (mut input, mut total) = (data, 0u64);
    loop {
        let result = inflate(&mut state, input, &mut output, MZFlush::None);
        input = input.get(result.bytes_consumed..).unwrap_or(&[]);
        total = total.saturating_add(result.bytes_written as u64);
        let progressed = result.bytes_consumed > 0 || result.bytes_written > 0;
        if total > cap || !progressed || !matches!(result.status, Ok(MZStatus::Ok)) {
            return total;
        }
    }
}

/// Bytes an LZW stream (PDF's MSB-first codes, early change) decodes to, counted up to `cap`.
fn lzw_size(data: &[u8], cap: u64) -> u64 {
    let mut decoder = weezl::decode::Decoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
    let mut output = vec![0u8; 64 << 10];
    let (mut input, mut total) = (data, 0u64);
    loop {
        let result = decoder.decode_bytes(input, &mut output);
        input = input.get(result.consumed_in..).unwrap_or(&[]);
        total = total.saturating_add(result.consumed_out as u64);
        let progressed = result.consumed_in > 0 || result.consumed_out > 0;
        if total > cap || !progressed || !matches!(result.status, Ok(weezl::LzwStatus::Ok)) {
            return total;
        }
    }
}

/// Operators a page makes the interpreter execute, forms expanded, and the fonts it selects.
pub(super) struct PageScan<'a> {
    pub fonts: Vec<Dict<'a>>,
    /// Cost of each form XObject already expanded, by object; `None` while it is being expanded (a cycle).
    forms: HashMap<ObjectIdentifier, Option<u64>>,
    fonts_seen: HashSet<ObjectIdentifier>,
}

impl<'a> PageScan<'a> {
    /// Counts the operators of `page`; an error when they exceed the page's or the file's budget.
    pub(super) fn run(page: &Page<'a>, number: u32, file_operations: &mut u64) -> Result<Self, Message> {
        let mut scan = PageScan { fonts: Vec::new(), forms: HashMap::new(), fonts_seen: HashSet::new() };
        let content = page.page_stream().unwrap_or(&[]);
        let operations = scan.operations(content, &page.resources().fonts, &page.resources().x_objects, 0);
        if operations > PAGE_OPERATIONS {
            return Err(message!("guard-page-draws-more", page = number, million = PAGE_OPERATIONS / 1_000_000));
        }
        *file_operations = file_operations.saturating_add(operations);
        if *file_operations > FILE_OPERATIONS {
            return Err(message!("guard-pages-draw-more", million = FILE_OPERATIONS / 1_000_000));
        }
        Ok(scan)
    }

    /// Operators of one content stream with the forms it draws expanded, saturating past the budget.
    fn operations(&mut self, content: &[u8], fonts: &Dict<'a>, x_objects: &Dict<'a>, depth: usize) -> u64 {
        if depth > FORM_DEPTH {
            return u64::MAX;
        }
        let mut count: u64 = 0;
        let mut ops = TypedIter::new(content);
        while let Some(op) = ops.next() {
            count = count.saturating_add(1);
            match op {
                TypedInstruction::TextFont(font) => self.note_font(fonts, font.0),
                TypedInstruction::XObject(name) => {
                    count = count.saturating_add(self.form_operations(x_objects, fonts, name.0, depth));
                }
                _ => {}
            }
            if count > PAGE_OPERATIONS {
                return u64::MAX;
            }
        }
        count
    }

    /// Operators of the form XObject `name` names, counted once per form and reused at every `Do`.
    fn form_operations(&mut self, x_objects: &Dict<'a>, fonts: &Dict<'a>, name: &Name<'_>, depth: usize) -> u64 {
        let Some(stream) = x_objects.get::<Stream<'a>>(name.as_ref()) else { return 0 };
        let dict = stream.dict().clone();
        if dict.get::<Name<'_>>(b"Subtype").is_none_or(|s| s.as_ref() != b"Form") {
            return 0;
        }
        let id = stream.obj_id();
        match self.forms.get(&id) {
            Some(Some(cost)) => return *cost,
            Some(None) => return u64::MAX,
            None => {}
        }
        self.forms.insert(id, None);
        let Ok(content) = stream.decoded_data() else {
            self.forms.insert(id, Some(0));
            return 0;
        };
        // A form without resources uses those of whoever draws it.
        let resources = dict.get::<Dict<'a>>(b"Resources");
        let own_fonts = resources.as_ref().and_then(|r| r.get::<Dict<'a>>(b"Font"));
        let own_x_objects = resources.as_ref().and_then(|r| r.get::<Dict<'a>>(b"XObject"));
        let (fonts, x_objects) = match &resources {
            Some(_) => (own_fonts.unwrap_or_else(Dict::empty), own_x_objects.unwrap_or_else(Dict::empty)),
            None => (fonts.clone(), x_objects.clone()),
        };
        // Every `Do` decodes the form again: its bytes count as work too.
        let cost = self.operations(&content, &fonts, &x_objects, depth + 1).saturating_add(content.len() as u64 / 64);
        self.forms.insert(id, Some(cost));
        cost
    }

    fn note_font(&mut self, fonts: &Dict<'a>, name: &Name<'_>) {
        let Some(font) = fonts.get::<Dict<'a>>(name.as_ref()) else { return };
        let id = font.obj_id().unwrap_or(ObjectIdentifier { obj_number: 0, gen_number: -(self.fonts.len() as i32) });
        if self.fonts_seen.insert(id) && self.fonts.len() < 10_000 {
            self.fonts.push(font);
        }
    }
}

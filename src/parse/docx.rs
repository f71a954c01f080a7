//! WordprocessingML (DOCX, and Word's flat XML) to paragraphs as the user sees them.
//!
//! A DOCX is a ZIP package ([`super::zip`]); Word's flat XML (`pkg:package`, or a bare `w:document`) holds the same
//! parts in one XML file. Either way the main document is read into paragraphs, then styles and numbering are
//! resolved: a paragraph numbered by Word's automatic numbering gets the label Word shows (`1.`, `[0001]`,
//! `【０００１】`), so claims and paragraph numbers are read as the user sees them. Tracked changes are read as if
//! accepted (insertions kept, deletions dropped) and listed; comments, fields, embedded objects, text boxes, charts
//! and other content an office's converter may not take are listed too. Page set-up (size, margins, columns) comes
//! from each section, line spacing and font size from the paragraph, its style chain and the document defaults.
//!
//! Bounded like every reader: ZIP limits in [`super::zip`], XML depth and paragraph count in [`Limits`]; the
//! content types must name a WordprocessingML main part, else the file is refused.

use super::sax::{attr, walk, Ev};
use super::zip::Archive;
use crate::limits::Limits;
use crate::message::{message, List, Message};
use crate::model::description::{FontUse, Mark, Metadata, OleObject, PageSetup, WordInfo};
use quick_xml::events::BytesStart;
use std::collections::BTreeMap;

/// A paragraph of a Word document, resolved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WordParagraph {
    /// The text as shown, the automatic numbering label (if any) first, followed by a space.
    pub text: String,
    /// The automatic numbering label, e.g. `1.`, `[0001]` (not for bullets).
    pub label: Option<String>,
    /// A bulleted or numbered list item.
    pub list_item: bool,
    /// Heading level (1–9) from the style or outline level; 0 for the Title style.
    pub heading: Option<u8>,
    pub in_table: bool,
    /// Line spacing as a multiple of single.
    pub line_spacing: Option<f32>,
    /// Smallest font size of its text, in points.
    pub font_size: Option<f32>,
}

/// A Word document read.
#[derive(Debug, Default)]
pub struct WordDocument {
    pub paragraphs: Vec<WordParagraph>,
    pub page_setup: Vec<PageSetup>,
    pub info: WordInfo,
    /// The language the document's defaults name (`w:lang`), if one patlint knows.
    pub language: Option<crate::language::Language>,
}

const MAIN_TYPES: [&str; 4] = [
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
];

/// The content type of a VBA project part.
const VBA_PROJECT: &str = "application/vnd.ms-office.vbaProject";

/// Whether `text` names a macro-enabled main document part (Word's `.docm` or `.dotm`); an embedded macro-enabled
/// workbook (`sheet.macroEnabled`) does not make the document one.
fn macro_enabled(text: &str) -> bool {
    let text = text.to_ascii_lowercase();
    [MAIN_TYPES[1], MAIN_TYPES[3]].iter().any(|t| text.contains(&t.to_ascii_lowercase()))
}

/// Reads a DOCX package.
///
/// # Errors
/// When the package or one of its parts cannot be read, exceeds a limit, or is not a Word document.
pub fn read_package(bytes: &[u8], limits: &Limits) -> Result<WordDocument, Message> {
    let mut archive = Archive::open(bytes, limits)?;
    let types = archive.read("[Content_Types].xml")?.ok_or_else(|| message!("docx-package-has-no"))?;
    let types = decode(&types);
    let package_rels = archive.read("_rels/.rels")?.map(|r| relationships(&decode(&r), "", limits)).transpose()?;
    let main = main_part(&types, package_rels.as_deref().unwrap_or_default(), limits)?.ok_or_else(|| {
        if types.contains("spreadsheetml") {
            message!("docx-package-holds-no")
        } else if types.contains("presentationml") {
            message!("docx-package-holds-no-word")
        } else {
            message!("docx-package-holds-no-word-document")
        }
    })?;
    let mut part = |name: &str| -> Result<Option<String>, Message> { Ok(archive.read(name)?.map(|b| decode(&b))) };
    let document = part(&main)?.ok_or_else(|| message!("docx-package-lacks-main", part = &main))?;
    let folder = main.rsplit_once('/').map_or("", |(folder, _)| folder).to_string();
    let rels_name = format!("{folder}/_rels/{}.rels", main.rsplit('/').next().unwrap_or(&main));
    let rels = part(&rels_name)?.map(|r| relationships(&r, &folder, limits)).transpose()?.unwrap_or_default();
    let target = |kind: &str, fallback: &str| {
        rels.iter().find(|(t, _)| t.ends_with(kind)).map_or_else(|| format!("{folder}/{fallback}"), |(_, p)| p.clone())
    };
    let parts = Parts {
        document,
        styles: part(&target("/styles", "styles.xml"))?,
        numbering: part(&target("/numbering", "numbering.xml"))?,
        comments: part(&target("/comments", "comments.xml"))?,
        settings: part(&target("/settings", "settings.xml"))?,
        theme: part(&target("/theme", "theme/theme1.xml"))?,
        core: part("docProps/core.xml")?,
        app: part("docProps/app.xml")?,
    };
    let mut word = build(&parts, limits)?;
    // A macro-enabled package (`.docm`): its main part's content type says so, and its macros are a VBA project.
    word.info.macros = macro_enabled(&types)
        || archive.entries.iter().any(|entry| entry.name.to_ascii_lowercase().ends_with("word/vbaproject.bin"));
    Ok(word)
}

/// Whether an XML file is Word's flat XML: a `pkg:package` or a bare WordprocessingML `document`.
#[must_use]
pub fn is_flat_xml(text: &str) -> bool {
    let head: String = text.chars().take(4096).collect();
    head.contains("schemas.microsoft.com/office/2006/xmlPackage")
        || (head.contains("schemas.openxmlformats.org/wordprocessingml/2006/main") && head.contains(":document"))
}

/// Reads Word's flat XML.
///
/// # Errors
/// When the XML cannot be read or holds no Word document.
pub fn read_flat(text: &str, limits: &Limits) -> Result<WordDocument, Message> {
    let mut found: BTreeMap<String, String> = BTreeMap::new();
    let mut macros = false;
    let mut package = false;
    let mut current: Option<String> = None;
    let mut data_start: Option<usize> = None;
    walk(text, limits, |ev, stack, at| {
        match ev {
            Ev::Start(start) => match start.local_name().as_ref() {
                b"package" if stack.len() == 1 => package = true,
                b"part" if package => {
                    current = attr(start, b"name");
                    let content_type = attr(start, b"contentType").unwrap_or_default();
                    macros |= macro_enabled(&content_type) || content_type.eq_ignore_ascii_case(VBA_PROJECT);
                }
                b"xmlData" if package && current.is_some() => data_start = Some(at),
                _ => {}
            },
            Ev::End(b"xmlData") => {
                if let (Some(name), Some(start)) = (current.as_ref(), data_start.take()) {
                    // The part is the XML inside <pkg:xmlData …>…</pkg:xmlData>.
                    let inner = text.get(start..at).unwrap_or("");
                    let inner = inner.find('>').and_then(|gt| inner.get(gt + 1..)).unwrap_or("");
                    found.insert(name.trim_start_matches('/').to_ascii_lowercase(), inner.to_string());
                }
            }
            _ => {}
        }
        Ok(())
    })?;
    if !package {
        let parts = Parts { document: text.to_string(), ..Parts::default() };
        return build(&parts, limits);
    }
    let main =
        found.keys().find(|name| name.ends_with("document.xml") && !name.contains("glossary")).cloned().ok_or_else(
            || match found.len() {
                0 => message!("docx-package-holds-no-word-document"),
                _ => message!("docx-package-holds-no-word-document-parts", parts = List::and(found.keys())),
            },
        )?;
    let folder = main.rsplit_once('/').map_or("", |(folder, _)| folder).to_string();
    let get = |name: &str| found.get(&format!("{folder}/{name}")).cloned();
    let parts = Parts {
        document: found.get(&main).cloned().unwrap_or_default(),
        styles: get("styles.xml"),
        numbering: get("numbering.xml"),
        comments: get("comments.xml"),
        settings: get("settings.xml"),
        theme: get("theme/theme1.xml"),
        core: found.get("docprops/core.xml").cloned(),
        app: found.get("docprops/app.xml").cloned(),
    };
    let mut word = build(&parts, limits)?;
    word.info.macros = macros;
    Ok(word)
}

fn decode(bytes: &[u8]) -> String {
    super::text::decode(bytes).text
}

/// The name of the main document part, as the Open Packaging Conventions find it: the target of the package's
/// `officeDocument` relationship (`_rels/.rels`), when its content type (an `Override` for the part, or the
/// `Default` for its extension, as the .NET Open XML SDK writes it) is a Word document's; else the part a
/// `[Content_Types].xml` override types as one.
fn main_part(types: &str, package_rels: &[(String, String)], limits: &Limits) -> Result<Option<String>, Message> {
    let mut defaults: Vec<(String, String)> = Vec::new();
    let mut overrides: Vec<(String, String)> = Vec::new();
    walk(types, limits, |ev, _, _| {
        if let Ev::Start(start) = ev {
            let content_type = attr(start, b"ContentType").unwrap_or_default();
            match start.local_name().as_ref() {
                b"Default" => defaults.push((attr(start, b"Extension").unwrap_or_default(), content_type)),
                b"Override" => overrides.push((attr(start, b"PartName").unwrap_or_default(), content_type)),
                _ => {}
            }
        }
        Ok(())
    })
    .map_err(|e| message!("docx-content-types-xml", reason = e))?;
    let is_main = |content_type: &str| MAIN_TYPES.iter().any(|t| content_type.eq_ignore_ascii_case(t));
    let type_of = |part: &str| {
        let named = overrides.iter().find(|(name, _)| name.trim_start_matches('/').eq_ignore_ascii_case(part));
        let extension = part.rsplit_once('.').map_or("", |(_, e)| e);
        named.or_else(|| defaults.iter().find(|(e, _)| e.eq_ignore_ascii_case(extension))).map(|(_, t)| t.as_str())
    };
    let related = package_rels.iter().find(|(kind, _)| kind.ends_with("/officeDocument")).map(|(_, target)| target);
    if let Some(target) = related.filter(|target| type_of(target).is_some_and(is_main)) {
        return Ok(Some(target.clone()));
    }
    Ok(overrides.iter().find(|(_, t)| is_main(t)).map(|(name, _)| name.trim_start_matches('/').to_string()))
}

/// (relationship type, target part path) of a `.rels` part; targets resolved against `folder`.
fn relationships(rels: &str, folder: &str, limits: &Limits) -> Result<Vec<(String, String)>, Message> {
    let mut out = Vec::new();
    walk(rels, limits, |ev, _, _| {
        if let Ev::Start(start) = ev {
            if start.local_name().as_ref() == b"Relationship" && attr(start, b"TargetMode").is_none() {
                if let (Some(kind), Some(target)) = (attr(start, b"Type"), attr(start, b"Target")) {
                    let path = match target.strip_prefix('/') {
                        Some(absolute) => absolute.to_string(),
                        None if folder.is_empty() => target,
                        None => format!("{folder}/{target}"),
                    };
                    out.push((kind, path));
                }
            }
        }
        Ok(())
    })
    .map_err(|e| message!("docx-relationships", reason = e))?;
    Ok(out)
}

#[derive(Default)]
struct Parts {
    document: String,
    styles: Option<String>,
    numbering: Option<String>,
    comments: Option<String>,
    settings: Option<String>,
    /// The theme, whose fonts a style names as `minorHAnsi` / `majorHAnsi`.
    theme: Option<String>,
    core: Option<String>,
    app: Option<String>,
}

const THEME_MINOR: &str = "theme:minor";
const THEME_MAJOR: &str = "theme:major";

/// The theme's Latin fonts: the minor one for body text, the major one for headings.
#[derive(Debug, Default)]
struct ThemeFonts {
    minor: Option<String>,
    major: Option<String>,
}

impl ThemeFonts {
    fn read(xml: &str, limits: &Limits) -> ThemeFonts {
        let mut fonts = ThemeFonts::default();
        let _ = walk(xml, limits, |ev, stack, _| {
            if let Ev::Start(start) = ev {
                if start.local_name().as_ref() == b"latin" {
                    let parent = stack.len().checked_sub(2).and_then(|i| stack.get(i)).map(|n| &**n);
                    let slot = match parent {
                        Some(b"minorFont") => &mut fonts.minor,
                        Some(b"majorFont") => &mut fonts.major,
                        _ => return Ok(()),
                    };
                    *slot = attr(start, b"typeface").filter(|t| !t.is_empty());
                }
            }
            Ok(())
        });
        fonts
    }

    /// The font a run's font names: the theme's for a theme font.
    fn name(&self, font: &str) -> Option<String> {
        match font {
            THEME_MINOR => self.minor.clone(),
            THEME_MAJOR => self.major.clone(),
            _ => Some(font.to_string()),
        }
    }
}

/// Paragraph and run properties that styles and direct formatting set.
#[derive(Clone, Debug, Default)]
struct Props {
    /// `w:spacing` `line` and `lineRule`.
    spacing: Option<(i32, Rule)>,
    /// Half-points.
    size: Option<u32>,
    num: Option<(Option<u32>, Option<u8>)>,
    outline: Option<u8>,
    font: Option<String>,
    hidden: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    Auto,
    Exact,
    AtLeast,
}

impl Props {
    /// Reads one property element (a child of `pPr` or `rPr`).
    fn read(&mut self, start: &BytesStart<'_>) {
        let val = || attr(start, b"val");
        match start.local_name().as_ref() {
            b"spacing" => {
                if let Some(line) = attr(start, b"line").and_then(|l| l.parse().ok()) {
                    let rule = match attr(start, b"lineRule").as_deref() {
                        Some("exact") => Rule::Exact,
                        Some("atLeast") => Rule::AtLeast,
                        _ => Rule::Auto,
                    };
                    self.spacing = Some((line, rule));
                }
            }
            b"sz" => self.size = val().and_then(|v| v.parse().ok()),
            b"numId" => self.num.get_or_insert((None, None)).0 = val().and_then(|v| v.parse().ok()),
            b"ilvl" => self.num.get_or_insert((None, None)).1 = val().and_then(|v| v.parse().ok()),
            b"outlineLvl" => self.outline = val().and_then(|v| v.parse().ok()),
            b"rFonts" => {
                // A theme font (`asciiTheme="minorHAnsi"`, Word's default) is named by the theme: kept as
                // `theme:minor` or `theme:major` until the theme is read.
                let theme = attr(start, b"asciiTheme")
                    .or_else(|| attr(start, b"hAnsiTheme"))
                    .map(|t| if t.starts_with("major") { THEME_MAJOR } else { THEME_MINOR }.to_string());
                self.font = attr(start, b"ascii")
                    .or_else(|| attr(start, b"hAnsi"))
                    .or(theme)
                    .or_else(|| attr(start, b"eastAsia"));
            }
            b"vanish" => self.hidden = Some(val().is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"))),
            _ => {}
        }
    }

    /// Fills what `self` leaves unset from `base`.
    fn inherit(&mut self, base: &Props) {
        self.spacing = self.spacing.or(base.spacing);
        self.size = self.size.or(base.size);
        if self.num.is_none() {
            self.num = base.num;
        }
        self.outline = self.outline.or(base.outline);
        if self.font.is_none() {
            self.font.clone_from(&base.font);
        }
        self.hidden = self.hidden.or(base.hidden);
    }
}

#[derive(Clone, Debug, Default)]
struct Style {
    name: String,
    based_on: Option<String>,
    paragraph: Props,
    run: Props,
}

#[derive(Default)]
struct Styles {
    styles: BTreeMap<String, Style>,
    default_paragraph: Props,
    default_run: Props,
    /// The style of paragraphs that name none (`w:default="1"`, usually Normal).
    default_style: Option<String>,
    language: Option<crate::language::Language>,
}

impl Styles {
    /// A style's properties with its `basedOn` chain resolved (cycles and long chains cut).
    fn resolved(&self, id: &str) -> (Props, Props, String) {
        let mut paragraph = Props::default();
        let mut run = Props::default();
        let mut name = String::new();
        let mut next = Some(id.to_string());
        for _ in 0..16 {
            let Some(style) = next.as_deref().and_then(|id| self.styles.get(id)) else {
                break;
            };
            if name.is_empty() {
                name = style.name.to_lowercase();
            }
            paragraph.inherit(&style.paragraph);
            run.inherit(&style.run);
            next.clone_from(&style.based_on);
        }
        (paragraph, run, name)
    }

    /// A style's name as Word shows it ("Normal", "Heading 1"), or its id.
    fn display_name(&self, id: &str) -> String {
        self.styles
            .get(id)
            .map_or_else(|| id.to_string(), |s| if s.name.is_empty() { id.to_string() } else { capitalised(&s.name) })
    }
}

/// Word writes built-in styles' names in lower case ("heading 1") and shows them capitalised.
fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn read_styles(xml: &str, limits: &Limits) -> Result<Styles, Message> {
    let mut styles = Styles::default();
    let mut current: Option<(String, Style)> = None;
    walk(xml, limits, |ev, stack, _| {
        let in_ = |name: &[u8]| stack.iter().any(|n| **n == *name);
        // Word writes newer markup with an older fallback (`mc:AlternateContent`): the choice is read.
        if in_(b"Fallback") {
            return Ok(());
        }
        match ev {
            Ev::Start(start) => {
                let local = start.local_name();
                match local.as_ref() {
                    b"style" => {
                        current = attr(start, b"styleId").map(|id| (id, Style::default()));
                        let default = attr(start, b"default").is_some_and(|d| d == "1" || d == "true");
                        if default && attr(start, b"type").as_deref() == Some("paragraph") {
                            styles.default_style = current.as_ref().map(|(id, _)| id.clone());
                        }
                    }
                    b"name" if current.is_some() => {
                        if let Some((_, style)) = current.as_mut() {
                            style.name = attr(start, b"val").unwrap_or_default();
                        }
                    }
                    b"basedOn" => {
                        if let Some((_, style)) = current.as_mut() {
                            style.based_on = attr(start, b"val");
                        }
                    }
                    b"lang" if in_(b"docDefaults") => {
                        styles.language = attr(start, b"eastAsia")
                            .as_deref()
                            .and_then(crate::language::Language::from_code)
                            .or_else(|| attr(start, b"val").as_deref().and_then(crate::language::Language::from_code));
                    }
                    _ => {
                        let target = match current.as_mut() {
                            Some((_, style)) if in_(b"rPr") => Some(&mut style.run),
                            Some((_, style)) if in_(b"pPr") => Some(&mut style.paragraph),
                            None if in_(b"rPrDefault") => Some(&mut styles.default_run),
                            None if in_(b"pPrDefault") => Some(&mut styles.default_paragraph),
                            _ => None,
                        };
                        if let Some(props) = target {
                            props.read(start);
                        }
                    }
                }
            }
            Ev::End(b"style") => {
                if let Some((id, style)) = current.take() {
                    styles.styles.insert(id, style);
                }
            }
            _ => {}
        }
        Ok(())
    })
    .map_err(|e| message!("docx-styles", reason = e))?;
    Ok(styles)
}

/// One level of a list definition.
#[derive(Clone, Debug)]
struct Level {
    start: u32,
    format: String,
    /// `w:numFmt w:format`, for `custom` formats such as `0001, 0002, 0003, ...`.
    custom: Option<String>,
    text: String,
    /// The level after which this level restarts (`w:lvlRestart`), 0 = never.
    restart: Option<u32>,
    legal: bool,
    style: Option<String>,
}

impl Default for Level {
    fn default() -> Self {
        Level {
            start: 1,
            format: "decimal".into(),
            custom: None,
            text: String::new(),
            restart: None,
            legal: false,
            style: None,
        }
    }
}

#[derive(Default)]
struct Numbering {
    /// abstractNumId → levels, and the numbering style it links to (`w:numStyleLink`).
    abstracts: BTreeMap<u32, (Levels, Option<String>)>,
    /// numId → (abstractNumId, level overrides).
    nums: BTreeMap<u32, (u32, Overrides)>,
}

/// A list's levels by `w:ilvl`: Word has nine, 0 to 8 (a higher one is not read).
type Levels = [Option<Level>; 9];

/// A list instance's level overrides by `w:ilvl`: (start override, level definition).
type Overrides = [(Option<u32>, Option<Level>); 9];

fn read_numbering(xml: &str, limits: &Limits) -> Result<Numbering, Message> {
    let mut numbering = Numbering::default();
    let mut abstract_id: Option<u32> = None;
    let mut num_id: Option<u32> = None;
    let mut override_level: Option<u8> = None;
    let mut level: Option<(u8, Level)> = None;
    let number = |start: &BytesStart<'_>, name: &[u8]| attr(start, name).and_then(|v| v.trim().parse::<u32>().ok());
    walk(xml, limits, |ev, stack, _| {
        if stack.iter().any(|n| &**n == b"Fallback") {
            return Ok(());
        }
        match ev {
            Ev::Start(start) => match start.local_name().as_ref() {
                b"abstractNum" => {
                    abstract_id = number(start, b"abstractNumId");
                    if let Some(id) = abstract_id {
                        numbering.abstracts.entry(id).or_default();
                    }
                }
                b"num" => {
                    num_id = number(start, b"numId");
                }
                b"abstractNumId" => {
                    if let (Some(num), Some(target)) = (num_id, number(start, b"val")) {
                        numbering.nums.entry(num).or_default().0 = target;
                    }
                }
                b"lvlOverride" => override_level = number(start, b"ilvl").and_then(|l| u8::try_from(l).ok()),
                b"startOverride" => {
                    if let (Some(num), Some(ilvl)) = (num_id, override_level) {
                        if let Some((_, overrides)) = numbering.nums.get_mut(&num) {
                            if let Some(level) = overrides.get_mut(usize::from(ilvl)) {
                                level.0 = number(start, b"val");
                            }
                        }
                    }
                }
                b"lvl" => {
                    let ilvl = number(start, b"ilvl").and_then(|l| u8::try_from(l).ok()).unwrap_or(0);
                    level = Some((ilvl, Level::default()));
                }
                b"numStyleLink" | b"styleLink" => {
                    if let Some(entry) = abstract_id.and_then(|id| numbering.abstracts.get_mut(&id)) {
                        if start.local_name().as_ref() == b"numStyleLink" {
                            entry.1 = attr(start, b"val");
                        }
                    }
                }
                other => {
                    if let Some((_, level)) = level.as_mut() {
                        match other {
                            b"start" => level.start = number(start, b"val").unwrap_or(1),
                            b"numFmt" => {
                                level.format = attr(start, b"val").unwrap_or_else(|| "decimal".into());
                                level.custom = attr(start, b"format");
                            }
                            b"lvlText" => level.text = attr(start, b"val").unwrap_or_default(),
                            b"lvlRestart" => level.restart = number(start, b"val"),
                            b"isLgl" => level.legal = true,
                            b"pStyle" => level.style = attr(start, b"val"),
                            _ => {}
                        }
                    }
                }
            },
            Ev::End(b"lvl") => {
                if let Some((ilvl, done)) = level.take() {
                    if let (Some(num), Some(o)) = (num_id, override_level) {
                        if let Some((_, overrides)) = numbering.nums.get_mut(&num) {
                            if let Some(level) = overrides.get_mut(usize::from(o)) {
                                level.1 = Some(done);
                            }
                        }
                    } else if let Some(entry) = abstract_id.and_then(|id| numbering.abstracts.get_mut(&id)) {
                        if let Some(level) = entry.0.get_mut(usize::from(ilvl)) {
                            *level = Some(done);
                        }
                    }
                }
            }
            Ev::End(b"abstractNum") => abstract_id = None,
            Ev::End(b"num") => num_id = None,
            Ev::End(b"lvlOverride") => override_level = None,
            _ => {}
        }
        Ok(())
    })
    .map_err(|e| message!("docx-numbering", reason = e))?;
    Ok(numbering)
}

/// A paragraph as read from the main part, before styles and numbering are resolved.
#[derive(Default)]
struct RawParagraph {
    text: String,
    style: Option<String>,
    props: Props,
    /// Font sizes (half-points) of runs with text, and their run style.
    runs: Vec<(Option<u32>, Option<String>, Option<String>)>,
    in_table: bool,
}

/// The main part's reader state.
#[derive(Default)]
struct DocumentReader {
    paragraphs: Vec<RawParagraph>,
    current: Option<RawParagraph>,
    run: Props,
    run_style: Option<String>,
    in_run: bool,
    /// Depth of content skipped (drawings, objects, fallbacks, deleted text, hidden text, properties).
    skip: usize,
    /// While skipping a drawing, what was seen in it.
    skipped_what: Vec<Message>,
    tables: usize,
    sections: Vec<(usize, Props, SectionProps)>,
    section: SectionProps,
    section_start: usize,
    info: WordInfo,
    comment_ids: Vec<String>,
}

#[derive(Clone, Debug, Default)]
struct SectionProps {
    width: Option<i64>,
    height: Option<i64>,
    margins: [Option<i64>; 4],
    columns: Option<u32>,
}

const MARK_CAP: usize = 1000;

fn embedded_object() -> Message {
    Message::term("embedded-object-present-ole")
}

fn push_mark(marks: &mut Vec<Mark>, paragraph: usize, what: Message) {
    if marks.len() < MARK_CAP {
        marks.push(Mark { paragraph: u32::try_from(paragraph).unwrap_or(u32::MAX), what });
    }
}

/// A tracked change, by its author when Word names one.
fn tracked(kind: TrackedChange, author: Option<String>) -> Message {
    use TrackedChange::*;
    match (kind, author) {
        (Insertion, None) => Message::term("docx-tracked-insertion"),
        (Insertion, Some(author)) => message!("docx-tracked-insertion-2", author = author),
        (Deletion, None) => Message::term("docx-tracked-deletion"),
        (Deletion, Some(author)) => message!("docx-tracked-deletion-2", author = author),
        (Move, None) => Message::term("docx-tracked-move"),
        (Move, Some(author)) => message!("docx-tracked-move-2", author = author),
        (Formatting, None) => Message::term("docx-tracked-formatting-change"),
        (Formatting, Some(author)) => message!("docx-tracked-formatting-change-2", author = author),
    }
}

#[derive(Clone, Copy)]
enum TrackedChange {
    Insertion,
    Deletion,
    Move,
    Formatting,
}

impl DocumentReader {
    /// The 1-based number of the paragraph being read (or the next one).
    fn here(&self) -> usize {
        self.paragraphs.len() + 1
    }

    fn start(&mut self, start: &BytesStart<'_>, stack: &[Box<[u8]>], limits: &Limits) -> Result<(), Message> {
        let local = start.local_name();
        let name = local.as_ref();
        let here = self.here();
        if self.skip > 0 {
            self.skip += 1;
            match name {
                b"chart" => self.skipped_what.push(Message::term("docx-chart")),
                b"txbxContent" | b"textbox" => self.skipped_what.push(Message::term("docx-text-box")),
                b"relIds" => self.skipped_what.push(Message::term("docx-smartart-diagram")),
                b"OLEObject" => {
                    self.skipped_what.push(embedded_object());
                    if self.info.ole_objects.len() < MARK_CAP {
                        let paragraph = u32::try_from(here).unwrap_or(u32::MAX);
                        self.info.ole_objects.push(OleObject { paragraph, program: attr(start, b"ProgID") });
                    }
                }
                _ => {}
            }
            return Ok(());
        }
        let parent = stack.len().checked_sub(2).and_then(|i| stack.get(i)).map(|n| &**n);
        match name {
            b"p" => {
                if self.paragraphs.len() >= limits.paragraphs {
                    return Err(message!("docx-document-has-more", limit = limits.paragraphs));
                }
                self.current = Some(RawParagraph { in_table: self.tables > 0, ..RawParagraph::default() });
            }
            b"tbl" => self.tables += 1,
            b"r" => {
                self.in_run = true;
                self.run = Props::default();
                self.run_style = None;
            }
            b"pStyle" if parent == Some(b"pPr") => {
                if let Some(p) = self.current.as_mut() {
                    p.style = attr(start, b"val");
                }
            }
            b"rStyle" => self.run_style = attr(start, b"val"),
            b"t" => {}
            b"ins" | b"moveTo" => {
                let kind = if name == b"ins" { TrackedChange::Insertion } else { TrackedChange::Move };
                push_mark(&mut self.info.tracked_changes, here, tracked(kind, attr(start, b"author")));
            }
            b"del" | b"moveFrom" => {
                let kind = if name == b"del" { TrackedChange::Deletion } else { TrackedChange::Move };
                push_mark(&mut self.info.tracked_changes, here, tracked(kind, attr(start, b"author")));
                // Deleted and moved-away text is not in the text as accepted.
                self.skip = 1;
            }
            b"delText" | b"delInstrText" => self.skip = 1,
            b"rPrChange" | b"pPrChange" | b"sectPrChange" | b"tblPrChange" | b"trPrChange" | b"tcPrChange" => {
                let what = tracked(TrackedChange::Formatting, attr(start, b"author"));
                push_mark(&mut self.info.tracked_changes, here, what);
                self.skip = 1;
            }
            b"commentReference" | b"commentRangeStart" => {
                let id = attr(start, b"id").unwrap_or_default();
                if !self.comment_ids.contains(&id) {
                    self.comment_ids.push(id);
                    push_mark(&mut self.info.comments, here, Message::term("docx-comment"));
                }
            }
            b"fldSimple" => self.info.fields += 1,
            b"fldChar" if attr(start, b"fldCharType").as_deref() == Some("begin") => self.info.fields += 1,
            b"object" => {
                self.skip = 1;
                self.skipped_what.clear();
                push_mark(&mut self.info.embedded_objects, here, embedded_object());
            }
            b"drawing" | b"pict" => {
                self.skip = 1;
                self.skipped_what.clear();
            }
            b"Fallback" | b"sdtPr" | b"instrText" => self.skip = 1,
            b"altChunk" => push_mark(&mut self.info.unsupported, here, Message::term("docx-imported-content-altchunk")),
            b"framePr" => push_mark(&mut self.info.unsupported, here, Message::term("docx-frame")),
            b"sectPr" => self.section = SectionProps::default(),
            b"pgSz" if parent == Some(b"sectPr") => {
                let number = |n: &[u8]| attr(start, n).and_then(|v| v.parse::<i64>().ok());
                self.section.width = number(b"w");
                self.section.height = number(b"h");
            }
            b"pgMar" if parent == Some(b"sectPr") => {
                let number = |n: &[u8]| attr(start, n).and_then(|v| v.parse::<i64>().ok());
                self.section.margins = [number(b"top"), number(b"bottom"), number(b"left"), number(b"right")];
            }
            b"cols" if parent == Some(b"sectPr") => {
                self.section.columns = attr(start, b"num").and_then(|v| v.parse().ok());
            }
            _ => {
                let in_ppr = stack.iter().any(|n| &**n == b"pPr");
                let in_rpr = parent == Some(b"rPr") && !in_ppr;
                if in_rpr && self.in_run {
                    self.run.read(start);
                } else if in_ppr && !stack.iter().any(|n| &**n == b"rPr") {
                    if let Some(p) = self.current.as_mut() {
                        p.props.read(start);
                    }
                }
            }
        }
        Ok(())
    }

    fn end(&mut self, name: &[u8]) {
        if self.skip > 0 {
            self.skip -= 1;
            if self.skip == 0 && matches!(name, b"drawing" | b"pict" | b"object") {
                let here = self.here();
                for what in std::mem::take(&mut self.skipped_what) {
                    if what == embedded_object() {
                        if name != b"object" {
                            push_mark(&mut self.info.embedded_objects, here, what);
                        }
                    } else {
                        push_mark(&mut self.info.unsupported, here, what);
                    }
                }
            }
            return;
        }
        match name {
            b"p" => {
                if let Some(p) = self.current.take() {
                    self.paragraphs.push(p);
                }
            }
            b"tbl" => self.tables = self.tables.saturating_sub(1),
            b"r" => self.in_run = false,
            b"sectPr" => {
                let props = std::mem::take(&mut self.section);
                // A section break in a paragraph's properties ends the section with that paragraph.
                let end = self.paragraphs.len() + usize::from(self.current.is_some());
                self.sections.push((self.section_start, Props::default(), props));
                self.section_start = end;
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str, stack: &[Box<[u8]>]) {
        if self.skip > 0 {
            return;
        }
        let Some(top) = stack.last() else { return };
        if &**top != b"t" {
            return;
        }
        let run = self.run.clone();
        let run_style = self.run_style.clone();
        if let Some(p) = self.current.as_mut() {
            if run.hidden == Some(true) {
                return;
            }
            p.text.push_str(text);
            if text.chars().filter(|c| !c.is_whitespace()).count() >= 3 {
                p.runs.push((run.size, run_style, run.font));
            }
        }
    }

    /// Characters that runs hold as elements rather than text.
    fn special(&mut self, start: &BytesStart<'_>) {
        if self.skip > 0 || !self.in_run {
            return;
        }
        let c = match start.local_name().as_ref() {
            b"tab" => Some('\t'),
            b"br" | b"cr" => Some('\n'),
            b"noBreakHyphen" => Some('-'),
            b"sym" => attr(start, b"char").and_then(|h| u32::from_str_radix(&h, 16).ok()).and_then(char::from_u32),
            _ => None,
        };
        if let (Some(c), Some(p)) = (c, self.current.as_mut()) {
            p.text.push(c);
        }
    }
}

/// Builds the document from its parts.
fn build(parts: &Parts, limits: &Limits) -> Result<WordDocument, Message> {
    let styles = parts.styles.as_deref().map(|s| read_styles(s, limits)).transpose()?.unwrap_or_default();
    let numbering = parts.numbering.as_deref().map(|n| read_numbering(n, limits)).transpose()?.unwrap_or_default();
    let mut reader = DocumentReader::default();
    let mut saw_document = false;
    walk(&parts.document, limits, |ev, stack, _| {
        match ev {
            Ev::Start(start) => {
                if start.local_name().as_ref() == b"document" {
                    saw_document = true;
                }
                reader.special(start);
                reader.start(start, stack, limits)?;
            }
            Ev::End(name) => reader.end(name),
            Ev::Text(text) => reader.text(text, stack),
        }
        Ok(())
    })
    .map_err(|e| message!("docx-document-part", reason = e))?;
    if !saw_document {
        return Err(message!("docx-main-part-not"));
    }
    let mut word = WordDocument { language: styles.language, ..WordDocument::default() };
    word.info = std::mem::take(&mut reader.info);
    // Strict OOXML names its vocabularies under purl.oclc.org, Transitional under schemas.openxmlformats.org.
    let head_end = parts.document.char_indices().nth(4096).map_or(parts.document.len(), |(at, _)| at);
    word.info.strict = parts.document[..head_end].contains("http://purl.oclc.org/ooxml/wordprocessingml/main");
    if let Some(settings) = &parts.settings {
        word.info.tracking_on = settings.contains("trackRevisions")
            && !settings.contains("trackRevisions w:val=\"0\"")
            && !settings.contains("trackRevisions w:val=\"false\"");
    }
    if word.info.comments.is_empty() {
        if let Some(comments) = &parts.comments {
            if comments.contains(":comment ") || comments.contains("<comment ") {
                push_mark(&mut word.info.comments, 0, Message::term("docx-comment-comments-part"));
            }
        }
    }
    word.info.metadata = metadata(parts, limits);
    let theme = parts.theme.as_deref().map(|t| ThemeFonts::read(t, limits)).unwrap_or_default();
    resolve(&mut word, reader.paragraphs, &styles, &numbering, &theme);
    let count = word.paragraphs.len();
    for (start, _, section) in &reader.sections {
        if let Some(setup) = page_setup(section, *start, count) {
            word.page_setup.push(setup);
        }
    }
    Ok(word)
}

/// A section's page set-up in centimetres (1 cm = 567 twips).
fn page_setup(section: &SectionProps, start: usize, count: usize) -> Option<PageSetup> {
    #[allow(clippy::cast_precision_loss)]
    let cm = |twips: i64| (twips as f32 / 566.93).abs();
    let [top, bottom, left, right] = section.margins;
    let (width, height) = (section.width?, section.height?);
    Some(PageSetup {
        paragraph: u32::try_from(start.min(count.saturating_sub(1)) + 1).unwrap_or(u32::MAX),
        width_cm: cm(width),
        height_cm: cm(height),
        margin_top_cm: cm(top.unwrap_or(1440)),
        margin_bottom_cm: cm(bottom.unwrap_or(1440)),
        margin_left_cm: cm(left.unwrap_or(1800)),
        margin_right_cm: cm(right.unwrap_or(1800)),
        columns: section.columns.unwrap_or(1).max(1),
    })
}

fn metadata(parts: &Parts, limits: &Limits) -> Metadata {
    let mut meta = Metadata::default();
    for xml in [&parts.core, &parts.app].into_iter().flatten() {
        let mut field: Option<Vec<u8>> = None;
        let _ = walk(xml, limits, |ev, _, _| {
            match ev {
                Ev::Start(start) => field = Some(start.local_name().as_ref().to_vec()),
                Ev::End(_) => field = None,
                Ev::Text(text) if !text.trim().is_empty() => {
                    let value = Some(text.trim().chars().take(200).collect::<String>());
                    match field.as_deref() {
                        Some(b"title") => meta.title = value,
                        Some(b"creator") => meta.creator = value,
                        Some(b"lastModifiedBy") => meta.last_modified_by = value,
                        Some(b"Application") => meta.application = value,
                        Some(b"Company") => meta.company = value,
                        _ => {}
                    }
                }
                Ev::Text(_) => {}
            }
            Ok(())
        });
    }
    meta
}

/// Resolves styles and numbering: labels, headings, spacing and font sizes.
fn resolve(
    word: &mut WordDocument,
    raw: Vec<RawParagraph>,
    styles: &Styles,
    numbering: &Numbering,
    theme: &ThemeFonts,
) {
    let mut counters: BTreeMap<u32, [Option<u32>; 9]> = BTreeMap::new();
    let mut overridden: Vec<u32> = Vec::new();
    let mut fonts: Vec<FontUse> = Vec::new();
    for p in raw {
        let style_id = p.style.clone().or_else(|| styles.default_style.clone());
        let (style_props, style_run, style_name) =
            style_id.as_deref().map(|id| styles.resolved(id)).unwrap_or_default();
        let mut props = p.props.clone();
        props.inherit(&style_props);
        props.inherit(&styles.default_paragraph);
        let mut run_base = style_run.clone();
        run_base.inherit(&styles.default_run);
        let heading = if style_name == "title" {
            Some(0)
        } else if let Some(level) = style_name.strip_prefix("heading ").and_then(|l| l.trim().parse::<u8>().ok()) {
            Some(level)
        } else {
            props.outline.filter(|&l| l < 9).map(|l| l + 1)
        };
        // Font sizes of the runs with text.
        let mut smallest: Option<f32> = None;
        for (size, run_style, font) in &p.runs {
            let run_style_size = run_style.as_deref().and_then(|id| styles.resolved(id).1.size);
            let half_points = size.or(run_style_size).or(run_base.size).unwrap_or(20);
            #[allow(clippy::cast_precision_loss)]
            let points = half_points as f32 / 2.0;
            smallest = Some(smallest.map_or(points, |s: f32| s.min(points)));
            if let Some(font) = font.as_deref().or(run_base.font.as_deref()).and_then(|f| theme.name(f)) {
                let paragraph = u32::try_from(word.paragraphs.len() + 1).unwrap_or(u32::MAX);
                font_used(&mut fonts, font, paragraph, style_id.as_deref().map(|id| styles.display_name(id)));
            }
        }
        let size_points = smallest.unwrap_or_else(|| {
            #[allow(clippy::cast_precision_loss)]
            let points = run_base.size.unwrap_or(20) as f32 / 2.0;
            points
        });
        #[allow(clippy::cast_precision_loss)]
        let line_spacing = props.spacing.map(|(line, rule)| match rule {
            Rule::Auto => line as f32 / 240.0,
            // An exact or minimum line height in twentieths of a point; single spacing is about 1.15 em.
            Rule::Exact => line as f32 / 20.0 / (size_points * 1.15),
            Rule::AtLeast => (line as f32 / 20.0 / (size_points * 1.15)).max(1.0),
        });
        // Automatic numbering.
        let mut label = None;
        let mut list_item = false;
        if let Some((num_id, ilvl)) = props.num {
            let num_id = num_id.unwrap_or(0);
            if num_id != 0 {
                if let Some((abstract_id, overrides)) = numbering.nums.get(&num_id) {
                    let levels = abstract_levels(numbering, *abstract_id);
                    let ilvl = ilvl
                        .or_else(|| {
                            levels.and_then(|l| {
                                let styled = |lv: &Level| lv.style.is_some() && lv.style == style_id;
                                let i = l.iter().position(|lv| lv.as_ref().is_some_and(styled))?;
                                u8::try_from(i).ok()
                            })
                        })
                        .unwrap_or(0)
                        .min(8);
                    let level_of = |i: u8| -> Level {
                        let i = usize::from(i);
                        overrides
                            .get(i)
                            .and_then(|(_, l)| l.clone())
                            .or_else(|| levels.and_then(|l| l.get(i).cloned().flatten()))
                            .unwrap_or_default()
                    };
                    let counter = counters.entry(*abstract_id).or_insert([None; 9]);
                    // A num that overrides a start value restarts its list the first time it is used.
                    if !overridden.contains(&num_id) {
                        overridden.push(num_id);
                        for (i, (start, _)) in overrides.iter().enumerate() {
                            if let Some(start) = start {
                                if let Some(slot) = counter.get_mut(i) {
                                    *slot = Some(start.saturating_sub(1));
                                }
                            }
                        }
                    }
                    let level = level_of(ilvl);
                    let i = usize::from(ilvl);
                    let next = counter.get(i).copied().flatten().map_or(level.start, |c| c.saturating_add(1));
                    if let Some(slot) = counter.get_mut(i) {
                        *slot = Some(next);
                    }
                    for deeper in i + 1..9 {
                        let restart = level_of(u8::try_from(deeper).unwrap_or(8)).restart;
                        if restart.is_none_or(|r| r != 0 && usize::try_from(r).unwrap_or(0) > i) {
                            if let Some(slot) = counter.get_mut(deeper) {
                                *slot = None;
                            }
                        }
                    }
                    let counts = *counter;
                    let text = render_label(&level, |l| {
                        let lv = level_of(l);
                        let value = counts.get(usize::from(l)).copied().flatten().unwrap_or(lv.start);
                        let format = if level.legal { "decimal".to_string() } else { lv.format.clone() };
                        format_number(value, &format, lv.custom.as_deref())
                    });
                    list_item = true;
                    if level.format != "bullet" && level.format != "none" && !text.trim().is_empty() {
                        label = Some(text);
                    }
                }
            }
        }
        let body = p.text;
        let text = match &label {
            Some(label) => format!("{label} {body}"),
            None => body,
        };
        word.paragraphs.push(WordParagraph {
            text,
            label,
            list_item,
            heading,
            in_table: p.in_table,
            line_spacing,
            font_size: (!p.runs.is_empty()).then_some(size_points),
        });
    }
    word.info.fonts = fonts;
}

/// Counts a run in `font`, in the paragraph and style given (at most 20 fonts and 5 styles each are kept).
fn font_used(fonts: &mut Vec<FontUse>, font: String, paragraph: u32, style: Option<String>) {
    let index = match fonts.iter().position(|f| f.name == font) {
        Some(index) => index,
        None if fonts.len() < 20 => {
            fonts.push(FontUse { name: font, runs: 0, styles: Vec::new(), paragraph });
            fonts.len() - 1
        }
        None => return,
    };
    let entry = &mut fonts[index];
    entry.runs += 1;
    if let Some(style) = style.filter(|s| entry.styles.len() < 5 && !entry.styles.contains(s)) {
        entry.styles.push(style);
    }
}

/// The levels of an abstract numbering, following a link to a numbering style once.
fn abstract_levels(numbering: &Numbering, id: u32) -> Option<&Levels> {
    let (levels, _) = numbering.abstracts.get(&id)?;
    Some(levels)
}

/// `%1.%2` with each level's number formatted.
fn render_label(level: &Level, value: impl Fn(u8) -> String) -> String {
    if level.format == "bullet" {
        return level.text.clone();
    }
    let mut out = String::new();
    let mut chars = level.text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' {
            if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)).filter(|d| (1..=9).contains(d)) {
                chars.next();
                out.push_str(&value(u8::try_from(d - 1).unwrap_or(0)));
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// A number in one of Word's list formats.
fn format_number(value: u32, format: &str, custom: Option<&str>) -> String {
    match format {
        "decimalZero" => format!("{value:02}"),
        "upperRoman" => roman(value),
        "lowerRoman" => roman(value).to_lowercase(),
        "upperLetter" => letters(value),
        "lowerLetter" => letters(value).to_lowercase(),
        "decimalFullWidth" | "decimalFullWidth2" => full_width(&value.to_string()),
        "decimalEnclosedParen" => format!("({value})"),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&value) => {
            char::from_u32(0x2460 + value - 1).map_or_else(|| value.to_string(), String::from)
        }
        "ideographDigital"
        | "japaneseCounting"
        | "chineseCounting"
        | "chineseCountingThousand"
        | "taiwaneseCounting"
        | "koreanDigital" => ideographic(value),
        "none" | "bullet" => String::new(),
        "custom" => {
            // Word 2010's custom formats, e.g. "0001, 0002, 0003, ...": zero-padded to the first sample's width.
            let sample = custom.and_then(|c| c.split(',').next()).unwrap_or("");
            let digits = sample.chars().filter(char::is_ascii_digit).count();
            let full = sample.chars().any(|c| ('０'..='９').contains(&c));
            let width = if full { sample.chars().filter(|c| ('０'..='９').contains(c)).count() } else { digits };
            let plain = format!("{value:0width$}");
            if full {
                full_width(&plain)
            } else {
                plain
            }
        }
        _ => value.to_string(),
    }
}

fn full_width(digits: &str) -> String {
    digits.chars().map(|c| c.to_digit(10).and_then(|d| char::from_u32(0xFF10 + d)).unwrap_or(c)).collect()
}

fn roman(mut value: u32) -> String {
    const NUMERALS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    if value > 10_000 {
        return value.to_string();
    }
    for (n, s) in NUMERALS {
        while value >= n {
            out.push_str(s);
            value -= n;
        }
    }
    out
}

/// A, B, … Z, AA, BB (Word repeats the letter).
fn letters(value: u32) -> String {
    if value == 0 || value > 780 {
        return value.to_string();
    }
    let letter = char::from_u32(u32::from(b'A') + (value - 1) % 26).unwrap_or('A');
    std::iter::repeat_n(letter, ((value - 1) / 26 + 1) as usize).collect()
}

fn ideographic(value: u32) -> String {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    value
        .to_string()
        .chars()
        .map(|c| c.to_digit(10).and_then(|d| DIGITS.get(d as usize).copied()).unwrap_or(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    fn flat(body: &str, numbering: &str, styles: &str) -> String {
        let part = |name: &str, xml: String| {
            format!("<pkg:part pkg:name=\"{name}\" pkg:contentType=\"application/xml\"><pkg:xmlData>{xml}</pkg:xmlData></pkg:part>")
        };
        format!(
            "<?xml version=\"1.0\"?><pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">{}{}{}</pkg:package>",
            part("/word/document.xml", format!("<w:document {W}><w:body>{body}</w:body></w:document>")),
            part("/word/numbering.xml", format!("<w:numbering {W}>{numbering}</w:numbering>")),
            part("/word/styles.xml", format!("<w:styles {W}>{styles}</w:styles>")),
        )
    }

    /// A Strict package (Word's "Strict Open XML Document"): the relationship types and the vocabularies are named
    /// under purl.oclc.org; it reads as any other, and says it is Strict.
    #[test]
    fn a_strict_package_is_read_and_known_as_strict() {
        use crate::parse::zip::tests::package;
        let types = br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
        let rels = br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="word/document.xml" Id="R1"/></Relationships>"#;
        let body = "<w:body><w:p><w:r><w:t>A lever.</w:t></w:r></w:p></w:body>";
        let read = |namespace: &str| {
            let document = format!("<w:document xmlns:w=\"{namespace}\">{body}</w:document>");
            let bytes = package(&[
                ("[Content_Types].xml", types),
                ("_rels/.rels", rels),
                ("word/document.xml", document.as_bytes()),
            ]);
            read_package(&bytes, &Limits::default()).expect("a Word package")
        };
        let strict = read("http://purl.oclc.org/ooxml/wordprocessingml/main");
        assert_eq!(strict.paragraphs[0].text, "A lever.");
        assert!(strict.info.strict);
        assert!(!read("http://schemas.openxmlformats.org/wordprocessingml/2006/main").info.strict);
    }

    /// A package as the .NET Open XML SDK writes it: the main part typed by a `Default` for `.xml` rather than an
    /// `Override`, and the package relationship's target absolute (`/word/document.xml`).
    #[test]
    fn the_main_part_is_found_by_the_package_relationship_and_a_default_content_type() {
        use crate::parse::zip::tests::package;
        let types = br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
        let rels = br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml" Id="R1"/></Relationships>"#;
        let document =
            format!("<w:document {W}><w:body><w:p><w:r><w:t>A lever.</w:t></w:r></w:p></w:body></w:document>");
        let bytes = package(&[
            ("[Content_Types].xml", types),
            ("_rels/.rels", rels),
            ("word/document.xml", document.as_bytes()),
        ]);
        let word = read_package(&bytes, &Limits::default()).expect("a Word package");
        assert_eq!(word.paragraphs[0].text, "A lever.");
        // A package whose relationship points at a spreadsheet holds no Word document.
        let sheet_types = br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#;
        let bytes = package(&[("[Content_Types].xml", sheet_types), ("xl/workbook.xml", b"<workbook/>")]);
        assert!(read_package(&bytes, &Limits::default()).is_err());
    }

    #[test]
    fn automatic_numbering_is_read_as_shown() {
        let numbering = r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="custom" w:format="0001, 0002, 0003, ..."/><w:lvlText w:val="[%1]"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>"#;
        let p = |num: u32, ilvl: u32, text: &str| {
            format!("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{num}\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")
        };
        let body = [
            p(2, 0, "First."),
            p(2, 0, "Second."),
            p(1, 0, "A lever."),
            p(1, 1, "a"),
            p(1, 1, "b"),
            p(1, 0, "The lever of claim 1."),
        ]
        .concat();
        let word = read_flat(&flat(&body, numbering, ""), &Limits::default()).unwrap();
        let texts: Vec<&str> = word.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            ["[0001] First.", "[0002] Second.", "1. A lever.", "(a) a", "(b) b", "2. The lever of claim 1."]
        );
    }

    #[test]
    fn tracked_changes_comments_and_objects_are_listed() {
        let body = r#"<w:p><w:r><w:t xml:space="preserve">A </w:t></w:r><w:ins w:author="Ann"><w:r><w:t>new</w:t></w:r></w:ins><w:del w:author="Bob"><w:r><w:delText>old</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> lever</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>
<w:p><w:r><w:object><v:shape xmlns:v="urn:schemas-microsoft-com:vml"/><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office"/></w:object></w:r><w:r><w:drawing><wp:inline xmlns:wp="x"><a:graphic xmlns:a="y"><a:graphicData><wps:txbx xmlns:wps="z"><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent></wps:txbx></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:bottom="1134" w:left="1418" w:right="1134"/></w:sectPr></w:pPr></w:p>
<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="567" w:bottom="1134" w:left="1418" w:right="1134"/><w:cols w:num="2"/></w:sectPr>"#;
        let word = read_flat(&flat(body, "", ""), &Limits::default()).unwrap();
        assert_eq!(word.paragraphs[0].text, "A new lever");
        assert_eq!(word.paragraphs.len(), 3);
        assert_eq!(word.info.tracked_changes.len(), 2);
        assert_eq!(word.info.comments.len(), 1);
        assert_eq!(word.info.embedded_objects, [Mark { paragraph: 2, what: embedded_object() }]);
        assert_eq!(word.info.unsupported, [Mark { paragraph: 2, what: Message::term("docx-text-box") }]);
        assert_eq!(word.page_setup.len(), 2);
        assert!((word.page_setup[0].margin_top_cm - 2.0).abs() < 0.01);
        assert!(word.page_setup[1].width_cm > word.page_setup[1].height_cm);
        assert_eq!(word.page_setup[1].columns, 2);
    }

    #[test]
    fn styles_give_headings_spacing_and_sizes() {
        let styles = r#"<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:spacing w:line="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Small"/><w:basedOn w:val="Heading1"/><w:rPr><w:sz w:val="14"/></w:rPr></w:style>"#;
        let body = r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Small"/></w:pPr><w:r><w:t>Tiny text.</w:t></w:r></w:p><w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:t>Body text</w:t></w:r></w:p>"#;
        let word = read_flat(&flat(body, "", styles), &Limits::default()).unwrap();
        assert_eq!(word.language, Some(crate::language::Language::En));
        assert_eq!(word.paragraphs[0].heading, Some(1));
        assert_eq!(word.paragraphs[0].line_spacing, Some(1.5));
        assert_eq!(word.paragraphs[1].font_size, Some(7.0));
        assert_eq!(word.paragraphs[1].heading, None, "a style is a heading by its own name");
        assert_eq!(word.paragraphs[2].text, "Body text");
        assert_eq!(word.paragraphs[2].line_spacing, Some(1.0));
        assert_eq!(word.paragraphs[2].font_size, Some(12.0));
    }

    #[test]
    fn number_formats() {
        assert_eq!(format_number(4, "upperRoman", None), "IV");
        assert_eq!(format_number(28, "lowerLetter", None), "bb");
        assert_eq!(format_number(7, "custom", Some("０００１, ０００２, ...")), "０００７");
        assert_eq!(format_number(12, "decimalFullWidth", None), "１２");
        assert_eq!(format_number(3, "decimalEnclosedCircle", None), "③");
    }
}

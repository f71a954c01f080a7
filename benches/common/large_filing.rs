//! The large filing of the benchmarks (issue #8), generated deterministically: 200 claims with real dependency
//! shapes, a 120-page DOCX specification that holds them, 60 drawing sheets as one vector PDF and as 60 one-page
//! 300-dpi CCITT G4 TIFFs, and an assignment record. The drawings come from crates/drawing-fixtures (the drawing
//! fixture builder) so that their geometry is known; the DOCX is a real Word package (deflated parts, styles, page
//! set-up) written here.
//!
//! Used by benches/filing_phases.rs (which also writes the files into target/large-filing/ for the browser
//! benchmark) and benches/large_filing.rs. Include with `#[path = "common/large_filing.rs"] mod large_filing;` after
//! `#[path = "../tests/support/fixtures.rs"] mod drawings;`, `#[path = "../tests/support/st26.rs"] mod st26;` and
//! `#[path = "../tests/support/zip.rs"] mod support_zip;`.

#![allow(dead_code)] // each bench uses part of it

use patlint::InputFile;
use std::fmt::Write as _;
use std::path::Path;

/// Drawing sheets in the filing.
pub const SHEETS: u32 = 60;
/// Sequences in the listing.
pub const SEQUENCES: usize = 10_000;

/// The whole large filing.
pub struct LargeFiling {
    /// The specification: title, the sections of 37 CFR 1.77(b), 1,100 numbered paragraphs, 60 figures described,
    /// the 200 claims and an abstract.
    pub spec_docx: Vec<u8>,
    /// The 200 claims alone, as text.
    pub claims_txt: String,
    /// The 60 sheets as one vector PDF (paths and Helvetica text).
    pub drawings_pdf: Vec<u8>,
    /// The same sheets, one 300-dpi bilevel G4 TIFF each.
    pub sheet_tiffs: Vec<Vec<u8>>,
    /// One sheet as a one-page vector PDF, for the per-sheet figures.
    pub sheet_pdf: Vec<u8>,
    /// An assignment record (JSON, schemas/assignment.schema.json).
    pub assignment_json: String,
    /// The application as one PDF (issue #14): 80 text pages (description, claims, abstract) and 20 drawing sheets.
    pub application_pdf: Vec<u8>,
    /// A sequence listing of 10,000 sequences (about 50 MB of ST.26 XML, tests/support/st26.rs).
    pub sequences_xml: String,
}

impl LargeFiling {
    pub fn generate() -> Self {
        let sheets: Vec<String> = (1..=SHEETS).map(sheet_spec).collect();
        let drawings_pdf = one(&format!("pdf letter\n{}", sheets.join("sheet\n")));
        let sheet_pdf = one(&format!("pdf letter\n{}", sheets[0]));
        let sheet_tiffs = sheets.iter().map(|sheet| one(&format!("tiff letter dpi 300 bilevel g4\n{sheet}"))).collect();
        LargeFiling {
            spec_docx: spec_docx(),
            claims_txt: claim_set(200),
            drawings_pdf,
            sheet_tiffs,
            sheet_pdf,
            assignment_json: ASSIGNMENT.to_string(),
            application_pdf: application_pdf(&sheets[..20]),
            sequences_xml: super::st26::listing(SEQUENCES),
        }
    }

    /// The filing as checked with vector drawings: the DOCX, the PDF and the assignment record.
    pub fn with_pdf(&self) -> Vec<InputFile> {
        vec![
            file("specification.docx", self.spec_docx.clone()),
            file("drawings.pdf", self.drawings_pdf.clone()),
            file("assignment.json", self.assignment_json.clone().into_bytes()),
        ]
    }

    /// The filing as checked with scanned drawings: the DOCX, the 60 TIFFs and the assignment record.
    pub fn with_tiffs(&self) -> Vec<InputFile> {
        let mut files = vec![file("specification.docx", self.spec_docx.clone())];
        for (i, tiff) in self.sheet_tiffs.iter().enumerate() {
            files.push(file(&tiff_name(i), tiff.clone()));
        }
        files.push(file("assignment.json", self.assignment_json.clone().into_bytes()));
        files
    }

    /// Writes every file into `dir` (the browser benchmark reads them there), with `manifest.json` naming them.
    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir.join("sheets"))?;
        std::fs::write(dir.join("specification.docx"), &self.spec_docx)?;
        std::fs::write(dir.join("claims.txt"), &self.claims_txt)?;
        std::fs::write(dir.join("drawings.pdf"), &self.drawings_pdf)?;
        std::fs::write(dir.join("sheet.pdf"), &self.sheet_pdf)?;
        std::fs::write(dir.join("assignment.json"), &self.assignment_json)?;
        std::fs::write(dir.join("application.pdf"), &self.application_pdf)?;
        std::fs::write(dir.join("sequences.xml"), &self.sequences_xml)?;
        for (i, tiff) in self.sheet_tiffs.iter().enumerate() {
            std::fs::write(dir.join(tiff_name(i)), tiff)?;
        }
        let tiffs: Vec<String> = (0..self.sheet_tiffs.len()).map(|i| format!("\"{}\"", tiff_name(i))).collect();
        std::fs::write(
            dir.join("manifest.json"),
            format!(
                "{{\"specification\": \"specification.docx\", \"claims\": \"claims.txt\", \"pdf\": \"drawings.pdf\", \
                 \"sheetPdf\": \"sheet.pdf\", \"assignment\": \"assignment.json\", \"application\": \"application.pdf\", \
                 \"sequences\": \"sequences.xml\", \"tiffs\": [{}]}}\n",
                tiffs.join(", ")
            ),
        )
    }
}

/// The application as one PDF: the specification's paragraphs set on A4 pages as a word processor sets them
/// (Helvetica 12 pt, 1.5 lines, page numbers at the foot), 80 text pages with the claims and the abstract each on a
/// page of their own, then `sheets` drawing sheets.
fn application_pdf(sheets: &[String]) -> Vec<u8> {
    const TEXT_PAGES: usize = 80;
    const LINES: usize = 26;
    let paragraphs = spec_paragraphs();
    let claims_at = paragraphs.iter().position(|(text, _)| text == "CLAIMS").expect("claims");
    let abstract_at = paragraphs.iter().position(|(text, _)| text == "ABSTRACT").expect("abstract");
    // Description pages take what fits of the description; the claims and abstract get a page of their own each.
    let mut pages: Vec<Vec<String>> = vec![Vec::new()];
    let mut lines = 0;
    for (text, _) in &paragraphs[..claims_at] {
        let needed = 1 + text.len() / 75;
        if lines + needed > LINES {
            if pages.len() == TEXT_PAGES - 2 {
                break;
            }
            pages.push(Vec::new());
            lines = 0;
        }
        lines += needed + 1;
        pages.last_mut().expect("a page").push(text.clone());
    }
    let claims: Vec<String> =
        paragraphs[claims_at..abstract_at].iter().take(LINES / 2).map(|(t, _)| t.clone()).collect();
    pages.push(claims);
    pages.push(paragraphs[abstract_at..].iter().map(|(t, _)| t.clone()).collect());
    let escape = |text: &str| text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    let text_pages: Vec<String> = pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            format!("textblock 25 30 3 160 \"{}\"\ntext 104 285 3 \"{}\"\n", escape(&page.join("\n\n")), i + 1)
        })
        .collect();
    one(&format!("pdf A4\n{}sheet\n{}", text_pages.join("sheet\n"), sheets.join("sheet\n")))
}

/// The documents of the specification (description, then claims), read as any file is (`parse::read`).
pub fn read_docx(bytes: &[u8], options: &patlint::Options) -> Vec<patlint::model::Document> {
    patlint::parse::read::read("specification.docx", bytes, None, options).documents.expect("the DOCX reads")
}

/// A drawing file read.
pub fn read_drawings(bytes: &[u8], options: &patlint::Options) -> patlint::model::Document {
    patlint::model::Document::Drawings(patlint::parse::drawings::read(bytes, &options.limits).expect("drawings read"))
}

/// The assignment record read.
pub fn read_assignment(text: &str) -> patlint::model::Document {
    let read = patlint::parse::assignment_json::read(text).expect("JSON").expect("an assignment");
    patlint::model::Document::Assignment(read.record)
}

fn tiff_name(i: usize) -> String {
    format!("sheets/sheet-{:02}.tif", i + 1)
}

fn file(name: &str, bytes: Vec<u8>) -> InputFile {
    InputFile { name: name.into(), bytes }
}

/// The one file a drawing spec builds.
fn one(spec: &str) -> Vec<u8> {
    let mut files = crate::drawings::build(spec);
    assert_eq!(files.len(), 1);
    files.remove(0).bytes
}

/// A claim set shaped like real ones (the shapes of benches/claims.rs and scripts/bench-browser.mjs): groups of 25
/// with an independent claim, dependents on the previous claim or the group's root, and two multiple dependent
/// claims a group.
pub fn claim_set(n: u32) -> String {
    let mut text = String::from("What is claimed is:\n");
    let mut group = 1;
    for number in 1..=n {
        let _ = writeln!(text, "{number}. {}", claim_body(number, &mut group));
    }
    text
}

fn claim_body(number: u32, group: &mut u32) -> String {
    match number % 25 {
        1 => {
            *group = number;
            "A fluid control apparatus comprising a housing, a valve member movable within the housing, an actuator \
             coupled to the valve member, and a controller configured to operate the actuator in response to a sensed \
             pressure."
                .to_string()
        }
        7 | 14 => format!(
            "The apparatus according to any one of claims {} to {}, wherein the housing comprises a first port and a \
             second port.",
            group,
            number - 1
        ),
        _ if number % 3 == 0 => {
            format!("The apparatus of claim {group}, wherein the valve member has a sealing surface.")
        }
        _ => {
            format!("The apparatus of claim {}, wherein the controller comprises a processor and a memory.", number - 1)
        }
    }
}

/// A small deterministic generator (xorshift64*), so that every run checks the same filing.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// In `low..=high`.
    fn range(&mut self, low: u32, high: u32) -> u32 {
        low + (self.next() % u64::from(high - low + 1)) as u32
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }

    /// In `low..high`, in tenths of a millimetre.
    fn mm(&mut self, low: f64, high: f64) -> f64 {
        low + (self.next() % 10_000) as f64 / 10_000.0 * (high - low)
    }
}

const WORDS: &[&str] = &[
    "valve", "housing", "actuator", "controller", "sensor", "pressure", "member", "seal", "port", "flow", "channel",
    "spring", "piston", "shaft", "bearing", "plate", "frame", "signal", "processor", "memory", "circuit", "module",
    "surface", "edge", "groove", "flange", "bore",
];

/// A sentence of 14 to 26 words naming two elements with their reference numerals ("the valve 10").
fn sentence(rng: &mut Rng) -> String {
    let mut words: Vec<String> = (0..rng.range(12, 24)).map(|_| rng.pick(WORDS).to_string()).collect();
    for _ in 0..2 {
        let element = rng.range(0, WORDS.len() as u32 - 1) as usize;
        let at = rng.range(0, words.len() as u32) as usize;
        words.insert(at, format!("the {} {}", WORDS[element], 10 + 2 * element));
    }
    let mut text = words.join(" ");
    text[..1].make_ascii_uppercase();
    text.push('.');
    text
}

fn sentences(rng: &mut Rng, n: usize) -> String {
    (0..n).map(|_| sentence(rng)).collect::<Vec<_>>().join(" ")
}

/// The paragraphs of the specification: (text, is a heading).
fn spec_paragraphs() -> Vec<(String, bool)> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = vec![("FLUID CONTROL VALVE WITH PRESSURE FEEDBACK".to_string(), true)];
    let mut number = 0;
    let mut para = |out: &mut Vec<(String, bool)>, text: String| {
        number += 1;
        out.push((format!("[{number:04}] {text}"), false));
    };
    for (heading, paragraphs) in [("CROSS-REFERENCE TO RELATED APPLICATIONS", 1), ("BACKGROUND", 40), ("SUMMARY", 60)] {
        out.push((heading.to_string(), true));
        for _ in 0..paragraphs {
            let text = sentences(&mut rng, 4);
            para(&mut out, text);
        }
    }
    out.push(("BRIEF DESCRIPTION OF THE DRAWINGS".to_string(), true));
    for figure in 1..=SHEETS {
        para(&mut out, format!("FIG. {figure} is a view of the valve of an embodiment."));
    }
    out.push(("DETAILED DESCRIPTION".to_string(), true));
    for i in 0..940 {
        let text = format!("As shown in FIG. {}, {}", 1 + i % SHEETS, sentences(&mut rng, 4));
        para(&mut out, text);
    }
    out.push(("CLAIMS".to_string(), true));
    out.push(("What is claimed is:".to_string(), false));
    let mut group = 1;
    for n in 1..=200 {
        out.push((format!("{n}. {}", claim_body(n, &mut group)), false));
    }
    out.push(("ABSTRACT".to_string(), true));
    let mut abstract_text = sentences(&mut rng, 5);
    abstract_text.truncate(abstract_text[..900.min(abstract_text.len())].rfind(' ').unwrap_or(0));
    abstract_text.push('.');
    out.push((abstract_text, false));
    out
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The specification as a Word package: Letter-size A4 page set-up with 2.5 cm margins, Times New Roman 12 pt at
/// 1.5 line spacing from the Normal style, headings in Heading 1.
fn spec_docx() -> Vec<u8> {
    let mut body = String::new();
    for (text, heading) in spec_paragraphs() {
        let style = if heading { "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" } else { "" };
        let _ = write!(body, "<w:p>{style}<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>", xml_escape(&text));
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W}\"><w:body>{body}\
         <w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" \
         w:left=\"1417\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    );
    let styles = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"{W}\"><w:docDefaults>\
         <w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"24\"/>\
         <w:lang w:val=\"en-US\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" \
         w:line=\"360\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:pPr>\
         <w:spacing w:line=\"360\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn \
         w:val=\"Normal\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
         </w:styles>"
    );
    let settings = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"{W}\">\
         <w:defaultTabStop w:val=\"720\"/></w:settings>"
    );
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types \
        xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" \
        ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" \
        ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" \
        ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override \
        PartName=\"/word/styles.xml\" \
        ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override \
        PartName=\"/word/settings.xml\" \
        ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/></Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships \
        xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" \
        Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" \
        Target=\"word/document.xml\"/></Relationships>";
    let document_rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships \
        xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" \
        Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" \
        Target=\"styles.xml\"/><Relationship Id=\"rId2\" \
        Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" \
        Target=\"settings.xml\"/></Relationships>";
    zip(&[
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/_rels/document.xml.rels", document_rels.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/settings.xml", settings.as_bytes()),
    ])
}

/// A ZIP package of deflated entries with their CRC-32, as Word writes them.
fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let entries: Vec<_> = entries
        .iter()
        .map(|(name, data)| {
            let deflated = miniz_oxide::deflate::compress_to_vec(data, 6);
            (*name, deflated, 8, patlint::parse::zip::crc32(data), data.len() as u32)
        })
        .collect();
    super::support_zip::zip_with_crc(&entries)
}

/// One sheet in the language of crates/drawing-fixtures, drawn inside the USPTO margins of a Letter sheet
/// (top 25 mm, left 25, right 15, bottom 10): the sheet number, a section view of a valve (housing, ports, a bore
/// with a valve member drawn as a 48-sided circle, a spring, hatching), a detail with a second circle, free detail
/// lines, ten reference numerals with leader lines, and the figure label. Some 300 path segments and 13 texts, as
/// CAD drawings exported to PDF have.
fn sheet_spec(sheet: u32) -> String {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d ^ (u64::from(sheet) * 0x9e37_79b9));
    let mut s = String::new();
    let _ = writeln!(s, "text 100 32 3.2 \"{sheet}/{SHEETS}\"");
    // The housing and its ports.
    let _ = writeln!(s, "rect 40 45 130 110 width 0.6");
    let _ = writeln!(s, "rect 30 85 10 30 width 0.5");
    let _ = writeln!(s, "rect 170 85 10 30 width 0.5");
    let _ = writeln!(s, "rect 80 60 50 80 width 0.4");
    // Hatching of the housing wall at 45°.
    for i in 0..60 {
        let x = 40.0 + f64::from(i) * 2.0;
        let _ = writeln!(s, "line {x:.2} 155 {:.2} 145 width 0.25", x + 10.0);
    }
    // The valve member: a circle of 48 segments.
    circle(&mut s, 105.0, 100.0, 18.0, 48);
    circle(&mut s, 105.0, 100.0, 6.0, 24);
    // The spring: a zigzag of 20 segments.
    for i in 0..20 {
        let y = 60.0 + f64::from(i) * 2.0;
        let (x1, x2) = if i % 2 == 0 { (95.0, 115.0) } else { (115.0, 95.0) };
        let _ = writeln!(s, "line {x1} {y:.2} {x2} {:.2} width 0.3", y + 2.0);
    }
    // A detail view with a circle and free lines.
    let _ = writeln!(s, "rect 45 175 70 60 width 0.5");
    circle(&mut s, 150.0, 205.0, 25.0, 64);
    for _ in 0..80 {
        let (x, y) = (rng.mm(50.0, 110.0), rng.mm(180.0, 230.0));
        let _ = writeln!(s, "line {x:.2} {y:.2} {:.2} {:.2} width 0.3", x + rng.mm(-4.0, 4.0), y + rng.mm(-4.0, 4.0));
    }
    // Reference numerals and their leader lines.
    for i in 0..10u32 {
        let y = 50.0 + f64::from(i) * 18.0;
        let _ = writeln!(s, "text 182 {:.1} 3.2 \"{}\"", y + 1.5, 10 + 2 * i);
        let _ = writeln!(s, "line 181 {y:.1} {:.1} {:.1} width 0.2", rng.mm(120.0, 165.0), rng.mm(60.0, 220.0));
    }
    let _ = writeln!(s, "text 95 255 4.5 \"FIG. {sheet}\"");
    s
}

fn circle(s: &mut String, cx: f64, cy: f64, r: f64, segments: u32) {
    let point = |i: u32| {
        let a = std::f64::consts::TAU * f64::from(i) / f64::from(segments);
        (cx + r * a.cos(), cy + r * a.sin())
    };
    for i in 0..segments {
        let ((x1, y1), (x2, y2)) = (point(i), point(i + 1));
        let _ = writeln!(s, "line {x1:.2} {y1:.2} {x2:.2} {y2:.2} width 0.35");
    }
}

/// A US assignment of the application by its two inventors to a company, with a deed and a correspondent.
const ASSIGNMENT: &str = r#"{
  "conveyance": "assignment",
  "assignors": [
    {"name": "Roe, Jane", "kind": "individual", "country": "US", "address": "12 Elm Street, Springfield, IL 62701",
     "execution_date": "2026-03-02", "signed": true},
    {"name": "Doe, John", "kind": "individual", "country": "US", "address": "40 Oak Avenue, Springfield, IL 62704",
     "execution_date": "2026-03-03", "signed": true}
  ],
  "assignees": [
    {"name": "Acme Fluid Systems, Inc.", "kind": "organization", "country": "US",
     "address": "1 Main Street, Wilmington, DE 19801", "signed": true,
     "signatory": {"name": "Alex Smith", "capacity": "Vice President"}}
  ],
  "properties": [{"office": "US", "kind": "application", "number": "18/123,456"}],
  "submitter": {"name": "Alex Agent", "signed": true},
  "correspondent": {"name": "Alex Agent", "address": "100 Patent Way, Alexandria, VA 22314"},
  "documents": [{"type": "assignment-deed", "copy": "original"}]
}
"#;

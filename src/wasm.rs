//! The JavaScript interface: conversion only, no logic. Reports and rules cross as plain JS objects whose
//! TypeScript types are generated from the Rust types (tsify); errors are `Error`s with a `code`.

use crate::{check_claims_text, check_with_progress, rules, InputFile, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const MESSAGE_TEMPLATE: &str = r#"
/** A message as its id in the catalogue (messages/*.ftl), and a value for each placeholder (crate::message). */
export interface MessageTemplate {
    id: string;
    args: Record<string, MessageArg>;
}

/** Text shown as it is, words of our own (translated in turn), or items joined as a list. */
export type MessageArg = string | MessageTemplate | { list: MessageArg[]; join: "and" | "or" };
"#;

/// An `Error` with a `code` the npm package turns into its own error classes.
fn error(code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("code"), &JsValue::from_str(code));
    error.into()
}

/// An `Error` whose text is a message of the catalogue: its `message_template`, from which the npm package and the
/// page write its English `message` (messages/index.js, `writeEnglish`); until then its message is the id.
fn message_error(code: &str, message: &crate::message::Message) -> JsValue {
    let error = error(code, message.id());
    if let Ok(template) = to_js(message) {
        let _ = js_sys::Reflect::set(&error, &JsValue::from_str("message_template"), &template);
    }
    error
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| error("INTERNAL", &e.to_string()))
}

fn options(value: JsValue) -> Result<Options, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    // Through JSON rather than serde-wasm-bindgen, which ignores unknown fields: a misspelt option must be an error.
    let invalid = |detail: String| error("INVALID_OPTIONS", &format!("invalid options: {detail}"));
    let json: String =
        js_sys::JSON::stringify(&value).map(String::from).map_err(|_| invalid("not JSON-serialisable".into()))?;
    serde_json::from_str(&json).map_err(|e| invalid(e.to_string()))
}

/// The files of a check: an array of `{ name, bytes }` (a `Uint8Array` or a `Blob`), `{ name, text }`, `File`s,
/// `Blob`s and `FileList`s, or one `FileList`, `File` or `Blob`. A `File` is named by its name, a `Blob` by its
/// position (`blob-2`).
///
/// A `File` or `Blob` is read no further than one byte past `limit` (the limit of a file's size): a larger one is
/// reported as too large without being held in memory.
fn input_files(files: &JsValue, limit: usize) -> Result<Vec<InputFile>, JsValue> {
    let mut reader = BlobReader::with_limit(limit.saturating_add(1));
    let mut inputs = Vec::new();
    if js_sys::Array::is_array(files) {
        for item in js_sys::Array::from(files).iter() {
            add_input(&item, &mut inputs, &mut reader)?;
        }
    } else if files.is_instance_of::<web_sys::FileList>() || files.is_instance_of::<web_sys::Blob>() {
        add_input(files, &mut inputs, &mut reader)?;
    } else {
        return Err(error("INVALID_INPUT", "files must be an array, a FileList, a File or a Blob"));
    }
    Ok(inputs)
}

fn add_input(item: &JsValue, inputs: &mut Vec<InputFile>, reader: &mut BlobReader) -> Result<(), JsValue> {
    if let Some(list) = item.dyn_ref::<web_sys::FileList>() {
        for file in (0..list.length()).filter_map(|i| list.item(i)) {
            let name = file.name();
            inputs.push(InputFile { bytes: reader.read(&file, &name)?, name });
        }
    } else if let Some(blob) = item.dyn_ref::<web_sys::Blob>() {
        let name =
            item.dyn_ref::<web_sys::File>().map_or_else(|| format!("blob-{}", inputs.len() + 1), web_sys::File::name);
        inputs.push(InputFile { bytes: reader.read(blob, &name)?, name });
    } else {
        inputs.push(input_file(item, reader)?);
    }
    Ok(())
}

/// Reads `{ name: string, bytes?: Uint8Array | Blob, text?: string }`.
fn input_file(value: &JsValue, reader: &mut BlobReader) -> Result<InputFile, JsValue> {
    let field = |key: &str| js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    let name = field("name").as_string().ok_or_else(|| error("INVALID_INPUT", "every file needs a `name` string"))?;
    let bytes = field("bytes");
    let bytes = if let Some(array) = bytes.dyn_ref::<js_sys::Uint8Array>() {
        array.to_vec()
    } else if let Some(blob) = bytes.dyn_ref::<web_sys::Blob>() {
        reader.read(blob, &name)?
    } else if let Some(text) = field("text").as_string() {
        text.into_bytes()
    } else {
        return Err(error(
            "INVALID_INPUT",
            &format!("file `{name}` needs `bytes` (a Uint8Array or a Blob) or `text` (a string)"),
        ));
    };
    Ok(InputFile { name, bytes })
}

/// Reads `File`s and `Blob`s straight into Wasm memory with a `FileReaderSync`, which only workers have: the page
/// posts its `File` objects to its worker (structured cloning shares a file's data, it copies nothing) and no
/// JavaScript reads their bytes.
#[derive(Default)]
struct BlobReader {
    reader: Option<web_sys::FileReaderSync>,
    /// The bytes read of a blob at most: its first ones.
    limit: Option<usize>,
}

impl BlobReader {
    /// The bytes at most this many at a time: a large file is not held twice, as a JS buffer and in Wasm memory.
    const CHUNK: usize = 8 << 20;

    fn with_limit(limit: usize) -> Self {
        BlobReader { reader: None, limit: Some(limit) }
    }

    /// Reads the blob's bytes, or its first `limit` bytes.
    fn read(&mut self, blob: &web_sys::Blob, name: &str) -> Result<Vec<u8>, JsValue> {
        let reader = match &mut self.reader {
            Some(reader) => reader,
            empty => empty.insert(web_sys::FileReaderSync::new().map_err(|_| {
                error(
                    "INVALID_INPUT",
                    &format!(
                        "`{name}` is a File or Blob, which is read in a Web Worker (FileReaderSync); here, pass \
                         {{ name, bytes: new Uint8Array(await blob.arrayBuffer()) }}"
                    ),
                )
            })?),
        };
        // What FileReaderSync fails on: the file was moved, changed or removed since it was chosen.
        let unreadable = |_| error("INVALID_INPUT", &format!("`{name}` could not be read: it changed or is gone"));
        // `as` saturates: a size beyond usize is usize::MAX, then the limit.
        let size = blob.size() as usize;
        let size = self.limit.map_or(size, |limit| size.min(limit));
        let mut bytes = vec![0; size];
        let mut start = 0;
        while start < size {
            let end = size.min(start + Self::CHUNK);
            let chunk = blob.slice_with_f64_and_f64(start as f64, end as f64).map_err(unreadable)?;
            let buffer = js_sys::Uint8Array::new(&reader.read_as_array_buffer(&chunk).map_err(unreadable)?.into());
            if buffer.length() as usize != end - start {
                return Err(unreadable(JsValue::NULL));
            }
            buffer.copy_to(&mut bytes[start..end]);
            start = end;
        }
        Ok(bytes)
    }
}

/// The first `limit` bytes of one file given as its bytes (`Uint8Array`) or, in a worker, as a `File` or `Blob`;
/// None for anything else.
fn bytes_of(file: &JsValue, limit: usize) -> Option<Result<Vec<u8>, JsValue>> {
    if let Some(bytes) = file.dyn_ref::<js_sys::Uint8Array>() {
        let end = u32::try_from(limit).unwrap_or(u32::MAX).min(bytes.length());
        Some(Ok(bytes.subarray(0, end).to_vec()))
    } else if let Some(blob) = file.dyn_ref::<web_sys::Blob>() {
        let name = file.dyn_ref::<web_sys::File>().map_or_else(|| "blob".to_string(), web_sys::File::name);
        Some(BlobReader::with_limit(limit).read(blob, &name))
    } else {
        None
    }
}

/// Checks a filing: `files` is an array of `{ name, bytes }` or `{ name, text }`, `File`s, `Blob`s and `FileList`s
/// (read in Rust, in a worker), or one `FileList`, `File` or `Blob`; returns the report. `progress`, when given, is
/// called with (files done, files in all) after each file.
#[wasm_bindgen(js_name = check, unchecked_return_type = "Report")]
pub fn check_js(
    #[wasm_bindgen(
        unchecked_param_type = "Array<{ name: string, bytes: Uint8Array | Blob } | { name: string, text: string } | Blob | FileList> | FileList | Blob"
    )]
    files: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "((done: number, total: number) => void) | undefined")] progress: JsValue,
) -> Result<JsValue, JsValue> {
    let options = options(options_value)?;
    let files = input_files(files, options.limits.input_bytes)?;
    let callback = progress.dyn_ref::<js_sys::Function>();
    let mut report_progress = |done: usize, total: usize| {
        if let Some(callback) = callback {
            // A throwing callback must not abort the check: its error is the page's to show.
            let _ = callback.call2(&JsValue::NULL, &JsValue::from(done), &JsValue::from(total));
        }
    };
    to_js(&check_with_progress(&files, &options, &mut report_progress))
}

/// Checks one claim set given as text; returns the report.
#[wasm_bindgen(js_name = checkClaims, unchecked_return_type = "Report")]
pub fn check_claims_js(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    to_js(&check_claims_text(text, &options(options_value)?))
}

/// Writes a report as a SARIF 2.1.0 log, as the CLI's `--format sarif` does; each finding in `accepted` (by its
/// position in `report.findings`, with the user's reason) carries an external, accepted suppression. Only the
/// report's `version` and `findings` are read. Rules this module does not hold (drawing rules, before drawing
/// support is loaded) are named by id without rule metadata. `docs`, the rules' documentation by id (the default
/// export of pkg/rule-docs.js, which the npm package passes), becomes each rule's help: the module does not hold it.
#[wasm_bindgen(js_name = sarif)]
pub fn sarif_js(
    #[wasm_bindgen(unchecked_param_type = "Pick<Report, \"version\" | \"findings\">")] report: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Acceptance[] | undefined")] accepted: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Record<string, string> | undefined")] docs: JsValue,
) -> Result<String, JsValue> {
    use crate::render::sarif;
    let invalid = |what: &str, detail: String| error("INVALID_INPUT", &format!("invalid {what}: {detail}"));
    let report: sarif::Findings =
        serde_wasm_bindgen::from_value(report).map_err(|e| invalid("report", e.to_string()))?;
    let accepted: Vec<sarif::Acceptance> = if accepted.is_undefined() || accepted.is_null() {
        Vec::new()
    } else {
        serde_wasm_bindgen::from_value(accepted).map_err(|e| invalid("acceptances", e.to_string()))?
    };
    let docs = |id: &str| {
        if docs.is_object() {
            js_sys::Reflect::get(&docs, &JsValue::from_str(id)).ok()?.as_string()
        } else {
            None
        }
    };
    sarif::write(&report, &accepted, &docs).map_err(|detail| invalid("acceptances", detail))
}

/// Validates an application, patent or publication number, for an office (`US`, `EP`, `JP`, `KR`, `CN`, `WO` or
/// `PCT`) or, without one, by its form alone; returns `{ office, kind, normalized, valid, problem }`.
#[wasm_bindgen(js_name = validateNumber, unchecked_return_type = "NumberCheck")]
pub fn validate_number_js(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "string | undefined")] office: Option<String>,
) -> Result<JsValue, JsValue> {
    let office = match office.as_deref() {
        None => None,
        Some(code) => Some(crate::office::Office::parse(code).ok_or_else(|| {
            error("INVALID_INPUT", &format!("unknown office `{code}` ({})", crate::office::Office::codes()))
        })?),
    };
    to_js(&crate::numbers::validate(text, office))
}

/// Every rule with its offices, severities and citations; its documentation is in pkg/rule-docs.js, which the npm
/// package's `rules()` adds.
#[wasm_bindgen(js_name = rules, unchecked_return_type = "RuleInfo[]")]
pub fn rules_js() -> Result<JsValue, JsValue> {
    to_js(&rules::catalog())
}

/// patlint's version.
#[wasm_bindgen(js_name = version)]
#[must_use]
pub fn version_js() -> String {
    crate::VERSION.to_string()
}

/// The version of the rules: the date of the legal catalogue they implement.
#[wasm_bindgen(js_name = rulesVersion)]
#[must_use]
pub fn rules_version_js() -> String {
    rules::RULES_VERSION.to_string()
}

/// Whether this module reads drawings (PDF, TIFF, PNG, JPEG, GIF, BMP): the module built with the `drawings`
/// feature does; the core module, which pages load first, does not.
#[wasm_bindgen(js_name = drawingSupport)]
#[must_use]
pub fn drawing_support_js() -> bool {
    cfg!(feature = "drawings")
}

/// Whether a file's first bytes make it a drawing file, which only the module with drawing support reads: its
/// bytes (`Uint8Array`) or, in a worker, a `File` or `Blob`, of which only the first bytes are read.
/// A `File` or `Blob` outside a worker is an error.
#[wasm_bindgen(js_name = isDrawing)]
pub fn is_drawing_js(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | Blob")] file: &JsValue,
) -> Result<bool, JsValue> {
    /// Enough to tell every drawing format (a BMP header's first 26 bytes).
    const HEAD: usize = 32;
    let Some(head) = bytes_of(file, HEAD) else { return Ok(false) };
    let head = head?;
    Ok(crate::filing::is_drawing(&head))
}

/// How each sheet of a drawing file looks, for the page to draw beneath its overlays: `{ number, unit, fill,
/// stroke, dropped, images, droppedImages }` per sheet (paths as SVG path data in `unit` mm, images as small
/// greyscale PNGs placed by a matrix). The file as `Uint8Array`, or in a worker a `File` or `Blob`. Asked apart from
/// `check`, so that reports stay lean; only the module with drawing support has it.
#[cfg(feature = "drawings")]
#[wasm_bindgen(js_name = sheetLooks, unchecked_return_type = "SheetLook[]")]
pub fn sheet_looks_js(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | Blob")] file: &JsValue,
) -> Result<JsValue, JsValue> {
    let limits = crate::limits::Limits::default();
    let bytes = bytes_of(file, limits.input_bytes.saturating_add(1))
        .ok_or_else(|| error("INVALID_INPUT", "the file must be a Uint8Array, a File or a Blob"))??;
    if bytes.len() > limits.input_bytes {
        let limit = limits.input_bytes;
        return Err(error("INVALID_INPUT", &format!("the file is larger than the limit of {limit} bytes")));
    }
    let looks = crate::parse::drawings::looks(&bytes, &limits).map_err(|reason| {
        message_error("INVALID_INPUT", &crate::message::message!("read-drawings-could-not", reason = reason))
    })?;
    to_js(&looks)
}

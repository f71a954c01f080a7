//! The JavaScript interface: conversion only, no logic. Reports and rules cross as plain JS objects whose
//! TypeScript types are generated from the Rust types (tsify); errors are `Error`s with a `code`.

use crate::{check_claims_text, check_with_progress, rules, InputFile, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const MESSAGE_TEMPLATE: &str = r#"
/** A message as its English template, with `{name}` placeholders, and a value for each (crate::message). */
export interface MessageTemplate {
    template: string;
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

/// Reads `{ name: string, bytes?: Uint8Array, text?: string }`.
fn input_file(value: &JsValue) -> Result<InputFile, JsValue> {
    let field = |key: &str| js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    let name = field("name").as_string().ok_or_else(|| error("INVALID_INPUT", "every file needs a `name` string"))?;
    let bytes = field("bytes");
    let bytes = if let Some(array) = bytes.dyn_ref::<js_sys::Uint8Array>() {
        array.to_vec()
    } else if let Some(text) = field("text").as_string() {
        text.into_bytes()
    } else {
        return Err(error(
            "INVALID_INPUT",
            &format!("file `{name}` needs `bytes` (a Uint8Array) or `text` (a string)"),
        ));
    };
    Ok(InputFile { name, bytes })
}

/// Checks a filing: `files` is an array of `{ name, bytes }` or `{ name, text }`; returns the report. `progress`,
/// when given, is called with (files done, files in all) after each file.
#[wasm_bindgen(js_name = check, unchecked_return_type = "Report")]
pub fn check_js(
    #[wasm_bindgen(
        unchecked_param_type = "Array<{ name: string, bytes: Uint8Array } | { name: string, text: string }>"
    )]
    files: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "((done: number, total: number) => void) | undefined")] progress: JsValue,
) -> Result<JsValue, JsValue> {
    if !js_sys::Array::is_array(files) {
        return Err(error("INVALID_INPUT", "files must be an array"));
    }
    let files = js_sys::Array::from(files).iter().map(|f| input_file(&f)).collect::<Result<Vec<_>, _>>()?;
    let options = options(options_value)?;
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

/// Validates an application, patent or publication number, for an office (`US`, `EP`, `JP`, `KR`, `CN`, `WO` or
/// `PCT`) or, without one, by its form alone; returns `{ office, kind, normalized, valid, problem }`.
#[wasm_bindgen(js_name = validateNumber, unchecked_return_type = "NumberCheck")]
pub fn validate_number_js(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "string | undefined")] office: Option<String>,
) -> Result<JsValue, JsValue> {
    let office = match office.as_deref() {
        None => None,
        Some(code) => Some(
            crate::office::Office::parse(code)
                .ok_or_else(|| error("INVALID_INPUT", &format!("unknown office `{code}` (US, EP, JP, KR, CN, WO)")))?,
        ),
    };
    to_js(&crate::numbers::validate(text, office))
}

/// Every rule with its documentation, offices, severities and citations.
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

/// Whether a file's first bytes make it a drawing file, which only the module with drawing support reads.
#[wasm_bindgen(js_name = isDrawing)]
#[must_use]
pub fn is_drawing_js(bytes: &[u8]) -> bool {
    crate::filing::is_drawing(bytes)
}

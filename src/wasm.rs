//! The JavaScript interface: conversion only, no logic. Reports and rules cross as plain JS objects.

use crate::{check, check_claims_text, rules, InputFile, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

fn options(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    // Through JSON rather than serde-wasm-bindgen, which ignores unknown fields: a misspelt option must be an error.
    let json: String = js_sys::JSON::stringify(&value)
        .map(String::from)
        .map_err(|_| JsError::new("invalid options: not JSON-serialisable"))?;
    serde_json::from_str(&json).map_err(|e| JsError::new(&format!("invalid options: {e}")))
}

/// Reads `{ name: string, bytes?: Uint8Array, text?: string }`.
fn input_file(value: &JsValue) -> Result<InputFile, JsError> {
    let field = |key: &str| js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    let name = field("name").as_string().ok_or_else(|| JsError::new("every file needs a `name` string"))?;
    let bytes = field("bytes");
    let bytes = if let Some(array) = bytes.dyn_ref::<js_sys::Uint8Array>() {
        array.to_vec()
    } else if let Some(text) = field("text").as_string() {
        text.into_bytes()
    } else {
        return Err(JsError::new(&format!("file `{name}` needs `bytes` (a Uint8Array) or `text` (a string)")));
    };
    Ok(InputFile { name, bytes })
}

/// Checks a filing: `files` is an array of `{ name, bytes }` or `{ name, text }`; returns the report.
#[wasm_bindgen(js_name = check)]
pub fn check_js(files: &JsValue, options_value: JsValue) -> Result<JsValue, JsError> {
    let files = js_sys::Array::from(files).iter().map(|f| input_file(&f)).collect::<Result<Vec<_>, _>>()?;
    to_js(&check(&files, &options(options_value)?))
}

/// Checks one claim set given as text; returns the report.
#[wasm_bindgen(js_name = checkClaims)]
pub fn check_claims_js(text: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    to_js(&check_claims_text(text, &options(options_value)?))
}

/// Every rule with its documentation, offices, severities and citations.
#[wasm_bindgen(js_name = rules)]
pub fn rules_js() -> Result<JsValue, JsError> {
    to_js(&rules::catalog())
}

/// patlint's version.
#[wasm_bindgen(js_name = version)]
#[must_use]
pub fn version_js() -> String {
    crate::VERSION.to_string()
}

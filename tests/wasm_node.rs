//! The JavaScript interface in Node (`wasm-pack test --node`).
#![cfg(target_arch = "wasm32")]

#[path = "wasm/api.rs"]
mod api;

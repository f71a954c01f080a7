#!/usr/bin/env bash
# Builds the Wasm module and its JS bindings into www/pkg for the page (wasm-pack uses wasm-bindgen from PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
wasm-pack build --mode no-install --release --target web --out-dir www/pkg --no-gitignore --no-pack

#!/usr/bin/env bash
# Sets up and runs every test and gate: formatting and clippy, the JavaScript's types, format and lints, native (cargo test, with and without drawings), Wasm in Node and in headless Chromium (wasm-pack test), and
# the page end to end in Chromium (Playwright). Stops at the first failing suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
scripts/setup.sh

echo; echo "== gates: cargo fmt --check, cargo clippy -D warnings (with the pedantic lints of Cargo.toml)"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings

echo; echo "== gates: the JavaScript formatted and linted (biome, biome.jsonc)"
npx --no-install biome ci .

echo; echo "== native: cargo test"
cargo test --all-targets

echo; echo "== the core without drawings: cargo test --no-default-features"
cargo test --no-default-features --all-targets

echo; echo "== Wasm in Node: wasm-pack test --node"
wasm-pack test --mode no-install --node -- --test wasm_node

echo; echo "== Wasm in Chromium: wasm-pack test --headless --chrome"
CHROMEDRIVER=/usr/bin/chromedriver wasm-pack test --mode no-install --headless --chrome -- --test wasm_browser

echo; echo "== the page in Chromium, the npm package in Node, tsc, Vite and Chromium, and the translations of messages"
scripts/build-wasm.sh
echo; echo "== gates: the JavaScript type-checked against the modules' types (tsc, tsconfig.json)"
npx --no-install tsc -p .
node --test tests/e2e/ tests/npm/ tests/messages/

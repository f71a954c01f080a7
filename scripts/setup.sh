#!/usr/bin/env bash
# Installs what building and testing patlint needs, idempotently: the Wasm target, wasm-bindgen-cli at the exact
# version in Cargo.lock, wasm-pack, Debian's Chromium and ChromeDriver, and the npm packages of package-lock.json.
# Nothing here downloads a prebuilt binary: the tools are built from crates.io or come from Debian and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# The gates of scripts/test.sh need rustfmt and clippy (a minimal rustup profile has neither).
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "adding the $component component"
    rustup component add "$component"
  fi
done

[ -f Cargo.lock ] || cargo generate-lockfile
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  step "building wasm-bindgen-cli $bindgen_version (a few minutes)"
  # Its own lockfile may pin a version the registry no longer serves; then build without it.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --locked --force ||
    cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

if ! command -v wasm-pack >/dev/null; then
  step "building wasm-pack (a few minutes)"
  cargo install wasm-pack --version 0.15.1 --locked
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  step "installing Debian's chromium and chromium-driver"
  # Never binaryen from Debian: its old wasm-opt silently breaks the output.
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# So the page's screenshots in Japanese, Korean and Chinese show text, not boxes.
if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  step "installing Debian's fonts-noto-cjk"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-noto-cjk >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  step "installing npm packages"
  npm ci --no-audit --no-fund
  touch node_modules
fi

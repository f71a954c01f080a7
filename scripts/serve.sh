#!/usr/bin/env bash
# Sets up, builds the Wasm and serves the page on http://127.0.0.1:${PORT:-8000}/ with a sample claim set ready.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-wasm.sh
exec node scripts/static-server.mjs www "${PORT:-8000}"

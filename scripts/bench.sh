#!/usr/bin/env bash
# The performance benchmarks of issue #8, in one command: generates the large filing (target/large-filing/), times
# it natively per phase (benches/filing_phases.rs, the release profile), builds the two Wasm modules for the
# benchmark (into target/bench/, never pkg/ or www/pkg/), times the same work in headless Chromium
# (scripts/bench-browser.mjs with the page in scripts/bench-page/) and prints one table with the Wasm/native ratio
# of each phase, measured in this run, against the budgets of BENCHMARKS.md.
#
#   scripts/bench.sh               # everything above
#   scripts/bench.sh --simd        # also a drawings module built with +simd128, timed beside the plain one
#   scripts/bench.sh --variants    # also every other drawings module in target/bench/pkg-drawings-*/ (one built
#                                  # by hand from an older commit, say), timed beside the plain one
#   scripts/bench.sh --criterion   # also the criterion benches (benches/large_filing.rs; a few minutes more)
#   scripts/bench.sh --build-only  # only build what the benchmark needs
#   scripts/bench.sh --no-build    # time the Wasm modules already in target/bench/ even if src/ changed since
#
# A Wasm module is rebuilt only when src/ or Cargo.toml changed after it was built.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

simd=0 variants=0 criterion=0 build_only=0 no_build=0
for arg in "$@"; do
  case "$arg" in
    --simd) simd=1 variants=1 ;;
    --variants) variants=1 ;;
    --criterion) criterion=1 ;;
    --build-only) build_only=1 ;;
    --no-build) no_build=1 ;;
    *) echo "usage: scripts/bench.sh [--simd] [--variants] [--criterion] [--build-only | --no-build]" >&2 && exit 2 ;;
  esac
done

OUT=target/bench

# stale WASM_FILE: whether a module is missing or older than the sources.
stale() {
  [[ ! -f "$1" ]] || { [[ $no_build -eq 0 ]] && [[ -n "$(find src Cargo.toml -newer "$1" -print -quit)" ]]; }
}

# shellcheck source=scripts/wasm-module.sh
source scripts/wasm-module.sh

# The large filing and the native figures, first: they need no Wasm.
echo "== native: generating target/large-filing/ and timing it (cargo bench --bench filing_phases)" >&2
if [[ $build_only -eq 0 ]]; then
  cargo bench --quiet --bench filing_phases -- --out target/large-filing/native.json >&2
else
  cargo bench --quiet --bench filing_phases -- --generate-only >&2
fi

if stale "$OUT/pkg/patlint_bg.wasm"; then
  echo "== building the core Wasm module" >&2
  build_module "$OUT/pkg" wasm-core "" --no-default-features >&2
fi
if stale "$OUT/pkg-drawings/patlint_bg.wasm"; then
  echo "== building the drawings Wasm module" >&2
  build_module "$OUT/pkg-drawings" release "" >&2
fi
if [[ $simd -eq 1 ]] && stale "$OUT/pkg-drawings-simd/patlint_bg.wasm"; then
  echo "== building the drawings Wasm module with +simd128 (its own target dir)" >&2
  CARGO_TARGET_DIR=target/simd RUSTFLAGS="-C target-feature=+simd128" \
    build_module "$OUT/pkg-drawings-simd" release "--enable-simd" >&2
fi

# The site the browser loads: the page of www/ with the modules just built, the benchmark page and the filing.
site="$OUT/site"
rm -rf "$site" && mkdir -p "$site/pkg/drawings" "$site/bench" "$site/filing"
(cd www && tar --exclude=./pkg -cf - .) | (cd "$site" && tar -xf -)
cp "$OUT/pkg/patlint.js" "$OUT/pkg/patlint_bg.wasm" "$site/pkg/"
cp "$OUT/pkg-drawings/patlint.js" "$OUT/pkg-drawings/patlint_bg.wasm" "$site/pkg/drawings/"
# The page's catalogue of rules and their documentation, as scripts/build-wasm.sh writes them: without them the page
# opens on its error path, and its first report is timed wrongly.
node scripts/rules-json.mjs "$OUT/pkg" "$site/pkg/rules.json"
cargo run --quiet --release --bin patlint -- rules --format json | node scripts/rule-docs.mjs "$site/pkg"
node scripts/messages-js.mjs "$site/pkg/messages"
# Its JavaScript bundled from this page's sources, as index.html loads it.
node scripts/build-page.mjs "$site"
# Variants of the drawings module (target/bench/pkg-drawings-NAME: the +simd128 one, or one built by hand, e.g. with
# wasm-opt -O3 or from an older commit) are compared with it in the same run.
if [[ $variants -eq 1 ]]; then
  for dir in "$OUT"/pkg-drawings-*/; do
    name=$(basename "$dir")
    [[ -f "$dir/patlint_bg.wasm" && "$name" != pkg-drawings-raw ]] || continue
    mkdir -p "$site/pkg/${name#pkg-}"
    cp "$dir/patlint.js" "$dir/patlint_bg.wasm" "$site/pkg/${name#pkg-}/"
  done
fi
cp scripts/bench-page/* "$site/bench/"
cp -r target/large-filing/. "$site/filing/"
[[ $build_only -eq 1 ]] && exit 0

if [[ $criterion -eq 1 ]]; then
  echo "== criterion (benches/large_filing.rs)" >&2
  cargo bench --quiet --bench large_filing >&2
fi

echo "== Chromium" >&2
node scripts/bench-browser.mjs --site "$site" --native target/large-filing/native.json --json "$OUT/results.json" \
  $([[ $variants -eq 1 ]] && echo --variants)

# Cold start side by side with Pyodide, the Python runtime PatentLint runs on (issue #20); its npm package goes into
# target/pyodide-bench/, never into the project.
echo "== cold start: patlint's page against Pyodide (scripts/bench-pyodide.mjs)" >&2
node scripts/bench-pyodide.mjs 7 "$site"

# The CLI's batch throughput on a bulk file made from the shared corpus, when it is there (issue #20).
if [[ -d ../shared/corpus ]]; then
  echo "== batch: the CLI on a bulk file of corpus documents (scripts/bench-batch.sh)" >&2
  scripts/bench-batch.sh
fi

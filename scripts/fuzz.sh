#!/usr/bin/env bash
# Fuzzes one target (or all) for a number of seconds each: scripts/fuzz.sh [TARGET|all] [SECONDS].
# Seeds come from every rule's documented examples; crashes land in fuzz/artifacts/TARGET/. Needs cargo-fuzz
# (cargo install cargo-fuzz --locked); RUSTC_BOOTSTRAP lets the stable toolchain take the sanitizer flags.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH" RUSTC_BOOTSTRAP=1
target=${1:-all}
seconds=${2:-60}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
cargo build --release --quiet
targets=$(cd fuzz && cargo fuzz list)
[ "$target" = all ] || targets=$target
for t in $targets; do
  mkdir -p "fuzz/corpus/$t"
  target/release/patlint rules --format json | python3 -c '
import json, sys, hashlib, pathlib
out = pathlib.Path(sys.argv[1])
for rule in json.load(sys.stdin):
    for text in rule["examples"]["fires"] + rule["examples"]["silent"]:
        (out / hashlib.sha1(text.encode()).hexdigest()).write_text(text)
' "fuzz/corpus/$t"
  for fixture in tests/fixtures/*/*; do [ -f "$fixture" ] && cp "$fixture" "fuzz/corpus/$t/" || true; done
  if [ "$t" = drawings ]; then
    # Real drawing files of every format, built by the test fixture builder (crates/drawing-fixtures).
    PATLINT_DUMP_DRAWINGS='pdf; rect 30 30 150 240; text 100 20 4 "1/2"; text 90 150 5 "FIG. 1"; photo 40 200 30 30|pdf encrypted; line 40 40 150 200 colour red; text 50 50 4 "12" font embedded|pdf; scan dpi 100; line 30 30 180 250|tiff dpi 100; rect 30 30 150 240; sheet; line 40 40 150 200|tiff dpi 100 grey lzw; photo 40 40 50 50|png dpi 100 rgb; line 40 40 150 200 colour blue|png dpi 100 interlaced; line 40 40 150 200|jpeg dpi 100; photo 40 40 50 50|jpeg dpi 100 rgb progressive; line 40 40 150 200 colour red|gif 400x300px frames 2; line 10 10 50 50|bmp dpi 100 palette; line 40 40 150 200' \
      cargo test --quiet --test drawings dump -- --ignored >/dev/null
    cp target/drawings/* "fuzz/corpus/$t/"
  fi
  echo "== fuzzing $t for ${seconds}s"
  (cd fuzz && cargo fuzz run -O "$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=1048576 2>&1 | grep -E '^#[0-9]+ *DONE|^Done|SUMMARY|ERROR|panicked' || true)
done

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
  echo "== fuzzing $t for ${seconds}s"
  (cd fuzz && cargo fuzz run -O "$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=1048576 2>&1 | grep -E '^#[0-9]+ *DONE|^Done|SUMMARY|ERROR|panicked' || true)
done

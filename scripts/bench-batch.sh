#!/usr/bin/env bash
# Batch throughput of the CLI (issue #20): a bulk file made by concatenating the patent XML documents of the shared
# corpus (../shared/corpus) until it holds N documents (5,000 by default), checked with `--format jsonl` on one job
# and on every core; documents per second, the speed-up, and peak resident memory (GNU time). A second file four
# times larger shows whether memory grows with the file. Every output line must be a JSON report, one per document.
#
#   scripts/bench-batch.sh [DOCUMENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
documents=${1:-5000}
corpus=../shared/corpus
[[ -d $corpus ]] || { echo "bench-batch: needs the shared corpus at $corpus" >&2; exit 2; }
cargo build --release --quiet
out=target/bulk
mkdir -p "$out"

# The corpus's XML documents that hold one XML declaration each, concatenated in turn until there are enough.
make_bulk() {
  python3 - "$corpus" "$1" "$2" <<'PY'
import pathlib, sys
corpus, count, path = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
docs = []
for f in sorted(corpus.rglob("*")):
    if f.suffix.lower() == ".xml" and f.is_file():
        data = f.read_bytes()
        if data.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<?xml") and data.count(b"<?xml") == 1:
            docs.append(data if data.endswith(b"\n") else data + b"\n")
with open(path, "wb") as bulk:
    for i in range(count):
        bulk.write(docs[i % len(docs)])
print(f"{path}: {count} documents from {len(docs)} corpus files", file=sys.stderr)
PY
}

make_bulk "$documents" "$out/bulk.xml"
make_bulk "$((documents * 4))" "$out/bulk-x4.xml"
cores=$(nproc)

# run JOBS FILE: prints "seconds peak-KiB lines"
run() {
  /usr/bin/time -f "%e %M" -o "$out/time" target/release/patlint check --format jsonl --jobs "$1" "$2" \
    > "$out/reports.jsonl" 2> "$out/summary" || true
  python3 - "$out/reports.jsonl" <<'PY'
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    json.loads(line); n += 1
print(n, end=" ")
PY
  tail -n 1 "$out/time"
}

read -r lines1 s1 kb1 <<<"$(run 1 "$out/bulk.xml")"
read -r lines2 s2 kb2 <<<"$(run "$cores" "$out/bulk.xml")"
read -r lines4 s4 kb4 <<<"$(run "$cores" "$out/bulk-x4.xml")"
python3 - "$documents" "$cores" "$lines1" "$s1" "$kb1" "$lines2" "$s2" "$kb2" "$lines4" "$s4" "$kb4" <<'PY'
import sys
d, cores, l1, s1, k1, l2, s2, k2, l4, s4, k4 = sys.argv[1:]
d, cores = int(d), int(cores)
rows = [("jobs", "documents", "JSON lines", "seconds", "documents/s", "peak RSS")]
for jobs, docs, lines, s, kb in ((1, d, l1, s1, k1), (cores, d, l2, s2, k2), (cores, 4 * d, l4, s4, k4)):
    rows.append((str(jobs), f"{docs:,}", f"{int(lines):,}", s, f"{docs / float(s):,.0f}", f"{int(kb) / 1024:.1f} MiB"))
for r in rows:
    print(f"{r[0]:>5} {r[1]:>10} {r[2]:>11} {r[3]:>8} {r[4]:>12} {r[5]:>10}")
print(f"speed-up of {cores} jobs over 1: {float(s1) / float(s2):.2f}x")
ok = int(l1) == d and int(l2) == d and int(l4) == 4 * d
print("every document has its JSON line" if ok else "MISSING LINES")
sys.exit(0 if ok else 1)
PY

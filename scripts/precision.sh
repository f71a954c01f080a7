#!/usr/bin/env bash
# Precision per rule, measured on real documents (issue #15): builds the release CLI if the sources changed, checks
# every real document of the shared corpus (../shared/corpus, see its README.md) on its own and under its own office,
# and writes docs/PRECISION.md (findings per rule × office × severity, granted vs. published/other; every error on a
# granted document, explained or not) and docs/precision.json (the same counts per rule, with a one-line summary for
# the rule's documentation). The output is sorted and carries no date or timing: running it twice on the same
# sources gives byte-identical files. It prints the totals and the number of unexplained errors on granted documents.
#
#   scripts/precision.sh                      # the corpus at ../shared/corpus
#   PATLINT_CORPUS=/path/to/corpus scripts/precision.sh
#
# Explanations of errors on granted documents are kept by hand in docs/precision-explained.tsv (document path
# relative to the corpus, rule id, one-line explanation; tab-separated, first line a header).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

corpus="${PATLINT_CORPUS:-../shared/corpus}"
if [[ ! -d "$corpus" ]]; then
  echo "precision: no corpus at $corpus (set PATLINT_CORPUS)" >&2
  exit 2
fi

# Cargo rebuilds only what changed since the last release build; a no-op when target/release/patlint is current.
cargo build --release --quiet --bin patlint

exec node scripts/precision.mjs --corpus "$corpus" --patlint target/release/patlint --out docs

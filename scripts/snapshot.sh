#!/usr/bin/env bash
# Every table a binary writes for a set of corpora, into one folder, so that two builds
# can be compared byte for byte (`diff -r`) before and after a refactoring.
#
#     scripts/snapshot.sh BIN OUT [CORPUS ...]
#
# Default corpora: corpus/ and ../shared/corpus/dev. Each corpus is run twice, plain and
# with --numbers and as JSONL; the peer suite (../shared/peer-suites/run_rt.py, when
# present) writes its per-case results to OUT/peer.json.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "$1"); OUT=$2; shift 2
CORPORA=("$@")
[ ${#CORPORA[@]} -eq 0 ] && CORPORA=(corpus ../shared/corpus/dev)
rm -rf "$OUT"; mkdir -p "$OUT"
i=0
for c in "${CORPORA[@]}"; do
    i=$((i + 1))
    "$BIN" "$c" --out "$OUT/$i-plain" --quiet || true
    "$BIN" "$c" --out "$OUT/$i-numbers" --numbers --quiet || true
    "$BIN" "$c" --out "$OUT/$i-jsonl" --format jsonl --quiet || true
    echo "$i $c" >> "$OUT/corpora.txt"
done
if [ -f ../shared/peer-suites/run_rt.py ]; then
    python3 ../shared/peer-suites/run_rt.py --bin "$BIN" --json "$OUT/peer.json" > "$OUT/peer.txt" 2>&1 || true
fi

#!/usr/bin/env bash
# Throughput of the full pipeline against jieba-rs `cut` alone, measured side by side.
#
#     scripts/bench.sh                  # REPS=3 MB=64 CORPUS=/tmp/zhfacts-bench/corpus
#
# For each repetition and thread count (1, 2) it runs, one after the other:
#   - jieba: examples/jieba_baseline.rs, `cut` with HMM over the same documents, rayon
#     over documents; text preloaded and dictionary loaded before the clock starts;
#   - pipeline: the release binary on the corpus, writing all CSV tables to a temp dir;
#     wall time of the whole process (dictionary load, reading, decoding included) and
#     its peak RSS from /usr/bin/time.
# Reports medians, the pipeline/jieba ratio per thread count, the pipeline's 1→2 thread
# speed-up, the wall time of a one-document run, and the output floor: the time merely
# writing the facts rows takes (examples/output_floor.rs), as a share of jieba `cut`.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=${CARGO_TARGET_DIR:-target}
CORPUS=${CORPUS:-/tmp/zhfacts-bench/corpus}
MB=${MB:-64}
REPS=${REPS:-3}
BIN="$TARGET/release/zhfacts"
BASE="$TARGET/release/examples/jieba_baseline"

cargo build --release --quiet --bin zhfacts --example jieba_baseline --example output_floor
if [ ! -d "$CORPUS" ]; then
    python3 scripts/gen_corpus.py --out "$CORPUS" --mb "$MB"
fi
BYTES=$(find "$CORPUS" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
DOCS=$(find "$CORPUS" -name '*.txt' | wc -l)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
RESULTS="$TMP/results.txt"

echo "machine: nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $CORPUS, $DOCS documents, $BYTES bytes"
for rep in $(seq "$REPS"); do
    for t in 1 2; do
        line=$("$BASE" "$CORPUS" "$t")
        echo "rep $rep: $line"
        echo "jieba $t $(sed 's/.*mb_s=//' <<<"$line") 0" >>"$RESULTS"
        rm -rf "$TMP/out"
        /usr/bin/time -f '%e %M' -o "$TMP/time" "$BIN" "$CORPUS" --out "$TMP/out" -j "$t" -q
        read -r wall rss_kb <"$TMP/time"
        mbs=$(awk -v b="$BYTES" -v w="$wall" 'BEGIN {printf "%.1f", b / 1e6 / w}')
        echo "rep $rep: pipeline threads=$t secs=$wall mb_s=$mbs peak_rss_kb=$rss_kb"
        echo "pipeline $t $mbs $rss_kb" >>"$RESULTS"
        # The output floor: writing these facts rows alone, against jieba cut (once).
        if [ "$rep" = 1 ] && [ "$t" = 1 ]; then
            "$TARGET/release/examples/output_floor" "$CORPUS" "$TMP/out/facts.csv" | tee "$TMP/floor"
        fi
    done
done

# One document, cold process: dictionary load included.
ONE=corpus/zuoquan_2026q1.txt
for _ in 1 2 3 4 5; do
    rm -rf "$TMP/one"
    s=$(date +%s%N)
    "$BIN" "$ONE" --out "$TMP/one" -q
    e=$(date +%s%N)
    echo "onedoc 0 $(awk -v n=$((e - s)) 'BEGIN {printf "%.3f", n / 1e9}') 0" >>"$RESULTS"
done

python3 - "$RESULTS" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
def med(name, t, col=2):
    return statistics.median(float(r[col]) for r in rows if r[0] == name and r[1] == str(t))
print()
print("median of runs      jieba cut MB/s   pipeline MB/s   pipeline/jieba")
for t in (1, 2):
    j, p = med("jieba", t), med("pipeline", t)
    print(f"threads={t}           {j:14.1f}   {p:13.1f}   {p / j:14.2f}")
print(f"pipeline speed-up 1->2 threads: {med('pipeline', 2) / med('pipeline', 1):.2f}")
print(f"jieba speed-up 1->2 threads:    {med('jieba', 2) / med('jieba', 1):.2f}")
rss = max(float(r[3]) for r in rows if r[0] == "pipeline")
print(f"pipeline peak RSS (max over runs): {rss / 1024:.1f} MB")
floor = open(sys.argv[1].replace("results.txt", "floor")).read().split()
ratio = float(next(f for f in floor if f.startswith("write/jieba=")).split("=")[1])
print(f"writing the facts rows alone takes {ratio:.2f}x jieba cut's time (goal: whole pipeline <= {1 / 1.5:.2f}x)")
print(f"one-document run ({'corpus/zuoquan_2026q1.txt'}), median wall: {med('onedoc', 0):.3f} s")
EOF

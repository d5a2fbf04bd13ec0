#!/usr/bin/env bash
# Run a zhfacts binary over a review set and make its flat sheets, split per prefix.
#
#     scripts/review/mkset.sh BIN SETDIR TAG
#
# SETDIR holds docs/ (pages named <prefix>NN_<host>.txt). Writes SETDIR/out-TAG/ (the
# tables), SETDIR/jd-TAG.tsv (facts, possible misses, entities) and SETDIR/pjd-TAG.tsv
# (the place column), both flattened, and one copy of each per prefix letter
# (jd-TAG-a.tsv ...) to hand to the judges.
set -euo pipefail
BIN=$1 SET=$2 TAG=$3
cd "$(dirname "$0")/../.."
"$BIN" "$SET/docs" --out "$SET/out-$TAG" -q --no-bom || true
python3 ../shared/eval/review.py sheet "$SET/docs" "$SET/out-$TAG" > "$SET/raw-jd-$TAG.tsv"
python3 scripts/review/flatten.py "$SET/raw-jd-$TAG.tsv" > "$SET/jd-$TAG.tsv"
python3 scripts/review/place_sheet.py sheet "$SET/out-$TAG" > "$SET/raw-pjd-$TAG.tsv"
python3 scripts/review/flatten.py "$SET/raw-pjd-$TAG.tsv" > "$SET/pjd-$TAG.tsv"
for p in $(ls "$SET/docs" | cut -c1 | sort -u); do
    for s in jd pjd; do
        awk -F'\t' -v p="$p" 'NR == 1 || substr($1, 1, 1) == p' "$SET/$s-$TAG.tsv" > "$SET/$s-$TAG-$p.tsv"
    done
done
wc -l "$SET/jd-$TAG.tsv" "$SET/pjd-$TAG.tsv"

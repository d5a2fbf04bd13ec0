#!/usr/bin/env python3
"""A review sheet for the `place` column of facts.csv, and its score.

    python3 scripts/review/place_sheet.py sheet OUT > places.tsv   # OUT = a zhfacts --out folder
    python3 scripts/review/place_sheet.py score places.tsv

One line per fact row: the figure, its subject and context, the place and code zhfacts
gave, and the release's own place (documents.csv). Fill `verdict`: ok (the division the
figure describes, or empty where no division applies), wrong (another division), missing
(empty although the text makes one clear); optionally `right_place`. The score is the
share of ok rows, overall and per document.
"""
import csv
import sys
from collections import defaultdict

COLUMNS = ["doc", "line", "kind", "text", "subject", "place", "place_code", "doc_place",
           "context", "verdict", "right_place", "note"]


def load(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def sheet(out):
    own = {}
    try:
        for d in load(f"{out}/documents.csv"):
            own[d["doc"]] = d.get("place", "")
    except FileNotFoundError:
        pass
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(COLUMNS)
    for r in load(f"{out}/facts.csv"):
        w.writerow([r["doc"], r["sentence"], "place", r["text"], r["subject"], r.get("place", ""),
                    r.get("place_code", ""), own.get(r["doc"], ""), r["context"][:200], "", "", ""])


def score(path):
    per = defaultdict(lambda: defaultdict(int))
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            v = (r.get("verdict") or "").strip()
            if v:
                per[r["doc"]]["rows"] += 1
                per[r["doc"]][v] += 1
    total = defaultdict(int)
    for doc in sorted(per):
        d = per[doc]
        print(f"{doc:34} rows {d['rows']:4}  ok {d['ok'] / d['rows']:6.1%}  wrong {d['wrong']:3}  missing {d['missing']:3}")
        for k, v in d.items():
            total[k] += v
    n = total["rows"] or 1
    print(f"{'TOTAL':34} rows {total['rows']:4}  ok {total['ok'] / n:6.1%}  wrong {total['wrong']:3}  missing {total['missing']:3}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "sheet":
        sheet(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "score":
        score(sys.argv[2])
    else:
        sys.exit(__doc__)

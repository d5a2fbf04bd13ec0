#!/usr/bin/env python3
"""Entity precision and recall by type from a judged fact sheet.

    python3 scripts/review/bytype.py judged.tsv

Entity lines carry their type in the `unit` column; `entity-miss` lines name the type
in `unit` too (LOC, ORG, PER, PROJ) when the judge gave it.
"""
import csv
import sys
from collections import defaultdict

rows = defaultdict(int)
ok = defaultdict(int)
miss = defaultdict(int)
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        t = (r.get("unit") or "?").strip() or "?"
        v = (r.get("verdict") or "").strip()
        if r["kind"] == "entity" and v:
            rows[t] += 1
            ok[t] += v == "ok"
        elif r["kind"] == "entity-miss":
            miss[t] += 1
for t in sorted(set(rows) | set(miss)):
    p = ok[t] / rows[t] if rows[t] else 0
    r = ok[t] / (ok[t] + miss[t]) if ok[t] + miss[t] else 0
    print(f"{t:5} rows {rows[t]:4}  precision {p:6.1%}  missed {miss[t]:3}  recall {r:6.1%}")

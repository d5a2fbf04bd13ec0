#!/usr/bin/env python3
"""Compare two judges' copies of one review sheet and settle where they disagree.

    python3 scripts/review/settle.py list FIRST.tsv SECOND.tsv            # disagreements
    python3 scripts/review/settle.py merge FIRST.tsv SECOND.tsv OUT.tsv [N,N,...] [--misses]

Both copies must come from the same blank sheet (same rows in the same order; `entity-miss`
lines the judges added come after or between them and are matched by document, name and
type). `list` prints one numbered line per row where the verdicts differ, with both notes,
so the settler can read the page and decide. `merge` writes FIRST with the SECOND judge's
verdict (and note, right_place) on the listed row numbers; with --misses it also adds the
second judge's `entity-miss` lines the first judge did not add (same document and name).
Works for fact sheets (review.py) and place sheets (place_sheet.py).
"""
import sys

from carry import read  # the same TSV reading, quoting off

JUDGED = ("verdict", "note", "right_place")


def judged_rows(rows):
    return [r for r in rows if r.get("kind") != "entity-miss"]


def pairs(first, second):
    a, b = judged_rows(first), judged_rows(second)
    if len(a) != len(b):
        sys.exit(f"the sheets differ in rows: {len(a)} vs {len(b)}")
    for n, (x, y) in enumerate(zip(a, b), 1):
        if (x["doc"], x["text"]) != (y["doc"], y["text"]):
            sys.exit(f"row {n} differs: {x['doc']} {x['text']} vs {y['doc']} {y['text']}")
        yield n, x, y


def disagreements(first, second):
    for n, x, y in pairs(first, second):
        if x["verdict"].strip() != y["verdict"].strip():
            yield n, x, y


def show(first_path, second_path):
    _, first = read(first_path)
    _, second = read(second_path)
    count = 0
    for n, x, y in disagreements(first, second):
        count += 1
        what = x.get("subject", "") or x.get("unit", "")
        print(f"{n}\t{x['doc']}\t{x['kind']}\t{x['text']}\t{x.get('value', x.get('place', ''))}"
              f"\t{what}\t1:{x['verdict']} {x['note']} {x.get('right_place', '')}"
              f"\t2:{y['verdict']} {y['note']} {y.get('right_place', '')}")
    print(f"# {count} disagreements", file=sys.stderr)


def merge(first_path, second_path, out_path, picks="", misses=False):
    fields, first = read(first_path)
    _, second = read(second_path)
    chosen = {int(p) for p in picks.split(",") if p.strip()}
    for n, x, y in pairs(first, second):
        if n in chosen:
            for c in JUDGED:
                if c in fields:
                    x[c] = y.get(c, "")
    out = list(first)
    if misses:
        have = {(r["doc"], r["text"]) for r in first if r.get("kind") == "entity-miss"}
        out += [r for r in second
                if r.get("kind") == "entity-miss" and (r["doc"], r["text"]) not in have]
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        for r in [dict(zip(fields, fields))] + out:
            f.write("\t".join(r.get(c, "") for c in fields) + "\n")
    print(f"{len(chosen)} rows from the second judge; {len(out)} rows written")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--misses"]
    if len(args) == 3 and args[0] == "list":
        show(args[1], args[2])
    elif len(args) in (4, 5) and args[0] == "merge":
        merge(*args[1:], misses="--misses" in sys.argv)
    else:
        sys.exit(__doc__)

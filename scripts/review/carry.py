#!/usr/bin/env python3
"""Carry verdicts from a judged review sheet to a fresh one of a newer build.

    python3 scripts/review/carry.py OLD_JUDGED.tsv NEW_BLANK.tsv OUT.tsv

Works for fact sheets (../shared/eval/review.py sheet) and place sheets
(scripts/review/place_sheet.py). A row of the new sheet takes the verdict of an old row
with the same key (document, kind and every column the build writes); rows with no
such old row keep an empty verdict and get `CHANGED` in the note, so that only they
need judging. Old `entity-miss` lines are kept while the name still has no entity row.
Prints how many rows were carried and how many need a verdict.
"""
import csv
import sys
from collections import defaultdict

JUDGED = {"verdict", "note", "entity_verdict", "right_place"}


def read(path):
    """Rows of a TSV sheet, read with quoting off: a cell opening with a quote (a figure
    quoted in the page) must not swallow the rows after it; short rows are padded."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    fields = lines[0]
    rows = [dict(zip(fields, line + [""] * (len(fields) - len(line)))) for line in lines[1:]]
    return fields, rows


def plain(cell):
    """A cell with its quote marks made one kind, so a sheet written with CSV quoting and
    one written without it give the same key."""
    return cell.replace('"', "”").replace("“", "”")


def key(row, fields):
    return tuple(plain(row.get(c, "")) for c in fields if c not in JUDGED)


def main(old_path, new_path, out_path):
    _, old = read(old_path)
    fields, new = read(new_path)
    pool = defaultdict(list)
    for r in old:
        if r["kind"] != "entity-miss":
            pool[key(r, fields)].append(r)
    carried = changed = 0
    out = []
    names = defaultdict(set)
    for r in new:
        if r["kind"] == "entity":
            names[r["doc"]].add(r["text"])
        same = pool.get(key(r, fields))
        if same:
            o = same.pop(0)
            for c in fields:
                if c in JUDGED:
                    r[c] = o.get(c, "")
            carried += 1
        else:
            r["note"] = ("CHANGED " + (r.get("note") or "")).strip()
            changed += 1
        out.append(r)
    kept = 0
    for r in old:
        if r["kind"] == "entity-miss" and r["text"] not in names[r["doc"]]:
            out.append({c: r.get(c, "") for c in fields})
            kept += 1
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        for r in [dict(zip(fields, fields))] + out:
            f.write("\t".join(plain(r.get(c, "")) for c in fields) + "\n")
    print(f"carried {carried}, to judge {changed}, entity-miss kept {kept}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])

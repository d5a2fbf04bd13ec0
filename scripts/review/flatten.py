#!/usr/bin/env python3
"""One line per row for a review sheet made by ../shared/eval/review.py or place_sheet.py.

    python3 scripts/review/flatten.py SHEET.tsv > FLAT.tsv

Those sheets quote cells CSV-style, and a context cell holding a line break spans two
lines; judges and carry.py read sheets with quoting off (a figure quoted in the page opens
a cell with a quote). Here every cell loses its line breaks and tabs (as spaces) and its
quote marks become ” so that both ways of reading give the same rows.
"""
import csv
import sys


def main(path):
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t"):
            cells = (c.replace("\r", " ").replace("\n", " ").replace("\t", " ") for c in row)
            print("\t".join(c.replace('"', "”").replace("“", "”") for c in cells))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

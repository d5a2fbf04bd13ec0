#!/usr/bin/env python3
"""Builds a large benchmark corpus from the sample releases in corpus/.

Each generated document is a sample release with its body paragraphs and the
sentences inside them shuffled, sometimes a few paragraphs of another release
appended, and every Arabic figure re-rendered with a value of similar size (years
stay plausible years). A seeded RNG makes the output the same for the same
arguments. Python 3 standard library only.

    python3 scripts/gen_corpus.py --out /tmp/zhfacts-bench/corpus --mb 64
"""

import argparse
import random
import re
from pathlib import Path

SENTENCE = re.compile(r"[^。！？]*[。！？][”’」』）)]*|[^。！？]+$")
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def rerender(rng, text):
    """Replaces each Arabic figure with a random one of the same shape."""

    def repl(m):
        s = m.group(0)
        after = text[m.end() : m.end() + 1]
        if len(s) == 4 and s[:2] in ("19", "20") and after == "年":
            return str(rng.randint(2019, 2027))
        if after in ("月", "日") or text[m.start() - 1 : m.start()] == "第":
            return s
        if "." in s:
            whole, frac = s.split(".")
            w = rng.randint(0 if len(whole) == 1 else 10 ** (len(whole) - 1), 10 ** len(whole) - 1)
            f = "".join(str(rng.randint(0, 9)) for _ in frac)
            return f"{w}.{f}"
        lo = 1 if len(s) == 1 else 10 ** (len(s) - 1)
        return str(rng.randint(lo, 10 ** len(s) - 1))

    return NUMBER.sub(repl, text)


def shuffle_sentences(rng, para):
    parts = [p for p in SENTENCE.findall(para) if p]
    if len(parts) > 2:
        rng.shuffle(parts)
    return "".join(parts)


def make_doc(rng, docs):
    lines = [l for l in rng.choice(docs).splitlines() if l.strip()]
    head, body = lines[:2], lines[2:]
    if rng.random() < 0.5:
        other = [l for l in rng.choice(docs).splitlines() if l.strip()][2:]
        body += rng.sample(other, k=min(len(other), rng.randint(1, 3)))
    rng.shuffle(body)
    body = [shuffle_sentences(rng, p) for p in body]
    return rerender(rng, "\n".join(head + [""] + body) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(Path(__file__).resolve().parent.parent / "corpus"))
    ap.add_argument("--out", required=True)
    ap.add_argument("--mb", type=float, default=64.0, help="total size in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args()
    docs = [p.read_text(encoding="utf-8") for p in sorted(Path(args.src).glob("*.txt"))]
    if not docs:
        raise SystemExit(f"no .txt documents in {args.src}")
    rng = random.Random(args.seed)
    out = Path(args.out)
    total, n, target = 0, 0, int(args.mb * 1e6)
    while total < target:
        d = out / f"{n // 1000:03d}"
        if n % 1000 == 0:
            d.mkdir(parents=True, exist_ok=True)
        data = make_doc(rng, docs).encode("utf-8")
        (d / f"doc{n:06d}.txt").write_bytes(data)
        total += len(data)
        n += 1
    print(f"{n} documents, {total / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()

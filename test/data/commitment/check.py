#!/usr/bin/env python3
"""Check labels.tsv against sentences.txt: same order, byte-identical sentences, labels O/S/A."""
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sents = (here / "sentences.txt").read_bytes().split(b"\n")
rows = (here / "labels.tsv").read_bytes().split(b"\n")
if sents and sents[-1] == b"":
    sents.pop()
if rows and rows[-1] == b"":
    rows.pop()
errors = []
if len(rows) != len(sents):
    errors.append(f"{len(rows)} label lines for {len(sents)} sentences")
for i, (row, sent) in enumerate(zip(rows, sents), 1):
    label, tab, text = row.partition(b"\t")
    if label not in (b"O", b"S", b"A") or not tab:
        errors.append(f"line {i}: bad label {label!r}")
    if text != sent:
        errors.append(f"line {i}: sentence differs from sentences.txt")
for e in errors:
    print(e, file=sys.stderr)
counts = {}
for row in rows:
    counts[row[:1].decode()] = counts.get(row[:1].decode(), 0) + 1
print(len(rows), "lines", dict(sorted(counts.items())), "OK" if not errors else "FAILED")
sys.exit(1 if errors else 0)

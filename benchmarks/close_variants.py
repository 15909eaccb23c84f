"""Is a held-out confirmshaming file really new? Lists every line of it that repeats, or is a
close variant of, a line of the files gathered before it, and every repeat within it.

    python benchmarks/close_variants.py benchmarks/data/confirmshaming_heldout16.tsv

Lines are compared normalised (NFKC, lower case, punctuation and symbols dropped, spaces
collapsed); a close variant is a line whose similarity (difflib ratio) to an earlier line is 0.9
or more. The earlier files are the ones the grammar was developed on or measured with before
(EARLIER below). Exit status 1 when anything is listed, so a held-out file can be checked again.
"""
from __future__ import annotations

import difflib
import re
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
EARLIER = ("confirmshaming_spacy.tsv", "confirmshaming_quoted.tsv",
           "confirmshaming_gathered.tsv", "confirmshaming_heldout.tsv",
           "confirmshaming_heldout2.tsv", "confirmshaming_heldout3.tsv",
           "confirmshaming_heldout4.tsv", "confirmshaming_heldout5.tsv",
           "confirmshaming_heldout6.tsv", "confirmshaming_heldout7.tsv",
           "confirmshaming_heldout8.tsv", "confirmshaming_heldout9.tsv",
           "confirmshaming_heldout10.tsv", "confirmshaming_heldout11.tsv",
           "confirmshaming_heldout12.tsv", "confirmshaming_heldout13.tsv",
           "confirmshaming_heldout14.tsv", "confirmshaming_heldout15.tsv",
           "confirmshaming_heldout16.tsv", "confirmshaming_heldout17.tsv",
           "confirmshaming_heldout18.tsv")
CLOSE = 0.9


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(" " if unicodedata.category(c)[0] in "PS" else c for c in text)
    return re.sub(r"\s+", " ", text).strip()


def texts(path: Path):
    """(line number, text) of every data line: the text is the last column."""
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line and not line.startswith("#"):
            yield i, line.split("\t")[-1]


def findings(path: Path, earlier=EARLIER):
    before = {}
    for name in earlier:
        if (DATA / name).resolve() != path.resolve():
            for _, t in texts(DATA / name):
                before.setdefault(norm(t), f"{name}: {t}")
    seen = {}
    for i, t in texts(path):
        n = norm(t)
        if n in seen:
            yield i, t, 1.0, f"line {seen[n]} of this file"
            continue
        seen[n] = i
        ratio, other = max(((difflib.SequenceMatcher(None, n, o).ratio(), o) for o in before),
                           default=(0.0, ""))
        if ratio >= CLOSE:
            yield i, t, round(ratio, 3), before[other]


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_file():
        print("usage: close_variants.py FILE.tsv (a held-out file to check)", file=sys.stderr)
        return 2
    found = list(findings(Path(args[0])))
    for i, t, ratio, other in found:
        print(f"line {i}: {t!r} ~ {other!r} ({ratio})")
    print(f"{len(found)} repeat(s) or close variant(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

"""Build detectors/lexicons/valence_en.tsv: English words and how pleasant or unpleasant a
person finds them (valence, -4 … +4), from the VADER sentiment lexicon (Hutto & Gilbert 2014,
rated by ten people each), as shipped in the pinned vaderSentiment wheel on PyPI (MIT).

The confirmshaming grammar uses it for the COMPLEMENT of a first-person stance: what a decline
refuses is a gain when its valence is high ("No, I don't want to stay alive"), what it
prefers is a loss when its valence is low ("No thanks, I prefer to be miserable"). The stance
words themselves (want, like, prefer, …) come from the grammar, not from here.

    python tools/build_valence.py            # fetch (cached, sha256 checked), write the file
    python tools/build_valence.py --out F    # write elsewhere (the byte-for-byte test)
    python tools/build_valence.py --offline  # use only the cache
"""
from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from build_lexicons import BuildError, fetch  # noqa: E402

SOURCE = {"name": "vaderSentiment", "registry": "pypi", "version": "3.3.2", "kind": "vader",
          "file": "vaderSentiment-3.3.2-py2.py3-none-any.whl", "licence": "MIT",
          "sha256": "3bf1d243b98b1afad575b9f22bc2cb1e212b94ff89ca74f8a23a588d024ea311"}
MEMBER = "vaderSentiment/vader_lexicon.txt"
OUT = ROOT / "detectors" / "lexicons" / "valence_en.tsv"
MIN_ABS = 0.8            # weaker ratings are near neutral: left out
WORD = re.compile(r"^[a-z]+(-[a-z]+)?$")   # words only: the lexicon also rates emoticons


def build(offline: bool) -> str:
    path = fetch(SOURCE, offline)
    with zipfile.ZipFile(path) as z:
        text = z.read(MEMBER).decode("utf-8")
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        word, value = parts[0].strip().lower(), float(parts[1])
        if WORD.match(word) and abs(value) >= MIN_ABS:
            rows.append((word, value))
    rows = sorted(set(rows))
    head = (f"# English valence (-4 unpleasant … +4 pleasant), |valence| >= {MIN_ABS}, words only.\n"
            f"# Built by tools/build_valence.py from {SOURCE['name']} {SOURCE['version']} "
            f"({SOURCE['file']}, sha256 {SOURCE['sha256']}), {MEMBER}; licence {SOURCE['licence']}.\n"
            f"# VADER: C.J. Hutto and E. Gilbert, ICWSM 2014. Do not edit by hand: rebuild.\n")
    return head + "".join(f"{w}\t{v:g}\n" for w, v in rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--offline", action="store_true")
    args = ap.parse_args(argv)
    try:
        data = build(args.offline)
    except BuildError as exc:
        print(f"build_valence: {exc}", file=sys.stderr)
        return 2
    args.out.write_text(data, encoding="utf-8")
    print(f"{args.out}: {data.count(chr(10)) - 3} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

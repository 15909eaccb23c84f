"""Build words/common_words.tsv: the short whole-label words of the lexicons that are a
COMMON word of some lexicon language, with those languages.

A whole label is one word of one language ("Da": Romanian yes), but a short word is often a
common word of another language too (Italian "da" from, German "da" there; Danish "tak"
thanks beside Polish "tak" yes; German "nie" never beside Polish "nie" no). With no screen
language known, such a word says nothing by itself (detectors/lexicon.py reads this table).

Candidates: every `exact` entry of detectors/lexicons/*.yaml and every term of the built word
lists (cancelcheck.words concepts) of at most words.SHORT letters. A word is common in a
language when its frequency is at least MIN_ZIPF on the Zipf scale (log10 of occurrences per
billion words: 4 = ten per million) in that language's list of wordfreq (Robyn Speer et al.,
PyPI `wordfreq` 3.1.1; code Apache-2.0, word lists CC BY-SA 4.0), read with
get_frequency_dict (no tokenizer needed). Thai and Estonian have no wordfreq list: no Thai or
Estonian column. Croatian
is read from wordfreq's one list for Bosnian, Croatian and Serbian (code "sh", Serbian Cyrillic
transliterated to Latin): wordfreq keeps no separate Croatian list (WORDFREQ_CODE).

    .venv/bin/python tools/build_common_words.py       # write the table
    .venv/bin/python tools/build_common_words.py --out F
"""
from __future__ import annotations

import argparse
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "words" / "common_words.tsv"
VERSION = "3.1.1"
MIN_ZIPF = 4.0
# A lexicon language whose wordfreq list has another code: wordfreq 3.1.1 lists Bosnian,
# Croatian and Serbian as one language, "sh" (its README: they share most of their vocabulary
# and grammar); both Chinese scripts are its one "zh" list.
WORDFREQ_CODE = {"zh-Hans": "zh", "zh-Hant": "zh", "hr": "sh"}


def candidates() -> dict[str, set[str]]:
    """Short whole-label words of every lexicon, with the languages they are entries of."""
    from cancelcheck import words
    from cancelcheck.detectors import lexicon
    out: dict[str, set[str]] = {}
    for family in lexicon.families():
        for kind in lexicon.load(family)._compile(None):
            for b, own in kind.langs_of.items():
                if " " not in b and sum(ch.isalnum() for ch in b) <= words.SHORT:
                    out.setdefault(b, set()).update(own)
    return out


def _wordfreq():
    """The pinned wordfreq, a build-only dependency: installed with pip into the lexicon
    cache (tools/build_lexicons.py CACHE) the first time, never into the environment."""
    sys.path.insert(0, str(ROOT / "tools"))
    from build_lexicons import CACHE
    target = CACHE / f"wordfreq-{VERSION}"
    if not (target / "wordfreq").is_dir():
        proc = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--target",
                               str(target), f"wordfreq=={VERSION}"], capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"build_common_words: pip could not install wordfreq=={VERSION}: "
                             f"{(proc.stderr.strip().splitlines() or ['?'])[-1]}")
    sys.path.insert(0, str(target))
    import wordfreq
    got = getattr(wordfreq, "__version__", None) or _dist_version(target)
    if got != VERSION:
        raise SystemExit(f"build_common_words: wordfreq {got} in {target}, pinned {VERSION}")
    return wordfreq


def _dist_version(target: Path) -> str | None:
    info = next(target.glob("wordfreq-*.dist-info"), None)
    return info.name[len("wordfreq-"):-len(".dist-info")] if info else None


def build() -> str:
    wordfreq = _wordfreq()
    from cancelcheck.words import LANGUAGES
    have = wordfreq.available_languages()
    lists = {}
    for lang in LANGUAGES:
        code = WORDFREQ_CODE.get(lang, lang)
        if code in have:
            lists[lang] = wordfreq.get_frequency_dict(code)
    rows = []
    for word in sorted(candidates()):
        common = [lang for lang, freq in lists.items()
                  if freq.get(word, 0) and math.log10(freq[word]) + 9 >= MIN_ZIPF]
        if common:
            rows.append(f"{word}\t{' '.join(common)}\n")
    head = (f"# Short whole-label words of the lexicons that are a common word (Zipf >= {MIN_ZIPF}) "
            f"of these lexicon languages.\n"
            f"# Built by tools/build_common_words.py from wordfreq {VERSION} (PyPI; code Apache-2.0, "
            f"word lists CC BY-SA 4.0, Robyn Speer et al.). Do not edit by hand: rebuild.\n")
    return head + "".join(rows)


def write(build, out: Path, doc: str, unit: str, argv=None) -> int:
    """The command line of a table built from wordfreq: write `build()` to --out (default
    `out`), a two-line header and one row a `unit`."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--out", type=Path, default=out)
    args = ap.parse_args(argv)
    data = build()
    args.out.write_text(data, encoding="utf-8")
    print(f"{args.out}: {data.count(chr(10)) - 2} {unit}", file=sys.stderr)
    return 0


def main(argv=None) -> int:
    return write(build, OUT, __doc__, "words", argv)


if __name__ == "__main__":
    sys.exit(main())

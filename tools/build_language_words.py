"""Build words/language_words.tsv: the commonest words of each Latin-script lexicon language,
with their frequency, for the language guess (words/language.py detect()).

A short label in a Latin-script language holds few of the hand-written function words and
often none; accent marks are shared by many languages (é is French, Spanish, Portuguese,
Italian, Czech, Hungarian, Vietnamese). Word frequencies tell them apart: "perdiendo" and
"dinero" are common Spanish words and no common word of French. For each Latin-script language
of cancelcheck.words.LANGUAGES, the TOP most frequent words of wordfreq's list for it (Robyn
Speer et al., PyPI `wordfreq` 3.1.1, the pin and install of tools/build_common_words.py; code
Apache-2.0, word lists CC BY-SA 4.0), each with its Zipf frequency (log10 of occurrences per
billion words) to one decimal, read with get_frequency_dict. Words of letters only. Croatian is
wordfreq's "sh" list (Bosnian, Croatian and Serbian as one; build_common_words.WORDFREQ_CODE).
Estonian has no wordfreq list (wordfreq 3.1.1 available_languages() has no "et"): no rows, and
words/language.py tells Estonian by its own hand-written marks instead.

    .venv/bin/python tools/build_language_words.py       # write the table
    .venv/bin/python tools/build_language_words.py --out F
"""
from __future__ import annotations

import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from build_common_words import VERSION, WORDFREQ_CODE, _wordfreq, write  # noqa: E402  (one pin, one install)

OUT = ROOT / "words" / "language_words.tsv"
TOP = 5000
_LETTERS = re.compile(r"^[^\W\d_]+$")


def build() -> str:
    wordfreq = _wordfreq()
    from cancelcheck.words.language import LANGUAGES, script
    have = wordfreq.available_languages()
    rows = []
    for lang in LANGUAGES:
        if script(lang) != "latin" or WORDFREQ_CODE.get(lang, lang) not in have:
            continue
        freq = wordfreq.get_frequency_dict(WORDFREQ_CODE.get(lang, lang))
        top = sorted(((w, f) for w, f in freq.items() if _LETTERS.match(w)),
                     key=lambda wf: (-wf[1], wf[0]))[:TOP]
        buckets: dict[str, list[str]] = {}
        for word, f in top:
            buckets.setdefault(f"{math.log10(f) + 9:.1f}", []).append(word)
        for zipf in sorted(buckets, key=float, reverse=True):
            rows.append(f"{lang}\t{zipf}\t{' '.join(sorted(buckets[zipf]))}\n")
    head = (f"# The {TOP} commonest words of each Latin-script lexicon language, by Zipf frequency "
            f"(language, Zipf, words).\n"
            f"# Built by tools/build_language_words.py from wordfreq {VERSION} (PyPI; code "
            f"Apache-2.0, word lists CC BY-SA 4.0, Robyn Speer et al.). Do not edit by hand: "
            f"rebuild.\n")
    return head + "".join(rows)


def main(argv=None) -> int:
    return write(build, OUT, __doc__, "rows", argv)


if __name__ == "__main__":
    sys.exit(main())

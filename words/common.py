"""Where a short word is a common word: the lexicon languages that use a short whole label of
some lexicon (bare form) as an everyday word of their own, from words/common_words.tsv
(built by tools/build_common_words.py from wordfreq's frequency lists).

    common_in("da")  -> frozenset({"de", "it", "ro", …})   Italian "from", German "there"
    common_in("evet") -> frozenset({"tr"})
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .concepts import WordsError

TABLE = Path(__file__).resolve().parent / "common_words.tsv"


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    out = {}
    try:
        lines = TABLE.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    for n, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        word, tab, langs = line.partition("\t")
        if not tab or not langs.split():
            raise WordsError(f"{TABLE}:{n}: not 'word<TAB>languages'")
        out[word] = frozenset(langs.split())
    return out


def common_in(word: str) -> frozenset[str]:
    """The lexicon languages in which `word` (a bare() label) is a common word; empty when
    it is no short whole label of a lexicon, or common nowhere."""
    return _table().get(word, frozenset())

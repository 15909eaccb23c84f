"""Where a short word is a common word: the lexicon languages that use a short whole label of
some lexicon (bare form) as an everyday word of their own, from words/common_words.tsv
(built by tools/build_common_words.py from wordfreq's frequency lists).

    common_in("da")  -> frozenset({"de", "it", "ro", …})   Italian "from", German "there"
    common_in("evet") -> frozenset({"tr"})
    false_friend("da", {"ro"}) -> True      Romanian "yes", an everyday word of de, it, …
    false_friend("no", {"en", "es", "it"}) -> False

The one rule of false friends, for the detectors' lexicons (detectors/lexicon.py) and the
explorer's cues (flows/cues.py) alike.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .concepts import WordsError
from .language import langs

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


def false_friend(word: str, own: Iterable[str]) -> bool:
    """A short whole label (`word`, bare()) that a word list reads in the languages `own` is a
    false friend when it is a common word of another lexicon language that reads it in none
    of those languages, nor in English (langs() adds it): "Da" (Romanian yes) is Italian
    "from", "Tak" (Polish yes) Danish "thanks", "Nie" (Polish no) German "never". With no
    language known it says nothing; it counts once the screen's language is one of `own`."""
    own = set(own)
    return any(not own & set(langs(z)) for z in common_in(word) - own)

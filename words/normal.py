"""The one normaliser: the form every word list and every label is compared in.

    normalize("  Ｙｅｓ,  I’m\u00a0sure ")  -> "Yes, I'm sure"     (NFKC, straight quotes, one space)
    fold("Schließen")                      -> "schliessen"        (normalize + casefold)
    bare("« Continuer » …")                -> "continuer"         (fold, no punctuation at the ends)
    without_addresses("Mail help@x.com")   -> "Mail  "            (e-mail and web addresses are no words)
    pattern("ความสำเร็จ|…")                  -> the regex in the form normalize() gives texts
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                         "\u00a0": " ", "\u202f": " ", "\u2013": "-", "\u2014": "-",
                         "\u200b": "", "\u200e": "", "\u200f": "", "\ufeff": ""})
_SPACE = re.compile(r"\s+")
_TURKISH_I = str.maketrans({"\u0130": "i", "\u0131": "i"})      # İ, ı (see fold)
# An e-mail address and a web address: names, not words of the text ("destek@ornek.com" holds no
# Portuguese "com"; "deletion@example.com" does not say that deletion goes there). The e-mail
# form stops at what cannot be in an address, so a word glued before it ("E-mail:a@b.c") stays.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.I)


@lru_cache(maxsize=16384)
def normalize(text: str | None) -> str:
    """NFKC (full-width to ASCII, "…" to "..."), curly quotes and dashes made straight,
    zero-width marks dropped, whitespace collapsed to one space, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text or "").translate(_QUOTES)).strip()


@lru_cache(maxsize=16384)
def fold(text: str | None) -> str:
    """normalize() and casefold(): the form `contains` and exact comparisons use. Turkish
    dotted capital İ and dotless ı fold to i, as the regexes' IGNORECASE already matches
    them: casefold() alone makes "SİL" "si̇l" (i + a combining dot) and keeps "hesabı" apart
    from "HESABI", so a label in capitals missed its words."""
    return normalize(text).translate(_TURKISH_I).casefold()


@lru_cache(maxsize=16384)
def bare(text: str | None) -> str:
    """fold() without punctuation or symbols at either end: the form whole-label (exact)
    comparisons use, so "Continue ›", "«Continuer»" and "OK!" equal "continue", "continuer", "ok"."""
    t = fold(text)
    i, j = 0, len(t)
    while i < j and _edge(t[i]):
        i += 1
    while j > i and _edge(t[j - 1]):
        j -= 1
    return t[i:j]


def _edge(ch: str) -> bool:
    """Punctuation, symbols, spaces, controls (not letters, combining marks or digits)."""
    return ch == "_" or unicodedata.category(ch)[0] in "PSZC"


# letters with no decomposition that a keyboard without them is typed with ("ı" -> "i")
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                                "ħ": "h"})


def unaccented(text: str) -> str:
    """A word or a pattern as it reads typed without accent marks ("é" -> "e", "ş" -> "s",
    "ı" -> "i"): a Latin letter becomes the plain ASCII letter it is written on, one for one
    (a pattern's lookbehinds stay fixed-width); letters of other scripts (й, ά, 한) and
    letters with no plain form ("ß", "æ") are unchanged."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch)
                       if not unicodedata.combining(c)).translate(_PLAIN_LETTERS)
        out.append(base if len(base) == 1 and base.isascii() else ch)
    return "".join(out)


def without_addresses(text: str) -> str:
    """The text with every e-mail and web address replaced by a space."""
    return WEB_ADDRESS.sub(" ", EMAIL.sub(" ", text))


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_META = frozenset("\\.^$*+?{}[]|()-#&~")


def pattern(source: str) -> str:
    """A regular expression written by hand, in the form normalize() gives the texts it is
    searched in: NFKC applied to each run of non-ASCII characters, where a regex's syntax never
    is. Without it a pattern can hold what no normalized text holds — Thai "ำ" (NFKC splits it
    in two), "…" (three dots), a full-width letter. Characters NFKC turns into regex syntax
    ("（" into "(", "…" into "...") are escaped: they stand for themselves."""
    def norm(m: re.Match) -> str:
        out = unicodedata.normalize("NFKC", m.group(0))
        return "".join("\\" + c if c in _META else c for c in out)
    return _NON_ASCII.sub(norm, source)

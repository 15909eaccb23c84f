"""The built word lists: for each concept ("cancel", "delete_account", …) and language, the
UI strings that say it, each with where it came from. Read from words/lexicon/<lang>.json,
which `make lexicons` (tools/build_lexicons.py) writes from pinned translation catalogs.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .language import LANGUAGES
from .normal import bare, normalize

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"


class WordsError(ValueError):
    """A word-list file that cannot be read, or an unknown concept: names which."""


@dataclass(frozen=True)
class Term:
    concept: str
    lang: str
    text: str                 # normalize()d
    source: str               # "catalog" (mined), "seed" (the English msgid), "hand"
    origin: tuple = ()        # catalog: ({"package", "version", "file", "msgid"}, …); hand: (reason,)


@lru_cache(maxsize=None)
def _load(lang: str) -> dict[str, tuple[Term, ...]]:
    path = LEXICON_DIR / f"{lang}.json"
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise WordsError(f"{path}:{exc.lineno}: {exc.msg}") from None
    out: dict[str, tuple[Term, ...]] = {}
    for concept, entries in (data.get("concepts") or {}).items():
        terms = []
        for e in entries:
            src = e.get("source", "")
            origin = tuple(e.get("from", ())) if src == "catalog" else (
                (e.get("reason", ""),) if src == "hand" else ())
            terms.append(Term(concept, lang, normalize(e["text"]), src, origin))
        out[concept] = tuple(terms)
    return out


@lru_cache(maxsize=1)
def concepts() -> tuple[str, ...]:
    """Every concept name in the built lists."""
    return tuple(sorted({c for lang in LANGUAGES for c in _load(lang)}))


def _languages(languages: Iterable[str] | None) -> tuple[str, ...]:
    if languages is None:
        return LANGUAGES
    if isinstance(languages, str):
        return (languages,)
    return tuple(languages)


def terms(concept: str, languages: Iterable[str] | None = None) -> tuple[Term, ...]:
    """The terms of `concept` in `languages` (None: every language), language order."""
    if concept not in concepts():
        raise WordsError(f"unknown concept {concept!r} (see words/lexicon/en.json)")
    return tuple(t for lang in _languages(languages) for t in _load(lang).get(concept, ()))


@lru_cache(maxsize=4096)
def _texts(concept: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for t in terms(concept, languages):
        seen.setdefault(t.text, None)
    return tuple(seen)


def texts(concept: str, languages: Iterable[str] | None = None) -> tuple[str, ...]:
    """The distinct texts of `concept` (normalize()d), language order."""
    return _texts(concept, _languages(languages))


@lru_cache(maxsize=4096)
def _bare_index(languages: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for c in concepts():
        for t in texts(c, languages):
            index.setdefault(bare(t), [])
            if c not in index[bare(t)]:
                index[bare(t)].append(c)
    return {k: tuple(v) for k, v in index.items() if k}


def lookup(label: str, languages: Iterable[str] | None = None) -> tuple[str, ...]:
    """The concepts whose term IS the whole label (compared with bare()), sorted by name."""
    return tuple(sorted(_bare_index(_languages(languages)).get(bare(label), ())))


def is_word_char(ch: str) -> bool:
    """Latin, Greek, Cyrillic, Hebrew, Arabic, Indic letters and digits get word boundaries;
    CJK, kana, Hangul and Thai (written without spaces between words) do not."""
    if not (ch.isalnum() or ch == "_"):
        return False
    o = ord(ch)
    return o < 0x0E00 or 0x0E80 <= o < 0x2E80


def _bounded(phrase: str) -> tuple[str, str, str]:
    """A normalize()d phrase as regex sources: the word boundary before it (where its script
    has them, else ""), its body (spaces match any run of spaces), the boundary after it."""
    p = normalize(phrase)
    body = re.escape(p).replace(r"\ ", r"\s+")
    start = r"(?<!\w)" if p and is_word_char(p[0]) else ""
    end = r"(?!\w)" if p and is_word_char(p[-1]) else ""
    return start, body, end


def phrase_regex(phrase: str) -> str:
    """A regex source finding `phrase` (normalize()d) anywhere in a normalize()d text:
    spaces match any run of spaces, word boundaries where the script has them."""
    return "".join(_bounded(phrase))


# Languages that write a compound as one word (Benutzerkonto, gebruikersaccount, användarkonto):
# there a word of the lexicon may be the first or the last part of a longer word.
COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb"})
SHORT = 5        # a word this short hides inside others (conta/contact, ok/book, sil/silence)


def contains_regex(phrase: str, lang: str | None = None) -> str:
    """Where a `contains` cue (normalize()d) may stand in a label, by one principle:
    in scripts written without spaces (CJK, kana, Hangul, Thai) anywhere; elsewhere it begins
    a word, and it runs on into the word only if it is longer than SHORT letters (an ending:
    deleted, cuentas, contacter), else it ends a word too (a whole word: "conta" is not in
    "Contact", "pagar" not in "apagar"). In a COMPOUNDING language it may instead be the first
    or the last part of a word, whatever its length (Kontoeinstellungen, Benutzerkonto)."""
    start, body, end = _bounded(phrase)
    if not start:
        return body
    if lang in COMPOUNDING:
        return f"{start}{body}|{body}{end}" if end else f"{start}{body}"
    if sum(ch.isalnum() for ch in normalize(phrase)) <= SHORT:
        return start + body + end
    return start + body


@lru_cache(maxsize=4096)
def _pattern(concept: str, languages: tuple[str, ...]) -> re.Pattern | None:
    parts = sorted({phrase_regex(bare(t) or t) for t in texts(concept, languages)},
                   key=lambda s: (-len(s), s))
    return re.compile("|".join(parts), re.I) if parts else None


def find(concept: str, text: str, languages: Iterable[str] | None = None) -> str | None:
    """The first term of `concept` found inside `text` (ends' punctuation ignored, longest
    terms first), as it appears in normalize(text); None if none is there."""
    rx = _pattern(concept, _languages(languages))
    m = rx.search(normalize(text)) if rx else None
    return m.group(0) if m else None

"""The explorer's cue words, read from flows/cues/*.yaml (one file per language; see the README
there). All languages are merged: a label in any of them matches. A phrase `@concept` (or
`=@concept`) brings in every term of that concept from the built word lists (cancelcheck.words,
every lexicon language) as a `contains` (or whole-label) phrase. Labels and phrases are compared
in the one form cancelcheck.words gives them (fold(): NFKC, straight quotes, casefolded).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from cancelcheck import words

CUE_DIR = Path(__file__).resolve().parent / "cues"


class Matcher:
    """One section's phrases: contains, =exact and ~regex. A phrase is a string, or a
    (language, phrase) pair: a `contains` phrase stands where words.contains_regex says for its
    language (a short word as a whole word, a long one at a word's start, a compound's part)."""

    def __init__(self, phrases: list):
        self.exact: set[str] = set()
        self.contains: list[tuple[str | None, str]] = []
        regexes = []
        for lang, p in _expand(phrases):
            if p.startswith("="):
                self.exact.add(words.fold(p[1:]))
            elif p.startswith("~"):
                regexes.append(words.pattern(p[1:]))
            else:
                self.contains.append((lang, words.fold(p)))
        self.contains = list(dict.fromkeys(c for c in self.contains if c[1]))
        parts = sorted({words.contains_regex(c, lang) for lang, c in self.contains})
        self.within = re.compile("|".join(f"(?:{r})" for r in parts)) if parts else None
        self._patterns = [re.compile(r, re.I) for r in regexes]     # each compiled once

    def __call__(self, label: str) -> bool:
        text = words.fold(label)
        if not text:
            return False
        if text in self.exact:
            return True
        if self.within is not None and self.within.search(text):
            return True
        return any(p.search(text) for p in self._patterns)

    def match(self, label: str) -> re.Match | None:
        """The match of the first of the section's regexes that matches, with its groups."""
        text = words.normalize(label)
        return next((m for p in self._patterns for m in [p.search(text)] if m), None)

    def search(self, label: str) -> str | None:
        """The first regex group captured (for phrases such as "Type DELETE to confirm")."""
        m = self.match(label)
        if m is None:
            return None
        return m.group(1) if m.groups() else m.group(0)


def _expand(phrases: list) -> list[tuple[str | None, str]]:
    """(language, phrase) pairs. `@concept` -> every term of the concept (contains), in its
    own language; `=@concept` -> whole-label terms. A term's punctuation at either end is
    dropped for `contains` ("Are you sure?" is found in "Are you sure you want to leave?")."""
    out = []
    for item in phrases:
        lang, p = item if isinstance(item, tuple) else (None, item)
        p = str(p)
        exact = p.startswith("=@")
        if exact or p.startswith("@"):
            name = p[2:] if exact else p[1:]
            for t in words.terms(name):
                out.append((t.lang, "=" + t.text if exact else words.bare(t.text)))
        else:
            out.append((lang, p))
    return out


class Cues:
    def __init__(self, sections: dict[str, list[str]]):
        self._m = {name: Matcher(phrases) for name, phrases in sections.items()}

    def __getattr__(self, section: str) -> Matcher:
        try:
            return self._m[section]
        except KeyError:
            raise AttributeError(section) from None

    def has(self, section: str, label: str) -> bool:
        m = self._m.get(section)
        return bool(m and m(label))

    def match(self, section: str, label: str) -> re.Match | None:
        m = self._m.get(section)
        return m.match(label) if m else None


@lru_cache(maxsize=1)
def cues() -> Cues:
    merged: dict[str, list[str]] = {}
    for path in sorted(CUE_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        lang = data.get("language")
        for section, phrases in data.items():
            if section == "language":
                continue
            merged.setdefault(section, []).extend((lang, p) for p in phrases or [])
    return Cues(merged)

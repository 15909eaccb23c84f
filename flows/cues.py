"""The explorer's cue words, read from flows/cues/*.yaml (one file per language; see the README
there). All languages are merged: a label in any of them matches. A phrase `@concept` (or
`=@concept`) brings in every term of that concept from the built word lists (cancelcheck.words,
every lexicon language) as a `contains` (or whole-label) phrase. Labels and phrases are compared
in the one form cancelcheck.words gives them (fold(): NFKC, straight quotes, casefolded).

A whole label that is an everyday word of another lexicon language (words.false_friend, the
detectors' rule: "Ano", Czech yes, is Portuguese "year"; "Nie", Polish no, German "never"),
and a `contains` phrase that is one (Turkish "sil", delete, is Czech "of forces"; Hungarian
"ok", reason, is everyone's "OK"), counts only on a screen guessed to be in one of its own
languages: `on_screen(screen)` (or
`cues(language)`) reads the cues there; `cues()` knows no language.

    c = on_screen(screen)
    c.final_weak("Ano")        # True on a Czech screen, False on a Portuguese one
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from cancelcheck import words
from cancelcheck.screens import Screen

CUE_DIR = Path(__file__).resolve().parent / "cues"


class Matcher:
    """One section's phrases: contains, =exact and ~regex. A phrase is a string, or a
    (language, phrase) pair: a `contains` phrase stands where words.contains_regex says for its
    language (a short word as a whole word, a long one at a word's start, a compound's part).
    A phrase, whole or contained, that is a false friend (words.false_friend) is read only on
    a screen in one of its own languages."""

    def __init__(self, phrases: list):
        self.exact: set[str] = set()
        self.contains: list[tuple[str | None, str]] = []
        regexes = []
        own: dict[str, set] = {}                  # whole label -> the languages it is from
        for lang, p in _expand(phrases):
            if p.startswith("="):
                self.exact.add(words.fold(p[1:]))
                own.setdefault(words.fold(p[1:]), set()).add(lang)
            elif p.startswith("~"):
                regexes.append(words.pattern(p[1:]))
            else:
                self.contains.append((lang, words.fold(p)))
        self.contains = list(dict.fromkeys(c for c in self.contains if c[1]))
        self._patterns = [re.compile(r, re.I) for r in regexes]     # each compiled once
        # a false friend is read only in its own languages, whole label or contained alike
        self.friends = _friends(own)
        self.exact -= set(self.friends)
        own_within: dict[str, set] = {}           # contained phrase -> the languages it is from
        for lang, c in self.contains:
            own_within.setdefault(c, set()).add(lang)
        friends_within = _friends(own_within)
        self.within = _within([(lang, c) for lang, c in self.contains
                               if c not in friends_within])
        by_own: dict[frozenset, list] = {}
        for lang, c in self.contains:
            if c in friends_within:
                by_own.setdefault(friends_within[c], []).append((lang, c))
        # (own languages, where their false friends stand in a label), read on such screens only
        self.friends_within = [(o, _within(cs)) for o, cs in sorted(
            by_own.items(), key=lambda kv: sorted(kv[0]))]

    def __call__(self, label: str, language: str | None = None) -> bool:
        """The label is one of the section's phrases; a false friend only when `language`
        (the screen's) is one of its own."""
        return self.read(label, _reading(language))

    def read(self, label: str, reading: frozenset[str]) -> bool:
        """As __call__, with the screen's languages given as words.langs() has them."""
        text = words.fold(label)
        if not text:
            return False
        if text in self.exact:
            return True
        if text in self.friends and self.friends[text] & reading:
            return True
        if self.within is not None and self.within.search(text):
            return True
        if any(o & reading and rx.search(text) for o, rx in self.friends_within):
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


def _friends(own: dict[str, set]) -> dict[str, frozenset]:
    """The phrases (folded) that are false friends (words.false_friend, the detectors' one
    rule), each with the languages it is read in. A phrase of `language: any`, or of no
    language, is no word of one language: it is none."""
    return {t: frozenset(o) for t, o in own.items()
            if not o & {None, "any"} and words.false_friend(words.bare(t), o)}


def _within(contains: list[tuple[str | None, str]]) -> re.Pattern | None:
    """One regex: where any of the `contains` phrases may stand in a label."""
    parts = sorted({words.contains_regex(c, lang) for lang, c in contains})
    return re.compile("|".join(f"(?:{r})" for r in parts)) if parts else None


@lru_cache(maxsize=None)
def _reading(language: str | None) -> frozenset[str]:
    """The languages a screen in `language` is read in (words.langs), as a set, once."""
    return frozenset(words.langs(language) or ())


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


class _Read:
    """One section's matcher read on a screen in `language` (None: not known)."""

    __slots__ = ("_m", "_reading")

    def __init__(self, m: Matcher, language: str | None) -> None:
        self._m, self._reading = m, _reading(language)

    def __call__(self, label: str) -> bool:
        return self._m.read(label, self._reading)

    def match(self, label: str) -> re.Match | None:
        return self._m.match(label)

    def search(self, label: str) -> str | None:
        return self._m.search(label)


class Cues:
    def __init__(self, matchers: dict[str, Matcher], language: str | None = None):
        self._m = {name: _Read(m, language) for name, m in matchers.items()}

    def __getattr__(self, section: str) -> _Read:
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
def _matchers() -> dict[str, Matcher]:
    merged: dict[str, list[str]] = {}
    for path in sorted(CUE_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        lang = data.get("language")
        for section, phrases in data.items():
            if section == "language":
                continue
            merged.setdefault(section, []).extend((lang, p) for p in phrases or [])
    return {name: Matcher(phrases) for name, phrases in merged.items()}


@lru_cache(maxsize=None)
def cues(language: str | None = None) -> Cues:
    """The cues read on a screen in `language` (a lexicon language; None: not known)."""
    return Cues(_matchers(), words.canonical(language))


def on_screen(screen: Screen) -> Cues:
    """The cues read in the language guessed from the screen's texts: words.screen_language,
    the one guess the text detectors read too, made once per screen."""
    return cues(words.screen_language(screen))

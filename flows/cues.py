"""The explorer's cue words, read from flows/cues/*.yaml (one file per language; see the README
there). All languages are merged: a label in any of them matches.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from cancelcheck.screens import clean_text

CUE_DIR = Path(__file__).resolve().parent / "cues"


class Matcher:
    """One section's phrases: contains, =exact and ~regex."""

    def __init__(self, phrases: list[str]):
        self.exact: set[str] = set()
        self.contains: list[str] = []
        regexes = []
        for p in phrases:
            p = str(p)
            if p.startswith("="):
                self.exact.add(p[1:].casefold())
            elif p.startswith("~"):
                regexes.append(p[1:])
            else:
                self.contains.append(p.casefold())
        self.regex = re.compile("|".join(f"(?:{r})" for r in regexes), re.I) if regexes else None
        self._patterns = [re.compile(r, re.I) for r in regexes]

    def __call__(self, label: str) -> bool:
        text = clean_text(label).casefold()
        if not text:
            return False
        if text in self.exact:
            return True
        if any(c in text for c in self.contains):
            return True
        return bool(self.regex and self.regex.search(text))

    def match(self, label: str) -> re.Match | None:
        """The match of the first of the section's regexes that matches, with its groups."""
        text = clean_text(label)
        return next((m for p in self._patterns for m in [p.search(text)] if m), None)

    def search(self, label: str) -> str | None:
        """The first regex group captured (for phrases such as "Type DELETE to confirm")."""
        m = self.match(label)
        if m is None:
            return None
        return m.group(1) if m.groups() else m.group(0)


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
        for section, phrases in data.items():
            if section == "language":
                continue
            merged.setdefault(section, []).extend(phrases or [])
    return Cues(merged)

"""A language switch is not navigation. A control named for a language ("English", "Deutsch",
"Language", "言語"), or a menu or drop-down whose items are languages, changes the app's
language: it is never a way to the account, and exploring it only spends the budget (and
leaves the rest of the audit reading another language). Words: cues language_switch
(flows/cues/: the lexicons' "language" concept and the languages' own names)."""
from __future__ import annotations

import re

from cancelcheck.screens import Element, Screen, clean_text

from .cues import cues
from .openers import own_items


def _languages(items: list[str]) -> bool:
    """Most of a list (at least two) are names of languages."""
    c = cues()
    items = [t for t in items if clean_text(t)]
    hits = sum(1 for t in items if c.language_switch(t))
    return hits >= 2 and hits * 2 > len(items)


def language_switch(label: str, e: Element | None, screen: Screen) -> bool:
    """Whether a tap (or a choice) on e switches the app's language."""
    if cues().language_switch(re.sub(r"[\W_]+$", "", clean_text(label))):
        return True         # "English ▾": the name, a disclosure glyph after it
    if e is None:
        return False
    items = own_items(e)    # not the items of menus nested in it: a collapsed navbar that
    if e.attrs.get("tag") == "select":                  # holds a language menu is navigation
        # a drop-down showing a language, or named for one (`name="language"`): its other
        # options are languages too, however many the cue words do not know by name
        # (a site's list of 99 names in their own scripts: "oʻzbek tili", "Kiswahili")
        if any(cues().language_switch(clean_text(t)) for t in (e.text, e.attrs.get("name", ""))):
            return True
        items = e.options
    return _languages(items)

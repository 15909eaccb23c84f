"""What the text detectors share: a screen's words (each element that holds text, in screen
order), its language, whether it is a deletion screen, and how a text finding is built.

Computed once per screen and kept on it, so ten detectors do not read the tree ten times.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from cancelcheck.screens import Element, Screen
from cancelcheck.records import Finding

from . import lexicon
from .choices import text_elements
from cancelcheck.words import screen_language

DELETION_STAGES = {"delete", "deletion", "confirm", "retention", "cancel", "final"}
MAX_SENTENCE = 400


@dataclass
class ScreenText:
    elements: list[Element]          # shown elements with text of their own, screen order
    language: str | None
    langs: tuple[str, ...] | None
    deletion: bool                   # the screen is about deleting / cancelling
    subject: bool = False            # ... by its own text, not only by a control leading there


    @property
    def texts(self) -> list[str]:
        return [e.label for e in self.elements]


# a sentence ends at . ! ? (also the Arabic question mark ؟ and the Devanagari danda ।) before
# a space or a capital ("choix.Une"), or at 。！？ — not inside an address
# ("privacy@example.com") or a number ("1.5"), and not at a full stop whose next word starts
# with a small letter: that stop ends an abbreviation ("e.g. by e-mail", "bzw. per Post",
# lt "el. paštu" = by e-mail), not a sentence, in every script that has small letters (one
# before a capital, "z. B. Post", still ends one: the stop alone cannot tell)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?\u061f\u0964])\s+"
                             r"|(?<=[^\W\d_]{2}[.!?])(?=[^\W\d_a-zà-ÿ])"
                             r"|(?<=[。！？])")


def sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in _SENTENCE_SPLIT.finditer(text):
        after = text[m.end():m.end() + 1]
        if text[m.start() - 1:m.start()] == "." and after.islower():
            continue            # an abbreviation's full stop: the sentence goes on
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return [s for s in out if s.strip()]


def names(ctxlex, text: str, langs, kind: str) -> bool:
    """Some sentence of the text says the context kind ("deletion", "deletion_word"), read
    sentence by sentence so that what rules the kind out (its `unless`: undoing a deletion,
    "You can cancel the deletion within 30 days") rules it out in its own sentence only."""
    return any(ctxlex.match(s, langs, kinds=[kind]) is not None for s in sentences(text))


def read(screen: Screen, ctx) -> ScreenText:
    key = (len(screen.elements), getattr(ctx, "language", None),
           (getattr(ctx, "settings", None) or {}).get("stage"))
    cached = getattr(screen, "_cc_text", None)
    if cached and cached[0] == key:
        return cached[1]
    els = text_elements(screen)
    language = lexicon.canonical(ctx.language) if getattr(ctx, "language", None) else None
    language = language or screen_language(screen)      # the explorer's guess too
    langs = lexicon.langs(language)
    settings = getattr(ctx, "settings", None) or {}
    subject = bool(settings.get("deletion_flow")) or settings.get("stage") in DELETION_STAGES
    deletion = subject
    if not deletion:
        ctxlex = lexicon.load("context")
        naming = [e for e in els if names(ctxlex, e.label, langs, "deletion")]
        deletion = bool(naming)
        subject = any(not is_control(screen, e) for e in naming)
    st = ScreenText(els, language, langs, deletion, subject)
    try:
        screen._cc_text = (key, st)
    except AttributeError:
        pass
    return st


CONTROL_LEN = 40            # a label longer than this is a sentence, not a control's name


def is_control(screen: Screen, e: Element) -> bool:
    """A short label on something tappable (a menu item, a link, a button): it names where it
    leads, not what the screen is about. A "Delete account" item in a settings menu makes a
    screen with a way to deletion, not a deletion screen; a heading or a sentence that names
    the deletion does."""
    return len(e.label) <= CONTROL_LEN and screen.tappable(e).clickable


def is_retreat_button(screen: Screen, e: Element, language: str | None) -> bool:
    from .choices import RETREAT, classify
    return screen.tappable(e).clickable and classify(e.label, language) == RETREAT


def make(type_: str, explanation: str, e: Element | None, evidence: str | None = None,
         score: float = 1.0, data: dict | None = None, screen: Screen | None = None) -> Finding:
    """A finding on an element: its index and box (the tappable one's box for a label)."""
    box = None
    if e is not None:
        box = e.bounds
    return Finding(type=type_, explanation=explanation,
                   evidence=evidence if evidence is not None else (e.label if e else ""),
                   element=e.index if e is not None else None, box=box, score=score,
                   data=dict(data or {}))


def best(candidates: Iterable[tuple[Element, float]],
         rank: Callable[[Element], float] | None = None) -> tuple[Element, float] | None:
    """The candidate with the highest (weight, rank); ties go to the one higher on screen."""
    pool = list(candidates)
    if not pool:
        return None
    return max(pool, key=lambda c: (c[1], rank(c[0]) if rank else 0,
                                    -c[0].bounds.y1, -c[0].bounds.x1))


def is_request(text: str, langs) -> bool:
    """A sentence that asks the person to do something ("请上传…", "Please upload…")."""
    return lexicon.load("context").match(text, langs, kinds=["requirement"]) is not None

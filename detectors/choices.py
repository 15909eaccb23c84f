"""Which way a button goes: on with the deletion ("proceed") or back ("retreat").

    classify("残忍离开")            -> "proceed"
    classify("Keep my account")    -> "retreat"
    classify("Settings")           -> None
    is_ambiguous("Cancel", ["Cancel your subscription?", "Cancel", "Confirm"]) -> True
    proceed, retreat = options(screen)

The words live in detectors/lexicons/choices.yaml; a label is matched after its countdown
("(10s)", "（10秒）") is taken off. Used by the explorer, the false-hierarchy detector and the
text detectors.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from cancelcheck.screens import Element, Screen

from . import lexicon
from cancelcheck import words
from cancelcheck.words import screen_language

PROCEED, RETREAT = "proceed", "retreat"
MAX_LABEL = 80          # longer texts are sentences, not button labels
_WAY = {"prompt": None, "retreat_first": RETREAT, "proceed_first": PROCEED,
        "proceed": PROCEED, "retreat": RETREAT}
_ORDER = list(_WAY)
# where one label lists several options: "Yes,No", "Continue | Cancel", "是/否"
_LIST = re.compile(r"\s*[,，、/|;；·•]\s*")
_ANSWERS = {"yes", "no"}         # concepts (cancelcheck.words) of a bare answer

_TRAIL = re.compile(r"[\s›>»→…]+$")


@lru_cache(maxsize=1)
def _countdown() -> re.Pattern:
    """"(10s)", "（10秒）", "(10 Sek.)", "(0:15)" (any word in brackets), "10s", "10 Sek.",
    "Удалить 10 сек", "10秒后" (a bare number with a unit of seconds of any lexicon language:
    the `units` of detectors/lexicons/forced_wait.yaml, whole words; a unit of a script
    written without spaces needs no word end), "Delete 0:15"."""
    units = "|".join(u if _unspaced(u[-1]) else u + lexicon.WORD_END
                     for u in lexicon.word_list("forced_wait", "units"))
    return re.compile(
        r"[(（\[]\s*\d{1,3}(:[0-5]\d)?\s*([^\W\d_]{1,9}\.?)?\s*[)）\]]"
        r"|(?<![\d.:,])\d{1,3}\s*(?:" + units + r")(?:\s?(?:后|後|뒤|후))?"
        r"|(?<=\s)\d:[0-5]\d\s*$", re.I)


def _unspaced(ch: str) -> bool:
    """A letter of a script written without spaces between words (Han, kana, Hangul)."""
    return ch.isalpha() and not words.is_word_char(ch)


def strip_countdown(label: str) -> str:
    return _TRAIL.sub("", _countdown().sub("", label or "")).strip()


def classify(label: str, language: str | None = None) -> str | None:
    """"proceed", "retreat" or None for one button label. A bare "Cancel" is "retreat"; ask
    is_ambiguous() whether the screen makes it unclear. Neither: a sentence that asks for the
    password ("Please confirm your password to delete your profile.": the lexicon's `prompt`),
    and a label that lists options of both ways ("Yes,No", "Continue | Cancel")."""
    text = strip_countdown(lexicon.normalize(label))
    if not text or len(text) > MAX_LABEL:
        return None
    langs = lexicon.langs(language)
    m = lexicon.load("choices").match(text, langs, kinds=_ORDER)
    if m is None or _WAY[m.kind] is None or _lists_options(text, langs):
        return None
    return _WAY[m.kind]


def _lists_options(text: str, langs: tuple[str, ...] | None) -> bool:
    """The label is a list of choices, not one: its parts (split at , / | ; ·) include a whole
    proceed label and a whole retreat label ("Yes,No", "Weiter / Abbrechen"). A lone answer
    word may lead the action it answers ("Yes, cancel", "No, delete"): one choice."""
    parts = [p for p in _LIST.split(text) if p]
    if len(parts) < 2:
        return False
    lex = lexicon.load("choices")
    ways = set()
    for p in parts:
        m = lex.match(p, langs, kinds=_ORDER)
        if m is not None and m.rule == "exact":
            ways.add(_WAY[m.kind])
    if not {PROCEED, RETREAT} <= ways:
        return False
    answers = [i for i, p in enumerate(parts) if _ANSWERS & set(words.lookup(p, langs))]
    return answers != [0]


def names_leaving(label: str, language: str | None = None) -> bool:
    """A choice whose own words are about leaving or staying: "Keep my account", "Save my
    memories", "No thanks, …", "Delete anyway" (the lexicon's *_first kinds), not a bare
    "Continue" / "Cancel" that could end anything."""
    text = strip_countdown(lexicon.normalize(label))
    if not text or len(text) > MAX_LABEL:
        return False
    m = lexicon.load("choices").match(text, lexicon.langs(language),
                                      kinds=["prompt", "retreat_first", "proceed_first"])
    return m is not None and m.kind != "prompt"


def is_cancel_word(label: str, language: str | None = None) -> bool:
    """A bare "Cancel" / "取消" / "Annuler" (the whole label)."""
    text = strip_countdown(lexicon.normalize(label))
    return bool(text) and lexicon.load("choices").match(
        text, lexicon.langs(language), kinds=["ambiguous_cancel"]) is not None


def is_ambiguous(label: str, screen_texts: Iterable[str], language: str | None = None) -> bool:
    """True when `label` is a bare "Cancel" on a screen whose subject is itself cancelling
    ("Cancel your subscription?"), so a person cannot tell which cancel it means."""
    if not is_cancel_word(label, language):
        return False
    ctx = lexicon.load("context")
    langs = lexicon.langs(language)
    own = lexicon.bare(label)
    return any(lexicon.bare(t) != own and ctx.match(t, langs, kinds=["cancel_goal"])
               for t in screen_texts)


def text_elements(screen: Screen, shown_only: bool = True) -> list[Element]:
    """Elements that hold text of their own (not the aggregates that gather children's text),
    in screen order; with shown_only, only those a person can see now."""
    pool = shown(screen) if shown_only else [e for e in screen.elements if not e.bounds.empty]
    return [e for e in pool if e.label and e.attrs.get("aggregate") != "1"]


_MODAL = {"dialog", "alertdialog"}


def shown(screen: Screen) -> list[Element]:
    """Visible elements that are not scrolled out of a scrolling container, not covered by
    something else (a dialog, or a bar fixed to the screen's edge: attrs.under_bar), and — when a modal dialog or sheet is open — inside it."""
    vis = [e for e in screen.visible()
           if e.attrs.get("obscured") != "1" and not e.attrs.get("under_bar")]
    modals = [e for e in vis if e.cls in _MODAL or e.attrs.get("role") in _MODAL]
    if modals:
        top = modals[-1]
        inside = {d.index for d in screen.descendants(top)} | {top.index}
        vis = [e for e in vis if e.index in inside]
    out = []
    for e in vis:
        ok = True
        for a in screen.ancestors(e):
            if a.scrollable and e.bounds.intersection(a.bounds).empty:
                ok = False
                break
        if ok:
            out.append(e)
    return out


def options(screen: Screen, language: str | None = None) -> tuple[list[Element], list[Element]]:
    """The visible, tappable elements that proceed and that retreat. The innermost text is
    classified and mapped to the element a tap acts on; an aggregate with no text child of its
    own is classified by its gathered text. Each tappable appears once, the outermost one."""
    language = language or screen_language(screen)
    vis = shown(screen)
    labelled_children: set[int] = set()
    for e in vis:
        if e.label and e.attrs.get("aggregate") != "1":
            for a in screen.ancestors(e):
                labelled_children.add(a.index)
    picked: dict[int, str] = {}
    for e in vis:
        if not e.label:
            continue
        if e.attrs.get("aggregate") == "1" and e.index in labelled_children:
            continue
        target = screen.tappable(e)
        if not target.clickable or target.index in picked:
            continue
        if e is target and not e.text and e.checkable and any(
                a.clickable for a in screen.ancestors(e)):
            continue        # a radio's label is classified through its <label>
        way = classify(e.label, language)
        if way:
            picked[target.index] = way
    # keep the outermost of nested picks
    chosen = {i: w for i, w in picked.items()
              if not any(a.index in picked for a in screen.ancestors(screen.elements[i]))}
    proceed = [screen.elements[i] for i, w in chosen.items() if w == PROCEED]
    retreat = [screen.elements[i] for i, w in chosen.items() if w == RETREAT]
    return proceed, retreat

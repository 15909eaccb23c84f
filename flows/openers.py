"""Menu openers: controls that open a menu, whatever their label says.

A drop-down toggle is often labelled with something of the user's own — the project's or team's
name, their e-mail, the language — plus a disclosure glyph (▾ ▼ ⌄), or a caret drawn by CSS.
Its label then promises nothing, yet it is a way to reveal navigation, like a hamburger. It is
known by what it is, not by its words: aria-haspopup, aria-expanded="false", a <summary>, a
class naming a drop-down (flows/cues/icons.yaml: opener), a disclosure glyph ending its
label (cues: disclosure), or names that call it a menu (a navbar toggler, icons.yaml: icon_menu)
on a control that lists the hidden items it controls. The web snapshot lists the items its closed menu hides (attrs.popup:
display:none items are otherwise not in the tree); a promising one ("Settings", "My account")
ranks the opener as that item, as an item the tree holds out of sight ranks an icon-only
control (flows/icons.py).
"""
from __future__ import annotations

from cancelcheck.screens import Element, Screen

from .cues import cues
from .icons import PROMISING, REVEAL_SCORES, name_words, names_kind

OPENER_STAGE = ("menu", 20.0, 1)      # an opener whose items are not known ranks as a menu


def is_opener(e: Element, screen: Screen) -> bool:
    """Whether tapping e opens a menu (and it is not open already)."""
    a = e.attrs
    if a.get("expanded") == "true":
        return False
    if a.get("haspopup") or a.get("expanded") == "false" or a.get("tag") == "summary":
        return True
    c = cues()
    inner = [e, *screen.descendants(e)]
    if c.has("opener", name_words(*(d.attrs.get("class", "") for d in inner))):
        return True
    if hidden_items(e) and names_kind(e, screen) in ("menu", "more"):
        return True         # a navbar toggler that controls a hidden nav (aria-controls)
    return any(c.has("disclosure", d.label) for d in inner if d.label)


def own_items(e: Element) -> list[str]:
    """The labels of the items e's closed menu shows as soon as it opens (attrs.popup)."""
    return [t for t in e.attrs.get("popup", "").split("\n") if t.strip()]


def hidden_items(e: Element) -> list[str]:
    """The labels of all the items e's closed menu hides: its own, then those of the menus
    nested in it (attrs.popup_nested: a drop-down inside a collapsed navbar)."""
    return own_items(e) + [t for t in e.attrs.get("popup_nested", "").split("\n") if t.strip()]


def promising_item(e: Element) -> tuple[str, str] | None:
    """The most promising item e's menu hides, and its section (entry, account, settings,
    profile); never one that signs out, buys or calls."""
    c = cues()
    best = None
    for item in hidden_items(e):
        if c.forbidden(item):
            continue
        section = next((s for s in PROMISING if c.has(s, item)), None)
        if section and (best is None or REVEAL_SCORES[section] > REVEAL_SCORES[best[1]]):
            best = (item, section)
    return best

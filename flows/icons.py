"""Icon-only controls, and the items the element tree holds out of sight.

A control with no words on it (a hamburger of CSS bars, a ⋮, a gear, an avatar) is still a way
on: what it opens is read from the names developers gave it (id, class, accessibility name —
flows/cues/icons.yaml), from the glyph it shows, and from its pixels (screens/icon_shape.py:
three bars, three dots). Each reading maps to a stage of the way to deletion (menu, settings,
profile) and ranks like a labelled control of that stage.

A promising item the tree lists but that is out of sight sideways (a drawer slid off the screen:
"My account", "Settings") says a control on screen reveals it; the icon-only controls are then
ranked as that item, and the explorer checks after the tap that it came into view.
"""
from __future__ import annotations

import re

from cancelcheck.screens import Element, Screen, clean_text
from cancelcheck.screens.icon_shape import icon_shape

from .cues import cues

# an icon reading → (stage section it leads to, its score, its stage level)
KIND_STAGE = {"menu": ("menu", 20.0, 1), "more": ("menu", 20.0, 1),
              "settings": ("settings", 55.0, 2), "profile": ("profile", 45.0, 1)}
SHAPES = {"bars": "menu", "dots": "more"}
GLYPH_LEN = 3             # a label this short with no letters is a glyph, not a word
PROMISING = ("entry", "account", "settings", "profile")
REVEAL_SCORES = {"entry": 100.0, "account": 60.0, "settings": 55.0, "profile": 45.0}


def name_words(*names: str) -> str:
    """Developer names split into words: "navbarToggler icon-more_vert" → "navbar toggler icon
    more vert"."""
    text = " ".join(n for n in names if n)
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    return re.sub(r"[\s_\-.:/#]+", " ", text).strip().casefold()


def _by_words(words: str) -> str | None:
    c = cues()
    for kind in ("menu", "more", "settings", "profile"):
        if words and c.has(f"icon_{kind}", words):
            return kind
    return None


def glyph_kind(label: str) -> str | None:
    """menu / more / settings / profile for a label that is a bare glyph (☰ ≡ ⋮ ⚙ 👤), else None."""
    text = clean_text(label)
    if not text or len(text) > GLYPH_LEN or any(ch.isalnum() for ch in text):
        return None
    return _by_words(text)


def names_kind(e: Element, screen: Screen) -> str | None:
    """What the names developers gave a control and its insides (id, class, accessibility
    name) say it opens: menu, more, settings, profile, or None."""
    inner = [e, *screen.descendants(e)]
    return _by_words(name_words(*(x for d in inner for x in (
        d.id, d.attrs.get("class", ""), d.description, d.attrs.get("name", "")))))


def icon_kind(e: Element, screen: Screen) -> str | None:
    """What an unlabelled control probably opens: menu, more, settings, profile, or None."""
    inner = [e, *screen.descendants(e)]
    kind = names_kind(e, screen)
    if kind is None:
        kind = next((k for d in inner for k in [glyph_kind(d.label)] if k), None)
    if kind is None:
        kind = SHAPES.get(icon_shape(screen.image, e.bounds) or "")
    return kind


def unlabelled_controls(screen: Screen) -> list[Element]:
    """Visible, enabled, clickable elements with no words on them or inside them."""
    out = []
    for e in screen.visible():
        if not e.clickable or e.editable or e.checkable or e.label or not e.enabled \
                or e.attrs.get("obscured") == "1" or e.attrs.get("tag") == "select":
            continue
        if any(d.label for d in screen.descendants(e)):
            continue
        out.append(e)
    return out


def out_of_sight(screen: Screen) -> list[tuple[Element, str]]:
    """Promising items (entry, account, settings, profile) the tree holds out of sight
    sideways — a drawer or menu slid off the screen — with the section each leads to."""
    if not screen.size:
        return []
    w = screen.size[0]
    c = cues()
    out = []
    for e in screen.elements:
        if e.visible or not e.label or e.bounds.empty:
            continue
        if not (e.bounds.x2 <= 0 or e.bounds.x1 >= w):
            continue
        section = next((s for s in PROMISING if c.has(s, e.label)), None)
        if section is not None and not c.forbidden(e.label):
            out.append((e, section))
    return out


def appeared(screen: Screen, label: str) -> bool:
    """Whether an item with this label is now in sight."""
    want = clean_text(label).casefold()
    return any(clean_text(e.label).casefold() == want for e in screen.visible())

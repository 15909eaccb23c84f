"""Finding the element a flow line names: text, regex, id, description, index, point, and the
relations below: and childOf:. Matches come clickable first, then in reading order (top to bottom, left to right)."""
from __future__ import annotations

import re

from cancelcheck.screens import Element, Screen, clean_text


def _as_map(sel) -> dict:
    return sel if isinstance(sel, dict) else {"text": str(sel)}


def _same(a: str, b: str) -> bool:
    return clean_text(a).casefold() == clean_text(b).casefold()


def _usable(screen: Screen) -> list[Element]:
    return [e for e in screen.visible() if e.attrs.get("obscured") != "1"]


def find(screen: Screen, sel) -> list[Element]:
    """Elements matching the selector, the clickable ones first, each group in reading order
    (point selectors give none)."""
    m = _as_map(sel)
    pool = _usable(screen)
    if "text" in m:
        want = str(m["text"])
        pool = [e for e in pool if _same(e.text, want) or _same(e.description, want)
                or (e.editable and _same(e.attrs.get("placeholder", ""), want))]
    if "regex" in m:
        rx = re.compile(str(m["regex"]), re.I)
        pool = [e for e in pool if rx.search(e.text) or rx.search(e.description)]
    if "id" in m:
        want = str(m["id"])
        pool = [e for e in pool if e.id == want or e.id.endswith("/" + want)]
    if "description" in m:
        pool = [e for e in pool if _same(e.description, str(m["description"]))]
    if m.get("enabled") is not None:
        pool = [e for e in pool if screen.tappable(e).enabled == bool(m["enabled"])]
    if "below" in m:
        anchors = find(screen, m["below"])
        if not anchors:
            return []
        top = anchors[0].bounds.y2
        pool = [e for e in pool if e.bounds.y1 >= top]
    if "childOf" in m:
        parents = {a.index for a in find(screen, m["childOf"])}
        pool = [e for e in pool if any(p.index in parents for p in screen.ancestors(e))]
    # Innermost first among equals: prefer the element that holds the text itself.
    pool = [e for e in pool if e.attrs.get("aggregate") != "1"] or pool
    # Among equals, what a tap acts on first: a <legend>"Log In"</legend> above the
    # <button>Log In</button> is text, not the button.
    pool.sort(key=lambda e: (not screen.tappable(e).clickable, e.bounds.y1, e.bounds.x1))
    return pool


def pick(screen: Screen, sel) -> Element | None:
    m = _as_map(sel)
    hits = find(screen, m)
    i = int(m.get("index", 0))
    return hits[i] if len(hits) > i else None


def point_of(screen: Screen, sel) -> tuple[int, int] | None:
    m = _as_map(sel)
    if "point" not in m:
        return None
    x, y = m["point"]
    return round(x * screen.scale), round(y * screen.scale)


def describe(sel) -> str:
    m = _as_map(sel)
    for k in ("text", "regex", "id", "description", "point"):
        if k in m:
            return f"{k} {m[k]!r}" if k != "text" else repr(m[k])
    return repr(m)

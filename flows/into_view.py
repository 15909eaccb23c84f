"""A control a person cannot tap as it stands, and the scroll that brings it into view.

A control cut by the bottom (or top) edge of the screen — or of the list that scrolls it — is
not tapped where it stands: a person scrolls first, one scroll gesture (a counted step, as
DESIGN.md counts them), and taps it once it shows. So is one whose centre lies past the edge
(the finger would land beside it), and one whose middle a bar fixed to the screen's bottom
(or top) edge covers — a tab bar, a strip, a sticky header (attrs.under_bar, from the web
page's snapshot; one under a dialog stays obscured and is not tapped at all). A control taller
than the view cannot show in full: it is scrolled only when its centre lies out of sight. Where the view is: the screen, cut down to
the scrolling box around the control; the box to scroll is the innermost one that cuts it,
else the page.

A native tree's boxes are already cut to what shows (only a web page's tree holds the parts out
of sight), so this finds nothing there and costs nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

from cancelcheck.screens import Bounds, Element, Screen

from .candidates import only_sideways

SLACK = 2.0       # dp / CSS px a box may pass an edge by: boxes are rounded to whole pixels (a
                  # tab bar's bottom at 2403 on a 2402-pixel screen shows in full)


@dataclass(frozen=True)
class OutOfView:
    direction: str              # the scroll that brings it in: "down" (it is below) or "up"
    within: Element | None      # the scrolling box that cuts it; None: the page
    why: str                    # for the step's note

    def note(self, element: Element) -> str:
        return f"bring {element.label[:40]!r} into view ({self.why})"


def _cut(box: Bounds, view: Bounds, slack: int) -> str | None:
    """Which way to scroll so that `box` shows in `view`; None when it shows as it should
    (`slack`: the pixels a box may pass the edge by, its rounding)."""
    if box.y1 >= view.y1 - slack and box.y2 <= view.y2 + slack:
        return None
    cy = (box.y1 + box.y2) / 2
    if box.height > view.height:    # too tall to show whole: a finger goes to its middle
        if view.y1 <= cy < view.y2:
            return None
        return "down" if cy >= view.y2 else "up"
    return "down" if box.y2 > view.y2 else "up"


def out_of_view(screen: Screen, element: Element) -> OutOfView | None:
    """Why a person must scroll before tapping (or typing into) this element on this screen,
    and which way; None when it shows in full (or the screen's size is unknown)."""
    if screen.size is None or element.bounds.empty:
        return None
    box = element.bounds
    slack = round(SLACK * (screen.scale or 1.0))
    around = next((a for a in screen.ancestors(element)
                   if a.scrollable and not only_sideways(a)), None)
    way = _cut(box, around.bounds, slack) if around is not None else None
    if way is not None:
        label = around.label or around.id or "a list"
        return OutOfView(way, around, f"cut by the edge of {label[:30]!r}")
    w, h = screen.size
    way = _cut(box, Bounds(0, 0, w, h), slack)
    bar = element.attrs.get("under_bar")
    if way is None and bar in ("bottom", "top"):
        return OutOfView("down" if bar == "bottom" else "up", None,
                         f"under the bar fixed to the {bar} of the screen")
    if way is None:
        return None
    edge = "bottom" if way == "down" else "top"
    return OutOfView(way, None, f"cut by the {edge} edge of the screen")

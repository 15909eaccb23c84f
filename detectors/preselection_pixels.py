"""Preselection seen in the pixels: a ticked box, a filled radio or a switched-on toggle beside
an option that keeps the account or the data ("Keep my data for 30 days", "Deactivate
instead"), on screens whose tree does not say what is checked (OCR screens, canvas apps,
sources that drop the state).

When the tree has checked states the tree-based preselection detector covers the screen and
this one stays silent, so a preselection is never reported twice.
"""
from __future__ import annotations

from cancelcheck.screens import Bounds
from cancelcheck.screens import pixels as px
from cancelcheck.screens.ocr import _label_right_of
from cancelcheck.records import Finding

from . import choices
from ._prominence import image_array
from .registry import detector


def _glyphs_from_tree(screen):
    """Glyph elements that screens.ocr already found: (kind, box, on, label)."""
    for e in screen.visible():
        if e.attrs.get("glyph") and e.attrs.get("pixel_state"):
            yield e.attrs["glyph"], e.bounds, e.attrs["pixel_state"] == "on", e.label, e.index


def _glyphs_from_pixels(screen):
    img = image_array(screen)
    texts = [e for e in screen.visible() if e.text and e.attrs.get("aggregate") != "1"
             and px.inside(e.bounds, img, 0.5)]
    lines = [(e.text, e.bounds, 1.0) for e in texts]
    # a text element's box may span a whole row: exclude only boxes no taller than a line
    exclude = [b for _, b, _ in lines if b.height <= 80 * (screen.scale or 1)]
    for g in px.find_glyphs(img, screen.scale or 1.0, exclude=exclude):
        j = _label_right_of(g.box, lines)
        if j is not None:
            yield g.kind, g.box, bool(g.state), lines[j][0], texts[j].index


@detector("preselection_pixels")
def preselection_pixels(screen, ctx) -> list[Finding]:
    if screen.image is None:
        return []
    if any(e.checkable for e in screen.elements):
        return []           # the tree knows the state: the tree-based detector reports it
    from_tree = list(_glyphs_from_tree(screen))
    glyphs = from_tree if from_tree or screen.source == "ocr" else list(_glyphs_from_pixels(screen))
    out: list[Finding] = []
    for kind, box, on, label, index in glyphs:
        if not on or not label:
            continue
        if choices.classify(label, ctx.language) != choices.RETREAT:
            continue
        what = {"checkbox": "ticked", "radio": "selected", "toggle": "switched on"}.get(kind, "on")
        out.append(Finding(
            type="preselection",
            explanation=f"“{label}” is {what} in advance: leaving it as it is keeps what the user asked to remove.",
            evidence=label, element=index, box=Bounds(*box.as_list()), score=0.8,
            data={"glyph": kind, "state": "on", "measured_from": "pixels"}))
    return out

"""Preselection seen in the pixels: a ticked box, a filled radio or a switched-on toggle beside
an option that favours the provider — keeps the account or the data ("Keep my data for 30
days", "Deactivate instead": choices.yaml), or shares data, signs up for marketing, turns on
personalised ads (lexicons/provider_favouring.yaml) — on screens whose tree does not say what
is checked (OCR screens, canvas apps, Flutter, screenshots from a tester's phone).

When the tree has checked states the tree-based preselection detector covers the screen and
this one stays silent, so a preselection is never reported twice.
"""
from __future__ import annotations

from cancelcheck.screens import Bounds
from cancelcheck.screens import pixels as px
from cancelcheck.records import Finding
from cancelcheck.screens.ocr import _label_right_of, _row_text

from . import choices, lexicon
from ._prominence import image_array
from .registry import detector


def _glyphs_from_tree(screen):
    """Glyph elements that screens.ocr already found: (kind, box, on, label line, row, index)."""
    for e in screen.visible():
        if e.attrs.get("glyph") and e.attrs.get("pixel_state"):
            yield (e.attrs["glyph"], e.bounds, e.attrs["pixel_state"] == "on", e.label,
                   e.attrs.get("label_row") or e.label, e.index)


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
            yield g.kind, g.box, bool(g.state), lines[j][0], _row_text(j, lines), texts[j].index


def _only_state(text: str, language: str | None) -> bool | None:
    """True / False when the line beside a glyph says only the control's state ("ON", "Active",
    "Always active" / "OFF", "Inactive"), else None."""
    m = lexicon.load("switch_state").match(text, lexicon.langs(language))
    return None if m is None else m.kind == "state_on"


def _title_beside(screen, box: Bounds, language: str | None) -> str | None:
    """The name of the option whose switch is at `box` when the line beside it is only its state:
    the nearest line on the same row to its left (a consent tool's "Performance cookies ...
    [switch] Active"), else the line just above it."""
    texts = [e for e in screen.visible() if e.text and e.attrs.get("aggregate") != "1"
             and not e.attrs.get("glyph") and _only_state(e.text, language) is None]
    left = [e for e in texts if e.bounds.x2 <= box.x1 + 4 and box.x1 - e.bounds.x2 <= 12 * box.width
            and min(box.y2, e.bounds.y2) - max(box.y1, e.bounds.y1) >= 0.3 * min(box.height, e.bounds.height)]
    if left:
        return max(left, key=lambda e: e.bounds.x2).text
    above = [e for e in texts if 0 <= box.y1 - e.bounds.y2 <= 2 * box.height
             and e.bounds.x1 < box.x2 and e.bounds.x2 > box.x1 - 12 * box.width]
    return max(above, key=lambda e: e.bounds.y2).text if above else None


def provider_favouring(label: str, language: str | None) -> str | None:
    """The kind of provider-favouring option a label names ("keep" / "deactivate" from the
    retreat words, or share_data / marketing / personalised_ads), or None."""
    if choices.classify(label, language) == choices.RETREAT:
        return "keep"
    m = lexicon.load("provider_favouring").match(label, lexicon.langs(language))
    return m.kind if m else None


@detector("preselection_pixels")
def preselection_pixels(screen, ctx) -> list[Finding]:
    if screen.image is None:
        return []
    if any(e.checkable for e in screen.elements):
        return []           # the tree knows the state: the tree-based detector reports it
    from_tree = list(_glyphs_from_tree(screen))
    glyphs = from_tree if from_tree or screen.source == "ocr" else list(_glyphs_from_pixels(screen))
    out: list[Finding] = []
    for kind, box, on, line, row, index in glyphs:
        said = _only_state(line, ctx.language) if line else None
        if said is not None:            # the word beside it is its state: it says which
            on, line = said, _title_beside(screen, box, ctx.language)
            row = line
        if not on or not line:
            continue
        # the label line alone ("Deactivate instead"), else its whole row (a title and the
        # summary under it: "Location" / "access this device's location")
        label, favour = line, provider_favouring(line, ctx.language)
        if favour is None and row != line:
            label, favour = row, provider_favouring(row, ctx.language)
        if favour is None:
            continue
        what = {"checkbox": "ticked", "radio": "selected", "toggle": "switched on"}.get(kind, "on")
        out.append(Finding(
            type="preselection",
            explanation=(f"“{label}” is {what} in advance: leaving it as it is keeps what the user asked to remove."
                         if favour == "keep" else
                         f"“{label}” is {what} in advance: the user must act to refuse it ({favour.replace('_', ' ')})."),
            evidence=label, element=index, box=Bounds(*box.as_list()), score=0.8,
            data={"glyph": kind, "state": "on", "measured_from": "pixels", "kind": favour}))
    return out

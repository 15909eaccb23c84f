"""Preselection seen in the pixels: a ticked box, a filled radio or a switched-on toggle beside
an option that favours the provider — keeps the account or the data ("Keep my data for 30
days", "Deactivate instead": deactivation.yaml; only on a screen about deleting or leaving, as
for the tree-based detector: elsewhere "Save history" is the person's own feature), or shares data, signs up for marketing, turns
on personalised ads (lexicons/provider_favouring.yaml) — said by its label, the description
under it or the heading of its section (option_context.py) — on screens whose tree does not say what
is checked (OCR screens, canvas apps, Flutter, screenshots from a tester's phone).

When the tree has checked states the tree-based preselection detector covers the screen and
this one stays silent, so a preselection is never reported twice.
"""
from __future__ import annotations

from cancelcheck.screens import Bounds
from cancelcheck.records import Finding

from . import lexicon, option_context
from ._prominence import image_array
from .registry import detector
from .screen_text import read


def _glyphs_from_tree(screen):
    """Glyph elements that screens.ocr already found: (kind, box, on, label line, row, index)."""
    for e in screen.visible():
        if e.attrs.get("glyph") and e.attrs.get("pixel_state"):
            yield (e.attrs["glyph"], e.bounds, e.attrs["pixel_state"] == "on", e.label,
                   e.attrs.get("label_row") or e.label, e.index)


def _glyphs_from_pixels(screen):
    """Glyphs drawn on a tree screen whose tree declares no control (custom toggles of a web
    page, a canvas): found in its pixels and labelled by its text elements with the same rule
    as a screenshot alone (screens.ocr.label_glyphs)."""
    from cancelcheck.screens import pixels as px      # cv2 and numpy: not for text alone
    from cancelcheck.screens.ocr import _row_text, label_glyphs
    img = image_array(screen)
    texts = [e for e in screen.visible() if e.text and e.attrs.get("aggregate") != "1"
             and px.inside(e.bounds, img, 0.5)]
    lines = [(e.text, e.text_box, 1.0) for e in texts]
    # a text element's box may span a whole row: exclude only boxes no taller than a line
    exclude = [b for _, b, _ in lines if b.height <= 80 * (screen.scale or 1)]
    glyphs = list(px.find_glyphs(img, screen.scale or 1.0, exclude=exclude))
    for j, g in label_glyphs(img, glyphs, lines):
        yield g.kind, g.box, bool(g.state), lines[j][0], _row_text(j, lines), texts[j].index


def _text_lines(screen) -> list:
    """The screen's own lines of text: no aggregate of its children's words, no glyph's label
    element."""
    return [e for e in screen.visible() if e.text and e.attrs.get("aggregate") != "1"
            and not e.attrs.get("glyph")]


def _stated_options(screen, glyphs, language: str | None):
    """Options whose state is written beside their name ("Name: On" / "Name: Off"), as glyph
    tuples of kind "text", for the lines no glyph already labels; the ones that are off are
    there too, so that no option's line is read as another's description."""
    taken = {g[5] for g in glyphs}
    for e in _text_lines(screen):
        if e.index not in taken:
            on = option_context.stated(e.text, language)[1]
            if on is not None:
                yield "text", e.bounds, on, e.text, e.text, e.index


def _state_by(texts, box: Bounds, language: str | None) -> bool | None:
    """The state a word written right over or under a switch says ("Off" under it), else None:
    the word outranks the colours read from the pixels."""
    for e in texts:
        if (min(box.x2, e.bounds.x2) - max(box.x1, e.bounds.x1) > 0
                and (0 <= e.bounds.y1 - box.y2 <= box.height or 0 <= box.y1 - e.bounds.y2 <= box.height)):
            said = option_context.state_word(e.text, language)
            if said is not None:
                return said
    return None


def _title_beside(screen, box: Bounds, language: str | None) -> str | None:
    """The name of the option whose switch is at `box` when the line beside it is only its state:
    the nearest line on the same row to its left (a consent tool's "Performance cookies ...
    [switch] Active"), else the line just above it."""
    texts = [e for e in _text_lines(screen) if option_context.state_word(e.text, language) is None]
    left = [e for e in texts if e.bounds.x2 <= box.x1 + 4 and box.x1 - e.bounds.x2 <= 12 * box.width
            and min(box.y2, e.bounds.y2) - max(box.y1, e.bounds.y1) >= 0.3 * min(box.height, e.bounds.height)]
    if left:
        return max(left, key=lambda e: e.bounds.x2).text
    above = [e for e in texts if 0 <= box.y1 - e.bounds.y2 <= 2 * box.height
             and e.bounds.x1 < box.x2 and e.bounds.x2 > box.x1 - 12 * box.width]
    return max(above, key=lambda e: e.bounds.y2).text if above else None


def _label_line(texts, box: Bounds, line: str, index: int):
    """The text line element a glyph's label was read from (its own index, else the line with
    that text on the glyph's row, nearest first), or None."""
    byindex = [e for e in texts if e.index == index]
    if byindex:
        return byindex[0]
    same = [e for e in texts if e.text == line
            and min(box.y2, e.bounds.y2) - max(box.y1, e.bounds.y1) >= 0.3 * min(box.height, e.bounds.height)]
    return min(same, key=lambda e: min(abs(e.bounds.x1 - box.x2), abs(box.x1 - e.bounds.x2)), default=None)


def _verdicts(screen, glyphs, language: str | None):
    """(glyph, label, Verdict or None) for each switched-on glyph: its option's title, the
    description under it and the headings of its section (detectors/option_context.py)."""
    texts = _text_lines(screen)
    found = [(g, _label_line(texts, g[1], g[3], g[5]) if g[3] else None) for g in glyphs]
    labels = {e.index for _, e in found if e is not None}
    blocks, owned = {}, set(labels)
    for g, e in found:
        if e is not None:
            blocks[id(g)] = option_context.option_block(e, g[1], texts, labels)
            owned |= {x.index for x in blocks[id(g)].lines}
    for g, e in found:
        kind, box, on, line, row, index = g
        said = option_context.state_word(line, language) if line else None
        if said is not None:            # the word beside it is its state: it says which
            on, line = said, _title_beside(screen, box, language)
            if on and line:
                yield g, line, option_context.judge(line, "", [], language)
            continue
        said = _state_by(texts, box, language)
        if said is not None:
            on = said
        if not on or not line:
            continue
        if id(g) not in blocks:         # no line element to read the layout from: its row
            yield g, line, option_context.judge(line, row if row != line else "", [], language)
            continue
        opt = blocks[id(g)]
        span = (min(opt.title.bounds.x1, box.x1), max(opt.title.bounds.x2, box.x2))
        heads = option_context.headings_above(opt.title, span, texts, owned)
        yield g, opt.label, option_context.judge(opt.label, opt.description, heads, language)


@detector("preselection_pixels")
def preselection_pixels(screen, ctx) -> list[Finding]:
    if screen.image is None:
        return []
    if any(e.checkable for e in screen.elements):
        return []           # the tree knows the state: the tree-based detector reports it
    from_tree = list(_glyphs_from_tree(screen))
    glyphs = from_tree if from_tree or screen.source == "ocr" else list(_glyphs_from_pixels(screen))
    language = read(screen, ctx).language       # the hint, else the screen's own
    glyphs += list(_stated_options(screen, glyphs, language))
    out: list[Finding] = []
    for (kind, box, _, _, _, index), label, verdict in _verdicts(screen, glyphs, language):
        if verdict is None:
            continue
        favour = verdict.kind
        if favour in ("keep", "deactivate") and not read(screen, ctx).deletion:
            # keeping the data or pausing the account favours the provider only where the
            # person is leaving, as preselection_tree has it; on any other screen "Save
            # history", "Keep backups" are the person's own features (read() is kept on the
            # screen: asked once)
            continue
        what = {"checkbox": "ticked", "radio": "selected", "toggle": "switched on",
                "text": "set to on"}.get(kind, "on")
        out.append(Finding(
            type="preselection",
            explanation=(f"\u201c{label}\u201d is {what} in advance{verdict.because}: leaving it as it is keeps what the user asked to remove."
                         if favour in ("keep", "deactivate") else
                         f"\u201c{label}\u201d is {what} in advance{verdict.because}: the user must act to refuse it ({favour.replace('_', ' ')})."),
            evidence=label, element=index, box=Bounds(*box.as_list()), score=0.8,
            data={"glyph": kind, "state": "on", "measured_from": "pixels", "kind": favour,
                  "said_by": verdict.said_by}))
    return out

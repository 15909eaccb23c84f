"""False hierarchy / visual interference: the way back is a big bright button, the way out a
small, faint one — measured from the pixels.

The option that turns back and the one that goes on with the deletion come from
detectors.choices.options(). Each is measured in the screenshot (screens.pixels): box area,
fill saliency against its surroundings, WCAG contrast of its text, text height. The finding
needs the way back to beat the way out clearly on at least two of the four, which a big grey
"Cancel" beside an equally big red "Delete" does not.

Prior art flags an area ratio ≥ 2 or a luminance gap > 100 (AppRay), a luminance spread > 10
(UIGuard), a relative size > 0.10 (AidUI); here the contrast test is WCAG's own threshold
(the way back passes 4.5:1 where the way out fails it) or a 2× contrast ratio.
"""
from __future__ import annotations

from cancelcheck.records import Finding

from . import choices
from ._prominence import Measure, measure, ways
from .registry import detector

AREA_RATIO = 2.0          # the way back's box at least twice the way out's
SALIENCY_GAP = 15.0       # delta E: a filled button against a bare text
CONTRAST_RATIO = 2.0      # or one passes WCAG 4.5:1 and the other fails it
HEIGHT_RATIO = 1.3        # text height
NEEDED = 2                # dominated measures needed to call it a false hierarchy


def compare(back: Measure, out: Measure) -> dict:
    """Which measures the way back wins clearly, with the ratios."""
    ratios = {"area": back.area / max(out.area, 1e-6)}
    wins = []
    if ratios["area"] >= AREA_RATIO:
        wins.append("area")
    if back.saliency is not None and out.saliency is not None:
        ratios["saliency_gap"] = back.saliency - out.saliency
        if ratios["saliency_gap"] >= SALIENCY_GAP:
            wins.append("saliency")
    if back.contrast and out.contrast:
        ratios["contrast"] = back.contrast / out.contrast
        if ratios["contrast"] >= CONTRAST_RATIO or (
                back.contrast >= back.min_contrast and out.contrast < out.min_contrast):
            wins.append("contrast")
    if back.text_height and out.text_height:
        ratios["text_height"] = back.text_height / out.text_height
        if ratios["text_height"] >= HEIGHT_RATIO:
            wins.append("text_height")
    return {"ratios": {k: round(v, 2) for k, v in ratios.items()}, "dominates": wins}


@detector("false_hierarchy")
def false_hierarchy(screen, ctx) -> list[Finding]:
    if screen.image is None:
        return []
    proceed, retreat = choices.options(screen, ctx.language)
    # an icon-only "Back" arrow is on every screen: the hierarchy is between labelled options
    retreat = [e for e in retreat if e.text or any(d.text for d in screen.descendants(e))]
    backs = [m for m in (measure(screen, e) for e in ways(screen, retreat))
             if m and m.source == "pixels"]
    outs = [m for m in (measure(screen, e) for e in ways(screen, proceed))
            if m and m.source == "pixels"]
    if not backs or not outs:
        return []
    back = max(backs, key=lambda m: m.prominence)
    out = max(outs, key=lambda m: m.prominence)     # the clearest way out there is
    verdict = compare(back, out)
    wins = verdict["dominates"]
    if len(wins) < NEEDED:
        return []
    r = verdict["ratios"]
    parts = []
    if "area" in wins:
        parts.append(f"{r['area']:.1f}× the area")
    if "saliency" in wins:
        parts.append("a filled background" if (out.saliency or 0) < 8 else "a far brighter fill")
    if "contrast" in wins:
        parts.append(f"text contrast {back.contrast:.1f}:1 against {out.contrast:.1f}:1")
    if "text_height" in wins:
        parts.append(f"{r['text_height']:.1f}× the text height")
    return [Finding(
        type="false_hierarchy",
        explanation=(f"The way back “{back.label}” is far more prominent than the way out "
                     f"“{out.label}”: " + ", ".join(parts) + "."),
        evidence=back.label, element=back.element, box=back.box,
        score=min(1.0, 0.5 + 0.125 * len(wins)),
        data={"retreat": back.as_dict(), "proceed": out.as_dict(), **verdict})]

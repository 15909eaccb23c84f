"""Nagging (journey): the same retention content — a retention offer or a confirmshaming exit
with similar words, or near-identical retention screens — shown on two or more screens of the
journey. A screen seen again only because the tool went back to it does not count.

A nag is an ask on the way out: only content on screens about leaving counts (the explorer's
deletion stages, or the screen's own words), and content that also stands on a screen that is
not about leaving is the app's frame (a footer, a header, a banner on every page), not an ask
repeated.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from cancelcheck.records import Finding

from . import lexicon
from .registry import Context, detector
from .screen_text import DELETION_STAGES, read

SIMILAR = 0.8
_TYPES = ("retention_offer", "confirmshaming")


def similar(a: str, b: str) -> bool:
    a, b = lexicon.bare(a), lexicon.bare(b)
    return bool(a and b) and (a == b or SequenceMatcher(None, a, b).ratio() >= SIMILAR)


def _retention_findings(journey) -> list[Finding]:
    found = [f for f in journey.findings if f.type in _TYPES and f.screen is not None]
    if found:
        return found
    from .confirmshaming import confirmshaming
    from .retention import retention_offer
    for rec in journey.screens:
        screen = journey.screen(rec.index)
        if screen is None:
            continue
        c = Context(screen_index=rec.index)
        for fn in (retention_offer, confirmshaming):
            for f in fn(screen, c):
                f.screen = rec.index
                found.append(f)
    return found


def _texts(f: Finding) -> list[str]:
    return [f.evidence] + list(f.data.get("texts", []))


def _leaving(journey, settings: dict) -> dict[int, bool]:
    """For each screen of the journey: is it about leaving (deleting, cancelling, closing)?"""
    out = {}
    for rec in journey.screens:
        screen = journey.screen(rec.index)
        if screen is None:
            out[rec.index] = rec.stage in DELETION_STAGES
            continue
        c = Context(screen_index=rec.index,
                    settings={**settings, **({"stage": rec.stage} if rec.stage else {})})
        out[rec.index] = read(screen, c).deletion
    return out


def _frame(journey, leaving: dict[int, bool], f: Finding) -> bool:
    """The finding's evidence also stands on a screen that is not about leaving."""
    for rec in journey.screens:
        screen = journey.screen(rec.index)
        if screen is None or leaving.get(rec.index):
            continue
        if any(similar(f.evidence, x) for x in screen.texts()):
            return True
    return False


@detector("nagging", scope="journey")
def nagging(journey, ctx):
    fp = {r.index: r.fingerprint for r in journey.screens}
    leaving = _leaving(journey, dict(getattr(ctx, "settings", None) or {}))
    found = sorted((f for f in _retention_findings(journey)
                    if leaving.get(f.screen) and not _frame(journey, leaving, f)),
                   key=lambda f: f.screen)
    by_screen: dict[int, list[Finding]] = {}
    for f in found:
        by_screen.setdefault(f.screen, []).append(f)
    screens = sorted(by_screen)
    out = []
    for j, sj in enumerate(screens):
        for si in screens[:j]:
            if fp.get(si) and fp.get(si) == fp.get(sj):
                continue        # the same screen seen again (backtracking), not a new nag
            pair = next(((a, b) for a in by_screen[si] for b in by_screen[sj]
                         if any(similar(x, y) for x in _texts(a) for y in _texts(b))), None)
            if pair is None:
                continue
            shown = by_screen[sj]
            lead = next((f for f in shown if f.type == "retention_offer"), pair[1])
            out.append(Finding(
                type="nagging", screen=sj, element=lead.element, box=lead.box,
                evidence=lead.evidence, score=0.85,
                explanation=f"The same retention content is shown again (first on screen {si}): "
                            f"\u201c{pair[1].evidence}\u201d.",
                data={"first_screen": si, "repeated": pair[1].evidence}))
            break
    return out

"""Retention offer: a discount, "are you really leaving?", "we'll miss you" or the perks to be
lost, put on a deletion screen to make the person stay. Words: lexicons/retention.yaml.
One finding per screen; the strongest kind's text (then the highest on screen) is the evidence.
"""
from __future__ import annotations

from . import lexicon
from .registry import detector
from .screen_text import best, is_retreat_button, make, read


@detector("retention_offer")
def retention_offer(screen, ctx):
    st = read(screen, ctx)
    if not st.deletion:
        return []
    lex = lexicon.load("retention")
    hits = []
    for e in st.elements:
        if is_retreat_button(screen, e, st.language):
            continue            # "Keep my account" is the way back, not the offer
        m = lex.match(e.label, st.langs)
        if m:
            hits.append((e, lex.weights[m.kind], m))
    top = best((e, w) for e, w, _ in hits)
    if not top:
        return []
    e = top[0]
    m = next(m for x, _, m in hits if x is e)
    kinds = sorted({m.kind for _, _, m in hits}, key=lex.kinds.index)
    return [make("retention_offer",
                 f"On the way out the app tries to keep the person: {lex.explain[m.kind]}.", e,
                 score=0.6 + 0.4 * lex.weights[m.kind],
                 data={"kinds": kinds, "texts": [x.label for x, _, _ in hits]})]

"""Confirmshaming: a decline or exit option phrased as a first-person statement that belittles the
choice or the person ("No thanks, I don't like deals", "I'd rather pay full price", "残忍离开",
"Nein danke, ich verzichte auf Rabatte"), on any topic. Recognised by its form, per language:
a first-person refusal of a gain, a preference for the worse option, hating or renouncing a
gain, or a fixed form such as "I don't care about". A plain "No thanks" or a retreat
("Keep my account", "I don't want to lose my memories") is not. Grammar:
lexicons/confirmshaming.yaml.
"""
from __future__ import annotations

from . import lexicon
from .registry import detector
from .screen_text import make, read

MAX_LABEL = 100


@detector("confirmshaming")
def confirmshaming(screen, ctx):
    st = read(screen, ctx)
    lex = lexicon.load("confirmshaming")
    out, seen = [], set()
    for e in st.elements:
        label = e.label
        if len(label) > MAX_LABEL or label in seen:
            continue
        m = lex.match(label, st.langs)
        if not m:
            continue         # the grammar itself keeps retreats out ("I don't want to lose …")
        seen.add(label)
        tappable = screen.tappable(e).clickable
        out.append(make("confirmshaming",
                        f"The option to go on is worded to shame the person who picks it: "
                        f"\u201c{label}\u201d.", e, score=0.9 if tappable else 0.7,
                        data={"matched": m.text, "language": m.lang, "rule": m.rule}))
    return out

"""Ambiguous label: a bare "Cancel" / "取消" / "Annuler" on a screen whose subject is itself
cancelling ("Cancel your subscription?"), where a person cannot tell whether it cancels the
cancellation. "Cancel" beside "Delete account" is clear and not flagged.
"""
from __future__ import annotations

from .choices import is_ambiguous
from .registry import detector
from .screen_text import make, read


@detector("ambiguous_label")
def ambiguous_label(screen, ctx):
    st = read(screen, ctx)
    texts = st.texts
    out = []
    for e in st.elements:
        if not screen.tappable(e).clickable:
            continue
        if is_ambiguous(e.label, texts, st.language):
            out.append(make("ambiguous_label",
                            f"\u201c{e.label}\u201d on a screen about cancelling: it is unclear "
                            "whether it cancels the cancellation or goes through with it.",
                            screen.tappable(e), evidence=e.label, score=0.7))
            break
    return out

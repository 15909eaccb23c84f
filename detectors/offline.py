"""Offline requirement: deletion needs a phone call, an e-mail, a letter or a visit to a branch
or counter. A channel counts when the same text names the deletion, or makes it a duty on a
deletion screen. Words: lexicons/offline.yaml, context.yaml.
"""
from __future__ import annotations

from . import lexicon
from .registry import detector
from .screen_text import best, is_request, make, read


@detector("offline_requirement")
def offline_requirement(screen, ctx):
    st = read(screen, ctx)
    lex, ctxlex = lexicon.load("offline"), lexicon.load("context")
    hits = []
    for e in st.elements:
        kinds = lex.kinds_in(e.label, st.langs)
        if not kinds:
            continue
        names_deletion = ctxlex.match(e.label, st.langs, kinds=["deletion_word"]) is not None
        duty = st.deletion and is_request(e.label, st.langs)
        if names_deletion or duty:
            hits.append((e, (1.0 if names_deletion else 0.7), kinds))
    top = best((e, w) for e, w, _ in hits)
    if not top:
        return []
    e, w = top
    kinds = sorted({k for _, _, ks in hits for k in ks}, key=lex.kinds.index)
    channels = " or ".join(k.replace("_", " ") for k in kinds)
    return [make("offline_requirement",
                 f"Deletion is not possible in the app: it needs {channels}.", e,
                 score=0.6 + 0.35 * w, data={"channels": kinds})]

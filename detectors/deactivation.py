"""Deactivation offered as deletion ("Deactivate instead", "停用", "冻结", "hide your profile"),
and preselection read from the TREE: a pre-checked radio or checkbox on a deletion screen whose
label deactivates or keeps data, the account or a subscription ("Keep my data for 30 days"), or
favours the provider otherwise (shares data, signs up for marketing) -- said by its label, the
other texts of its row or the heading of its section (option_context.judge, the judgement the
pixel detector uses).
(Checkboxes that exist only in pixels are the pixel detectors' job.) Words:
lexicons/deactivation.yaml.
"""
from __future__ import annotations

from . import lexicon, option_context
from .registry import detector
from .screen_text import best, make, read


def checked_options(screen):
    """(element, label, label element, description, headings) for every checked checkable
    element with words (option_context.in_tree)."""
    for e in screen.elements:
        if e.checkable and e.checked and not e.bounds.empty:
            found = option_context.in_tree(screen, e)
            if found:
                yield (e, *found)


@detector("deactivation_offered")
def deactivation_offered(screen, ctx):
    st = read(screen, ctx)
    if not st.deletion:
        return []
    lex = lexicon.load("deactivation")
    hits = [(e, 1.0) for e in st.elements
            if lex.match(e.label, st.langs, kinds=["deactivate"])]
    # an option's own words beat a description and a sentence beside it
    top = best(hits, lambda e: (1 if screen.tappable(e).clickable else 0) + (1 if e.text else 0))
    if not top:
        return []
    e = top[0]
    return [make("deactivation_offered",
                 "Deactivating or pausing the account is offered in place of deleting it.", e,
                 score=0.85)]


@detector("preselection_tree")
def preselection_tree(screen, ctx):
    st = read(screen, ctx)
    if not st.deletion:
        return []
    out = []
    for box, label, holder, description, headings in checked_options(screen):
        v = option_context.judge(label, description, headings, st.language)
        if v is None:
            continue
        what = {"deactivate": "deactivating instead of deleting", "keep": "keeping data"}.get(
            v.kind, v.kind.replace("_", " ").replace("share data", "sharing data"))
        f = make("preselection", f"The option for {what} is ticked in advance: \u201c{label}\u201d{v.because}.",
                 box, evidence=label, score=0.9,
                 data={"kind": v.kind, "source": "tree", "label_element": holder.index,
                       "said_by": v.said_by})
        out.append(f)
    return out

"""Deactivation offered as deletion ("Deactivate instead", "停用", "冻结", "hide your profile"),
and preselection read from the TREE: a pre-checked radio or checkbox on a deletion screen whose
label deactivates or keeps data, the account or a subscription ("Keep my data for 30 days").
(Checkboxes that exist only in pixels are the pixel detectors' job.) Words:
lexicons/deactivation.yaml.
"""
from __future__ import annotations

from . import lexicon
from .registry import detector
from .screen_text import best, make, read


def _option_label(screen, box) -> tuple[str, object]:
    """The words of a checkbox/radio: the innermost text in its <label>/row, else its own."""
    row = next((a for a in screen.ancestors(box) if a.clickable), None)
    if row is not None:
        kids = [d for d in screen.descendants(row)
                if d.text and d.attrs.get("aggregate") != "1" and d is not box]
        if kids:
            return kids[0].text, kids[0]
        if row.label:
            return row.label, row
    return box.label, box


def checked_options(screen):
    """(element, label, label element) for every checked checkable element."""
    for e in screen.elements:
        if e.checkable and e.checked and not e.bounds.empty:
            label, holder = _option_label(screen, e)
            if label:
                yield e, label, holder


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
    lex = lexicon.load("deactivation")
    out = []
    for box, label, holder in checked_options(screen):
        m = lex.match(label, st.langs)
        if not m:
            continue
        what = "deactivating instead of deleting" if m.kind == "deactivate" else "keeping data"
        f = make("preselection", f"The option for {what} is ticked in advance: \u201c{label}\u201d.",
                 box, evidence=label, score=0.9,
                 data={"kind": m.kind, "source": "tree", "label_element": holder.index})
        out.append(f)
    return out

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


@detector("misleading_entry", scope="journey")
def misleading_entry(journey, ctx):
    """A label that names deleting the account but leads to a screen about something else
    (maze-en's "Delete account" that opens "Manage subscription")."""
    from cancelcheck.records import Finding
    from .journey_steps import about_deletion, screen_is_deletion
    out, seen = [], set()
    for s in journey.steps:
        if s.kind != "tap" or not s.changed or not about_deletion(s.target):
            continue
        if screen_is_deletion(journey, s.after) is not False:
            continue
        key = (journey.screens[s.before].fingerprint, s.target)
        if key in seen:
            continue
        seen.add(key)
        out.append(Finding("ambiguous_label", f"\u201c{s.target}\u201d says it deletes the "
                           "account but opens a screen about something else.",
                           evidence=s.target, screen=s.before, box=s.box, score=0.7,
                           detector="misleading_entry"))
    return out

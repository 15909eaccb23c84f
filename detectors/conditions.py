"""Conditions to leave: clear the balance, unbind accounts, no recent orders, settle debts,
cancel subscriptions first — on a deletion screen. One finding per condition kind.
Words: lexicons/conditions.yaml.
"""
from __future__ import annotations

from . import lexicon
from .registry import detector
from .screen_text import best, make, read


@detector("conditions")
def conditions(screen, ctx):
    st = read(screen, ctx)
    if not st.deletion:
        return []
    lex = lexicon.load("conditions")
    by_kind: dict[str, list] = {}
    for e in st.elements:
        for kind in lex.kinds_in(e.label, st.langs):
            by_kind.setdefault(kind, []).append(e)
    out, used = [], {}
    for kind in lex.kinds:
        if kind in by_kind:
            # the statement of the condition, not its button ("解绑第三方账号", not "去解绑")
            e, _ = best(((e, 1.0) for e in by_kind[kind]),
                        lambda e: 0 if screen.tappable(e).clickable else 1)
            if e.index in used:         # one sentence naming two conditions: one finding
                used[e.index].data["kinds"].append(kind)
                continue
            f = make("conditions", f"Before deleting, {lex.explain[kind]}.", e,
                     score=0.8, data={"kind": kind, "kinds": [kind]})
            used[e.index] = f
            out.append(f)
    return out

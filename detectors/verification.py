"""Verification burden: ID card photos, a face scan, a selfie holding an ID, bank card details,
a passport scan — and an SMS code when sign-up never asked for a phone
(ctx.settings["signup_phone"] is False). Words: lexicons/verification.yaml.
One finding per kind per screen; an instruction ("请上传…") beats a button, a button beats a title.
"""
from __future__ import annotations

from . import lexicon
from .registry import detector
from .screen_text import best, is_request, make, read


@detector("verification_burden")
def verification_burden(screen, ctx):
    st = read(screen, ctx)
    lex = lexicon.load("verification")
    sms_counts = (ctx.settings or {}).get("signup_phone") is False
    by_kind: dict[str, list] = {}
    for e in st.elements:
        # one kind per text, the most specific (file order): a photo holding the ID card is
        # not also an ID photo
        m = lex.match(e.label, st.langs,
                      kinds=None if sms_counts else [k for k in lex.kinds if k != "sms"])
        if m:
            by_kind.setdefault(m.kind, []).append(e)

    def rank(e):
        return 2 if is_request(e.label, st.langs) else 1 if screen.tappable(e).clickable else 0

    out = []
    for kind in lex.kinds:
        if kind not in by_kind:
            continue
        e, _ = best(((e, 1.0) for e in by_kind[kind]), rank)
        out.append(make("verification_burden",
                        f"To delete the account {lex.explain[kind]}.", e,
                        score=0.9 if kind != "sms" else 0.6, data={"kind": kind}))
    return out

"""Forced wait. Per screen: a countdown on a button or label ("我已阅读并同意（10s）",
"Continue (10s)", "Please wait 10 seconds", "10秒后可继续"); the seconds are read from the text.
A resend-code timer ("60s后重发") is not a forced wait. Across the journey
(`forced_wait_measured`): how long a proceed button actually stayed disabled while the person
could do nothing but wait (only waits and scrolls in between). Words: lexicons/forced_wait.yaml.
"""
from __future__ import annotations

import re

from . import lexicon
from .choices import PROCEED, classify, strip_countdown
from .registry import detector
from .screen_text import make, read

_TOKEN = re.compile(r"[(（\[]\s*(\d{1,3})\s*(s|sec|secs|seconds?|秒|초|сек|с)?\s*[)）\]]"
                    r"|(\d{1,3})\s*(秒|초)\s*(后|後|뒤|후)", re.I)
_NUM = re.compile(r"\d{1,4}")
MIN_MEASURED = 2.0          # seconds; below this a disabled button is just a render delay


def countdown_seconds(label: str, language: str | None = None) -> int | None:
    """Seconds a label says the person must wait, or None."""
    text = lexicon.normalize(label)
    lex = lexicon.load("forced_wait")
    langs = lexicon.langs(language)
    if lex.match(text, langs, kinds=["resend"]):
        return None
    m = lex.match(text, langs, kinds=["wait"])
    if m:
        n = _NUM.search(m.text)
        return int(n.group(0)) if n else None
    t = _TOKEN.search(text)
    if t and strip_countdown(text):            # a number beside words, not a bare "60s"
        return int(t.group(1) or t.group(3))
    return None


@detector("forced_wait")
def forced_wait(screen, ctx):
    st = read(screen, ctx)
    for e in st.elements:
        secs = countdown_seconds(e.label, st.language)
        if secs is None or secs <= 0:
            continue
        target = screen.tappable(e)
        disabled = not target.enabled or not e.enabled
        return [make("forced_wait",
                     f"The person must wait {secs} seconds before going on.", e,
                     score=0.9 if disabled else 0.75,
                     data={"seconds": secs, "disabled": disabled})]
    return []


def _key(label: str) -> str:
    return lexicon.bare(strip_countdown(lexicon.normalize(label)))


@detector("forced_wait_measured", scope="journey")
def forced_wait_measured(journey, ctx):
    """Seconds a proceed button stayed disabled across consecutive live screens, with only
    waits and scrolls between (typing or picking something resets the clock)."""
    records = sorted(journey.screens, key=lambda r: r.index)
    resets = {s.after: s for s in journey.steps if s.kind in ("tap", "type", "choose", "back",
                                                                "start", "restart")}
    since: dict[str, tuple[float, int, object, str]] = {}
    out = []
    for rec in records:
        if rec.index in resets:
            since.clear()
        screen = journey.screen(rec.index)
        if screen is None:
            continue
        seen = set()
        for e in screen.visible():
            if not e.label or not e.clickable or classify(e.label) != PROCEED:
                continue
            k = _key(e.label)
            if not k or k in seen:
                continue
            seen.add(k)
            if not e.enabled:
                since.setdefault(k, (rec.t, rec.index, e, e.label))
            elif k in since:
                t0, i0, e0, label0 = since.pop(k)
                waited = rec.t - t0
                if waited >= MIN_MEASURED:
                    f = make("forced_wait",
                             f"\u201c{strip_countdown(e.label)}\u201d stayed disabled for "
                             f"{waited:.0f} seconds.", e0, evidence=label0, score=0.95,
                             data={"seconds": round(waited, 1), "measured": True,
                                   "enabled_on_screen": rec.index})
                    f.screen = i0
                    out.append(f)
    return out

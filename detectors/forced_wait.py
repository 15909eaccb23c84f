"""Forced wait. Per screen: a control that counts down before it can be used, or a text beside a
disabled control that does ("我已阅读并同意（10s）", "Continue (10s)", "Supprimer (15)",
"Delete (0:15)", "删除 15秒", "bitte warten 10 Sek.", "10秒后可继续"), in any lexicon language;
the seconds are read from the text. A resend-code timer ("60s后重发") is not a forced wait, nor
a time that has passed ("38 seconds ago", "vor 10 Sekunden": a timestamp), nor
an unread count ("Inbox (3)": a bare number in brackets counts only on a control that goes on,
or one that is disabled), nor a clock time ("Opens at 9:30"). Across the journey
(`forced_wait_measured`): how long a proceed button actually stayed disabled while the person
could do nothing but wait (only waits and scrolls in between). Words: lexicons/forced_wait.yaml
(`units` per language, `wait` phrases, `resend`, `elapsed`).

Finding data: seconds, disabled (the control is disabled now), control (the index of the
disabled control when the countdown is in a text beside it).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .choices import PROCEED, classify, strip_countdown
from .registry import detector
from .screen_text import make, read

_NUM = re.compile(r"\d{1,4}")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_CLOCK_BEFORE = re.compile(r"\b(at|um|à|a las|às|в|from|until|bis|till)\s*$", re.I)
# "in 00:30" is a duration; a bare "10:30" may be a time of day, so two-digit minutes count
# only after a word of duration
_DURATION_BEFORE = re.compile(r"\b(in|nach|dans|en|em|через|after|wait)\s*$", re.I)
MIN_MEASURED = 2.0          # seconds; below this a disabled button is just a render delay
MAX_SHORT = 40              # outside brackets, "15 s" / "0:15" count only on a short label


@lru_cache(maxsize=1)
def _tokens() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(bracketed number with optional unit, bracketed m:ss, bare number + unit, bare m:ss),
    built from the units of every language (a countdown's unit is not always the screen's
    language: "(15 s)" sits on Chinese and German buttons alike)."""
    units = lexicon.load("forced_wait").data.get("units") or {}
    words = sorted({u for k, us in units.items() if k != "source" for u in (us or [])},
                   key=len, reverse=True)
    unit = "(?:" + "|".join(words) + ")"
    bracket = re.compile(r"[(（\[]\s*(\d{1,3})\s*(" + unit + r")?\s*[)）\]]", re.I)
    bracket_clock = re.compile(r"[(（\[]\s*(\d{1,2}):([0-5]\d)\s*[)）\]]")
    bare = re.compile(r"(?<![\d.:,])(\d{1,3})\s*" + unit + r"(?!\w)", re.I)
    clock = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(?![\d:])")
    return bracket, bracket_clock, bare, clock


def _has_words(text: str, span: tuple[int, int]) -> bool:
    return bool(_LETTER.search(text[:span[0]] + " " + text[span[1]:]))


def countdown_seconds(label: str, language: str | None = None,
                      control: bool | None = None) -> int | None:
    """Seconds a label says the person must wait, or None. `control`: the label is on a
    control that goes on or is disabled (then a bare "(15)" counts); None: ask classify()."""
    text = lexicon.normalize(label)
    if not _DIGIT.search(text):
        return None                      # every countdown has a number
    lex = lexicon.load("forced_wait")
    langs = lexicon.langs(language)
    if lex.match(text, langs, kinds=["resend"]):
        return None
    if lex.match(text, None, kinds=["elapsed"]):
        return None      # a time that has passed, in any language: like the units, a
                         # timestamp's words need not be the screen's ("vor 10 Sekunden")
    m = lex.match(text, langs, kinds=["wait"])
    if m:
        n = _NUM.search(m.text)
        return int(n.group(0)) if n else None
    bracket, bracket_clock, bare, clock = _tokens()
    t = bracket_clock.search(text)
    if t and _has_words(text, t.span()):
        return int(t.group(1)) * 60 + int(t.group(2))
    t = bracket.search(text)
    if t and _has_words(text, t.span()):
        if t.group(2):
            return int(t.group(1))
        if control is None:
            control = classify(text, language) == PROCEED
        if control:
            return int(t.group(1))
    t = bare.search(text)
    if t and (control or len(text) <= MAX_SHORT) and _has_words(text, t.span()):
        return int(t.group(1))
    t = clock.search(text)
    if (t and len(text) <= MAX_SHORT and _has_words(text, t.span())
            and not _CLOCK_BEFORE.search(text[:t.start()])):
        if len(t.group(1)) == 1 or _DURATION_BEFORE.search(text[:t.start()]):
            return int(t.group(1)) * 60 + int(t.group(2))
    return None


@detector("forced_wait")
def forced_wait(screen, ctx):
    st = read(screen, ctx)
    disabled_controls = [e for e in screen.visible() if e.clickable and not e.enabled]
    for e in st.elements:
        target = screen.tappable(e)
        is_control = target.clickable
        disabled = is_control and (not target.enabled or not e.enabled)
        # a control that goes on: asked of classify() only when a bare "(15)" needs it
        control = True if disabled else (None if is_control else False)
        secs = countdown_seconds(e.label, st.language, control=control)
        if secs is None or secs <= 0:
            continue
        data = {"seconds": secs, "disabled": disabled}
        if not is_control and disabled_controls:
            near = min(disabled_controls,
                       key=lambda c: abs(c.bounds.y1 - e.bounds.y1) + abs(c.bounds.x1 - e.bounds.x1))
            data.update(disabled=True, control=near.index)
        return [make("forced_wait",
                     f"The person must wait {secs} seconds before going on.", e,
                     score=0.9 if data["disabled"] else 0.75, data=data)]
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

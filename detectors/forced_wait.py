"""Forced wait. Per screen: a control that counts down before it can be used, or a text beside a
disabled control that does ("我已阅读并同意（10s）", "Continue (10s)", "Supprimer (15)",
"Delete (0:15)", "删除 15秒", "bitte warten 10 Sek.", "10秒后可继续"), in any lexicon language;
the seconds are read from the text. A resend-code timer ("60s后重发") is not a forced wait, nor
a time that has passed ("38 seconds ago", "vor 10 Sekunden": a timestamp), nor
an unread count ("Inbox (3)": a bare number in brackets counts only on a control that goes on,
or one that is disabled), nor a clock time ("Opens at 9:30"), nor a countdown to something the
app does by itself ("Redirecting in 5 s", "Reconnecting in 5s", "自动跳转 5秒") unless it is
on a control that is disabled or goes on. Minutes count as N×60 seconds where the text says
they are a wait ("Try again in 5 minutes", "bitte 2 Minuten warten", "15分後に再試行") or on a
disabled control ("Delete (5 min)"), never as a bare duration ("5 min read"). Across the journey
(`forced_wait_measured`): how long a proceed button actually stayed disabled while the person
could do nothing but wait (only waits and scrolls in between). Words: lexicons/forced_wait.yaml
(`units` and `minutes` per language, `wait` phrases, `resend`, `elapsed`, `automatic`).

Finding data: seconds, disabled (the control is disabled now), control (the index of the
disabled control when the countdown is in a text beside it).
"""
from __future__ import annotations

import re
from functools import lru_cache

from cancelcheck.words import screen_language

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


_END = lexicon.WORD_END      # a unit ends where no letter and no combining mark follows


def _unit(section: str) -> str:
    """One alternation of the words of a unit section (`units`, `minutes`) in every language,
    longest first."""
    return "(?:" + "|".join(lexicon.word_list("forced_wait", section)) + ")"


@lru_cache(maxsize=1)
def _tokens() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(bracketed number with optional unit, bracketed m:ss, bare number + unit, bare m:ss,
    bracketed number of minutes), built from the units of every language (a countdown's unit
    is not always the screen's language: "(15 s)" sits on Chinese and German buttons alike)."""
    unit, minute = _unit("units"), _unit("minutes")
    bracket = re.compile(r"[(（\[]\s*(\d{1,3})\s*(" + unit + r")?\s*[)）\]]", re.I)
    bracket_clock = re.compile(r"[(（\[]\s*(\d{1,2}):([0-5]\d)\s*[)）\]]")
    bare = re.compile(r"(?<![\d.:,])(\d{1,3})\s*" + unit + _END, re.I)
    clock = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(?![\d:])")
    bracket_min = re.compile(r"[(（\[]\s*(\d{1,3})\s*" + minute + r"\s*[)）\]]", re.I)
    return bracket, bracket_clock, bare, clock, bracket_min


@lru_cache(maxsize=1)
def _minute_after() -> re.Pattern:
    """A word for minutes right after a number (matched at the number's end; inside a wait
    phrase, so no word end is asked: "5分後", "5 minuti")."""
    return re.compile(r"\s*" + _unit("minutes"), re.I)


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
    goes_on: bool | None = None         # classify()'s answer, asked at most once

    def proceeds() -> bool:
        nonlocal goes_on
        if goes_on is None:
            goes_on = classify(text, language) == PROCEED
        return goes_on

    if control is not True and lex.match(text, langs, kinds=["automatic"]):
        # the app will act by itself (redirect, retry, reconnect, refresh, close): nobody is
        # held back, unless the label is on a control that goes on ("Continue, auto-skip (5)")
        if control is False or not proceeds():
            return None
    m = lex.match(text, langs, kinds=["wait"])
    if m:
        n = _NUM.search(m.text)
        if n is None:
            return None
        # "try again in 5 minutes": the number of a wait phrase may count minutes
        return int(n.group(0)) * (60 if _minute_after().match(m.text, n.end()) else 1)
    bracket, bracket_clock, bare, clock, bracket_min = _tokens()
    t = bracket_clock.search(text)
    if t and _has_words(text, t.span()):
        return int(t.group(1)) * 60 + int(t.group(2))
    t = bracket.search(text)
    if t and _has_words(text, t.span()):
        if t.group(2):
            return int(t.group(1))
        if control is None:
            control = proceeds()
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
    # minutes in brackets count only on a control that is disabled ("Delete (5 min)"): on any
    # other label they are how long something takes ("Video (10 min)", "Start quiz (5 min)")
    t = bracket_min.search(text)
    if t and control is True and _has_words(text, t.span()):
        return int(t.group(1)) * 60
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
        language = screen_language(screen)      # the language the other detectors read in
        for e in screen.visible():
            if not e.label or not e.clickable or classify(e.label, language) != PROCEED:
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

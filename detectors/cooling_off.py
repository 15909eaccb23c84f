"""Cooling-off period: how long the app takes to carry out the deletion. Durations are read in
each language (lexicons/cooling_off.yaml), converted to working days (calendar days × 5/7) and
flagged above LIMIT_WORKING_DAYS, the 15 working days of China's 2019 认定方法.
"""
from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .registry import detector
from .screen_text import make, read

LIMIT_WORKING_DAYS = 15
_TO_WORKING_DAYS = {"working_day": 1.0, "day": 5 / 7, "week": 5.0, "month": 30 * 5 / 7,
                    "hour": 1 / 24 * 5 / 7}
_CN = {"零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
       "八": 8, "九": 9}


def cn_number(s: str) -> int | None:
    """Arabic digits or a Chinese numeral up to 999 (十五, 三十, 一百二十)."""
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _CN:
            cur = _CN[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


@lru_cache(maxsize=None)
def _duration_rules(langs: tuple[str, ...] | None):
    lex = lexicon.load("cooling_off")
    table = lex.data.get("durations") or {}
    rules = []
    for lang, entries in table.items():
        if langs is not None and lang not in langs:
            continue
        for d in entries:       # each compiled only once a text holds the words it needs
            rules.append((lexicon.regex(d["pattern"], where=f"{lex.path}: durations.{lang}"),
                          d["unit"]))
    return rules


def durations(text: str, language: str | None = None) -> list[dict]:
    """Every duration in the text: {"text", "n", "unit", "working_days", "calendar_days"}."""
    t = lexicon.normalize(text)
    out, taken = [], []
    for rx, unit in _duration_rules(lexicon.langs(language)):
        for m in rx.finditer(t):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue        # "15个工作日" is not also "15 … 日"
            n = cn_number(m.group("n"))
            if n is None:
                continue
            taken.append((m.start(), m.end()))
            wd = n * _TO_WORKING_DAYS[unit]
            out.append({"text": m.group(0), "n": n, "unit": unit,
                        "working_days": round(wd, 1), "calendar_days": round(wd * 7 / 5, 1)})
    return out


def stated_waits(screen, ctx):
    """Each waiting period a screen states for the deletion: (element, its longest duration,
    the screen's language), in reading order. A promise ("we will delete it within 15 working
    days") and an excessive cooling-off are the same words; the detector judges the length."""
    st = read(screen, ctx)
    ctxlex = lexicon.load("context")
    for e in st.elements:
        if not ctxlex.match(e.label, st.langs, kinds=["processing"]):
            continue
        if not (st.deletion or ctxlex.match(e.label, st.langs, kinds=["deletion_word"])):
            continue
        ds = durations(e.label, st.language)
        if ds:
            yield e, max(ds, key=lambda d: d["working_days"]), st.language


@detector("cooling_off")
def cooling_off(screen, ctx):
    out = []
    for e, d, _ in stated_waits(screen, ctx):
        if d["working_days"] <= LIMIT_WORKING_DAYS:
            continue
        out.append(make("cooling_off",
                        f"Deletion takes effect only after {d['text']} (about {d['working_days']:g} "
                        f"working days), more than the {LIMIT_WORKING_DAYS} working days allowed.",
                        e, score=0.8,
                        data={"days": d["calendar_days"], "working_days": d["working_days"],
                              "n": d["n"], "unit": d["unit"], "limit_working_days": LIMIT_WORKING_DAYS}))
        break
    return out

"""What a committed deletion promises: the waiting period the app states on the final
confirmation or after it ("15个工作日内", "within 30 days", "innerhalb von 30 Tagen"), read by the
cooling-off detector's parsing, with the day it falls due (detectors/waiting_days.py). The audit
records it in the journal; `cancelcheck recheck` signs in again on or after that day.
"""
from __future__ import annotations

from datetime import date

from cancelcheck import detectors
from cancelcheck.detectors.cooling_off import stated_waits
from cancelcheck.detectors.waiting_days import due_date, region_of
from cancelcheck.records import Journey


def promised_wait(j: Journey, committed_on: date, settings: dict | None = None) -> dict | None:
    """The longest waiting period stated from the final confirmation screen on, or None."""
    if j.final_screen is None:
        return None
    best = None
    for i in range(j.final_screen, len(j.screens)):
        screen = j.screen(i)
        if screen is None:
            continue
        ctx = detectors.Context(screen_index=i, settings=dict(settings or {}))
        for element, d, language in stated_waits(screen, ctx):
            if best is None or d["working_days"] > best[1]["working_days"]:
                best = (i, d, language, element.label)
    if best is None:
        return None
    i, d, language, evidence = best
    region = region_of(language)
    due, counted = due_date(committed_on, d["n"], d["unit"], region)
    return {"text": d["text"], "n": d["n"], "unit": d["unit"], "evidence": evidence[:300],
            "screen": i, "language": language or "", "region": region,
            "committed": committed_on.isoformat(), "due": due.isoformat(), "counted": counted}

"""Dead end: on the way to deletion, a button that says it goes on does nothing at all."""
from __future__ import annotations

from cancelcheck.records import Finding
from .journey_steps import about_deletion, proceeds, screen_is_deletion
from .registry import detector


@detector("dead_end", scope="journey")
def dead_end(journey, ctx):
    out, seen = [], set()
    for s in journey.steps:
        if s.kind != "tap" or not s.counted or s.changed or s.revealed or not s.target:
            continue
        if not (proceeds(s.target) or about_deletion(s.target)):
            continue
        if screen_is_deletion(journey, s.before) is False:
            continue
        key = (journey.screens[s.before].fingerprint, s.target)
        if key in seen:
            continue
        seen.add(key)
        out.append(Finding("dead_end", f"\u201c{s.target}\u201d looks like the way on, but "
                           "tapping it changed nothing on the screen.", evidence=s.target,
                           screen=s.before, box=s.box, score=0.8,
                           data={"step": s.index}))
    return out

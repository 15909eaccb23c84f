"""Loop: a way into deletion that, tap after tap forward, brings the person back to where they
started (Delete account → Manage subscription → Account settings → Settings)."""
from __future__ import annotations

from cancelcheck.records import Finding
from .journey_steps import about_deletion, fp
from .registry import detector

FORWARD = ("tap", "type", "choose", "scroll")
MAX_LOOP = 8


@detector("loop", scope="journey")
def loop(journey, ctx):
    out, seen = [], set()
    steps = journey.steps
    for i, s in enumerate(steps):
        if s.kind != "tap" or not s.changed or not about_deletion(s.target):
            continue
        origin = fp(journey, s.before)
        for k in range(i + 1, min(len(steps), i + 1 + MAX_LOOP)):
            t = steps[k]
            if t.kind not in FORWARD:
                break
            if t.changed and fp(journey, t.after) == origin:
                key = (origin, s.target)
                if key not in seen:
                    seen.add(key)
                    out.append(Finding(
                        "loop", f"\u201c{s.target}\u201d leads on a circle: \u201c{t.target}\u201d "
                        "brings the person back to the screen they started from.",
                        evidence=t.target, screen=t.before, box=t.box, score=0.9,
                        data={"entry_step": s.index, "closing_step": t.index,
                              "length": k - i + 1}))
                break
    return out

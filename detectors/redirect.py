"""Redirect out of the app: on the way to deletion the person is sent to another app or site
(a browser, a help centre on another host)."""
from __future__ import annotations

from urllib.parse import urlsplit

from cancelcheck.records import Finding
from .registry import detector


def _owner(app: str) -> str:
    if "://" in app:
        return urlsplit(app).netloc
    return app.split("/", 1)[0]


@detector("redirect_out", scope="journey")
def redirect_out(journey, ctx):
    if not journey.screens:
        return []
    home = _owner(journey.screens[0].app)
    out = []
    for s in journey.steps:
        if s.kind not in ("tap", "choose") or not (0 <= s.after < len(journey.screens)):
            continue
        owner = _owner(journey.screens[s.after].app)
        if home and owner and owner != home:
            out.append(Finding("redirect_out", f"\u201c{s.target}\u201d sends the person out of "
                               f"the app, to {owner}.", evidence=s.target, screen=s.before,
                               box=s.box, score=0.8, data={"to": owner}))
            break
    return out

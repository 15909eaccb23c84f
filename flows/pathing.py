"""From what was done to what a user must do: the shortest path found, its steps, the entry depth.

The path is the run's last attempt (from the last start or restart) with the detours taken out:
taps that changed nothing, scrolls that revealed nothing, and excursions that came back to the
same screen touching no form (a wrong submenu and back). Form steps — typing, choosing, ticking,
asking for a code — are kept, since the flow needs them even when the screen looks the same.
Where another part of the run found a direct tap between two screens of the path, it is used
instead of a longer stretch without form steps.

The entry depth counts the steps to the first screen of the deletion flow: the screen a tap on
an entry (Delete account) opened, or, on the web, the first screen of the page the final
confirmation stands on, when the path came to that page from another one: a deletion form that
shares its page with other settings (a preferences tab, a long profile) begins where the page
does, not where the person scrolled or typed to on it. Whichever comes first counts; the
explorer's own entry screen is the fallback.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from cancelcheck.records import Journey, Step

from .cues import cues

FORM_KINDS = ("type", "choose")


@dataclass
class PathSummary:
    steps: list[int]            # indices into journey.steps, in order
    path_steps: int             # counted steps, plus the final tap when it was not performed
    entry_depth: int | None
    wait_seconds: float


def _fp(j: Journey, screen_index: int) -> str:
    return j.screens[screen_index].fingerprint if 0 <= screen_index < len(j.screens) else ""


def _is_form(step: Step) -> bool:
    if step.kind in FORM_KINDS:
        return True
    return step.kind == "tap" and (cues().send_code(step.target) or "code" in step.note)


def _last_attempt(j: Journey) -> list[Step]:
    start = j.start_step
    for s in j.steps[j.start_step:]:
        if s.kind in ("start", "restart"):
            start = s.index + 1
    return j.steps[start:]


def _dead(s) -> bool:
    """A user step that did nothing: a tap that changed nothing, a scroll that moved nothing
    (even if the screen changed meanwhile — a countdown ending — that came with time)."""
    if not s.counted or _is_form(s):
        return False
    return not s.revealed if s.kind == "scroll" else not (s.changed or s.revealed)


def shortest_path(j: Journey, final_pending: bool) -> PathSummary:
    steps = [s for s in _last_attempt(j) if s.kind == "wait" or not _dead(s)]
    steps = _remove_excursions(j, steps)
    steps = _shortcuts(j, steps)
    counted = [s for s in steps if s.counted]
    entry_depth = None
    n = 0
    for s in steps:
        if s.counted:
            n += 1
            if entry_depth is None and (cues().entry(s.target) or (
                    s.kind == "choose" and cues().entry(s.label))):
                entry_depth = n
    if final_pending:
        on_page = _final_page_depth(j, steps)
        if on_page is not None and (entry_depth is None or on_page < entry_depth):
            entry_depth = on_page
    if entry_depth is None and j.entry_screen is not None:
        n = 0
        for s in steps:
            n += s.counted
            if _fp(j, s.after) == _fp(j, j.entry_screen):
                entry_depth = n
                break
    waits = sum(s.waited for s in steps if s.kind == "wait" and s.source != "login")
    return PathSummary(steps=[s.index for s in steps],
                       path_steps=len(counted) + (1 if final_pending else 0),
                       entry_depth=entry_depth, wait_seconds=waits)


def _page(j: Journey, screen_index: int) -> str:
    """The web page a screen shows: its URL's place, the route after # included, without the
    query (what the page was asked to show: a form sent back with ?really is the same page);
    "" off the web."""
    if not 0 <= screen_index < len(j.screens):
        return ""
    url = j.screens[screen_index].app or ""
    if not url.startswith(("http://", "https://")):
        return ""
    u = urlsplit(url)
    return urlunsplit(u._replace(query=""))


def _final_page_depth(j: Journey, steps: list[Step]) -> int | None:
    """Steps to the first screen of the unbroken stretch, at the path's end, on the final
    confirmation's page; None off the web, or when the path never changed page to get there
    (one URL for every view tells nothing of where the flow begins)."""
    if not steps:
        return None
    page = _page(j, steps[-1].after)
    if not page:
        return None
    first = len(steps) - 1
    while first > 0 and _page(j, steps[first - 1].after) == page:
        first -= 1
    if _page(j, steps[first].before) in ("", page):
        return None
    return sum(s.counted for s in steps[:first + 1])


def _remove_excursions(j: Journey, steps: list[Step]) -> list[Step]:
    """Drop every stretch that leaves a screen and comes back to it touching no form."""
    i = 0
    while i < len(steps):
        origin = _fp(j, steps[i].before)
        back = next((k for k in range(len(steps) - 1, i - 1, -1)
                     if _fp(j, steps[k].after) == origin), None)
        if back is not None:
            segment = steps[i:back + 1]
            if any(x.changed for x in segment) and not any(_is_form(x) for x in segment):
                steps = steps[:i] + steps[back + 1:]
                continue
        i += 1
    return steps


def _shortcuts(j: Journey, steps: list[Step]) -> list[Step]:
    """Replace a form-free stretch A…B by one observed tap A→B when one exists."""
    direct: dict[tuple[str, str], Step] = {}
    for s in j.steps:
        if s.counted and s.changed and s.kind == "tap":
            direct.setdefault((_fp(j, s.before), _fp(j, s.after)), s)
    i = 0
    while i < len(steps):
        for k in range(len(steps) - 1, i, -1):
            key = (_fp(j, steps[i].before), _fp(j, steps[k].after))
            segment = steps[i:k + 1]
            if key in direct and not any(_is_form(x) or x.kind in ("wait", "scroll")
                                         for x in segment) \
                    and sum(x.counted for x in segment) > 1 and _no_form_before(j, direct[key]):
                steps = steps[:i] + [direct[key]] + steps[k + 1:]
                break
        i += 1
    return steps


def _no_form_before(j: Journey, step: Step) -> bool:
    """The shortcut tap needed nothing on its screen first: no form step, no scroll that
    brought it into view, no tap that opened it in place (a menu or drawer sliding in)."""
    for s in reversed(j.steps[:step.index]):
        if s.changed or s.kind in ("start", "restart"):
            return True
        if _is_form(s) or (s.kind in ("scroll", "tap") and s.revealed):
            return False
    return True

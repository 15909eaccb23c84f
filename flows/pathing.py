"""From what was done to what a user must do: the shortest path found, its steps, the entry depth.

The path is the run's last attempt (from the last start or restart) with the detours taken out:
taps that changed nothing, scrolls that revealed nothing, and excursions that came back to the
same screen touching no form (a wrong submenu and back). Form steps — typing, choosing, ticking,
asking for a code — are kept, since the flow needs them even when the screen looks the same.
Where another part of the run found a direct tap between two screens of the path, it is used
instead of a longer stretch without form steps.

The entry depth counts the steps to the first screen of the deletion flow: the screen a tap on
an entry (Delete account) opened, or the first screen whose element tree already holds the final
confirmation, when the run reached it: the first of the unbroken stretch of screens, at the
path's end, that hold that control (the same label, the same kind of element, on the web the
same page) — below the fold counts, since a person scrolls a page they are on, and a form
shared with other settings (a preferences tab, a long profile) begins where its page does, while
a modal form that a tap first fetched or showed begins where it shows. Where the final
confirmation is only a last check raised by the control before it — the browser's own confirm
over the page, or the same button turned into "Are you sure?" — it holds for that control: the
flow begins where the control that raised it first shows. Whichever comes first counts; the
explorer's own entry screen is the fallback.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from cancelcheck.records import Journey, Step
from cancelcheck.screens import Element, clean_text

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
        holding = _final_tree_depth(j, steps)
        if holding is not None and (entry_depth is None or holding < entry_depth):
            entry_depth = holding
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


def _final_tree_depth(j: Journey, steps: list[Step]) -> int | None:
    """Steps to the first screen of the unbroken stretch, at the path's end, whose element tree
    holds the final confirmation (or, for a last check raised in place, the control that
    raised it); None when the final control or the screens' trees are not known (a canvas read
    by OCR, a journal read back without its trees)."""
    if not steps:
        return None
    seen = [steps[0].before] + [s.after for s in steps]     # seen[k]: the screen after k steps
    end = len(seen) - 1
    if j.final_screen is not None and j.final_screen != seen[end]:
        seen.append(j.final_screen)                         # a pending final on its own screen
        end += 1
    final = _final_control(j, seen[end])
    if final is None:
        return None
    first = _first_holding(j, seen, end, final, seen[end])
    if first == end and steps[-1].kind == "tap" and steps[-1].after == seen[end]:
        raiser = _tapped(j, steps[-1])
        if raiser is not None and _raised_in_place(j, final, raiser, steps[-1]):
            first = _first_holding(j, seen, end - 1, raiser, steps[-1].before)
    if first is None:
        return None
    return sum(s.counted for s in steps[:first])


def _said(label: str | None) -> str:
    """A control's words as they are compared across screens: cleaned and casefolded."""
    return clean_text(label).casefold()


def _final_control(j: Journey, index: int) -> Element | None:
    """The final confirmation's element on its screen: the one at final_box with its label,
    else the only one with its label."""
    screen = j.screen(index)
    label = _said(j.final_action)
    if screen is None or not label:
        return None
    named = [e for e in screen.elements if _said(e.label) == label]
    at = [e for e in named if j.final_box is not None and e.bounds == j.final_box]
    return (at or named or [None])[0]


def _tapped(j: Journey, step: Step) -> Element | None:
    """The element a tap acted on, on the screen it was made on: at its box, with its label."""
    screen = j.screen(step.before)
    if screen is None or step.box is None:
        return None
    label = _said(step.target)
    at = [e for e in screen.elements if e.bounds == step.box]
    return next((e for e in at if _said(e.label) == label), at[0] if at else None)


def _raised_in_place(j: Journey, final: Element, raiser: Element, tap: Step) -> bool:
    """The final control is a last check the tap raised over the same page: a dialog the browser
    draws itself (attrs.dialog), or the tapped control itself, changed in place (the same kind
    of element where it stood, on the same page)."""
    if final.attrs.get("dialog"):
        return True
    if final.cls != raiser.cls or tap.box is None or _page(j, tap.after) != _page(j, tap.before):
        return False
    overlap = final.bounds.intersection(tap.box).area
    return overlap > 0 and overlap >= 0.5 * max(final.bounds.area, tap.box.area)


def _first_holding(j: Journey, seen: list[int], end: int, control: Element,
                   where: int) -> int | None:
    """The first k ≤ end such that every screen seen[k..end] holds the control (a screen
    whose tree is not known holds nothing); None when seen[end] does not."""
    first = None
    for k in range(end, -1, -1):
        if not _holds(j, seen[k], control, where):
            break
        first = k
    return first


def _holds(j: Journey, index: int, control: Element, where: int) -> bool:
    """The screen's element tree holds the control, in view or not (a person scrolls a page they
    are on), on the web on the same page as `where`: an element with its label and kind, or the
    form it belongs to — the same fields — where its label changes as it is used (a delete
    button that asks "Are you sure?" on the first press)."""
    screen, home = j.screen(index), j.screen(where)
    if screen is None or _page(j, index) != _page(j, where):
        return False
    label = _said(control.label)
    if label and any(e.cls == control.cls and _said(e.label) == label
                     for e in screen.elements):
        return True
    fields = _form_fields(home, control.attrs.get("form")) if home is not None else frozenset()
    return bool(fields) and any(_form_fields(screen, f) == fields
                                for f in {e.attrs.get("form") for e in screen.elements})


def _form_fields(screen, form: str | None) -> frozenset:
    """What a form asks for: its fields (kind and name) — empty when unknown or it has none."""
    if form is None:
        return frozenset()
    return frozenset((e.cls, e.attrs.get("name") or e.id or e.label) for e in screen.elements
                     if e.attrs.get("form") == form and (e.editable or e.checkable
                                                         or e.attrs.get("tag") == "select"))


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

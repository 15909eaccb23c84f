"""Commands that tap: tapOn (a `final: true` one is the irreversible confirmation), check and
uncheck (a box already as asked costs no step)."""
from __future__ import annotations

from cancelcheck.devices import Action

from ..explorer import Result
from ..selectors import point_of
from .base import DEFAULT_TIMEOUT, Command, command
from .selector import SelectorMap


@command
class TapOn(Command):
    """`- tapOn: "Settings"` or a selector mapping; `final: true` marks the confirmation that
    deletes: with commit off it is not tapped, and the run ends there."""

    name, form, Args = "tapOn", "selector", SelectorMap

    def run(self, runner):
        s, src = runner.s, self.where
        m = self.arg if isinstance(self.arg, dict) else {"text": str(self.arg)}
        point = point_of(s.current or s.look(), m)
        if point is not None:
            if m.get("final"):       # tapped (when committing) by the audit, then verified
                return Result("final", f"{src}: final confirmation reached",
                              final=_final(m, point=point), final_screen=s.current_index)
            s.act(Action("tap", point=point, extra={"label": str(m.get("text", ""))}), source=src)
            return None
        timeout = float(m.get("timeout", DEFAULT_TIMEOUT))
        el = runner.wait_for(self, m, timeout)
        if el is None:
            if m.get("optional"):
                return None
            raise runner.missing(self, m, timeout)
        target = s.current.tappable(el)
        if m.get("final"):       # a person scrolls to it before the press, as before any tap
            target = s.into_view(target, source=src)
            return Result("final", f"{src}: final confirmation {el.label!r} reached",
                          final=_final(m, element=target, label=el.label), final_screen=s.current_index)
        s.act(Action("tap", element=target), source=src)
        return None

    def steps(self) -> int:
        return 1


class _Toggle(Command):
    form, Args = "selector", SelectorMap
    wanted = True

    def run(self, runner):
        el = runner.wait_for(self, self.arg, DEFAULT_TIMEOUT)
        if el is None:
            raise runner.missing(self, self.arg, DEFAULT_TIMEOUT)
        box = _checkable_for(runner.s.current, el)
        if box.checked is not None and box.checked == self.wanted:
            return None       # already as asked: nothing to do, no step
        runner.s.act(Action("tap", element=box), source=self.where)
        return None

    def steps(self) -> int:
        return 1


@command
class Check(_Toggle):
    """`- check: "I understand"`: tick a box (no step when it is ticked already)."""
    name, wanted = "check", True


@command
class Uncheck(_Toggle):
    """`- uncheck: "Keep my data"`: clear a box (no step when it is clear already)."""
    name, wanted = "uncheck", False


def _final(m: dict, *, element=None, point=None, label: str = ""):
    """The final confirmation as the journey names it: the control's own words (a saved flow
    selects it by id, the hand-written one by text: both read "Delete"), else the selector's."""
    from ..candidates import Candidate
    label = label or (element.label if element is not None else "") or next(
        (str(m[k]) for k in ("text", "description", "id") if m.get(k)), "final")
    return Candidate("tap", label, 0.0, "marked final in the flow",
                     element=element, final=True, extra={"point": point} if point else {})


def _checkable_for(screen, el):
    if el.checkable:
        return el
    for d in screen.descendants(screen.tappable(el)):
        if d.checkable:
            return d
    return screen.tappable(el)

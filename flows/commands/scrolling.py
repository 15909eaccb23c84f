"""Commands that scroll: scroll (one gesture a time, `times` steps) and scrollUntilVisible
(gestures until an element shows, at most `max`)."""
from __future__ import annotations

from cancelcheck.devices import Action

from ..selectors import pick
from .base import Command, Shape, command
from .selector import Selector
from .shapes import Direction, whole


class ScrollArgs(Shape):
    unknown_key = "scroll has no key {key!r}; allowed: {allowed}"
    direction: Direction = "down"
    within: Selector | None = None
    times: whole(1, 50) = 1


@command
class Scroll(Command):
    """`- scroll` or `- scroll: {direction: down, within: "#list", times: 2}`."""

    name, form, Args = "scroll", "optional-map", ScrollArgs

    def run(self, runner):
        m = self.arg or {}
        within = runner.container(self, m["within"]) if m.get("within") is not None else None
        for _ in range(int(m.get("times", 1))):
            runner.s.act(Action("scroll", element=within, direction=m.get("direction", "down")),
                         source=self.where)

    def steps(self) -> int:
        times = self.arg.get("times", 1) if isinstance(self.arg, dict) else 1
        return times if isinstance(times, int) and times > 0 else 1


class ScrollUntilVisibleArgs(Shape):
    unknown_key = "scrollUntilVisible has no key {key!r}; allowed: {allowed}"
    element: Selector
    direction: Direction = "down"
    within: Selector | None = None
    max: whole(1, 100) = 10


@command
class ScrollUntilVisible(Command):
    """`- scrollUntilVisible: {element: "Delete account", direction: down}`."""

    name, form, Args = "scrollUntilVisible", "map", ScrollUntilVisibleArgs

    def run(self, runner):
        a, s = self.arg, runner.s
        within = runner.container(self, a["within"]) if a.get("within") is not None else None
        for _ in range(int(a.get("max", 10))):
            if pick(s.current, a["element"]) is not None:
                return None
            s.act(Action("scroll", element=within, direction=a.get("direction", "down")),
                  source=self.where)
        if pick(s.current, a["element"]) is None:
            raise runner.missing(self, a["element"], 0)
        return None

    def steps(self) -> int:
        return 1

"""Commands that look without acting: assertVisible, assertNotVisible, waitFor (seconds, or
until an element shows / becomes enabled). None of them is a user step."""
from __future__ import annotations

from ..selectors import describe, find
from .base import DEFAULT_TIMEOUT, Command, Shape, command
from .selector import Selector, SelectorMap
from .shapes import Flag, Seconds
WAIT_TIMEOUT = 30.0


@command
class AssertVisible(Command):
    """`- assertVisible: "Settings"`: fails the flow unless it shows (waiting up to 5 s)."""

    name, form, Args = "assertVisible", "selector", SelectorMap

    def run(self, runner):
        if runner.wait_for(self, self.arg, DEFAULT_TIMEOUT) is None:
            raise runner.error(self, f"assertVisible {describe(self.arg)}: not visible")


@command
class AssertNotVisible(Command):
    """`- assertNotVisible: "Delete account"`: fails the flow if it shows now."""

    name, form, Args = "assertNotVisible", "selector", SelectorMap

    def run(self, runner):
        if find(runner.s.current or runner.s.look(), self.arg):
            raise runner.error(self, f"assertNotVisible {describe(self.arg)}: it is visible")


class WaitForArgs(Shape):
    unknown_key = "waitFor has no key {key!r}; allowed: {allowed}"
    seconds: Seconds | None = None
    element: Selector | None = None
    enabled: Flag | None = None
    timeout: Seconds | None = None


@command
class WaitFor(Command):
    """`- waitFor: {seconds: 3}`, `- waitFor: "Done"`, or
    `- waitFor: {element: "I agree", enabled: true, timeout: 15}`."""

    name, form, Args = "waitFor", "map-or-selector", WaitForArgs

    def run(self, runner):
        a = self.arg
        if isinstance(a, dict) and "seconds" in a:
            runner.s.wait(float(a["seconds"]), reason="waitFor in the flow", source=self.where)
            return None
        if isinstance(a, dict) and "element" in a:
            sel = dict(a["element"]) if isinstance(a["element"], dict) else {"text": a["element"]}
            if "enabled" in a:
                sel["enabled"] = a["enabled"]
            timeout = float(a.get("timeout", WAIT_TIMEOUT))
        else:
            sel = a
            timeout = float((a or {}).get("timeout", WAIT_TIMEOUT)) if isinstance(a, dict) \
                else WAIT_TIMEOUT
        if runner.wait_for(self, sel, timeout) is None:
            raise runner.missing(self, sel, timeout)
        return None

"""Commands on the app as a whole: launch (restart it, optionally fresh) and back."""
from __future__ import annotations

from cancelcheck.devices import Action

from .base import Command, Shape, command
from .shapes import Flag


class LaunchArgs(Shape):
    unknown_key = "launch has no key {key!r}; allowed: {allowed}"
    fresh: Flag = False


@command
class Launch(Command):
    """`- launch` or `- launch: {fresh: true}`: restart the app (fresh: state cleared)."""

    name, form, Args = "launch", "optional-map", LaunchArgs

    def run(self, runner):
        runner.s.restart(fresh=bool((self.arg or {}).get("fresh", False)), source=self.where)


@command
class Back(Command):
    """`- back`: the system back gesture; one step."""

    name, form, Args = "back", "none", None

    def run(self, runner):
        runner.s.act(Action("back"), source=self.where)

    def steps(self) -> int:
        return 1

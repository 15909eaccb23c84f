"""explore: hand the rest of the way to the goal-directed explorer (flows/explorer.py)."""
from __future__ import annotations

from cancelcheck.records.yamlsrc import SourceError

from ..explorer import explore
from .base import Command, Shape, command
from .shapes import Seconds, whole


class ExploreArgs(Shape):
    unknown_key = "explore has no key {key!r}; allowed: {allowed}"
    budget_steps: whole(1, 10000) | None = None
    budget_seconds: Seconds | None = None


@command
class Explore(Command):
    """`- explore` or `- explore: {budget_steps: 40, budget_seconds: 120}`."""

    name, form, Args = "explore", "optional-map", ExploreArgs

    def run(self, runner):
        m = self.arg or {}
        return explore(runner.s, runner.creds,
                       budget_steps=int(m.get("budget_steps", runner.budget_steps)),
                       budget_seconds=float(m.get("budget_seconds", runner.budget_seconds)))

    def steps(self) -> int:
        raise SourceError(self.file, self.line,
                          "explore: a sign-up flow must be scripted to count its steps")

"""Running a scripted flow on a session, line by line.

The runner walks the commands in order, within the step budget; each command's class
(flows/commands/) does the work through the helpers here: values with ${…} substituted, waiting
for an element, the one-line error for one that never came, the container a scroll names.
Each command is one step where DESIGN.md says so; waits are measured in seconds.
"""
from __future__ import annotations

import os

from .commands import Command
from .explorer import Result
from .flowfile import Flow
from .commands.base import VAR
from .selectors import describe, find, pick
from .session import Session

SECRET_VARS = {"password", "sms_code"}


class FlowError(RuntimeError):
    """A flow line could not be carried out; str() is one line: FILE:LINE: what happened."""


class Runner:
    def __init__(self, session: Session, credentials: dict, *, budget_steps: int = 80,
                 budget_seconds: float = 300.0):
        self.s = session
        self.creds = credentials
        self.budget_steps = budget_steps
        self.budget_seconds = budget_seconds

    # -- values ----------------------------------------------------------------------------------
    def value(self, cmd: Command, text) -> tuple[str, bool]:
        """Substitute ${…}; returns (text, whether it holds a secret)."""
        secret = False

        def sub(m):
            nonlocal secret
            name = m.group(1)
            if name.startswith("env:"):
                var = name[4:]
                if var not in os.environ:
                    raise FlowError(f"{cmd.where}: environment variable {var} is not set")
                return os.environ[var]
            if name in SECRET_VARS:
                secret = True
            val = self.creds.get(name)
            if val in (None, ""):
                raise FlowError(f"{cmd.where}: ${{{name}}} has no value in the app config's "
                                "credentials")
            return str(val)
        return VAR.sub(sub, str(text)), secret

    # -- waiting for elements --------------------------------------------------------------------
    def wait_for(self, cmd: Command, sel, timeout: float):
        screen = self.s.current or self.s.look()
        el = pick(screen, sel)
        if el is not None:
            return el
        self.s.wait(timeout, reason=f"waiting for {describe(sel)}", source=cmd.where,
                    poll=0.25, until=lambda sc: pick(sc, sel) is not None)
        return pick(self.s.current, sel)

    def error(self, cmd: Command, what: str) -> FlowError:
        """A flow line that could not be carried out: FILE:LINE: what happened."""
        return FlowError(f"{cmd.where}: {what}")

    def missing(self, cmd: Command, sel, timeout: float) -> FlowError:
        seen = ", ".join(repr(t[:30]) for t in self.s.current.texts()[:12])
        return FlowError(f"{cmd.where}: {cmd.verb} {describe(sel)}: not on screen after "
                         f"{timeout:g} s (visible: {seen or 'no text'})")

    # -- commands --------------------------------------------------------------------------------
    def run(self, flow: Flow) -> Result | None:
        return self.run_commands(flow.commands)

    def run_commands(self, commands: list[Command]) -> Result | None:
        for cmd in commands:
            if self.s.journey.effort >= self.budget_steps:
                raise FlowError(f"{cmd.where}: the step budget ({self.budget_steps}) ran out")
            result = self.run_one(cmd)
            if result is not None:
                return result
        return None

    def run_one(self, cmd: Command) -> Result | None:
        """One command: the class registered for its verb knows how (flows/commands/)."""
        return cmd.run(self)

    def container(self, cmd: Command, sel):
        """The scrollable element a `within:` selector names."""
        screen = self.s.current or self.s.look()
        if isinstance(sel, str) and sel.startswith("#"):
            hits = [e for e in screen.visible() if e.scrollable and e.id == sel[1:]]
        else:
            hits = [e for e in find(screen, sel) if e.scrollable] or [
                a for e in find(screen, sel) for a in screen.ancestors(e) if a.scrollable]
        if not hits:
            raise FlowError(f"{cmd.where}: no scrollable element {describe(sel)}")
        return hits[0]


def run_flow(session: Session, flow: Flow, credentials: dict, **budget) -> Result | None:
    return Runner(session, credentials, **budget).run(flow)


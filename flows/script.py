"""Running a scripted flow on a session, line by line.

Each command is one step where DESIGN.md says so (a tap, a field filled, a scroll gesture, a
back, an option picked); waits are measured in seconds. A tapOn marked `final: true` is the
irreversible confirmation: with commit off it is not tapped, and the run ends there.
`explore` hands the rest of the way to the explorer.
"""
from __future__ import annotations

import os
import re

from cancelcheck.devices import Action

from .explorer import Result, explore
from .flowfile import Command, Flow
from .selectors import describe, find, pick, point_of
from .session import Session

DEFAULT_TIMEOUT = 5.0
_VAR = re.compile(r"\$\{([^}]+)\}")
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
        return _VAR.sub(sub, str(text)), secret

    # -- waiting for elements --------------------------------------------------------------------
    def wait_for(self, cmd: Command, sel, timeout: float):
        screen = self.s.current or self.s.look()
        el = pick(screen, sel)
        if el is not None:
            return el
        self.s.wait(timeout, reason=f"waiting for {describe(sel)}", source=cmd.where,
                    poll=0.25, until=lambda sc: pick(sc, sel) is not None)
        return pick(self.s.current, sel)

    def _missing(self, cmd: Command, sel, timeout: float) -> FlowError:
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
        v, a = cmd.verb, cmd.arg
        src = cmd.where
        if v == "launch":
            self.s.restart(fresh=bool((a or {}).get("fresh", False)), source=src)
        elif v == "tapOn":
            m = a if isinstance(a, dict) else {"text": str(a)}
            point = point_of(self.s.current or self.s.look(), m)
            if point is not None:
                if m.get("final"):       # tapped (when committing) by the audit, then verified
                    return Result("final", f"{src}: final confirmation reached",
                                  final=_final(m, point=point), final_screen=self.s.current_index)
                self.s.act(Action("tap", point=point, extra={"label": str(m.get("text", ""))}),
                           source=src)
                return None
            timeout = float(m.get("timeout", DEFAULT_TIMEOUT))
            el = self.wait_for(cmd, m, timeout)
            if el is None:
                if m.get("optional"):
                    return None
                raise self._missing(cmd, m, timeout)
            target = self.s.current.tappable(el)
            if m.get("final"):
                return Result("final", f"{src}: final confirmation {el.label!r} reached",
                              final=_final(m, element=target), final_screen=self.s.current_index)
            self.s.act(Action("tap", element=target), source=src)
        elif v == "inputText":
            m = a if isinstance(a, dict) else {"text": a}
            text, secret = self.value(cmd, m["text"])
            secret = secret or bool(m.get("secret"))
            field = None
            if m.get("into") is not None:
                field = self.wait_for(cmd, m["into"], DEFAULT_TIMEOUT)
                if field is None:
                    raise self._missing(cmd, m["into"], DEFAULT_TIMEOUT)
                field = _editable_for(self.s.current, field)
            self.s.act(Action("type", element=field, text=text, secret=secret), source=src)
        elif v == "pickOption":
            field = self.wait_for(cmd, a["field"], DEFAULT_TIMEOUT)
            if field is None:
                raise self._missing(cmd, a["field"], DEFAULT_TIMEOUT)
            self.s.act(Action("choose", element=_editable_for(self.s.current, field),
                              text=str(a["option"])), source=src)
        elif v in ("check", "uncheck"):
            el = self.wait_for(cmd, a, DEFAULT_TIMEOUT)
            if el is None:
                raise self._missing(cmd, a, DEFAULT_TIMEOUT)
            box = _checkable_for(self.s.current, el)
            if box.checked is not None and box.checked == (v == "check"):
                return None       # already as asked: nothing to do, no step
            self.s.act(Action("tap", element=box), source=src)
        elif v == "scroll":
            m = a or {}
            within = None
            if m.get("within") is not None:
                within = self._container(cmd, m["within"])
            for _ in range(int(m.get("times", 1))):
                self.s.act(Action("scroll", element=within, direction=m.get("direction", "down")),
                           source=src)
        elif v == "scrollUntilVisible":
            within = self._container(cmd, a["within"]) if a.get("within") is not None else None
            for _ in range(int(a.get("max", 10))):
                if pick(self.s.current, a["element"]) is not None:
                    return None
                self.s.act(Action("scroll", element=within, direction=a.get("direction", "down")),
                           source=src)
            if pick(self.s.current, a["element"]) is None:
                raise self._missing(cmd, a["element"], 0)
        elif v == "back":
            self.s.act(Action("back"), source=src)
        elif v == "assertVisible":
            if self.wait_for(cmd, a, DEFAULT_TIMEOUT) is None:
                raise FlowError(f"{src}: assertVisible {describe(a)}: not visible")
        elif v == "assertNotVisible":
            if find(self.s.current or self.s.look(), a):
                raise FlowError(f"{src}: assertNotVisible {describe(a)}: it is visible")
        elif v == "waitFor":
            self._wait(cmd)
        elif v == "runFlow":
            when = (a or {}).get("when")
            if when:
                (kind, sel), = when.items()
                present = pick(self.s.current or self.s.look(), sel) is not None
                if present != (kind == "visible"):
                    return None
            return self.run_commands(cmd.children)
        elif v == "explore":
            m = a or {}
            return explore(self.s, self.creds,
                           budget_steps=int(m.get("budget_steps", self.budget_steps)),
                           budget_seconds=float(m.get("budget_seconds", self.budget_seconds)))
        return None

    def _wait(self, cmd: Command) -> None:
        a = cmd.arg
        if isinstance(a, dict) and "seconds" in a:
            self.s.wait(float(a["seconds"]), reason="waitFor in the flow", source=cmd.where)
            return
        if isinstance(a, dict) and "element" in a:
            sel = dict(a["element"]) if isinstance(a["element"], dict) else {"text": a["element"]}
            if "enabled" in a:
                sel["enabled"] = a["enabled"]
            timeout = float(a.get("timeout", 30))
        else:
            sel, timeout = a, float((a or {}).get("timeout", 30)) if isinstance(a, dict) else 30.0
        if self.wait_for(cmd, sel, timeout) is None:
            raise self._missing(cmd, sel, timeout)

    def _container(self, cmd: Command, sel):
        screen = self.s.current or self.s.look()
        if isinstance(sel, str) and sel.startswith("#"):
            hits = [e for e in screen.visible() if e.scrollable and e.id == sel[1:]]
        else:
            hits = [e for e in find(screen, sel) if e.scrollable] or [
                a for e in find(screen, sel) for a in screen.ancestors(e) if a.scrollable]
        if not hits:
            raise FlowError(f"{cmd.where}: no scrollable element {describe(sel)}")
        return hits[0]


def _final(m: dict, *, element=None, point=None):
    from .candidates import Candidate
    return Candidate("tap", str(m.get("text", "final")), 0.0, "marked final in the flow",
                     element=element, final=True, extra={"point": point} if point else {})


def _editable_for(screen, el):
    """A label names its field: the field itself, or one inside or right after it."""
    if el.editable or el.attrs.get("tag") == "select":
        return el
    for d in screen.descendants(screen.tappable(el)):
        if d.editable or d.attrs.get("tag") == "select":
            return d
    fields = [e for e in screen.visible() if (e.editable or e.attrs.get("tag") == "select")
              and e.bounds.y1 >= el.bounds.y1]
    fields.sort(key=lambda e: e.bounds.y1)
    return fields[0] if fields else el


def _checkable_for(screen, el):
    if el.checkable:
        return el
    for d in screen.descendants(screen.tappable(el)):
        if d.checkable:
            return d
    return screen.tappable(el)


def run_flow(session: Session, flow: Flow, credentials: dict, **budget) -> Result | None:
    return Runner(session, credentials, **budget).run(flow)


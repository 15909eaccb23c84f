"""runFlow: the commands of another file, or listed inline, optionally only `when:` an element
is (or is not) on screen. Its commands' steps count unless it has a `when:` (it may not run)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BeforeValidator

from cancelcheck.records.yamlsrc import SourceError, Where

from ..selectors import pick
from .base import Command, Shape, command
from .selector import Selector, check_selector
from .shapes import fail

WHEN = "must be {visible: ...} or {notVisible: ...}"


def _file(value):
    if not isinstance(value, str) or not value.strip() or "\x00" in value:
        raise fail("must be the name of a flow file")
    return value


def _when(value):
    if not (isinstance(value, dict) and len(value) == 1 and set(value) <= {"visible", "notVisible"}):
        raise fail(WHEN)
    return value


def _commands(value):
    if not isinstance(value, list):
        raise fail("must be a list of commands")
    return value


class When(Shape):
    visible: Selector | None = None
    notVisible: Selector | None = None


class RunFlowArgs(Shape):
    unknown_key = "runFlow has no key {key!r}; allowed: {allowed}"
    file: Annotated[str, BeforeValidator(_file)] | None = None
    commands: Annotated[list, BeforeValidator(_commands)] | None = None
    when: Annotated[When, BeforeValidator(_when)] | None = None


@command
class RunFlow(Command):
    """`- runFlow: {file: login.yaml, when: {visible: "Sign in"}}` or
    `- runFlow: {commands: [...]}`."""

    name, form, Args = "runFlow", "map", RunFlowArgs

    @classmethod
    def validate(cls, arg, where: Where, keys: tuple, line: int):
        if isinstance(arg, dict) and not set(arg) - set(RunFlowArgs.keys()) \
                and ("file" in arg) == ("commands" in arg):
            raise SourceError(str(where.path), line, "runFlow needs either file: or commands:")
        if isinstance(arg, dict) and isinstance(arg.get("when"), dict) and len(arg["when"]) == 1:
            (_, sel), = arg["when"].items()
            if set(arg["when"]) <= {"visible", "notVisible"}:
                check_selector(sel, where, keys + ("when",))
        return super().validate(arg, where, keys, line)

    def parsed(self, where: Where, keys: tuple, base: Path) -> None:
        from ..flowfile import parse_command, parse_file
        if "file" in self.arg:
            self.children = parse_file(base / self.arg["file"]).commands
        else:
            self.children = [parse_command(c, where, keys + ("commands", i), base)
                             for i, c in enumerate(self.arg["commands"])]

    def run(self, runner):
        when = (self.arg or {}).get("when")
        if when:
            (kind, sel), = when.items()
            present = pick(runner.s.current or runner.s.look(), sel) is not None
            if present != (kind == "visible"):
                return None
        return runner.run_commands(self.children)

    def steps(self) -> int:
        if "when" in self.arg:
            return 0
        return sum(c.steps() for c in self.children)

"""Commands that fill a form: inputText (one field, one step; ${password} and secret: true keep
the text out of every record) and pickOption (one option chosen, one step)."""
from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator

from cancelcheck.devices import Action

from .base import DEFAULT_TIMEOUT, Command, Shape, command
from .selector import Selector
from .shapes import Flag, Text, fail


class InputTextArgs(Shape):
    unknown_key = "inputText has no key {key!r}; allowed: {allowed}"
    into: Selector | None = None
    text: Text
    secret: Flag = False


@command
class InputText(Command):
    """`- inputText: "hello"` (the focused field) or `{into: "Password", text: "${password}"}`."""

    name, form, Args = "inputText", "map-or-text", InputTextArgs

    def run(self, runner):
        m = self.arg if isinstance(self.arg, dict) else {"text": self.arg}
        text, secret = runner.value(self, m["text"])
        secret = secret or bool(m.get("secret"))
        field = None
        if m.get("into") is not None:
            field = runner.wait_for(self, m["into"], DEFAULT_TIMEOUT)
            if field is None:
                raise runner.missing(self, m["into"], DEFAULT_TIMEOUT)
            field = editable_for(runner.s.current, field)
        runner.s.act(Action("type", element=field, text=text, secret=secret), source=self.where)

    def steps(self) -> int:
        return 1

    def describe(self) -> str:
        """Never the text itself: it may be a password written out in the flow."""
        from ..selectors import describe
        into = self.arg.get("into") if isinstance(self.arg, dict) else None
        return f"inputText into {describe(into)}" if into is not None else "inputText"


def _option(value):
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or not str(value).strip():
        raise fail("must be the text of an option")
    return value


class PickOptionArgs(Shape):
    unknown_key = "pickOption has no key {key!r}; allowed: {allowed}"
    field: Selector
    option: Annotated[str | int | float, BeforeValidator(_option)]


@command
class PickOption(Command):
    """`- pickOption: {field: "Reason", option: "Other"}`: choose one option of a list."""

    name, form, Args = "pickOption", "map", PickOptionArgs

    def run(self, runner):
        a = self.arg
        field = runner.wait_for(self, a["field"], DEFAULT_TIMEOUT)
        if field is None:
            raise runner.missing(self, a["field"], DEFAULT_TIMEOUT)
        runner.s.act(Action("choose", element=editable_for(runner.s.current, field),
                            text=str(a["option"])), source=self.where)

    def steps(self) -> int:
        return 1


def editable_for(screen, el):
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

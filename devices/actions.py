"""The actions a device can perform: the vocabulary flows speak when they pick what to do.

An Action names a target either by element (from the Screen it was chosen on) or by a point
in screen pixels. One Action is one step in the design notes' sense, except `wait`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from cancelcheck.screens import Element

KINDS = ("tap", "type", "scroll", "back", "choose", "wait", "start", "restart")
DIRECTIONS = ("up", "down", "left", "right")


@dataclass
class Action:
    kind: str
    element: Element | None = None
    point: tuple[int, int] | None = None
    text: str = ""                 # typed text, or the option chosen
    secret: bool = False           # typed text is a password or code: never logged or shown
    direction: str = ""            # scroll direction
    seconds: float = 0.0           # for wait
    note: str = ""                 # why this action was chosen (for the journal)
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown action kind {self.kind!r}; one of {', '.join(KINDS)}")
        if self.kind == "scroll" and self.direction not in DIRECTIONS:
            raise ValueError(f"scroll direction must be one of {', '.join(DIRECTIONS)}")

    @property
    def is_step(self) -> bool:
        """Whether this counts as a user step (waiting is counted apart, in seconds)."""
        return self.kind not in ("wait", "start", "restart")

    def describe(self) -> str:
        """A one-line human description; a secret's text is never included."""
        what = ""
        if self.element is not None:
            what = repr(self.element.label[:60]) if self.element.label else (
                self.element.id or self.element.cls)
        elif self.point is not None:
            what = f"({self.point[0]}, {self.point[1]})"
        if self.kind == "type":
            shown = "•" * 6 if self.secret else repr(self.text)
            return f"type {shown} into {what or 'the focused field'}"
        if self.kind == "choose":
            return f"choose {self.text!r} in {what}"
        if self.kind == "scroll":
            return f"scroll {self.direction}" + (f" in {what}" if what else "")
        if self.kind == "wait":
            return f"wait {self.seconds:g} s"
        if self.kind in ("back", "start", "restart"):
            return self.kind
        return f"{self.kind} {what}"

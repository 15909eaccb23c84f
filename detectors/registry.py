"""Detector registration and the one entry point, scan().

A detector is a function in its own module under detectors/, registered with @detector:

    @detector("confirmshaming")                      # runs on every screen
    def confirmshaming(screen, ctx): ... return [Finding(...)]

    @detector("nagging", scope="journey")            # runs once over the whole journey
    def nagging(journey, ctx): ...

Every module in this package is imported by detectors/__init__.py, so a new detector is one
new file. Detectors read Screens and Journeys; they never touch a device.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from cancelcheck.screens import Screen

from cancelcheck.records import Finding

if TYPE_CHECKING:   # the journey is made by flows/, downstream; detectors only read it
    from cancelcheck.records import Journey


@dataclass
class Context:
    """What a detector may know beyond the screen: where it is in the journey, and settings."""

    screen_index: int | None = None
    language: str | None = None        # BCP-47 hint ("zh-CN", "en"); None = detect
    settings: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Registered:
    name: str
    scope: str          # "screen" or "journey"
    fn: Callable


_REGISTRY: dict[str, Registered] = {}


def detector(name: str, scope: str = "screen"):
    if scope not in ("screen", "journey"):
        raise ValueError(f"detector {name}: scope must be 'screen' or 'journey'")

    def register(fn):
        if name in _REGISTRY and _REGISTRY[name].fn is not fn:
            raise ValueError(f"two detectors are called {name!r}")
        _REGISTRY[name] = Registered(name, scope, fn)
        return fn
    return register


def registered(scope: str | None = None) -> list[Registered]:
    return [r for r in _REGISTRY.values() if scope is None or r.scope == scope]


def _run(reg: Registered, subject, ctx: Context) -> list[Finding]:
    found = reg.fn(subject, ctx) or []
    for f in found:
        f.detector = f.detector or reg.name
        if f.screen is None and ctx.screen_index is not None:
            f.screen = ctx.screen_index
    return found


def scan(screen: Screen, ctx: Context | None = None, only: list[str] | None = None) -> list[Finding]:
    """Every per-screen detector on one screen."""
    ctx = ctx or Context()
    out: list[Finding] = []
    for reg in registered("screen"):
        if only is None or reg.name in only:
            out.extend(_run(reg, screen, ctx))
    return out


def scan_journey(journey: "Journey", ctx: Context | None = None,
                 only: list[str] | None = None) -> list[Finding]:
    """Every journey-level detector over a whole journey."""
    ctx = ctx or Context()
    out: list[Finding] = []
    for reg in registered("journey"):
        if only is None or reg.name in only:
            out.extend(_run(reg, journey, ctx))
    return out

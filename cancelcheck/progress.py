"""A live line in the terminal while an audit runs: step, screen, last action, findings."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.status import Status

from cancelcheck.screens.model import printable


class ProgressView:
    def __init__(self, console: Console, name: str):
        self.console, self.name = console, name
        self.status: Status | None = None
        self.last = ""

    def __enter__(self):
        self.status = self.console.status(f"{self.name}: starting…")
        self.status.__enter__()
        return self

    def __exit__(self, *exc):
        if self.status is not None:
            self.status.__exit__(*exc)

    def _show(self, journey) -> None:
        if self.status is None:
            return
        rec = journey.screens[-1] if journey.screens else None
        where = f"screen {rec.index} ({rec.stage or 'start'})" if rec else "no screen yet"
        best = ""
        if journey.entry_screen is not None:
            depth = sum(1 for s in journey.steps if s.counted and s.after <= journey.entry_screen)
            best = f" · deletion flow reached (within {depth} steps)"
        self.status.update(f"[bold]{escape(self.name)}[/]: {journey.effort} steps · {where}{best} · "
                           f"{len(journey.findings)} findings · last: {self.last}")

    def on_screen(self, journey, record, screen) -> None:
        self._show(journey)

    def on_step(self, journey, step) -> None:
        self.last = escape(printable(step.label, 60))
        self._show(journey)

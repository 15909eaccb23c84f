"""The bundled specimens and their ground truth (specimens/<name>/truth.yaml)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent


class SpecimenError(LookupError):
    """A specimen name that does not exist, or a truth file that cannot be read."""


@dataclass
class Truth:
    """What a specimen is known to contain: the minimal path, outcome and findings."""

    name: str
    title: str
    language: str
    reproduces: str
    outcome: str
    outcome_committed: str
    entry_route: str
    entry_depth: int
    path_steps: int | None          # to the final confirmation; None where there is none
    path: list
    findings: list[dict]
    start_route: str = "#/home"
    final_route: str | None = None
    final_action: str | None = None
    wait_seconds: float = 0
    credentials: dict = field(default_factory=dict)
    sms_code: str | None = None
    reached_steps: int | None = None   # to the path's end screen (path_steps when there is a final)

    def __post_init__(self):
        if self.reached_steps is None:
            self.reached_steps = self.path_steps


def names() -> list[str]:
    return sorted(p.parent.name for p in ROOT.glob("*/truth.yaml") if not p.parent.name.startswith("_"))


def folder(name: str) -> Path:
    if name not in names():
        raise SpecimenError(f"unknown specimen {name!r}; known: {', '.join(names()) or 'none'}")
    return ROOT / name


def truth(name: str) -> Truth:
    path = folder(name) / "truth.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise SpecimenError(f"{where}: {getattr(exc, 'problem', None) or exc}") from None
    known = set(Truth.__dataclass_fields__)
    try:
        return Truth(**{k: v for k, v in data.items() if k in known})
    except TypeError as exc:
        raise SpecimenError(f"{path}: {exc}") from None

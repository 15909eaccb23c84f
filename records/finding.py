"""A finding: one dark pattern or obstacle on one screen (or across the journey), with what
proves it. Detectors make them; flows collect them into the journey; policies cite them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from cancelcheck.screens import Bounds

SEVERITIES = ("info", "low", "medium", "high")

# type → (name people read, default severity, the family in DESIGN.md's "Patterns to know")
TYPES: dict[str, tuple[str, str]] = {
    "false_hierarchy": ("False hierarchy", "medium"),
    "low_contrast_exit": ("Low-contrast way out", "medium"),
    "tiny_exit": ("Tiny way out", "medium"),
    "confirmshaming": ("Confirmshaming", "medium"),
    "retention_offer": ("Retention offer", "low"),
    "nagging": ("Nagging", "medium"),
    "preselection": ("Preselection", "medium"),
    "forced_wait": ("Forced wait", "medium"),
    "hidden_entry": ("Hidden entry", "medium"),
    "verification_burden": ("Verification burden", "high"),
    "offline_requirement": ("Offline requirement", "high"),
    "conditions": ("Conditions to leave", "high"),
    "cooling_off": ("Cooling-off period", "medium"),
    "deactivation_offered": ("Deactivation offered as deletion", "medium"),
    "dead_end": ("Dead end", "high"),
    "loop": ("Loop", "high"),
    "ambiguous_label": ("Ambiguous label", "low"),
    "redirect_out": ("Redirect out of the app", "medium"),
}


@dataclass
class Finding:
    type: str
    explanation: str                       # one sentence a person can read
    evidence: str = ""                     # the words (or a description of the pixels) that prove it
    screen: int | None = None              # index of the screen in the journey
    element: int | None = None             # index of the element on that screen
    box: Bounds | None = None              # in screenshot pixels
    severity: str = ""
    score: float = 1.0                     # confidence, 0–1
    data: dict = field(default_factory=dict)   # measurements: contrast ratios, seconds, sizes…
    detector: str = ""

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"unknown finding type {self.type!r}")
        if not self.severity:
            self.severity = TYPES[self.type][1]
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    @property
    def title(self) -> str:
        return TYPES[self.type][0]

    def as_dict(self) -> dict:
        return {"type": self.type, "title": self.title, "severity": self.severity,
                "explanation": self.explanation, "evidence": self.evidence,
                "screen": self.screen, "element": self.element,
                "box": self.box.as_list() if self.box else None, "score": round(self.score, 3),
                "data": self.data, "detector": self.detector}

    @classmethod
    def from_dict(cls, d: dict) -> "Finding":
        return cls(type=d["type"], explanation=d["explanation"], evidence=d.get("evidence", ""),
                   screen=d.get("screen"), element=d.get("element"),
                   box=Bounds.from_list(d["box"]) if d.get("box") else None,
                   severity=d.get("severity", ""), score=d.get("score", 1.0),
                   data=d.get("data") or {}, detector=d.get("detector", ""))

"""A finding: one dark pattern or obstacle on one screen (or across the journey), with what
proves it. Detectors make them; flows collect them into the journey; policies cite them.

How a finding reads is written here once: `cells()` gives one plain string per FINDING_COLUMNS
(severity, pattern, where, evidence — the quote shortened and made one line), `line()` the same
words as one sentence. The terminal's table, report.html and pytest's messages all show these,
so a finding reads the same in each. The strings are plain text: app text in them is made one
line here, and each face escapes it for its own medium (rich markup, HTML).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from cancelcheck.screens import Bounds
from cancelcheck.screens.oneline import one_line

SEVERITIES = ("info", "low", "medium", "high")
FINDING_COLUMNS = ("severity", "pattern", "where", "evidence")
QUOTE_CHARS = 80            # the evidence quote, shortened to this many characters and "…"

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

    @property
    def where(self) -> str:
        return f"screen {self.screen}" if self.screen is not None else "the whole journey"

    def cells(self) -> tuple[str, str, str, str]:
        """How this finding reads: one plain string per FINDING_COLUMNS, in that order."""
        return (self.severity, f"{self.title} ({self.type})", self.where,
                shorten(self.evidence, QUOTE_CHARS))

    def line(self) -> str:
        """The cells as one sentence: `medium Confirmshaming (confirmshaming) on screen 3:
        “No, I like losing my data”`."""
        severity, pattern, where, quote = self.cells()
        return f"{severity} {pattern} on {where}" + (f": “{quote}”" if quote else "")

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


def shorten(text, limit: int) -> str:
    """App text as one line of at most `limit` characters (and "…"), its line-break, control
    and bidi characters shown as escapes (screens/oneline.py)."""
    text = "" if text is None else " ".join(str(text).split())
    return one_line(text if len(text) <= limit else text[:limit].rstrip() + "…")

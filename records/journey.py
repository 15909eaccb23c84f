"""The journey: every screen seen and every action taken on the way to deletion, with the
findings made on the way, the outcome and the step counts.

Flows build it; detectors read it (journey-level patterns); policies judge it; evidence writes
it. Screens are kept in memory while a run lasts (`Journey.screen(i)`), and saved to disk by
the evidence layer; the records here are what survives in journal.json.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from cancelcheck.screens import Bounds, Screen

from .finding import Finding

OUTCOMES = ("deleted", "reachable", "obstructed", "not_offered", "not_found", "failed", "error")
DIFFICULTY = ("easy", "medium", "hard", "impossible")


@dataclass
class ScreenRecord:
    index: int
    fingerprint: str
    app: str                        # package/activity or URL at capture time
    t: float                        # seconds since the run began
    size: tuple[int, int] | None = None
    stage: str = ""                 # what the explorer took it for: profile, settings, delete…
    image: str = ""                 # path of the screenshot, relative to the run folder
    tree: str = ""                  # path of the element tree JSON, relative to the run folder

    def as_dict(self) -> dict:
        return {"index": self.index, "fingerprint": self.fingerprint, "app": self.app,
                "t": round(self.t, 3), "size": list(self.size) if self.size else None,
                "stage": self.stage, "image": self.image, "tree": self.tree}

    @classmethod
    def from_dict(cls, d: dict) -> "ScreenRecord":
        return cls(index=d["index"], fingerprint=d["fingerprint"], app=d.get("app", ""),
                   t=d.get("t", 0.0), size=tuple(d["size"]) if d.get("size") else None,
                   stage=d.get("stage", ""), image=d.get("image", ""), tree=d.get("tree", ""))


@dataclass
class Step:
    """One action performed. `counted` steps are user steps (DESIGN.md); waits are seconds."""

    index: int                      # order in the run, from 0
    kind: str                       # tap, type, scroll, back, choose, wait, start, restart
    label: str                      # a human line, secret-safe ("type •••••• into 'Password'")
    before: int                     # screen index before the action
    after: int                      # screen index after it
    t: float                        # seconds since the run began, when the action started
    duration: float = 0.0
    waited: float = 0.0             # seconds spent waiting for the screen to settle or a timer
    counted: bool = True
    changed: bool = True            # the screen's fingerprint changed
    revealed: bool = True           # what is visible changed (a scroll that moved something)
    target: str = ""                # the label of the element acted on
    box: Bounds | None = None       # its box, screen pixels
    point: tuple[int, int] | None = None
    secret: bool = False
    note: str = ""                  # why (the explorer's reason, or the flow's line)
    source: str = ""                # "login", "flow FILE:LINE", "explorer"

    def as_dict(self) -> dict:
        return {"index": self.index, "kind": self.kind, "label": self.label,
                "before": self.before, "after": self.after, "t": round(self.t, 3),
                "duration": round(self.duration, 3), "waited": round(self.waited, 3),
                "counted": self.counted, "changed": self.changed, "revealed": self.revealed,
                "target": self.target,
                "box": self.box.as_list() if self.box else None,
                "point": list(self.point) if self.point else None, "secret": self.secret,
                "note": self.note, "source": self.source}

    @classmethod
    def from_dict(cls, d: dict) -> "Step":
        return cls(index=d["index"], kind=d["kind"], label=d["label"], before=d["before"],
                   after=d["after"], t=d["t"], duration=d.get("duration", 0.0),
                   waited=d.get("waited", 0.0), counted=d.get("counted", True),
                   changed=d.get("changed", True), revealed=d.get("revealed", True),
                   target=d.get("target", ""),
                   box=Bounds.from_list(d["box"]) if d.get("box") else None,
                   point=tuple(d["point"]) if d.get("point") else None,
                   secret=d.get("secret", False), note=d.get("note", ""),
                   source=d.get("source", ""))


@dataclass
class Journey:
    target: str
    backend: str = ""
    commit: bool = False
    started: str = ""                        # ISO time
    screens: list[ScreenRecord] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    outcome: str = ""
    reason: str = ""                         # one line: why this outcome
    path: list[int] = field(default_factory=list)   # step indices of the shortest path found
    entry_screen: int | None = None          # first screen of the deletion flow
    final_screen: int | None = None          # screen with the final confirmation
    final_action: str = ""                   # the label of the final confirmation
    final_box: Bounds | None = None          # where it is on final_screen, screen pixels
    entry_depth: int | None = None           # steps to entry_screen; None: no deletion flow entered
    path_steps: int | None = None            # steps to the final confirmation; None: not reached
    reached_steps: int | None = None         # steps on the path to where the run ended, any outcome
    wait_seconds: float = 0.0                # forced waiting on the path
    difficulty: str = ""
    obstacles: list[str] = field(default_factory=list)   # finding types met on the path
    start_step: int = 0                      # first step after logging in
    promise: dict | None = None              # a committed deletion's promised wait, with its due day
    recheck_of: str = ""                     # the journal this run re-checks
    rechecks: list[str] = field(default_factory=list)   # journals that re-checked this run
    _live: dict[int, Screen] = field(default_factory=dict, repr=False)

    # -- counts ----------------------------------------------------------------------------------
    @property
    def effort(self) -> int:
        """Actions the tool actually performed, backtracking included: the user steps, and
        each restart the explorer made to get back to a known screen (a restart is the tool
        going back, so it is paid from the same budget)."""
        return sum(1 for s in self.steps if s.counted
                   or (s.kind == "restart" and s.source == "explorer"))

    def screen(self, index: int) -> Screen | None:
        """The live Screen for a record (None once the run's memory is gone)."""
        return self._live.get(index)

    def add_screen(self, record: ScreenRecord, screen: Screen | None = None) -> ScreenRecord:
        self.screens.append(record)
        if screen is not None:
            self._live[record.index] = screen
        return record

    def forget_screen(self, index: int) -> None:
        self._live.pop(index, None)

    # -- serialisation ---------------------------------------------------------------------------
    def as_dict(self) -> dict:
        return {"target": self.target, "backend": self.backend, "commit": self.commit,
                "started": self.started, "outcome": self.outcome, "reason": self.reason,
                "path_steps": self.path_steps, "entry_depth": self.entry_depth,
                "reached_steps": self.reached_steps,
                "effort": self.effort, "wait_seconds": round(self.wait_seconds, 3),
                "difficulty": self.difficulty, "obstacles": list(self.obstacles),
                "start_step": self.start_step,
                "promise": dict(self.promise) if self.promise else None,
                "recheck_of": self.recheck_of, "rechecks": list(self.rechecks),
                "entry_screen": self.entry_screen, "final_screen": self.final_screen,
                "final_action": self.final_action,
                "final_box": self.final_box.as_list() if self.final_box else None,
                "path": list(self.path),
                "screens": [s.as_dict() for s in self.screens],
                "steps": [s.as_dict() for s in self.steps],
                "findings": [f.as_dict() for f in self.findings]}

    @classmethod
    def from_dict(cls, d: dict) -> "Journey":
        return cls(target=d["target"], backend=d.get("backend", ""),
                   commit=d.get("commit", False), started=d.get("started", ""),
                   screens=[ScreenRecord.from_dict(s) for s in d.get("screens", [])],
                   steps=[Step.from_dict(s) for s in d.get("steps", [])],
                   findings=[Finding.from_dict(f) for f in d.get("findings", [])],
                   outcome=d.get("outcome", ""), reason=d.get("reason", ""),
                   path=list(d.get("path", [])), entry_screen=d.get("entry_screen"),
                   final_screen=d.get("final_screen"), final_action=d.get("final_action", ""),
                   final_box=Bounds.from_list(d["final_box"]) if d.get("final_box") else None,
                   entry_depth=d.get("entry_depth"),
                   path_steps=d.get("path_steps"), reached_steps=d.get("reached_steps"),
                   wait_seconds=d.get("wait_seconds", 0.0),
                   difficulty=d.get("difficulty", ""), obstacles=list(d.get("obstacles", [])),
                   start_step=d.get("start_step", 0),
                   promise=dict(d["promise"]) if d.get("promise") else None,
                   recheck_of=d.get("recheck_of", ""), rechecks=list(d.get("rechecks", [])))

"""What got better or worse between two audits of the same app: a developer runs it after
fixing a complaint (`cancelcheck compare OLD.json NEW.json`, exit 1 on any regression).

Compared: the outcome (best first: deleted, reachable, obstructed, not_offered, not_found,
failed, error; an interrupted run counts as error), the difficulty, path steps, entry depth, the
forced wait on the path, and the findings, matched by type and evidence (whitespace and case
folded): one only in NEW is a regression, one only in OLD an improvement.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from cancelcheck.records import DIFFICULTY, OUTCOMES, Journey
from cancelcheck.screens.model import clean_text, printable

WAIT_TOLERANCE = 1.0        # seconds of forced wait that count as the same


@dataclass
class Change:
    what: str               # outcome, difficulty, path_steps, entry_depth, wait_seconds, finding
    old: object
    new: object
    text: str               # one line a person reads

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Comparison:
    regressions: list[Change] = field(default_factory=list)
    improvements: list[Change] = field(default_factory=list)
    same: list[str] = field(default_factory=list)

    @property
    def regressed(self) -> bool:
        return bool(self.regressions)

    def as_dict(self) -> dict:
        return {"regressed": self.regressed,
                "regressions": [c.as_dict() for c in self.regressions],
                "improvements": [c.as_dict() for c in self.improvements],
                "same": list(self.same)}


def _rank(value: str, order: tuple[str, ...], missing: int) -> int:
    return order.index(value) if value in order else missing


def _fewer_is_better(cmp: Comparison, what: str, name: str, old, new) -> None:
    """Counts where fewer is better; None (no path found) is worst."""
    if old == new:
        cmp.same.append(f"{name} {printable(old) if old is not None else '-'}")
        return
    if old is None:
        cmp.improvements.append(Change(what, old, new, f"{name}: none found before, now {printable(new)}"))
    elif new is None:
        cmp.regressions.append(Change(what, old, new, f"{name}: {printable(old)} before, now none found"))
    elif new > old:
        cmp.regressions.append(Change(what, old, new, f"{name}: {old} → {new} (+{new - old})"))
    else:
        cmp.improvements.append(Change(what, old, new, f"{name}: {old} → {new} ({new - old})"))


def finding_key(f) -> tuple[str, str]:
    return f.type, clean_text(f.evidence).casefold()


def compare(old: Journey, new: Journey) -> Comparison:
    cmp = Comparison()
    worst = OUTCOMES.index("error")
    o, n = _rank(old.outcome, OUTCOMES, worst), _rank(new.outcome, OUTCOMES, worst)
    old_out, new_out = old.outcome or "interrupted", new.outcome or "interrupted"
    if n > o:
        cmp.regressions.append(Change("outcome", old_out, new_out,
                                      f"outcome: {printable(old_out)} → {printable(new_out)}"))
    elif n < o:
        cmp.improvements.append(Change("outcome", old_out, new_out,
                                       f"outcome: {printable(old_out)} → {printable(new_out)}"))
    else:
        cmp.same.append(f"outcome {printable(new_out)}")
    if old.difficulty and new.difficulty and old.difficulty != new.difficulty:
        d_old, d_new = DIFFICULTY.index(old.difficulty) if old.difficulty in DIFFICULTY else 9, \
            DIFFICULTY.index(new.difficulty) if new.difficulty in DIFFICULTY else 9
        bucket = cmp.regressions if d_new > d_old else cmp.improvements
        bucket.append(Change("difficulty", old.difficulty, new.difficulty,
                             f"difficulty: {printable(old.difficulty)} → {printable(new.difficulty)}"))
    _fewer_is_better(cmp, "path_steps", "path steps", old.path_steps, new.path_steps)
    _fewer_is_better(cmp, "entry_depth", "entry depth", old.entry_depth, new.entry_depth)
    dw = new.wait_seconds - old.wait_seconds
    if dw > WAIT_TOLERANCE:
        cmp.regressions.append(Change("wait_seconds", round(old.wait_seconds, 1),
                                      round(new.wait_seconds, 1),
                                      f"forced wait: {old.wait_seconds:.0f} s → {new.wait_seconds:.0f} s"))
    elif dw < -WAIT_TOLERANCE:
        cmp.improvements.append(Change("wait_seconds", round(old.wait_seconds, 1),
                                       round(new.wait_seconds, 1),
                                       f"forced wait: {old.wait_seconds:.0f} s → {new.wait_seconds:.0f} s"))
    before = Counter(finding_key(f) for f in old.findings)
    after = Counter(finding_key(f) for f in new.findings)
    shown = {finding_key(f): f for f in [*old.findings, *new.findings]}
    for key in sorted(after - before):
        f = shown[key]
        cmp.regressions.append(Change("finding", None, {"type": f.type, "evidence": f.evidence},
                                      f"new finding: {f.line()}"))
    for key in sorted(before - after):
        f = shown[key]
        cmp.improvements.append(Change("finding", {"type": f.type, "evidence": f.evidence}, None,
                                       f"finding gone: {f.line()}"))
    if not (after - before) and not (before - after):
        cmp.same.append(f"{sum(after.values())} findings")
    return cmp

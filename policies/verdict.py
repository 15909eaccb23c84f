"""A verdict: one clause of one rule set judged on one journey — pass, fail, review or
not_applicable — with the one-line reason and the evidence that decided it (finding indices,
step indices, numbers). `Verdicts` is the list judge() returns, with `.get(clause_id)`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("pass", "fail", "review", "not_applicable")


@dataclass
class Verdict:
    clause: str                                 # e.g. "apple-5.1.1v"
    status: str                                 # pass | fail | review | not_applicable
    reason: str                                 # one line
    rule_set: str = ""                          # e.g. "apple"
    title: str = ""                             # the clause's English title
    findings: list[int] = field(default_factory=list)   # indices into journey.findings
    steps: list[int] = field(default_factory=list)      # Step.index values
    numbers: dict = field(default_factory=dict)         # path_steps, ratio, working_days…
    source: str = ""                            # document and section, one line

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown verdict status {self.status!r}")

    @property
    def passed(self) -> bool:
        return self.status == "pass"

    @property
    def failed(self) -> bool:
        return self.status == "fail"

    @property
    def needs_review(self) -> bool:
        return self.status == "review"

    @property
    def applies(self) -> bool:
        return self.status != "not_applicable"

    def as_dict(self) -> dict:
        return {"clause": self.clause, "rule_set": self.rule_set, "title": self.title,
                "status": self.status, "reason": self.reason, "source": self.source,
                "evidence": {"findings": list(self.findings), "steps": list(self.steps),
                             "numbers": dict(self.numbers)}}

    def __str__(self) -> str:
        return f"{self.clause}: {self.status} — {self.reason}"


class Verdicts:
    """The verdicts of one journey, in rule-set order. Iterate, index, or `.get(clause_id)`."""

    def __init__(self, verdicts=()):
        self._items: list[Verdict] = list(verdicts)

    def __iter__(self):
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __contains__(self, clause: object) -> bool:
        return any(v.clause == clause for v in self._items)

    def get(self, clause: str) -> Verdict:
        for v in self._items:
            if v.clause == clause:
                return v
        known = ", ".join(v.clause for v in self._items)
        raise KeyError(f"no verdict for clause {clause!r}; judged: {known}")

    def of(self, rule_set: str) -> "Verdicts":
        return Verdicts(v for v in self._items if v.rule_set == rule_set)

    def with_status(self, status: str) -> "Verdicts":
        return Verdicts(v for v in self._items if v.status == status)

    def failed(self) -> "Verdicts":
        return self.with_status("fail")

    def passed(self) -> "Verdicts":
        return self.with_status("pass")

    def review(self) -> "Verdicts":
        return self.with_status("review")

    def statuses(self) -> dict[str, str]:
        """clause id → status, the shape of a specimen's verdicts.yaml."""
        return {v.clause: v.status for v in self._items}

    def as_list(self) -> list[dict]:
        return [v.as_dict() for v in self._items]

    def __repr__(self) -> str:
        return f"Verdicts({self.statuses()!r})"

"""A verdict: one clause of one rule set judged on one journey — pass, fail, review or
not_applicable — with the one-line reason and the evidence that decided it (finding indices,
step indices, numbers). `Verdicts` is the list judge() returns, with `.get(clause_id)`.

How a verdict reads is written here once: `cells()` gives one plain string per VERDICT_COLUMNS
(clause, rule, verdict, figure, reason, evidence), `line()` the same words as one sentence. The
terminal (`cancelcheck judge`, `run`, `recheck`), report.html and pytest's messages all show
these. The strings are plain text (app text quoted in a reason or a figure made one line); each
face escapes them for its own medium.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from cancelcheck.records import shorten

STATUSES = ("pass", "fail", "review", "not_applicable")
STATUS_WORD = {"pass": "pass", "fail": "FAIL", "review": "review", "not_applicable": "n/a"}
VERDICT_COLUMNS = ("clause", "rule", "verdict", "figure", "reason", "evidence")
FIGURE_CHARS = 80           # the figure (the numbers that decided), shortened to this


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

    @property
    def word(self) -> str:
        """pass, FAIL, review or n/a."""
        return STATUS_WORD[self.status]

    @property
    def figure(self) -> str:
        """The numbers that decided, `path steps 5, signup steps 2, ratio 2.5` (empty ones left
        out, lists joined with "/")."""
        parts = []
        for key, value in self.numbers.items():
            if value is None or value == "" or value == [] or value == {}:
                continue
            if isinstance(value, (list, tuple)):
                value = "/".join(map(str, value))
            elif isinstance(value, float):
                value = f"{value:g}"
            parts.append(f"{key.replace('_', ' ')} {value}")
        return shorten(", ".join(parts), FIGURE_CHARS)

    def evidence(self, findings=None) -> str:
        """The findings and steps the verdict cites: `findings #0 offline_requirement; steps 1,
        2` (a finding's type when the journey's findings are given)."""
        out = []
        if self.findings:
            def name(i):
                return (f"#{i} {findings[i].type}" if findings is not None
                        and 0 <= i < len(findings) else f"#{i}")
            out.append("findings " + ", ".join(name(i) for i in self.findings[:4])
                       + (" …" if len(self.findings) > 4 else ""))
        if self.steps:
            out.append("steps " + ", ".join(map(str, self.steps[:8]))
                       + (" …" if len(self.steps) > 8 else ""))
        return "; ".join(out)

    def cells(self, findings=None) -> tuple[str, str, str, str, str, str]:
        """How this verdict reads: one plain string per VERDICT_COLUMNS, in that order.
        `findings`: the journey's findings, to name the ones cited by type."""
        return (self.clause, shorten(self.title, 200), self.word, self.figure,
                shorten(self.reason, 400), self.evidence(findings))

    def line(self, findings=None) -> str:
        """The cells as one sentence: `apple-5.1.1v (Account deletion in the app) FAIL: REASON
        [path steps 5] (findings #0 offline_requirement)`."""
        clause, rule, word, figure, reason, evidence = self.cells(findings)
        return (f"{clause}" + (f" ({rule})" if rule else "") + f" {word}: {reason}"
                + (f" [{figure}]" if figure else "") + (f" ({evidence})" if evidence else ""))

    def as_dict(self) -> dict:
        return {"clause": self.clause, "rule_set": self.rule_set, "title": self.title,
                "status": self.status, "reason": self.reason, "source": self.source,
                "evidence": {"findings": list(self.findings), "steps": list(self.steps),
                             "numbers": dict(self.numbers)}}

    def __str__(self) -> str:
        return self.line()


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

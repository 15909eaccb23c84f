"""policies: a journey judged against published rules, one verdict per clause.

    from cancelcheck.policies import judge, rule_sets
    verdicts = judge(result.journey, result.config)      # config optional
    verdicts.get("apple-5.1.1v").passed                   # pass | fail | review | not_applicable
    [v.clause for v in verdicts.failed()]
    verdicts.as_list()                                    # JSON-ready, evidence included
    v.cells(journey.findings), v.line()                   # how a verdict reads, everywhere

The rule sets are data (policies/rules/*.yaml: clause id, titles in the original language and in
English, source, and what makes each pass, fail or need review, through a named check); the
checks are small functions in policies/checks.py. A new rule set is one YAML file.
"""
from __future__ import annotations

from .checks import CHECKS, Facts
from .ruleset import Clause, RuleError, RuleSet, load_rule_sets
from .verdict import STATUS_WORD, STATUSES, VERDICT_COLUMNS, Verdict, Verdicts

__all__ = ["judge", "judge_clause", "rule_sets", "clauses", "Verdict", "Verdicts", "RuleSet",
           "Clause", "RuleError", "STATUSES", "STATUS_WORD", "VERDICT_COLUMNS"]


def rule_sets() -> list[RuleSet]:
    """Every rule set with its clauses, in order."""
    return load_rule_sets()


def clauses() -> list[Clause]:
    return [c for rs in rule_sets() for c in rs.clauses]


def judge_clause(clause: Clause, journey, config=None, facts: Facts | None = None) -> Verdict:
    facts = facts or Facts(journey, config)
    out = CHECKS[clause.check](facts, clause.params)
    return Verdict(clause=clause.id, rule_set=clause.rule_set, title=clause.title,
                   status=out.status, reason=out.reason, findings=list(out.findings),
                   steps=list(out.steps), numbers=dict(out.numbers), source=clause.source_line)


def judge(journey, config=None, only: list[str] | None = None) -> Verdicts:
    """The verdicts of a journey on every clause of every rule set (or of the rule sets and
    clauses named in `only`). `config` is the app config (AppConfig) when there is one."""
    facts = Facts(journey, config)
    out = []
    for rs in rule_sets():
        for c in rs.clauses:
            if only and rs.id not in only and c.id not in only:
                continue
            out.append(judge_clause(c, journey, config, facts))
    return Verdicts(out)

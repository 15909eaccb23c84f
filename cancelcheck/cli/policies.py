"""`cancelcheck policies [--json]`: the rule sets and their clauses.
`cancelcheck judge JOURNAL [--config apps/x.yaml] [--json]`: the verdicts of a recorded journey
(a journal.json written by `cancelcheck run`).

Exit codes of judge: 0 when no clause fails, 1 when one does, 2 for bad input.
"""
from __future__ import annotations

import json
import sys

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .output import EXIT_FAILED, EXIT_OK, consoles, fail, verdict_table


def cmd_policies(args, out: Console | None = None, err: Console | None = None) -> int:
    from cancelcheck.policies import RuleError, rule_sets
    out, err = consoles(out, err)
    try:
        sets = rule_sets()
    except RuleError as exc:
        return fail(str(exc), "policies", err)
    if args.json:
        sys.stdout.write(json.dumps({"rule_sets": [rs.as_dict() for rs in sets]},
                                    ensure_ascii=False) + "\n")
        return EXIT_OK
    table = Table(title="Rule sets and clauses")
    table.add_column("rule set")
    table.add_column("clause", no_wrap=True)
    for col in ("title", "original", "source"):
        table.add_column(col)
    for rs in sets:
        for i, c in enumerate(rs.clauses):
            table.add_row(Text(rs.name if i == 0 else ""), Text(c.id), Text(c.title),
                          Text(c.title_original), Text(c.source_line))
    out.print(table)
    return EXIT_OK


def cmd_judge(args, out: Console | None = None, err: Console | None = None) -> int:
    from cancelcheck.evidence.journal import JournalError, read_journal
    from cancelcheck.records.yamlsrc import SourceError
    from cancelcheck.policies import RuleError, judge

    from ..config import load_config
    out, err = consoles(out, err)

    def bad(message: str) -> int:
        return fail(message, "judge", err)

    try:
        journey = read_journal(args.journal)
    except JournalError as exc:
        return bad(str(exc))
    config = None
    if args.config:
        try:
            config = load_config(args.config)
        except FileNotFoundError:
            return bad(f"{args.config}: no such file")
        except (SourceError, OSError) as exc:
            return bad(str(exc))
    try:
        verdicts = judge(journey, config)
    except RuleError as exc:
        return bad(str(exc))
    code = EXIT_FAILED if verdicts.failed() else EXIT_OK
    if args.json:
        sys.stdout.write(json.dumps({"target": journey.target, "outcome": journey.outcome,
                                     "config": str(config.path) if config else None,
                                     "verdicts": verdicts.as_list()}, ensure_ascii=False) + "\n")
        return code
    out.print(verdict_table(verdicts, journey.findings,
                            f"Verdicts for {journey.target} ({journey.outcome or 'no outcome'})"))
    counts = {s: len(verdicts.with_status(s)) for s in ("pass", "fail", "review", "not_applicable")}
    out.print(f"{counts['pass']} pass, {counts['fail']} fail, {counts['review']} need review, "
              f"{counts['not_applicable']} not applicable")
    return code


def register(subparsers, parser_class=None) -> None:
    """Add `policies` and `judge` to the CLI's subparsers."""
    s = subparsers.add_parser("policies", help="list the rule sets and their clauses")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(func=cmd_policies)

    s = subparsers.add_parser("judge", help="judge a recorded journey (journal.json) against the rule sets")
    s.add_argument("journal", help="a journal.json written by cancelcheck run")
    s.add_argument("--config", help="the app config (apps/*.yaml): sign-up steps, regulated, …")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(func=cmd_judge)

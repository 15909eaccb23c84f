"""The evidence commands, on the journal alone (no device):

    cancelcheck report JOURNAL [--out FILE] [--config APP] [--blur] [--blur-name NAME]...
                                              one self-contained HTML page for an audit
    cancelcheck compare OLD.json NEW.json [--json]
                                              what got better or worse; exit 1 on a regression
    cancelcheck summary PATH... [--out FILE]  one sortable row per audit (journals or folders)

Exit codes: 0 done (compare: no regression), 1 compare found a regression, 2 bad input (one
line on stderr names the file). cancelcheck/cli/__init__.py wires them in with
register(subparsers, parser_class).
"""
from __future__ import annotations

import json
import sys

from cancelcheck.records import SourceError
from cancelcheck.screens.oneline import one_line

from .output import EXIT_OK, EXIT_REGRESSED, fail


def cmd_report(args) -> int:
    from cancelcheck.evidence.journal import JournalError
    from cancelcheck.evidence.privacy import Redactor, names_from_credentials
    from cancelcheck.evidence.report import load_run, render_report
    try:
        run = load_run(args.journal)
        config = _run_config(args.config or run.data.get("config"), given=bool(args.config))
        names = list(args.blur_name or [])
        if args.blur and config is not None:
            names += names_from_credentials(config.credentials)
        redactor = Redactor(personal=args.blur or bool(run.data.get("blur")), names=tuple(names))
        page = render_report(args.journal, args.out, redactor=redactor, config=config)
    except (JournalError, SourceError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{exc.filename or args.out}: {exc.strerror}")
    print(page)
    return EXIT_OK


def _run_config(path: str | None, *, given: bool):
    """The app config the verdicts are judged with: --config, else the one the journal names.
    A recorded config that no longer loads is said on stderr and left out (the explicit
    --blur-name names still apply); a given one that does not load is an error."""
    if not path:
        return None
    from ..config import load_config
    try:
        return load_config(path)
    except (SourceError, OSError) as exc:
        if given:
            raise SourceError(path, None, exc.strerror or "cannot be read") \
                if isinstance(exc, OSError) else exc from None
        print(f"cancelcheck: warning: {one_line(str(exc))}; the verdicts are judged without "
              "the app config", file=sys.stderr)
        return None


def cmd_compare(args) -> int:
    from cancelcheck.evidence.compare import compare
    from cancelcheck.evidence.journal import JournalError, read_journal
    try:
        old, new = read_journal(args.old), read_journal(args.new)
    except JournalError as exc:
        return fail(str(exc))
    result = compare(old, new)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False))
    else:
        print(f"{args.old} → {args.new}")
        for title, items, mark in (("worse", result.regressions, "-"),
                                   ("better", result.improvements, "+")):
            print(f"{title}: {len(items)}")
            for c in items:
                print(f"  {mark} {c.text}")
        if result.same:
            print("same: " + ", ".join(result.same))
    return EXIT_REGRESSED if result.regressed else EXIT_OK


def cmd_summary(args) -> int:
    from cancelcheck.evidence.journal import JournalError
    from cancelcheck.evidence.report import find_journals, render_summary
    journals = find_journals(args.paths)
    if not journals:
        return fail(f"{' '.join(args.paths)}: no journal.json found")
    try:
        page = render_summary(journals, args.out)
    except JournalError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{exc.filename or args.out}: {exc.strerror}")
    print(page)
    return EXIT_OK


def register(subparsers, parser_class=None) -> None:
    """Add report, compare and summary to cancelcheck's sub-commands."""
    s = subparsers.add_parser("report", help="render an audit's journal as one HTML page")
    s.add_argument("journal", help="journal.json of a run")
    s.add_argument("--out", help="the page to write (default: report.html beside the journal)")
    s.add_argument("--config", help="the app config to judge the verdicts with (default: the one "
                                    "the journal names, when it still loads)")
    s.add_argument("--blur", action="store_true",
                   help="blur personal data (phone, ID numbers, e-mail, the config's names)")
    s.add_argument("--blur-name", action="append", metavar="NAME",
                   help="also blur this name wherever it shows (repeatable)")
    s.set_defaults(func=cmd_report)

    s = subparsers.add_parser("compare", help="what got better or worse between two audits; "
                                              "exit 1 on a regression")
    s.add_argument("old", help="journal.json of the earlier run")
    s.add_argument("new", help="journal.json of the later run")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(func=cmd_compare)

    s = subparsers.add_parser("summary", help="one sortable HTML table over many audits")
    s.add_argument("paths", nargs="+", metavar="PATH", help="journal.json files or folders of runs")
    s.add_argument("--out", default="summary.html", help="the page to write (default: summary.html)")
    s.set_defaults(func=cmd_summary)


"""`cancelcheck recheck JOURNAL`: after the day a committed deletion was promised for, sign in
again with the app config's credentials and record what happened as a new journal, linked both
ways (the new one's `recheck_of`, the first one's `rechecks`); the verdict
cn-miit-2019-promise-kept says whether the promise was kept.

    cancelcheck recheck out/runs/social-zh-…/journal.json         refuses before the due day
    cancelcheck recheck JOURNAL --now                               re-check anyway (review)

Exit codes (cli/output.py's table, as `run`): 0 deleted (the promise kept), 6 failed (signing in
still works, or the app broke), 7 error (the target did not open, or the re-check could not
run), 2 bad input (one line naming the journal or the config).
"""
from __future__ import annotations

import json
import os
import time
from datetime import date
from pathlib import Path

from .output import EXIT_ERROR, OUTCOME_EXIT, fail

PROMISE_KEPT = "cn-miit-2019-promise-kept"      # the clause a re-check decides


def link_back(journal: Path, recheck_journal: Path) -> None:
    """Add the re-check to the first journal's `rechecks` (rewritten whole, atomically)."""
    data = json.loads(journal.read_text(encoding="utf-8"))
    data.setdefault("rechecks", [])
    data["rechecks"].append(str(recheck_journal.resolve()))
    tmp = journal.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, journal)


def cmd_recheck(args) -> int:
    from cancelcheck.devices import DeviceError
    from cancelcheck.evidence.journal import JournalError, JournalWriter, read_journal
    from cancelcheck.flows.recheck import recheck
    from cancelcheck.policies import judge
    from cancelcheck.records.yamlsrc import SourceError
    from cancelcheck.screens.model import printable

    from ..api import device_options_from
    from ..config import load_config
    from ..targets import opened

    journal = Path(args.journal)
    try:
        first = read_journal(journal)
    except JournalError as exc:
        return fail(str(exc), "recheck")
    p = first.promise
    if not p or not p.get("due"):
        return fail(f"{journal}: no committed deletion with a promised waiting period: nothing "
                    "to re-check", "recheck")
    try:
        due = date.fromisoformat(str(p["due"]))
    except ValueError:
        return fail(f"{journal}: the promise's due day {printable(str(p['due']))!r} is not a "
                    "date (YYYY-MM-DD)", "recheck")
    if date.today() < due and not args.now:
        return fail(f"{journal}: the app promised deletion within {printable(str(p.get('text')))} "
                    f"(due {due}, counted in {p.get('counted')}); re-check on or after that "
                    "day, or give --now", "recheck")
    data = json.loads(journal.read_text(encoding="utf-8"))
    cfg_path = args.config or data.get("config")
    if not cfg_path:
        return fail(f"{journal}: no app config is recorded with this run: give --config",
                    "recheck")
    try:
        cfg = load_config(cfg_path)
    except (SourceError, OSError) as exc:
        return fail(str(exc), "recheck")
    out = Path(args.out) if args.out else journal.parent.with_name(
        f"{journal.parent.name}-recheck-{time.strftime('%Y%m%d-%H%M%S')}")
    writer = JournalWriter(out)
    writer.extra = {"name": cfg.name, "config": str(cfg_path)}
    try:
        with opened(cfg.target, **device_options_from(cfg, cfg.target)) as device:
            j = recheck(device, cfg.name, cfg.credentials, p, str(journal.resolve()),
                        observers=[writer], login=cfg.login)
    except DeviceError as exc:            # the target did not open: nothing was re-checked
        return fail(f"{cfg.target}: cannot open: {exc}", "recheck", code=EXIT_ERROR)
    link_back(journal, writer.path)
    verdicts = judge(j, cfg)
    print(f"{j.outcome}: {printable(j.reason)}")
    if PROMISE_KEPT in verdicts:
        print(verdicts.get(PROMISE_KEPT).line(j.findings))
    print(f"journal: {writer.path} (re-checks {journal})")
    return OUTCOME_EXIT.get(j.outcome, EXIT_ERROR)


def register(subparsers, parser_class=None) -> None:
    s = subparsers.add_parser("recheck", help="after a promised waiting period, sign in again "
                                              "and record whether the deletion happened")
    s.add_argument("journal", help="the journal.json of a committed run that recorded a promise")
    s.add_argument("--now", "--force", dest="now", action="store_true",
                   help="re-check before the promised day (the verdict is then only a review)")
    s.add_argument("--config", help="the app config (default: the one the run recorded)")
    s.add_argument("--out", help="folder for the new evidence (default: beside the first run)")
    s.set_defaults(func=cmd_recheck)

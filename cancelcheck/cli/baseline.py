"""`cancelcheck baseline APP`: keep the current audit of an app as its baseline, next to its
config (apps/fair-en.yaml → apps/fair-en.baseline.json). The pytest plugin compares every later
run with it (the `baseline` test item of `pytest --cc-apps apps/`, `audit.expect_no_regression()`)
and fails on any regression (evidence.compare: a worse outcome, more steps, a new finding…).

    cancelcheck baseline apps/fair-en.yaml              audit now, keep the journal
    cancelcheck baseline fair-en --from out/x/journal.json   keep a journal already made

cancelcheck/cli/__init__.py wires it in with register(subparsers, parser_class).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..plugin_audit import baseline_path
from .output import EXIT_OK, fail


def config_path(app: str) -> Path | None:
    """APP as an app config: a .yaml path, or a specimen name with apps/NAME.yaml."""
    from ..api import APPS_DIR
    if app.endswith((".yaml", ".yml")):
        return Path(app)
    p = APPS_DIR / f"{app}.yaml"
    return p if p.is_file() else None


def keep(journal: Path, cfg_path: Path):
    """Keep a finished run's journal as the app's baseline; returns (its path, the journey).
    JournalError when the journal is damaged or the run did not finish."""
    from cancelcheck.evidence.journal import JournalError, read_journal
    journey = read_journal(journal)
    if journey.outcome in ("", "error"):
        raise JournalError(f"{journal}: the audit did not finish ({journey.outcome or 'interrupted'}"
                           f": {journey.reason}); not kept as a baseline")
    data = json.loads(journal.read_text(encoding="utf-8"))
    data["baseline_of"] = str(cfg_path)
    target = baseline_path(cfg_path)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return target, journey


def cmd_baseline(args) -> int:
    from cancelcheck.evidence.journal import JournalError
    from cancelcheck.records.yamlsrc import SourceError

    from ..config import load_config
    cfg_path = config_path(args.app)
    if cfg_path is None:
        return fail(f"{args.app}: no app config (give apps/NAME.yaml, or a name with one in apps/)")
    try:
        cfg = load_config(cfg_path)
    except (SourceError, OSError) as exc:
        return fail(str(exc))
    if args.source:
        journal = Path(args.source)
    else:
        from ..api import audit
        from cancelcheck.evidence.files import safe_name
        try:
            result = audit(str(cfg_path), out_dir=Path(args.out) / safe_name(cfg.name),
                           video=False, report=False, native_video=False)
        except Exception as exc:   # noqa: BLE001 — one line, whatever broke
            return fail(f"{cfg_path}: could not audit: {exc}")
        journal = result.out_dir / "journal.json"
    try:
        target, journey = keep(journal, cfg_path)
    except JournalError as exc:
        return fail(str(exc))
    steps = "no path found" if journey.path_steps is None else f"{journey.path_steps} path steps"
    print(f"{target}: baseline of {cfg.name}: {journey.outcome}, {steps}, "
          f"{len(journey.findings)} findings")
    return EXIT_OK


def register(subparsers, parser_class=None) -> None:
    s = subparsers.add_parser("baseline", help="keep an app's current audit as its baseline "
                                               "(apps/NAME.baseline.json) for regression tests")
    s.add_argument("app", help="an app config (apps/x.yaml) or a specimen name with one in apps/")
    s.add_argument("--from", dest="source", metavar="JOURNAL",
                   help="keep this journal.json instead of auditing now")
    s.add_argument("--out", default="out/baselines",
                   help="where a new audit's evidence goes (default: out/baselines/NAME)")
    s.set_defaults(func=cmd_baseline)


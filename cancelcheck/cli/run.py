"""Audits from the command line:

    cancelcheck run TARGET [--flow F] [--commit] [--budget-steps N] [--out DIR] [--json]
    cancelcheck demo [--out DIR]               audit every specimen, print a table

`run` exits with its outcome's code (cancelcheck/cli/output.py: 0 reachable or deleted,
3 obstructed, 4 not offered, 5 not found, 6 failed, 7 error).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from rich.progress import Progress
from rich.table import Table

from cancelcheck.records import counts_line, path_lines
from cancelcheck.specimens import catalog

from .output import (EXIT_BAD, EXIT_ERROR, EXIT_OK, KNOWN_ERRORS, OUTCOME_EXIT, err, esc, fail,
                     finding_table, out)


def summary_dict(result) -> dict:
    from cancelcheck.policies import judge
    j = result.journey
    return {"target": j.target, "outcome": j.outcome, "reason": j.reason,
            "difficulty": j.difficulty, "path_steps": j.path_steps, "entry_depth": j.entry_depth,
            "reached_steps": j.reached_steps,
            "effort": j.effort, "wait_seconds": round(j.wait_seconds, 1),
            "path": path_lines(j),
            "findings": [f.as_dict() for f in j.findings], "obstacles": j.obstacles,
            "verdicts": [v.as_dict() for v in judge(j, result.config)],
            "out_dir": str(result.out_dir)}


def _print_run(result) -> None:
    from cancelcheck.policies import judge
    j = result.journey
    colour = {"reachable": "green", "deleted": "green", "obstructed": "yellow",
              "not_offered": "red", "not_found": "red", "failed": "red", "error": "red"}
    out.print(f"[bold {colour.get(j.outcome, 'white')}]{j.outcome}[/] ({j.difficulty or '-'}): "
              f"{esc(j.reason)}")
    out.print(f"{counts_line(j)}, forced wait {j.wait_seconds:.0f} s")
    for n, line in enumerate(path_lines(j), 1):
        out.print(f"  {n:2d}. {esc(line)}")
    if j.findings:
        out.print(finding_table(j.findings))
    verdicts = judge(j, result.config)
    failed = verdicts.failed()
    out.print(f"Rules: {len(failed)} failed, {len(verdicts.review())} need review, "
              f"{len(verdicts.passed())} passed", markup=False)
    for v in failed:
        out.print(f"  {v.line(j.findings)}", markup=False, soft_wrap=True)
    out.print(f"Evidence: {result.out_dir}/journal.json", markup=False)
    for name in ("report.html", "video.mp4"):
        if (result.out_dir / name).is_file() and (result.out_dir / name).stat().st_size:
            out.print(f"          {result.out_dir / name}", markup=False)


def cmd_run(args) -> int:
    import json
    from ..api import audit
    from ..progress import ProgressView
    if args.save_flow and not Path(args.save_flow).resolve().parent.is_dir():
        return fail(f"--save-flow: the folder of {args.save_flow} does not exist")
    with ProgressView(err, args.target) as view:
        device_options = {}
        if args.app:
            device_options["package"] = args.app
        if args.activity:
            device_options["activity"] = args.activity
        result = audit(args.target, flow=args.flow, commit=True if args.commit else None,
                       budget_steps=args.budget_steps, out_dir=args.out,
                       observers=[view] if not args.json else [],
                       device_options=device_options, device=args.device)
    j = result.journey
    if j.outcome in ("error", "failed"):      # what stopped the run, one line where errors go
        err.print(f"cancelcheck: {j.outcome}: {j.reason}", markup=False, soft_wrap=True)
    if args.json:
        print(json.dumps(summary_dict(result), ensure_ascii=False))
    else:
        _print_run(result)
    if args.save_flow:
        from .save_flow import save_run_flow
        saved = save_run_flow(result, args.save_flow, args.target)
        if saved is not None:
            return saved
    return OUTCOME_EXIT.get(j.outcome, EXIT_ERROR)


def cmd_demo(args) -> int:
    """Audit every bundled specimen with the explorer; print a table; leave a page to open."""
    from cancelcheck.evidence.files import safe_name
    from cancelcheck.evidence.gallery import GalleryEntry, write_gallery
    from ..api import audit

    root = Path(args.out)
    root.mkdir(parents=True, exist_ok=True)
    entries, rows, errors = [], [], 0
    names = catalog.names()
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("auditing the specimens", total=len(names))
        for name in names:
            folder = safe_name(name)
            cfg = Path("apps") / f"{name}.yaml"
            target = str(cfg) if cfg.is_file() else name
            entry = GalleryEntry(name=name, title=catalog.truth(name).title,
                                 image=f"{folder}/screens/0000.png", tree=f"{folder}/journal.json")
            try:
                result = audit(target, out_dir=root / folder)
                j = result.journey
                entry.texts = tuple(path_lines(j))
                entry.summary = f"{j.outcome} ({j.difficulty or '-'}) · " + counts_line(j).replace(", ", " · ")
                rows.append((name, j.outcome, j.difficulty, j.path_steps, j.entry_depth, j.effort,
                             ", ".join(sorted({f.type for f in j.findings})) or "-"))
                errors += j.outcome == "error"
            except KNOWN_ERRORS as exc:
                entry.error = str(exc)
                rows.append((name, "error", "", None, None, None, str(exc)[:60]))
                errors += 1
            entries.append(entry)
            progress.advance(task)
    table = Table(title="cancelcheck demo: every specimen, explorer only")
    for col in ("specimen", "outcome", "difficulty", "path steps", "entry depth", "effort",
                "findings"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*[esc("-" if v is None else str(v)) for v in row])
    out.print(table)
    page = write_gallery(entries, root, "cancelcheck demo: the specimen apps, audited")
    out.print(f"Open {page.resolve()} (each run's journal.json and screens are beside it)",
              markup=False)
    return EXIT_OK if not errors else EXIT_BAD


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} must be 1 or more")
    return n


def cmd_schema(args) -> int:
    import json

    from .schema import SCHEMAS
    print(json.dumps(SCHEMAS[args.kind](), indent=2, ensure_ascii=False))
    return EXIT_OK


def register(sub, parser_class=None) -> None:
    s = sub.add_parser("run", help="audit a target: can the account be deleted, in how many steps?")
    s.add_argument("target", help="an app config (apps/*.yaml), a specimen name, or a URL")
    s.add_argument("--flow", help="a scripted flow file to follow instead of exploring")
    s.add_argument("--commit", action="store_true",
                   help="really confirm the final deletion, then verify the account is gone")
    s.add_argument("--budget-steps", type=_positive, help="at most this many steps")
    s.add_argument("--out", help="folder for the evidence (default: out/runs/NAME-TIME)")
    s.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    s.add_argument("--device", metavar="SPEC",
                   help="run the target on this device instead of its own: u2:SERIAL, or "
                        "appium:URL (a web target opens in Chromium through that Appium server)")
    s.add_argument("--save-flow", metavar="FILE",
                   help="write the shortest path found as a flow file (replay it with --flow)")
    s.add_argument("--app", help="Android: the app's package (with a u2:SERIAL target)")
    s.add_argument("--activity", help="Android: the activity to start (optional)")
    s.set_defaults(func=cmd_run)


def register_demo(sub, parser_class=None) -> None:
    s = sub.add_parser("demo", help="audit every specimen app and print a table")
    s.add_argument("--out", default="out/demo", help="folder to write into (default: out/demo)")
    s.set_defaults(func=cmd_demo)

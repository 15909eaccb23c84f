"""The `cancelcheck` command.

    cancelcheck specimens                      list the bundled specimen apps
    cancelcheck serve SPECIMEN [--port N]      serve one for a person to open in a browser
    cancelcheck capture TARGET --out DIR       save the screenshot and element tree of a screen
    cancelcheck run TARGET [--flow F] [--commit] [--budget-steps N] [--out DIR] [--json]
    cancelcheck demo [--out DIR]               audit every specimen, print a table

Exit codes of `run`: 0 reachable or deleted; 3 obstructed; 4 not offered; 5 not found;
6 failed (the app broke: it crashed, or said done and did not do it); 7 error (the tool
could not finish: a device, a target or the output folder stopped working).
Every command: 2 for bad input (one line on stderr says which file, line or flag).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from cancelcheck.devices import DeviceError
from cancelcheck.policies import judge
from cancelcheck.screens import ScreenParseError
from cancelcheck.specimens import catalog
from cancelcheck.specimens.catalog import SpecimenError
from cancelcheck.records import SourceError, counts_line, path_lines

from .targets import opened

EXIT_OK, EXIT_BAD = 0, 2
OUTCOME_EXIT = {"deleted": 0, "reachable": 0, "obstructed": 3, "not_offered": 4,
                "not_found": 5, "failed": 6, "error": 7}
KNOWN_ERRORS = (DeviceError, ScreenParseError, SpecimenError, SourceError, OSError)

# Piped output (CI logs, tests) gets wide tables instead of rich's 80-column default.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else 160)


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line naming the flag, not a usage dump."""

    def error(self, message: str):
        err.print(f"{self.prog}: error: {message} (see {self.prog} --help)", markup=False,
                  soft_wrap=True)
        raise SystemExit(EXIT_BAD)


def _fail(message: str) -> int:
    err.print(f"cancelcheck: error: {message}", markup=False, soft_wrap=True)
    return EXIT_BAD


# -- commands -----------------------------------------------------------------------------------
def cmd_specimens(args) -> int:
    table = Table(title="Specimen apps")
    for col in ("name", "language", "expected outcome", "path steps", "reproduces"):
        table.add_column(col)
    for name in catalog.names():
        t = catalog.truth(name)
        table.add_row(name, t.language, t.outcome, "-" if t.path_steps is None else str(t.path_steps),
                      t.title)
    out.print(table)
    return EXIT_OK


def cmd_serve(args) -> int:
    from cancelcheck.specimens.server import SpecimenServer
    catalog.folder(args.specimen)   # a clear error for an unknown name
    with SpecimenServer(port=args.port) as server:
        out.print(f"Serving {args.specimen} at {server.url(args.specimen)} (Ctrl-C stops)",
                  markup=False)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return EXIT_OK


def _goto(device, route: str | None, wait: float) -> None:
    if route:
        device.run_js("location.hash = arguments[0]", route)
    if wait:
        time.sleep(wait)


def cmd_capture(args) -> int:
    from cancelcheck.evidence.files import save_screen
    with opened(args.target) as device:
        _goto(device, args.route, args.wait)
        screen = device.capture()
    paths = save_screen(screen, Path(args.out), args.name)
    out.print(f"{len(screen.elements)} elements, {screen.size[0]}×{screen.size[1]} px")
    for kind, path in paths.items():
        out.print(f"  {kind}: {path}", markup=False)
    return EXIT_OK


def summary_dict(result) -> dict:
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
    j = result.journey
    colour = {"reachable": "green", "deleted": "green", "obstructed": "yellow",
              "not_offered": "red", "not_found": "red", "failed": "red", "error": "red"}
    out.print(f"[bold {colour.get(j.outcome, 'white')}]{j.outcome}[/] ({j.difficulty or '-'}): "
              f"{_esc(j.reason)}")
    out.print(f"{counts_line(j)}, forced wait {j.wait_seconds:.0f} s")
    for n, line in enumerate(path_lines(j), 1):
        out.print(f"  {n:2d}. {_esc(line)}")
    if j.findings:
        table = Table(title="Findings")
        for col in ("type", "screen", "evidence"):
            table.add_column(col)
        for f in j.findings:
            table.add_row(f.type, str(f.screen), _esc(f.evidence[:70]))
        out.print(table)
    verdicts = judge(j, result.config)
    failed = [v for v in verdicts if v.status == "fail"]
    review = [v for v in verdicts if v.status == "review"]
    out.print(f"Rules: {len(failed)} failed, {len(review)} need review, "
              f"{sum(v.status == 'pass' for v in verdicts)} passed"
              + (": " + ", ".join(v.clause for v in failed) if failed else ""), markup=False)
    out.print(f"Evidence: {result.out_dir}/journal.json", markup=False)
    for name in ("report.html", "video.mp4"):
        if (result.out_dir / name).is_file() and (result.out_dir / name).stat().st_size:
            out.print(f"          {result.out_dir / name}", markup=False)


def _esc(text: str) -> str:
    """App text for rich: its markup escaped, its control characters shown as escapes."""
    from rich.markup import escape

    from cancelcheck.screens.model import printable
    return escape(printable(text, None))


def cmd_run(args) -> int:
    import json
    from .api import audit
    from .progress import ProgressView
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
    return OUTCOME_EXIT.get(j.outcome, 7)


def cmd_demo(args) -> int:
    """Audit every bundled specimen with the explorer; print a table; leave a page to open."""
    from cancelcheck.evidence.files import safe_name
    from cancelcheck.evidence.gallery import GalleryEntry, write_gallery
    from .api import audit

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
        table.add_row(*[_esc("-" if v is None else str(v)) for v in row])
    out.print(table)
    page = write_gallery(entries, root, "cancelcheck demo: the specimen apps, audited")
    out.print(f"Open {page.resolve()} (each run's journal.json and screens are beside it)",
              markup=False)
    return EXIT_OK if not errors else EXIT_BAD


# -- wiring -------------------------------------------------------------------------------------
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


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="cancelcheck", description="Can a person delete their account in this app? "
                "How many steps, and what stands in the way?")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser,
                           metavar="{specimens,serve,capture,run,report,compare,summary,scan-text,scan-image,"
                                   "policies,judge,baseline,schema,demo}")

    s = sub.add_parser("specimens", help="list the bundled specimen apps")
    s.set_defaults(func=cmd_specimens)

    s = sub.add_parser("serve", help="serve a specimen app for a person to open in a browser")
    s.add_argument("specimen")
    s.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("capture", help="save the screenshot and element tree of a target's screen")
    s.add_argument("target", help="a specimen name, a URL, or web:URL")
    s.add_argument("--out", required=True, help="folder to write into")
    s.add_argument("--name", default="screen", help="file name stem (default: screen)")
    s.add_argument("--route", help="for web targets: a #/route to open first")
    s.add_argument("--wait", type=float, default=0.3, help="seconds to wait before capturing")
    s.set_defaults(func=cmd_capture)

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
    s.add_argument("--app", help="Android: the app's package (with a u2:SERIAL target)")
    s.add_argument("--activity", help="Android: the activity to start (optional)")
    s.set_defaults(func=cmd_run)

    from . import cli_baseline, cli_evidence, cli_policies, cli_scan_image, cli_scan_text
    cli_evidence.register(sub, _Parser)
    cli_scan_text.register(sub, _Parser)
    cli_scan_image.register(sub, _Parser)
    cli_policies.register(sub, _Parser)
    cli_baseline.register(sub, _Parser)

    s = sub.add_parser("schema", help="print the JSON Schema of app configs or flow files "
                                      "(for an editor's YAML language server)")
    s.add_argument("kind", choices=("app", "flow"), help="app: apps/*.yaml; flow: flow files")
    s.set_defaults(func=cmd_schema)

    s = sub.add_parser("demo", help="audit every specimen app and print a table")
    s.add_argument("--out", default="out/demo", help="folder to write into (default: out/demo)")
    s.set_defaults(func=cmd_demo)
    return p


def main(argv: list[str] | None = None) -> int:
    from .signals import ending_like_ctrl_c
    args = build_parser().parse_args(argv)
    try:
        with ending_like_ctrl_c():
            return args.func(args)
    except KNOWN_ERRORS as exc:
        return _fail(str(exc))
    except KeyboardInterrupt as exc:
        return _fail(getattr(exc, "reason", "interrupted"))


if __name__ == "__main__":
    sys.exit(main())

"""The `cancelcheck` command.

    cancelcheck specimens                      list the bundled specimen apps
    cancelcheck serve SPECIMEN [--port N]      serve one for a person to open in a browser
    cancelcheck capture TARGET --out DIR       save the screenshot and element tree of a screen
    cancelcheck demo [--out DIR]               capture every specimen's start screen

Exit codes: 0 done, 2 bad input or the tool could not run (one line on stderr says why).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from devices import DeviceError
from screens import ScreenParseError
from specimens import catalog
from specimens.catalog import SpecimenError

from .targets import opened

EXIT_OK, EXIT_BAD = 0, 2
KNOWN_ERRORS = (DeviceError, ScreenParseError, SpecimenError, OSError)

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


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
        table.add_row(name, t.language, t.outcome, str(t.path_steps), t.title)
    out.print(table)
    return EXIT_OK


def cmd_serve(args) -> int:
    from specimens.server import SpecimenServer
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
    from evidence.files import save_screen
    with opened(args.target) as device:
        _goto(device, args.route, args.wait)
        screen = device.capture()
    paths = save_screen(screen, Path(args.out), args.name)
    out.print(f"{len(screen.elements)} elements, {screen.size[0]}×{screen.size[1]} px")
    for kind, path in paths.items():
        out.print(f"  {kind}: {path}", markup=False)
    return EXIT_OK


def cmd_demo(args) -> int:
    from evidence.files import safe_name, save_screen
    from evidence.gallery import GalleryEntry, write_gallery
    from specimens.server import SpecimenServer
    from devices.web import WebDevice

    root = Path(args.out)
    root.mkdir(parents=True, exist_ok=True)
    entries, failures = [], 0
    names = catalog.names()
    with SpecimenServer() as server, Progress(console=out) as progress:
        task = progress.add_task("capturing start screens", total=len(names))
        for name in names:
            truth = catalog.truth(name)
            folder = safe_name(name)
            entry = GalleryEntry(name=name, title=truth.title, image=f"{folder}/screen.png",
                                 tree=f"{folder}/screen.json", url=server.url(name))
            try:
                with WebDevice(server.url(name)) as device:
                    device.start(fresh=True)
                    time.sleep(0.3)
                    screen = device.capture()
                save_screen(screen, root / folder)
                entry.texts = tuple(screen.texts())
            except KNOWN_ERRORS as exc:
                entry.error = str(exc)
                failures += 1
            entries.append(entry)
            progress.advance(task)
    page = write_gallery(entries, root, "cancelcheck demo: specimen start screens")
    out.print(f"Captured {len(names) - failures} of {len(names)} specimens. Open {page.resolve()}",
              markup=False)
    return EXIT_OK if not failures else EXIT_BAD


# -- wiring -------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="cancelcheck", description="Can a person delete their account in this app? "
                "How many steps, and what stands in the way?")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser,
                           metavar="{specimens,serve,capture,demo}")

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

    s = sub.add_parser("demo", help="capture every specimen's start screen into a folder")
    s.add_argument("--out", default="out/demo", help="folder to write into (default: out/demo)")
    s.set_defaults(func=cmd_demo)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KNOWN_ERRORS as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted")


if __name__ == "__main__":
    sys.exit(main())

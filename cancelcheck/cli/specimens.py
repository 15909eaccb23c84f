"""Commands on the bundled specimen apps and single screens:

    cancelcheck specimens                      list the bundled specimen apps
    cancelcheck serve SPECIMEN [--port N]      serve one for a person to open in a browser
    cancelcheck capture TARGET --out DIR       save the screenshot and element tree of a screen
"""
from __future__ import annotations

import time
from pathlib import Path

from rich.table import Table

from cancelcheck.specimens import catalog

from .output import EXIT_OK, out


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

    from ..targets import opened        # a device and a web server: only when capturing
    with opened(args.target) as device:
        _goto(device, args.route, args.wait)
        screen = device.capture()
    paths = save_screen(screen, Path(args.out), args.name)
    out.print(f"{len(screen.elements)} elements, {screen.size[0]}×{screen.size[1]} px")
    for kind, path in paths.items():
        out.print(f"  {kind}: {path}", markup=False)
    return EXIT_OK


def register(sub, parser_class=None) -> None:
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

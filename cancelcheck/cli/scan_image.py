"""`cancelcheck scan-image IMAGE... [--json] [--scale S]`: the per-screen detectors on bare
screenshots.

Each image is read with OCR and its controls found in the pixels (screens.ocr), then every
registered per-screen detector runs on the resulting Screen, the text ones included. With
--json, one JSON object per image per line: {"image", "findings": [{type, box, evidence, score,
severity, explanation}]}, boxes in image pixels. An unreadable or missing image is a one-line
error naming the file; the other images are still scanned and the exit code is 2.

cancelcheck/cli/__init__.py wires it in with register(subparsers, parser_class).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .output import EXIT_BAD, EXIT_OK, consoles, fail

if TYPE_CHECKING:
    from PIL import Image


def _scale(value: str) -> float:
    try:
        s = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.25 <= s <= 10:
        raise argparse.ArgumentTypeError(f"{value!r} must be between 0.25 and 10 "
                                         "(screen pixels per dp / pt / CSS px)")
    return s


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("images", nargs="+", metavar="IMAGE", help="screenshots (PNG, JPEG, WebP…)")
    p.add_argument("--json", action="store_true", help="one JSON object per image per line")
    p.add_argument("--scale", type=_scale,
                   help="screen pixels per dp / pt / CSS px (default: guessed from the width, "
                        "as a phone about 412 wide)")
    p.add_argument("--platform", choices=("android", "ios", "web"),
                   help="whose minimum tap-target size applies (default: ios, 44 pt)")
    p.add_argument("--language", help="language of the screens, BCP-47 (default: detected)")


def register(subparsers, parser_class=None) -> argparse.ArgumentParser:
    """Add the scan-image command to cancelcheck's sub-commands."""
    s = subparsers.add_parser("scan-image", help="run the per-screen detectors on bare screenshots")
    add_arguments(s)
    s.set_defaults(func=cmd_scan_image)
    return s


def load_image(path: str) -> Image.Image:
    """The image at path as RGB, or a ValueError whose message names the file."""
    from PIL import Image, UnidentifiedImageError      # only when an image is read
    p = Path(path)
    if not p.exists():
        raise ValueError(f"{path}: no such file")
    if p.is_dir():
        raise ValueError(f"{path}: is a folder, not an image")
    try:
        with Image.open(p) as im:
            im.load()
            return im.convert("RGB")
    except UnidentifiedImageError:
        raise ValueError(f"{path}: not an image that can be read") from None
    except OSError as exc:
        raise ValueError(f"{path}: cannot be read ({exc})") from None


def scan_image(image: Image.Image, *, scale: float | None = None, platform: str | None = None,
               language: str | None = None, app: str = ""):
    """OCR + pixel controls, then every per-screen detector. Returns (screen, findings)."""
    from cancelcheck.detectors import Context, scan
    from cancelcheck.screens.ocr import screen_from_image

    screen = screen_from_image(image, app=app, scale=scale, language=language)
    settings = {"platform": platform} if platform else {}
    ctx = Context(screen_index=None, language=language, settings=settings)
    findings = []
    for f in scan(screen, ctx):
        findings.append(f)
    findings.sort(key=lambda f: (f.box.y1 if f.box else 0, f.type))
    return screen, findings


def finding_json(f) -> dict:
    return {"type": f.type, "box": f.box.as_list() if f.box else None, "evidence": f.evidence,
            "score": round(f.score, 3), "severity": f.severity, "explanation": f.explanation,
            "detector": f.detector}


def cmd_scan_image(args, out: Console | None = None, err: Console | None = None) -> int:
    out, err = consoles(out, err)
    code = EXIT_OK
    for path in args.images:
        try:
            image = load_image(path)
        except ValueError as exc:
            fail(str(exc), "scan-image", err)
            code = EXIT_BAD
            continue
        _, findings = scan_image(image, scale=args.scale, platform=args.platform,
                                 language=args.language, app=Path(path).name)
        if args.json:
            line = json.dumps({"image": path, "findings": [finding_json(f) for f in findings]},
                              ensure_ascii=False)
            out.print(line, markup=False, highlight=False, soft_wrap=True)
            continue
        table = Table(title=escape(f"{path}: {len(findings)} finding(s)"))
        for col in ("type", "severity", "evidence", "box", "score", "why"):
            table.add_column(col)
        for f in findings:
            table.add_row(escape(f.title), f.severity, escape(f.evidence),
                          escape(str(f.box.as_list() if f.box else "")), f"{f.score:.2f}",
                          escape(f.explanation))
        out.print(table)
    return code


def main(argv: list[str] | None = None, parser_class=argparse.ArgumentParser) -> int:
    """Run scan-image on its own (tests, `python -m cancelcheck.cli.scan_image`)."""
    p = parser_class(prog="cancelcheck scan-image", description=__doc__.splitlines()[0])
    add_arguments(p)
    args = p.parse_args(argv)
    return cmd_scan_image(args)


if __name__ == "__main__":
    sys.exit(main())

"""`cancelcheck scan-text [TEXT ...] [--file F] [--lines F] [--lang L] [--json]`: the per-screen
text detectors on bare text. `--lines F` scans each line on its own and writes one JSON object
per line, in order, so that thousands of strings take one process. Each TEXT argument and each line of F (`-` is stdin) becomes one text
element of one screen with no image, stacked top to bottom, so "Delete account" and "Cancel"
on two lines are two buttons of the same screen.
"""
from __future__ import annotations

import atexit
import gc
import json
import re
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cancelcheck.screens import Bounds, Element, Screen

from .output import EXIT_OK, consoles, fail
TEXT_DETECTORS = ["confirmshaming", "retention_offer", "verification_burden",
                  "offline_requirement", "conditions", "cooling_off", "deactivation_offered",
                  "preselection_tree", "ambiguous_label", "forced_wait"]
ROW, WIDTH = 48, 412


_HEADING = re.compile(r"^#{1,6}\s")          # a Markdown heading: "## How to delete"
_LIST_ITEM = re.compile(r"^([-*+•]|\d{1,2}[.)])\s")   # a Markdown list item: "- Email: …", "2. …"


def text_screen(lines: list[str], controls: bool | None = None) -> Screen:
    """A screen with one text element per line, stacked down the page. A line of 60
    characters or fewer is a clickable control (a button's label), a longer one plain text,
    a Markdown heading ("## …") a heading, and a list item ("- …", "2. …") text (a point of a
    list is read, not tapped); `controls` True or False makes every line one or the other."""
    els = []
    for i, line in enumerate(t for t in (x.strip() for x in lines) if t):
        heading = controls is None and bool(_HEADING.match(line))
        els.append(Element(index=i, parent=None, bounds=Bounds(0, i * ROW, WIDTH, (i + 1) * ROW),
                           text=line, cls="heading" if heading else "text",
                           clickable=(len(line) <= 60 and not heading
                                      and not _LIST_ITEM.match(line)) if controls is None
                           else controls))
    return Screen(image=None, elements=els, source="text",
                  size=(WIDTH, max(1, len(els)) * ROW))


def scan_lines(lines: list[str], language: str | None = None,
               controls: bool | None = None) -> list:
    from cancelcheck.detectors import Context, scan
    return scan(text_screen(lines, controls), Context(screen_index=0, language=language),
                only=TEXT_DETECTORS)


def _read(args) -> list[str]:
    lines = list(args.text or [])
    if args.file:
        if args.file == "-":
            lines += sys.stdin.read().splitlines()
        else:
            path = Path(args.file)
            try:
                lines += path.read_text(encoding="utf-8").splitlines()
            except FileNotFoundError:
                raise OSError(f"{path}: no such file") from None
            except IsADirectoryError:
                raise OSError(f"{path}: is a folder, not a file") from None
            except UnicodeDecodeError as exc:
                raise OSError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    return lines


def _finding_json(f) -> dict:
    return {"type": f.type, "evidence": f.evidence, "explanation": f.explanation,
            "score": round(f.score, 3), "severity": f.severity}


def cmd_scan_lines(args, err: Console) -> int:
    """--lines: every line is scanned on its own; one JSON object per line, in order."""
    try:
        stream = sys.stdin if args.lines == "-" else open(args.lines, encoding="utf-8")
    except FileNotFoundError:
        return fail(f"{args.lines}: no such file", "scan-text", err)
    except IsADirectoryError:
        return fail(f"{args.lines}: is a folder", "scan-text", err)
    with stream:
        try:
            for n, line in enumerate(stream, 1):
                text = line.rstrip("\n")
                found = scan_lines([text], args.lang) if text.strip() else []
                sys.stdout.write(json.dumps({"line": n, "text": text,
                                             "findings": [_finding_json(f) for f in found]},
                                            ensure_ascii=False) + "\n")
        except UnicodeDecodeError as exc:
            return fail(f"{args.lines}: line {n}: not UTF-8 text (byte {exc.start})",
                        "scan-text", err)
    return EXIT_OK


_FROZEN_AT_EXIT = False


def _freeze_at_exit() -> None:
    """At the process's exit, before the interpreter's last collections, move every object to
    the collector's permanent generation (gc.freeze): the lexicons, their compiled regexes and
    the imported modules are then freed without being traversed again, which cost a
    `scan-text --lines` run over 790 lines about 0.07 s CPU of 0.52 (0.09 ms a line). The
    atexit handlers and the flushing of stdout still run; nothing is frozen before the exit,
    so a caller of cmd_scan_text (a test) keeps its collector as it was."""
    global _FROZEN_AT_EXIT
    if not _FROZEN_AT_EXIT:
        atexit.register(gc.freeze)
        _FROZEN_AT_EXIT = True


def cmd_scan_text(args, out: Console | None = None, err: Console | None = None) -> int:
    out, err = consoles(out, err)
    _freeze_at_exit()
    if getattr(args, "lines", None):
        return cmd_scan_lines(args, err)
    try:
        lines = _read(args)
    except OSError as exc:
        return fail(str(exc), "scan-text", err)
    if not any(x.strip() for x in lines):
        return fail("no text given (pass TEXT or --file)", "scan-text", err)
    findings = scan_lines(lines, args.lang)
    if args.json:
        data = {"findings": [_finding_json(f) for f in findings]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        return EXIT_OK
    if not findings:
        out.print("No text findings.")
        return EXIT_OK
    table = Table(title="Text findings")
    for col in ("type", "severity", "score", "evidence", "explanation"):
        table.add_column(col)
    for f in findings:
        # Text(), not str: app text must never be read as rich markup ("[red]…")
        table.add_row(f.type, f.severity, f"{f.score:.2f}", Text(f.evidence), Text(f.explanation))
    out.print(table)
    return EXIT_OK


def register(subparsers, parser_class=None) -> None:
    """Add `scan-text` to the CLI's subparsers (they already make parser_class parsers)."""
    s = subparsers.add_parser("scan-text",
                              help="run the text detectors on text (one element a line)")
    s.add_argument("text", nargs="*", help="texts, one element each")
    s.add_argument("--file", help="a UTF-8 file with one text a line (- for stdin)")
    s.add_argument("--lines", metavar="FILE",
                   help="scan each line of FILE (- for stdin) on its own; one JSON object a line")
    s.add_argument("--lang", help="language hint (en, zh-CN, de…); default: detect")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(func=cmd_scan_text)

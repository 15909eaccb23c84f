"""The `cancelcheck` command: one module per family of subcommands, all printing through
output.py (the consoles, the exit-code table, the one-line error).

    cancelcheck specimens | serve | capture      specimens.py
    cancelcheck run | demo                        run.py
    cancelcheck report | compare | summary        evidence.py
    cancelcheck scan-text                         scan_text.py
    cancelcheck scan-image                        scan_image.py
    cancelcheck policies | judge                  policies.py
    cancelcheck baseline                          baseline.py
    cancelcheck schema                            schema.py

Exit codes: see output.py. Every command: 2 for bad input (one line on stderr says which file,
line or flag).
"""
from __future__ import annotations

import argparse

from . import (baseline, evidence, init, policies, recheck, run, scan_image, scan_text, schema,
               specimens)
from .output import EXIT_BAD, KNOWN_ERRORS, err, fail

COMMANDS = "{specimens,serve,capture,run,report,compare,summary,scan-text,scan-image," \
           "policies,judge,baseline,init,recheck,schema,demo}"


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line naming the flag, not a usage dump."""

    def error(self, message: str):
        err.print(f"{self.prog}: error: {message} (see {self.prog} --help)", markup=False,
                  soft_wrap=True)
        raise SystemExit(EXIT_BAD)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="cancelcheck", description="Can a person delete their account in this app? "
                "How many steps, and what stands in the way?")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar=COMMANDS)
    for module in (specimens, run, evidence, scan_text, scan_image, policies, baseline, init,
                   recheck, schema):
        module.register(sub, _Parser)
    run.register_demo(sub, _Parser)
    return p


def main(argv: list[str] | None = None) -> int:
    from ..signals import ending_like_ctrl_c
    args = build_parser().parse_args(argv)
    try:
        with ending_like_ctrl_c():
            return args.func(args)
    except KNOWN_ERRORS as exc:
        return fail(str(exc))
    except KeyboardInterrupt as exc:         # Ctrl-C, SIGTERM, SIGHUP (signals.py)
        return fail(getattr(exc, "reason", "interrupted"))

"""What every command prints through: the consoles, the exit-code table, the one-line error.

    out, err        rich consoles for stdout and stderr (piped output gets 160 columns)
    fail(message, command="", code=EXIT_BAD)   "cancelcheck[ COMMAND]: error: MESSAGE" on
                                stderr, one line; returns code
    esc(text)       app text made safe for rich: markup escaped, control characters shown
    finding_table(findings), verdict_table(verdicts, findings)
                    rich tables of the cells a Finding and a Verdict give (records/finding.py,
                    policies/verdict.py): the same columns and words as report.html and
                    pytest's messages

Exit codes, for every command:

    0  done: reachable or deleted (run), no clause failed (judge), no regression (compare)
    1  judge: a clause failed; compare: a regression
    2  bad input: one line on stderr names the file, line or flag
    3  run: obstructed          4  run: not offered       5  run: not found
    6  run: failed (the app broke: it crashed, or said done and did not do it)
    7  run: error (the tool could not finish: a device, a target or the output folder failed)
"""
from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cancelcheck.devices import DeviceError
from cancelcheck.records import SourceError
from cancelcheck.screens import ScreenParseError
from cancelcheck.specimens.catalog import SpecimenError

EXIT_OK, EXIT_FAILED, EXIT_BAD = 0, 1, 2
EXIT_REGRESSED = EXIT_FAILED
OUTCOME_EXIT = {"deleted": 0, "reachable": 0, "obstructed": 3, "not_offered": 4,
                "not_found": 5, "failed": 6, "error": 7}
EXIT_ERROR = OUTCOME_EXIT["error"]
STATUS_STYLE = {"pass": "green", "fail": "bold red", "review": "yellow", "not_applicable": "dim"}
# what a command may raise that is the user's to fix (or the machine's): one line, exit 2
KNOWN_ERRORS = (DeviceError, ScreenParseError, SpecimenError, SourceError, OSError)


def _width(stream) -> int | None:
    return None if stream.isatty() else 160


out = Console(highlight=False, emoji=False, width=_width(sys.stdout))
err = Console(stderr=True, highlight=False, emoji=False, width=_width(sys.stderr))


def consoles(o: Console | None = None, e: Console | None = None) -> tuple[Console, Console]:
    """The consoles a command prints to: the ones given (tests), else the shared ones."""
    return o or out, e or err


def fail(message: str, command: str = "", console: Console | None = None,
         code: int = EXIT_BAD) -> int:
    """One line on stderr: cancelcheck[ COMMAND]: error: MESSAGE. Returns code (EXIT_BAD)."""
    name = f"cancelcheck {command}" if command else "cancelcheck"
    (console or err).print(f"{name}: error: {message}", markup=False, soft_wrap=True)
    return code


def esc(text: str) -> str:
    """App text for rich: its markup escaped, its control characters shown as escapes."""
    from rich.markup import escape

    from cancelcheck.screens.model import printable
    return escape(printable(text, None))


def _table(title: str, columns, rows, styles=None, whole=()) -> Table:
    """Cells as rich Text (never read as markup: they hold app text), wrapped, not cut; the
    columns named in `whole` (short names) never wrapped."""
    table = Table(title=Text(title))
    for col in columns:
        table.add_column(col, overflow="fold", no_wrap=col in whole)
    for i, row in enumerate(rows):
        style = (styles or {}).get(i, {})
        table.add_row(*[Text(cell, style=style.get(n, "")) for n, cell in enumerate(row)])
    return table


def finding_table(findings, title: str = "Findings") -> Table:
    """One row per finding, in FINDING_COLUMNS."""
    from cancelcheck.records import FINDING_COLUMNS
    return _table(title, FINDING_COLUMNS, [f.cells() for f in findings],
                  whole=("severity", "where"))


def verdict_table(verdicts, findings=None, title: str = "Verdicts") -> Table:
    """One row per verdict, in VERDICT_COLUMNS, the verdict word coloured by its status."""
    from cancelcheck.policies import VERDICT_COLUMNS
    verdicts = list(verdicts)
    word = VERDICT_COLUMNS.index("verdict")
    return _table(title, VERDICT_COLUMNS, [v.cells(findings) for v in verdicts],
                  {i: {word: STATUS_STYLE[v.status]} for i, v in enumerate(verdicts)},
                  whole=("clause", "verdict"))

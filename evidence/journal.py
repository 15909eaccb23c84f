"""journal.json: the run written as it happens, one rewrite per step, always valid JSON.

Each write goes to a temporary file first and replaces the journal in one rename, so a crash or
Ctrl-C at any moment leaves the journal of every step before it. Screens are saved beside it
(screens/NNNN.json, and screens/NNNN.png unless the same picture was saved before: the record's
`image` names the file). `read_journal` gives the Journey back.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from cancelcheck.records import Journey

from .files import save_screen

SCHEMA = "cancelcheck.journal/1"


class JournalWriter:
    """An observer for flows.session.Session: saves screens and rewrites journal.json."""

    def __init__(self, out_dir: Path, *, save_images: bool = True):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.out_dir / "journal.json"
        self.save_images = save_images
        self._saved: dict = {}          # screenshots written so far, by their pixels
        self.extra: dict = {}
        self.error: EvidenceError | None = None     # the first write that failed

    def on_screen(self, journey, record, screen) -> None:
        if self.save_images:
            stem = f"{record.index:04d}"
            try:
                paths = save_screen(screen, self.out_dir / "screens", stem, self._saved)
            except OSError as exc:
                raise self._failed(exc) from None
            record.tree = paths["tree"].relative_to(self.out_dir).as_posix()
            if "image" in paths:
                record.image = paths["image"].relative_to(self.out_dir).as_posix()
        self.write(journey)

    def on_step(self, journey, step) -> None:
        self.write(journey)

    def on_finding(self, journey, finding) -> None:
        pass

    def on_end(self, journey) -> None:
        failed_before = self.error is not None
        try:
            self.write(journey)
        except EvidenceError:
            if not failed_before:
                raise              # the first failure: the run must hear of it
            # the folder had already failed and the run ended on it: the journal on disk is
            # the last one written, valid, with every step before the failure

    def write(self, journey: Journey) -> None:
        data = {"schema": SCHEMA, **self.extra, **journey.as_dict()}
        tmp = self.path.with_suffix(".json.tmp")
        # compact: json's C encoder (5× quicker than indent=1 on a 500-step journal, measured
        # in benchmarks/evidence_cost.py); the journal is rewritten after every step
        try:
            tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                           encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            try:
                tmp.unlink(missing_ok=True)        # the journal itself is untouched
            except OSError:
                pass
            raise self._failed(exc) from None

    def _failed(self, exc: OSError) -> "EvidenceError":
        """One line naming the output folder, what went wrong and the file it happened on."""
        if isinstance(exc, EvidenceError):
            return exc
        why = exc.strerror or str(exc) or type(exc).__name__
        name = ""
        if exc.filename:
            try:
                name = f" (writing {Path(exc.filename).relative_to(self.out_dir).as_posix()})"
            except ValueError:
                name = f" (writing {exc.filename})"
        error = EvidenceError(f"the output folder {self.out_dir} cannot be written: {why}{name}; "
                              "the journal keeps every step before it")
        error.errno = exc.errno
        self.error = self.error or error
        return error


class JournalError(ValueError):
    pass


class EvidenceError(OSError):
    """The output folder cannot be written (full, read-only, gone): one line naming it."""


# the top-level fields compare, judge and the report compute with (None is allowed for each)
FIELD_TYPES = {"target": (str,), "backend": (str,), "outcome": (str,), "reason": (str,),
               "difficulty": (str,), "final_action": (str,), "commit": (bool,),
               "path_steps": (int,), "entry_depth": (int,), "reached_steps": (int,),
               "entry_screen": (int,), "final_screen": (int,), "start_step": (int,), "wait_seconds": (int, float),
               "screens": (list,), "steps": (list,), "findings": (list,), "path": (list,),
               "obstacles": (list,), "final_box": (list,),
               "promise": (dict,), "recheck_of": (str,), "rechecks": (list,)}


def read_journal(path: str | Path) -> Journey:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise JournalError(f"{path}: no such file") from None
    except json.JSONDecodeError as exc:
        raise JournalError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise JournalError(f"{path}: not a cancelcheck journal (schema {SCHEMA} expected)")
    for key, kinds in FIELD_TYPES.items():
        value = data.get(key)
        if value is not None and (not isinstance(value, kinds) or isinstance(value, bool)
                                  and bool not in kinds):
            raise JournalError(f"{path}: journal is damaged ({key} is {type(value).__name__}: "
                               f"{str(value)[:40]!r})")
    try:
        return Journey.from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise JournalError(f"{path}: journal is damaged ({exc})") from None

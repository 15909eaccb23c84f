"""What the detectors work out from their data and keep on disk between runs, so that a short
command (`cancelcheck scan-text`) does not work it out again each time: the parsed lexicon
files (lexicon.load) and the literal pieces of their regexes (regex_grams). Every entry is
keyed by what it was worked out from (a file's content hash, a regex's source), so an edited
lexicon is never read from here; and a cache that cannot be read or written is only slower.

    folder()                       ~/.cache/cancelcheck, or $CANCELCHECK_CACHE ("" keeps nothing)
    read_json(name)                the kept object, or None
    write_json(name, data, drop)   keep it (a whole file moved into place: a reader never sees
                                   half of one), removing the files `drop` (a glob) matches
"""
from __future__ import annotations

import json
import os
from pathlib import Path


def folder() -> Path | None:
    where = os.environ.get("CANCELCHECK_CACHE", str(Path.home() / ".cache" / "cancelcheck"))
    return Path(where) if where else None


def read_json(name: str):
    f = folder()
    if f is None:
        return None
    try:
        return json.loads((f / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(name: str, data, drop: str | None = None) -> None:
    f = folder()
    if f is None:
        return
    try:
        f.mkdir(parents=True, exist_ok=True)
        for old in f.glob(drop) if drop else ():
            if old.name != name:
                old.unlink(missing_ok=True)
        tmp = f / f"{name}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, f / name)
    except OSError:
        pass

"""The UI strings of known language the word benchmarks read: the pinned translation catalogs
(benchmarks/data/catalog_strings/*.tsv, 36 languages) and NewPipe's string resources
(benchmarks/data/newpipe_strings/*.tsv, 10 languages). One reader for all of them."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

DATA = Path(__file__).resolve().parent / "data"
SETS = ("catalog_strings", "newpipe_strings")


def rows(sets: tuple[str, ...] = SETS) -> Iterator[tuple[str, str, str]]:
    """(set, language, text) of every string; a file's name is its language."""
    for name in sets:
        for path in sorted((DATA / name).glob("*.tsv")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#") and "\t" in line:
                    yield name, path.stem, line.split("\t")[-1]

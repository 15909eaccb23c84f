"""Extract the screenshots of videoworkflow/cookiepopup (cookie-consent dialogs of news sites,
see benchmarks/data/cookie_consent_news/SOURCES.md) from a git checkout or mirror, as flat
files named SITE__FILE.png, for benchmarks/preselection_pixels.py.

    .venv/bin/python benchmarks/cookiepopup_extract.py GITDIR COMMIT OUTDIR

Only the screenshots named in the truth file beside SOURCES.md are needed by the benchmark;
all are extracted so that more can be judged.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path


def flat_name(path: str) -> str:
    """data/AP/screenshots/ApPopup.png -> AP__ApPopup.png (spaces, slashes, brackets -> _)."""
    p = path[len("data/"):] if path.startswith("data/") else path
    p = p.replace("/screenshots/", "__").replace("/Screenshot(s)/", "__")
    return re.sub(r"[ /()]", "_", p)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[4].strip(), file=sys.stderr)
        return 2
    git, commit, out = Path(argv[0]), argv[1], Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    ls = subprocess.run(["git", "-C", str(git), "ls-tree", "-r", commit],
                        capture_output=True, text=True, check=True).stdout.splitlines()
    n = 0
    for line in ls:
        meta, path = line.split("\t", 1)
        if not re.search(r"\.(png|jpe?g)$", path, re.I):
            continue
        blob = subprocess.run(["git", "-C", str(git), "cat-file", "-p", meta.split()[2]],
                              capture_output=True, check=True).stdout
        (out / flat_name(path)).write_bytes(blob)
        n += 1
    print(f"{n} screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

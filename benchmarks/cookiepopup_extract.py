"""Extract the screenshots of videoworkflow/cookiepopup (cookie-consent dialogs of news sites,
see benchmarks/data/cookie_consent_news/SOURCES.md) from a git checkout or mirror, as flat
files named SITE__FILE.png, for benchmarks/preselection_pixels.py.

    .venv/bin/python benchmarks/cookiepopup_extract.py GITDIR COMMIT OUTDIR

Only the screenshots named in the truth file beside SOURCES.md are needed by the benchmark;
all are extracted so that more can be judged.
"""
from __future__ import annotations

import re
import sys

from git_blobs import arguments, blob, tree


def flat_name(path: str) -> str:
    """data/AP/screenshots/ApPopup.png -> AP__ApPopup.png (spaces, slashes, brackets -> _)."""
    p = path[len("data/"):] if path.startswith("data/") else path
    p = p.replace("/screenshots/", "__").replace("/Screenshot(s)/", "__")
    return re.sub(r"[ /()]", "_", p)


def main(argv=None) -> int:
    args = arguments(sys.argv[1:] if argv is None else argv, __doc__)
    if args is None:
        return 2
    git, commit, out = args
    n = 0
    for path, sha in tree(git, commit).items():
        if not re.search(r"\.(png|jpe?g)$", path, re.I):
            continue
        (out / flat_name(path)).write_bytes(blob(git, sha))
        n += 1
    print(f"{n} screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

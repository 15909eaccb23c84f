"""Files of one commit of a git checkout or mirror, read without checking it out: what the
dataset extractors (droidbot_extract.py, cookiepopup_extract.py) share."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def arguments(argv: list[str], doc: str) -> tuple[Path, str, Path] | None:
    """GITDIR COMMIT OUTDIR from argv (OUTDIR made), or None after printing the usage line of
    the extractor's docstring (the one naming GITDIR)."""
    if len(argv) != 3:
        print(next(line.strip() for line in doc.splitlines() if "GITDIR" in line),
              file=sys.stderr)
        return None
    git, commit, out = Path(argv[0]), argv[1], Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    return git, commit, out


def tree(git: Path, commit: str) -> dict[str, str]:
    """Every file of the commit: path -> blob id."""
    ls = subprocess.run(["git", "-C", str(git), "ls-tree", "-r", commit],
                        capture_output=True, text=True, check=True).stdout.splitlines()
    return {line.split(None, 3)[3]: line.split(None, 3)[2] for line in ls}


def blob(git: Path, sha: str) -> bytes:
    """A file's bytes, by its blob id."""
    return subprocess.run(["git", "-C", str(git), "cat-file", "-p", sha],
                          capture_output=True, check=True).stdout

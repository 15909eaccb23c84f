"""Extract DroidBot states (screenshot + view hierarchy) from a git checkout or mirror of a
repository of DroidBot runs, as NAME.jpg + NAME.json pairs for benchmarks/preselection_pixels.py.

    .venv/bin/python benchmarks/droidbot_extract.py GITDIR COMMIT OUTDIR

Used for Kqramazov/fdroid_utg at f6c89d97138223f499099cb2f6cf9fba3d1fb7b5 (see
benchmarks/data/droidbot_fdroid/SOURCES.md). One pair per distinct screen (DroidBot's
state_str), so a screen the run came back to is counted once.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from git_blobs import arguments, blob, tree


def main(argv=None) -> int:
    args = arguments(sys.argv[1:] if argv is None else argv, __doc__)
    if args is None:
        return 2
    git, commit, out = args
    files = tree(git, commit)
    seen, n = set(), 0
    for path, sha in sorted(files.items()):
        if "/states/state_" not in path or not path.endswith(".json"):
            continue
        stamp = path.rsplit("state_", 1)[1][:-5]
        folder = path.rsplit("/", 1)[0]
        shot = next((f"{folder}/screen_{stamp}{e}" for e in (".jpg", ".png")
                     if f"{folder}/screen_{stamp}{e}" in files), None)
        if shot is None:
            continue
        state = json.loads(blob(git, sha))
        if state.get("state_str") in seen:
            continue
        seen.add(state.get("state_str"))
        name = f"{path.split('/')[-3]}__{stamp}"
        (out / f"{name}.json").write_text(json.dumps(state), encoding="utf-8")
        (out / f"{name}{Path(shot).suffix}").write_bytes(blob(git, files[shot]))
        n += 1
    print(f"{n} screens written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Extract DroidBot states (screenshot + view hierarchy) from a git checkout or mirror of a
repository of DroidBot runs, as NAME.jpg + NAME.json pairs for benchmarks/preselection_pixels.py.

    .venv/bin/python benchmarks/droidbot_extract.py GITDIR COMMIT OUTDIR

Used for Kqramazov/fdroid_utg at f6c89d97138223f499099cb2f6cf9fba3d1fb7b5 (see
benchmarks/data/droidbot_fdroid/SOURCES.md). One pair per distinct screen (DroidBot's
state_str), so a screen the run came back to is counted once.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    git, commit, out = Path(argv[0]), argv[1], Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    ls = subprocess.run(["git", "-C", str(git), "ls-tree", "-r", commit],
                        capture_output=True, text=True, check=True).stdout.splitlines()
    blob = {line.split(None, 3)[3]: line.split(None, 3)[2] for line in ls}
    seen, n = set(), 0
    for path, sha in sorted(blob.items()):
        if "/states/state_" not in path or not path.endswith(".json"):
            continue
        stamp = path.rsplit("state_", 1)[1][:-5]
        folder = path.rsplit("/", 1)[0]
        shot = next((f"{folder}/screen_{stamp}{e}" for e in (".jpg", ".png")
                     if f"{folder}/screen_{stamp}{e}" in blob), None)
        if shot is None:
            continue
        state = json.loads(subprocess.run(["git", "-C", str(git), "cat-file", "-p", sha],
                                          capture_output=True, text=True, check=True).stdout)
        if state.get("state_str") in seen:
            continue
        seen.add(state.get("state_str"))
        name = f"{path.split('/')[-3]}__{stamp}"
        (out / f"{name}.json").write_text(json.dumps(state), encoding="utf-8")
        (out / f"{name}{Path(shot).suffix}").write_bytes(subprocess.run(
            ["git", "-C", str(git), "cat-file", "-p", blob[shot]], capture_output=True, check=True).stdout)
        n += 1
    print(f"{n} screens written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Extract the phone screenshots that benchmarks/data/phone_app_screenshots/screenshots.tsv names
(free apps' own store and documentation screenshots, see SOURCES.md there) from git mirrors of the apps'
repositories, as flat files NAME.png / NAME.jpg (.jpeg too), for benchmarks/preselection_pixels.py.
A .webp screenshot is written as NAME.png (its decoded pixels, unchanged: PNG is lossless), since the
benchmark reads .png and .jpg.

    .venv/bin/python benchmarks/phone_screenshots_extract.py MIRRORS OUTDIR [MANIFEST]

MIRRORS holds one git directory per repository, as `owner+name/repo` (the layout of the
project's fetch tool) or `owner+name` (a bare clone); each is read at the pinned commit.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

from git_blobs import blob, tree

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "data" / "phone_app_screenshots" / "screenshots.tsv"


def rows(manifest: Path) -> list[tuple[str, str, str, str]] | None:
    """(name, owner/name, commit, path) per line; None after printing the first bad line."""
    out = []
    for n, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            if len(cells) != 4:
                print(f"{manifest}:{n}: expected NAME<TAB>owner/name<TAB>commit<TAB>path", file=sys.stderr)
                return None
            out.append(tuple(c.strip() for c in cells))
    return out


def as_read(data: bytes, suffix: str) -> tuple[bytes, str]:
    """The file's bytes and suffix as the benchmark reads them: WebP decoded to PNG, others as they are."""
    suffix = suffix.lower().replace(".jpeg", ".jpg")
    if suffix != ".webp":
        return data, suffix
    from PIL import Image
    png = io.BytesIO()
    Image.open(io.BytesIO(data)).save(png, format="PNG")
    return png.getvalue(), ".png"


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) not in (2, 3):
        print(next(line.strip() for line in __doc__.splitlines() if "MIRRORS" in line), file=sys.stderr)
        return 2
    mirrors, out = Path(argv[0]), Path(argv[1])
    wanted = rows(Path(argv[2]) if len(argv) == 3 else MANIFEST)
    if wanted is None:
        return 2
    out.mkdir(parents=True, exist_ok=True)
    trees: dict[tuple[str, str], dict[str, str]] = {}
    for name, repo, commit, path in wanted:
        key = repo.replace("/", "+", 1)
        git = next((g for g in (mirrors / key / "repo", mirrors / key) if g.is_dir()), None)
        if git is None:
            print(f"{mirrors}: no git directory {key}/repo or {key} for {repo}", file=sys.stderr)
            return 2
        files = trees.setdefault((repo, commit), tree(git, commit))
        if path not in files:
            print(f"{repo}@{commit[:10]}: no file {path}", file=sys.stderr)
            return 2
        data, suffix = as_read(blob(git, files[path]), Path(path).suffix)
        (out / (name + suffix)).write_bytes(data)
    print(f"{len(wanted)} screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

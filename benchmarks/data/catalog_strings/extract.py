"""Rebuild benchmarks/data/catalog_strings/<lang>.tsv: the UI strings of two real web apps'
gettext catalogs (the English msgids, and their translations in every lexicon language), as
shipped in the pinned PyPI archives that tools/build_lexicons.py already downloads and checks
(django-allauth: sign-up, log-in and account pages; django-oscar: a web shop).

None of them is confirmshaming, an offline requirement or a forced wait: they are the
negatives of those patterns, in every language of words.LANGUAGES that the catalogs translate. (They built
the explorer's word lists in words/lexicon/, not the detectors' grammars: the confirmshaming,
offline and forced-wait lexicons are hand grammars, so these strings are not their training.)

    python benchmarks/data/catalog_strings/extract.py [--offline]

Kept: strings of 1 to 100 characters after normalisation (a control's label is at most
MAX_LABEL = 100), without format placeholders ("%(name)s", "{count}") or markup, one copy of
each; sorted, so a rebuild from the same archives gives the same files byte for byte.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))
from build_lexicons import SOURCES, fetch, pairs_mo  # noqa: E402
from words.language import LANGUAGES  # noqa: E402
from words.normal import normalize  # noqa: E402

PACKAGES = ("django-allauth", "django-oscar")
LANGS = tuple(l for l in LANGUAGES if l != "en")   # every lexicon language the catalogs have
MAX = 100
PLACEHOLDER = re.compile(r"%\(?\w*\)?[sdif]|\{[^}]*\}|<[^>]+>|&\w+;|\n")


def keep(text: str) -> str | None:
    t = normalize(text)
    if not t or len(t) > MAX or PLACEHOLDER.search(text):
        return None
    return t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--offline", action="store_true")
    args = ap.parse_args(argv)
    out: dict[str, set] = {lang: set() for lang in ("en",) + LANGS}
    for src in (s for s in SOURCES if s["name"] in PACKAGES):
        path = fetch(src, args.offline)
        tag = f"{src['name']} {src['version']}"
        for lang, _, msgid, msgstr in pairs_mo(src, path):
            if lang not in LANGS:
                continue
            if (t := keep(msgid)) is not None:
                out["en"].add((tag, t))
            if (t := keep(msgstr)) is not None and msgstr != msgid:
                out[lang].add((tag, t))
    for lang, rows in out.items():
        seen, lines = set(), []
        for tag, text in sorted(rows):
            if text not in seen:
                seen.add(text)
                lines.append(f"{tag}\t{text}\n")
        (HERE / f"{lang}.tsv").write_text(
            f"# UI strings of {', '.join(PACKAGES)} (PyPI, pinned in tools/build_lexicons.py), "
            f"language {lang}; rebuilt by extract.py\n# package version<TAB>text\n"
            + "".join(lines), encoding="utf-8")
        print(f"{lang}: {len(lines)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

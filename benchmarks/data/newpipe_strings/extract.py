"""Rebuild the NewPipe UI-string files here from a checkout of github.com/TeamNewPipe/NewPipe.

    python benchmarks/data/newpipe_strings/extract.py GIT_DIR [COMMIT]

Writes one TSV per language (name<TAB>text), the <string> and <item> texts of
app/src/main/res/values*/strings.xml at COMMIT (default HEAD), Android escapes undone, one
line each (newlines in a string become spaces). Used only as real app text for false alarms:
nothing here builds a lexicon.
"""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

LANGS = {"en": "values", "de": "values-de", "fr": "values-fr", "es": "values-es",
         "pt": "values-pt", "ru": "values-ru", "ja": "values-ja", "ko": "values-ko",
         "zh-Hans": "values-zh-rCN", "zh-Hant": "values-zh-rTW"}
HERE = Path(__file__).resolve().parent


def unescape(text: str) -> str:
    text = re.sub(r"\\[nt]", " ", text)
    text = re.sub(r"\\(.)", r"\1", text)
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return " ".join(text.split())


def main(git_dir: str, commit: str = "HEAD") -> None:
    for lang, folder in LANGS.items():
        path = f"app/src/main/res/{folder}/strings.xml"
        xml = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                             capture_output=True, check=True).stdout
        root = ET.fromstring(xml)
        rows = []
        for el in root.iter():
            if el.tag not in ("string", "item"):
                continue
            text = unescape("".join(el.itertext()))
            if text:
                rows.append(f"{el.get('name') or el.tag}\t{text}")
        (HERE / f"{lang}.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(lang, len(rows))


if __name__ == "__main__":
    main(*sys.argv[1:])

"""The explorer's cues read with and without the screen's language, over real UI strings.

For every UI string of the pinned catalogs (benchmarks/data/catalog_strings/*.tsv, 29
languages) and of NewPipe (benchmarks/data/newpipe_strings/*.tsv), every cue section of
flows/cues/*.yaml is read twice: with no language known (flows.cues.cues()) and in the
string's own language (cues(lang), as on_screen reads a screen guessed to be in it). Printed:
the matches of each reading, split into whole-label matches (the label is a `=` phrase) and
the rest (a `contains` phrase or a regex), and every (section, language, string) whose
matching differs between the two readings, with the false friend that made it differ.

    .venv/bin/python benchmarks/cue_languages.py            # the counts
    .venv/bin/python benchmarks/cue_languages.py --list     # ... and every differing match
"""
from __future__ import annotations

import sys
from collections import Counter

from ui_strings import rows  # noqa: E402  (benchmarks/, run as a script)

from cancelcheck import words
from cancelcheck.flows import cues as cuemod

def main(argv: list[str]) -> int:
    show = "--list" in argv
    matchers = cuemod._matchers()
    none = cuemod.cues(None)
    n = 0
    got = Counter()             # (reading, form) -> matches
    differ = Counter()          # (section, lang, text, none?, own?) -> count
    for _, lang, text in rows():
        n += 1
        own = cuemod.cues(lang)
        whole = words.fold(text)
        for section, m in matchers.items():
            a, b = none.has(section, text), own.has(section, text)
            form = "whole" if whole in m.exact or whole in getattr(m, "friends", {}) else "other"
            got[("none", form)] += a
            got[("own", form)] += b
            if a != b:
                differ[(section, lang, text, a, b)] += 1
    print(f"{n} strings x {len(matchers)} cue sections")
    for reading in ("none", "own"):
        print(f"  {reading:>4} language: {got[(reading, 'whole')] + got[(reading, 'other')]} matches "
              f"({got[(reading, 'whole')]} whole-label, {got[(reading, 'other')]} contains/regex)")
    print(f"  differ between the readings: {sum(differ.values())}")
    if show:
        for (section, lang, text, a, b), c in sorted(differ.items()):
            print(f"    {section}\t{lang}\t{text!r}\tno language: {a}\town: {b}"
                  f"{'  x' + str(c) if c > 1 else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

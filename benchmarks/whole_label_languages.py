"""Whole labels read in another language when the screen's language is unknown.

For every UI string of the pinned catalogs (benchmarks/data/catalog_strings/*.tsv, 29
languages) and of NewPipe (benchmarks/data/newpipe_strings/*.tsv), the proceed/retreat way
read with NO language known (every lexicon language) is compared with the way read in the
string's own language. A false match: a way with no language where the own language reads
none or the other way (the Romanian "Da" (yes) read in a German "Da", the Polish "Tak" in a
Danish "Tak"). Each false match is printed with the language whose entry matched.

    .venv/bin/python benchmarks/whole_label_languages.py
"""
from __future__ import annotations

import sys
from collections import Counter

from ui_strings import SETS, rows  # noqa: E402  (benchmarks/, run as a script)

from cancelcheck.detectors import lexicon
from cancelcheck.detectors.choices import _ORDER, _WAY, classify

def main() -> int:
    lex = lexicon.load("choices")
    total = 0
    for name in SETS:
        n = bad = 0
        by = Counter()
        for _, lang, text in rows((name,)):
            n += 1
            unknown = classify(text, None)
            if unknown is None or unknown == classify(text, lang):
                continue
            bad += 1
            m = lex.match(lexicon.normalize(text), None, kinds=_ORDER)
            by[(lang, text, m.lang if m else "?", m.rule if m else "?", _WAY.get(m.kind) if m else "")] += 1
        total += bad
        print(f"{name}: {n} strings, {bad} false matches with no language known")
        for (lang, text, mlang, rule, way), c in sorted(by.items()):
            print(f"  {lang}\t{text!r}\t-> {way} ({mlang} {rule}){'  x' + str(c) if c > 1 else ''}")
    print(f"ALL false matches: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

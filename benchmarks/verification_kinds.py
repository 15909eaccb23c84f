"""The kind of the verification lexicon (detectors/lexicons/verification.yaml) that every UI
string of the pinned catalogs (benchmarks/data/catalog_strings/*.tsv) and of NewPipe
(benchmarks/data/newpipe_strings/*.tsv) reads as, in the string's own language and with no
language known, as detectors/verification.py asks it when sign-up had no phone (every kind,
`sms` included). One TSV row a string that some kind matches, to compare two commits:

    .venv/bin/python benchmarks/verification_kinds.py > /tmp/after.tsv   # and on the other commit
    .venv/bin/python benchmarks/verification_kinds.py --count            # strings per kind

Columns: corpus, language, kind (own language), kind (no language), text; "-" where no kind
matches. These strings are a program's own UI (forms, settings, messages), not deletion flows:
a match here is a string the detector would read as a demand if it stood on a deletion screen.
"""
from __future__ import annotations

import sys
from collections import Counter

from ui_strings import rows  # noqa: E402  (benchmarks/, run as a script)

from cancelcheck.detectors import lexicon

def main(argv: list[str]) -> int:
    lex = lexicon.load("verification")
    counts: Counter = Counter()
    for name, lang, text in rows():
        out = []
        for given in (lang, None):
            m = lex.match(text, lexicon.langs(given))
            out.append(m.kind if m else "-")
        if out == ["-", "-"]:
            continue
        for k in set(out) - {"-"}:
            counts[name, k] += 1
        if "--count" not in argv:
            print("\t".join([name, lang, *out, text.replace("\t", " ")]))
    if "--count" in argv:
        for (name, k), n in sorted(counts.items()):
            print(f"{name}\t{k}\t{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

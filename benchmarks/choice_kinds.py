"""The kind of the choices lexicon (detectors/lexicons/choices.yaml) and the way (proceed,
retreat, None) that detectors/choices.py reads in every UI string of the pinned catalogs
(benchmarks/data/catalog_strings/*.tsv) and of NewPipe (benchmarks/data/newpipe_strings/*.tsv),
in the string's own language and with no language known: one TSV row a string, to compare two
commits (a change to the lexicon should turn no button label into a prompt).

    .venv/bin/python benchmarks/choice_kinds.py > /tmp/after.tsv      # and on the other commit
    paste /tmp/before.tsv /tmp/after.tsv | awk -F'\\t' '$4!=$11||$5!=$12||$6!=$13||$7!=$14'

Columns: corpus, language, text, kind (own language), way (own language), kind (no language),
way (no language); "-" where no kind matches.
"""
from __future__ import annotations

import sys

from ui_strings import rows  # noqa: E402  (benchmarks/, run as a script)

from cancelcheck.detectors import lexicon
from cancelcheck.detectors.choices import _ORDER, MAX_LABEL, classify, strip_countdown

def main() -> int:
    lex = lexicon.load("choices")
    for name, lang, text in rows():
        out = [name, lang, text.replace("\t", " ")]
        for given in (lang, None):
            t = strip_countdown(lexicon.normalize(text))
            m = (lex.match(t, lexicon.langs(given), kinds=_ORDER)
                 if t and len(t) <= MAX_LABEL else None)
            out += [m.kind if m else "-", str(classify(text, given))]
        print("\t".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How often the language guess (cancelcheck.words.detect) names a UI string's language, over
strings whose language is known: the real translation catalogs (benchmarks/data/catalog_strings,
36 languages) and NewPipe's string resources (benchmarks/data/newpipe_strings, 10 languages).

Side by side in one run: the guess as it is (scripts, then word frequencies from
words/language_words.tsv, then the hand-written function words), and the function words alone
(the guess before word frequencies, without its accent-mark votes). A string guessed as no
language is read in every lexicon; a wrong guess hides the right lexicon, so "wrong" matters
more than "none".

    .venv/bin/python benchmarks/language_guess.py           # per language and in all
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter

from ui_strings import rows  # noqa: E402  (benchmarks/, run as a script)


def function_words_only(text: str) -> str | None:
    """The script rules, then the most function words of one language (a tie: none)."""
    from cancelcheck.words import language as L
    guess = L.detect(text)
    if guess is None or L.script(guess) != "latin":
        return guess
    words = L._WORD.findall(L.without_addresses(text).lower())
    scores = {lang: sum(1 for w in words if w in L.function_words(lang)) for lang in L.LANGUAGES
              if L.script(lang) == "latin"}
    best = max(scores.values())
    winners = [lang for lang, n in scores.items() if n == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.parse_args(argv)
    from cancelcheck.words import detect
    guessers = {"now": detect, "function words": function_words_only}
    counts = {name: Counter() for name in guessers}
    per_lang: dict[str, dict[str, Counter]] = {}
    for _, lang, text in rows():
        for name, guess in guessers.items():
            got = guess(text)
            verdict = "right" if got == lang else "none" if got is None else "wrong"
            counts[name][verdict] += 1
            per_lang.setdefault(lang, {n: Counter() for n in guessers})[name][verdict] += 1
    print(f"{'language':9} {'n':>6}  " + "  ".join(f"{n + ' right/none/wrong':>34}" for n in guessers))
    for lang in sorted(per_lang):
        n = sum(per_lang[lang]["now"].values())
        cells = [f"{c['right']:>10} {c['none']:>10} {c['wrong']:>10}     "
                 for c in (per_lang[lang][g] for g in guessers)]
        print(f"{lang:9} {n:>6}  " + "".join(cells))
    total = sum(counts["now"].values())
    for name, c in counts.items():
        print(f"ALL {name:15} n {total}  right {c['right']} ({c['right'] / total:.3f})  "
              f"none {c['none']} ({c['none'] / total:.3f})  wrong {c['wrong']} ({c['wrong'] / total:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

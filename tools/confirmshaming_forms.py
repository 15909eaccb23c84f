"""Which forms of the confirmshaming grammar each language has: the form x language matrix of
detectors/lexicons/confirmshaming.yaml.

    python tools/confirmshaming_forms.py [FILE]     # default: the package's confirmshaming.yaml

A form is either a COMBINATION (an `all_of` entry: "neg_want+goods", "leave+costly", …) or a
KIND of self-contained pattern, named in the pattern itself by a named regex group
(`(?P<care>…)`: a trailing digit lets one language hold two patterns of one kind, "riskit2").
The kinds: care (not caring), whocares, riskit (I'll risk it), chances (taking one's chances),
knowall (I know it all), selfbad (I'm stupid / lazy), tooweak (I'm too weak / scared),
notsmart (I'm not smart), hatealone (I hate …, nothing else needed), takerisk (taking the
risk), cruel (an adverb of cruelty on leaving, zh), lossok (accepting the loss: "I'll take the
loss"), richwaste (boasting of money to waste: "money is no object"), badat (I'm bad at …, a
statement, not a question), canwait (one's own good put off: "my health can wait"),
unimportant (one's own good declared unimportant), boast (an ironic boast that one's own thing
needs no help: "my code is already flawless"), makedo (making do with a poor substitute: "I'll
just use an old towel"), stagnant (staying stuck or behind: "I'd rather stay stuck").
A pattern with no name is counted as "?". A combination is named by its groups in one order
(the stance first: neg_want, prefer, hate, renounce, leave; then what it bears on), whatever
order the language writes them in ([info, hate] in a verb-final language is "hate+info").
Rows are forms, columns languages; "x" has it, "." has not.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

DEFAULT = Path(__file__).resolve().parents[1] / "detectors" / "lexicons" / "confirmshaming.yaml"
KINDS = ("care", "whocares", "riskit", "chances", "knowall", "selfbad", "tooweak", "notsmart",
         "hatealone", "takerisk", "cruel", "lossok", "richwaste", "badat", "canwait",
         "unimportant", "boast", "makedo", "stagnant")
ORDER = ("neg_want", "prefer", "hate", "renounce", "leave", "goods", "bads", "info", "costly")


def combo_name(combo: list[str]) -> str:
    """An all_of entry's name: its groups in ORDER (groups not in it last, as written)."""
    return "+".join(sorted(combo, key=lambda g: ORDER.index(g) if g in ORDER else len(ORDER)))


def forms(entry: dict) -> set[str]:
    """The forms of one language block."""
    out = {combo_name(combo) for combo in entry.get("all_of") or []}
    for p in entry.get("patterns") or []:
        names = {re.sub(r"\d+$", "", n) for n in re.compile(p).groupindex}
        out |= names or {"?"}
    return out


def matrix(path: Path) -> tuple[list[str], list[str], dict[str, set[str]]]:
    kinds = yaml.safe_load(path.read_text(encoding="utf-8"))["kinds"]["shaming"]
    langs = [k for k, v in kinds.items() if isinstance(v, dict)]
    have = {lang: forms(kinds[lang]) for lang in langs}
    combos = sorted({f for fs in have.values() for f in fs if "+" in f or f not in KINDS},
                    key=lambda f: (-sum(f in fs for fs in have.values()), f))
    return [*combos, *KINDS], langs, have


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return 2
    rows, langs, have = matrix(path)
    width = max(map(len, rows))
    print(" " * width + " " + " ".join(langs))
    for form in rows:
        cells = " ".join(("x" if form in have[lang] else ".").center(len(lang)) for lang in langs)
        print(f"{form:<{width}} {cells}  {sum(form in have[lang] for lang in langs):>2}/{len(langs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

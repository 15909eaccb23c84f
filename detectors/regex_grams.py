"""What a lexicon regex cannot match without: a few pieces of literal text ("grams"), one of
which every match of it holds. A text holding none of them is not searched, and the regex is
not even compiled: over short labels whose language cannot be guessed, every Latin-script
language's regexes are tried, and nearly all of them fail on the first words they need.

    grams(r"(?:\\b(delete|close) (my )?account\\b)")   -> frozenset({"acc"})
    possible(grams, "Delete my account")              -> True
    possible(grams, "Tap the magnifying glass")       -> False

How: a match holds every literal run of the regex that it cannot go around (for an
alternation, a run of each branch; a group repeated at least once; a lookahead's text), so it
holds the first three characters of one of them, in the form `ifold` gives (the characters
IGNORECASE does not tell apart made one: "İ", "ı", "I", "i" all "i"). A text is searched only
if one of those pieces is a piece of the folded text. A regex with nothing it cannot go around
gets None and is always searched.

Working the grams out needs Python's own regex parser, which costs nearly what compiling does;
so they are kept on disk (disk_cache.py), keyed by the regex source itself: an edited lexicon
gives new sources, worked out afresh.
"""
from __future__ import annotations

import atexit
import re
import sys
from functools import lru_cache

from . import disk_cache

try:                                                   # Python's own parser (3.11+: re._parser)
    from re import _constants as _C
    from re import _parser as _P
except ImportError:                                    # pragma: no cover - older Pythons
    _P = _C = None

SCHEME = 1                  # bump when the way grams are worked out changes
N = 4                       # a gram is at most this many characters


def ifold(text: str) -> str:
    """The text with the characters a case-insensitive regex does not tell apart made one,
    character by character (so a piece of the text folds to a piece of the folded text):
    simple lower case, then the letters sharing an upper case ("ſ" and "s", "ς" and "σ",
    "ı" and "i"); "İ" first made "i" (its lower case is two characters)."""
    return text.translate(_DOTTED).lower().upper().lower().replace("ς", "σ")


_DOTTED = str.maketrans({"\u0130": "i", "\u0131": "i"})


@lru_cache(maxsize=8192)
def text_grams(text: str) -> frozenset[str]:
    """Every piece of 1 to N characters of the folded text."""
    f = ifold(text)
    n = len(f)
    return frozenset(f[i:i + k] for k in range(1, N + 1) for i in range(n - k + 1))


def possible(g: frozenset[str] | None, text: str) -> bool:
    """Can a regex with these grams match the text at all? (None: it may match anything.)"""
    return g is None or not g.isdisjoint(text_grams(text))


# -- working the grams out ------------------------------------------------------------------------
def _best(cands: list) -> frozenset[str] | None:
    """Of the sets of literals one of which a match must hold, the one that rules out most:
    the longest shortest literal, then the fewest literals."""
    cands = [c for c in cands if c]
    if not cands:
        return None
    return max(cands, key=lambda c: (min(len(x) for x in c), -len(c)))


def _required(items) -> frozenset[str] | None:
    """A set of literals one of which every match of this sequence of parsed items holds."""
    c = _C
    cands, run = [], []

    def flush():
        if run:
            cands.append(frozenset({"".join(run)}))
            run.clear()
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        flush()                                        # anything else ends a run of letters
        if op is c.SUBPATTERN:
            cands.append(_required(av[-1].data))
        elif op is c.ATOMIC_GROUP:
            cands.append(_required(av.data))
        elif op is c.BRANCH:
            alts = [_required(a.data) for a in av[1]]
            if all(alts):
                cands.append(frozenset().union(*alts))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                cands.append(_required(av[2].data))
        elif op is c.ASSERT:                           # a look-ahead/behind's text is there too
            cands.append(_required(av[1].data))
    flush()
    return _best(cands)


def work_out(source: str) -> frozenset[str] | None:
    """The grams of a regex source, matched case-insensitively (parsed by Python's own
    parser), or None."""
    if _P is None:
        return None
    try:
        lits = _required(_P.parse(source, re.I).data)
    except Exception:        # noqa: BLE001 - a bad regex is reported when it is compiled
        return None
    return frozenset(ifold(s)[:N] for s in lits) if lits else None


# -- kept on disk ---------------------------------------------------------------------------------
def _file() -> str:
    v = sys.version_info
    return f"regex-grams-py{v.major}.{v.minor}-v{SCHEME}-n{N}.json"


_KEPT: dict[str, list[str] | None] | None = None
_NEW: dict[str, list[str] | None] = {}


def _kept() -> dict:
    global _KEPT
    if _KEPT is None:
        data = disk_cache.read_json(_file())
        _KEPT = data if isinstance(data, dict) else {}
        atexit.register(_save)
    return _KEPT


def grams(source: str) -> frozenset[str] | None:
    """The grams of a regex source matched case-insensitively: from the cache on disk, else
    worked out (and kept)."""
    kept = _kept()
    if source in kept:
        g = kept[source]
        return frozenset(g) if isinstance(g, list) else None
    g = work_out(source)
    kept[source] = _NEW[source] = sorted(g) if g is not None else None
    return g


MAX_KEPT = 20000            # past this many sources, keep only those worked out last


def _save() -> None:
    """Write the cache back if this process worked out new grams (merged with what another
    process may have written meanwhile)."""
    if not _NEW:
        return
    old = disk_cache.read_json(_file())
    data = {**(old if isinstance(old, dict) else {}), **(_KEPT or {})}
    v = sys.version_info
    disk_cache.write_json(_file(), data if len(data) <= MAX_KEPT else dict(_NEW),
                          drop=f"regex-grams-py{v.major}.{v.minor}-*.json")
    _NEW.clear()

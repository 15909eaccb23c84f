"""detectors/regex_grams.py: a lexicon regex is not compiled or run on a text that holds none
of the literal pieces every match of it holds. The pieces below were worked out by hand from
each regex (which runs of letters a match cannot go around); none is copied from the program.
"""
from __future__ import annotations

import re

import pytest

from cancelcheck.detectors import lexicon
from cancelcheck.detectors.regex_grams import ifold, possible, work_out


@pytest.mark.parametrize("rx, pieces", [
    # runs of letters a match cannot go around ("delete ", "account"; the optional group is
    # none): of equally long ones, the first
    (r"delete (my )?account", {"dele"}),
    # an alternation: a piece of each branch; the longer branch set wins over the run " it"
    (r"\b(close|remove) it\b", {"clos", "remo"}),
    # branches sharing a beginning (Python's parser takes "de" out in front): the rest
    (r"(?:delete|deactivate)", {"lete", "acti"}),
    # a group repeated at least once counts; one that may be absent does not
    (r"(?:abc)+x?", {"abc"}),
    (r"(?:abc)*xyzw", {"xyzw"}),
    # a look-ahead's text is in the text too; a negative one is not
    (r"(?=\w*mail)\w+", {"mail"}),
    (r"(?!spam)\w+", None),
    # nothing a match must hold
    (r"\d+\s*\w+", None),
    (r"a|\d", None),
])
def test_the_pieces_every_match_holds(rx, pieces):
    assert work_out(rx) == (None if pieces is None else frozenset(pieces))


@pytest.mark.parametrize("rx, text", [
    (r"delete (my )?account", "DELETE ACCOUNT now"),
    (r"\bhesabı sil\b", "HESABI SİL"),                  # Turkish dotless/dotted i in capitals
    (r"\bsil\b", "Sİl"),
    (r"ΟΔΟΣ στο", "οδος ΣΤΟ"),                            # final sigma in lower case
    (r"straße", "STRASSE".replace("SS", "ẞ")),            # capital sharp s
    (r"(?-i:Exact)", "an Exact word"),
    (r"(?:kündigen|löschen)", "Konto LÖSCHEN"),
])
def test_a_text_the_regex_matches_is_never_ruled_out(rx, text):
    assert re.search(rx, text, re.I), "the example must match"
    assert possible(work_out(rx), text)


@pytest.mark.parametrize("rx, text", [
    (r"delete (my )?account", "Tap the magnifying glass to get started."),
    (r"\b(close|remove) it\b", "Keep it open"),
    (r"(?:kündigen|löschen)", "Konto behalten"),
])
def test_a_text_without_the_pieces_is_ruled_out(rx, text):
    assert not re.search(rx, text, re.I)
    assert not possible(work_out(rx), text)


def _lexicon_pieces() -> set[str]:
    """The pieces of every kind's regexes and of every per-language table's (lexicon.regex)."""
    from tests.test_lexicon_regex_lazy import table_regexes
    out: set[str] = set()
    for rx in [rx for fam in lexicon.families() for rx in lexicon.load(fam).regexes()] + \
            table_regexes():
        g = work_out(lexicon.pattern(rx.source))
        out |= set(g or ())
    return out


def test_the_fold_joins_every_character_ignorecase_joins():
    """For every character of every piece of every lexicon (each literal in the lexicons'
    regexes that a piece starts with), each character IGNORECASE matches it folds the same:
    else a text could match a regex and be ruled out. Only a cased character (one that lower
    or upper case changes) can match another, so those are the candidates."""
    chars = {c for p in _lexicon_pieces() for c in p}
    assert len(chars) > 200                      # the lexicons' 29 languages' letters
    cased = "".join(chr(i) for i in range(0x110000)
                    if not 0xD800 <= i < 0xE000
                    and (chr(i).lower() != chr(i) or chr(i).upper() != chr(i)))
    for c in sorted(chars):
        for m in re.compile(re.escape(c), re.I).finditer(cased + c):
            assert ifold(m.group()) == ifold(c), (c, m.group())


def test_the_fold_goes_character_by_character():
    for text in ("HESABI SİL", "ΟΔΟΣ ΣΤΟ ΣΠΙΤΙ", "Straße ẞ", "ſtop", "Kelvin \u212a"):
        assert ifold(text) == "".join(ifold(ch) for ch in text)

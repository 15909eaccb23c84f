"""detectors/lexicon.regex: the per-language tables the detectors read themselves
(confirmshaming's `echo`, cooling_off's `durations`, provider_favouring's `context_says`,
offline's `help_only`, context's `undo_deletion`) are compiled only when a text holds one of
the pieces every match needs, like the kinds' own regexes (regex_grams); what they find is
unchanged. The pieces below were worked out by hand from each regex."""
from __future__ import annotations

import re

import pytest

from cancelcheck.detectors import confirmshaming, cooling_off, lexicon, offline, option_context


def table_regexes() -> list:
    """Every regex of every per-language table a detector reads through lexicon.regex."""
    out = [rx for removes, accepts in confirmshaming._echo_forms().values()
           for rx in removes + accepts]
    out += [rx for rx, _ in cooling_off._duration_rules(None)]
    out += [rx for name in ("context_says", "vendor_list", "required_option")
            for rx in option_context._table(name, None)]
    out += offline._table_rxs("offline", "help_only", None)
    out += offline._table_rxs("context", "undo_deletion", None)
    return out


WORKING = r"(?P<n>\d+)\s*(business|working)\s+days?"


def test_a_table_regex_is_not_compiled_for_a_text_without_its_pieces():
    # the pieces: the branch (business|working) beats the run "day" (7 letters against 3),
    # so a text needs "busi" or "work"; "\d+", "\s*" and "s?" need nothing
    rx = lexicon.regex(WORKING)
    assert rx.search("Tap the magnifying glass to get started") is None
    assert list(rx.finditer("Deleted within 30 days")) == []      # "days", but no "work"
    assert not rx.is_compiled
    found = [(m.group(0), m["n"]) for m in rx.finditer("3 business days, or 10 working days")]
    assert found == [("3 business days", "3"), ("10 working days", "10")]
    assert rx.is_compiled


def test_it_finds_what_the_compiled_regex_finds():
    texts = ["Deleted within 30 days", "2 Working Days", "workingdays", "15 working day",
             "WORK 4 business  days", ""]
    rx = lexicon.regex(WORKING)
    full = re.compile(WORKING, re.I)
    # ruled out without compiling: no "busi" or "work" in it
    assert not rx.possible("Deleted within 30 days") and not rx.is_compiled
    for t in texts:
        assert [m.span() for m in rx.finditer(t)] == [m.span() for m in full.finditer(t)], t
        a, b = rx.search(t), full.search(t)
        assert (a and a.span()) == (b and b.span()), t


def test_a_duration_rule_is_compiled_only_for_a_text_holding_its_unit():
    cooling_off._duration_rules.cache_clear()
    try:
        rules = cooling_off._duration_rules(None)
        en = {d["unit"]: d["pattern"] for d in lexicon.load("cooling_off").data["durations"]["en"]}
        assert len(en) == 5                   # working_day, day, week, month, hour
        rx = {unit: next(r for r, _ in rules if r.source == src) for unit, src in en.items()}
        # the pieces each needs, by hand: busi/work, day, week, mont(h), hour
        assert cooling_off.durations("Tap the magnifying glass to get started") == []
        assert not any(r.is_compiled for r in rx.values())
        (d,) = cooling_off.durations("Your data is erased after 30 days")
        assert (d["text"], d["n"], d["unit"]) == ("30 days", 30, "day")
        assert [u for u, r in rx.items() if r.is_compiled] == ["day"]
        # a Chinese rule needing 工作日 is not compiled for English texts either
        zh = next(r for r, _ in rules if "工作日" in r.source and "个?" in r.source)
        assert not zh.is_compiled
        assert cooling_off.durations("15个工作日内完成")[0]["unit"] == "working_day"
        assert zh.is_compiled
    finally:
        cooling_off._duration_rules.cache_clear()


def test_every_table_regex_compiles():
    """A bad regex in a table is now found at its first use, not when the table is read:
    so every one is compiled here (as Lexicon.check() does for the kinds)."""
    rxs = table_regexes()
    assert len(rxs) > 100              # the five tables of 29 languages
    for rx in rxs:
        assert isinstance(rx.compiled(), re.Pattern)


def test_a_bad_table_regex_names_where_it_is_at_first_use():
    rx = lexicon.regex("(unclosed", where="fam.yaml: echo.en.accepts")
    with pytest.raises(lexicon.LexiconError, match=r"fam.yaml: echo.en.accepts: bad regex"):
        rx.search("any text at all")


def test_a_verbose_regex_is_searched_on_every_text():
    # under re.X its spaces and its comment are no text: "de lete" finds "delete", so the
    # pieces read without re.X ("de l") must not rule the text out
    rx = lexicon.regex("de lete  # the word", re.I | re.X)
    assert rx.possible("Delete")
    assert rx.search("Delete").group(0) == "Delete"

"""detectors/disk_cache.py: what is kept on disk between runs (the parsed lexicon files, the
literal pieces of their regexes) is keyed by what it was worked out from, so an edited lexicon
is never read from it, and a cache that cannot be read is only slower."""
from __future__ import annotations

import json

from cancelcheck.detectors import lexicon, regex_grams
from cancelcheck.detectors.regex_grams import work_out


def test_the_pieces_are_kept_on_disk_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("CANCELCHECK_CACHE", str(tmp_path))
    monkeypatch.setattr(regex_grams, "_KEPT", None)
    monkeypatch.setattr(regex_grams, "_NEW", {})
    assert regex_grams.grams(r"delete (my )?account") == work_out(r"delete (my )?account")
    regex_grams._save()
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and json.loads(files[0].read_text())[r"delete (my )?account"]
    # a later process reads it instead of parsing: what is on disk is what it uses
    files[0].write_text(json.dumps({r"delete (my )?account": ["zzzz"]}))
    monkeypatch.setattr(regex_grams, "_KEPT", None)
    assert regex_grams.grams(r"delete (my )?account") == frozenset({"zzzz"})


def test_an_unreadable_cache_is_only_slower(tmp_path, monkeypatch):
    monkeypatch.setenv("CANCELCHECK_CACHE", str(tmp_path))
    monkeypatch.setattr(regex_grams, "_KEPT", None)
    monkeypatch.setattr(regex_grams, "_NEW", {})
    (tmp_path / regex_grams._file()).write_text("{not json")
    assert regex_grams.grams(r"(?:kündigen|löschen)") == frozenset({"künd", "lösc"})


def test_an_edited_lexicon_is_read_again_not_taken_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CANCELCHECK_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(lexicon, "ROOT", tmp_path)
    f = tmp_path / "fam.yaml"
    f.write_text("kinds:\n  k:\n    en: {exact: [close it]}\n", encoding="utf-8")
    lexicon.load.cache_clear()
    try:
        assert lexicon.load("fam").match("Close it").kind == "k"
        kept = list((tmp_path / "cache").glob("lexicon-fam-*.json"))
        assert len(kept) == 1                     # kept: JSON gives the same document back
        f.write_text("kinds:\n  k:\n    en: {exact: [shut it]}\n", encoding="utf-8")
        lexicon.load.cache_clear()
        lex = lexicon.load("fam")
        assert lex.match("Close it") is None and lex.match("Shut it").kind == "k"
        assert len(list((tmp_path / "cache").glob("lexicon-fam-*.json"))) == 1   # old dropped
    finally:
        lexicon.load.cache_clear()


def test_a_document_json_cannot_give_back_is_not_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("CANCELCHECK_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(lexicon, "ROOT", tmp_path)
    # a number as a key: JSON would make it the string "1"
    (tmp_path / "fam.yaml").write_text("kinds:\n  k:\n    en: {exact: [close it]}\n1: x\n",
                                       encoding="utf-8")
    lexicon.load.cache_clear()
    try:
        assert lexicon.load("fam").data[1] == "x"
        assert not list((tmp_path / "cache").glob("lexicon-fam-*.json"))
    finally:
        lexicon.load.cache_clear()

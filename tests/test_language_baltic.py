"""The three Baltic languages (lt, lv, et) in the language guess (words/language.py detect),
the built word tables and the mined word lists. Every text was written for this test in the
grammar of its language and its language checked by reading it; each near miss is the same
sense in the language a guess could take it for, and the mark that tells each is named beside
it. Each test pairs the new language's texts with their near misses, so it fails before the
language was added (no frequency list, function words or marks of it: the new texts were
guessed as None or another language)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cancelcheck.words import detect

ROOT = Path(__file__).resolve().parents[1]

LT = [
    ("Ar tikrai norite ištrinti savo paskyrą?", "ar, ų? ą: the frequency list"),
    ("Paskyros nustatymai išsaugoti", "-ymai, š"),
    ("Ne, ačiū", "ačiū"),
    ("Įveskite slaptažodį", "į"),
    ("Jūsų paskyra bus ištrinta", "jūsų, bus"),
]
# Polish shares ą ę ž with Lithuanian; its own marks tell it when the frequencies cannot
PL_NEAR_LT = [
    ("Czy na pewno chcesz usunąć konto?", "czy, sz, cz"),
    ("Usunięto wiadomość", "ię, ś, w"),
    ("Będzie dostępne jutro", "ę before a consonant inside a word"),
    ("Zamknięte", "ię"),
]


LV = [
    ("Vai tiešām vēlaties dzēst savu kontu?", "vai, ā ē"),
    ("Konta iestatījumi saglabāti", "ī, -ti"),
    ("Nē, paldies", "nē, paldies"),
    ("Jūsu konts tiks dzēsts", "jūsu, tiks"),
    ("Pieteikties", "ie, reflexive -ties"),
]


# Estonian has no wordfreq list: its own marks (words/language.py _ET_FORM, _ET_WORDS)
ET = [
    ("Kas olete kindel, et soovite oma konto kustutada?", "olete, kindel, soovite"),
    ("Konto seaded on salvestatud", "participle -tud"),
    ("Ei, aitäh", "aitäh"),
    ("Sisestage parool", "plural imperative -tage"),
    ("Teie konto kustutatakse", "teie, impersonal -takse"),
    ("Konto kustutamine", "verbal noun -mine"),
    ("Jaga faile sõpradega", "õ, comitative -dega"),
    ("Failitüüp", "long ü: üü"),
    ("Sisesta uue konto andmed", "uue, andmed"),
]
# the same senses in Finnish, and German "Konto" (a word of both: no mark)
NEAR_ET = [
    ("Haluatko varmasti poistaa tilisi?", "fi"),
    ("Ei kiitos", "fi"),
    ("Poista tili", "fi"),
    ("Jatka", "fi"),
    ("Konto löschen", "de"),
    ("Comanda a fost confirmata", "ro"),    # Romanian without ă: -mata is no mark of Estonian
]


def _guesses(pairs):
    return {text: detect(text) for text, _ in pairs}


def test_lithuanian_is_told_and_polish_stays_polish():
    assert _guesses(LT) == {text: "lt" for text, _ in LT}
    assert _guesses(PL_NEAR_LT) == {text: "pl" for text, _ in PL_NEAR_LT}


def test_latvian_is_told_and_lithuanian_stays_lithuanian():
    # the same senses in the other Baltic language: the frequency lists tell them apart
    assert _guesses(LV) == {text: "lv" for text, _ in LV}
    assert _guesses(LT) == {text: "lt" for text, _ in LT}


def test_estonian_is_told_by_its_marks_and_finnish_stays_finnish():
    # (wordfreq 3.1.1 has no Estonian list: tools/build_language_words.py leaves it out, where it
    # raised LookupError at baltbase; tests/test_words.py rebuilds the table byte for byte)
    assert _guesses(ET) == {text: "et" for text, _ in ET}
    assert _guesses(NEAR_ET) == dict(NEAR_ET)


def _table():
    rows = [line.split("\t") for line in (ROOT / "words" / "language_words.tsv")
            .read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {lang: {w for r in rows if r[0] == lang for w in r[2].split()}
            for lang in {r[0] for r in rows}}


def test_the_word_table_holds_lithuanian():
    # words/language_words.tsv from wordfreq's Lithuanian list; "ačiū" (thanks) and "yra" (is)
    # read in the table's lt rows
    words = _table()
    assert "ačiū" in words["lt"] and "yra" in words["lt"]


def test_the_word_table_holds_latvian():
    # words/language_words.tsv from wordfreq's Latvian list: "paldies" (thanks), "un" (and)
    words = _table()
    assert "paldies" in words["lv"] and "un" in words["lv"]


def _concepts(lang):
    return json.loads((ROOT / "words" / "lexicon" / f"{lang}.json")
                      .read_text(encoding="utf-8"))["concepts"]


@pytest.mark.parametrize("lang, cancel, delete", [("lt", "Atšaukti", "Ištrinti"),
                                                    ("lv", "Atcelt", "Dzēst"),
                                                    ("et", "Loobu", "Kustuta")])
def test_the_baltic_word_lists_are_mined_from_catalogs(lang, cancel, delete):
    # words/lexicon/<lang>.json, built by `make lexicons`: the proceed/retreat words and the
    # deletion, from catalogs with their provenance (spot check read in the file)
    concepts = _concepts(lang)
    for c in ("cancel", "continue", "confirm", "delete", "delete_account"):
        assert concepts.get(c), (lang, c)
        assert all(e["source"] == "catalog" and e["from"] for e in concepts[c]), (lang, c)
    assert cancel in {e["text"] for e in concepts["cancel"]}
    assert delete in {e["text"] for e in concepts["delete"]}


@pytest.mark.parametrize("screen", [
    "Great deal\nYes, please\nNe, radši zůstanu doma",      # Czech "No, I'd rather stay home"
    "Big sale\nYes, please\nNe, zůstanu u toho",            # Czech "No, I'll stay with it"
])
def test_a_word_many_languages_share_makes_no_screen_baltic(screen):
    # Czech "Ne," beside English lines: no frequency lead, and "ne" (no) is Lithuanian too, but
    # also Czech, Slovak, Croatian, Slovene, French, Italian, …: the Baltic function words leave
    # out such words, so the screen is read in every lexicon (None), not as Lithuanian
    assert detect(screen) is None

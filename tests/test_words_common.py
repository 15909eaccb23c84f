"""A short whole label that is an everyday word of another lexicon language says nothing with
no language known (words/common.py, words/common_words.tsv built from wordfreq by
tools/build_common_words.py; applied in detectors/lexicon.py).

The clashes were checked by hand with a dictionary: Romanian "da" (yes) is Italian "from" and
German "there"; Romanian "nu" (no) is Dutch/Swedish/Danish "now"; Polish "tak" (yes) is Danish
and Norwegian "thanks"; Polish "nie" (no) is German "never"; Indonesian "ya" (yes) is Spanish
"already"; Czech "ano" (yes) is Portuguese "year"; Turkish "sil" (delete) is Czech "of forces"
(genitive plural of "síla"). "OK", "No" and "Cancel" are read the same
way in the English whole labels every screen also gets, so they stay.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors.choices import classify, options
from cancelcheck.screens import Bounds, Element, Screen
from cancelcheck.words import common_in, detect

CLASHES = [("da", "it"), ("da", "de"), ("nu", "nl"), ("tak", "da"), ("nie", "de"),
           ("ya", "es"), ("ano", "pt"), ("sil", "cs")]
READ = [("Da", "ro", "proceed"), ("Nu", "ro", "retreat"), ("Tak", "pl", "proceed"),
        ("Nie", "pl", "retreat"), ("Ya", "id", "proceed"), ("Ano", "cs", "proceed"),
        ("Sil", "tr", "proceed")]       # Turkish delete, Czech "of forces": a pattern's word too


@pytest.mark.parametrize("word, lang", CLASHES)
def test_the_table_knows_the_everyday_word(word, lang):
    assert lang in common_in(word)


def test_a_word_of_no_lexicon_is_in_no_row():
    assert common_in("zebra") == frozenset()


@pytest.mark.parametrize("label, lang, way", READ)
def test_a_false_friend_counts_once_its_language_is_known(label, lang, way):
    assert classify(label, None) is None
    assert classify(label, lang) == way


def test_a_longer_label_of_the_word_is_still_read():
    assert classify("Hesabı sil", None) == "proceed"


@pytest.mark.parametrize("label, way", [("OK", "proceed"), ("No", "retreat"),
                                        ("Cancel", "retreat"), ("Evet", "proceed"),
                                        ("Abbrechen", "retreat")])
def test_a_word_read_alike_everywhere_stays(label, way):
    assert classify(label, None) == way


def test_a_dialog_question_lets_the_buttons_be_read():
    texts = ["Usunąć konto?", "Tak", "Nie"]
    assert detect(texts) == "pl"
    els = [Element(index=i, parent=None, bounds=Bounds(0, i * 50, 400, i * 50 + 40), text=t,
                   clickable=i > 0, cls="button" if i else "p") for i, t in enumerate(texts)]
    proceed, retreat = options(Screen(image=None, elements=els, source="test", size=(400, 200)))
    assert [e.text for e in proceed] == ["Tak"]
    assert [e.text for e in retreat] == ["Nie"]

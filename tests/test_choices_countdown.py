"""A button's countdown is taken off before its words are read (detectors/choices.py,
strip_countdown): in brackets with any word ("(10 Sek.)"), and bare, a number with a unit of
seconds of ANY lexicon language — the `units` of detectors/lexicons/forced_wait.yaml, the
same data the forced-wait detector reads ("Löschen 10 Sek.", "Удалить 10 сек", "Xóa 10 giây").

Every label was written for this test; what must remain was worked out by hand: the label's
words without the countdown. Near misses: a number followed by a word that merely starts like
a unit ("10 сообщений" messages, "5 souvenirs", "2 sekcje" sections, "10 giấy tờ" papers),
a decimal, a Thai word that starts with the unit's letters: nothing is taken off.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors.choices import classify, strip_countdown

STRIPPED = [
    ("Löschen 10 Sek.", "Löschen"),
    ("Supprimer 5 s", "Supprimer"),
    ("Удалить 10 сек", "Удалить"),
    ("Xóa 10 giây", "Xóa"),
    ("Sil 10 sn", "Sil"),
    ("Poista 10 sekuntia", "Poista"),
    ("Διαγραφή 10 δευτ.", "Διαγραφή"),
    ("Smazat 10 s", "Smazat"),
    ("ลบ 5 วินาที", "ลบ"),
    ("Hapus 15 detik", "Hapus"),
    ("删除 10秒", "删除"),
    ("10秒后继续", "继续"),
    ("삭제 10초 후", "삭제"),
    ("Continue 10s", "Continue"),
    ("Delete (10 s)", "Delete"),
    ("Eliminar (5 seg.)", "Eliminar"),
    ("Delete 0:15", "Delete"),
]

KEPT = [
    "Удалить 10 сообщений",
    "Supprimer 5 souvenirs",
    "Usuń 2 sekcje",
    "Xóa 10 giấy tờ",
    "Top 10 Songs",
    "Video 1.5 s",
    "ลบ 5 วิ่ง",
    "Löschen 3 Sektoren",
]


@pytest.mark.parametrize("label, left", STRIPPED, ids=[s for s, _ in STRIPPED])
def test_a_countdown_in_any_language_is_taken_off(label, left):
    assert strip_countdown(label) == left


@pytest.mark.parametrize("label", KEPT)
def test_a_number_that_is_no_countdown_stays(label):
    assert strip_countdown(label) == label


@pytest.mark.parametrize("label, lang", [("Löschen 10 Sek.", "de"), ("Удалить 10 сек", "ru"),
                                         ("Xóa 10 giây", "vi"), ("Supprimer 5 s", "fr")])
def test_a_counting_down_button_still_goes_on(label, lang):
    assert classify(label, lang) == "proceed"

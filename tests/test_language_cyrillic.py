"""Ukrainian or Russian (words/language.py detect): the two share most letters, and many
Ukrainian labels have none of і ї є ґ. Each text was written for this test and its language
checked by hand; the mark that tells it is named beside it (a Ukrainian one for the uk texts,
a Russian one for the ru texts, whose Ukrainian twins are in the first list).
"""
from __future__ import annotations

import pytest

from cancelcheck.words import detect

UK = [
    ("Видалення облікового запису", "verbal noun -ння"),
    ("Продовжити", "infinitive -ити"),
    ("Повернутися на головну", "infinitive -тися"),
    ("Зв'язок з нами", "apostrophe before я"),
    ("Його буде видалено", "ьо, function words його/буде"),
    ("Ви впевнені, що хочете продовжити?", "що, -ити"),
    ("Обмеження та умови", "-ння, та"),
    ("Ґанок", "ґ"),
]

RU = [
    ("Удаление учётной записи", "-ние, ё"),
    ("Продолжить", "no Ukrainian mark: Russian stays the default"),
    ("Вернуться на главную", "no Ukrainian mark"),
    ("Вы уверены, что хотите продолжить?", "ы, что"),
    ("Категория и условия", "-ия, и"),
    ("Используйте ключ безопасности", "-ости is Russian: Ukrainian writes -ості"),
    ("Войти", "-йти: Russian, not the Ukrainian infinitive -ати/-ити"),
    ("аккаунт социальной сети", "-ети: not a Ukrainian infinitive"),
]


@pytest.mark.parametrize("text, mark", UK, ids=[t for t, _ in UK])
def test_ukrainian_without_its_own_letters(text, mark):
    assert detect(text) == "uk", mark


@pytest.mark.parametrize("text, mark", RU, ids=[t for t, _ in RU])
def test_russian_stays_russian(text, mark):
    assert detect(text) == "ru", mark

"""detectors/screen_text.sentences: a full stop followed by a word in small letters ends an
abbreviation, not a sentence ("e.g. by e-mail", "bzw. per Post", Lithuanian "el. paštu" = by
e-mail), so a rule read per sentence ("unless", a channel and its verb) sees the whole sentence.
Sentences still end at a stop before a capital, at ! and ?, at 。, and never inside an address
or a number. An abbreviation before a capital ("z. B.") still ends one: the
stop alone cannot tell. Each expectation written by reading the text."""
from __future__ import annotations

import pytest

from cancelcheck.detectors.screen_text import sentences


@pytest.mark.parametrize("text, want", [
    ("Rašykite mums el. paštu pagalba@example.lt. Atsakysime per savaitę.",
     ["Rašykite mums el. paštu pagalba@example.lt.", "Atsakysime per savaitę."]),
    ("Write to us, e.g. by e-mail to help@example.com. We reply within a week.",
     ["Write to us, e.g. by e-mail to help@example.com.", "We reply within a week."]),
    ("Schreiben Sie uns per E-Mail bzw. per Post. Wir antworten bald.",
     ["Schreiben Sie uns per E-Mail bzw. per Post.", "Wir antworten bald."]),
    ("Напишите нам, напр. на почту. Мы ответим.", ["Напишите нам, напр. на почту.", "Мы ответим."]),
])
def test_an_abbreviation_does_not_end_the_sentence(text, want):
    assert sentences(text) == want


@pytest.mark.parametrize("text, want", [
    ("Delete it in the app. Or write to us!", ["Delete it in the app.", "Or write to us!"]),
    ("Is it gone? Yes.", ["Is it gone?", "Yes."]),
    ("choix.Une autre", ["choix.", "Une autre"]),
    ("アプリで削除できます。メールでも可能です。", ["アプリで削除できます。", "メールでも可能です。"]),
    ("Version 1.5 keeps it. Write to privacy@example.com today.",
     ["Version 1.5 keeps it.", "Write to privacy@example.com today."]),
    ("احذف حسابك من التطبيق. أو راسلنا.", ["احذف حسابك من التطبيق.", "أو راسلنا."]),
])
def test_sentences_still_end_where_they_end(text, want):
    assert sentences(text) == want

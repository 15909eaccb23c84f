""""Write to us" as the way to delete, in every lexicon language that had no form for it
(session 13): English read "To delete your account, write to us." as a request, the other
languages but sv, da and nb named no channel in it. A bare "write to us" names no channel, so
the way found is `support` (a request to the provider, no channel named). Each sentence is ours,
written from each language's general imperative of writing to someone; each expectation was
decided by reading it."""
from __future__ import annotations

import pytest

from tests.test_detectors_text import run, screen, types

WAYS = [
    ("Konto löschen", "Um dein Konto zu löschen, schreib uns."),                          # de
    ("Supprimer le compte", "Pour supprimer votre compte, écrivez-nous."),               # fr
    ("Eliminar cuenta", "Para eliminar tu cuenta, escríbenos."),                         # es
    ("Elimina account", "Per eliminare il tuo account, scrivici."),                      # it
    ("Account verwijderen", "Om je account te verwijderen, schrijf ons."),               # nl
    ("Usuń konto", "Aby usunąć konto, napisz do nas."),                                  # pl
    ("Удалить аккаунт", "Чтобы удалить аккаунт, напишите нам."),                         # ru
    ("Видалити акаунт", "Щоб видалити акаунт, напишіть нам."),                           # uk
    ("Excluir conta", "Para excluir sua conta, escreva para nós."),                      # pt
    ("Hesabı sil", "Hesabınızı silmek için bize yazın."),                                # tr
    ("Smazat účet", "Pro smazání účtu nám napište."),                                    # cs
    ("Poista tili", "Poistaaksesi tilisi, kirjoita meille."),                            # fi
    ("Fiók törlése", "A fiók törléséhez írjon nekünk."),                                 # hu
    ("Șterge contul", "Pentru a șterge contul, scrieți-ne."),                            # ro
    ("Διαγραφή λογαριασμού", "Για να διαγράψετε τον λογαριασμό σας, γράψτε μας."),       # el
    ("Hapus akun", "Untuk menghapus akun, tulis kepada kami."),                          # id
    ("Xóa tài khoản", "Để xóa tài khoản, hãy viết cho chúng tôi."),                      # vi
    ("계정 삭제", "계정을 삭제하려면 저희에게 메시지를 보내 주세요."),                      # ko
    ("删除账号", "如需删除账号，请给我们留言。"),                                          # zh-Hans
    ("刪除帳號", "如需刪除帳號，請給我們留言。"),                                          # zh-Hant
    ("حذف الحساب", "لحذف حسابك، راسلنا."),                                               # ar
    ("מחיקת חשבון", "כדי למחוק את החשבון, כתבו לנו."),                                  # he
    ("खाता हटाएँ", "खाता हटाने के लिए हमें लिखें।"),                                       # hi
    ("ลบบัญชี", "หากต้องการลบบัญชี เขียนถึงเรา"),                                         # th
    ("Vymazať účet", "Ak chcete vymazať účet, napíšte nám."),                             # sk
    ("Obriši račun", "Za brisanje računa pišite nam."),                                  # hr
    ("Izbriši račun", "Za izbris računa nam pišite."),                                   # sl
    ("Изтриване на профила", "За да изтриете профила си, пишете ни."),                   # bg
]


@pytest.mark.parametrize("heading,line", WAYS)
def test_write_to_us_is_the_way_to_delete(heading, line):
    f, = [f for f in run(screen(heading, line)) if f.type == "offline_requirement"]
    assert f.data["channels"] == ["support"]


@pytest.mark.parametrize("items", [
    # help for questions, not the way (the lexicon's `unless` and help_only)
    ["Konto löschen", "Tippe auf Konto löschen. Bei Fragen schreib uns."],
    ["Supprimer le compte", "Touchez Supprimer le compte.", "Des questions ? Écrivez-nous."],
    ["Eliminar cuenta", "Toca Eliminar cuenta. Si tienes dudas, escríbenos."],
    # writing to us about something else on a screen that is not about deletion
    ["Ajustes", "¿Tienes una idea para la app? Escríbenos."],
])
def test_write_to_us_for_help_is_no_way(items):
    assert "offline_requirement" not in types(run(screen(*items)))

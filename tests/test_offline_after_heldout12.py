"""Offline-requirement forms written after the first look at deletion_pages_heldout12.yaml
(session 14), each in our own words, not that file's, and in several lexicon languages:
the TITLE of the message named as where to write (a subject line by another word); what to SAY
in the e-mail the person writes ("tell us in your e-mail …", offline.yaml `in_message`), an
instruction even where the deletion is named in the next sentence; a deletion REQUEST and the
data-protection word ERASURE name the deletion; a visit to a reception or front desk; a request
on an issue tracker (its address, or the tracker named); zh "找客服" (going to the support staff)
and adding the support's messenger account (QQ, WeChat, LINE); and, not a channel, a link or a code
the app sends to the person's own address (offline.yaml `app_sends`: a self-service form).
Each expectation was decided by reading the screen: the channel the person must use, or none."""
from __future__ import annotations

import pytest

from tests.test_detectors_text import ways



@pytest.mark.parametrize("items,channels", [
    # the message's title is its subject line: what to write there names the deletion
    (["Konto löschen", "Bitte im Titel der E-Mail „Konto löschen“ und deinen Nutzernamen "
      "angeben."], ["email"]),
    (["Supprimer le compte", "Mettez « Suppression du compte » dans le titre du message envoyé "
      "depuis l'adresse liée au compte."], ["email"]),
    (["Eliminar cuenta", "En el título del correo pon «Eliminar mi cuenta»."], ["email"]),
    (["Usuwanie konta", "Jak to zrobić? W tytule maila wpisz „Usuń konto” i podaj swój login."],
     ["email"]),
    (["アカウント削除", "メールのタイトルに「アカウント削除希望」とご記入ください。"], ["email"]),
    (["Delete account", "Put the words \"delete my account\" in the title of the e-mail you send "
      "from your registered address."], ["email"]),
    # what to say in the e-mail: an e-mail to send, and an instruction, though the deletion is
    # named in the sentence after it
    (["Удаление аккаунта", "Если у вас есть подписка, укажите в письме её номер. Подписка будет "
      "удалена вместе с аккаунтом."], ["email"]),
    (["Closing a team account", "If you own a team, tell us in your e-mail who should take it "
      "over. Otherwise the team is deleted with your account."], ["email"]),
    (["Konto löschen", "Nenne in der E-Mail den Namen deiner Gruppe. Die Gruppe wird mit dem "
      "Konto gelöscht."], ["email"]),
    (["Suppression du compte", "Indiquez dans votre e-mail le nom de votre équipe : elle sera "
      "supprimée avec le compte."], ["email"]),
    (["Smazání účtu", "Uveďte v e-mailu, komu máme předat skupinu. Jinak se skupina smaže "
      "spolu s účtem."], ["email"]),
    (["Eliminar cuenta", "Indícanos en el correo qué hacer con tu grupo; si no, se borrará "
      "junto con la cuenta."], ["email"]),
    # a deletion request names the deletion: the heading makes it a deletion screen (cs: and
    # "když", a conditional 'when', opens the clause before the instruction)
    (["Žádost o výmaz", "Když se do aplikace nedostanete, napište na pomoc@priklad.cz."],
     ["email"]),
    (["Prośba o usunięcie", "Napisz do nas na adres pomoc@przyklad.pl z adresu przypisanego do "
      "konta."], ["email"]),
    (["Запрос на удаление", "Отправьте письмо на help@example.ru с адреса, указанного при "
      "регистрации."], ["email"]),
    (["Begäran om radering", "Mejla oss på hjalp@exempel.se från den adress du registrerade dig "
      "med."], ["email"]),
    (["삭제 요청", "가입하신 이메일 주소로 help@example.kr 에 메일을 보내 주세요."], ["email"]),
    (["Zahtjev za brisanje", "Pošaljite e-mail na pomoc@primjer.hr s adrese na koju je "
      "registriran račun."], ["email"]),
    # erasure, the data-protection word, names the deletion
    (["سجلات العضوية", "يمكنك أن تطلب محو بياناتك الشخصية: راسلنا على help@example.com."],
     ["email"]),
    (["Vos données", "Pour demander l'effacement de vos données, écrivez à dpo@exemple.fr."],
     ["email"]),
    (["Tus datos", "Para solicitar la supresión de tus datos, escribe a privacidad@ejemplo.es."],
     ["email"]),
    (["個人データ", "データの消去をご希望の場合は、help@example.jp までメールでご連絡ください。"],
     ["email"]),
    # a visit to a reception or front desk
    (["Delete your membership account", "To delete your account, ask at the front desk of your "
      "gym."], ["in_person"]),
    (["حذف الحساب", "لحذف حسابك توجه إلى مكتب الاستعلامات في النادي."], ["in_person"]),
    (["Usuwanie konta", "Aby usunąć konto, zgłoś się w recepcji klubu z dokumentem."],
     ["in_person"]),
    (["Mitgliedskonto löschen", "Um dein Konto zu löschen, melde dich an der Rezeption deines "
      "Studios."], ["in_person"]),
    (["退会について", "退会をご希望の方は、フロントにてお手続きください。"], ["in_person"]),
    (["注销会员", "如需注销账号，请到前台办理。"], ["in_person"]),
    # a request on an issue tracker: its address on any host, or the tracker named
    (["Delete your account", "To delete your account, file a request on our tracker: "
      "git.example.org/app/issues"], ["ticket"]),
    (["Konto löschen", "Um dein Konto zu löschen, schreib einen Antrag unter "
      "code.beispiel.de/team/app/issues."], ["ticket"]),
    (["Deleting your account", "To delete your account, post a request through the public issue "
      "tracker."], ["ticket"]),
    # zh: going to ("找") the support staff; adding the support's messenger account
    (["注销账号", "如果在应用里删不掉，可以找我们的技术人员帮你注销账号。"], ["support"]),
    (["註銷帳號", "若無法自行註銷，可以找我們的客服代為處理。"], ["support"]),
    (["注销账号", "如需注销账号，请添加客服微信并备注“注销”。"], ["chat"]),
    (["註銷帳號", "如需註銷帳號，請加入我們的官方LINE並留言。"], ["chat"]),
])
def test_offline_ways_after_heldout12(items, channels):
    assert ways(*items) == [channels]


@pytest.mark.parametrize("self_service,with_email", [
    # en: type the address, the app sends a sign-in link to it; a button sends the link
    (["Delete account", "If you have removed the app, enter your account e-mail below and we "
      "will send a sign-in link to that e-mail.", "Send link to my e-mail"],
     ["Delete account", "E-mail us at help@example.com from your account address; we will send "
      "a confirmation link to your e-mail."]),
    # id: the app sends a code to that address
    (["Hapus akun", "Sudah menghapus aplikasinya? Ketik email akunmu di kolom ini, lalu kami "
      "kirim kode ke email tersebut.", "Kirim kode ke email saya"],
     ["Hapus akun", "Kirim email ke bantuan@contoh.id dari alamat akunmu; kami kirim kode ke "
      "email tersebut."]),
    # es: the app sends a link to that address
    (["Eliminar cuenta", "Introduce tu correo abajo y te mandamos un enlace a ese correo para "
      "confirmar.", "Enviar enlace a mi correo"],
     ["Eliminar cuenta", "Envíanos un correo a ayuda@ejemplo.es y te mandaremos un enlace a tu "
      "correo para confirmar."]),
])
def test_a_link_the_app_sends_is_no_channel(self_service, with_email):
    """A link or code the app sends to the person's own address is self-service checked online
    (no finding); an e-mail the person must send beside it is still the way (one finding,
    e-mail), so the link is blanked out, not the sentence."""
    assert ways(*self_service) == []
    assert ways(*with_email) == [["email"]]

"""The way out of an app in the 26 lexicon languages beyond the first ten: which button goes on
with the deletion ("proceed") and which turns back ("retreat"), from the hand blocks of
detectors/lexicons/choices.yaml.

Every label here was written for this test (none is taken from a corpus); the expected way was
worked out by hand from what the words say a tap does. Each language has a label of every kind
of the file — retreat_first (turns back although it names the deletion), proceed_first (goes on
although it holds a word of turning back), proceed, retreat — and two near misses: the same
words in another sense, or another language's word that looks alike, which must stay None.
Each is classified with the screen's language and with no language known (then every
language's words are tried, so a clash between languages shows up here).
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors.choices import classify, names_leaving
from cancelcheck.words import LANGUAGES

R, P = "retreat", "proceed"

# (language, label, way, names the leaving itself: a *_first kind)
CASES = [
    # Italian
    ("it", "No, non eliminare il mio account", R, True),
    ("it", "Disdici l'abbonamento", P, True),
    ("it", "Elimina definitivamente il mio account", P, False),
    ("it", "Torna alla pagina iniziale", R, False),
    # Dutch
    ("nl", "Nee, account niet verwijderen", R, True),
    ("nl", "Mijn abonnement opzeggen", P, True),
    ("nl", "Verwijder mijn account definitief", P, False),
    ("nl", "Ga terug naar de startpagina", R, False),
    # Polish
    ("pl", "Nie usuwaj mojego konta", R, True),
    ("pl", "Anuluj subskrypcję", P, True),
    ("pl", "Usuń konto na zawsze", P, False),
    ("pl", "Wróć do ustawień", R, False),
    # Turkish
    ("tr", "Silmek istemiyorum", R, True),
    ("tr", "Aboneliğimi iptal et", P, True),
    ("tr", "Hesabımı kalıcı olarak sil", P, False),
    ("tr", "Ana sayfaya geri dön", R, False),
    # Arabic
    ("ar", "لا تحذف حسابي", R, True),
    ("ar", "إلغاء الاشتراك الشهري", P, True),
    ("ar", "احذف الحساب نهائيا", P, False),
    ("ar", "العودة إلى الإعدادات", R, False),
    # Hebrew
    ("he", "אל תמחק את החשבון שלי", R, True),
    ("he", "בטל את המנוי שלי", P, True),
    ("he", "מחק את החשבון לצמיתות", P, False),
    ("he", "חזרה להגדרות", R, False),
    # Hindi
    ("hi", "मेरा खाता न हटाएं", R, True),
    ("hi", "मेरी सदस्यता रद्द करें", P, True),
    ("hi", "मेरा खाता स्थायी रूप से हटाएं", P, False),
    ("hi", "वापस सेटिंग्स पर जाएं", R, False),
    # Indonesian
    ("id", "Jangan hapus akun saya", R, True),
    ("id", "Berhenti berlangganan sekarang", P, True),
    ("id", "Hapus akun secara permanen", P, False),
    ("id", "Kembali ke pengaturan", R, False),
    # Vietnamese
    ("vi", "Không xóa tài khoản của tôi", R, True),
    ("vi", "Hủy đăng ký gói Premium", P, True),
    ("vi", "Xóa vĩnh viễn tài khoản", P, False),
    ("vi", "Quay lại cài đặt", R, False),
    # Thai
    ("th", "ไม่ลบบัญชีของฉัน", R, True),
    ("th", "ยกเลิกการสมัครสมาชิกรายเดือน", P, True),
    ("th", "ลบบัญชีอย่างถาวร", P, False),
    ("th", "กลับไปที่การตั้งค่า", R, False),
    # Swedish
    ("sv", "Nej, ta inte bort mitt konto", R, True),
    ("sv", "Säg upp min prenumeration", P, True),
    ("sv", "Radera mitt konto för alltid", P, False),
    ("sv", "Gå tillbaka till inställningar", R, False),
    # Danish
    ("da", "Behold min konto", R, True),
    ("da", "Opsig mit abonnement", P, True),
    ("da", "Slet min konto permanent", P, False),
    ("da", "Gå tilbage til indstillinger", R, False),
    # Norwegian Bokmål
    ("nb", "Ikke slett kontoen min", R, True),
    ("nb", "Si opp abonnementet", P, True),
    ("nb", "Slett kontoen min for godt", P, False),
    ("nb", "Gå tilbake til innstillinger", R, False),
    # Finnish
    ("fi", "Älä poista tiliäni", R, True),
    ("fi", "Peruuta tilaus", P, True),
    ("fi", "Poista tili pysyvästi", P, False),
    ("fi", "Palaa asetuksiin", R, False),
    # Czech
    ("cs", "Ne, nemazat můj účet", R, True),
    ("cs", "Zrušit předplatné", P, True),
    ("cs", "Smazat můj účet", P, False),
    ("cs", "Zpět do nastavení", R, False),
    # Ukrainian
    ("uk", "Не видаляти мій обліковий запис", R, True),
    ("uk", "Скасувати підписку", P, True),
    ("uk", "Видалити обліковий запис назавжди", P, False),
    ("uk", "Повернутися до налаштувань", R, False),
    # Greek
    ("el", "Μην διαγράψετε τον λογαριασμό μου", R, True),
    ("el", "Ακύρωση συνδρομής", P, True),
    ("el", "Οριστική διαγραφή λογαριασμού", P, False),
    ("el", "Επιστροφή στις ρυθμίσεις", R, False),
    # Hungarian
    ("hu", "Nem akarom törölni a fiókomat", R, True),
    ("hu", "Előfizetés lemondása", P, True),
    ("hu", "Fiók végleges törlése", P, False),
    ("hu", "Vissza a beállításokhoz", R, False),
    # Romanian
    ("ro", "Nu, nu șterge contul meu", R, True),
    ("ro", "Anulează abonamentul", P, True),
    ("ro", "Șterge contul definitiv", P, False),
    ("ro", "Înapoi la setări", R, False),
    # Slovak
    ("sk", "Nie, nemazať môj účet", R, True),
    ("sk", "Zrušiť moje predplatné", P, True),
    ("sk", "Natrvalo vymazať môj účet", P, False),
    ("sk", "Späť do nastavení", R, False),
    # Croatian
    ("hr", "Ne, nemojte brisati moj račun", R, True),
    ("hr", "Otkaži moju pretplatu", P, True),
    ("hr", "Trajno izbriši moj korisnički račun", P, False),
    ("hr", "Natrag na postavke", R, False),
    # Slovene
    ("sl", "Ne, ne izbriši mojega računa", R, True),
    ("sl", "Prekliči naročnino", P, True),
    ("sl", "Trajno izbriši uporabniški račun", P, False),
    ("sl", "Nazaj na nastavitve", R, False),
    # Bulgarian
    ("bg", "Не изтривай профила ми", R, True),
    ("bg", "Откажи абонамента", P, True),
    ("bg", "Изтрий профила завинаги", P, False),
    ("bg", "Назад към настройките", R, False),
    # Lithuanian
    ("lt", "Ne, netrinti mano paskyros", R, True),
    ("lt", "Atšaukti mano prenumeratą", P, True),
    ("lt", "Visam laikui ištrinti mano paskyrą", P, False),
    ("lt", "Grįžti į nustatymus", R, False),
    # Latvian
    ("lv", "Nē, nedzēst manu kontu", R, True),
    ("lv", "Atcelt manu abonementu", P, True),
    ("lv", "Neatgriezeniski dzēst manu kontu", P, False),
    ("lv", "Atpakaļ uz iestatījumiem", R, False),
    # Estonian
    ("et", "Ei, ära kustuta minu kontot", R, True),
    ("et", "Tühista minu tellimus", P, True),
    ("et", "Kustuta minu konto jäädavalt", P, False),
    ("et", "Tagasi seadetesse", R, False),
]

# the forms of the four kinds beyond the first label of each, in several languages
FORMS = [
    ("it", "Ho cambiato idea", R, True),
    ("it", "Elimina comunque", P, True),
    ("nl", "Ik heb me bedacht", R, True),
    ("nl", "Toch verwijderen", P, True),
    ("pl", "Zmieniłem zdanie", R, True),
    ("pl", "Usuń mimo to", P, True),
    ("tr", "Fikrimi değiştirdim", R, True),
    ("tr", "Yine de sil", P, True),
    ("tr", "Teklifi kabul et", R, True),
    ("sv", "Jag har ändrat mig", R, True),
    ("sv", "Radera ändå", P, True),
    ("da", "Slet alligevel", P, True),
    ("nb", "Jeg har ombestemt meg", R, True),
    ("fi", "Muutin mieleni", R, True),
    ("fi", "Poista silti", P, True),
    ("fi", "Ei kiitos, haluan silti lopettaa", P, True),
    ("cs", "Rozmyslel jsem si to", R, True),
    ("cs", "Přesto smazat", P, True),
    ("uk", "Я передумав", R, True),
    ("uk", "Все одно видалити", P, True),
    ("el", "Άλλαξα γνώμη", R, True),
    ("hu", "Meggondoltam magam", R, True),
    ("hu", "Mégis törlöm", P, True),
    ("ro", "M-am răzgândit", R, True),
    ("ro", "Şterge oricum", P, True),          # s-cedilla, as older Romanian fonts write it
    ("id", "Saya berubah pikiran", R, True),
    ("id", "Tetap hapus", P, True),
    ("vi", "Tôi đã đổi ý", R, True),
    ("vi", "Vẫn xóa", P, True),
    ("th", "ฉันเปลี่ยนใจแล้ว", R, True),
    ("he", "שיניתי את דעתי", R, True),
    ("ar", "غيرت رأيي", R, True),
    ("hi", "मैंने अपना मन बदल दिया", R, True),
    ("it", "Accetta l'offerta del 50%", R, True),
    ("pl", "Skorzystaj z oferty", R, True),
    ("sv", "Pausa istället", R, True),
    ("nl", "Pauzeren in plaats daarvan", R, True),
    ("fi", "Keskeytä sen sijaan", R, True),
    ("sk", "Rozmyslel som si to", R, True),
    ("sk", "Napriek tomu vymazať", P, True),
    ("sk", "Využite ponuku 30 % zľavy", R, True),
    ("sk", "Pozastaviť účet namiesto toho", R, True),
    ("sk", "Áno, vymazať účet", P, True),               # the final confirmation
    ("sk", "Potvrdiť vymazanie", P, False),
    ("hr", "Predomislio sam se", R, True),
    ("hr", "Ipak izbriši", P, True),
    ("hr", "Prihvati ponudu od 40 % popusta", R, True),
    ("hr", "Zamrzni račun umjesto toga", R, True),
    ("hr", "Da, izbriši račun", P, True),                # the final confirmation
    ("hr", "Potvrdi brisanje", P, False),
    ("sl", "Premislil sem si", R, True),
    ("sl", "Vseeno izbriši", P, True),
    ("sl", "Izkoristi 40-odstotni popust", R, True),
    ("sl", "Skrij profil namesto tega", R, True),
    ("sl", "Da, izbriši račun", P, True),                # the final confirmation
    ("sl", "Potrdi izbris", P, False),
    ("bg", "Промених решението си", R, True),
    ("bg", "Изтрий въпреки това", P, True),
    ("bg", "Приеми офертата с 40 % отстъпка", R, True),
    ("bg", "Скрий профила вместо това", R, True),
    ("bg", "Да, изтрий профила", P, True),               # the final confirmation
    ("bg", "Потвърди изтриването", P, False),
    ("lt", "Persigalvojau", R, True),
    ("lt", "Vis tiek ištrinti", P, True),
    ("lt", "Pasinaudokite 30 % nuolaida", R, True),
    ("lt", "Vietoj to pristabdyti paskyrą", R, True),
    ("lt", "Taip, ištrinti paskyrą", P, True),              # the final confirmation
    ("lt", "Patvirtinti ištrynimą", P, False),
    ("lv", "Es pārdomāju", R, True),
    ("lv", "Tomēr dzēst", P, True),
    ("lv", "Izmantojiet 30 % atlaidi", R, True),
    ("lv", "Tā vietā apturēt kontu", R, True),
    ("lv", "Jā, dzēst kontu", P, True),                   # the final confirmation
    ("lv", "Apstiprināt dzēšanu", P, False),
    ("et", "Mõtlesin ümber", R, True),
    ("et", "Kustuta ikkagi", P, True),
    ("et", "Kasutage 30% allahindlust", R, True),
    ("et", "Peata konto selle asemel", R, True),
    ("et", "Jah, kustuta konto", P, True),                # the final confirmation
    ("et", "Kinnita kustutamine", P, False),
]

# the same words in another sense, or a word of one language that another language also writes
NEAR_MISSES = [
    ("it", "Annulla le modifiche"),                 # annulla = undo, not the deletion
    ("it", "Resta aggiornato sulle novità"),        # resta = stay informed, not stay a member
    ("nl", "Je kunt je abonnement op elk moment opzeggen"),   # a statement about cancelling
    ("nl", "Nu niet beschikbaar"),                  # Dutch "nu" (now), not Romanian "nu" (no)
    ("pl", "Zachowaj notatkę"),                     # zachowaj = save a note
    ("pl", "Tak wygląda twój profil"),              # tak = "so", not "yes"
    ("tr", "Geri ödeme tutarı"),                    # geri ödeme = refund, not "back"
    ("tr", "Kampanya kullanım koşulları"),          # the campaign's terms of use
    ("ar", "تم حذف الحساب"),                        # the account has been deleted: a notice
    ("ar", "عرض الملف الشخصي"),                     # عرض = view, not an offer
    ("he", "שמור שינויים"),                          # save changes
    ("he", "מחקר שוק"),                              # מחקר (research) begins like מחק (delete)
    ("hi", "बटन हटाना आसान है"),                    # a statement; बटन ends in न
    ("hi", "वापसी नीति"),                            # वापसी = refund, not back
    ("id", "Pelanggan telah menghapus akunnya"),   # a report of a past deletion
    ("id", "Simpan profil"),                         # simpan = save an edited profile
    ("vi", "Không xóa được tệp"),                   # the file could not be deleted
    ("vi", "Có lỗi xảy ra"),                         # có = "there is", not "yes"
    ("th", "ลบที่อยู่แล้ว"),                         # the address has been deleted
    ("th", "หยุดใช้ข้อเสนอ"),                        # stop using the offer (an admin action)
    ("sv", "Ta en titt på rabatterna"),           # take a look at the discounts: no offer taken
    ("sv", "Kunde inte radera filen"),              # an error message
    ("da", "Kunne ikke slette filen"),              # an error message
    ("da", "Tak for din besked"),                   # Danish "tak" (thanks), not Polish "tak"
    ("da", "Ja, nej"),                               # a yes/no display format, not a choice
    ("nb", "Kunne ikke slette bildet"),             # an error message
    ("nb", "Behold the new features"),              # English "behold"
    ("fi", "Jään reunat sulavat"),                  # jään = of the ice
    ("fi", "Poista suodattimet käytöstä hetkeksi"), # switch filters off: no account, no data
    ("cs", "Zůstanu přihlášen"),                    # stay signed in
    ("cs", "Ano 2024"),                              # Portuguese "ano" (year), not Czech "ano"
    ("uk", "Зберегти зміни профілю"),                # save the profile's changes
    ("uk", "Так виглядає ваш профіль"),              # так = "so", not "yes"
    ("el", "Μη διαγραμμένα μηνύματα"),               # undeleted messages
    ("el", "Διατήρηση δεδομένων"),                   # data retention, a settings heading
    ("hu", "Adatok megőrzése"),                      # data retention
    ("hu", "Maradok bejelentkezve"),                # stay signed in
    ("ro", "Rămân conectat"),                        # stay signed in
    ("ro", "Da capo"),                               # Italian, not Romanian "da" (yes)
    ("sk", "Režim Nerušiť"),                        # do-not-disturb mode, not "do not cancel"
    ("sk", "Zostanem prihlásený"),                  # stay signed in
    ("sk", "Uložiť zmeny profilu"),                 # save the profile's changes
    ("hr", "Ostajem prijavljen"),                   # stay signed in
    ("hr", "Poništi promjene"),                      # undo the edits, not the deletion
    ("hr", "Zadrži zaslon uključenim"),             # keep the screen on: no account kept
    ("sl", "Ostanem prijavljen"),                   # stay signed in
    ("sl", "Nastavi opomnik"),                      # set a reminder (Croatian "nastavi": continue)
    ("sl", "Prekliči urejanje"),                    # cancel the editing, not the deletion
    ("bg", "Запази промените в профила"),           # save the profile's changes
    ("bg", "Оставам вписан"),                        # stay signed in
    ("bg", "Въведете паролата си, за да изтриете профила"),   # the field's instruction (prompt)
    ("bg", "Изтриване на профила: въведете паролата си."),   # a sentence asking for the password
    ("lt", "Lieku prisijungęs"),                    # stay signed in
    ("lt", "Išsaugoti profilio pakeitimus"),        # save the profile's changes
    ("lt", "Atšaukti pakeitimus"),                  # undo the edits, not the deletion
    ("lv", "Palieku pierakstījies"),                # stay signed in
    ("lv", "Saglabāt profila izmaiņas"),            # save the profile's changes
    ("lv", "Atcelt izmaiņas"),                      # undo the edits, not the deletion
    ("et", "Jää sisselogituks"),                    # stay signed in
    ("et", "Salvesta profiili muudatused"),         # save the profile's changes
    ("et", "Tühista muudatused"),                   # undo the edits, not the deletion
]


def _id(case) -> str:
    return f"{case[0]}:{case[1]}"


def test_every_new_language_has_every_kind():
    first_ten = {"en", "zh-Hans", "zh-Hant", "de", "fr", "es", "pt", "ja", "ko", "ru"}
    new = set(LANGUAGES) - first_ten
    assert len(new) == 26
    for lang in new:
        rows = [c for c in CASES if c[0] == lang]
        assert {(way, first) for _, _, way, first in rows} == {
            (R, True), (P, True), (P, False), (R, False)}, lang
        assert sum(1 for m in NEAR_MISSES if m[0] == lang) >= 2, lang


@pytest.mark.parametrize("known", [True, False], ids=["language", "no-language"])
@pytest.mark.parametrize("case", CASES + FORMS, ids=_id)
def test_way(case, known):
    lang, label, way, first = case
    given = lang if known else None
    assert classify(label, given) == way
    assert names_leaving(label, given) is first


@pytest.mark.parametrize("case", NEAR_MISSES, ids=_id)
def test_near_misses_are_neither(case):
    lang, label = case
    assert classify(label, lang) is None
    assert classify(label, None) is None


@pytest.mark.parametrize("label", ["Resta", "Kal", "Tak for din besked", "Nu niet"])
def test_a_short_word_of_two_languages_is_not_read_without_a_language(label):
    """Italian "resta" (stay) is Spanish "subtract", Turkish "kal" (stay) a kilocalorie, Danish
    "tak" (thanks) Polish "yes", Dutch "nu" (now) Romanian "no": alone, with no language known,
    they say nothing of the way out."""
    assert classify(label, None) is None

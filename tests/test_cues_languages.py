"""The explorer's hand-written cue files for the lexicon languages that had only the catalog's
single words (flows/cues/<lang>.yaml: it nl pl tr ar he hi id vi th sv da fi nb cs uk el hu
ro, then sk sl hr bg, then lt lv et): the phrases a deletion flow uses, and the near misses that must not
match.

Labels written for this test (not copied from the cue files). Each positive was checked once
not to match with the cue files of before these languages were added (catalog words only);
each near miss was checked by hand: the label is not what the section marks."""
import pytest

from cancelcheck import words
from cancelcheck.flows.cues import CUE_DIR, cues

NEW = ("it", "nl", "pl", "tr", "ar", "he", "hi", "id", "vi", "th", "sv", "da", "fi", "nb",
       "cs", "uk", "el", "hu", "ro", "sk", "sl", "hr", "bg", "lt", "lv", "et")

POSITIVE = [
    # Italian
    ("it", "entry", "Elimina il mio account"),
    ("it", "final_strong", "Sì, elimina tutto"),
    ("it", "warning", "L'operazione non può essere annullata."),
    ("it", "forbidden", "Acquista Premium"),
    # Dutch
    ("nl", "entry", "Account opheffen"),
    ("nl", "final_strong", "Ja, verwijder mijn gegevens"),
    ("nl", "asks_sure", "Wilt u echt vertrekken?"),
    ("nl", "forbidden", "Nu kopen"),
    # Polish
    ("pl", "entry", "Usuń moje konto"),
    ("pl", "final_strong", "Tak, usuń konto"),
    ("pl", "asks_sure", "Czy na pewno chcesz odejść?"),
    ("pl", "forbidden", "Kup teraz za 9,99 zł"),
    # Turkish
    ("tr", "entry", "Hesabımı sil"),
    ("tr", "final_strong", "Silmeyi onayla"),
    ("tr", "warning", "Bu işlem geri alınamaz."),
    ("tr", "forbidden", "Hemen satın al"),
    # Arabic
    ("ar", "entry", "حذف حسابي"),
    ("ar", "final_strong", "تأكيد الحذف"),
    ("ar", "asks_sure", "هل تريد حقًا المغادرة؟"),
    ("ar", "forbidden", "اشترك الآن"),
    # Hebrew
    ("he", "entry", "מחיקת החשבון שלי"),
    ("he", "final_strong", "כן, מחק הכול"),
    ("he", "warning", "פעולה זו בלתי הפיכה"),
    ("he", "forbidden", "שדרג לפרימיום"),
    # Hindi
    ("hi", "entry", "अकाउंट डिलीट करें"),
    ("hi", "final_strong", "हमेशा के लिए हटाएं"),
    ("hi", "asks_sure", "क्या आप वाकई जाना चाहते हैं?"),
    ("hi", "forbidden", "अभी खरीदें"),
    # Indonesian
    ("id", "entry", "Tutup akun"),
    ("id", "final_strong", "Ya, hapus semuanya"),
    ("id", "warning", "Tindakan ini tidak dapat dibatalkan."),
    ("id", "forbidden", "Bayar sekarang"),
    # Vietnamese
    ("vi", "entry", "Đóng tài khoản"),
    ("vi", "final_strong", "Xoá vĩnh viễn"),
    ("vi", "asks_sure", "Bạn có chắc muốn rời đi?"),
    ("vi", "forbidden", "Mua ngay"),
    # Thai
    ("th", "entry", "ปิดบัญชี"),
    ("th", "final_strong", "ยืนยันการลบ"),
    ("th", "asks_sure", "แน่ใจไหม"),
    ("th", "forbidden", "ซื้อเลย"),
    # Swedish
    ("sv", "entry", "Radera mitt konto"),
    ("sv", "final_strong", "Ja, ta bort kontot"),
    ("sv", "warning", "Detta kan inte ångras."),
    ("sv", "forbidden", "Köp nu"),
    # Danish
    ("da", "entry", "Slet min konto"),
    ("da", "final_strong", "Ja, slet kontoen"),
    ("da", "warning", "Handlingen kan ikke fortrydes."),
    ("da", "forbidden", "Køb nu"),
    # Norwegian Bokmål
    ("nb", "entry", "Slett kontoen din"),
    ("nb", "final_strong", "Ja, slett kontoen"),
    ("nb", "asks_sure", "Vil du virkelig gå?"),
    ("nb", "forbidden", "Kjøp nå"),
    # Finnish
    ("fi", "entry", "Sulje tilini"),
    ("fi", "final_strong", "Kyllä, poista tili"),
    ("fi", "asks_sure", "Haluatko varmasti lähteä?"),
    ("fi", "forbidden", "Osta nyt"),
    # Czech
    ("cs", "entry", "Zrušit účet"),
    ("cs", "final_strong", "Potvrdit smazání"),
    ("cs", "warning", "Tuto akci nelze vrátit zpět."),
    ("cs", "forbidden", "Přidat do košíku"),
    # Ukrainian
    ("uk", "entry", "Видалити мій акаунт"),
    ("uk", "final_strong", "Підтвердити видалення"),
    ("uk", "asks_sure", "Ви дійсно хочете піти?"),
    ("uk", "forbidden", "Купити зараз"),
    # Greek
    ("el", "entry", "Κλείσιμο λογαριασμού"),
    ("el", "final_strong", "Ναι, διαγράψτε τα"),
    ("el", "warning", "Η ενέργεια δεν μπορεί να αναιρεθεί."),
    ("el", "forbidden", "Αναβάθμιση σε Premium"),
    # Hungarian
    ("hu", "entry", "Fiók törlése"),
    ("hu", "final_strong", "Igen, törlöm a fiókot"),
    ("hu", "warning", "Ez a művelet nem vonható vissza."),
    ("hu", "forbidden", "Kosárba teszem"),
    # Romanian (comma-below and cedilla spellings)
    ("ro", "entry", "Șterge-mi contul"),
    ("ro", "entry", "Ştergeţi contul"),
    ("ro", "final_strong", "Confirmă ștergerea"),
    ("ro", "asks_sure", "Chiar vrei să pleci?"),
    ("ro", "forbidden", "Cumpără acum"),
    # Slovak
    ("sk", "entry", "Zmazať účet"),
    ("sk", "final_strong", "Áno, zmazať všetko"),
    ("sk", "retreat", "Ponechať si účet"),
    ("sk", "warning", "Túto akciu nie je možné vrátiť späť."),
    ("sk", "asks_sure", "Naozaj chcete odísť?"),
    ("sk", "forbidden", "Prejsť na Premium"),
    # Slovene
    ("sl", "entry", "Izbriši moj račun"),
    ("sl", "final_strong", "Da, izbriši vse"),
    ("sl", "retreat", "Obdrži račun"),
    ("sl", "warning", "Računa po izbrisu ni mogoče obnoviti."),
    ("sl", "asks_sure", "Ali res želite oditi?"),
    ("sl", "forbidden", "Kupi zdaj"),
    # Croatian
    ("hr", "entry", "Brisanje korisničkog računa"),
    ("hr", "final_strong", "Izbriši zauvijek"),
    ("hr", "retreat", "Zadrži račun"),
    ("hr", "warning", "Ova se radnja ne može poništiti."),
    ("hr", "asks_sure", "Želite li zaista otići?"),
    ("hr", "forbidden", "Pretplati se na Premium"),
    # Bulgarian (no cases: the article is a suffix, акаунт → акаунта)
    ("bg", "entry", "Закриване на акаунта"),
    ("bg", "final_strong", "Да, изтрий всичко"),
    ("bg", "retreat", "Запази акаунта"),
    ("bg", "warning", "Това действие не може да бъде отменено."),
    ("bg", "asks_sure", "Наистина ли искате да напуснете?"),
    ("bg", "forbidden", "Купи сега"),
    # Lithuanian (seven cases: paskyra, paskyrą, paskyros)
    ("lt", "entry", "Ištrinti mano paskyrą"),
    ("lt", "entry", "Paskyros panaikinimas"),
    ("lt", "final_strong", "Taip, ištrinti visus duomenis"),
    ("lt", "retreat", "Pasilikti paskyrą"),
    ("lt", "warning", "Šio veiksmo nebus galima atšaukti."),
    ("lt", "asks_sure", "Ar tikrai norite mus palikti?"),
    ("lt", "forbidden", "Pereiti prie Premium"),
    # Latvian (konts, kontu, konta)
    ("lv", "entry", "Dzēst manu kontu"),
    ("lv", "entry", "Konta slēgšana"),
    ("lv", "final_strong", "Jā, dzēst visus datus"),
    ("lv", "retreat", "Paturēt kontu"),
    ("lv", "warning", "Šo darbību nevarēs atsaukt."),
    ("lv", "asks_sure", "Vai tiešām vēlaties mūs pamest?"),
    ("lv", "forbidden", "Pāriet uz Premium"),
    # Estonian (14 cases; the plural imperative beside the singular)
    ("et", "entry", "Kustutage oma konto"),
    ("et", "entry", "Kasutajakonto kustutamine"),
    ("et", "final_strong", "Jah, kustuta kõik andmed"),
    ("et", "retreat", "Jäta konto alles"),
    ("et", "warning", "Seda toimingut ei saa tagasi võtta."),
    ("et", "asks_sure", "Kas soovite tõesti lahkuda?"),
    ("et", "forbidden", "Telli kohe"),
]

# Labels that look like a cue but are not one; in brackets the word it must not be taken for.
NEAR_MISS = [
    ("account", "Contact"),                  # ro "cont" is a whole label only
    ("account", "Conto corrente"),           # it bank account, not the app's account
    ("forbidden", "Compravendita"),          # it "=compra" whole label
    ("forbidden", "Kupon rabatowy"),         # pl "=kup" whole label
    ("forbidden", "Verkoop"),                # nl "=koop" whole label, compound part
    ("forbidden", "Rebellen"),               # nl "bellen" (call) as a compound's last part
    ("forbidden", "Keluarga"),               # id "keluar" (log out) begins "keluarga" (family)
    ("forbidden", "Ring"),                   # sv/da/nb "ring" (call) vs English "ring"
    ("forbidden", "การสั่งซื้อ"),              # th orders, not "buy"
    ("forbidden", "Vă rugăm să ne contactați"),  # ro contact, not call
    ("final_strong", "Profiliniz şimdi silindi"),  # tr "was deleted", not "delete now"
    ("warning", "Das ist definitiv besser"),      # de "definitiv", not ro "definitiv"
    ("entry", "Zrušit"),                     # cs "cancel" alone, not "cancel the account"
    ("deactivate", "Pausa"),                 # es/it/pt video pause, not sv "pausa kontot"
    ("deactivate", "Παύση"),                 # el video pause
    ("forbidden", "Betalningsmetod"),        # sv payment method, not "pay" (=betala)
    ("settings", "Thiết lập lại"),           # vi "reset", not settings
    ("placeholder", "Tùy chọn"),             # vi "options", not "choose"
    ("retreat", "बाद में भुगतान करें"),        # hi "pay later": not "later"
    ("field_reason", "Motiv"),               # de picture motif, not ro "motiv" (reason)
    ("asks_sure", "Sicuramente"),            # it "surely" alone asks nothing
    ("account", "Paskyrimas"),               # lt appointment, not "paskyra" (account)
    ("forbidden", "Galime jums paskambinti dėl užsakymo"),  # lt "we may call you": no call button
    ("forbidden", "Zvanu vēsture"),          # lv call history, not "=zvanīt" (call)
    ("account", "Kontakti"),                 # lv contacts, not a case of "konts"
    ("agree", "Olete e-posti aadressi kinnitanud"),  # et "you have confirmed": no box to tick
    ("deactivate", "See kupong on juba deaktiveeritud"),  # et a coupon already deactivated
]


def test_every_new_language_has_its_file():
    for lang in NEW:
        assert (CUE_DIR / f"{lang}.yaml").is_file(), lang
        assert words.canonical(lang) == lang


@pytest.mark.parametrize("lang, section, label", POSITIVE)
def test_a_deletion_flow_phrase_is_read_in_its_language(lang, section, label):
    assert cues().has(section, label), (lang, section, label)


def test_each_new_language_covers_the_deletion_steps():
    seen = {(lang, section) for lang, section, _ in POSITIVE}
    for lang in NEW:
        for section in ("entry", "final_strong", "forbidden"):
            assert (lang, section) in seen, (lang, section)
        assert (lang, "warning") in seen or (lang, "asks_sure") in seen, lang


@pytest.mark.parametrize("section, label", NEAR_MISS)
def test_a_near_miss_is_not_read_as_the_cue(section, label):
    assert not cues().has(section, label), (section, label)


@pytest.mark.parametrize("label, phrase", [
    ("Digita ELIMINA per confermare", "ELIMINA"),
    ("Typ 'VERWIJDEREN' om te bevestigen", "VERWIJDEREN"),
    ("Wpisz „USUŃ”, aby potwierdzić", "USUŃ"),
    ("Skriv RADERA för att bekräfta", "RADERA"),
    ("Введіть «ВИДАЛИТИ»", "ВИДАЛИТИ"),
    ("Napíšte ZMAZAŤ na potvrdenie", "ZMAZAŤ"),
    ("Vpišite »IZBRIŠI« za potrditev", "IZBRIŠI"),
    ("Upišite „OBRIŠI“ za potvrdu", "OBRIŠI"),
    ("Напишете ИЗТРИЙ за потвърждение", "ИЗТРИЙ"),
])
def test_the_phrase_to_type_is_read_in_a_new_language(label, phrase):
    assert cues().field_phrase.search(label) == phrase


@pytest.mark.parametrize("label", [
    "Введіть пароль",            # uk "enter the password": a field, no phrase to copy
    "Kirjoita viesti",           # fi "write a message"
    "Wpisz adres e-mail",        # pl "enter the e-mail address"
])
def test_an_ordinary_field_prompt_asks_for_no_phrase(label):
    assert cues().field_phrase.search(label) is None


# sk sl hr bg lt lv et: a cue of the new file beside its near miss, on a screen in that language. The
# cue is read only with the new file (checked: each fails with the file moved aside); the near
# miss, checked by hand, is not what the section marks.
CUE_AND_NEAR_MISS = [
    ("sk", "gone", "Účet sa nenašiel", "Ponuka bola odstránená"),      # an offer removed
    ("sl", "gone", "Računa ni bilo mogoče najti", "Kupon je izbrisan"),  # a coupon deleted
    ("bg", "gone", "Акаунтът не съществува", "Файлът не съществува"),  # the file, not the account
    ("hr", "final_strong", "Izbriši sada", "Izbrisano"),                # "deleted": done, not delete
    ("lt", "gone", "Paskyra nerasta", "Kuponas nerastas"),             # a coupon not found
    ("lt", "warning", "Šio veiksmo negalima atšaukti", "Užsakymo negalima atšaukti"),  # cannot cancel an order
    ("lv", "gone", "Konts nav atrasts", "Kupons nav atrasts"),           # a coupon not found
    ("lv", "warning", "Šo darbību nevar atsaukt", "Pasūtījumu nevar atcelt"),  # cannot cancel an order
    ("et", "gone", "Kontot ei leitud", "Faili ei leitud"),               # a file not found
    ("et", "warning", "Seda toimingut ei saa tagasi võtta", "Tellimust ei saa tühistada"),  # cannot cancel an order
]


@pytest.mark.parametrize("lang, section, cue, near_miss", CUE_AND_NEAR_MISS)
def test_a_new_language_tells_its_cue_from_a_near_miss(lang, section, cue, near_miss):
    assert cues(lang).has(section, cue), (lang, section, cue)
    assert not cues(lang).has(section, near_miss), (lang, section, near_miss)


@pytest.mark.parametrize("lang, label, phrase, prompt", [
    ("sk", "Zadajte ZMAZAŤ na potvrdenie", "ZMAZAŤ", "Zadajte heslo na potvrdenie"),
    ("hr", "Unesite IZBRIŠI za potvrdu", "IZBRIŠI", "Unesite lozinku za potvrdu"),
    ("bg", "Въведете ИЗТРИЙ за потвърждение", "ИЗТРИЙ", "Въведете паролата за потвърждение"),
    ("lt", "Įveskite IŠTRINTI, kad patvirtintumėte", "IŠTRINTI",
     "Įveskite slaptažodį, kad patvirtintumėte"),
    ("lv", "Ierakstiet DZĒST, lai apstiprinātu", "DZĒST", "Ievadiet paroli, lai apstiprinātu"),
    ("et", "Sisestage KUSTUTA kinnitamiseks", "KUSTUTA", "Sisestage parool kinnitamiseks"),
])
def test_an_unquoted_phrase_to_type_is_in_capitals(lang, label, phrase, prompt):
    # The cues are read case-blind; the phrase to copy, unquoted, is told from an ordinary
    # word ("enter the password to confirm") by its capitals alone.
    assert cues(lang).field_phrase.search(label) == phrase
    assert cues(lang).field_phrase.search(prompt) is None

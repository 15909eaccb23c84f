"""The text detectors in the lexicon languages beyond the first ten (it nl pl tr ar he hi id vi
th sv da fi nb cs uk el hu ro): for each language and each family, a positive per main kind and
a near miss that must stay quiet.

Every sentence is my own wording, and every expected kind was worked out by hand from it (which
words demand the selfie, the face scan, the ID photo, the card or the phone); none is copied
from the program's output. Each positive is tried twice: with the screen's language given, and
with none (the language then guessed from the words, or every language tried).
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors import lexicon
from cancelcheck.detectors.cooling_off import durations
from tests.test_detectors_text import btn, run, screen, types


def kinds(found, type_):
    return [f.data.get("kind") for f in found if f.type == type_]


# -- verification -----------------------------------------------------------------------------
VERIFICATION = [
    # (language, text, kind)
    ("it", "Carica un selfie con la tua carta d'identità", "selfie_with_id"),
    ("it", "Avvia il riconoscimento facciale", "face_scan"),
    ("it", "Carica una foto del tuo passaporto", "id_photo"),
    ("it", "Verifica la tua carta di credito per continuare", "bank_card"),
    ("it", "Inserisci il tuo numero di cellulare", "sms"),
    ("nl", "Maak een selfie met je identiteitsbewijs", "selfie_with_id"),
    ("nl", "Gezichtsherkenning starten", "face_scan"),
    ("nl", "Upload een foto van je paspoort", "id_photo"),
    ("nl", "Bevestig je bankpas om door te gaan", "bank_card"),
    ("nl", "Vul je telefoonnummer in", "sms"),
    ("pl", "Prześlij selfie z dowodem osobistym", "selfie_with_id"),
    ("pl", "Rozpoznawanie twarzy", "face_scan"),
    ("pl", "Prześlij zdjęcie paszportu", "id_photo"),
    ("pl", "Zweryfikuj swoją kartę płatniczą", "bank_card"),
    ("pl", "Podaj numer telefonu", "sms"),
    ("tr", "Kimlik kartınızı tutarak bir selfie çekin", "selfie_with_id"),
    ("tr", "Yüz tanıma ile doğrulayın", "face_scan"),
    ("tr", "Pasaportunuzun fotoğrafını yükleyin", "id_photo"),
    ("tr", "Banka kartınızı doğrulayın", "bank_card"),
    ("tr", "Telefon numaranızı girin", "sms"),
    ("ar", "التقط صورة سيلفي مع بطاقة الهوية", "selfie_with_id"),
    ("ar", "التحقق من الوجه مطلوب", "face_scan"),
    ("ar", "ارفع صورة جواز السفر", "id_photo"),
    ("ar", "أدخل رقم البطاقة البنكية للتحقق", "bank_card"),
    ("ar", "أدخل رقم هاتفك", "sms"),
    ("he", "צלמו סלפי עם תעודת הזהות", "selfie_with_id"),
    ("he", "נדרש זיהוי פנים", "face_scan"),
    ("he", "העלו צילום של תעודת הזהות", "id_photo"),
    ("he", "אמתו את כרטיס האשראי שלכם", "bank_card"),
    ("he", "הזינו את מספר הטלפון שלכם", "sms"),
    ("hi", "अपना आधार कार्ड पकड़े हुए सेल्फी लें", "selfie_with_id"),
    ("hi", "चेहरे की पहचान शुरू करें", "face_scan"),
    ("hi", "अपने पासपोर्ट की फोटो अपलोड करें", "id_photo"),
    ("hi", "अपने डेबिट कार्ड का सत्यापन करें", "bank_card"),
    ("hi", "अपना मोबाइल नंबर दर्ज करें", "sms"),
    ("id", "Unggah selfie dengan KTP Anda", "selfie_with_id"),
    ("id", "Verifikasi wajah diperlukan", "face_scan"),
    ("id", "Unggah foto KTP Anda", "id_photo"),
    ("id", "Masukkan nomor kartu kredit Anda untuk verifikasi", "bank_card"),
    ("id", "Masukkan nomor ponsel Anda", "sms"),
    ("vi", "Chụp ảnh selfie cầm CCCD", "selfie_with_id"),
    ("vi", "Xác thực khuôn mặt", "face_scan"),
    ("vi", "Tải lên ảnh hộ chiếu của bạn", "id_photo"),
    ("vi", "Nhập số thẻ tín dụng để xác minh", "bank_card"),
    ("vi", "Nhập số điện thoại của bạn", "sms"),
    ("th", "ถ่ายเซลฟี่คู่กับบัตรประชาชน", "selfie_with_id"),
    ("th", "สแกนใบหน้าเพื่อยืนยันตัวตน", "face_scan"),
    ("th", "ยืนยันด้วยการจดจำใบหน้า", "face_scan"),   # ำ is read as ํ + า (NFKC)
    ("th", "อัปโหลดรูปบัตรประชาชน", "id_photo"),
    ("th", "กรอกหมายเลขบัตรเครดิตเพื่อยืนยัน", "bank_card"),
    ("th", "กรอกเบอร์โทรศัพท์ของคุณ", "sms"),
    ("sv", "Ta en selfie med ditt ID-kort", "selfie_with_id"),
    ("sv", "Ansiktsigenkänning krävs", "face_scan"),
    ("sv", "Ladda upp en bild av ditt pass", "id_photo"),
    ("sv", "Bekräfta ditt bankkort för att fortsätta", "bank_card"),
    ("sv", "Ange ditt mobilnummer", "sms"),
    ("da", "Tag en selfie med dit ID-kort", "selfie_with_id"),
    ("da", "Ansigtsgenkendelse påkrævet", "face_scan"),
    ("da", "Upload et billede af dit kørekort", "id_photo"),
    ("da", "Bekræft dit betalingskort", "bank_card"),
    ("da", "Indtast dit mobilnummer", "sms"),
    ("nb", "Ta en selfie med ditt ID-kort", "selfie_with_id"),
    ("nb", "Ansiktsgjenkjenning kreves", "face_scan"),
    ("nb", "Last opp et bilde av passet ditt", "id_photo"),
    ("nb", "Bekreft bankkortet ditt", "bank_card"),
    ("nb", "Oppgi telefonnummeret ditt", "sms"),
    ("fi", "Ota selfie henkilökortin kanssa", "selfie_with_id"),
    ("fi", "Kasvojentunnistus vaaditaan", "face_scan"),
    ("fi", "Lataa kuva passistasi", "id_photo"),
    ("fi", "Vahvista pankkikorttisi", "bank_card"),
    ("fi", "Anna puhelinnumerosi", "sms"),
    ("cs", "Nahrajte selfie s občanským průkazem", "selfie_with_id"),
    ("cs", "Ověření obličeje", "face_scan"),
    ("cs", "Nahrajte fotku občanského průkazu", "id_photo"),
    ("cs", "Ověřte svou platební kartu", "bank_card"),
    ("cs", "Zadejte telefonní číslo", "sms"),
    ("uk", "Зробіть селфі з паспортом", "selfie_with_id"),
    ("uk", "Розпізнавання обличчя", "face_scan"),
    ("uk", "Завантажте копію посвідчення особи", "id_photo"),
    ("uk", "Підтвердіть банківську картку", "bank_card"),
    ("uk", "Введіть номер телефону", "sms"),
    ("el", "Τραβήξτε μια selfie κρατώντας την ταυτότητά σας", "selfie_with_id"),
    ("el", "Αναγνώριση προσώπου", "face_scan"),
    ("el", "Ανεβάστε φωτογραφία του διαβατηρίου σας", "id_photo"),
    ("el", "Επιβεβαιώστε την τραπεζική σας κάρτα", "bank_card"),
    ("el", "Εισαγάγετε τον αριθμό τηλεφώνου σας", "sms"),
    ("hu", "Készíts szelfit a személyi igazolványoddal", "selfie_with_id"),
    ("hu", "Arcfelismerés szükséges", "face_scan"),
    ("hu", "Töltsd fel az útleveled fényképét", "id_photo"),
    ("hu", "Erősítsd meg a bankkártyádat", "bank_card"),
    ("hu", "Add meg a telefonszámodat", "sms"),
    ("ro", "Fă un selfie cu buletinul", "selfie_with_id"),
    ("ro", "Recunoaștere facială", "face_scan"),
    ("ro", "Încarcă o copie a pașaportului", "id_photo"),
    ("ro", "Verifică-ți cardul bancar", "bank_card"),
    ("ro", "Introdu numărul de telefon", "sms"),
]


@pytest.mark.parametrize("language", ["given", "guessed"])
@pytest.mark.parametrize("lang,text,kind", VERIFICATION)
def test_verification_languages(lang, text, kind, language):
    found = run(screen(text), language=lang if language == "given" else None, signup_phone=False)
    assert kinds(found, "verification_burden") == [kind]


@pytest.mark.parametrize("lang,text", [
    ("it", "Cambia la foto del profilo"), ("nl", "Gezichten groeperen in je foto's"),
    ("pl", "Zmień zdjęcie profilowe"), ("tr", "Profil fotoğrafını değiştir"),
    ("ar", "تغيير صورة الملف الشخصي"), ("he", "שינוי תמונת פרופיל"),
    ("hi", "प्रोफ़ाइल फ़ोटो बदलें"), ("id", "Ubah foto profil"), ("vi", "Đổi ảnh đại diện"),
    ("th", "เปลี่ยนรูปโปรไฟล์"), ("sv", "Byt profilbild"), ("da", "Skift profilbillede"),
    ("nb", "Endre profilbilde"), ("fi", "Vaihda profiilikuva"), ("cs", "Změnit profilovou fotku"),
    ("uk", "Змінити фото профілю"), ("el", "Αλλαγή φωτογραφίας προφίλ"),
    ("hu", "Profilkép módosítása"), ("ro", "Schimbă fotografia de profil")])
def test_verification_language_near_misses(lang, text):
    """A profile photo is a photo of a person, but no identity demand."""
    assert "verification_burden" not in types(run(screen(text), language=lang, signup_phone=False))
    assert "verification_burden" not in types(run(screen(text), signup_phone=False))


@pytest.mark.parametrize("lang,text", [
    ("it", "Inserisci il numero della carta di credito"), ("pl", "Wprowadź numer karty"),
    ("id", "Masukkan nomor kartu kredit Anda"), ("fi", "Syötä kortin numero"),
    ("vi", "Nhập số thẻ"), ("hu", "Add meg a kártyaszámot")])
def test_a_card_number_to_pay_is_not_a_card_check(lang, text):
    """Entering a card number is how one pays; it proves identity only when the text says the
    card is to be verified or confirmed."""
    assert "verification_burden" not in types(run(screen(text), language=lang))


# -- deactivation and a pre-ticked "keep" -----------------------------------------------------
DELETION_TITLE = {   # a heading that makes the screen a deletion screen (lexicons/context.yaml)
    "it": "Elimina il tuo account", "nl": "Account verwijderen", "pl": "Usuń konto",
    "tr": "Hesabı sil", "ar": "حذف الحساب", "he": "מחיקת החשבון", "hi": "खाता हटाएं",
    "id": "Hapus akun", "vi": "Xóa tài khoản", "th": "ลบบัญชี", "sv": "Radera konto",
    "da": "Slet konto", "nb": "Slett konto", "fi": "Poista tili", "cs": "Smazat účet",
    "uk": "Видалити свій обліковий запис", "el": "Διαγραφή λογαριασμού", "hu": "Fiók törlése",
    "ro": "Șterge contul"}


def on_exit(type_, lang, text, language):
    """(evidence, kinds) of each `type_` finding when `text` stands under a deletion heading,
    with the language given or left to be guessed."""
    found = run(screen(DELETION_TITLE[lang], text), language=lang if language == "given" else None)
    return [(f.evidence, f.data["kinds"]) for f in found if f.type == type_]

DEACTIVATE = [
    ("it", "Disattiva temporaneamente l'account"), ("it", "Metti in pausa il tuo account"),
    ("nl", "Account tijdelijk deactiveren"), ("pl", "Tymczasowo dezaktywuj konto"),
    ("tr", "Hesabımı dondur"), ("ar", "تعطيل الحساب مؤقتًا"), ("he", "הקפאת החשבון"),
    ("hi", "खाता अस्थायी रूप से निष्क्रिय करें"), ("id", "Nonaktifkan akun sementara"),
    ("vi", "Tạm khóa tài khoản"), ("th", "ปิดใช้งานบัญชีชั่วคราว"),
    ("sv", "Inaktivera kontot tillfälligt"), ("da", "Sæt din konto på pause"),
    ("nb", "Deaktiver kontoen"), ("fi", "Poista tili käytöstä"), ("cs", "Dočasně deaktivovat účet"),
    ("uk", "Тимчасово деактивувати свій обліковий запис"),
    ("el", "Προσωρινή απενεργοποίηση λογαριασμού"),
    ("hu", "Fiók felfüggesztése"), ("ro", "Dezactivează temporar contul")]


@pytest.mark.parametrize("language", ["given", "guessed"])
@pytest.mark.parametrize("lang,label", DEACTIVATE)
def test_deactivation_languages(lang, label, language):
    s = screen(DELETION_TITLE[lang], btn(label))
    found = [f for f in run(s, language=lang if language == "given" else None)
             if f.type == "deactivation_offered"]
    assert [f.evidence for f in found] == [label]


@pytest.mark.parametrize("lang,label", [
    ("it", "Disattiva le notifiche"), ("nl", "Tweestapsverificatie deactiveren"),
    ("pl", "Dezaktywuj powiadomienia"), ("tr", "Bildirimleri devre dışı bırak"),
    ("ar", "تعطيل الإشعارات"), ("he", "השבתת התראות"), ("hi", "सूचनाएं निष्क्रिय करें"),
    ("id", "Nonaktifkan notifikasi"), ("vi", "Tạm dừng thông báo"),
    ("th", "ปิดใช้งานการแจ้งเตือน"), ("sv", "Inaktivera aviseringar"),
    ("da", "Deaktiver notifikationer"), ("nb", "Deaktiver varsler"),
    ("fi", "Poista ilmoitukset käytöstä"), ("cs", "Deaktivovat oznámení"),
    ("uk", "Деактивувати сповіщення"), ("el", "Απενεργοποίηση ειδοποιήσεων"),
    ("hu", "Értesítések szüneteltetése"), ("ro", "Dezactivează notificările")])
def test_turning_off_a_feature_is_not_deactivation(lang, label):
    """The same verb on notifications or a second factor, on a deletion screen: nothing of the
    account is paused, so nothing is offered in its place."""
    for language in (lang, None):
        found = run(screen(DELETION_TITLE[lang], btn(label)), language=language)
        assert "deactivation_offered" not in types(found)


@pytest.mark.parametrize("lang,text", [("fi", "Tili poissa käytöstä"),
                                       ("it", "Il tuo account è disattivato"),
                                       ("sv", "Kontot är inaktiverat")])
def test_a_deactivated_state_is_not_an_offer(lang, text):
    """A status line says what is, it offers nothing."""
    found = run(screen(DELETION_TITLE[lang], text), language=lang)
    assert "deactivation_offered" not in types(found)


KEEP = [
    ("it", "Conserva i miei dati per 30 giorni"), ("nl", "Bewaar mijn gegevens 30 dagen"),
    ("pl", "Zachowaj moje dane przez 30 dni"), ("tr", "Verilerimi 30 gün sakla"),
    ("ar", "احتفظ ببياناتي لمدة 30 يومًا"), ("he", "שמור את הנתונים שלי"),
    ("hi", "मेरा डेटा 30 दिन तक रखें"), ("id", "Simpan data saya selama 30 hari"),
    ("vi", "Giữ lại dữ liệu của tôi trong 30 ngày"), ("th", "เก็บข้อมูลของฉันไว้ 30 วัน"),
    ("sv", "Behåll mina uppgifter i 30 dagar"), ("da", "Behold mine data i 30 dage"),
    ("nb", "Behold dataene mine i 30 dager"), ("fi", "Säilytä tietoni 30 päivää"),
    ("cs", "Ponechat moje data 30 dní"), ("uk", "Зберегти мої дані на 30 днів"),
    ("el", "Διατήρηση των δεδομένων μου για 30 ημέρες"), ("hu", "Adataim megőrzése 30 napig"),
    ("ro", "Păstrează datele mele 30 de zile")]


def ticked(title, label, checked=True):
    return screen(title, ("", {"clickable": True, "checkable": True, "checked": checked,
                               "description": label}))


@pytest.mark.parametrize("language", ["given", "guessed"])
@pytest.mark.parametrize("lang,label", KEEP)
def test_pre_ticked_keep_languages(lang, label, language):
    found = run(ticked(DELETION_TITLE[lang], label), language=lang if language == "given" else None)
    assert [(f.type, f.data["kind"], f.evidence) for f in found] == \
        [("preselection", "keep", label)]


@pytest.mark.parametrize("lang,label", KEEP)
def test_keep_unticked_is_no_preselection(lang, label):
    assert "preselection" not in types(run(ticked(DELETION_TITLE[lang], label, checked=False),
                                           language=lang))


# -- retention --------------------------------------------------------------------------------
RETENTION = [
    # (language, text on a deletion screen, kind)
    ("it", "Ottieni il 50% di sconto per tre mesi", "discount"),
    ("it", "Vuoi davvero andartene?", "stay"),
    ("it", "Ci mancherai!", "miss_you"),
    ("it", "Perderai tutti i tuoi punti premio", "benefits_loss"),
    ("nl", "Krijg 50% korting op je volgende maand", "discount"),
    ("nl", "Wil je echt weg?", "stay"),
    ("nl", "We zullen je missen!", "miss_you"),
    ("nl", "Je verliest al je voordelen", "benefits_loss"),
    ("pl", "Odbierz 50% zniżki", "discount"), ("pl", "Czy na pewno chcesz odejść?", "stay"),
    ("pl", "Będziemy za tobą tęsknić", "miss_you"),
    ("pl", "Stracisz wszystkie zebrane punkty", "benefits_loss"),
    ("tr", "%50 indirim kazanın", "discount"),
    ("tr", "Gerçekten ayrılmak istiyor musunuz?", "stay"),
    ("tr", "Sizi özleyeceğiz", "miss_you"),
    ("tr", "Tüm puanlarınızı kaybedeceksiniz", "benefits_loss"),
    ("ar", "احصل على خصم 50%", "discount"), ("ar", "هل تريد حقًا المغادرة؟", "stay"),
    ("ar", "سنفتقدك!", "miss_you"), ("ar", "ستفقد جميع نقاطك ومزاياك", "benefits_loss"),
    ("he", "קבלו 50% הנחה", "discount"), ("he", "באמת רוצה לעזוב?", "stay"),
    ("he", "נתגעגע אליך!", "miss_you"), ("he", "תאבד את כל הנקודות שצברת", "benefits_loss"),
    ("hi", "50% छूट पाएं", "discount"), ("hi", "क्या आप सच में जाना चाहते हैं?", "stay"),
    ("hi", "हम आपको याद करेंगे", "miss_you"), ("hi", "आपके सभी पॉइंट्स खो जाएंगे", "benefits_loss"),
    ("id", "Dapatkan diskon 50%", "discount"), ("id", "Yakin ingin pergi?", "stay"),
    ("id", "Kami akan merindukanmu", "miss_you"),
    ("id", "Anda akan kehilangan semua poin", "benefits_loss"),
    ("vi", "Nhận ưu đãi giảm giá 50%", "discount"), ("vi", "Bạn thực sự muốn rời đi?", "stay"),
    ("vi", "Chúng tôi sẽ nhớ bạn", "miss_you"),
    ("vi", "Bạn sẽ mất hết điểm thưởng", "benefits_loss"),
    ("th", "รับส่วนลด 50%", "discount"), ("th", "อยู่กับเราต่อนะ", "stay"),
    ("th", "เราจะคิดถึงคุณ", "miss_you"), ("th", "คุณจะสูญเสียคะแนนสะสมทั้งหมด", "benefits_loss"),
    ("sv", "Specialerbjudande: en månad gratis", "discount"),
    ("sv", "Vill du verkligen lämna oss?", "stay"), ("sv", "Vi kommer att sakna dig", "miss_you"),
    ("sv", "Du förlorar alla dina förmåner", "benefits_loss"),
    ("da", "Særtilbud: en måned gratis", "discount"), ("da", "Vil du virkelig forlade os?", "stay"),
    ("da", "Vi vil savne dig", "miss_you"), ("da", "Du mister alle dine fordele", "benefits_loss"),
    ("nb", "Spesialtilbud: en måned gratis", "discount"),
    ("nb", "Vil du virkelig forlate oss?", "stay"), ("nb", "Vi kommer til å savne deg", "miss_you"),
    ("nb", "Du mister alle fordelene dine", "benefits_loss"),
    ("fi", "Saat 50 % alennusta", "discount"), ("fi", "Haluatko todella lähteä?", "stay"),
    ("fi", "Tulemme kaipaamaan sinua", "miss_you"), ("fi", "Menetät kaikki etusi", "benefits_loss"),
    ("cs", "Získejte slevu 50 %", "discount"), ("cs", "Opravdu chcete odejít?", "stay"),
    ("cs", "Budete nám chybět", "miss_you"),
    ("cs", "Přijdete o všechny své výhody", "benefits_loss"),
    ("uk", "Отримайте знижку 50%", "discount"), ("uk", "Ви справді хочете піти?", "stay"),
    ("uk", "Ми будемо сумувати", "miss_you"),
    ("uk", "Ви втратите всі свої бонуси", "benefits_loss"),
    ("el", "Αποκτήστε έκπτωση 50%", "discount"), ("el", "Θέλετε πραγματικά να φύγετε;", "stay"),
    ("el", "Θα μας λείψεις!", "miss_you"),
    ("el", "Θα χάσετε όλους τους πόντους σας", "benefits_loss"),
    ("hu", "Szerezz 50% kedvezményt", "discount"), ("hu", "Tényleg el akarsz menni?", "stay"),
    ("hu", "Hiányozni fogsz", "miss_you"), ("hu", "Elveszíted az összes pontodat", "benefits_loss"),
    ("ro", "Primește o reducere de 50%", "discount"), ("ro", "Sigur vrei să pleci?", "stay"),
    ("ro", "Ne vei lipsi!", "miss_you"),
    ("ro", "Vei pierde toate punctele acumulate", "benefits_loss"),
]


@pytest.mark.parametrize("language", ["given", "guessed"])
@pytest.mark.parametrize("lang,text,kind", RETENTION)
def test_retention_languages(lang, text, kind, language):
    assert on_exit("retention_offer", lang, text, language) == [(text, [kind])]


@pytest.mark.parametrize("lang,text", [
    ("it", "I tuoi dati verranno eliminati definitivamente."),
    ("nl", "Je gegevens worden definitief verwijderd."),
    ("pl", "Twoje dane zostaną trwale usunięte."), ("tr", "Verileriniz kalıcı olarak silinecek."),
    ("ar", "سيتم حذف بياناتك نهائيًا."), ("he", "הנתונים שלך יימחקו לצמיתות."),
    ("hi", "आपका डेटा स्थायी रूप से हटा दिया जाएगा।"),
    ("id", "Data Anda akan dihapus secara permanen."),
    ("vi", "Dữ liệu của bạn sẽ bị xóa vĩnh viễn."), ("th", "ข้อมูลของคุณจะถูกลบอย่างถาวร"),
    ("sv", "Dina uppgifter raderas permanent."), ("da", "Dine data slettes permanent."),
    ("nb", "Dataene dine slettes permanent."), ("fi", "Tietosi poistetaan pysyvästi."),
    ("cs", "Vaše data budou trvale smazána."), ("uk", "Ваші дані буде остаточно видалено."),
    ("el", "Τα δεδομένα σας θα διαγραφούν οριστικά."), ("hu", "Az adataid véglegesen törlődnek."),
    ("ro", "Datele tale vor fi șterse definitiv."),
    ("it", "Ci dispiace vederti andare"), ("sv", "Tråkigt att du lämnar oss")])
def test_retention_language_near_misses(lang, text):
    """Plain, required information about the deletion (and a bare 'sorry to see you go') is
    no offer to stay."""
    for language in (lang, None):
        found = run(screen(DELETION_TITLE[lang], text), language=language)
        assert "retention_offer" not in types(found)


@pytest.mark.parametrize("lang,text", [("it", "Ottieni il 50% di sconto"),
                                       ("pl", "Odbierz 50% zniżki"), ("th", "รับส่วนลด 50%"),
                                       ("uk", "Отримайте знижку 50%")])
def test_a_discount_away_from_the_exit_is_an_ad(lang, text):
    assert "retention_offer" not in types(run(screen(text), language=lang))


# -- conditions to leave ----------------------------------------------------------------------
CONDITIONS = [
    # (language, a duty stated on a deletion screen, kind)
    ("it", "Per procedere preleva il tuo saldo residuo", "balance"),
    ("it", "Scollega prima gli account di terze parti", "unbind"),
    ("it", "Nessun ordine negli ultimi 30 giorni", "recent_activity"),
    ("it", "Salda tutti i debiti in sospeso", "debts"),
    ("it", "Prima annulla il tuo abbonamento", "subscriptions_first"),
    ("nl", "Neem eerst je resterende saldo op", "balance"),
    ("nl", "Ontkoppel je gekoppelde accounts", "unbind"),
    ("nl", "Geen bestellingen in de afgelopen 30 dagen", "recent_activity"),
    ("nl", "Betaal eerst alle openstaande bedragen", "debts"),
    ("nl", "Zeg eerst je abonnement op", "subscriptions_first"),
    ("pl", "Wypłać wszystkie środki z portfela", "balance"),
    ("pl", "Odłącz powiązane konta", "unbind"),
    ("pl", "Brak zamówień w ciągu ostatnich 30 dni", "recent_activity"),
    ("pl", "Spłać całe zadłużenie", "debts"),
    ("pl", "Najpierw anuluj subskrypcję", "subscriptions_first"),
    ("tr", "Bakiyenizi sıfırlayın", "balance"),
    ("tr", "Bağlı hesapların bağlantısını kesin", "unbind"),
    ("tr", "Son 30 gün içinde sipariş olmamalı", "recent_activity"),
    ("tr", "Tüm borçlarınızı ödeyin", "debts"),
    ("tr", "Önce aboneliğinizi iptal edin", "subscriptions_first"),
    ("ar", "اسحب رصيدك المتبقي", "balance"),
    ("ar", "إلغاء ربط الحسابات المرتبطة", "unbind"),
    ("ar", "لا توجد طلبات خلال آخر 30 يومًا", "recent_activity"),
    ("ar", "سدد جميع المستحقات", "debts"),
    ("ar", "ألغِ اشتراكك أولاً", "subscriptions_first"),
    ("he", "משכו את היתרה שנותרה", "balance"),
    ("he", "ניתוק חשבונות מקושרים", "unbind"),
    ("he", "אין הזמנות ב-30 הימים האחרונים", "recent_activity"),
    ("he", "יש לסלק את החובות", "debts"),
    ("he", "קודם יש לבטל את המנוי", "subscriptions_first"),
    ("hi", "अपना बैलेंस शून्य करें", "balance"),
    ("hi", "जुड़े हुए खाते अनलिंक करें", "unbind"),
    ("hi", "पिछले 30 दिनों में कोई ऑर्डर नहीं होना चाहिए", "recent_activity"),
    ("hi", "सभी बकाया राशि चुकाएं", "debts"),
    ("hi", "पहले अपनी सदस्यता रद्द करें", "subscriptions_first"),
    ("id", "Tarik seluruh saldo Anda", "balance"),
    ("id", "Putuskan tautan akun yang terhubung", "unbind"),
    ("id", "Tidak ada transaksi dalam 30 hari terakhir", "recent_activity"),
    ("id", "Lunasi semua tunggakan", "debts"),
    ("id", "Batalkan langganan Anda terlebih dahulu", "subscriptions_first"),
    ("vi", "Rút hết số dư trong ví", "balance"),
    ("vi", "Hủy liên kết tài khoản mạng xã hội", "unbind"),
    ("vi", "Không có giao dịch trong 30 ngày qua", "recent_activity"),
    ("vi", "Thanh toán toàn bộ khoản nợ", "debts"),
    ("vi", "Trước tiên, hãy hủy gói đăng ký", "subscriptions_first"),
    ("th", "ถอนยอดเงินคงเหลือทั้งหมด", "balance"),
    ("th", "ยกเลิกการเชื่อมโยงบัญชีโซเชียล", "unbind"),
    ("th", "ไม่มีคำสั่งซื้อในช่วง 30 วันที่ผ่านมา", "recent_activity"),
    ("th", "ชำระหนี้คงค้างทั้งหมด", "debts"),
    ("th", "ยกเลิกการสมัครสมาชิกก่อน", "subscriptions_first"),
    ("sv", "Ta ut ditt återstående saldo", "balance"),
    ("sv", "Koppla från länkade konton", "unbind"),
    ("sv", "Inga beställningar de senaste 30 dagarna", "recent_activity"),
    ("sv", "Betala alla utestående belopp", "debts"),
    ("sv", "Säg upp din prenumeration först", "subscriptions_first"),
    ("da", "Hæv din resterende saldo", "balance"),
    ("da", "Fjern tilknyttede enheder", "unbind"),
    ("da", "Ingen bestillinger inden for de seneste 30 dage", "recent_activity"),
    ("da", "Betal al udestående gæld", "debts"),
    ("da", "Opsig dit abonnement først", "subscriptions_first"),
    ("nb", "Ta ut den gjenværende saldoen", "balance"),
    ("nb", "Koble fra tilknyttede kontoer", "unbind"),
    ("nb", "Ingen bestillinger de siste 30 dagene", "recent_activity"),
    ("nb", "Betal all utestående gjeld", "debts"),
    ("nb", "Si opp abonnementet ditt først", "subscriptions_first"),
    ("fi", "Nosta jäljellä oleva saldosi", "balance"),
    ("fi", "Poista linkitetyt tilit", "unbind"),
    ("fi", "Ei tilauksia viimeisen 30 päivän aikana", "recent_activity"),
    ("fi", "Maksa kaikki velkasi", "debts"),
    ("fi", "Peru ensin tilauksesi", "subscriptions_first"),
    ("cs", "Vyberte zbývající zůstatek", "balance"),
    ("cs", "Odpojte propojené účty", "unbind"),
    ("cs", "Žádné objednávky za posledních 30 dní", "recent_activity"),
    ("cs", "Uhraďte všechny dluhy", "debts"),
    ("cs", "Nejprve zrušte předplatné", "subscriptions_first"),
    ("uk", "Виведіть залишок коштів", "balance"),
    ("uk", "Відв'яжіть пов'язані акаунти", "unbind"),
    ("uk", "Жодних замовлень за останні 30 днів", "recent_activity"),
    ("uk", "Погасіть заборгованість", "debts"),
    ("uk", "Спочатку скасуйте підписку", "subscriptions_first"),
    ("el", "Κάντε ανάληψη του υπολοίπου σας", "balance"),
    ("el", "Αποσύνδεση συνδεδεμένων λογαριασμών", "unbind"),
    ("el", "Καμία παραγγελία τις τελευταίες 30 ημέρες", "recent_activity"),
    ("el", "Εξοφλήστε όλες τις οφειλές σας", "debts"),
    ("el", "Πρώτα ακυρώστε τη συνδρομή σας", "subscriptions_first"),
    ("hu", "Vedd ki a fennmaradó egyenleget", "balance"),
    ("hu", "Válaszd le a kapcsolt fiókokat", "unbind"),
    ("hu", "Nincs rendelés az elmúlt 30 napban", "recent_activity"),
    ("hu", "Rendezd az összes tartozásodat", "debts"),
    ("hu", "Először mondd le az előfizetésedet", "subscriptions_first"),
    ("ro", "Retrage soldul rămas", "balance"),
    ("ro", "Elimină dispozitivele asociate", "unbind"),
    ("ro", "Nicio comandă în ultimele 30 de zile", "recent_activity"),
    ("ro", "Achită toate datoriile", "debts"),
    ("ro", "Mai întâi anulează abonamentul", "subscriptions_first"),
]


@pytest.mark.parametrize("language", ["given", "guessed"])
@pytest.mark.parametrize("lang,text,kind", CONDITIONS)
def test_conditions_languages(lang, text, kind, language):
    assert on_exit("conditions", lang, text, language) == [(text, [kind])]


@pytest.mark.parametrize("lang,text", [
    ("it", "Rimuovi il tuo account"), ("nl", "Verwijder je account"), ("pl", "Usuń swoje konto"),
    ("tr", "Hesabını kaldır"), ("ar", "إزالة حسابك"), ("he", "הסר את החשבון שלך"),
    ("hi", "अपना खाता हटाएं"), ("id", "Hapus akun Anda"), ("vi", "Xóa tài khoản của bạn"),
    ("th", "ลบบัญชีของคุณ"), ("sv", "Ta bort ditt konto"), ("da", "Fjern din konto"),
    ("nb", "Fjern kontoen din"), ("fi", "Poista tilisi"), ("cs", "Odstraňte svůj účet"),
    ("uk", "Видаліть свій обліковий запис"), ("el", "Αφαιρέστε τον λογαριασμό σας"),
    ("hu", "Távolítsd el a fiókodat"), ("ro", "Elimină contul tău")])
def test_removing_the_account_itself_is_no_condition(lang, text):
    """'Remove your account' is the deletion, not a duty to unbind something else first."""
    for language in (lang, None):
        found = run(screen(DELETION_TITLE[lang], btn(text)), language=language)
        assert "conditions" not in types(found)


@pytest.mark.parametrize("lang,text", [("he", "התנתקת מהחשבון"),
                                       ("it", "Sei uscito dal tuo account"),
                                       ("sv", "Du har loggats ut från ditt konto")])
def test_logging_out_is_no_unbinding(lang, text):
    """'You have been logged out of your account' disconnects nothing from the account."""
    assert "conditions" not in types(run(screen(DELETION_TITLE[lang], text), language=lang))


# -- cooling-off: durations and the named waiting period ---------------------------------------
DURATIONS = [
    # (language, text, n, unit) — read by hand: the number and the unit word after it
    ("it", "entro 10 giorni lavorativi", 10, "working_day"), ("it", "dopo 30 giorni", 30, "day"),
    ("nl", "binnen 10 werkdagen", 10, "working_day"), ("nl", "na 30 dagen", 30, "day"),
    ("pl", "w ciągu 10 dni roboczych", 10, "working_day"), ("pl", "po 30 dniach", 30, "day"),
    ("tr", "10 iş günü içinde", 10, "working_day"), ("tr", "30 gün sonra", 30, "day"),
    ("ar", "خلال 10 أيام عمل", 10, "working_day"), ("ar", "بعد 30 يومًا", 30, "day"),
    ("he", "תוך 10 ימי עסקים", 10, "working_day"), ("he", "לאחר 30 ימים", 30, "day"),
    ("hi", "10 कार्य दिवस के भीतर", 10, "working_day"), ("hi", "30 दिनों के बाद", 30, "day"),
    ("id", "dalam 10 hari kerja", 10, "working_day"), ("id", "setelah 30 hari", 30, "day"),
    ("vi", "trong vòng 10 ngày làm việc", 10, "working_day"), ("vi", "sau 30 ngày", 30, "day"),
    ("th", "ภายใน 10 วันทำการ", 10, "working_day"), ("th", "หลังจาก 30 วัน", 30, "day"),
    ("sv", "inom 10 arbetsdagar", 10, "working_day"), ("sv", "efter 30 dagar", 30, "day"),
    ("da", "inden for 10 hverdage", 10, "working_day"), ("da", "efter 30 dage", 30, "day"),
    ("nb", "innen 10 virkedager", 10, "working_day"), ("nb", "etter 30 dager", 30, "day"),
    ("fi", "10 arkipäivän kuluessa", 10, "working_day"), ("fi", "30 päivän kuluttua", 30, "day"),
    ("cs", "do 10 pracovních dnů", 10, "working_day"), ("cs", "po 30 dnech", 30, "day"),
    ("cs", "lhůta 30 dní", 30, "day"),
    ("uk", "протягом 10 робочих днів", 10, "working_day"), ("uk", "через 30 днів", 30, "day"),
    ("el", "εντός 10 εργάσιμων ημερών", 10, "working_day"),
    ("el", "εντός 10 εργάσιμες μέρες", 10, "working_day"),
    ("el", "μετά από 30 ημέρες", 30, "day"),
    ("hu", "10 munkanapon belül", 10, "working_day"), ("hu", "30 nap után", 30, "day"),
    ("ro", "în 10 zile lucrătoare", 10, "working_day"), ("ro", "după 30 de zile", 30, "day"),
    ("it", "fra 2 settimane", 2, "week"), ("nl", "over 3 maanden", 3, "month"),
    ("pl", "za 2 tygodnie", 2, "week"), ("sv", "om 3 månader", 3, "month"),
    ("tr", "2 hafta içinde", 2, "week"), ("el", "σε 3 μήνες", 3, "month"),
]


@pytest.mark.parametrize("language", ["given", "guessed"])
@pytest.mark.parametrize("lang,text,n,unit", DURATIONS)
def test_durations_languages(lang, text, n, unit, language):
    found = [(d["n"], d["unit"]) for d in durations(text, lang if language == "given" else None)]
    assert found == [(n, unit)]


@pytest.mark.parametrize("text", ["30 giornali", "30 dagboeken", "30 dagböcker", "30 päivitystä",
                                  "3 güncelleme", "30 naptár", "Use it 1 time", "1 or 2 steps"])
def test_a_word_that_only_begins_like_a_unit_is_no_duration(text):
    assert durations(text) == []


@pytest.mark.parametrize("lang,text", [
    ("it", "Periodo di riflessione"), ("nl", "Bedenktijd van 30 dagen"), ("pl", "Okres karencji"),
    ("tr", "Bekleme süresi"), ("ar", "فترة السماح"), ("he", "תקופת צינון"),
    ("hi", "प्रतीक्षा अवधि"), ("id", "Masa tenggang"), ("vi", "Thời gian chờ"),
    ("th", "ระยะเวลาผ่อนผัน"), ("sv", "Ångerfrist"), ("da", "Fortrydelsesfrist"),
    ("nb", "Angrefrist"), ("fi", "Harkinta-aika"), ("cs", "Ochranná lhůta"),
    ("uk", "Період очікування"), ("el", "Περίοδος χάριτος"), ("hu", "Türelmi idő"),
    ("ro", "Perioadă de așteptare")])
def test_named_waiting_period_languages(lang, text):
    m = lexicon.load("cooling_off").match(text, (lang, "en"))
    assert m is not None and (m.kind, m.lang) == ("cooling", lang)


# -- cooling-off: a stated waiting time is read as one in every language ------------------------
# "Your account will be deleted (permanently) after 30 days" in my own words: 30 calendar days
# are 21.4 working days, over the 15 allowed, so each is a finding; 7 days (5 working days) are
# within the limit, and "30 days" that nothing will take (a trial) is no waiting time.
DELETED_AFTER_30_DAYS = [
    ("it", "Il tuo account verrà eliminato definitivamente dopo 30 giorni."),
    ("nl", "Je account wordt na 30 dagen definitief verwijderd."),
    ("pl", "Twoje konto zostanie usunięte po 30 dniach."),
    ("tr", "Hesabınız 30 gün sonra kalıcı olarak silinecek."),
    ("ar", "سيتم حذف حسابك بعد 30 يومًا."),
    ("he", "החשבון שלך יימחק לצמיתות לאחר 30 יום."),
    ("hi", "आपका खाता 30 दिनों के बाद हटा दिया जाएगा।"),
    ("id", "Akun Anda akan dihapus secara permanen setelah 30 hari."),
    ("vi", "Tài khoản của bạn sẽ bị xóa vĩnh viễn sau 30 ngày."),
    ("th", "บัญชีของคุณจะถูกลบอย่างถาวรหลังจาก 30 วัน"),
    ("sv", "Ditt konto raderas permanent efter 30 dagar."),
    ("da", "Din konto slettes permanent efter 30 dage."),
    ("nb", "Kontoen din slettes permanent etter 30 dager."),
    ("fi", "Tilisi poistetaan pysyvästi 30 päivän kuluttua."),
    ("cs", "Váš účet bude smazán po 30 dnech."),
    ("uk", "Ваш обліковий запис буде видалено через 30 днів."),
    ("el", "Ο λογαριασμός σας θα διαγραφεί οριστικά μετά από 30 ημέρες."),
    ("hu", "A fiókod 30 nap után véglegesen törlődik."),
    ("ro", "Contul tău va fi șters definitiv după 30 de zile."),
]


def cooling(lang, text, language):
    found = run(screen(DELETION_TITLE[lang], text),
                language=lang if language == "given" else None)
    return [f.data["days"] for f in found if f.type == "cooling_off"]


@pytest.mark.parametrize("language", ["given", "guessed"])
@pytest.mark.parametrize("lang,text", DELETED_AFTER_30_DAYS)
def test_a_waiting_time_before_deletion_in_every_language(lang, text, language):
    assert cooling(lang, text, language) == [30]


@pytest.mark.parametrize("lang,text", DELETED_AFTER_30_DAYS)
def test_a_week_is_within_the_limit(lang, text):
    assert cooling(lang, text.replace("30", "7"), "given") == []


# -- ambiguous "Cancel": where the Cancel button's word also ends the subscription ---------------
# (my own wording: "Cancel your subscription?" above a bare "Cancel" and a confirm button)
CANCEL_THE_SUBSCRIPTION = [
    ("it", "Vuoi annullare il tuo abbonamento?", "Annulla", "Conferma"),
    ("nl", "Wil je je abonnement annuleren?", "Annuleren", "Bevestigen"),
    ("pl", "Czy chcesz anulować subskrypcję?", "Anuluj", "Potwierdź"),
    ("tr", "Aboneliğinizi iptal etmek istiyor musunuz?", "İptal", "Onayla"),
    ("id", "Batalkan langganan Anda?", "Batal", "Konfirmasi"),
    ("vi", "Bạn muốn hủy gói đăng ký?", "Hủy", "Xác nhận"),
    ("cs", "Chcete zrušit předplatné?", "Zrušit", "Potvrdit"),
    ("uk", "Скасувати вашу підписку?", "Скасувати", "Підтвердити"),
    ("el", "Θέλετε ακύρωση της συνδρομής σας;", "Ακύρωση", "Επιβεβαίωση"),
    ("ro", "Vrei să anulezi abonamentul?", "Anulează", "Confirmă"),
    ("da", "Vil du annullere dit abonnement?", "Annuller", "Bekræft"),
]


@pytest.mark.parametrize("lang,question,cancel,confirm", CANCEL_THE_SUBSCRIPTION)
def test_a_bare_cancel_on_a_screen_about_cancelling(lang, question, cancel, confirm):
    found = run(screen(question, btn(cancel), btn(confirm)), language=lang)
    assert [f.evidence for f in found if f.type == "ambiguous_label"] == [cancel]
    # beside "Delete account" the same button is clear
    clear = run(screen(DELETION_TITLE[lang], btn(cancel), btn(confirm)), language=lang)
    assert "ambiguous_label" not in types(clear)

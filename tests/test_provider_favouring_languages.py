"""Provider-favouring options in every lexicon language (detectors/lexicons/provider_favouring.yaml):
sharing usage / diagnostic data, newsletters and marketing messages, personalised ads — the
labels a pre-ticked box or a pre-set switch may carry — and the words that make a heading SAY
the sharing (`context_says`, read by detectors/option_context.py).

Every label here was written for this test (none is taken from a corpus or an app); the kind
expected was worked out by hand from what ticking the option gives the provider. Each language
has one label of each kind and three near misses that must stay None: the sharing verb with an
object that is not the user's data (a photo), the refusal of the same sharing ("do not send"),
and an everyday data action that gives the provider nothing (export: in Thai "ส่งออก" begins
with the verb "send", in Turkish "dışa aktar" holds "transfer", in Korean "내보내기" holds "send").
Each is matched with the screen's language and with no language known (then every language's
words are tried, so a clash between languages shows up here).
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors import lexicon
from cancelcheck.detectors.option_context import says_sharing
from cancelcheck.words import LANGUAGES

S, M, A = "share_data", "marketing", "personalised_ads"

# language: (sharing usage data, newsletter / marketing, personalised ads)
POSITIVES = {
    "en": ("Send usage statistics to the developers", "Email me the newsletter", "Personalised ads"),
    "de": ("Nutzungsdaten an die Entwickler senden", "Newsletter per E-Mail erhalten", "Personalisierte Werbung anzeigen"),
    "fr": ("Envoyer des statistiques d'utilisation aux développeurs", "Recevoir la lettre d'information", "Publicités personnalisées"),
    "es": ("Enviar estadísticas de uso a los desarrolladores", "Recibir el boletín informativo", "Anuncios personalizados"),
    "pt": ("Enviar dados de utilização aos programadores", "Receber a newsletter por e-mail", "Anúncios personalizados"),
    "it": ("Invia statistiche di utilizzo agli sviluppatori", "Iscriviti alla newsletter", "Annunci personalizzati"),
    "nl": ("Gebruiksgegevens naar de ontwikkelaars sturen", "Ontvang onze nieuwsbrief", "Gepersonaliseerde advertenties"),
    "pl": ("Wysyłaj statystyki użytkowania do twórców", "Zapisz się do newslettera", "Spersonalizowane reklamy"),
    "ru": ("Отправлять статистику использования разработчикам", "Подписаться на рассылку", "Персонализированная реклама"),
    "uk": ("Надсилати статистику використання розробникам", "Підписатися на розсилку", "Персоналізована реклама"),
    "ja": ("使用状況データを開発者に送信する", "ニュースレターを受け取る", "パーソナライズ広告"),
    "ko": ("사용 통계를 개발자에게 전송", "뉴스레터 받기", "맞춤형 광고"),
    "tr": ("Kullanım istatistiklerini geliştiricilere gönder", "E-bültene abone ol", "Kişiselleştirilmiş reklamlar"),
    "ar": ("إرسال إحصائيات الاستخدام إلى المطورين", "الاشتراك في النشرة الإخبارية", "إعلانات مخصصة"),
    "he": ("שליחת נתוני שימוש למפתחים", "הרשמה לניוזלטר", "פרסומות מותאמות אישית"),
    "hi": ("उपयोग डेटा डेवलपर्स को भेजें", "न्यूज़लेटर की सदस्यता लें", "वैयक्तिकृत विज्ञापन"),
    "id": ("Kirim statistik penggunaan ke pengembang", "Berlangganan buletin", "Iklan yang dipersonalisasi"),
    "vi": ("Gửi thống kê sử dụng cho nhà phát triển", "Đăng ký nhận bản tin", "Quảng cáo được cá nhân hóa"),
    "th": ("ส่งสถิติการใช้งานให้นักพัฒนา", "สมัครรับจดหมายข่าว", "โฆษณาที่ตรงกับความสนใจ"),
    "sv": ("Skicka användningsstatistik till utvecklarna", "Prenumerera på nyhetsbrevet", "Personliga annonser"),
    "da": ("Send brugsstatistik til udviklerne", "Tilmeld dig nyhedsbrevet", "Målrettede annoncer"),
    "nb": ("Send bruksstatistikk til utviklerne", "Meld deg på nyhetsbrevet", "Tilpassede annonser"),
    "fi": ("Lähetä käyttötilastot kehittäjille", "Tilaa uutiskirje", "Kohdennetut mainokset"),
    "cs": ("Odesílat statistiky používání vývojářům", "Přihlásit se k odběru newsletteru", "Personalizované reklamy"),
    "hu": ("Használati statisztikák küldése a fejlesztőknek", "Feliratkozás a hírlevélre", "Személyre szabott hirdetések"),
    "ro": ("Trimite statistici de utilizare dezvoltatorilor", "Abonează-te la newsletter", "Reclame personalizate"),
    "el": ("Αποστολή στατιστικών χρήσης στους προγραμματιστές", "Εγγραφή στο ενημερωτικό δελτίο", "Εξατομικευμένες διαφημίσεις"),
    "sk": ("Posielať údaje o používaní vývojárom", "Chcem dostávať špeciálne ponuky e-mailom", "Cielená reklama"),
    "hr": ("Šalji statistiku korištenja razvojnom timu", "Primaj posebne ponude e-poštom", "Personalizirani oglasi"),
    "sl": ("Pošiljaj statistiko uporabe razvijalcem", "Prejemaj novičnik po e-pošti", "Prilagojeni oglasi"),
    "bg": ("Изпращай статистика за използването на разработчиците", "Абонирай се за нашия бюлетин", "Персонализирани реклами"),
    "lt": ("Siųsti naudojimo duomenis kūrėjams", "Noriu gauti specialius pasiūlymus el. paštu", "Personalizuota reklama"),
    "lv": ("Sūtīt lietošanas datus izstrādātājiem", "Vēlos saņemt īpašos piedāvājumus e-pastā", "Personalizētas reklāmas"),
    "et": ("Saada kasutusandmed arendajatele", "Soovin saada eripakkumisi e-postiga", "Isikupärastatud reklaamid"),
    "zh-Hans": ("向开发者发送使用统计", "订阅新闻简报", "个性化广告"),
    "zh-Hant": ("向開發者傳送使用統計", "訂閱電子報", "個人化廣告"),
}

# language: (share a photo, do not send the usage data, export the data)
NEAR_MISSES = {
    "en": ("Share this photo", "Don't send usage statistics", "Export my data"),
    "de": ("Foto teilen", "Keine Nutzungsdaten senden", "Daten exportieren"),
    "fr": ("Partager la photo", "Ne pas envoyer de statistiques d'utilisation", "Exporter les données"),
    "es": ("Compartir la foto", "No enviar estadísticas de uso", "Exportar datos"),
    "pt": ("Partilhar a foto", "Não enviar dados de utilização", "Exportar dados"),
    "it": ("Condividi la foto", "Non inviare statistiche di utilizzo", "Esporta i dati"),
    "nl": ("Foto delen", "Geen gebruiksgegevens versturen", "Gegevens exporteren"),
    "pl": ("Udostępnij zdjęcie", "Nie wysyłaj statystyk użytkowania", "Eksportuj dane"),
    "ru": ("Поделиться фото", "Не отправлять статистику использования", "Экспорт данных"),
    "uk": ("Поділитися фото", "Не надсилати статистику використання", "Експорт даних"),
    "ja": ("写真を共有", "使用状況データを送信しない", "データをエクスポート"),
    "ko": ("사진 공유", "사용 통계를 전송하지 않음", "데이터 내보내기"),
    "tr": ("Fotoğrafı paylaş", "Kullanım istatistiklerini göndermeyin", "Verileri dışa aktar"),
    "ar": ("مشاركة الصورة", "لا ترسل إحصائيات الاستخدام", "تصدير البيانات"),
    "he": ("שיתוף התמונה", "לא לשלוח נתוני שימוש", "ייצוא נתונים"),
    "hi": ("फ़ोटो साझा करें", "उपयोग डेटा न भेजें", "डेटा निर्यात करें"),
    "id": ("Bagikan foto", "Jangan kirim statistik penggunaan", "Ekspor data"),
    "vi": ("Chia sẻ ảnh", "Không gửi thống kê sử dụng", "Xuất dữ liệu"),
    "th": ("แชร์รูปภาพ", "ไม่ส่งสถิติการใช้งาน", "ส่งออกข้อมูล"),
    "sv": ("Dela bilden", "Skicka inte användningsstatistik", "Exportera data"),
    "da": ("Del billedet", "Send ikke brugsstatistik", "Eksportér data"),
    "nb": ("Del bildet", "Ikke send bruksstatistikk", "Eksporter data"),
    "fi": ("Jaa kuva", "Älä lähetä käyttötilastoja", "Vie tiedot"),
    "cs": ("Sdílet fotku", "Neodesílat statistiky používání", "Exportovat data"),
    "hu": ("Fotó megosztása", "Ne küldjön használati statisztikát", "Adatok exportálása"),
    "ro": ("Partajează fotografia", "Nu trimite statistici de utilizare", "Exportă datele"),
    "el": ("Κοινοποίηση φωτογραφίας", "Να μην αποστέλλονται στατιστικά χρήσης", "Εξαγωγή δεδομένων"),
    "sk": ("Zdieľať obrázok", "Nikdy neposielať údaje o používaní", "Exportovať moje údaje"),
    "hr": ("Podijeli fotografiju", "Ne šalji statistiku korištenja", "Izvezi podatke"),
    "sl": ("Deli fotografijo", "Ne pošiljaj statistike uporabe", "Izvozi podatke"),
    "bg": ("Сподели снимката", "Не изпращай статистика за използването", "Експортиране на данните"),
    "lt": ("Bendrinti nuotrauką", "Niekada nesiųsti naudojimo duomenų", "Eksportuoti mano duomenis"),
    "lv": ("Kopīgot attēlu", "Nekad nesūtīt lietošanas datus", "Eksportēt manus datus"),
    "et": ("Jaga pilti", "Ära saada kunagi kasutusandmeid", "Ekspordi minu andmed"),
    "zh-Hans": ("分享照片", "不发送使用统计", "导出数据"),
    "zh-Hant": ("分享相片", "不傳送使用統計", "匯出資料"),
}

POS = [(lang, text, kind) for lang, texts in POSITIVES.items() for text, kind in zip(texts, (S, M, A))]
NEG = [(lang, text) for lang, texts in NEAR_MISSES.items() for text in texts]


def _kind(text, language):
    m = lexicon.load("provider_favouring").match(text, lexicon.langs(language))
    return m.kind if m else None


def test_every_language_has_cases_and_words():
    assert set(POSITIVES) == set(NEAR_MISSES) == set(LANGUAGES)
    data = lexicon.load("provider_favouring").data
    for kind in (S, M):
        assert set(data["kinds"][kind]) >= set(LANGUAGES), kind
    assert set(data["context_says"]) - {"source"} == set(LANGUAGES)
    for kind, spec in data["kinds"].items():
        for lang, block in spec.items():
            if lang in LANGUAGES:
                assert "hand" in block.get("source", {}), (kind, lang)


@pytest.mark.parametrize("known", [True, False], ids=["language", "unknown"])
@pytest.mark.parametrize("case", POS, ids=[f"{c[0]}-{c[2]}" for c in POS])
def test_provider_favouring_labels(case, known):
    lang, text, kind = case
    assert _kind(text, lang if known else None) == kind, text


@pytest.mark.parametrize("known", [True, False], ids=["language", "unknown"])
@pytest.mark.parametrize("case", NEG, ids=[f"{c[0]}-{i % 3}" for i, c in enumerate(NEG)])
def test_near_misses_are_not_provider_favouring(case, known):
    lang, text = case
    assert _kind(text, lang if known else None) is None, text


@pytest.mark.parametrize("lang", sorted(POSITIVES))
def test_a_heading_that_says_the_sharing_counts(lang):
    assert says_sharing(POSITIVES[lang][0], lang) == S


@pytest.mark.parametrize("heading,lang", [
    ("Privacy", "en"), ("Data", "en"), ("Analytics", "en"), ("Usage statistics", "en"),
    ("Datenschutz", "de"), ("Confidentialité", "fr"), ("Statistik", "sv"), ("隐私", "zh-Hans"),
])
def test_a_heading_that_only_names_a_section_does_not(heading, lang):
    assert says_sharing(heading, lang) is None


# The transfer named by two nouns, the data and what is done with it ("Usage collection"):
# a switch so labelled is on the provider's side; the same nouns for the user's own things
# (a photo collection, usage limits) are not.
@pytest.mark.parametrize("label,kind", [
    ("Consent to usage collection", S), ("Analytics tracking", S), ("Diagnostics upload", S),
    ("Performance data collection", S), ("Photo collection", None), ("Usage limits", None),
    ("Collection", None), ("Upload a photo to my collection", None),
])
def test_two_nouns_naming_the_transfer(label, kind):
    assert _kind(label, "en") == kind

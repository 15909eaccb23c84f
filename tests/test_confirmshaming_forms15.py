"""Three confirmshaming forms in all 36 lexicon languages (session 15, helper cs15fix; lt lv et
by helper cs15balt), each a
`patterns` item of detectors/lexicons/confirmshaming.yaml:

(1) `cruel` (cruel2 in zh, ja, ko): an adverb or adjective of cruelty, heartlessness or
    ruthlessness on ANY act of the control, not only leaving ("Cruelly uninstall", "Rechazar
    cruelmente", "残忍卸载", "A cruel refusal") — as the label's own words only: the label opens
    with the adverb (after a "No," and a first person), or an act ends with it, or a cruel
    refusal / goodbye is named. A title ("Cruel World") or a sentence about something else
    ("This update cruelly removed …", a game's "cruel trap") is not;
(2) `chicken`: self-mockery as the way out, a first person calling themselves a coward, a
    chicken, stingy or lazy, or saying they chickened out ("I got cold feet", "amarelei", "认怂");
    fear of a loss stated ("I'm scared of losing my photos") is the way back and is not;
(3) `prefernot`: preferring NOT to do a self-improving thing ("No, I prefer not to study",
    "preferisco non studiare"); preferring not to do the flow's own act ("I'd rather not receive
    e-mails") is a plain decline.

Every sentence is written here in our own words from the general vocabulary and grammar of each
language; none is taken from benchmarks/data/. The expectations were decided by reading each
sentence: a positive is a control label that says one of the three forms; a near miss is a plain
"No thanks", a bare act ("Uninstall"), "Not now", preferring not to receive e-mails, acknowledging
the loss of one's data, a title "Cruel World", fear of losing one's photos, and a sentence ABOUT
cruelty (an app that cruelly deletes photos; zh, zh-Hant: a game's cruel trap, since the
pre-existing zh form reads 残忍地删除 anywhere and the detector, not the grammar, keeps a
paragraph out — tested below through the detector). On main e0fc49c the grammar found 7 of the
99 positives (self-mockery in es it bg ru uk vi ar, as "No, …" + a coward or `selfbad`), and every
language missed at least two forms, so each per-language test below fails there. On main
a17755c (lt lv et blocks without the three forms) none of the 9 lt lv et positives was found.
lt, lv, et: the Baltic negation is prefixed to the verb ("verčiau nesimokysiu", "labāk
nemācīšos"), Estonian "ei" + the bare stem ("pigem ei õpi"); the cruelty adverb of lt and lv
counts on a verb form of the control (infinitive, imperative, future first person), et on any word
but a slang adjective ("julmalt hea", awfully good) or a third-person verb (…-b).

The grammar is tested through the lexicon with the language given (`lexicon.langs(lang)`); a
handful go through the whole detector on a screen (`shamed`), where the language is guessed.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors import lexicon
from tests.test_detectors_text import btn, run, screen
from tests.test_detectors_text_forms import shamed

FORMS = ("cruelty on any act", "self-mockery as the exit", "preferring not to improve")

# per language, one label per form, in the order of FORMS
POSITIVES = {
    "en": [
        "Cruelly uninstall",
        "No, I chickened out",
        "No, I prefer not to study",
    ],
    "de": [
        "Eiskalt deinstallieren",
        "Nein, ich bin halt geizig",
        "Nein, ich möchte lieber nicht lernen",
    ],
    "fr": [
        "Refuser cruellement",
        "Non, je me dégonfle",
        "Non, je préfère ne pas apprendre",
    ],
    "es": [
        "Rechazar cruelmente",
        "No, soy un gallina",
        "No, prefiero no estudiar",
    ],
    "pt": [
        "Recusar friamente",
        "Não, amarelei",
        "Não, prefiro não estudar",
    ],
    "it": [
        "Disinstallare crudelmente",
        "No, sono un fifone",
        "No, preferisco non studiare",
    ],
    "nl": [
        "Harteloos verwijderen",
        "Nee, ik krabbel terug",
        "Nee, ik wil liever niet leren",
    ],
    "sv": [
        "Hjärtlöst avinstallera",
        "Nej, jag fegade ur",
        "Nej, jag vill helst inte lära mig",
    ],
    "da": [
        "Hjerteløst afinstaller",
        "Nej, jeg fik kolde fødder",
        "Nej, jeg vil helst ikke lære",
    ],
    "nb": [
        "Hjerteløst avinstaller",
        "Nei, jeg feiget ut",
        "Nei, jeg vil helst ikke lære",
    ],
    "pl": [
        "Bezlitośnie odinstaluj",
        "Nie, stchórzyłem",
        "Nie, wolę się nie uczyć",
    ],
    "cs": [
        "Nemilosrdně odinstalovat",
        "Ne, jsem prostě srab",
        "Ne, radši se nebudu učit",
    ],
    "sk": [
        "Nemilosrdne odinštalovať",
        "Nie, som proste srab",
        "Nie, radšej sa nebudem učiť",
    ],
    "hr": [
        "Nemilosrdno deinstaliraj",
        "Ne, uplašio sam se",
        "Ne, radije neću učiti",
    ],
    "sl": [
        "Neusmiljeno odstrani",
        "Ne, ustrašil sem se",
        "Ne, raje se ne bom učil",
    ],
    "bg": [
        "Безмилостно деинсталирай",
        "Не, уплаших се",
        "Не, предпочитам да не уча",
    ],
    # lt lv et (helper cs15balt): Baltic negation prefixed to the verb (nesimokysiu, nemācīšos),
    # lv reflexive -s (nobijos); et "ei" + the bare stem (ei õpi), "lõin araks" (I got cold feet)
    "lt": [
        "Negailestingai išdiegti",
        "Ne, pabūgau",
        "Ne, verčiau nesimokysiu",
    ],
    "lv": [
        "Nežēlīgi atinstalēt",
        "Nē, es nobijos",
        "Nē, labāk nemācīšos",
    ],
    "et": [
        "Desinstalli halastamatult",
        "Ei, lõin araks",
        "Ei, ma pigem ei õpi",
    ],
    "ru": [
        "Жестоко удалить",
        "Нет, я струсил",
        "Нет, я лучше не буду учиться",
    ],
    "uk": [
        "Безжально видалити",
        "Ні, я злякався",
        "Ні, я краще не буду вчитися",
    ],
    "tr": [
        "Acımasızca kaldır",
        "Hayır, tırstım",
        "Hayır, öğrenmemeyi tercih ederim",
    ],
    "fi": [
        "Poista julmasti",
        "Ei, jänistin",
        "Ei, mieluummin en opiskele",
    ],
    "hu": [
        "Kegyetlenül törlöm",
        "Nem, betojtam",
        "Nem, inkább nem tanulok",
    ],
    "ro": [
        "Șterge fără milă",
        "Nu, m-am speriat",
        "Nu, prefer să nu învăț",
    ],
    "id": [
        "Tega hapus semuanya",
        "Nggak, aku cemen",
        "Tidak, saya lebih memilih tidak belajar",
    ],
    "vi": [
        "Nhẫn tâm gỡ cài đặt",
        "Không, tôi nhát gan",
        "Không, tôi thà không học",
    ],
    "el": [
        "Απεγκατάσταση χωρίς έλεος",
        "Όχι, κότεψα",
        "Όχι, προτιμώ να μη μάθω",
    ],
    "ar": [
        "احذف بلا رحمة",
        "لا، أنا جبان",
        "لا، أفضل ألا أتعلم",
    ],
    "he": [
        "למחוק בלי רחמים",
        "לא, השתפנתי",
        "לא, אני מעדיף לא ללמוד",
    ],
    "hi": [
        "बेरहमी से अनइंस्टॉल करें",
        "नहीं, मैं तो फट्टू हूँ",
        "नहीं, मैं न सीखना पसंद करूँगा",
    ],
    "th": [
        "ใจร้ายลบแอป",
        "ไม่ล่ะ ผมมันปอดแหก",
        "ไม่ ขอไม่เรียน",
    ],
    "ja": [
        "容赦なくアンインストール",
        "いいえ、ビビりました",
        "いいえ、勉強しないほうがいいです",
    ],
    "ko": [
        "무자비하게 삭제하기",
        "아니요, 저는 쫄보예요",
        "아니요, 공부는 안 할래요",
    ],
    "zh-Hans": [
        "残忍卸载",
        "我认怂",
        "不了，我还是不学习了",
    ],
    "zh-Hant": [
        "殘忍解綁",
        "我認慫",
        "不了，我還是不學習了",
    ],
}

# per language: "No thanks"; "Uninstall"; "Not now"; "I'd rather not receive e-mails"; "I
# understand I will lose my data"; a title "Cruel World"; "I'm scared of losing my photos"; a
# sentence about an app that cruelly deletes photos (zh, zh-Hant: a game's cruel trap)
NEAR_MISSES = {
    "en": [
        "No thanks",
        "Uninstall",
        "Not now",
        "I'd rather not receive e-mails",
        "I understand I will lose my data",
        "Cruel World",
        "I'm scared of losing my photos",
        "This update cruelly removed my favourite feature",
    ],
    "de": [
        "Nein danke",
        "Deinstallieren",
        "Nicht jetzt",
        "Ich möchte lieber keine E-Mails erhalten",
        "Ich verstehe, dass ich meine Daten verliere",
        "Grausame Welt",
        "Ich habe Angst, meine Fotos zu verlieren",
        "Die App löscht grausam alle Fotos",
    ],
    "fr": [
        "Non merci",
        "Désinstaller",
        "Pas maintenant",
        "Je préfère ne pas recevoir d'e-mails",
        "Je comprends que je vais perdre mes données",
        "Monde cruel",
        "J'ai peur de perdre mes photos",
        "Cette appli supprime cruellement vos photos",
    ],
    "es": [
        "No, gracias",
        "Desinstalar",
        "Ahora no",
        "Prefiero no recibir correos",
        "Entiendo que perderé mis datos",
        "Mundo cruel",
        "Tengo miedo de perder mis fotos",
        "La aplicación borra cruelmente tus fotos",
    ],
    "pt": [
        "Não, obrigado",
        "Desinstalar",
        "Agora não",
        "Prefiro não receber e-mails",
        "Entendo que vou perder meus dados",
        "Mundo cruel",
        "Tenho medo de perder minhas fotos",
        "O aplicativo apaga cruelmente suas fotos",
    ],
    "it": [
        "No grazie",
        "Disinstalla",
        "Non ora",
        "Preferisco non ricevere e-mail",
        "Capisco che perderò i miei dati",
        "Mondo crudele",
        "Ho paura di perdere le mie foto",
        "L'app cancella crudelmente le tue foto",
    ],
    "nl": [
        "Nee, bedankt",
        "Verwijderen",
        "Niet nu",
        "Ik wil liever geen e-mails ontvangen",
        "Ik begrijp dat ik mijn gegevens verlies",
        "Wrede wereld",
        "Ik ben bang mijn foto's te verliezen",
        "Deze app verwijdert wreed al je foto's",
    ],
    "sv": [
        "Nej tack",
        "Avinstallera",
        "Inte nu",
        "Jag vill helst inte få e-post",
        "Jag förstår att jag förlorar mina data",
        "Grym värld",
        "Jag är rädd att förlora mina bilder",
        "Appen raderar hjärtlöst dina bilder",
    ],
    "da": [
        "Nej tak",
        "Afinstaller",
        "Ikke nu",
        "Jeg vil helst ikke modtage e-mails",
        "Jeg forstår, at jeg mister mine data",
        "Grusom verden",
        "Jeg er bange for at miste mine billeder",
        "Appen sletter hjerteløst dine billeder",
    ],
    "nb": [
        "Nei takk",
        "Avinstaller",
        "Ikke nå",
        "Jeg vil helst ikke motta e-post",
        "Jeg forstår at jeg mister dataene mine",
        "Grusom verden",
        "Jeg er redd for å miste bildene mine",
        "Appen sletter hjerteløst bildene dine",
    ],
    "pl": [
        "Nie, dziękuję",
        "Odinstaluj",
        "Nie teraz",
        "Wolę nie dostawać e-maili",
        "Rozumiem, że stracę swoje dane",
        "Okrutny świat",
        "Boję się, że stracę zdjęcia",
        "Aplikacja bezlitośnie usuwa twoje zdjęcia",
    ],
    "cs": [
        "Ne, děkuji",
        "Odinstalovat",
        "Teď ne",
        "Radši nechci dostávat e-maily",
        "Rozumím, že přijdu o svá data",
        "Krutý svět",
        "Bojím se, že přijdu o fotky",
        "Aplikace nemilosrdně maže vaše fotky",
    ],
    "sk": [
        "Nie, ďakujem",
        "Odinštalovať",
        "Teraz nie",
        "Radšej nechcem dostávať e-maily",
        "Rozumiem, že prídem o svoje údaje",
        "Krutý svet",
        "Bojím sa, že prídem o fotky",
        "Aplikácia nemilosrdne maže vaše fotky",
    ],
    "hr": [
        "Ne, hvala",
        "Deinstaliraj",
        "Ne sada",
        "Radije ne bih primao e-poruke",
        "Razumijem da ću izgubiti svoje podatke",
        "Okrutni svijet",
        "Bojim se da ću izgubiti fotografije",
        "Aplikacija nemilosrdno briše tvoje fotografije",
    ],
    "sl": [
        "Ne, hvala",
        "Odstrani",
        "Ne zdaj",
        "Raje ne bi prejemal e-pošte",
        "Razumem, da bom izgubil svoje podatke",
        "Krut svet",
        "Bojim se, da bom izgubil fotografije",
        "Aplikacija neusmiljeno briše tvoje fotografije",
    ],
    "bg": [
        "Не, благодаря",
        "Деинсталирай",
        "Не сега",
        "Предпочитам да не получавам имейли",
        "Разбирам, че ще загубя данните си",
        "Жесток свят",
        "Страхувам се, че ще загубя снимките си",
        "Приложението безмилостно трие снимките ви",
    ],
    "lt": [
        "Ne, ačiū",
        "Išdiegti",
        "Ne dabar",
        "Verčiau negausiu el. laiškų",
        "Suprantu, kad prarasiu savo duomenis",
        "Žiaurus pasaulis",
        "Bijau prarasti savo nuotraukas",
        "Programa žiauriai ištrina jūsų nuotraukas",
    ],
    "lv": [
        "Nē, paldies",
        "Atinstalēt",
        "Ne tagad",
        "Labāk nesaņemšu e-pastus",
        "Es saprotu, ka zaudēšu savus datus",
        "Nežēlīgā pasaule",
        "Es baidos pazaudēt savas fotogrāfijas",
        "Lietotne nežēlīgi dzēš jūsu fotogrāfijas",
    ],
    "et": [
        "Ei, aitäh",
        "Desinstalli",
        "Mitte praegu",
        "Eelistan mitte saada e-kirju",
        "Saan aru, et kaotan oma andmed",
        "Julm maailm",
        "Ma kardan oma fotosid kaotada",
        "Rakendus kustutab julmalt sinu fotod",
    ],
    "ru": [
        "Нет, спасибо",
        "Удалить",
        "Не сейчас",
        "Я предпочитаю не получать письма",
        "Я понимаю, что потеряю свои данные",
        "Жестокий мир",
        "Я боюсь потерять свои фото",
        "Приложение жестоко удаляет ваши фото",
    ],
    "uk": [
        "Ні, дякую",
        "Видалити",
        "Не зараз",
        "Я волію не отримувати листи",
        "Я розумію, що втрачу свої дані",
        "Жорстокий світ",
        "Я боюся втратити свої фото",
        "Застосунок безжально видаляє ваші фото",
    ],
    "tr": [
        "Hayır, teşekkürler",
        "Kaldır",
        "Şimdi değil",
        "E-posta almamayı tercih ederim",
        "Verilerimi kaybedeceğimi anlıyorum",
        "Acımasız Dünya",
        "Fotoğraflarımı kaybetmekten korkuyorum",
        "Uygulama fotoğraflarınızı acımasızca siliyor",
    ],
    "fi": [
        "Ei kiitos",
        "Poista asennus",
        "Ei nyt",
        "En mieluummin vastaanota sähköposteja",
        "Ymmärrän, että menetän tietoni",
        "Julma maailma",
        "Pelkään menettäväni kuvani",
        "Sovellus poistaa julmasti kuvasi",
    ],
    "hu": [
        "Nem, köszönöm",
        "Eltávolítás",
        "Most nem",
        "Inkább nem kapok e-maileket",
        "Megértem, hogy elvesztem az adataimat",
        "Kegyetlen világ",
        "Félek, hogy elvesztem a fotóimat",
        "Az alkalmazás kegyetlenül törli a fotóidat",
    ],
    "ro": [
        "Nu, mulțumesc",
        "Dezinstalează",
        "Nu acum",
        "Prefer să nu primesc e-mailuri",
        "Înțeleg că îmi voi pierde datele",
        "Lume fără milă",
        "Mi-e frică să nu-mi pierd pozele",
        "Aplicația îți șterge fără milă pozele",
    ],
    "id": [
        "Tidak, terima kasih",
        "Copot pemasangan",
        "Jangan sekarang",
        "Saya lebih memilih tidak menerima email",
        "Saya mengerti data saya akan hilang",
        "Dunia yang kejam",
        "Saya takut kehilangan foto saya",
        "Aplikasi ini dengan kejam menghapus foto Anda",
    ],
    "vi": [
        "Không, cảm ơn",
        "Gỡ cài đặt",
        "Để sau",
        "Tôi thà không nhận email",
        "Tôi hiểu rằng tôi sẽ mất dữ liệu",
        "Thế giới tàn nhẫn",
        "Tôi sợ mất ảnh của mình",
        "Ứng dụng này tàn nhẫn xóa ảnh của bạn",
    ],
    "el": [
        "Όχι, ευχαριστώ",
        "Απεγκατάσταση",
        "Όχι τώρα",
        "Προτιμώ να μη λαμβάνω email",
        "Καταλαβαίνω ότι θα χάσω τα δεδομένα μου",
        "Σκληρός κόσμος",
        "Φοβάμαι μήπως χάσω τις φωτογραφίες μου",
        "Η εφαρμογή διαγράφει ανελέητα τις φωτογραφίες σας",
    ],
    "ar": [
        "لا، شكرًا",
        "إلغاء التثبيت",
        "ليس الآن",
        "أفضل ألا أتلقى رسائل بريد",
        "أفهم أنني سأفقد بياناتي",
        "عالم بلا رحمة",
        "أخاف أن أفقد صوري",
        "التطبيق يحذف صورك بلا رحمة دائمًا",
    ],
    "he": [
        "לא, תודה",
        "הסר התקנה",
        "לא עכשיו",
        "אני מעדיף לא לקבל מיילים",
        "אני מבין שאאבד את הנתונים שלי",
        "עולם אכזרי",
        "אני מפחד לאבד את התמונות שלי",
        "האפליקציה מוחקת בלי רחמים את התמונות",
    ],
    "hi": [
        "नहीं, धन्यवाद",
        "अनइंस्टॉल करें",
        "अभी नहीं",
        "मैं ईमेल न पाना पसंद करूँगा",
        "मैं समझता हूँ कि मेरा डेटा खो जाएगा",
        "क्रूर दुनिया",
        "मुझे अपनी फ़ोटो खोने का डर है",
        "यह ऐप बेरहमी से आपकी फ़ोटो मिटा देता है",
    ],
    "th": [
        "ไม่ ขอบคุณ",
        "ถอนการติดตั้ง",
        "ไม่ใช่ตอนนี้",
        "ขอไม่รับอีเมล",
        "ฉันเข้าใจว่าจะสูญเสียข้อมูลของฉัน",
        "โลกที่โหดร้าย",
        "ฉันกลัวจะเสียรูปภาพ",
        "แอปนี้ลบรูปของคุณอย่างโหดร้ายทุกวัน",
    ],
    "ja": [
        "いいえ、結構です",
        "アンインストール",
        "今はしない",
        "メールは受け取らないでおきます",
        "データが失われることを理解しました",
        "残酷な世界",
        "写真を失うのが怖いです",
        "このアプリは容赦なく写真を削除します",
    ],
    "ko": [
        "아니요, 괜찮아요",
        "제거",
        "나중에",
        "이메일은 안 받을래요",
        "데이터를 잃는다는 것을 이해합니다",
        "잔인한 세계",
        "사진을 잃을까 봐 무서워요",
        "이 앱은 잔인하게 사진을 삭제합니다",
    ],
    "zh-Hans": [
        "不用了，谢谢",
        "卸载",
        "以后再说",
        "我还是不接收邮件了",
        "我知道我会丢失数据",
        "残酷世界",
        "我怕丢失我的照片",
        "这个游戏是一个残忍的陷阱",
    ],
    "zh-Hant": [
        "不用了，謝謝",
        "解除安裝",
        "以後再說",
        "我還是不接收郵件了",
        "我知道我會遺失資料",
        "殘酷世界",
        "我怕遺失我的照片",
        "這個遊戲是一個殘忍的陷阱",
    ],
}


def _found(text: str, lang: str) -> bool:
    return lexicon.load("confirmshaming").match(text, lexicon.langs(lang)) is not None


@pytest.mark.parametrize("lang", sorted(POSITIVES))
def test_three_forms_found_and_near_misses_quiet(lang):
    # 36 languages (the language blocks of detectors/lexicons/confirmshaming.yaml: the 33 of
    # session 15 and lt lv et), 3 forms, 8 near misses
    assert len(POSITIVES) == len(NEAR_MISSES) == 36
    assert len(POSITIVES[lang]) == len(FORMS) and len(NEAR_MISSES[lang]) == 8
    missed = [form for form, text in zip(FORMS, POSITIVES[lang]) if not _found(text, lang)]
    assert missed == []
    loud = [text for text in NEAR_MISSES[lang] if _found(text, lang)]
    assert loud == []


@pytest.mark.parametrize("quiet,found,lang", [
    # the adverb must be on the control's own act: a title, a sentence about the app, a
    # slang "awfully good", a retreat ("I don't have the heart to delete") stay quiet
    ("Cruel World", "Cruelly clear all", "en"),
    ("The game is a cruel trap", "A cruel refusal", "en"),
    ("I'd rather not delete", "No, I'd rather not get better", "en"),
    ("No, I prefer not to receive e-mails", "I prefer not to grow", "en"),
    ("I'm scared of losing my photos", "No thanks, I'm a cheapskate", "en"),
    ("Grymt bra", "Hjärtlöst avböj", "sv"),
    ("Grusomt godt", "Hjerteløst afvis", "da"),
    ("Krutě dobrý", "Krutě odmítnout", "cs"),
    ("Жестоко добро приложение", "Жестоко откажи", "bg"),
    ("Monde sans pitié", "Supprimer sans pitié", "fr"),
    ("Tidak tega menghapus", "Tega hapus semuanya", "id"),
    ("냉정하게 생각해 보세요", "잔인하게 차단", "ko"),
    ("残忍的陷阱", "无情地清空", "zh-Hans"),
    ("我怕丢失我的照片", "我怂了", "zh-Hans"),
    ("Amarelo", "Não, amarelei", "pt"),
    # lt lv et: the cruelty adverb is also slang for "awfully" ("žiauriai gerai", "nežēlīgi
    # labs", "julmalt hea": awfully good) and stays quiet on an adjective; on an act it is the
    # form, before or after it, or a cruel refusal named
    ("Žiauriai gerai", "Žiauriai atsisakyti", "lt"),
    ("Žiauriai kieti", "Ištrinti viską negailestingai", "lt"),
    ("Nežēlīgi labs", "Nežēlīgi atteikties", "lv"),
    ("Nežēlīgi garšīgi", "Nežēlīgs atteikums", "lv"),
    ("Julmalt hea", "Keeldu julmalt", "et"),
    ("Julmalt lahe", "Julm keeldumine", "et"),
    # a sentence about the app with the adverb last is no act of the control (3rd person -b)
    ("Rakendus kustutab su fotod julmalt", "Kustuta kõik julmalt", "et"),
    # getting scared OF a loss is the way back; getting scared as the exit is the form
    ("Išsigandau, kad prarasiu nuotraukas", "Ne, ačiū, aš pabijojau", "lt"),
    ("Es nobijos, ka pazaudēšu fotogrāfijas", "Nē, man pietrūka dūšas", "lv"),
    ("Lõin kartma, et kaotan fotod", "Ei, ma olen lihtsalt kitsi", "et"),
    # preferring not to do the flow's own act (delete, receive) is a plain decline
    ("Verčiau neištrinti", "Renkuosi netobulėti", "lt"),
    ("Labāk nedzēst", "Labāk netaupīšu", "lv"),
    ("Pigem ei kustuta", "Eelistan mitte areneda", "et"),
])
def test_near_misses_beside_their_form(quiet, found, lang):
    assert not _found(quiet, lang)
    assert _found(found, lang)


@pytest.mark.parametrize("label,near", [
    # through the whole detector, the language guessed from the label
    ("No thanks, I'll heartlessly decline", "No thanks, I'd rather not receive e-mails"),
    ("Nein danke, ich bin halt geizig", "Nein danke, ich möchte lieber keine E-Mails"),
    ("Non merci, je préfère ne pas progresser", "Non merci, je préfère ne pas recevoir d'e-mails"),
    ("No gracias, soy un gallina", "No gracias, prefiero no recibir correos"),
    ("Não, obrigado, eu amarelei", "Não, obrigado, prefiro não receber e-mails"),
    ("No grazie, preferisco non migliorare", "No grazie, preferisco non ricevere e-mail"),
    ("Нет, спасибо, я струсил", "Нет, спасибо, я не хочу получать письма"),
    ("いいえ、容赦なく削除します", "いいえ、メールは受け取らないでおきます"),
    ("残忍卸载", "卸载"),
    ("我认怂", "我怕丢失我的照片"),
])
def test_forms_found_through_the_detector(label, near):
    assert shamed(label) == [label]
    assert shamed(near) == []


@pytest.mark.parametrize("head,yes,label,near", [
    # lt lv et through the whole detector, on a screen in the language (an English heading beside
    # a short Estonian "Ei, …" is guessed Finnish, a matter of the language guess, not of this
    # grammar): each form, and the plain decline in the same words beside it
    ("Specialus pasiūlymas", "Taip, prašau", "Ne, ačiū, verčiau nesimokysiu",
     "Ne, ačiū, verčiau negausiu el. laiškų"),
    ("Specialus pasiūlymas", "Taip, prašau", "Negailestingai išdiegti", "Išdiegti"),
    ("Īpašais piedāvājums", "Jā, lūdzu", "Nē, paldies, labāk nemācīšos",
     "Nē, paldies, labāk nesaņemšu e-pastus"),
    ("Īpašais piedāvājums", "Jā, lūdzu", "Nē, paldies, es nobijos", "Nē, paldies"),
    ("Eripakkumine", "Jah, palun", "Ei, aitäh, ma pigem ei õpi", "Ei, aitäh, ma pigem ei saa e-kirju"),
    ("Eripakkumine", "Jah, palun", "Ei, aitäh, lõin araks", "Ei, aitäh"),
    ("Eripakkumine", "Jah, palun", "Desinstalli halastamatult", "Desinstalli"),
])
def test_baltic_forms_found_through_the_detector(head, yes, label, near):
    def found(text):
        return [f.evidence for f in run(screen(head, btn(yes), btn(text)))
                if f.type == "confirmshaming"]
    assert (found(label), found(near)) == ([label], [])


@pytest.mark.parametrize("sentence", [
    "Cruelly uninstall", "残忍地删除了我的照片", "I chickened out", "No, I prefer not to study",
])
def test_a_paragraph_declines_nothing(sentence):
    # the same words as a line of text, no control of their own nor beside a bare one: a
    # description, not an option (the detector's rule, for the new forms as for the old)
    found = run(screen("Special offer", sentence, btn("Yes, please"), btn("No thanks")))
    assert [f for f in found if f.type == "confirmshaming"] == []


@pytest.mark.parametrize("quiet,found,lang", [
    # a first person calling themselves heartless or cruel as the way out; a question, or
    # someone else called heartless, is no such exit
    ("I'm heartless?", "No, I'm heartless", "en"),
    ("My boss is heartless", "No thanks, I'm just cold-hearted", "en"),
    ("Mein Chef ist herzlos", "Nein, ich bin halt herzlos", "de"),
    ("Le monde est sans cœur", "Non, je suis sans cœur", "fr"),
    ("El jefe es un desalmado", "No, soy un desalmado", "es"),
    ("O mundo é cruel", "Não, sou sem coração", "pt"),
    ("Il mondo è crudele", "No, sono senza cuore", "it"),
    ("Мир бессердечный", "Нет, я бессердечный", "ru"),
    ("我就是这么狠心？", "我就是这么狠心", "zh-Hans"),
    ("他很無情", "我就是這麼無情", "zh-Hant"),
    ("彼は冷酷です", "いいえ、私は冷酷なので", "ja"),
    ("그는 매정한 사람이에요", "아니요, 저는 매정한 사람이에요", "ko"),
    # ko: the older cruel form (매정하게 / 냉정하게 + leaving) on any act of removal too; 냉정하게
    # alone is also "calmly", so only with such an act
    ("냉정하게 판단하기", "매정하게 삭제하기", "ko"),
    ("냉정하게 생각해 보세요", "냉정하게 구독 취소", "ko"),
])
def test_heartless_self_and_cold_removal(quiet, found, lang):
    assert not _found(quiet, lang)
    assert _found(found, lang)


@pytest.mark.parametrize("quiet,found", [
    # et: "ei" is the same in every person, so "ei taha / ei soovi / ei vaja" refuses in the first
    # person only with "ma" / "mina" or opening the label or a clause (the subject dropped, as in
    # a label); a noun before it is its subject ("coupons need no code", "customers don't want
    # to wait", "the app doesn't need your money"): no refusal of a gain. On main a17755c each
    # quiet sentence was found (neg_want + a gain word anywhere in the label)
    ("Kupongid ei vaja koodi", "Ei vaja soodustusi"),
    ("Kliendid ei taha kaua oodata", "Ma tõesti ei taha raha säästa"),
    ("Rakendus ei vaja sinu raha", "Aitäh, ei taha säästa"),
    ("Boonused ei soovi midagi", "Mina ei soovi boonuseid"),
])
def test_et_refusal_needs_a_first_person(quiet, found):
    assert not _found(quiet, "et")
    assert _found(found, "et")


@pytest.mark.parametrize("text, found", [
    ("Bon, j'me dégonfle", True),                 # spoken French: "je" elided before a consonant
    ("Non, j'suis trop radin", True),
    ("J'me déconnecte", False),                    # signing out, no self-mockery
    ("J'suis d'accord", False),
])
def test_french_spoken_elision_of_je(text, found):
    """Spoken French writes "j'me", "j'suis" for "je me", "je suis" on buttons; the self-mockery
    form reads both. By hand: the first two mock the person who declines, the last two do not."""
    assert bool(lexicon.load("confirmshaming").match(text, ("fr", "en"))) is found
    assert bool(shamed(text)) is found

"""Acknowledging the loss of one's OWN data is no confirmshaming, in all 33 lexicon languages
(session 14, helper csloss), and in lt, lv, et with their blocks (helper langtext, baltbase).

In an account-deletion flow the last confirmation often has a checkbox or a button that
acknowledges what deleting costs: "I understand that I will lose all my data", "I accept losing my
account and my files". That is the plain consequence of the person's own choice; it belittles
nobody (the header of detectors/lexicons/confirmshaming.yaml says so since the "heldout" session,
and English had an `unless` for it). In most other languages the preference grammar read such a
line as "I accept / I will … lose" = [prefer, bads] and flagged it. Each language now has an
`unless`: a verb or noun of losing with one's own data, account, files, progress, history,
content, messages, photos or purchases as its object, in either order.

Every sentence is written here in our own words from the general vocabulary of each language;
none is taken from benchmarks/data/. Per language: an "I understand …" line, an "I accept …"
line, a checkbox-style "Yes, I understand all my data will be deleted and cannot be recovered",
an "I will lose …" line, and in most languages a fifth line built on that language's own
preference words ("I'm fine with losing …", "I agree to lose …", "Saya rela kehilangan …"),
chosen because it WAS flagged. Counted by hand and by running each line on main f55a3e0's yaml:
there, 46 of the 152 quiet lines were flagged, and every language had at least one, so each
per-language test below fails on main (checked: the yaml swapped for main's, 33 of 33 failed).

What must still be found: per language one confirmshaming line that names a loss (preferring
to lose one's DISCOUNT, an exclusive good) or data for another reason ("I don't want to protect
my data"), as the existing forms found it on main; the unless names only one's own things, so a
discount, a deal or protection stay shaming.

Each line goes through the lexicon with its language given (`lexicon.langs(lang)`) and through
the whole detector on a screen (`shamed`), which reads every clause apart and guesses the
language itself.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors import lexicon
from tests.test_detectors_text_forms import shamed

# per language: acknowledgements that must stay quiet
QUIET = {
    "en": ["I understand that I will lose all my data",
           "I accept losing my account and all my files",
           "Yes, I understand all my data will be deleted and cannot be recovered",
           "I will lose my progress and history",
           "I accept that I will lose my photos and messages",
           "I'm fine with losing my photos and purchases"],
    "de": ["Ich verstehe, dass ich alle meine Daten verlieren werde",
           "Ich akzeptiere den Verlust meines Kontos und meiner Dateien",
           "Ja, ich verstehe, dass alle meine Daten gelöscht werden und nicht wiederhergestellt werden können",
           "Ich werde meine Fotos und Nachrichten verlieren"],
    "fr": ["Je comprends que je vais perdre tous mes messages et mes photos",
           "J'accepte de perdre mon compte et mes fichiers",
           "Oui, je comprends que toutes mes données seront supprimées et ne pourront pas être récupérées",
           "Je perdrai tout mon historique"],
    "es": ["Entiendo que perderé todos mis datos",
           "Acepto perder mi cuenta y mis archivos",
           "Sí, entiendo que todos mis datos se eliminarán y no se podrán recuperar",
           "Voy a perder mi progreso y mi historial"],
    "pt": ["Entendo que vou perder minhas mensagens e fotos",
           "Aceito perder minha conta e meus arquivos",
           "Sim, entendo que todos os meus dados serão excluídos e não poderão ser recuperados",
           "Vou perder meu histórico e minhas fotos"],
    "ru": ["Я понимаю, что потеряю все свои данные",
           "Я согласен потерять свой аккаунт и файлы",
           "Да, я понимаю, что все мои данные будут удалены и не могут быть восстановлены",
           "Я потеряю всю историю и сообщения",
           "Я согласна потерять всю переписку и фото"],
    "ja": ["すべてのデータが失われることを理解しました",
           "アカウントとデータを失うことに同意します",
           "はい、すべてのデータが削除され、復元できないことを理解しています",
           "履歴と写真をすべて失います",
           "はい、データを失ってもいいです"],
    "ko": ["모든 데이터를 잃게 된다는 것을 이해합니다",
           "계정과 파일을 잃는 것에 동의합니다",
           "네, 모든 데이터가 삭제되며 복구할 수 없음을 이해합니다",
           "저는 모든 기록과 사진을 잃게 됩니다",
           "네, 데이터를 잃어도 괜찮아요"],
    "it": ["Capisco che perderò tutti i miei dati",
           "Accetto di perdere il mio account e i miei file",
           "Sì, capisco che tutti i miei dati verranno eliminati e non potranno essere recuperati",
           "Perderò la cronologia e i miei progressi"],
    "nl": ["Ik begrijp dat ik al mijn gegevens kwijtraak",
           "Ik accepteer dat ik mijn account en bestanden verlies",
           "Ja, ik begrijp dat al mijn gegevens worden verwijderd en niet kunnen worden hersteld",
           "Ik verlies al mijn foto's en berichten"],
    "sv": ["Jag förstår att jag förlorar alla mina filer och bilder",
           "Jag accepterar att förlora mitt konto och mina filer",
           "Ja, jag förstår att all min data raderas och inte kan återställas",
           "Jag kommer att förlora min historik och mina bilder",
           "Jag accepterar att jag förlorar alla mina bilder"],
    "da": ["Jeg forstår, at jeg mister alle mine data",
           "Jeg accepterer at miste min konto og mine filer",
           "Ja, jeg forstår, at alle mine data bliver slettet og ikke kan gendannes",
           "Jeg mister hele min historik og mine billeder"],
    "nb": ["Jeg forstår at jeg mister alle dataene mine",
           "Jeg godtar å miste kontoen og filene mine",
           "Ja, jeg forstår at alle dataene mine blir slettet og ikke kan gjenopprettes",
           "Jeg mister all historikk og alle bildene mine"],
    "pl": ["Rozumiem, że stracę wszystkie moje dane",
           "Akceptuję utratę mojego konta i plików",
           "Tak, rozumiem, że wszystkie moje dane zostaną usunięte i nie będzie można ich odzyskać",
           "Stracę całą historię i zdjęcia",
           "Tak, akceptuję, że mogę stracić konto i zdjęcia"],
    "cs": ["Rozumím, že přijdu o všechna svá data",
           "Souhlasím se ztrátou svého účtu a souborů",
           "Ano, rozumím, že všechna moje data budou smazána a nepůjde je obnovit",
           "Ztratím celou historii a fotky",
           "Ano, chci ztratit svůj účet i data"],
    "sk": ["Rozumiem, že prídem o všetky svoje údaje",
           "Súhlasím so stratou svojho účtu a súborov",
           "Áno, rozumiem, že všetky moje údaje budú vymazané a nebude možné ich obnoviť",
           "Stratím celú históriu a fotky",
           "Áno, chcem stratiť svoj účet aj údaje"],
    "hr": ["Razumijem da ću izgubiti sve svoje podatke",
           "Prihvaćam gubitak svog računa i datoteka",
           "Da, razumijem da će svi moji podaci biti izbrisani i da se ne mogu vratiti",
           "Izgubit ću svu povijest i fotografije"],
    "sl": ["Razumem, da bom izgubil vse svoje podatke",
           "Sprejemam izgubo svojega računa in datotek",
           "Da, razumem, da bodo vsi moji podatki izbrisani in jih ne bo mogoče obnoviti",
           "Izgubil bom vso zgodovino in fotografije",
           "Zadovoljen sem z izgubo svojih podatkov"],
    "bg": ["Разбирам, че ще загубя всички съобщения и снимки",
           "Приемам загубата на профила и файловете си",
           "Да, разбирам, че всичките ми данни ще бъдат изтрити и не могат да бъдат възстановени",
           "Ще загубя цялата история и снимките си"],
    "tr": ["Tüm verilerimi kaybedeceğimi anlıyorum",
           "Hesabımı ve dosyalarımı kaybetmeyi kabul ediyorum",
           "Evet, tüm verilerimin silineceğini ve geri alınamayacağını anlıyorum",
           "Tüm geçmişimi ve fotoğraflarımı kaybedeceğim",
           "Tüm verilerimi kaybetmeye razıyım"],
    "fi": ["Ymmärrän, että menetän kaikki tietoni",
           "Hyväksyn tilini ja tiedostojeni menettämisen",
           "Kyllä, ymmärrän, että kaikki tietoni poistetaan eikä niitä voi palauttaa",
           "Menetän koko historiani ja kuvani",
           "Hyväksyn, että menetän kaikki kuvani ja viestini"],
    "hu": ["Megértettem, hogy minden adatomat elveszítem",
           "Elfogadom, hogy elveszítem a fiókomat és a fájljaimat",
           "Igen, megértettem, hogy minden adatom törlődik, és nem állítható vissza",
           "Elveszítem az előzményeimet és a fotóimat",
           "Tudomásul veszem és vállalom, hogy elveszítem minden adatomat"],
    "ro": ["Înțeleg că voi pierde toate datele mele",
           "Accept pierderea contului și a fișierelor mele",
           "Da, înțeleg că toate datele mele vor fi șterse și nu pot fi recuperate",
           "Voi pierde tot istoricul și pozele"],
    "uk": ["Я розумію, що втрачу всі свої дані",
           "Я погоджуюся втратити свій акаунт і файли",
           "Так, я розумію, що всі мої дані буде видалено і їх не можна відновити",
           "Я втрачу всю історію та фотографії",
           "Так, я згодна втратити акаунт і фото"],
    "id": ["Saya mengerti bahwa saya akan kehilangan semua data saya",
           "Saya menerima kehilangan akun dan file saya",
           "Ya, saya mengerti semua data saya akan dihapus dan tidak dapat dipulihkan",
           "Saya akan kehilangan riwayat dan foto saya",
           "Saya rela kehilangan semua foto dan pesan saya"],
    "vi": ["Tôi hiểu rằng tôi sẽ mất toàn bộ dữ liệu của mình",
           "Tôi chấp nhận mất tài khoản và các tệp của mình",
           "Vâng, tôi hiểu rằng tất cả dữ liệu của tôi sẽ bị xóa và không thể khôi phục",
           "Tôi sẽ mất lịch sử và ảnh của mình",
           "Tôi chấp nhận mất toàn bộ dữ liệu của mình"],
    "el": ["Καταλαβαίνω ότι θα χάσω όλα τα δεδομένα μου",
           "Αποδέχομαι την απώλεια του λογαριασμού και των αρχείων μου",
           "Ναι, καταλαβαίνω ότι όλα τα δεδομένα μου θα διαγραφούν και δεν μπορούν να ανακτηθούν",
           "Θα χάσω το ιστορικό και τις φωτογραφίες μου",
           "Δέχομαι να χάσω τον λογαριασμό και τις φωτογραφίες μου"],
    "ar": ["أفهم أنني سأفقد جميع بياناتي",
           "أقبل فقدان حسابي وملفاتي",
           "نعم، أفهم أن جميع بياناتي ستُحذف ولا يمكن استعادتها",
           "سأخسر سجلي وصوري",
           "أقبل بخسارة صوري ورسائلي"],
    "he": ["אני מבין שאאבד את כל הנתונים שלי",
           "אני מסכים לאבד את החשבון והקבצים שלי",
           "כן, אני מבין שכל הנתונים שלי יימחקו ולא ניתן יהיה לשחזר אותם",
           "אאבד את ההיסטוריה והתמונות שלי",
           "אני בסדר עם לאבד את התמונות וההודעות שלי"],
    "hi": ["मैं समझता हूँ कि मेरा सारा डेटा खो जाएगा",
           "मैं अपना खाता और फ़ाइलें खोना स्वीकार करता हूँ",
           "हाँ, मैं समझता हूँ कि मेरा सारा डेटा हटा दिया जाएगा और वापस नहीं लाया जा सकता",
           "मेरा इतिहास और तस्वीरें खो जाएँगी",
           "मुझे अपना सारा डेटा खोना मंज़ूर है"],
    "th": ["ฉันเข้าใจว่าฉันจะสูญเสียข้อมูลทั้งหมด",
           "ฉันยอมรับการสูญเสียบัญชีและไฟล์ของฉัน",
           "ใช่ ฉันเข้าใจว่าข้อมูลทั้งหมดของฉันจะถูกลบและไม่สามารถกู้คืนได้",
           "ฉันยอมเสียประวัติและรูปภาพทั้งหมด"],
    "zh-Hans": ["我了解我将失去所有数据",
                "我接受失去我的账号和文件",
                "是的，我了解我的所有数据将被删除且无法恢复",
                "我愿意放弃我的聊天记录和照片"],
    "zh-Hant": ["我了解我將失去所有資料",
                "我接受失去我的帳號和檔案",
                "是的，我了解我的所有資料將被刪除且無法復原",
                "我願意放棄我的聊天記錄和照片"],
    "lt": ["Suprantu, kad prarasiu visus savo duomenis",
           "Sutinku su savo paskyros ir failų praradimu",
           "Taip, suprantu, kad visi mano duomenys bus ištrinti ir jų nebus galima atkurti",
           "Prarasiu visą istoriją ir nuotraukas",
           "Taip, noriu prarasti savo paskyrą ir duomenis"],
    "lv": ["Saprotu, ka zaudēšu visus savus datus",
           "Piekrītu sava konta un failu zaudēšanai",
           "Jā, saprotu, ka visi mani dati tiks dzēsti un tos nevarēs atjaunot",
           "Zaudēšu visu vēsturi un fotoattēlus",
           "Jā, gribu zaudēt savu kontu un datus"],
    "et": ["Saan aru, et kaotan kõik oma andmed",
           "Nõustun oma konto ja failide kaotamisega",
           "Jah, saan aru, et kõik minu andmed kustutatakse ja neid ei saa taastada",
           "Kaotan kogu ajaloo ja fotod",
           "Jah, nõustun, et kaotan kõik oma pildid ja sõnumid"],
}

# per language: a confirmshaming line that names a loss or data and must still be found
FOUND = {
    "en": "No thanks, I don't want to protect my data",
    "de": "Nein, ich verliere lieber meinen Rabatt",
    "fr": "Non merci, je préfère perdre ma réduction",
    "es": "No gracias, prefiero perder mi descuento",
    "pt": "Não, prefiro perder meu desconto",
    "ru": "Нет, я лучше потеряю свою скидку",
    "ja": "いいえ、割引を失ってもいいです",
    "ko": "아니요, 할인을 잃어도 괜찮아요",
    "it": "No grazie, preferisco perdere il mio sconto",
    "nl": "Nee, ik verlies liever mijn korting",
    "sv": "Nej tack, jag förlorar hellre min rabatt",
    "da": "Nej tak, jeg vil hellere miste min rabat",
    "nb": "Nei takk, jeg vil heller miste rabatten min",
    "pl": "Nie, wolę stracić moją zniżkę",
    "cs": "Ne, raději přijdu o svou slevu",
    "sk": "Nie, radšej prídem o svoju zľavu",
    "hr": "Ne, radije ću izgubiti svoj popust",
    "sl": "Ne, raje izgubim svoj popust",
    "bg": "Не, предпочитам да загубя отстъпката си",
    "tr": "Hayır, indirimimi kaybetmeyi tercih ederim",
    "fi": "Ei kiitos, menetän mieluummin alennukseni",
    "hu": "Nem, inkább elveszítem a kedvezményemet",
    "ro": "Nu, prefer să pierd reducerea",
    "uk": "Ні, я краще втрачу свою знижку",
    "id": "Tidak, saya lebih suka kehilangan diskon saya",
    "vi": "Không, tôi thà mất ưu đãi của mình",
    "el": "Όχι, προτιμώ να χάσω την έκπτωσή μου",
    "ar": "لا، أفضل أن أخسر الخصم",
    "he": "לא, אני מעדיף להפסיד את ההנחה",
    "hi": "नहीं, मैं छूट खोना पसंद करूँगा",
    "th": "ไม่ ฉันยอมสูญเสียส่วนลด",
    "zh-Hans": "不了，我宁愿失去优惠",
    "zh-Hant": "不了，我寧願失去優惠",
    "lt": "Ne, verčiau prarasiu savo nuolaidą",
    "lv": "Nē, labāk zaudēšu savu atlaidi",
    "et": "Ei aitäh, kaotan pigem oma soodustuse",
}


def test_all_lexicon_languages_covered():
    # 33: en, zh-Hans, zh-Hant, de, fr, es, pt, ru, ja, ko, it, nl, sv, da, nb, pl, cs, sk, hr,
    # sl, bg, tr, fi, hu, ro, uk, id, vi, el, ar, he, hi, th (the blocks of the yaml's `shaming`)
    langs = set(lexicon.load("confirmshaming").data["kinds"]["shaming"]) - {"explain"}
    assert set(QUIET) == set(FOUND) == langs
    assert len(langs) == 36     # and lt, lv, et (helper langtext, branch baltbase)
    assert all(len(v) >= 4 for v in QUIET.values())


@pytest.mark.parametrize("lang", sorted(QUIET))
def test_own_data_loss_acknowledged_stays_quiet(lang):
    lex = lexicon.load("confirmshaming")
    loud = [q for q in QUIET[lang] if lex.match(q, lexicon.langs(lang)) or shamed(q)]
    assert loud == []


@pytest.mark.parametrize("lang", sorted(FOUND))
def test_shaming_that_names_a_loss_still_found(lang):
    line = FOUND[lang]
    assert lexicon.load("confirmshaming").match(line, lexicon.langs(lang)) is not None
    assert shamed(line) == [line]


@pytest.mark.parametrize("line", [
    "No thanks, I'd rather leave my data unprotected",   # data, but the loss is protection
    "No, I prefer to lose my discount",                  # a loss of a gain, not of one's own things
    "I'll take the loss",                                # accepting the loss (lossok)
    "No, I don't care about keeping my data safe",       # not caring (care)
    "I'm fine with losing my discount, delete my data",  # the first clause shames on its own
])
def test_english_shaming_near_data_still_found(line):
    assert shamed(line) == [line]

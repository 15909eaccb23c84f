"""Confirmshaming forms of a decline control's own label (session 17, helper cs17fix), each a
`patterns` item appended at the end of its language's list in
detectors/lexicons/confirmshaming.yaml, in all 36 lexicon languages:

(1) `poor`: calling oneself POOR or BROKE as the exit ("I'm poor", "No, I'm broke", "Sorry, I'm
    too poor", zh 我是穷人 / 我穷 / 我没钱, de pleite, fr fauché, es sin blanca, ru нищий, ja 金欠,
    ko 돈이 없어요 …), self-mockery like "I'm a cheapskate". A third person or content ("for
    poor families", "poor connection", "poor at maths") and a question are not;
(2) `notbegood`: refusing to BE or BECOME something good, with each language's first-person "I
    don't want to be / become" and a positive adjective or role ("No, I don't want to be an
    elite driver / a pro", "Ich will kein Profi werden", "Не хочу быть успешным"). A neutral or
    unwanted complement ("I don't want to be notified / contacted / tracked / disturbed") and a
    third person are not. Most languages already read "I don't want to be rich" through
    [neg_want, goods] (see below); the new pattern adds the roles and adjectives the goods lack;
(3) `takeloss`: CHOOSING the loss or missing out ("I'll miss out", "Dann verpasse ich es halt",
    "me lo pierdo", ko 손해 볼게요, ja 特典を逃します); a warning to the person ("You'll lose your
    data") and "Lost and found" are not. en already had it (`lossok`, the valence of "miss out");
(4) `disbelief`: first-person disbelief in a GOOD thing ("I don't believe in self-care / in
    discounts / in saving money"); "I don't believe it", "Hard to believe" and a third person
    are not;
(5) `indiff`: the colloquial idioms of indifference ("I couldn't care less", "I don't give a
    toss", "мне пофиг", "Ist mir doch schnuppe", "me importa un bledo", 管他呢, 知ったこっちゃない,
    "bodo amat" …) beside the older `care` forms; a neutral instruction ("It doesn't matter which
    one you choose") is not — which the older `care` forms read as shaming in ko (…해도
    상관없어요), hi (कोई फ़र्क नहीं पड़ता कि …) and pt ("Tanto faz qual você escolher"): narrowed;
(6) renouncing a gain BARE, with no first person and no stance ("Give up the reward", zh 放弃奖励)
    is a plain statement of the consequence, not shaming; with a first person or a stance
    (忍痛放弃, "I'll give up my reward", "Prefiro abrir mão") it stays shaming. The `renounce`
    groups that read the bare verb were narrowed in zh-Hans, zh-Hant, pt, id, he, th, and ko's
    connective 포기하고 now needs a first-person ending after it (…나갈게요).

Every sentence is written here in our own words from the general vocabulary and grammar of each
language; none is taken from benchmarks/data/. The expectations were decided by reading each
sentence. On main 1b70b76 (its yaml swapped in) the grammar found none of the 36 `poor` nor of
the 36 `disbelief` positives below (so every per-language test fails there), 25 of the 36
`notbegood`, 14 of the 36 `takeloss` and 23 of the 36 `indiff` positives (those already read
by [neg_want, goods], `lossok` or `care`); every pair below fails on main (its `found` was
missed or its `quiet` was read), and every bare form of RENOUNCE was read as shaming on main
(en's "Give up the reward" and "Forfeit bonus" were already quiet: its `renounce` needs "I").
With main's yaml swapped in, all 105 tests of this file fail.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors import lexicon

FORMS = ("poor", "notbegood", "takeloss", "disbelief", "indiff")

# per language, one label per form, in the order of FORMS
POSITIVES = {
    "en": ["Sorry, I'm too poor", "No, I don't want to be an elite driver", "Okay, I'll miss out", "No thanks, I don't believe in self-care", "Nah, I couldn't care less"],
    "zh-Hans": ['不了，我是穷人', '我不想成为学霸', '算了，我认栽', '我不相信省钱', '不了，无所谓'],
    "zh-Hant": ['不了，我窮', '我不想變得更健康', '錯過就錯過', '我不相信自律', '管他呢'],
    "de": ['Nein, ich bin pleite', 'Nein, ich will kein Profi werden', 'Dann verpasse ich es halt', 'Ich glaube nicht an Rabatte', 'Ist mir doch schnuppe'],
    "fr": ['Non, je suis fauché', 'Je ne veux pas devenir riche', 'Tant pis, je passe à côté', 'Je ne crois pas aux promos', "Je m'en fiche"],
    "es": ['No, estoy sin blanca', 'No quiero ser más fuerte', 'Vale, me lo pierdo', 'No creo en el ahorro', 'Me da igual'],
    "pt": ['Não, tô duro', 'Não quero ficar em forma', 'Tudo bem, saio perdendo', 'Não acredito em descontos', 'Não tô nem aí'],
    "it": ['No, sono al verde', 'Non voglio diventare ricco', 'Va bene, me lo perdo', 'Non credo nel risparmio', 'Me ne frego'],
    "ru": ['Нет, я нищий', 'Я не хочу быть успешным', 'Ладно, останусь в минусе', 'Не верю в скидки', 'Мне пофиг'],
    "uk": ['Ні, я бідний', 'Не хочу бути здоровим', 'Гаразд, втрачу свій шанс', 'Я не вірю в знижки', 'Мені байдуже'],
    "bg": ['Не, беден съм', 'Не искам да съм по-здрав', 'Ще пропусна шанса', 'Не вярвам в отстъпки', 'Не ми пука'],
    "pl": ['Nie, jestem spłukany', 'Nie chcę być bogaty', 'Trudno, przegapię', 'Nie wierzę w promocje', 'Mam to gdzieś'],
    "cs": ['Ne, jsem švorc', 'Nechci být úspěšný', 'Nevadí, přijdu o slevu', 'Nevěřím ve slevy', 'Je mi to fuk'],
    "sk": ['Nie, som chudobný', 'Nechcem byť bohatý', 'Tak prídem o zľavu', 'Neverím v zľavy', 'Je mi to jedno'],
    "hr": ['Ne, švorc sam', 'Ne želim biti bogat', 'Propustit ću priliku', 'Ne vjerujem u popuste', 'Baš me briga'],
    "sl": ['Ne, nimam denarja', 'Nočem biti uspešen', 'Bom pač zamudil', 'Ne verjamem v popuste', 'Vseeno mi je'],
    "lt": ['Ne, esu vargšas', 'Nenoriu būti turtingas', 'Gerai, praleisiu progą', 'Netikiu nuolaidomis', 'Man dzin'],
    "lv": ['Nē, esmu nabags', 'Negribu būt bagāts', 'Labi, palaidīšu garām', 'Neticu atlaidēm', 'Man vienalga'],
    "et": ['Ei, olen vaene', 'Ma ei taha olla rikas', 'Olgu, jään ilma', 'Ma ei usu allahindlustesse', 'Mul on savi'],
    "tr": ['Hayır, param yok', 'Zengin olmak istemiyorum', 'Tamam, kaçırayım', 'İndirimlere inanmıyorum', 'Umurumda değil'],
    "fi": ['Ei, olen köyhä', 'En halua olla rikas', 'Okei, jään paitsi', 'En usko alennuksiin', 'Ihan sama mulle'],
    "hu": ['Nem, szegény vagyok', 'Nem akarok sikeres lenni', 'Rendben, lemaradok róla', 'Nem hiszek a kedvezményekben', 'Leszarom'],
    "ro": ['Nu, sunt lefter', 'Nu vreau să fiu bogat', 'Bine, ratez ocazia', 'Nu cred în reduceri', 'Nu-mi pasă'],
    "id": ['Nggak, aku lagi bokek', 'Aku nggak mau jadi sukses', 'Ya sudah, aku rela rugi', 'Saya tidak percaya pada diskon', 'Bodo amat'],
    "vi": ['Không, tôi hết tiền', 'Tôi không muốn trở nên giàu', 'Thôi, tôi chịu thiệt', 'Tôi không tin vào giảm giá', 'Mặc kệ'],
    "el": ['Όχι, είμαι άφραγκος', 'Δεν θέλω να γίνω πλούσιος', 'Ας το χάσω', 'Δεν πιστεύω στις εκπτώσεις', 'Δεν με νοιάζει'],
    "ar": ['لا، أنا مفلس', 'لا أريد أن أكون ناجحا', 'سأفوت الفرصة', 'لا أؤمن بالتوفير', 'لا يهمني'],
    "he": ['לא, אני תפרן', 'לא רוצה להיות עשיר', 'אפסיד, לא נורא', 'לא מאמין בהנחות', 'לא אכפת לי'],
    "hi": ['नहीं, मैं गरीब हूँ', 'मुझे अमीर नहीं बनना', 'मेरा नुकसान सही', 'मुझे बचत में विश्वास नहीं है', 'मुझे कोई परवाह नहीं'],
    "th": ['ไม่ล่ะ ฉันถังแตก', 'ไม่อยากรวย', 'ยอมพลาด', 'ไม่เชื่อในการประหยัด', 'ช่างมัน'],
    "ja": ['いいえ、金欠なので', '金持ちになりたくない', '特典を逃します', '節約なんて信じない', 'どうでもいい'],
    "ko": ['아니요, 돈이 없어요', '부자가 되고 싶지 않아요', '손해 볼게요', '할인은 안 믿어요', '알 게 뭐야'],
    "nl": ['Nee, ik ben blut', 'Ik wil niet rijk worden', 'Dan mis ik het maar', 'Ik geloof niet in korting', 'Boeit me niks'],
    "sv": ['Nej, jag är pank', 'Jag vill inte bli rik', 'Då missar jag det', 'Jag tror inte på rabatter', 'Det skiter jag i'],
    "da": ['Nej, jeg er flad', 'Jeg vil ikke være rig', 'Så går jeg glip af det', 'Jeg tror ikke på rabatter', 'Jeg er ligeglad'],
    "nb": ['Nei, jeg er blakk', 'Jeg vil ikke bli rik', 'Så går jeg glipp av det', 'Jeg tror ikke på rabatter', 'Jeg gir blaffen'],
}

# per language: a third person or content about poverty ("for poor families", "poor
# connection"), "I don't want to be disturbed / notified" (a neutral or unwanted complement), a
# warning of the decliner's loss ("You'll lose your data"), disbelief in a statement ("I don't
# believe it"), a neutral "it doesn't matter which one you choose"; and where the grammar read
# it before, the bare renouncing of a gain (item 6)
NEAR_MISSES = {
    "en": ['Plans for poor people', 'Poor connection, try again', "No, I don't want to be notified", "You'll lose your data", 'Lost and found', "I don't believe it", "It doesn't matter which one you choose", 'Am I poor?'],
    "zh-Hans": ['穷人专用套餐', '网络连接较差', '我不想被打扰', '您将丢失数据', '失物招领', '我不信', '选哪个都无所谓', '放弃奖励'],
    "zh-Hant": ['窮人專用方案', '我不想被打擾', '您將遺失資料', '我不信', '選哪個都無所謂', '放棄獎勵'],
    "de": ['Tarif für arme Familien', 'Ich will nicht benachrichtigt werden', 'Sie verlieren Ihre Daten', 'Ich glaube es nicht', 'Egal, welche Sie wählen'],
    "fr": ['Offre pour les pauvres', 'Je ne veux pas être contacté', 'Vous perdrez vos données', "Je n'y crois pas", 'Peu importe lequel vous choisissez'],
    "es": ['Para gente pobre', 'No quiero ser molestado', 'Perderás tus datos', 'No me lo creo', 'No importa cuál elijas'],
    "pt": ['Para pessoas pobres', 'Não quero ser notificado', 'Você perderá seus dados', 'Não acredito', 'Não importa qual você escolha', 'Renunciar ao desconto', 'Tanto faz qual você escolher'],
    "it": ['Per le famiglie povere', 'Non voglio essere disturbato', 'Perderai i tuoi dati', 'Non ci credo', 'Non importa quale scegli'],
    "ru": ['Для бедных семей', 'Я не хочу быть отслеживаемым', 'Вы потеряете данные', 'Не верю', 'Неважно, какой вы выберете'],
    "uk": ['Для бідних родин', 'Не хочу отримувати сповіщення', 'Ви втратите дані', 'Не вірю', 'Неважливо, який ви оберете'],
    "bg": ['За бедни семейства', 'Не искам да бъда безпокоен', 'Ще загубите данните си', 'Не вярвам', 'Няма значение кой ще изберете'],
    "pl": ['Dla biednych rodzin', 'Nie chcę być powiadamiany', 'Stracisz swoje dane', 'Nie wierzę', 'Nie ma znaczenia, który wybierzesz'],
    "cs": ['Pro chudé rodiny', 'Nechci být rušen', 'Přijdete o data', 'Nevěřím tomu', 'Je jedno, který zvolíte'],
    "sk": ['Pre chudobné rodiny', 'Nechcem byť rušený', 'Prídete o údaje', 'Neverím tomu', 'Je jedno, ktorý zvolíte'],
    "hr": ['Za siromašne obitelji', 'Ne želim biti ometan', 'Izgubit ćete podatke', 'Ne vjerujem', 'Svejedno je koji odaberete'],
    "sl": ['Za revne družine', 'Nočem biti moten', 'Izgubili boste podatke', 'Ne verjamem', 'Vseeno je, katerega izberete'],
    "lt": ['Vargšų šeimoms', 'Nenoriu būti trukdomas', 'Prarasite duomenis', 'Netikiu', 'Nesvarbu, kurį pasirinksite'],
    "lv": ['Nabadzīgām ģimenēm', 'Negribu būt traucēts', 'Jūs zaudēsiet datus', 'Neticu', 'Nav svarīgi, kuru izvēlaties'],
    "et": ['Vaestele peredele', 'Ma ei taha olla häiritud', 'Kaotate oma andmed', 'Ma ei usu seda', 'Pole vahet, millise valite'],
    "tr": ['Fakir aileler için', 'Rahatsız edilmek istemiyorum', 'Verilerinizi kaybedeceksiniz', 'İnanmıyorum', 'Hangisini seçtiğiniz fark etmez'],
    "fi": ['Köyhille perheille', 'En halua olla häirittävissä', 'Menetät tietosi', 'En usko sitä', 'Ei ole väliä, minkä valitset'],
    "hu": ['Szegény családoknak', 'Nem akarok értesítést kapni', 'Elveszíted az adataidat', 'Nem hiszem el', 'Mindegy, melyiket választod'],
    "ro": ['Pentru familiile sărace', 'Nu vreau să fiu deranjat', 'Vei pierde datele', 'Nu cred', 'Nu contează pe care o alegi'],
    "id": ['Untuk keluarga miskin', 'Saya tidak mau diganggu', 'Anda akan kehilangan data', 'Saya tidak percaya', 'Terserah Anda mau pilih yang mana', 'Melepaskan hadiah'],
    "vi": ['Dành cho người nghèo', 'Tôi không muốn bị làm phiền', 'Bạn sẽ mất dữ liệu', 'Tôi không tin', 'Chọn cái nào cũng được', 'Kệ sách gỗ'],
    "el": ['Για φτωχές οικογένειες', 'Δεν θέλω να ενοχλούμαι', 'Θα χάσετε τα δεδομένα σας', 'Δεν το πιστεύω', 'Δεν έχει σημασία ποιο θα επιλέξετε'],
    "ar": ['للعائلات الفقيرة', 'لا أريد أن يتم إزعاجي', 'ستخسر بياناتك', 'لا أصدق', 'لا يهم أي خيار تختار'],
    "he": ['למשפחות עניות', 'לא רוצה לקבל התראות', 'תאבד את הנתונים שלך', 'לא מאמין', 'לא משנה איזה תבחר', 'מוותר על ההטבה'],
    "hi": ['गरीब परिवारों के लिए', 'मुझे सूचनाएँ नहीं चाहिए', 'आपका डेटा खो जाएगा', 'मुझे विश्वास नहीं होता', 'कोई फ़र्क नहीं पड़ता कि आप कौन सा चुनें'],
    "th": ['สำหรับครอบครัวยากจน', 'ไม่อยากได้รับการแจ้งเตือน', 'คุณจะสูญเสียข้อมูล', 'ไม่เชื่อ', 'เลือกอันไหนก็ได้', 'สละรางวัล', 'ไม่สนใจ'],
    "ja": ['貧乏人向けプラン', '通知を受け取りたくない', 'データが失われます', '信じられない', 'どれを選んでも構いません', '遺失物取扱所'],
    "ko": ['가난한 가정을 위한 요금제', '알림을 받고 싶지 않아요', '데이터를 잃게 됩니다', '믿을 수 없어요', '어느 것을 선택해도 상관없어요', '혜택 포기하고 나가기'],
    "nl": ['Voor arme gezinnen', 'Ik wil niet gestoord worden', 'U verliest uw gegevens', 'Ik geloof het niet', 'Het maakt niet uit welke je kiest'],
    "sv": ['För fattiga familjer', 'Jag vill inte bli störd', 'Du förlorar dina data', 'Jag tror det inte', 'Det spelar ingen roll vilken du väljer'],
    "da": ['Til fattige familier', 'Jeg vil ikke forstyrres', 'Du mister dine data', 'Jeg tror det ikke', 'Det er lige meget, hvilken du vælger'],
    "nb": ['For fattige familier', 'Jeg vil ikke bli forstyrret', 'Du mister dataene dine', 'Jeg tror det ikke', 'Det spiller ingen rolle hvilken du velger'],
}

# (quiet, found, language): the quiet text and the shaming one beside it
PAIRS = [
    ("Discounts for poor students", "I'm poor", "en"),
    ("Poor quality video", "No, I'm broke", "en"),
    ("I'm poor?", "Sorry, I'm too poor", "en"),
    ("I'm poor at maths", "I'm broke", "en"),
    ("I have no money to waste", "I have no money", "en"),
    ("穷人也能用", "我是穷人", "zh-Hans"),
    ("我穷吗？", "我穷", "zh-Hans"),
    ("网络质量差", "我没钱", "zh-Hans"),
    ("I don't want to be notified", "No, I don't want to be a pro", "en"),
    ("I don't want to be contacted", "I don't want to be an expert", "en"),
    ("I don't want to be tracked", "No, I don't want to be an elite driver", "en"),
    ("Не хочу получать уведомления", "Не хочу быть успешным", "ru"),
    ("데이터를 잃게 됩니다", "손해 볼게요", "ko"),
    ("I don't believe it", "I don't believe in self-care", "en"),
    ("Hard to believe", "No thanks, I don't believe in self-care", "en"),
    ("It doesn't matter which one you choose", "I couldn't care less", "en"),
    ("He doesn't believe in discounts", "I don't give a toss", "en"),
    ("Неважно, какой вы выберете", "Мне пофиг", "ru"),
    ("选哪个都无所谓", "无所谓", "zh-Hans"),
    ("Tanto faz qual você escolher", "Não tô nem aí", "pt"),
    ("कोई फ़र्क नहीं पड़ता कि आप कौन सा चुनें", "मुझे कोई फ़र्क नहीं पड़ता", "hi"),
    ("어느 것을 선택해도 상관없어요", "알 게 뭐야", "ko"),
    # the loss chosen, not the person's own data lost nor a plain consent or skip
    ("Şartlara razıyım", "Zararına razıyım", "tr"),
    ("Bom izgubil podatke", "Bom pač zamudil", "sl"),
    ("سأخسر بياناتي", "حسنا، سأخسر", "ar"),
    ("Deixo passar esta atualização", "Tudo bem, saio perdendo", "pt"),
]

# item 6: (bare renouncing of a gain, the same with a first person or a stance)
RENOUNCE = {
    "zh-Hans": ("放弃奖励", "忍痛放弃奖励"),
    "zh-Hant": ("放棄獎勵", "我寧願放棄優惠"),
    "pt": ("Renunciar ao desconto", "Prefiro abrir mão do desconto"),
    "id": ("Melepaskan hadiah", "Saya rela melepaskan hadiah"),
    "he": ("מוותר על ההטבה", "אני מוותר על ההטבה"),
    "th": ("สละรางวัล", "ขอสละรางวัล"),
    "ko": ("혜택 포기하고 나가기", "혜택 포기하고 나갈게요"),
}


def _found(text: str, lang: str) -> bool:
    return lexicon.load("confirmshaming").match(text, lexicon.langs(lang)) is not None


@pytest.mark.parametrize("lang", sorted(POSITIVES))
def test_five_forms_found_and_near_misses_quiet(lang):
    # 36 languages (words/language.py LANGUAGES), 5 forms each; near misses counted per language
    assert len(POSITIVES) == len(NEAR_MISSES) == 36
    assert len(POSITIVES[lang]) == len(FORMS)
    missed = [form for form, text in zip(FORMS, POSITIVES[lang]) if not _found(text, lang)]
    assert missed == []
    loud = [text for text in NEAR_MISSES[lang] if _found(text, lang)]
    assert loud == []


@pytest.mark.parametrize("lang", sorted(POSITIVES))
def test_poor_as_a_question_declines_nothing(lang):
    poor = POSITIVES[lang][0]
    assert _found(poor, lang)
    assert not _found(poor + "?", lang)


@pytest.mark.parametrize("quiet,found,lang", PAIRS)
def test_pairs(quiet, found, lang):
    assert not _found(quiet, lang)
    assert _found(found, lang)


@pytest.mark.parametrize("lang", sorted(RENOUNCE))
def test_bare_renouncing_is_a_consequence_not_shaming(lang):
    bare, stance = RENOUNCE[lang]
    assert not _found(bare, lang)
    assert _found(stance, lang)

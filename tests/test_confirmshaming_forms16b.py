"""Two confirmshaming forms in all 36 lexicon languages, and a third where it was missing
(session 16, helper cs16b), each a `patterns` item appended at the end of its language's list in
detectors/lexicons/confirmshaming.yaml:

(1) `freeload`: FREELOADING self-mockery as the way out of a pay, recharge or donation dialog —
    the first person choosing to freeload or calling themselves a freeloader, sponger, mooch
    ("I'll freeload", "I'm a freeloader", "Freeloading all the way", zh 白嫖: "我要白嫖",
    "白嫖到底"; de Schnorrer, fr pique-assiette, es gorrón, ru халявщик, pl darmozjad …, each
    language's own word). The neutral free option ("Use the free version", "Continue for
    free", "Stay on the free plan") and third-person talk about freeloaders are not;
(2) `coldly`: an adverb of COLDNESS or heartlessness on ANY act of the control ("Coldly refuse"
    was already read in en; new: "Icily ignore", "Kalt ablehnen", "Refuser sèchement", "Chłodno
    odmówić", "冷漠拒绝", "残忍无视" — in zh and ja the adverb with or without 地 before ANY short
    verb as the whole label, not a verb list). The adjective in content ("cold water", "冷漠的
    人", a title "冷酷总裁"), serving something cold ("Kalt servieren", "Hidegen tálalva") and a
    question stay quiet. Where the language's adverb of coldness is also its adjective (de kalt,
    nl koud, sv kallt, da koldt, nb kaldt) it counts only on a verb of refusing, ignoring or
    leaving; in pl, sk, hr, sl, bg, ru, uk only on a verb form (infinitive, imperative, first
    person), so "Zimno mi" (I'm cold), "Hladno pivo" (cold beer) stay quiet;
(3) `heartless`: calling oneself heartless or cold as the exit ("Nee, ik ben harteloos"), which
    en de fr es pt it ru zh ja ko already had (the session 15 `chicken` form), in the 25 other
    languages; a third person called heartless or a question is not.

Every sentence is written here in our own words from the general vocabulary and grammar of each
language; none is taken from benchmarks/data/. The expectations were decided by reading each
sentence: a positive is a control label saying the form in the first person or as the act; a near
miss is the neutral free option, the cold adjective in content, or a third person. On main
44edcfb (its yaml swapped in) the grammar found none of the 72 positives of (1) and (2) nor of
the 25 of (3), nor the positive of any pair below: all 86 tests fail there. ("I choose to
freeload" was already found on main, through the VADER valence of "freeload" after a
preference, so the pairs use other words.)
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors import lexicon
from tests.test_detectors_text_forms import shamed

FORMS = ("freeloading as the exit", "coldness on any act")

# per language, one label per form, in the order of FORMS
POSITIVES = {
    "en": ["No thanks, I'll just freeload", "Icily ignore"],
    "zh-Hans": ["我选择白嫖", "冷漠拒绝"],
    "zh-Hant": ["我要白嫖", "殘忍無視"],
    "de": ["Nein, ich bin halt ein Schnorrer", "Kalt ablehnen"],
    "fr": ["Non, je suis un pique-assiette", "Refuser sèchement"],
    "es": ["No, soy un gorrón", "Rechazar con frialdad"],
    "pt": ["Não, sou um aproveitador", "Recusar com frieza"],
    "it": ["No, sono uno scroccone", "Rifiutare con freddezza"],
    "ja": ["いいえ、タダ乗りします", "冷たく無視する"],
    "ko": ["저는 무임승차할게요", "차갑게 거절하기"],
    "ru": ["Нет, я халявщик", "Холодно отказаться"],
    "uk": ["Ні, я халявник", "Холодно відмовитися"],
    "bg": ["Не, аз съм нахлебник", "Студено откажи"],
    "pl": ["Nie, jestem darmozjadem", "Chłodno odmówić"],
    "cs": ["Ne, jsem příživník", "Chladně odmítnout"],
    "sk": ["Nie, som príživník", "Chladne odmietnuť"],
    "hr": ["Ne, ja sam muktaš", "Hladno odbiti"],
    "sl": ["Ne, sem zastonjkar", "Hladno zavrniti"],
    "nl": ["Nee, ik ben een klaploper", "Kil weigeren"],
    "sv": ["Nej, jag är en snyltare", "Känslokallt avböj"],
    "da": ["Nej, jeg er en nasserøv", "Følelseskoldt afvis"],
    "nb": ["Nei, jeg er en snylter", "Følelseskaldt avvis"],
    "fi": ["Ei, olen vapaamatkustaja", "Tunteettomasti kieltäydy"],
    "et": ["Ei, olen muidusööja", "Külmalt keeldu"],
    "lt": ["Ne, esu veltėdis", "Šaltai atsisakyti"],
    "lv": ["Nē, esmu liekēdis", "Auksti atteikties"],
    "tr": ["Hayır, ben bedavacıyım", "Soğukça reddet"],
    "hu": ["Nem, ingyenélő vagyok", "Hidegen elutasítom"],
    "ro": ["Nu, sunt un pomanagiu", "Refuz cu răceală"],
    "el": ["Όχι, είμαι τζαμπατζής", "Απορρίπτω παγερά"],
    "ar": ["لا، أنا متطفل", "ارفض بجفاء"],
    "he": ["לא, אני שנורר", "בקרירות לסרב"],
    "hi": ["नहीं, मैं मुफ्तखोर हूँ", "बेरुखी से मना करें"],
    "id": ["Nggak, saya benalu", "Tolak secara dingin"],
    "vi": ["Không, tôi xài chùa", "Thờ ơ từ chối"],
    "th": ["ไม่ล่ะ ผมเป็นสายฟรี", "ปฏิเสธอย่างเย็นชา"],
}

# per language: the neutral free option, cold in content (a drink, the weather, a person), and a
# third person who freeloads
NEAR_MISSES = {
    "en": ["Continue for free", "Stay on the free plan", "Cold drinks", "Freeloaders ruin it for everyone"],
    "zh-Hans": ["继续免费使用", "他是一个冷漠的人", "冷酷总裁", "白嫖党太多了"],
    "zh-Hant": ["繼續免費使用", "他是一個冷漠的人", "冷血動物", "冷漠嗎？"],
    "de": ["Kostenlos weiter", "Kalt servieren", "Kalte Getränke", "Schnorrer sind hier nicht willkommen"],
    "fr": ["Continuer gratuitement", "Boissons froides", "Servir froid", "Les pique-assiettes ne paient jamais"],
    "es": ["Seguir gratis", "Bebidas frías", "Servir frío", "Los gorrones nunca pagan"],
    "pt": ["Continuar grátis", "Bebidas geladas", "Servir frio", "Os aproveitadores nunca pagam"],
    "it": ["Continua gratis", "Bevande fredde", "Servire freddo", "Gli scrocconi non pagano mai"],
    "ja": ["無料版を使う", "冷たくて美味しい", "冷たく冷やしたビール", "タダ乗りする人が多い"],
    "ko": ["무료로 계속하기", "차갑게 식힌 맥주", "냉정하게 판단하기", "무임승차자가 너무 많아요"],
    "ru": ["Продолжить бесплатно", "Холодно сегодня", "Холодные напитки", "Халявщики никогда не платят"],
    "uk": ["Продовжити безкоштовно", "Холодно сьогодні", "Холодні напої", "Халявники ніколи не платять"],
    "bg": ["Продължи безплатно", "Студено пиво", "Студено време", "Нахлебниците никога не плащат"],
    "pl": ["Kontynuuj za darmo", "Zimno mi", "Zimne napoje", "Darmozjady nigdy nie płacą"],
    "cs": ["Pokračovat zdarma", "Chladné pivo", "Podávejte vychlazené", "Příživníci nikdy neplatí"],
    "sk": ["Pokračovať zadarmo", "Chladné pivo", "Chladne pivo", "Príživníci nikdy neplatia"],
    "hr": ["Nastavi besplatno", "Hladno pivo", "Hladno je", "Muktaši nikad ne plaćaju"],
    "sl": ["Nadaljuj brezplačno", "Hladno pivo", "Hladno je", "Zastonjkarji nikoli ne plačajo"],
    "nl": ["Gratis doorgaan", "Koud water", "Koude dranken", "Klaplopers betalen nooit"],
    "sv": ["Fortsätt gratis", "Kallt väder", "Kalla drycker", "Snyltare betalar aldrig"],
    "da": ["Fortsæt gratis", "Koldt vejr", "Kolde drikke", "Snyltere betaler aldrig"],
    "nb": ["Fortsett gratis", "Kaldt vær", "Kalde drikker", "Snyltere betaler aldri"],
    "fi": ["Jatka ilmaiseksi", "Kylmät juomat", "Tarjoile kylmänä", "Vapaamatkustajat eivät maksa"],
    "et": ["Jätka tasuta", "Külmalt serveerida", "Külmad joogid", "Muidusööjad ei maksa kunagi"],
    "lt": ["Tęsti nemokamai", "Šaltai patiekti", "Šalti gėrimai", "Veltėdžiai niekada nemoka"],
    "lv": ["Turpināt bez maksas", "Auksti pasniegt", "Auksti dzērieni", "Liekēži nekad nemaksā"],
    "tr": ["Ücretsiz devam et", "Soğuk içecekler", "Soğuk servis edin", "Bedavacılar asla ödemez"],
    "hu": ["Folytatás ingyen", "Hidegen tálalva", "Hideg italok", "Az ingyenélők sosem fizetnek"],
    "ro": ["Continuă gratuit", "Băuturi reci", "Se servește rece", "Pomanagiii nu plătesc niciodată"],
    "el": ["Συνέχεια δωρεάν", "Κρύα ποτά", "Σερβίρετε κρύο", "Οι τζαμπατζήδες δεν πληρώνουν ποτέ"],
    "ar": ["المتابعة مجانًا", "مشروبات باردة", "يقدم باردا", "المتطفلون لا يدفعون أبدا"],
    "he": ["המשך בחינם", "משקאות קרים", "מגישים קר", "טפילים אף פעם לא משלמים"],
    "hi": ["मुफ्त में जारी रखें", "ठंडे पेय", "ठंडा परोसें", "मुफ्तखोर कभी भुगतान नहीं करते"],
    "id": ["Lanjutkan gratis", "Minuman dingin", "Sajikan dingin", "Benalu tidak pernah membayar"],
    "vi": ["Tiếp tục miễn phí", "Đồ uống lạnh", "Lạnh lùng boy", "Người xài chùa không bao giờ trả tiền"],
    "th": ["ใช้ต่อแบบฟรี", "เครื่องดื่มเย็น", "เสิร์ฟเย็น", "พวกกาฝากไม่เคยจ่าย"],
}

# calling oneself heartless or cold as the exit, in the 25 languages that lacked it; beside it a
# third person called so (and, below, a question)
HEARTLESS = {
    "nl": ("Nee, ik ben gewoon gevoelloos", "Mijn baas is gevoelloos"),
    "sv": ("Nej, jag är hjärtlös", "Chefen är hjärtlös"),
    "da": ("Nej, jeg er hjerteløs", "Chefen er hjerteløs"),
    "nb": ("Nei, jeg er hjerteløs", "Sjefen er hjerteløs"),
    "pl": ("Nie, jestem nieczuły", "Mój szef jest nieczuły"),
    "cs": ("Ne, jsem bezcitný", "Můj šéf je bezcitný"),
    "sk": ("Nie, som bezcitný", "Môj šéf je bezcitný"),
    "hr": ("Ne, ja sam bezdušan", "Moj šef je bezdušan"),
    "sl": ("Ne, sem brezsrčen", "Moj šef je brezsrčen"),
    "bg": ("Не, аз съм безсърдечен", "Шефът ми е безсърдечен"),
    "uk": ("Ні, я безсердечний", "Мій шеф безсердечний"),
    "lt": ("Ne, aš esu beširdis", "Mano viršininkas yra beširdis"),
    "lv": ("Nē, esmu bezsirdīgs", "Mans priekšnieks ir bezsirdīgs"),
    "et": ("Ei, ma olen südametu", "Minu ülemus on südametu"),
    "tr": ("Hayır, ben kalpsizim", "Patronum kalpsiz"),
    "fi": ("Ei, olen sydämetön", "Pomoni on sydämetön"),
    "hu": ("Nem, szívtelen vagyok", "A főnököm szívtelen"),
    "ro": ("Nu, sunt fără inimă", "Șeful meu este fără inimă"),
    "el": ("Όχι, είμαι άκαρδος", "Ο προϊστάμενός μου είναι άκαρδος"),
    "ar": ("لا، أنا بلا قلب", "مديري بلا قلب"),
    "he": ("לא, אני חסר לב", "הבוס שלי חסר לב"),
    "hi": ("नहीं, मैं बेरहम हूँ", "मेरा बॉस बेरहम है"),
    "id": ("Nggak, aku tega", "Aku tidak tega"),
    "vi": ("Không, tôi vô tâm lắm", "Sếp tôi rất vô tâm"),
    "th": ("ไม่ล่ะ ฉันใจร้าย", "เจ้านายของฉันใจร้าย"),
}

def _found(text: str, lang: str) -> bool:
    return lexicon.load("confirmshaming").match(text, lexicon.langs(lang)) is not None


@pytest.mark.parametrize("lang", sorted(POSITIVES))
def test_two_forms_found_and_near_misses_quiet(lang):
    # 36 languages (words/language.py LANGUAGES), 2 forms, 4 near misses each
    assert len(POSITIVES) == len(NEAR_MISSES) == 36
    assert len(POSITIVES[lang]) == len(FORMS) and len(NEAR_MISSES[lang]) == 4
    missed = [form for form, text in zip(FORMS, POSITIVES[lang]) if not _found(text, lang)]
    assert missed == []
    loud = [text for text in NEAR_MISSES[lang] if _found(text, lang)]
    assert loud == []


@pytest.mark.parametrize("lang", sorted(HEARTLESS))
def test_heartless_self_as_the_exit(lang):
    # 25 languages: the 36 less en de fr es pt it ru zh-Hans zh-Hant ja ko
    assert len(HEARTLESS) == 25
    yes, third = HEARTLESS[lang]
    assert _found(yes, lang)
    assert not _found(third, lang)
    assert not _found(yes + "?", lang)          # a question declines nothing


@pytest.mark.parametrize("quiet,found,lang", [
    # freeloading: the free option itself, said plainly, is no self-mockery
    ("Use the free version", "I'll mooch off the free plan", "en"),
    ("Don't be a freeloader", "Freeloading all the way", "en"),
    ("I'll sponge the table", "No, I'm a total mooch", "en"),
    ("使用免费版", "白嫖到底", "zh-Hans"),
    ("白嫖党太多了", "我就是白嫖党", "zh-Hans"),
    ("Продолжить бесплатно", "Буду халявить", "ru"),
    ("Kontynuuj w wersji darmowej", "Wolę sępić", "pl"),
    # zh: the cold adverb on ANY short verb, with or without 地; not an adjective (的), a noun
    # after it, a title, or a question
    ("冷漠的人", "冷漠地忽略", "zh-Hans"),
    ("冷酷到底", "冷酷无视", "zh-Hans"),
    ("冷血动物", "我就残忍无视", "zh-Hans"),
    ("冷漠吗", "不了，我冷漠拒绝", "zh-Hans"),
    ("我是冷血动物", "我就是要冷漠 拒绝", "zh-Hans"),
    ("他是個冷漠的人", "我選擇殘忍無視", "zh-Hant"),
    # zh freeloading with the verbs of choosing and keeping on, and as a member of the crowd
    ("免费用户", "我选择当白嫖党", "zh-Hans"),
    ("白嫖黨太多了", "我選擇當白嫖黨", "zh-Hant"),
    ("Let me see the free plan", "Let me freeload", "en"),
    # ko: 냉정하게 is also "calmly": only with turning away or refusing
    ("냉정하게 생각해 보세요", "냉정하게 외면하기", "ko"),
    # ja: 冷たく before て/なる/冷やす is the temperature or an adjective
    ("冷たくなる", "冷たく突っぱねる", "ja"),
    # de/nl/sv: the cold adverb that is also the adjective, only on refusing or ignoring
    ("Kalt duschen", "Kalt ignorieren", "de"),
    ("Koud drinken", "Koud negeren", "nl"),
    ("Kallt vatten", "Kallt ignorera", "sv"),
])
def test_near_misses_beside_their_form(quiet, found, lang):
    assert not _found(quiet, lang)
    assert _found(found, lang)


@pytest.mark.parametrize("label,near", [
    # through the whole detector, the language guessed from the label
    ("No thanks, I'll just freeload", "No thanks, continue for free"),
    ("Nein danke, ich bin ein Schnorrer", "Nein danke, kostenlos weiter"),
    ("我要白嫖", "继续免费使用"),
    ("冷漠拒绝", "拒绝"),
])
def test_forms_found_through_the_detector(label, near):
    assert shamed(label) == [label]
    assert shamed(near) == []

"""Form parity of the confirmshaming grammar: a form the grammar knew in some languages only
(an exit that names its price, hating a gain, renouncing a gain in English, "who cares",
"I know it all", "I'm lazy", "I'm too scared", "I'm not smart", hating alone, taking the risk,
trying one's luck) is recognised in the other languages too, and the near misses of each form
(a plain exit, a description of the way with no first person, a notice about a password, a
report category, a game's "try your luck") stay quiet.

Every label is written here in our own words, from the general vocabulary of each language;
none is taken from benchmarks/data/. Each expectation was decided by reading the label: a
positive is a first-person belittling or a price-naming exit; a negative says no such thing.
The matrix of which language has which form: tools/confirmshaming_forms.py (checked below).
"""
from __future__ import annotations

import pytest

from tests.test_detectors_text import btn, run, screen
from cancelcheck.words import LANGUAGES
from tools.confirmshaming_forms import DEFAULT, matrix


def shamed(label: str) -> list[str]:
    """The labels found confirmshaming when `label` is the decline beside an offer's "yes"."""
    return [f.evidence for f in run(screen("Special offer", btn("Yes, please"), btn(label)))
            if f.type == "confirmshaming"]


POSITIVES = [
    # an exit whose own words name the price of leaving (leave + costly)
    "关闭并按原价购买",                          # zh-Hans: close, buy at the original price
    "繼續，以原價購買",                          # zh-Hant: go on at the original price
    "閉じる（定価で購入）",                       # ja: close (buy at list price)
    "계속 (정가로 구매)",                         # ko: go on (buy at list price)
    "Закрыть и платить полную цену",            # ru
    "Sluiten en de volle prijs betalen",        # nl
    "Pomiń i zapłać pełną cenę",                # pl
    "Kapat ve tam fiyat öde",                   # tr
    "إغلاق ودفع السعر الكامل",                   # ar
    "סגור ושלם מחיר מלא",                        # he
    "बंद करें और पूरी कीमत चुकाएँ",                # hi
    "ปิดและจ่ายเต็มราคา",                          # th
    # hating a gain (hate + goods) where it was missing
    "不了，我讨厌优惠",                           # zh-Hans
    "不用了，我討厭折扣",                         # zh-Hant
    "いいえ、割引は嫌いです",                      # ja
    "아니요, 저는 할인을 싫어해요",                 # ko
    # renouncing a gain, English (renounce + goods)
    "No thanks, I'll give up the savings",
    "Fine, I will sacrifice my bonus",
    # who cares
    "Wen interessiert's? Weiter",               # de
    "Qui s'en soucie ? Fermer",                 # fr
    "誰が気にする？閉じる",                       # ja
    "من يهتم؟ تخطي",                             # ar
    "למי אכפת, דלג",                              # he
    "ใครจะสน ข้ามไป",                              # th
    "谁在乎啊，直接关闭",                          # zh-Hans
    # I know it all
    "Non merci, je sais déjà tout",             # fr
    "Нет, я и так всё знаю",                    # ru
    "괜찮아요, 다 알아요",                          # ko
    "नहीं, मुझे पहले से सब पता है",                 # hi
    "ไม่ล่ะ รู้หมดแล้ว",                             # th
    "不用，我什么都懂",                            # zh-Hans
    # I'm stupid / lazy
    "Nein, ich bin halt faul",                  # de
    "No, sono un pigro",                        # it
    "いいえ、私はバカです",                         # ja
    "لا، أنا كسول",                              # ar
    "לא, אני עצלן",                               # he
    "नहीं, मैं आलसी हूँ",                           # hi
    "不了，我就是个懒虫",                          # zh-Hans
    # I'm too weak / scared
    "Non, je suis trop faible pour ça",         # fr
    "Nie, jestem zbyt słaby",                   # pl
    "아니요, 저는 너무 게을러요",                    # ko
    "لا، أنا ضعيف جدا",                          # ar
    "ไม่ ฉันขี้กลัวเกินไป",                          # th
    "不了，我太胆小了",                            # zh-Hans
    # I'm not smart
    "No, no soy lo bastante listo",             # es
    "Hayır, yeterince akıllı değilim",          # tr
    "לא, אני לא מספיק חכם",                       # he
    "नहीं, मैं इतना समझदार नहीं हूँ",                # hi
    "いいえ、私は賢くないです",                     # ja
    "ไม่ ผมไม่ฉลาด",                                # th
    "算了，我不够聪明",                            # zh-Hans
    # hating, nothing else needed (what is hated is no gain of the grammar)
    "Nein, ich hasse Überraschungen",           # de
    "Нет, ненавижу сюрпризы",                   # ru
    "No, odio las sorpresas",                   # es
    "لا، أكره المفاجآت",                          # ar
    "לא, אני שונא הפתעות",                         # he
    "ไม่ ฉันเกลียดความสนุก",                         # th
    "不，我讨厌惊喜",                              # zh-Hans
    # taking the risk, in the first person
    "Beru si to riziko",                        # cs
    "Otan riskin",                              # fi
    "Vállalom a kockázatot",                    # hu
    "Îmi asum riscul",                          # ro
    "Saya ambil risikonya",                     # id
    "Αναλαμβάνω το ρίσκο",                      # el
    "سأتحمل المخاطرة",                            # ar
    "אקח את הסיכון",                               # he
    "मैं जोखिम लूँगा",                               # hi
    "ผมขอยอมรับความเสี่ยง",                          # th
    # trying one's luck / risking it
    "Non, je vais tenter ma chance",            # fr
    "No grazie, tento la fortuna",              # it
    "いいえ、賭けてみます",                         # ja: I'll gamble on it
    "No, soy tonto",                            # es: self-belittling without the article
    "운에 맡길게요",                                # ko
    "運に任せます",                                 # ja
    "אנסה את מזלי",                                # he
    "سأجرب حظي",                                  # ar
    "मैं किस्मत आज़माऊँगा",                           # hi
    "ผมจะลองเสี่ยงดวง",                              # th
    "我还是碰碰运气",                               # zh-Hans
    # not caring, Hungarian (it had no self-contained form at all)
    "Nem törődöm vele, bezárás",                # hu
]


@pytest.mark.parametrize("label", POSITIVES)
def test_filled_form(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    # a plain exit, or the way described with no first person and no price
    "关闭", "繼續", "閉じる", "계속", "Продолжить без скидки", "Pomiń", "Kapat", "סגור",
    "ดำเนินการต่อโดยไม่มีส่วนลด", "Continue without discount", "جارٍ المتابعة",
    # a plain decline, or a retreat
    "不用了，谢谢", "いいえ、結構です", "아니요, 괜찮아요", "No thanks", "Not now",
    "No, I don't want to give up my rewards", "Keep my account", "Nem érdekel",
    # "got it", "I know" as an acknowledgement
    "我知道了", "알겠어요", "Понятно", "รับทราบ",
    # who sees / who may: a question with no scorn
    "Qui peut voir ceci ?", "谁可以看到", "ใครเห็นได้บ้าง", "למי לשלוח?",
    # a first person saying what they are, with no belittling
    "Ich bin neu hier", "私は学生です", "أنا موافق", "אני מסכים", "我是新用户", "मैं सहमत हूँ",
    # a weak or short password, a robot check: no person is weak
    "Le mot de passe est trop faible", "密码太弱", "รหัสผ่านสั้นเกินไป", "كلمة المرور ضعيفة جدا",
    "No soy un robot", "אני לא רובוט", "我不是机器人", "ฉันไม่ใช่หุ่นยนต์",
    # a report category about hate, not a person hating
    "Discurso de odio", "Hassrede melden", "خطاب الكراهية", "דיבור שנאה", "ข้อความแสดงความเกลียดชัง",
    "仇恨言论",
    # accepting the risk with no first person (an imperative or a noun phrase)
    "Přijmout riziko a pokračovat", "Hyväksy riski ja jatka", "Acceptă riscul și continuă",
    "Terima risiko dan lanjutkan", "जोखिम स्वीकार करें और जारी रखें", "Accept the risk and continue",
    # the way described, with no first person: going on without a discount
    "Weiter ohne Rabatt", "Continuer sans réduction", "المتابعة بدون خصم", "המשך ללא הנחה",
    "割引なしで続ける", "할인 없이 계속", "不使用优惠，继续",
    # a game's call to the player, not a decline
    "Tentez votre chance !", "碰碰运气", "เสี่ยงดวง", "נסה את מזלך", "جرب حظك",
])
def test_filled_form_near_misses(label):
    assert shamed(label) == []


def test_every_language_has_the_filled_forms():
    """After the fill, the forms named in the task are in every language of the grammar, but
    for the gaps written down in the YAML header (ja/ko hating alone; hi riskit). English
    hate+goods is no gap since the rare-form fill (en has a `hate` group of disliking)."""
    _, langs, have = matrix(DEFAULT)
    assert len(langs) == 36 and set(langs) == set(LANGUAGES)   # the 29, sk hr sl bg, lt lv et
    # (tests/test_detectors_text_new_languages.py)
    gaps = {(f, lang) for lang in langs for f in (
        "leave+costly", "hate+goods", "renounce+goods", "care", "whocares", "riskit", "chances",
        "knowall", "selfbad", "tooweak", "notsmart", "hatealone", "takerisk")
        if f not in have[lang]}
    assert gaps == {("hatealone", "ja"), ("hatealone", "ko"), ("riskit", "hi")}


# -- the rare forms in every language, and three new kinds (the fill of 2026-11-30, "shaming9") --
# Written in our own words from the general vocabulary of each language; none is taken from
# benchmarks/data/. Each label below is a decline that, in the first person, belittles the choice
# or the person in the named form, and none of them was found by the grammar before this fill
# (checked: each fails with the lexicon of main 9e35685). The form each is written for is named
# beside it; the test checks the finding, not which pattern made it.
RARE_FORMS = [
    # canwait: one's own good put off ("my health can wait")
    ('canwait', 'de', 'Nein danke, meine Gesundheit kann warten'),
    ('canwait', 'fr', 'Non merci, ma santé peut attendre'),
    ('canwait', 'es', 'No gracias, mi salud puede esperar'),
    ('canwait', 'pt', 'Não, obrigado, minha saúde pode esperar'),
    ('canwait', 'it', 'No grazie, la mia salute può aspettare'),
    ('canwait', 'ru', 'Нет, моё здоровье может подождать'),
    ('canwait', 'uk', "Ні, моє здоров'я може зачекати"),
    ('canwait', 'pl', 'Nie, moje zdrowie może poczekać'),
    ('canwait', 'cs', 'Ne, moje zdraví může počkat'),
    ('canwait', 'nl', 'Nee, mijn gezondheid kan wachten'),
    ('canwait', 'sv', 'Nej tack, min hälsa kan vänta'),
    ('canwait', 'da', 'Nej tak, min sundhed kan vente'),
    ('canwait', 'nb', 'Nei takk, min helse kan vente'),
    ('canwait', 'fi', 'Ei kiitos, terveyteni voi odottaa'),
    ('canwait', 'hu', 'Nem, köszönöm, az egészségem várhat'),
    ('canwait', 'ro', 'Nu, mulțumesc, sănătatea mea poate să aștepte'),
    ('canwait', 'tr', 'Hayır, sağlığım bekleyebilir'),
    ('canwait', 'el', 'Όχι, η υγεία μου μπορεί να περιμένει'),
    ('canwait', 'ar', 'لا شكرا، صحتي يمكن أن تنتظر'),
    ('canwait', 'he', 'לא תודה, הבריאות שלי יכולה לחכות'),
    ('canwait', 'hi', 'नहीं, मेरी सेहत इंतज़ार कर सकती है'),
    ('canwait', 'th', 'ไม่ สุขภาพของฉันรอได้'),
    ('canwait', 'id', 'Tidak, kesehatan saya bisa menunggu'),
    ('canwait', 'vi', 'Không, sức khỏe của tôi có thể chờ'),
    ('canwait', 'zh-Hans', '不了，我的健康可以等等'),
    ('canwait', 'zh-Hant', '不了，我的健康可以等等'),
    ('canwait', 'ja', 'いいえ、健康は後回しでいいです'),
    ('canwait', 'ko', '아니요, 제 건강은 나중에 챙길게요'),
    # unimportant: one's own good declared unimportant ("my future is not important")
    ('unimportant', 'de', 'Nein, meine Zukunft ist mir nicht wichtig'),
    ('unimportant', 'fr', "Non, mon avenir n'est pas important"),
    ('unimportant', 'es', 'No, mi futuro no es importante'),
    ('unimportant', 'pt', 'Não, meu futuro não é importante'),
    ('unimportant', 'it', 'No, il mio futuro non è importante'),
    ('unimportant', 'ru', 'Нет, моё будущее не важно'),
    ('unimportant', 'uk', 'Ні, моє майбутнє не важливе'),
    ('unimportant', 'pl', 'Nie, moja przyszłość nie jest ważna'),
    ('unimportant', 'cs', 'Ne, moje budoucnost není důležitá'),
    ('unimportant', 'nl', 'Nee, mijn toekomst is niet belangrijk'),
    ('unimportant', 'sv', 'Nej, min framtid är inte viktig'),
    ('unimportant', 'da', 'Nej, min fremtid er ikke vigtig'),
    ('unimportant', 'nb', 'Nei, min fremtid er ikke viktig'),
    ('unimportant', 'fi', 'Ei, tulevaisuuteni ei ole tärkeä'),
    ('unimportant', 'hu', 'Nem, a jövőm nem fontos'),
    ('unimportant', 'ro', 'Nu, viitorul meu nu este important'),
    ('unimportant', 'tr', 'Hayır, geleceğim önemli değil'),
    ('unimportant', 'el', 'Όχι, το μέλλον μου δεν είναι σημαντικό'),
    ('unimportant', 'ar', 'لا، مستقبلي ليس مهما'),
    ('unimportant', 'he', 'לא, העתיד שלי לא חשוב'),
    ('unimportant', 'hi', 'नहीं, मेरा भविष्य महत्वपूर्ण नहीं है'),
    ('unimportant', 'th', 'ไม่ อนาคตของฉันไม่สำคัญ'),
    ('unimportant', 'id', 'Tidak, masa depan saya tidak penting'),
    ('unimportant', 'vi', 'Không, tương lai của tôi không quan trọng'),
    ('unimportant', 'zh-Hans', '不用了，我的未来不重要'),
    ('unimportant', 'zh-Hant', '不用了，我的未來不重要'),
    ('unimportant', 'ja', 'いいえ、将来なんて大事じゃないです'),
    ('unimportant', 'ko', '아니요, 제 미래는 중요하지 않아요'),
    # badat: I'm bad at … (a statement)
    ('badat', 'de', 'Nein, ich bin schlecht in Mathe'),
    ('badat', 'fr', 'Non, je suis mauvais en cuisine'),
    ('badat', 'es', 'No, soy malo para los números'),
    ('badat', 'pt', 'Não, sou péssimo em matemática'),
    ('badat', 'it', 'No, sono negato in cucina'),
    ('badat', 'ru', 'Нет, я плохо разбираюсь в деньгах'),
    ('badat', 'uk', 'Ні, я погано розбираюся в грошах'),
    ('badat', 'pl', 'Nie, jestem kiepski w matematyce'),
    ('badat', 'cs', 'Ne, jsem špatný v matematice'),
    ('badat', 'nl', 'Nee, ik ben slecht in rekenen'),
    ('badat', 'sv', 'Nej, jag är dålig på matte'),
    ('badat', 'da', 'Nej, jeg er dårlig til matematik'),
    ('badat', 'nb', 'Nei, jeg er dårlig i matte'),
    ('badat', 'fi', 'Ei, olen huono matematiikassa'),
    ('badat', 'hu', 'Nem, béna vagyok matekból'),
    ('badat', 'ro', 'Nu, sunt praf la matematică'),
    ('badat', 'tr', 'Hayır, para konusunda çok kötüyüm'),
    ('badat', 'el', 'Όχι, είμαι άσχετος με τα οικονομικά'),
    ('badat', 'ar', 'لا، أنا سيء في الرياضيات'),
    ('badat', 'he', 'לא, אני גרוע במתמטיקה'),
    ('badat', 'hi', 'नहीं, मैं गणित में बहुत कमज़ोर हूँ'),
    ('badat', 'th', 'ไม่ ผมห่วยเรื่องเงิน'),
    ('badat', 'id', 'Tidak, saya payah dalam matematika'),
    ('badat', 'vi', 'Không, tôi rất dở về toán'),
    ('badat', 'zh-Hans', '不了，我不擅长理财'),
    ('badat', 'zh-Hant', '不了，我不擅長理財'),
    ('badat', 'ja', 'いいえ、私は数字が苦手です'),
    ('badat', 'ko', '아니요, 저는 수학에 소질이 없어요'),
    # richwaste: boasting of money to waste ("money is no object")
    ('richwaste', 'en', 'No thanks, money is no object'),
    ('richwaste', 'de', 'Nein danke, Geld spielt keine Rolle'),
    ('richwaste', 'fr', "Non merci, l'argent n'est pas un problème"),
    ('richwaste', 'es', 'No gracias, me sobra el dinero'),
    ('richwaste', 'pt', 'Não, obrigado, dinheiro não é problema'),
    ('richwaste', 'it', 'No grazie, ho soldi da buttare'),
    ('richwaste', 'ru', 'Нет, деньги для меня не проблема'),
    ('richwaste', 'uk', 'Ні, гроші для мене не проблема'),
    ('richwaste', 'pl', 'Nie, pieniądze to nie problem'),
    ('richwaste', 'cs', 'Ne, peníze pro mě nejsou problém'),
    ('richwaste', 'nl', 'Nee, geld speelt geen rol'),
    ('richwaste', 'sv', 'Nej tack, jag har pengar som gräs'),
    ('richwaste', 'da', 'Nej tak, penge er ikke et problem'),
    ('richwaste', 'nb', 'Nei takk, penger er ikke noe problem'),
    ('richwaste', 'fi', 'Ei kiitos, minulla on rahaa kuin roskaa'),
    ('richwaste', 'hu', 'Nem, köszönöm, van pénzem bőven'),
    ('richwaste', 'ro', 'Nu, mulțumesc, am bani de aruncat'),
    ('richwaste', 'tr', 'Hayır, para benim için sorun değil'),
    ('richwaste', 'el', 'Όχι, έχω λεφτά για πέταμα'),
    ('richwaste', 'ar', 'لا شكرا، المال ليس مشكلة'),
    ('richwaste', 'he', 'לא תודה, יש לי כסף לשרוף'),
    ('richwaste', 'hi', 'नहीं, पैसा मेरे लिए कोई समस्या नहीं'),
    ('richwaste', 'th', 'ไม่ เงินไม่ใช่ปัญหา'),
    ('richwaste', 'id', 'Tidak, uang bukan masalah'),
    ('richwaste', 'vi', 'Không, tôi thừa tiền'),
    ('richwaste', 'ja', 'いいえ、お金なら腐るほどあります'),
    ('richwaste', 'ko', '아니요, 돈은 문제가 아니에요'),
    # lossok: accepting the loss ("I'll take the loss", "too bad for me")
    ('lossok', 'en', 'No thanks, losing out is fine by me'),
    ('lossok', 'de', 'Nein danke, ich nehme den Verlust in Kauf'),
    ('lossok', 'fr', 'Non merci, tant pis pour moi'),
    ('lossok', 'es', 'No gracias, asumo la pérdida'),
    ('lossok', 'pt', 'Não, obrigado, aceito o prejuízo'),
    ('lossok', 'it', 'No grazie, accetto la perdita'),
    ('lossok', 'ru', 'Нет, смирюсь с потерей'),
    ('lossok', 'uk', 'Ні, змирюся з втратою'),
    ('lossok', 'pl', 'Nie, akceptuję stratę'),
    ('lossok', 'cs', 'Ne díky, tu ztrátu přijímám'),
    ('lossok', 'nl', 'Nee, ik neem het verlies voor lief'),
    ('lossok', 'sv', 'Nej, jag tar förlusten'),
    ('lossok', 'da', 'Nej, jeg tager tabet'),
    ('lossok', 'nb', 'Nei, jeg tar tapet'),
    ('lossok', 'hu', 'Nem, vállalom a veszteséget'),
    ('lossok', 'ro', 'Nu, îmi asum pierderea'),
    ('lossok', 'tr', 'Hayır, zararı göze alıyorum'),
    ('lossok', 'el', 'Όχι, δέχομαι τη ζημιά'),
    ('lossok', 'ar', 'لا، أتقبل الخسارة'),
    ('lossok', 'he', 'לא, אני מקבל את ההפסד'),
    ('lossok', 'hi', 'नहीं, घाटा कबूल है'),
    ('lossok', 'th', 'ไม่ เสียก็เสีย'),
    ('lossok', 'id', 'Tidak, saya ikhlas kehilangan'),
    ('lossok', 'vi', 'Không, tôi chấp nhận thiệt thòi'),
    ('lossok', 'zh-Hans', '不了，吃亏就吃亏吧'),
    ('lossok', 'zh-Hant', '不了，吃虧就吃虧吧'),
    # boast: an ironic boast: my own thing is already perfect
    ('boast', 'en', 'No thanks, my code is already flawless'),
    ('boast', 'de', 'Nein danke, meine Texte sind schon perfekt'),
    ('boast', 'fr', 'Non merci, mon jardin est déjà parfait'),
    ('boast', 'es', 'No gracias, mi jardín ya está perfecto'),
    ('boast', 'pt', 'Não, obrigado, meu código já é perfeito'),
    ('boast', 'it', 'No grazie, il mio giardino è già perfetto'),
    ('boast', 'ru', 'Нет, мой код и так идеален'),
    ('boast', 'uk', 'Ні, мій код і так ідеальний'),
    ('boast', 'pl', 'Nie, mój kod jest już idealny'),
    ('boast', 'cs', 'Ne, můj kód je už dokonalý'),
    ('boast', 'nl', 'Nee, mijn tuin is al perfect'),
    ('boast', 'sv', 'Nej tack, min kod är redan perfekt'),
    ('boast', 'da', 'Nej tak, min kode er allerede perfekt'),
    ('boast', 'nb', 'Nei takk, koden min er allerede perfekt'),
    ('boast', 'fi', 'Ei kiitos, tekstini ovat jo täydellisiä'),
    ('boast', 'hu', 'Nem, köszönöm, a kertem már tökéletes'),
    ('boast', 'ro', 'Nu, mulțumesc, grădina mea este deja perfectă'),
    ('boast', 'tr', 'Hayır, bahçem zaten mükemmel'),
    ('boast', 'el', 'Όχι, ο κήπος μου είναι ήδη τέλειος'),
    ('boast', 'ar', 'لا شكرا، حديقتي مثالية بالفعل'),
    ('boast', 'he', 'לא תודה, הגינה שלי כבר מושלמת'),
    ('boast', 'hi', 'नहीं, मेरा बगीचा पहले से ही परफेक्ट है'),
    ('boast', 'th', 'ไม่ สวนของฉันสมบูรณ์แบบอยู่แล้ว'),
    ('boast', 'id', 'Tidak, kode saya sudah sempurna'),
    ('boast', 'vi', 'Không, khu vườn của tôi đã hoàn hảo rồi'),
    ('boast', 'zh-Hans', '不了，我的代码已经很完美了'),
    ('boast', 'zh-Hant', '不了，我的程式碼已經很完美了'),
    ('boast', 'ja', 'いいえ、私の庭はもう完璧です'),
    ('boast', 'ko', '아니요, 제 정원은 이미 완벽해요'),
    # makedo: making do with a poor substitute (an old towel, what I have)
    ('makedo', 'en', "No thanks, I'll just use an old towel"),
    ('makedo', 'de', 'Nein danke, ich nehme einfach ein altes Handtuch'),
    ('makedo', 'fr', 'Je vais me débrouiller avec un vieux carton'),
    ('makedo', 'es', 'No gracias, me las arreglo con lo que tengo'),
    ('makedo', 'pt', 'Não, obrigado, me viro com o que tenho'),
    ('makedo', 'it', 'No grazie, mi arrangio con quello che ho'),
    ('makedo', 'ru', 'Нет, обойдусь старым полотенцем'),
    ('makedo', 'uk', 'Ні, обійдуся старим рушником'),
    ('makedo', 'pl', 'Nie, poradzę sobie tym, co mam'),
    ('makedo', 'cs', 'Ne, vystačím si s tím, co mám'),
    ('makedo', 'nl', 'Nee, ik behelp me wel met een oude handdoek'),
    ('makedo', 'sv', 'Nej tack, jag klarar mig med det jag har'),
    ('makedo', 'da', 'Nej tak, jeg nøjes med det, jeg har'),
    ('makedo', 'nb', 'Nei takk, jeg klarer meg med det jeg har'),
    ('makedo', 'fi', 'Ei kiitos, pärjään vanhalla pyyhkeellä'),
    ('makedo', 'hu', 'Nem, köszönöm, beérem egy régi törölközővel'),
    ('makedo', 'ro', 'Nu, mulțumesc, mă descurc cu un prosop vechi'),
    ('makedo', 'tr', 'Hayır, eski bir havluyla idare ederim'),
    ('makedo', 'el', 'Όχι, θα τα βγάλω πέρα με μια παλιά πετσέτα'),
    ('makedo', 'ar', 'لا شكرا، سأكتفي بما لدي'),
    ('makedo', 'he', 'לא תודה, אסתדר עם מה שיש'),
    ('makedo', 'hi', 'नहीं, पुराने तौलिये से काम चला लूँगा'),
    ('makedo', 'th', 'ไม่ ผมจะใช้ผ้าขนหนูเก่า'),
    ('makedo', 'id', 'Tidak, saya pakai handuk bekas saja'),
    ('makedo', 'vi', 'Không, tôi sẽ dùng tạm cái khăn cũ'),
    ('makedo', 'zh-Hans', '不了，我将就用旧毛巾吧'),
    ('makedo', 'zh-Hant', '不了，我將就用舊毛巾吧'),
    ('makedo', 'ja', 'いいえ、古いタオルで我慢します'),
    ('makedo', 'ko', '아니요, 낡은 수건으로 버틸게요'),
    # stagnant: staying stuck, behind or standing still
    ('stagnant', 'en', 'No, I prefer to remain professionally stagnant'),
    ('stagnant', 'de', 'Nein danke, ich trete lieber auf der Stelle'),
    ('stagnant', 'fr', 'Non merci, je préfère rester coincé'),
    ('stagnant', 'es', 'No gracias, prefiero quedarme atascado'),
    ('stagnant', 'pt', 'Não, prefiro ficar empacado'),
    ('stagnant', 'it', 'No grazie, preferisco restare fermo al palo'),
    ('stagnant', 'ru', 'Нет, я лучше останусь на месте'),
    ('stagnant', 'uk', 'Ні, я краще залишуся позаду'),
    ('stagnant', 'pl', 'Nie, wolę stać w miejscu'),
    ('stagnant', 'cs', 'Ne, radši zůstanu pozadu'),
    ('stagnant', 'nl', 'Nee, ik sta liever stil'),
    ('stagnant', 'sv', 'Nej tack, jag stampar hellre på stället'),
    ('stagnant', 'da', 'Nej tak, jeg træder hellere vande'),
    ('stagnant', 'nb', 'Nei takk, jeg står heller stille'),
    ('stagnant', 'fi', 'Ei kiitos, junnaan mieluummin paikallani'),
    ('stagnant', 'hu', 'Nem, köszönöm, inkább egy helyben topogok'),
    ('stagnant', 'ro', 'Nu, prefer să rămân pe loc'),
    ('stagnant', 'tr', 'Hayır, olduğum yerde sayarım'),
    ('stagnant', 'el', 'Όχι, προτιμώ να μείνω στάσιμος'),
    ('stagnant', 'ar', 'لا، أفضل أن أبقى عالقا'),
    ('stagnant', 'he', 'לא תודה, אעדיף להישאר תקוע'),
    ('stagnant', 'hi', 'नहीं, मैं पीछे ही रहना पसंद करूँगा'),
    ('stagnant', 'th', 'ไม่ ขอย่ำอยู่กับที่'),
    ('stagnant', 'id', 'Tidak, saya lebih suka jalan di tempat'),
    ('stagnant', 'vi', 'Không, tôi thà dậm chân tại chỗ'),
    ('stagnant', 'zh-Hans', '不了，我宁愿原地踏步'),
    ('stagnant', 'zh-Hant', '不了，我寧願原地踏步'),
    ('stagnant', 'ja', 'いいえ、取り残されてもいいです'),
    ('stagnant', 'ko', '아니요, 뒤처져도 괜찮아요'),
    # hate+info: disliking news or information (not: not wanting it)
    ('hate+info', 'fr', "Non, je n'aime pas les infos"),
    ('hate+info', 'es', 'No, no me gustan las noticias'),
    ('hate+info', 'pt', 'Não, não gosto de notícias'),
    ('hate+info', 'it', 'No, non mi piacciono le notizie'),
    ('hate+info', 'ru', 'Нет, я не люблю новости'),
    ('hate+info', 'uk', 'Ні, я не люблю новини'),
    ('hate+info', 'pl', 'Nie, nie lubię nowości'),
    ('hate+info', 'cs', 'Ne, nemám rád novinky'),
    ('hate+info', 'nl', 'Nee, ik heb een hekel aan nieuws'),
    ('hate+info', 'sv', 'Nej, jag gillar inte nyheter'),
    ('hate+info', 'da', 'Nej, jeg kan ikke lide nyheder'),
    ('hate+info', 'nb', 'Nei, jeg liker ikke nyheter'),
    ('hate+info', 'fi', 'Ei, uutisista en pidä'),
    ('hate+info', 'hu', 'Nem, a híreket nem szeretem'),
    ('hate+info', 'ro', 'Nu, nu-mi plac știrile'),
    ('hate+info', 'tr', 'Hayır, haberlerden hoşlanmıyorum'),
    ('hate+info', 'el', 'Όχι, δεν μου αρέσουν οι ειδήσεις'),
    ('hate+info', 'ar', 'لا، لا أحب الأخبار'),
    ('hate+info', 'he', 'לא, אני לא אוהב חדשות'),
    ('hate+info', 'hi', 'नहीं, मुझे खबरें पसंद नहीं'),
    ('hate+info', 'th', 'ไม่ ฉันไม่ชอบข่าวสาร'),
    ('hate+info', 'id', 'Tidak, saya tidak suka berita'),
    ('hate+info', 'vi', 'Không, tôi không thích tin tức'),
    ('hate+info', 'zh-Hans', '不了，我不喜欢资讯'),
    ('hate+info', 'zh-Hant', '不了，我不喜歡資訊'),
    ('hate+info', 'ja', 'いいえ、ニュースは嫌いです'),
    ('hate+info', 'ko', '아니요, 뉴스는 싫어해요'),
    ('hate+info', 'en', "No thanks, I don't like news"),
]


@pytest.mark.parametrize("form, lang, label", RARE_FORMS)
def test_rare_form_in_every_language(form, lang, label):
    assert shamed(label) == [label]


# (shaming, not shaming): the boundary of each form, decided by reading the label. The first is
# a first-person belittling of the named form; the second is the same topic with no belittling:
# another's thing put off or unimportant (an order, a message), a question and not a statement,
# money or a loss named with no boast or acceptance, satisfaction or sufficiency stated plainly
# (not a claim of perfection), one's own thing used plainly (not a poor substitute), staying
# somewhere plainly (signed in, on one's plan), skipping a named item that is free (a plain
# decline, as skipping a report is) against skipping a gain itself, and not wanting news
# against disliking it. Each pair fails with the old lexicon on its first label, or, where the
# old lexicon found the first, on its second (the two false alarms removed: "I'll skip the free
# checklist" and "I'm bad at this game? Try again").
PAIRS = [
    # canwait: one's own good, not an order
    ("Nein danke, meine Gesundheit kann warten", "Nein danke, meine Bestellung kann warten"),
    ("Non merci, ma santé peut attendre", "Non merci, ma commande peut attendre"),
    ("No gracias, mi salud puede esperar", "No gracias, mi pedido puede esperar"),
    ("Нет, моё здоровье может подождать", "Нет, мой заказ может подождать"),
    ("不了，我的健康可以等等", "不了，我的订单可以等等"),
    ("아니요, 제 건강은 기다릴 수 있어요", "제 건강은 기다릴 수 없어요"),   # ko: can wait / cannot
    # unimportant: one's own good, not a message
    ("Nein, meine Zukunft ist mir nicht wichtig", "Diese Nachricht ist nicht wichtig"),
    ("Non, mon avenir n'est pas important", "Ce n'est pas important"),
    # badat: a statement, not a question
    ("No thanks, I'm bad at budgeting", "I'm bad at this game? Try again"),
    ("Nein, ich bin schlecht in Mathe", "Ich bin schlecht in diesem Spiel? Nochmal versuchen"),
    # richwaste: a boast of money, not money named
    ("No thanks, money is no object", "Add money"),
    ("Nein danke, Geld spielt keine Rolle", "Geld zurück"),
    ("Nie, stać mnie", "Nie stać mnie na to"),          # pl: I can afford it / I cannot
    # richwaste: having money to waste, not lacking it ("I have no money to waste" is prudence)
    ("No grazie, ho soldi da buttare", "No grazie, non ho soldi da buttare"),
    ("No gracias, me sobra el dinero", "No gracias, no me sobra el dinero"),
    ("Não, obrigado, tenho dinheiro de sobra", "Não, obrigado, não tenho dinheiro de sobra"),
    ("Nu, mulțumesc, am bani de aruncat", "Nu, mulțumesc, nu am bani de aruncat"),
    ("Όχι, έχω λεφτά για πέταμα", "Όχι, δεν έχω λεφτά για πέταμα"),
    ("Hayır, param çok", "Hayır, param çok değil"),
    ("لا، عندي فلوس كثير", "لا، ما عندي فلوس كثير"),
    # lossok: accepting the loss, not a loss reported
    ("No thanks, losing out is fine by me", "Report a loss"),
    ("Nein danke, ich nehme den Verlust in Kauf", "Verlust melden"),
    # boast: perfect or flawless, not content or sufficient
    ("No thanks, my code is already flawless", "No thanks, I'm happy with my current plan"),
    ("No, my garden is perfect as it is", "No thanks, my plan works for me"),
    ("Nein danke, meine Texte sind schon perfekt", "Nein danke, ich bin zufrieden mit meinem Tarif"),
    ("Non merci, mon jardin est déjà parfait", "Non merci, je suis satisfait de mon forfait"),
    ("No gracias, mi jardín ya está perfecto", "No gracias, estoy contento con mi plan"),
    ("不了，我的代码已经很完美了", "我的资料已完善"),
    ("No thanks, I'm already perfect", "Perfect, continue"),
    # boast: perfect claimed, not denied ("my garden is not perfect" boasts of nothing)
    ("No gracias, mi jardín ya está perfecto", "No gracias, mi jardín no está perfecto"),
    ("Não, obrigado, meu código já é perfeito", "Não, meu código não é perfeito"),
    ("No grazie, il mio giardino è già perfetto", "No, il mio giardino non è perfetto"),
    ("Nie, mój kod jest już idealny", "Nie, mój kod nie jest idealny"),
    ("Нет, мой код и так идеален", "Нет, мой код не идеален"),
    ("いいえ、私の庭はもう完璧です", "いいえ、私の設定は完璧ではありません"),
    ("不了，我的代码已经很完美了", "不了，我的代码不完美"),
    ("아니요, 제 정원은 이미 완벽해요", "아니요, 제 정원은 완벽하지 않아요"),
    ("لا شكرا، حديقتي مثالية بالفعل", "لا، حديقتي ليست مثالية أصلا"),
    ("Hayır, bahçem zaten mükemmel", "Hayır, bahçem zaten mükemmel değil"),
    # "vollkommen" is also the adverb "completely": no boast
    ("Nein danke, meine Texte sind schon perfekt", "Nein danke, mein Konto ist vollkommen sicher"),
    # makedo: a poor substitute, not one's own thing
    ("No thanks, I'll just use an old towel", "No thanks, I'll use my own account"),
    ("I'll make do with what I have", "No thanks, I'll use my phone instead"),
    ("Je vais me débrouiller avec un vieux carton", "Non merci, j'utilise mon propre compte"),
    ("No gracias, me las arreglo con lo que tengo", "No gracias, uso mi propia cuenta"),
    ("Nein danke, ich nehme einfach ein altes Handtuch", "Nein danke, ich nutze mein eigenes Konto"),
    # makedo: AN old thing (any poor substitute) is making do; THE old version (the app's known
    # previous option, a definite article, or in a language with none a version named) is not
    ("No thanks, I'll use some old rags", "No thanks, I'll stick with the old version"),
    ("Non merci, je prends une vieille serviette", "Non merci, je prends la vieille version"),
    ("No gracias, usaré una toalla vieja", "No gracias, uso la versión vieja"),
    ("No grazie, userò un asciugamano vecchio", "No grazie, uso la versione vecchia"),
    ("Nee, ik gebruik gewoon een oude handdoek", "Nee, ik gebruik de oude versie"),
    ("Nej tack, jag använder bara en gammal handduk", "Nej tack, jag använder den gamla versionen"),
    ("Нет, обойдусь старым полотенцем", "Нет, использую старую версию"),
    ("Không, tôi sẽ dùng tạm cái khăn cũ", "Không, tôi sẽ dùng phiên bản cũ"),
    ("不了，我将就用旧毛巾吧", "不了，用旧版就好"),
    # stagnant: stuck or standing still, not staying signed in or on one's plan
    ("No, I prefer to remain professionally stagnant", "No thanks, I'll stay logged in"),
    ("Non merci, je préfère rester coincé", "Non merci, je reste connecté"),
    ("Nein danke, ich trete lieber auf der Stelle", "Nein danke, ich bleibe angemeldet"),
    ("Não, prefiro ficar empacado", "Não, obrigado, fico com meu plano atual"),
    ("No gracias, prefiero quedarme atascado", "No gracias, me quedo con mi plan actual"),
    # stagnant: preferring to stay behind, not refusing to ("I don't want to fall behind")
    ("No gracias, prefiero quedarme atascado", "No quiero quedarme atrás"),
    ("No grazie, preferisco restare fermo al palo", "Non voglio restare indietro"),
    ("Nie, wolę stać w miejscu", "Nie chcę zostać w tyle"),
    ("Ne, radši zůstanu pozadu", "Nechci zůstat pozadu"),
    ("Нет, я лучше останусь на месте", "Не хочу остаться позади"),
    ("Ні, я краще залишуся позаду", "Не хочу залишитися позаду"),
    ("لا، أفضل أن أبقى عالقا", "لا أريد أن أبقى متأخرا"),
    ("ไม่ ขอย่ำอยู่กับที่", "ฉันไม่ชอบย่ำอยู่กับที่"),
    # badat: the person is bad at something, not a thing bad somewhere (ar needs أنا)
    ("لا، أنا سيء في الرياضيات", "الاتصال سيء في هذه المنطقة"),
    # skipping a gain itself, not a named item that is free
    ("No thanks, I'll skip saving money", "No thanks, I'll skip the free checklist"),
    ("No thanks, I'll pass on the savings", "No thanks, I'll pass on the free trial"),
    # disliking news, not not wanting it
    ("No thanks, I don't like news", "No thanks, I don't want news"),
    ("No, no me gustan las noticias", "No, no quiero noticias"),
]


@pytest.mark.parametrize("shaming, plain", PAIRS)
def test_rare_form_boundary(shaming, plain):
    assert (shamed(shaming), shamed(plain)) == ([shaming], [])


def test_every_language_has_the_rare_and_new_forms():
    """The rare forms (accepting the loss, money to waste, bad at, one's good put off or made
    unimportant, disliking news) and the new kinds (ironic boast, making do, staying stuck) are
    in every language of the grammar; the one left rare is written down in the YAML header: `renounce` alone
    (de). `cruel` (zh, and ko since session 14) is in every language since session 15, with the
    self-mockery (`chicken`) and preferring not to improve (`prefernot`):
    tests/test_confirmshaming_forms15.py."""
    _, langs, have = matrix(DEFAULT)
    forms = ("lossok", "richwaste", "badat", "canwait", "unimportant", "boast", "makedo",
             "stagnant", "hate+info")
    assert [(f, lang) for f in forms for lang in langs if f not in have[lang]] == []
    assert sorted(lang for lang in langs if "renounce" in have[lang]) == ["de"]
    # cruel: Chinese apps' idiom, and Korean apps' too (매정하게 나가기, seen in session 14); on any
    # act and in every language since session 15, with chicken and prefernot
    assert [(f, lang) for f in ("cruel", "chicken", "prefernot") for lang in langs
            if f not in have[lang]] == []

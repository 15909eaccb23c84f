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
    """After the fill, the forms named in the task are in every one of the 29 languages, but
    for the gaps written down in the YAML header (en hate+goods: hating alone covers it; ja/ko
    hating alone; hi riskit)."""
    _, langs, have = matrix(DEFAULT)
    assert len(langs) == 29
    gaps = {(f, lang) for lang in langs for f in (
        "leave+costly", "hate+goods", "renounce+goods", "care", "whocares", "riskit", "chances",
        "knowall", "selfbad", "tooweak", "notsmart", "hatealone", "takerisk")
        if f not in have[lang]}
    assert gaps == {("hate+goods", "en"), ("hatealone", "ja"), ("hatealone", "ko"),
                    ("riskit", "hi")}

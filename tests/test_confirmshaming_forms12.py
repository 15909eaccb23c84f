"""Confirmshaming forms written after the first looks at confirmshaming_heldout12.tsv and 13 (session 14),
tested in our own words (no line of that file), with near-misses that must stay quiet.

Expected values are worked out by hand from the wording: the first-person statement and the
gain refused or the worse option accepted; for the near-misses, why nothing is belittled."""
from __future__ import annotations

import pytest

from tests.test_detectors_text_forms import shamed


@pytest.mark.parametrize("label", [
    # one clause shames, the next keeps something: "keep my …" keeps out only its own clause
    "I enjoy paying extra, keep my current plan",
    "No thanks, I'd rather pay full price. Keep my basic tier",
    # th: "I will pay / buy" at full price; paying in full; not wanting to be rich
    "ไม่ ขอบคุณ ผมจะซื้อเต็มราคา",
    "ไม่ล่ะ ผมชอบจ่ายเต็มทุกครั้ง",
    "ไม่ ผมไม่อยากร่ำรวย",
    # hu: "I'll miss out on the gifts" (first-person missing out)
    "Nem, kimaradok az ajándékokból",
    # bg: "I'll buy at the normal price" (and "благодаря" tells Bulgarian from Ukrainian)
    "Не, благодаря, ще пазарувам на нормална цена",
    # id: "I like …" a worse option; "I'll take the risk" with a future auxiliary
    "Tidak, aku senang bayar lebih mahal",
    "Nggak, aku mau menanggung risikonya",
    # he: "I'll keep putting things off"
    "לא, אמשיך לדחות את הכל",
    # sl: "I'm satisfied with smaller chances"
    "Ne hvala, zadovoljna sem z manjšimi priložnostmi za nagrado",
    # ko: leaving or refusing "heartlessly" / "coldly" (an adverb of cruelty on the exit)
    "냉정하게 거절하기",
    "매정하게 닫기",
])
def test_confirmshaming_forms_after_heldout12(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    "No thanks, keep my current plan",                    # keeping, nothing belittled
    "No, I want to keep my photos, cancel",               # a way back in one clause, a cancel
    "ไม่ ขอบคุณ ผมจะซื้อทีหลัง",                               # th "I'll buy later": no worse option
    "Не, благодаря",                                       # bg plain "No, thanks"
    "Tidak, aku senang dengan paketku",                   # id "I'm happy with my plan"
    "Ne, zadovoljna sem s svojim paketom",                # sl satisfaction, no loss named
    "매정하게",                                             # ko the adverb alone leaves nothing
    "나가기",                                               # ko plain "Exit"
])
def test_confirmshaming_near_misses_after_heldout12(label):
    assert shamed(label) == []


# Forms written after the first look at confirmshaming_heldout13.tsv (session 14), in other words
@pytest.mark.parametrize("label", [
    "Não, prefiro continuar preso na rotina",                 # pt staying stuck
    "Não, vou assumir o risco de errar sozinho",              # pt taking the risk, first person
    "No, I don't want to transform my life",                  # en changing one's life refused
    "No gracias, no quiero cambiar mi vida",                  # es
    "Maybe later, I'm already wealthy",                       # en an ironic boast of wealth
    "Nein danke, ich bin schon reich genug",                  # de
    "Nanti saja, aku udah kaya",                              # id
])
def test_confirmshaming_forms_after_heldout13(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    "I'm not rich, maybe later",                              # en wealth denied: no boast
    "Ao continuar, você assume o risco",                      # pt the risk stated to the person
    "Não quero mudar a minha senha",                          # pt changing a password, no gain
    "Não, prefiro continuar",                                 # pt plain "I'd rather go on"
])
def test_confirmshaming_near_misses_after_heldout13(label):
    assert shamed(label) == []


@pytest.mark.parametrize("label,shaming", [
    # a preference negated is no preference (ru, el: the bare verbs; the helper csp12 saw it)
    ("Нет, я не люблю переплачивать", False),
    ("Нет, я не согласен платить больше", False),
    ("Όχι, δεν δέχομαι να πληρώσω περισσότερα", False),
    ("Нет, я люблю переплачивать", True),
    ("Όχι, δέχομαι να πληρώσω περισσότερα", True),
])
def test_a_negated_preference_is_no_preference(label, shaming):
    assert shamed(label) == ([label] if shaming else [])

"""A payment form's validation message is no verification burden.

"The card number you typed is not a valid one, type it again" is what a checkout form says
under its card field; it names no identity check and no deletion. The bank_card kind of
detectors/lexicons/verification.yaml read such messages as "bank card details are demanded to
prove identity" wherever its words for entering a number stood near a card word. The
messages below were written for this test (checked by hand: each names a card number and
says only that the typed value must be valid or is not); each demand beside them names what
the card is for (to verify, to confirm the identity, to delete the account) and must still
be found. One sentence per language whose bank_card entry reads an "enter" word."""
from __future__ import annotations

import pytest

from cancelcheck.detectors import Context, scan

from tests.test_detectors_text import btn, screen

VALIDATION = [
    ("en", "Enter a valid debit card number"),
    ("en", "Please enter a valid bank card number and try again."),
    ("ja", "正しいクレジットカード番号を入力してください"),
    ("ja", "有効なキャッシュカードの番号を入力"),
    ("zh-Hans", "银行卡号格式不正确，请重新输入"),
    ("zh-Hant", "請輸入有效的銀行卡號"),
    ("de", "Bitte eine gültige Kreditkartennummer eingeben"),
    ("fr", "Saisissez un numéro de carte bancaire valide"),
    ("es", "Introduce un número de tarjeta de débito válido"),
    ("pt", "Informe um número de cartão de crédito válido"),
    ("ko", "유효한 카드번호 입력"),
    ("ru", "Введите правильный номер карты"),
]

DEMAND = [
    ("en", "Enter a valid card number to verify your identity"),
    ("en", "Provide your credit card number to delete the account"),
    ("ja", "本人確認のため有効なクレジットカード番号を入力してください"),
    ("zh-Hans", "请输入正确的银行卡号完成身份验证"),
    ("zh-Hant", "請輸入有效的銀行卡號以驗證身分"),
    ("de", "Zur Bestätigung der Identität eine gültige Kreditkartennummer eingeben"),
    ("fr", "Saisissez une carte bancaire valide pour vérifier votre identité"),
    ("es", "Introduce una tarjeta de crédito válida para verificar tu identidad"),
    ("pt", "Informe um cartão de crédito válido para excluir a conta"),
    ("ko", "본인 인증을 위해 유효한 카드번호 입력"),
    ("ru", "Введите правильный номер карты для подтверждения личности"),
]


def _kinds(text: str, language: str | None) -> list[str]:
    s = screen("Payment", ("", {"cls": "input", "clickable": True}), text, btn("Pay"))
    found = scan(s, Context(screen_index=0, language=language), only=["verification_burden"])
    return [f.data["kind"] for f in found]


@pytest.mark.parametrize("lang, text", VALIDATION)
@pytest.mark.parametrize("known", [True, False])
def test_a_card_number_validation_message_is_no_demand(lang, text, known):
    assert _kinds(text, lang if known else None) == []


@pytest.mark.parametrize("lang, text", DEMAND)
@pytest.mark.parametrize("known", [True, False])
def test_a_card_demand_that_names_its_purpose_is_still_found(lang, text, known):
    assert _kinds(text, lang if known else None) == ["bank_card"]

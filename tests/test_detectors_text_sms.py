"""The `sms` kind of verification_burden (detectors/lexicons/verification.yaml): it says that the
app demands a text-message code, or the phone number such a code goes to, on a screen of a run
whose sign-up asked for no phone. A bare phone-number label, an SMS message template, a form's
"that phone number is not valid" message and an e-mail's verification code are none of these.

Every sentence is my own wording; the expected kind was worked out by hand from which words it
holds (a text-message word and a code word; a phone and a code; a demand verb and a phone
number), not taken from the program's output. The positives are all ones the old entries
missed, the near misses all ones they matched.
"""
from __future__ import annotations

import pytest

from tests.test_detectors_text import run, screen


def sms_kinds(text, language):
    found = run(screen(text), language=language, signup_phone=False)
    return [f.data.get("kind") for f in found if f.type == "verification_burden"]


@pytest.mark.parametrize("language", ["given", "guessed"])
@pytest.mark.parametrize("lang,text", [
    ("en", "Enter the code we texted you"),                               # text word + code
    ("de", "Wir schicken Ihnen eine Textnachricht mit einem Code"),       # text word + code
    ("fr", "Nous allons vous envoyer un texto avec un code"),             # text word + code
    ("es", "Te vamos a enviar un mensaje de texto con el código"),       # text word + code
    ("pt", "Digite o código que enviamos por mensagem de texto"),         # text word + code
    ("ja", "ショートメッセージで届いた確認コードを入力してください"),          # text word + code
    ("ru", "Мы отправили код на ваш телефон"),                            # phone + code
    ("ja", "スマホに届いたコードを入力してください"),                        # phone + code
    ("ko", "휴대폰으로 받은 코드를 입력하세요"),                              # phone + code
    ("ko", "휴대전화 번호를 입력하세요"),                                    # demand + number
])
def test_sms_demand_in_its_forms(lang, text, language):
    assert sms_kinds(text, lang if language == "given" else None) == ["sms"]


@pytest.mark.parametrize("lang,text", [
    # a form's bare label
    ("en", "Phone number (optional)"), ("de", "Handynummer"), ("fr", "Numéro de téléphone fixe"),
    ("es", "Número de teléfono de contacto"), ("ru", "Номер телефона"),
    ("ja", "電話番号"), ("it", "Numero di cellulare"), ("pl", "Numer telefonu"),
    # a message template or a channel named in passing
    ("en", "SMS template for appointment reminders"), ("de", "SMS-Vorlage bearbeiten"),
    ("fr", "Modèle de SMS pour les rappels"), ("es", "Plantilla de SMS"),
    ("ru", "Шаблон SMS-уведомления"), ("ja", "SMSテンプレートを編集"), ("pl", "Szablon SMS"),
    ("it", "Modello SMS per i promemoria"),
    # a form's validation message about the number typed
    ("en", "Please enter a valid phone number"), ("en", "That phone number is not valid"),
    ("de", "Bitte geben Sie eine gültige Telefonnummer ein"),
    ("fr", "Saisissez un numéro de téléphone valide"),
    ("es", "Introduce un número de teléfono válido"),
    ("ru", "Введите корректный номер телефона"), ("ja", "電話番号の形式が正しくありません"),
    ("ja", "有効な電話番号を入力してください"), ("pl", "Podaj prawidłowy numer telefonu"),
    # a code that comes by e-mail (or from nowhere said): not a text message
    ("en", "Enter the verification code from your e-mail"),
    ("de", "Geben Sie den Bestätigungscode aus Ihrer E-Mail ein"),
    ("fr", "Saisissez le code de vérification reçu par e-mail"),
    ("es", "Escribe el código de verificación que te enviamos por correo"),
    ("ru", "Введите код подтверждения из письма"), ("zh-Hans", "请输入邮箱验证码"),
    ("ja", "メールに届いた認証コードを入力"),
])
def test_sms_near_misses(lang, text):
    assert sms_kinds(text, lang) == []
    assert sms_kinds(text, None) == []


def test_valid_in_a_code_demand_is_no_validation_message():
    """"valid" silences a phone-number text only when it names no code or text message: the
    first sentence is a validation message, the second a demand whose code is valid a while."""
    assert sms_kinds("Enter a valid phone number", "en") == []
    assert sms_kinds("Enter your phone number. The SMS code stays valid for 10 minutes",
                     "en") == ["sms"]


def test_one_languages_validation_rule_does_not_silence_another():
    """With no language known every language's entry is tried: another language's "valid"
    rule (Romanian "valid…", French "valide") must not drop an English code demand, as it
    names no phone number of its own language."""
    assert sms_kinds("Enter the code we texted you, it stays valid for five minutes",
                     None) == ["sms"]

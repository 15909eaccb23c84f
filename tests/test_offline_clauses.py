"""Session 16 (issue 13), the offline-requirement detector:
- NOT_NEEDED_BESIDE: a channel named as not needed rules out the channels of ITS clause only
  (detectors/offline.py `_unless_clauses`, clauses split at ";", ":" or a spaced dash): "e-mail
  X; no form is needed" still names the e-mail. Before, the whole sentence lost its channels and
  these screens gave no finding.
- NOT_NEEDED_ALONE: the same form where the not-needed clause is the only one with a channel,
  or where one clause coordinates two channels ("You don't need to e-mail us or call support"):
  still no finding (these held before and must hold).
- BELOW: ja/ko contacting AT the address below ("…は、以下までご連絡ください", "아래로 연락
  주세요") and the polite "please contact us" (ご連絡ください, 연락 주세요) as the support
  channel (offline.yaml `support`; with an address named the finding says e-mail, "support"
  only says no channel was named); before, neither language read it and these screens gave no
  finding. BELOW_HELP: the same words after a question offer stay help (the kind's `unless`;
  ko an inquiry NEEDED, "상담이 필요하시면", is a help offer: offline.yaml `help_only`).
- HELP_THEN_REQUEST: a help offer whose MAIN clause, after its comma, names the deletion and a
  channel ("If you need help, you can request the deletion by e-mail": detectors/offline.py
  `_requests_after_help`); HELP_ONLY: the deletion named inside the offer only ("If you have
  questions about deleting your account, e-mail us"; de with no comma; the commas of an
  enumeration inside the offer, "how we store, export or delete your data, …") stays help.
- BY_EMAIL: fr/tr a request made BY e-mail ("faites votre demande par courriel", "e-posta ile
  talep edebilirsiniz"; offline.yaml email); BY_EMAIL_NEAR: the provider's confirmation or
  notice by e-mail stays none.
Every expectation was decided by reading the screen (the channels of the one finding, or none);
every case of NOT_NEEDED_BESIDE, BELOW, HELP_THEN_REQUEST and BY_EMAIL fails on the code before
this session but BELOW's first (its address on the next line, after an instruction, was read as
the e-mail already), and so does BELOW_HELP's ko inquiry (it was flagged)
(checked by swapping in `git show 0fc203e:detectors/offline.py` and
`…:detectors/lexicons/offline.yaml`)."""
from __future__ import annotations

import pytest

from tests.offline_kit import cases, expected, ways

NOT_NEEDED_BESIDE = [
    ("en", ["Delete your account", "To delete your account, e-mail privacy@example.com; no form is needed."], ["email"]),
    ("en", ["Delete your account", "Send your deletion request to privacy@example.com: no separate form is required."], ["email"]),
    ("de", ["Konto löschen", "Um dein Konto zu löschen, schreib an datenschutz@beispiel.de – ein Formular ist nicht nötig."], ["email"]),
    ("es", ["Eliminar cuenta", "Para eliminar tu cuenta, escríbenos a privacidad@ejemplo.es; no hace falta rellenar ningún formulario."], ["email"]),
    ("zh-Hans", ["删除账号", "如需删除账号，请发送邮件至 privacy@example.com；无需填写任何表格。"], ["email"]),
]
NOT_NEEDED_ALONE = [
    ("en", ["Delete your account", "No need to e-mail us: delete your account in Settings."], None),
    ("en", ["Delete your account", "You don't need to e-mail us or call support to delete your account."], None),
    ("en", ["Delete your account", "Open Settings and tap Delete account; there is no need to contact support."], None),
    ("de", ["Konto löschen", "Du musst uns nicht anschreiben: lösche dein Konto in den Einstellungen."], None),
]
BELOW = [
    ("ja", ["アカウント削除", "アカウントとデータの削除をご希望の場合は、以下までご連絡ください。", "privacy@example.jp"], ["email"]),
    ("ja", ["アカウント削除", "アカウントを削除したい場合は、ご連絡ください。"], ["support"]),
    ("ko", ["계정 삭제", "계정 삭제를 원하시면 아래로 연락 주세요."], ["support"]),
    ("ko", ["계정 삭제", "계정을 삭제하려면 연락 주시기 바랍니다."], ["support"]),
]
BELOW_HELP = [
    ("ja", ["アカウント削除", "設定からアカウントを削除できます。", "ご質問がある場合は、以下までご連絡ください。"], None),
    ("ko", ["계정 삭제", "설정에서 계정을 삭제할 수 있습니다.", "문의 사항이 있으면 아래로 연락 주세요."], None),
    ("ko", ["계정 삭제", "삭제 방법에 대해 상담이 필요하시면 아래로 연락해 주세요.", "이메일: help@example.kr"], None),
]

HELP_THEN_REQUEST = [
    ("en", ["Account deletion", "You can delete your account in the app. If you need help, you can request the deletion by e-mail."], ["email"]),
    ("fr", ["Supprimer le compte", "Vous pouvez supprimer votre compte dans l'application. Si vous avez besoin d'aide, vous pouvez demander la suppression par e-mail."], ["email"]),
    ("es", ["Eliminar cuenta", "Puedes eliminar tu cuenta en la app. Si necesitas ayuda, puedes solicitar la eliminación por correo electrónico."], ["email"]),
]
HELP_ONLY = [
    ("en", ["Account deletion", "You can delete your account in the app. If you have questions about deleting your account, e-mail us at help@example.com."], None),
    ("en", ["Account deletion", "You can delete your account in the app. If you need help deleting your account, e-mail us."], None),
    ("es", ["Eliminar cuenta", "Puedes eliminar tu cuenta en la app. Si tienes dudas sobre la eliminación de tu cuenta, escríbenos a ayuda@ejemplo.es."], None),
    ("de", ["Konto löschen", "Du kannst dein Konto in der App löschen. Bei Fragen zur Löschung deines Kontos schreib uns an hilfe@beispiel.de."], None),
    ("en", ["Your data", "If you have any questions about how we store, export or delete your data, feel free to write to privacy@example.com."], None),
]
BY_EMAIL = [
    ("fr", ["Supprimer le compte", "Pour supprimer votre compte, faites votre demande par courriel."], ["email"]),
    ("tr", ["Hesabı sil", "Hesabınızın silinmesini e-posta ile talep edebilirsiniz."], ["email"]),
]
BY_EMAIL_NEAR = [
    ("fr", ["Supprimer le compte", "Appuyez sur Supprimer le compte dans les Réglages. Votre demande sera confirmée par e-mail."], None),
    ("tr", ["Hesabı sil", "Ayarlar'da Hesabı sil'e dokunun. Talebinizi aldığımızda size e-posta ile bildireceğiz."], None),
]


@pytest.mark.parametrize("lang,items,channels", cases(
    ("beside", NOT_NEEDED_BESIDE), ("alone", NOT_NEEDED_ALONE), ("below", BELOW),
    ("belowhelp", BELOW_HELP), ("helpthen", HELP_THEN_REQUEST), ("helponly", HELP_ONLY),
    ("byemail", BY_EMAIL), ("byemailnear", BY_EMAIL_NEAR)))
def test_offline_clauses(lang, items, channels):
    assert ways(lang, items) == expected(channels)

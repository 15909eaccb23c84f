"""Two mends of the offline-requirement detector found by reading older pages after the session-15
forms (detectors/offline.py `_step`, offline.yaml `no_contact`); screens written for this test,
each expectation decided by reading it:

- a numbered step is an instruction by its form only when it says something and names a channel
  itself ("1. Tap the button below or e-mail …"): in-app steps ("1. Open the app", "2. Go to
  Settings") do not stretch an instruction over a later "if you cannot find the option, contact
  support" (a help offer), and a numbered section heading ("8. Contact us", "8. 联系我们") is no
  instruction;
- the app as the way "rather than by contacting us" (en, and ru uk bg "а не через обращение")
  names the contact as what is NOT needed."""
from __future__ import annotations

import pytest

from tests.test_detectors_text import ways


@pytest.mark.parametrize("items", [
    ("How to delete your account", "1. Open the app", "2. Go to Settings", "3. Tap Delete account",
     "If you cannot find the option, you can contact support (see below)."),
    ("8. Contact us", "If you have any questions about deleting your account, contact us: help@example.com"),
    ("8. 联系我们", "如果您对删除账号有任何问题，请通过以下方式联系我们： 邮箱：help@example.com"),
    ("Your rights", "You delete your account yourself in the app, rather than by contacting us."),
    ("Ваші права", "Ви видаляєте акаунт самі в застосунку, а не через звернення до нас."),
    ("Ваши права", "Вы удаляете аккаунт сами в приложении, а не через обращение к нам."),
    ("Вашите права", "Изтривате акаунта си сами в приложението, а не чрез свързване с нас."),
])
def test_no_channel(items):
    assert ways(*items) == []


@pytest.mark.parametrize("items", [
    ("Delete your data", "1. Tap the button below or e-mail privacy@example.com with your user name."),
    ("Удаление данных", "1. Напишите на privacy@example.com письмо с темой «Удаление аккаунта»."),
])
def test_a_numbered_step_naming_the_channel_is_the_way(items):
    assert [sorted(c) for c in ways(*items)] == [["email"]]

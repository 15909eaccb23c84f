"""A tap that starts a navigation, on real Chromium (tests/data/pages/nav-alert/): the page's
"Settings" calls window.open (which the device keeps in this tab: a navigation) and, finding no
window, says so in an alert while the new page loads — a real tracker's field helper does this.
Before: the alert showed, and answering it got chromedriver's "tap failed: aborted by
navigation: Not attached to an active page"; from then on every command answered "unexpected
alert open" and the run ended `error`. Now the tap counts as done: the device waits for the new
page and the explorer goes on. (A dialog asked for by a page that is being navigated away is
not shown, as a browser closes it when the new page comes; devices/web_dialog.MARK_JS.)"""
from __future__ import annotations

import pytest

from cancelcheck.devices.web import WebDevice, navigated
from cancelcheck.flows.audit import AuditOptions
from tests.pages_kit import audit_page, show



@pytest.mark.chromium
def test_a_tap_that_navigates_and_alerts_lands_on_the_new_page(pages):
    with WebDevice(f"{pages.base_url}/nav-alert/", timeout=5.0) as device:
        device.start(fresh=True)
        settings = next(e for e in device.capture().elements if e.label == "Settings")
        device.tap(settings)
        device.wait_idle(timeout=5.0)
        screen = device.capture()
        assert screen.app.endswith("/nav-alert/settings.html"), screen.app
        assert "Delete account" in screen.texts()
        assert not any(e.attrs.get("dialog") for e in screen.elements)
        device.back()                   # the device still answers: back to the first page
        device.wait_idle(timeout=5.0)
        assert device.capture().app.endswith("/nav-alert/"), "back did not return"


@pytest.mark.chromium
def test_an_audit_past_a_tap_that_navigates_and_alerts_goes_on(pages):
    # Hand count (index.html, settings.html, delete.html): Settings, Delete account, Delete my
    # account permanently = 3.
    j = audit_page(pages, "nav-alert", AuditOptions(budget_steps=30, budget_seconds=180))
    assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)


def test_chromedrivers_answers_for_a_navigation_under_a_command_are_told_apart():
    from selenium.common.exceptions import WebDriverException
    # the answer a real run got (chromedriver 156), and two older wordings of the same event
    for msg in ("aborted by navigation: Not attached to an active page",
                "unknown error: unhandled inspector error: {\"code\":-32000,\"message\":"
                "\"Inspected target navigated or closed\"}",
                "unknown error: Not attached to an active page"):
        assert navigated(WebDriverException(msg))
    assert not navigated(WebDriverException("unexpected alert open: {Alert text : x}"))
    assert not navigated(ValueError("aborted by navigation"))

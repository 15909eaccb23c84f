"""Browser dialogs through a real Appium server's chromium driver: the confirm() that asks to
delete the account is read as a screen (its words, OK and Cancel), reached as the final
confirmation and left unanswered without commit; Cancel (back) dismisses it."""
from __future__ import annotations

from cancelcheck.devices.appium import AppiumDevice, chromium_capabilities
from cancelcheck.flows.audit import AuditOptions, run_audit
from tests.pages_kit import pages_server, show


def test_a_confirm_through_appium_is_a_screen_and_the_final_confirmation(appium_server):
    with pages_server() as pages:
        url = f"{pages.base_url}/dialogs/"
        device = AppiumDevice(appium_server.url, chromium_capabilities(url), url=url)
        try:
            device.start(fresh=True)
            j = run_audit(device, "dialogs", AuditOptions())
            assert (j.outcome, j.final_action) == ("reachable", "OK"), show(j)
            shown = device.capture()
            assert shown.elements[0].attrs.get("role") == "alertdialog"
            assert any("delete your account" in t for t in shown.texts())
            assert {"OK", "Cancel"} <= set(shown.texts())
            device.back()                                  # Cancel
            assert device.run_js("return localStorage.getItem('deleted')") is None
        finally:
            device.close()

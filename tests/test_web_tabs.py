"""One tab, as in a phone app's web view: on real Chromium, a link with target=_blank, a form
with a target and window.open() open in the tab they came from (tests/data/pages/newtab/),
the device goes on answering, and a page on another host shows as "left the app"
(flows/hosts.left_app), which the explorer leaves by going back. A window opened anyway is
closed at the next command. (Before: a new tab opened, and the dead proxy's refusal in it
made chromedriver stop answering within a few commands.)"""
from __future__ import annotations

import pytest

from cancelcheck.devices.web import WebDevice
from cancelcheck.flows.hosts import host_of, left_app
from cancelcheck.flows.audit import AuditOptions
from tests.pages_kit import audit_page, show



@pytest.fixture
def newtab(pages):
    device = WebDevice(f"{pages.base_url}/newtab/", timeout=5.0)
    try:
        device.start(fresh=True)
        yield device
    finally:
        device.close()


def _by_label(screen, wanted: str):
    return next(e for e in screen.elements if e.label == wanted)


# index.html, by hand: "Help centre" and the form of "Ask support" have target=_blank to
# http://example.invalid/; "Account portal" calls window.open to example.invalid; "More below"
# has target=_blank to the page's own #below; "Tips" calls window.open('tips.html', '_blank').
@pytest.mark.parametrize("control, lands", [
    ("Help centre", None), ("Account portal", None), ("Ask support", None),
    ("More below", "/newtab/#below"), ("Tips", "/newtab/tips.html")])
def test_a_new_tab_opens_in_the_same_one_and_the_device_goes_on(newtab, pages, control, lands):
    home = host_of(newtab.url)
    newtab.tap(_by_label(newtab.capture(), control))
    newtab.wait_idle()
    screen = newtab.capture()
    assert newtab.run_js("return 1") == 1 and len(newtab.driver.window_handles) == 1
    if lands is None:                     # the proxy refuses another host: Chromium's error
        assert left_app(screen, home), screen.app        # page, in the app's own tab
    else:
        assert not left_app(screen, home) and screen.app == pages.base_url + lands, screen.app
    for _ in range(3):                    # the way the explorer leaves: back, look again
        newtab.back()
        newtab.wait_idle()
        screen = newtab.capture()
        assert len(newtab.driver.window_handles) == 1
    assert screen.app.startswith(("data:", pages.base_url)), screen.app


def test_a_window_opened_anyway_is_closed_and_the_page_kept(newtab, pages):
    newtab.driver.execute_cdp_cmd("Target.createTarget", {"url": "about:blank"})
    assert len(newtab.driver.window_handles) == 2
    screen = newtab.capture()
    assert len(newtab.driver.window_handles) == 1
    assert screen.app == pages.base_url + "/newtab/" and _by_label(screen, "Help centre")


def test_an_audit_past_new_tab_controls_ends_with_the_way_not_an_error(pages):
    # index: the five new-tab controls above and "Settings"; settings.html: "Privacy policy"
    # (target=_blank to example.invalid) and "Delete account". Hand count: Settings, Delete
    # account, Delete my account permanently = 3.
    j = audit_page(pages, "newtab", AuditOptions(budget_steps=40, budget_seconds=240))
    assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)
    for s in j.steps:               # nothing is done on a screen that is not the app, but back
        if j.screens[s.before].app.startswith("chrome-error://"):
            assert s.kind == "back" and "left the app" in s.note, show(j)

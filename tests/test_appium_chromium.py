"""The appium backend against a real Appium 3 server and its real chromium driver (installed into
the project by `make appium`), driving real Debian Chromium through /usr/bin/chromedriver.

Every specimen's ground-truth path is followed through Appium and, side by side, through the web
backend: both must count the same steps, wait the same seconds and end on the same route with
the same words on screen. A dead server must fail in one line within seconds.
"""
from __future__ import annotations

import re
import time

import pytest

from cancelcheck.devices import DeviceError, DeviceUnavailable, open_device
from cancelcheck.devices.appium import AppiumDevice, chromium_capabilities, platform_of, probe_server
from cancelcheck.specimens import catalog

from .appium_server import free_port
from .truth_path import find_tappable, follow, settle

NAMES = catalog.names()


def route(device) -> str:
    return device.run_js("return location.hash")


def words(texts: list[str]) -> list[str]:
    """Texts with numbers blanked: a countdown ("59s" / "60s") ticks between the two runs."""
    return [re.sub(r"\d+", "#", s) for s in texts]


@pytest.mark.parametrize("name", NAMES)
def test_truth_path_through_appium_matches_the_web_backend(name, appium_chromium, web_device):
    t = catalog.truth(name)
    results = {}
    for kind, make in (("appium", appium_chromium), ("web", web_device)):
        device = make(name)
        settle(device)
        steps, waited, screen = follow(device, t, stop_before_final=True)
        results[kind] = (steps, waited, route(device), screen.texts())
        device.close()
    a, w = results["appium"], results["web"]
    expected = t.reached_steps - (1 if t.outcome == "reachable" else 0)
    assert a[0] == w[0] == expected
    assert a[1] == w[1] == t.wait_seconds
    assert a[2] == w[2]
    if t.outcome == "reachable":
        assert a[2] == t.final_route
    assert words(a[3]) == words(w[3]), "the last screen's words differ between Appium and the web device"


def test_capture_gives_the_web_devices_elements(appium_chromium, web_device):
    via_appium = appium_chromium("bank-zh")
    via_web = web_device("bank-zh")
    settle(via_appium)
    settle(via_web)
    a, w = via_appium.capture(), via_web.capture()
    assert a.image.size == w.image.size == (1082, 2402)
    assert a.texts() == w.texts() and any("注销" in s or "设置" in s or "我的" in s
                                          for s in a.texts())
    # Same elements in the same places (±2 px), same roles.
    assert [(e.cls, e.text) for e in a.elements] == [(e.cls, e.text) for e in w.elements]
    for ea, ew in zip(a.elements, w.elements):
        assert all(abs(p - q) <= 2 for p, q in zip(ea.bounds.as_list(), ew.bounds.as_list()))


def test_touch_tap_and_back(appium_chromium):
    device = appium_chromium("fair-en")
    settle(device)
    start = route(device)
    device.tap(find_tappable(device.capture(), "Profile"))
    settle(device)
    assert route(device) == "#/profile"
    device.back()
    settle(device)
    assert route(device) == start


def test_fresh_start_clears_and_restart_keeps_state(appium_chromium):
    device = appium_chromium("fair-en")
    device.run_js("localStorage.setItem('cc-probe', 'kept')")
    device.restart()
    assert device.run_js("return localStorage.getItem('cc-probe')") == "kept"
    device.start(fresh=True)
    assert device.run_js("return localStorage.getItem('cc-probe')") is None


def test_chromium_finds_by_css_and_refuses_by_id(appium_chromium):
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    device = appium_chromium("fair-en")
    assert device.find_css("body")
    with pytest.raises(WebDriverException):
        device.driver.find_element(By.ID, "app")


def test_chromium_session_has_no_native_video(appium_chromium, tmp_path):
    device = appium_chromium("fair-en")
    assert not device.capabilities.native_video
    with pytest.raises(DeviceError, match="no screen recording"):
        device.start_video(tmp_path)


def test_dead_server_is_one_line_within_seconds():
    url = f"http://127.0.0.1:{free_port()}"          # nothing listens there
    device = AppiumDevice(url, chromium_capabilities("http://127.0.0.1:9/"), url="http://127.0.0.1:9/")
    t = time.monotonic()
    with pytest.raises(DeviceUnavailable) as info:
        device.start()
    assert time.monotonic() - t < 5
    msg = str(info.value)
    assert "\n" not in msg and url in msg and "does not answer" in msg and "appium --address" in msg


def test_server_that_hangs_is_cut_off(tmp_path):
    import socket
    with socket.socket() as s:                       # accepts, never answers
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
        t = time.monotonic()
        with pytest.raises(DeviceUnavailable, match="does not answer"):
            probe_server(url, timeout=1.5)
        assert time.monotonic() - t < 4


def test_status_of_the_real_server(appium_server):
    status = probe_server(appium_server.url)
    assert status["ready"] is True and status["build"]["version"].startswith("3.")


def test_platforms_and_specs():
    assert platform_of(chromium_capabilities("http://127.0.0.1:9/")) == "chromium"
    assert platform_of({"platformName": "Android", "appium:automationName": "UiAutomator2"}) == "android"
    assert platform_of({"platformName": "iOS", "appium:automationName": "XCUITest"}) == "ios"
    with pytest.raises(DeviceError, match="no platform"):
        platform_of({"platformName": "Symbian"})
    device = open_device("appium:http://127.0.0.1:4723", capabilities={
        "platformName": "Android", "appium:automationName": "UiAutomator2",
        "appium:appPackage": "com.example"})
    assert isinstance(device, AppiumDevice) and device.app == "com.example"
    assert device.capabilities.native_video
    with pytest.raises(DeviceError, match="needs capabilities"):
        open_device("appium:http://127.0.0.1:4723")
    with pytest.raises(DeviceError, match="needs the server's URL"):
        open_device("appium:127.0.0.1:4723", capabilities={"platformName": "Android"})


def test_a_farm_key_in_the_url_is_never_printed():
    url = f"http://user:s3cr3t-key@127.0.0.1:{free_port()}/wd/hub"
    with pytest.raises(DeviceUnavailable) as info:
        AppiumDevice(url, chromium_capabilities("http://127.0.0.1:9/"), url="http://127.0.0.1:9/").start()
    assert "s3cr3t-key" not in str(info.value) and "/wd/hub" in str(info.value)

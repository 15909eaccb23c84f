"""The web backend against real Debian Chromium and chromedriver, on a probe page whose layout
is fixed by its CSS (so every expected box below is computed from the stylesheet by hand)."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from cancelcheck.devices import DeviceError, DeviceUnavailable, TargetUnreachable, open_device
from cancelcheck.devices.web import WebDevice
from cancelcheck.specimens.server import SpecimenServer

PAGES = Path(__file__).parent / "data" / "pages"
DPR = 2.625



@pytest.fixture
def probe(pages):
    device = WebDevice(pages.base_url + "/probe.html")
    device.start()
    yield device
    device.close()


def by_id(screen, id_):
    hits = [e for e in screen.elements if e.id == id_]
    assert hits, f"no element #{id_}"
    return hits[0]


def test_screenshot_is_in_device_pixels(probe):
    screen = probe.capture()
    # 412 × 915 CSS px at 2.625: 1081.5 × 2401.9, rounded up by Chromium.
    assert screen.image.size == (1082, 2402)
    assert screen.size == (1082, 2402)
    assert abs(screen.scale - DPR) < 0.01


def test_boxes_line_up_with_pixels(probe):
    screen = probe.capture()
    go = by_id(screen, "go")
    # #go: left 20, top 40, 200 × 60 CSS px → [52, 105, 577, 262] device px (±1).
    for got, want in zip(go.bounds.as_list(), [20 * DPR, 40 * DPR, 220 * DPR, 100 * DPR]):
        assert abs(got - want) <= 1
    # The pixel at the box's edge-inset corner is the button's red, outside it is white.
    x1, y1, x2, y2 = go.bounds.as_list()
    assert screen.image.getpixel((x1 + 4, y1 + 4)) == (220, 30, 40)
    assert screen.image.getpixel((x1 - 4, y1 - 4)) == (255, 255, 255)
    assert go.style.background[:3] == (220, 30, 40)
    assert go.style.color[:3] == (255, 255, 255)
    assert abs(go.style.font_size - 20 * DPR) < 0.5
    assert go.text == "Go" and go.clickable and go.cls == "button"


def test_tree_fields(probe):
    screen = probe.capture()
    name = by_id(screen, "name")
    assert name.editable and name.description == "Name" and not name.clickable
    assert name.attrs["placeholder"] == "Your name"
    box = by_id(screen, "agreebox")
    assert box.checkable and box.checked is True
    secret = by_id(screen, "secret")
    assert secret.password and secret.editable
    scroller = by_id(screen, "box")
    assert scroller.scrollable
    reason = by_id(screen, "reason")
    assert reason.text == "Choose…"
    assert reason.attrs["options"].split("\n") == ["Choose…", "Too expensive", "Not using it"]
    # Elements below the fold are in the tree but not visible.
    far = [e for e in screen.elements if e.text == "Far below"][0]
    assert not far.visible and far.bounds.y1 > screen.size[1]
    # Parent indices point at earlier elements.
    assert all(e.parent is None or e.parent < e.index for e in screen.elements)


def test_tap_is_a_touch_that_lands(probe):
    screen = probe.capture()
    probe.tap(by_id(screen, "go"))
    assert probe.run_js("return location.hash") == "#/next"
    assert by_id(probe.capture(), "go").text == "tapped by touch"


def test_tap_by_point(probe):
    probe.tap((round(120 * DPR), round(70 * DPR)))   # inside #go
    assert probe.run_js("return location.hash") == "#/next"


def test_tap_off_screen_is_refused(probe):
    with pytest.raises(DeviceError, match="off screen"):
        probe.tap((5000, 100))


def test_type_text_unicode_and_clearing(probe):
    field = by_id(probe.capture(), "name")
    probe.type_text(field, "old value")
    probe.type_text(field, "张三 Zoë")
    assert probe.run_js("return document.getElementById('name').value") == "张三 Zoë"
    assert by_id(probe.capture(), "name").text == "张三 Zoë"


def test_secret_never_reaches_the_tree(probe):
    screen = probe.capture()
    probe.type_text(by_id(screen, "secret"), "hunter2-pw", secret=True)
    probe.type_text(by_id(screen, "name"), "my hunter2-pw here")   # echoed by a careless app
    assert probe.run_js("return document.getElementById('secret').value") == "hunter2-pw"
    after = probe.capture()
    dumped = repr(after.tree_dict())
    assert "hunter2-pw" not in dumped
    assert by_id(after, "secret").text == ""


def test_scroll_page_and_container(probe):
    probe.scroll("down")
    # One gesture moves the page by 70 % of the 915 px viewport.
    assert abs(probe.run_js("return scrollY") - 0.7 * 915) <= 2
    probe.scroll("up")
    assert probe.run_js("return scrollY") == 0
    box = by_id(probe.capture(), "box")
    probe.scroll("down", within=box)
    # #box is 200 px high with a 1 px border: 198 px inside, ×0.7 ≈ 139 (the box itself
    # is measured by its border box, so allow for it).
    top = probe.run_js("return document.getElementById('box').scrollTop")
    assert 130 <= top <= 142
    assert probe.run_js("return scrollY") == 0


def test_choose_option(probe):
    probe.choose(by_id(probe.capture(), "reason"), "Not using it")
    assert by_id(probe.capture(), "reason").text == "Not using it"
    with pytest.raises(DeviceError, match="no option 'Free'"):
        probe.choose(by_id(probe.capture(), "reason"), "Free")


def test_back_follows_history(probe):
    probe.tap(by_id(probe.capture(), "go"))
    assert probe.run_js("return location.hash") == "#/next"
    probe.back()
    assert probe.run_js("return location.hash") == ""


def test_restart_keeps_and_start_fresh_clears_state(probe):
    probe.run_js("localStorage.setItem('k', 'v')")
    probe.restart()
    assert probe.run_js("return localStorage.getItem('k')") == "v"
    probe.start(fresh=True)
    assert probe.run_js("return localStorage.getItem('k')") is None


def test_no_traffic_beyond_the_target(pages):
    # A second local server: reachable in principle, but not the target.
    with SpecimenServer(root=PAGES) as other:
        device = WebDevice(f"{pages.base_url}/probe.html?other={other.base_url}/probe.html")
        try:
            device.start()
            for _ in range(40):
                text = [e.text for e in device.capture().elements if e.id == "net"][0]
                if text != "net: pending":
                    break
                time.sleep(0.1)
            assert text == "net: blocked"
        finally:
            device.close()
        allowed = WebDevice(f"{pages.base_url}/probe.html?other={other.base_url}/probe.html",
                            allow_hosts=[f"127.0.0.1:{other.port}"])
        try:
            allowed.start()
            for _ in range(40):
                text = [e.text for e in allowed.capture().elements if e.id == "net"][0]
                if text != "net: pending":
                    break
                time.sleep(0.1)
            assert text == "net: reached"
        finally:
            allowed.close()


def test_missing_chromium_says_how_to_install(pages):
    device = WebDevice(pages.base_url + "/probe.html", chromium="/nonexistent/chromium")
    with pytest.raises(DeviceUnavailable) as info:
        device.start()
    msg = str(info.value)
    assert "\n" not in msg and "/nonexistent/chromium" in msg and "apt-get install chromium" in msg


def test_missing_chromedriver_says_how_to_install(pages):
    device = WebDevice(pages.base_url + "/probe.html", chromedriver="/nonexistent/chromedriver")
    with pytest.raises(DeviceUnavailable, match="chromedriver not found.*chromium-driver"):
        device.start()


def test_target_that_does_not_answer_fails_fast():
    with SpecimenServer() as s:
        dead = s.base_url      # the port is free again once the server stops
    device = WebDevice(dead + "/")
    t = time.monotonic()
    with pytest.raises(TargetUnreachable) as info:
        device.start()
    assert time.monotonic() - t < 10
    assert "\n" not in str(info.value) and "does not answer" in str(info.value)
    device.close()


def test_chromium_killed_midway_is_a_device_error(probe):
    import os
    import signal
    pid = probe.driver.service.process.pid
    os.kill(pid, signal.SIGKILL)     # chromedriver gone
    with pytest.raises(DeviceError) as info:
        probe.capture()
    assert "\n" not in str(info.value)


def test_open_device_specs():
    assert isinstance(open_device("http://127.0.0.1:9/x"), WebDevice)
    assert isinstance(open_device("web:file:///tmp/x.html"), WebDevice)
    with pytest.raises(DeviceError, match="name the app's package"):
        open_device("u2:emulator-5554")
    with pytest.raises(DeviceError, match="unknown backend 'ftp'"):
        open_device("ftp:whatever")
    with pytest.raises(DeviceError, match="needs an http"):
        open_device("web:nothing")

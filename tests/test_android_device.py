"""A whole run of the android backend on a real phone or emulator: capture, tap, back, Chinese
text, restart, video. Nothing here is stood in for.

Runs only when ANDROID_SERIAL names a device `adb devices` lists as ready; ANDROID_APP picks the
app (default: Android's own Settings, present on every phone). Example:

    emulator -avd Pixel_8_API_34 &            # or plug in a phone with USB debugging on
    adb devices                               # emulator-5554  device
    ANDROID_SERIAL=emulator-5554 .venv/bin/pytest tests/test_android_device.py
"""
from __future__ import annotations

import os
import re

import pytest

from cancelcheck.devices.android import AndroidDevice
from cancelcheck.screens.fingerprint import fingerprint

SERIAL = os.environ.get("ANDROID_SERIAL", "")
APP = os.environ.get("ANDROID_APP", "com.android.settings")
SEARCH = re.compile(r"^(search settings|search|搜索设置|搜索)$", re.I)
# Settings' search runs in its own package on Google builds.
SEARCH_PACKAGES = ["com.google.android.settings.intelligence", "com.android.settings.intelligence"]

pytestmark = [
    pytest.mark.device,
    pytest.mark.skipif(not SERIAL, reason="no Android device: set ANDROID_SERIAL to run"),
]


@pytest.fixture
def phone():
    device = AndroidDevice(SERIAL, APP, allow_packages=SEARCH_PACKAGES)
    device.start(fresh=True)
    device.wait_idle()
    yield device
    device.close()


def test_capture_is_the_app_in_pixels(phone):
    screen = phone.capture()
    assert screen.app == APP and screen.source == "uiautomator"
    assert screen.image.size == tuple(phone.d.window_size())
    assert any(e.clickable for e in screen.visible())


def test_tap_moves_on_and_back_returns(phone):
    first = phone.capture()
    row = next(e for e in first.visible() if e.clickable and e.label and e.bounds.y1 > 300)
    phone.tap(row)
    phone.wait_idle()
    assert fingerprint(phone.capture()) != fingerprint(first)
    phone.back()
    phone.wait_idle()
    assert fingerprint(phone.capture()) == fingerprint(first)


def test_chinese_text_arrives_intact(phone):
    screen = phone.capture()
    hits = [e for e in screen.visible() if SEARCH.match(e.label)]
    if not hits:
        pytest.skip(f"{APP} shows no search field to type into (set ANDROID_APP to an app that does)")
    phone.tap(hits[0])
    phone.wait_idle()
    field = next(e for e in phone.capture().visible() if e.editable)
    phone.type_text(field, "注销账号")
    phone.wait_idle()
    assert any("注销账号" in e.text for e in phone.capture().visible() if e.editable)


def test_restart_gives_a_new_process_in_front(phone):
    before = phone.pid()
    phone.restart()
    assert phone.pid() not in (None, before)
    assert phone.capture().app == APP


def test_video_chunks_are_pulled_and_play(phone, tmp_path):
    import av
    phone.start_video(tmp_path, chunk_seconds=3)
    for _ in range(3):
        phone.scroll("down")
    files = phone.stop_video()
    assert files and all(f.stat().st_size > 0 for f in files)
    assert (tmp_path / "videos.txt").read_text().split() == [f.name for f in files]
    with av.open(str(files[0])) as video:
        assert video.streams.video[0].codec_context.name == "h264"

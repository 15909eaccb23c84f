"""A browser dialog that a page raises on its own while the device waits for the page to go
idle (real Chromium). Found on a real issue tracker: a helper popup failed and the page said so
in an alert during the wait after a tap; the wait ended the run with "unexpected alert open".
The dialog is a screen like any other: the wait ends, and the next capture reads it."""
from __future__ import annotations

from pathlib import Path

import pytest

from cancelcheck.devices.web import WebDevice

PAGE = Path(__file__).parent / "data" / "pages" / "busy-alert" / "index.html"


@pytest.mark.chromium
def test_a_dialog_raised_during_the_idle_wait_ends_the_wait_and_is_captured():
    with WebDevice(PAGE.as_uri()) as device:
        device.start(fresh=True)
        device.wait_idle(timeout=3.0)       # the animation runs 4 s; the alert comes at 0.4 s
        screen = device.capture()
        dialog = screen.elements[0]
        assert dialog.attrs.get("dialog") == "alert"
        assert "Could not open the helper window" in " ".join(screen.texts())

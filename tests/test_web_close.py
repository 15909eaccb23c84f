"""Closing is bounded: a web device whose chromedriver and Chromium no longer answer (stopped
with SIGSTOP, as a hung browser is) still closes, and every process it started is ended."""
from __future__ import annotations

import os
import signal
import threading

from cancelcheck.devices import DeviceError
from cancelcheck.devices.processes import alive, driver_process, tree
from tests.hang_kit import error_of


def test_close_ends_a_browser_that_does_not_answer(web_device):
    device = web_device("fair-en")
    procs = tree(driver_process(device.driver))
    assert len(procs) >= 3, procs            # chromedriver, Chromium and its helpers
    for pid, _ in procs:
        os.kill(pid, signal.SIGSTOP)
    closer = threading.Thread(target=device.close, daemon=True)
    closer.start()
    closer.join(timeout=60)                  # a bound, not a timing: without it, quit() waits
    assert not closer.is_alive(), "close() did not return"   # on the stopped chromedriver
    assert [p for p in procs if alive(p)] == []


def test_a_command_without_answer_fails_in_bounded_time_and_nothing_more_is_asked(web_device):
    """A capture from a hung browser fails within the device's answer bound (its timeout + 10
    s; Selenium's own is 120 s, four times that for a GET) in one line; the session is then
    done: later commands fail at once, and closing does not ask it to quit."""
    device = web_device("fair-en", timeout=5.0)
    procs = tree(driver_process(device.driver))
    for pid, _ in procs:
        os.kill(pid, signal.SIGSTOP)
    said: list[str] = []

    def capture():
        try:
            device.capture()
        except DeviceError as exc:
            said.append(str(exc))

    worker = threading.Thread(target=capture, daemon=True)
    worker.start()
    worker.join(timeout=60)                  # a bound, not a timing
    assert not worker.is_alive(), "capture did not return"
    assert said == ["web device: capture failed: Chromium or chromedriver stopped answering "
                    "(no answer within 15 s)"]
    worker = threading.Thread(target=lambda: said.append(error_of(device.tap, (10, 10))),
                              daemon=True)
    worker.start()
    worker.join(timeout=5)                   # not sent: nothing to wait for
    assert not worker.is_alive() and "nothing more was asked" in said[-1], said
    closer = threading.Thread(target=device.close, daemon=True)
    closer.start()
    closer.join(timeout=60)
    assert not closer.is_alive(), "close() did not return"
    assert [p for p in procs if alive(p)] == []

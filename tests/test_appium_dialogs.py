"""Browser dialogs through a real Appium server's chromium driver: the confirm() that asks to
delete the account is read as a screen (its words, OK and Cancel), reached as the final
confirmation and left unanswered without commit; Cancel (back) dismisses it. As in the web
backend, a dialog says its kind, and a command that gets no answer is bounded."""
from __future__ import annotations

import contextlib
import os
import signal
import threading
from pathlib import Path

from cancelcheck.devices.appium import AppiumDevice, chromium_capabilities
from cancelcheck.devices.processes import end_all, tree
from cancelcheck.flows.audit import AuditOptions, run_audit
from tests.hang_kit import error_of
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


def _labelled(screen, label):
    return next(e for e in screen.elements if e.label == label and e.clickable)


def test_through_appium_a_dialog_says_its_kind(appium_server):
    """The web backend's first-in-every-document scripts run in an Appium Chromium session too
    (devices/web_documents.py): the alert() that settings.html opens on arrival is read as an
    alert (OK alone, nothing to cancel), the confirm() behind "Delete account" as a confirm
    (OK and Cancel). Without the marker both were an unknown question with OK and Cancel."""
    with pages_server() as pages:
        url = f"{pages.base_url}/dialogs/"
        device = AppiumDevice(appium_server.url, chromium_capabilities(url), url=url)
        try:
            device.start(fresh=True)
            device.tap(_labelled(device.capture(), "Settings"))
            alert = device.capture()
            assert alert.elements[0].attrs.get("dialog") == "alert", alert.texts()
            assert "Settings were moved to this page." in alert.texts()
            assert "OK" in alert.texts() and "Cancel" not in alert.texts()
            device.tap(_labelled(alert, "OK"))
            device.tap(_labelled(device.capture(), "Delete account"))
            confirm = device.capture()
            assert confirm.elements[0].attrs.get("dialog") == "confirm", confirm.texts()
            assert {"OK", "Cancel"} <= set(confirm.texts())
            device.tap(_labelled(confirm, "Cancel"))
            assert device.run_js("return localStorage.getItem('deleted')") is None
        finally:
            device.close()


def _chromedriver_of(device) -> int:
    """The chromedriver Appium started for this session (it listens on the session's port)."""
    flag = f"--port={device.caps['appium:chromedriverPort']}".encode()
    for pid in (int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()):
        try:
            argv = (Path("/proc") / str(pid) / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if argv and argv[0].endswith(b"chromedriver") and flag in argv:
            return pid
    raise AssertionError(f"no chromedriver with {flag!r}")


def test_through_appium_a_command_without_answer_fails_in_bounded_time(appium_server):
    """A Chromium session through Appium whose chromedriver and Chromium hang (SIGSTOP, as a
    hung browser is): a capture fails within the device's answer bound (timeout + 10 s, not
    Appium's 180 s command timeout) in one line; the session is then done, and a later
    command fails at once without being sent."""
    with pages_server() as pages:
        url = f"{pages.base_url}/dialogs/"
        device = AppiumDevice(appium_server.url, chromium_capabilities(url), url=url, timeout=5.0)
        procs = []
        try:
            device.start(fresh=True)
            procs = tree(_chromedriver_of(device))
            assert len(procs) >= 2, procs          # chromedriver, Chromium and its helpers
            for pid, _ in procs:
                os.kill(pid, signal.SIGSTOP)
            said: list[str] = []
            worker = threading.Thread(target=lambda: said.append(error_of(device.capture)),
                                      daemon=True)
            worker.start()
            worker.join(timeout=90)                # a bound, not a timing
            assert not worker.is_alive(), "capture did not return"
            assert said == [f"appium device: capture failed: the Appium server at "
                            f"{appium_server.url} or its Chromium stopped answering (no answer "
                            "within 15 s)"], said
            worker = threading.Thread(target=lambda: said.append(error_of(device.back)),
                                      daemon=True)
            worker.start()
            worker.join(timeout=5)                 # not sent: nothing to wait for
            assert not worker.is_alive() and "nothing more was asked" in said[-1], said
        finally:
            for pid, _ in procs:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGCONT)
            end_all(procs)
            device.close()

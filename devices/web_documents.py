"""What runs first in every document of a Chromium session, whoever opened it (the web backend
through chromedriver, the appium backend through Appium's chromium driver, which passes the
DevTools command on to its chromedriver): the marker that makes a browser dialog say its kind
(web_dialog.MARK_JS) and the script that keeps every page in one tab (web_tabs.SAME_TAB_JS).
"""
from __future__ import annotations

from . import web_dialog, web_tabs

FIRST_IN_EVERY_DOCUMENT = (web_dialog.MARK_JS, web_tabs.SAME_TAB_JS)
CDP_COMMAND = ("executeCdpCommand", "POST", "/session/$sessionId/goog/cdp/execute")


def cdp(driver, cmd: str, params: dict) -> dict:
    """A Chrome DevTools command through the session's WebDriver server (chromedriver's own
    endpoint, which a remote session such as Appium's reaches as well)."""
    name, method, path = CDP_COMMAND
    if driver.command_executor.get_command(name) is None:     # a remote session's client
        driver.command_executor.add_command(name, method, path)   # does not know it
    return driver.execute(name, {"cmd": cmd, "params": params})["value"]


def run_first_in_every_document(driver) -> None:
    for source in FIRST_IN_EVERY_DOCUMENT:
        cdp(driver, "Page.addScriptToEvaluateOnNewDocument", {"source": source})

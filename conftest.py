"""Shared fixtures: the specimen server, the test pages' server, phone-sized Chromium devices
on the specimens, and a real Appium server with Chromium sessions through it.

These run real parts: Debian Chromium and chromedriver, the embedded specimen server, and
Appium 3 with its chromium driver as `make appium` installs them into the project.
"""
from __future__ import annotations

import pytest

from cancelcheck.devices.web import WebDevice
from cancelcheck.specimens.server import SpecimenServer


@pytest.fixture(scope="session")
def specimen_server():
    with SpecimenServer() as server:
        yield server


@pytest.fixture(scope="session")
def pages():
    """The small test pages of tests/data/pages/, served on 127.0.0.1 for the whole session."""
    from tests.pages_kit import pages_server
    with pages_server() as server:
        yield server


@pytest.fixture
def web_device(specimen_server):
    """A factory: web_device("fair-en") is a started phone-sized Chromium on that specimen."""
    opened: list[WebDevice] = []

    def make(name: str, **options) -> WebDevice:
        device = WebDevice(specimen_server.url(name), **options)
        opened.append(device)
        device.start(fresh=True)
        return device

    yield make
    for device in opened:
        device.close()


@pytest.fixture(scope="session")
def appium_server(tmp_path_factory):
    """A real Appium 3 server (installed into the project by `make appium`) on 127.0.0.1 and a
    free port, for the whole session; stopped afterwards with the chromedrivers it started."""
    from tests.appium_server import AppiumServer, missing
    why = missing()
    if why:
        pytest.fail(why, pytrace=False)
    server = AppiumServer(log=tmp_path_factory.mktemp("appium") / "appium.log")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def appium_chromium(appium_server, specimen_server):
    """A factory: appium_chromium("fair-en") is a started Chromium session through Appium on
    that specimen, phone-sized like the web device; each session has its own chromedriver."""
    from cancelcheck.devices.appium import AppiumDevice, chromium_capabilities
    opened: list[AppiumDevice] = []

    def make(name: str, **options) -> AppiumDevice:
        url = specimen_server.url(name)
        device = AppiumDevice(appium_server.url, chromium_capabilities(url), url=url, **options)
        opened.append(device)
        device.start(fresh=True)
        return device

    yield make
    for device in opened:
        device.close()

"""Shared fixtures: the specimen server and phone-sized Chromium devices on it.

These run real parts: Debian Chromium and chromedriver, and the embedded specimen server.
"""
from __future__ import annotations

import pytest

from devices.web import WebDevice
from specimens.server import SpecimenServer


@pytest.fixture(scope="session")
def specimen_server():
    with SpecimenServer() as server:
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

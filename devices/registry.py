"""Which backend a device spec names, and opening it.

    web:URL  or a bare http(s):// or file:// URL   → the web backend (phone-sized Chromium)
    u2:SERIAL                                       → the android backend (planned)
    appium:http://host:4723                         → the appium backend (planned)
"""
from __future__ import annotations

from .base import Device
from .errors import DeviceError

PLANNED = {"u2": "android (uiautomator2)", "appium": "appium"}


def open_device(spec: str, **options) -> Device:
    """A Device for a spec; not started (call start())."""
    scheme, _, rest = spec.partition(":")
    if scheme in ("http", "https", "file"):
        scheme, rest = "web", spec
    if scheme == "web":
        from .web import WebDevice
        if not rest.startswith(("http://", "https://", "file://")):
            raise DeviceError(f"device spec {spec!r}: web: needs an http://, https:// or file:// URL")
        return WebDevice(rest, **options)
    if scheme in PLANNED:
        raise DeviceError(f"device spec {spec!r}: the {PLANNED[scheme]} backend is not built yet")
    raise DeviceError(f"device spec {spec!r}: unknown backend {scheme!r}; "
                      "use web:URL (or a plain URL), u2:SERIAL or appium:URL")

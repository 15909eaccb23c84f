"""Which backend a device spec names, and opening it.

    web:URL  or a bare http(s):// or file:// URL   → the web backend (phone-sized Chromium)
    u2:SERIAL                                       → the android backend (uiautomator2);
                                                      options: package= (or app=), activity=…
    appium:http://host:4723                         → the appium backend;
                                                      options: capabilities={…}, or only url=
                                                      (+ allow_hosts=): Chromium on that page
"""
from __future__ import annotations

from .base import Device
from .errors import DeviceError


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
    if scheme == "u2":
        from .android import AndroidDevice
        if not rest:
            raise DeviceError(f"device spec {spec!r}: u2: needs a serial (`adb devices` lists them), "
                              "e.g. u2:emulator-5554")
        package = options.pop("package", None) or options.pop("app", None)
        if not package:
            raise DeviceError(f"device spec {spec!r}: name the app's package (--app com.example)")
        return AndroidDevice(rest, package, **options)
    if scheme == "appium":
        from .appium import AppiumDevice, chromium_capabilities
        if not rest.startswith(("http://", "https://")):
            raise DeviceError(f"device spec {spec!r}: appium: needs the server's URL, "
                              "e.g. appium:http://127.0.0.1:4723")
        caps = options.pop("capabilities", None)
        hosts = options.pop("allow_hosts", None) or []
        if not caps and options.get("url"):      # a web page: a Chromium session through Appium
            caps = chromium_capabilities(options["url"], hosts)
        if not caps:
            raise DeviceError(f"device spec {spec!r}: an Appium session needs capabilities "
                              "(platformName, appium:automationName…) from the app config, "
                              "or a web page to open in Chromium")
        return AppiumDevice(rest, caps, **options)
    raise DeviceError(f"device spec {spec!r}: unknown backend {scheme!r}; "
                      "use web:URL (or a plain URL), u2:SERIAL or appium:URL")

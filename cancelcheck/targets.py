"""TARGET on the command line and in pytest: a specimen name or a URL, made into a started Device.

A specimen name starts the embedded specimen server for as long as the device is open.
"""
from __future__ import annotations

from contextlib import ExitStack, contextmanager
from typing import Iterator

from cancelcheck.devices import Device, DeviceError, open_device
from cancelcheck.specimens import catalog
from cancelcheck.specimens.server import SpecimenServer


def describe(target: str) -> str:
    return f"specimen {target}" if target in catalog.names() else target


@contextmanager
def opened(target: str, *, on: str | None = None, fresh: bool = True,
           **options) -> Iterator[Device]:
    """A started device on the target; closed (and any server stopped) on exit.

    on= runs the target on another device (a pool's entry): an appium:URL server opens a web
    target (a specimen or a URL) in Chromium through Appium; for a native app the device spec
    replaces the target's own."""
    with ExitStack() as stack:
        if target in catalog.names():
            server = stack.enter_context(SpecimenServer())
            spec = "web:" + server.url(target)
        elif ":" in target:
            spec = target
        else:
            raise DeviceError(f"target {target!r} is neither a specimen "
                              f"({', '.join(catalog.names())}) nor a URL or device spec")
        page = web_page(spec)
        if on:
            if on.startswith("appium:") and page and not options.get("capabilities"):
                options["url"] = page
            spec = on
        device = open_device(spec, **options)
        stack.callback(device.close)
        device.start(fresh=fresh)
        yield device


def web_page(spec: str) -> str | None:
    """The page a web device spec opens (web:URL or a bare URL), else None."""
    url = spec[4:] if spec.startswith("web:") else spec
    return url if url.startswith(("http://", "https://", "file://")) else None

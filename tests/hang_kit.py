"""For the tests of a browser that hangs: what a device's command said when it failed."""
from __future__ import annotations

from cancelcheck.devices import DeviceError


def error_of(call, *args) -> str:
    """The one-line DeviceError `call(*args)` ended with, or "" when it did not fail."""
    try:
        call(*args)
    except DeviceError as exc:
        return str(exc)
    return ""

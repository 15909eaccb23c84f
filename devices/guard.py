"""One decorator for every backend: whatever a driver library raises inside a device method
becomes a one-line DeviceError naming the device and the method."""
from __future__ import annotations

from functools import wraps
from typing import Callable

from .errors import DeviceError


def first_line(text: str, limit: int = 200) -> str:
    return (str(text).strip().splitlines() or [""])[0][:limit]


def guard(who: Callable[[object], str],
          describe: Callable[[object, Exception], "str | DeviceError | None"]):
    """who(device) names the device ("web device"); describe(device, exc) says what went
    wrong in one line, or gives the DeviceError to raise instead (a crash, a target that
    stopped answering: a subclass the flows tell apart), or None to let the exception through
    untouched."""
    def decorate(method):
        @wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except DeviceError:
                raise
            except Exception as exc:
                message = describe(self, exc)
                if message is None:
                    raise
                if isinstance(message, DeviceError):
                    raise message from None
                raise DeviceError(f"{who(self)}: {method.__name__} failed: {message}") from None
        return wrapper
    return decorate


def selenium_errors(stopped: Callable[[object], str]):
    """describe() for Selenium-driven devices: WebDriver's message, or `stopped(device)` when
    the driver's process or server went away."""
    def describe(device, exc: Exception) -> str | None:
        from selenium.common.exceptions import WebDriverException
        from urllib3.exceptions import HTTPError as TransportError
        if isinstance(exc, WebDriverException):
            return first_line(exc.msg or type(exc).__name__)
        if isinstance(exc, (ConnectionError, OSError, TransportError)):
            return f"{stopped(device)} ({type(exc).__name__})"
        return None
    return describe

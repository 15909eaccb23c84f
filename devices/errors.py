"""Errors a device raises. Each prints as one line that says what failed and what to do."""


class DeviceError(RuntimeError):
    """A device could not do what was asked (it died, hung or refused)."""


class DeviceUnavailable(DeviceError):
    """The device or a part it needs is not installed or not attached."""


class TargetUnreachable(DeviceError):
    """The app or page under test does not answer."""


class AppLeftForeground(DeviceError):
    """Another app is in front of the app under test (a browser it opened, the launcher…).
    `screen` holds what was captured, so the evidence of where it went is kept."""

    def __init__(self, message: str, *, package: str = "", screen=None):
        super().__init__(message)
        self.package = package
        self.screen = screen


class AppCrashed(DeviceError):
    """The app under test died: its process is gone or was replaced, or Android shows its
    "keeps stopping" dialog. `screen` holds what was captured."""

    def __init__(self, message: str, *, screen=None):
        super().__init__(message)
        self.screen = screen

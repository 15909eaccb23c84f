"""Errors a device raises. Each prints as one line that says what failed and what to do."""


class DeviceError(RuntimeError):
    """A device could not do what was asked (it died, hung or refused)."""


class DeviceUnavailable(DeviceError):
    """The device or a part it needs is not installed or not attached."""


class TargetUnreachable(DeviceError):
    """The app or page under test does not answer."""

"""Devices: one protocol, many backends. Backends capture and act; they never decide."""
from .actions import Action
from .base import Capabilities, Device
from .errors import (AppCrashed, AppLeftForeground, DeviceError, DeviceUnavailable,
                     TargetUnreachable)
from .registry import open_device

__all__ = ["Action", "AppCrashed", "AppLeftForeground", "Capabilities", "Device", "DeviceError",
           "DeviceUnavailable", "TargetUnreachable", "open_device"]

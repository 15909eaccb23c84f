"""adb, the host side: finding the binary, reading `adb devices`, and running commands with a
time limit. Every command is an argument list (never a shell string), so text from an app or
a user never reaches a shell on the host.

Which adb: the `adb=` argument, else $ADBUTILS_ADB_PATH, else `adb` on PATH (Debian: `apt-get
install adb`), else the copy the adbutils wheel ships (uiautomator2 depends on adbutils, so a
plain `pip install` already brings a working adb on Linux x86-64). uiautomator2 talks to the
adb server through adbutils' socket protocol; the server is the one this binary starts.
"""
from __future__ import annotations

import os
import shutil
import subprocess

from .errors import DeviceError, DeviceUnavailable

INSTALL_ADB = "install it with `apt-get install adb` (Debian/Ubuntu) or Android's platform-tools"
READY = "device"

STATE_HINTS = {
    "offline": "adb sees it but its adbd does not answer: reconnect the cable, run "
               "`adb reconnect`, or wait for the emulator to finish booting",
    "unauthorized": "accept the \"Allow USB debugging?\" prompt on the phone, then retry",
    "authorizing": "the phone is still deciding on the USB debugging prompt: accept it, then retry",
    "no permissions": "the USB device is not accessible to this user: add a udev rule "
                      "(Debian's `android-sdk-platform-tools-common` has them) or run adb as root",
    "bootloader": "the phone is in its bootloader: boot Android first",
    "recovery": "the phone is in recovery mode: boot Android first",
    "sideload": "the phone is in sideload mode: boot Android first",
    "connecting": "adb is still connecting to it: retry in a few seconds",
}


def find_adb(adb: str | None = None) -> str:
    """The adb binary to use, or DeviceUnavailable saying how to install one."""
    if adb:
        if os.path.isfile(adb) and os.access(adb, os.X_OK):
            return adb
        found = shutil.which(adb) if os.sep not in adb else None
        if found:
            return found
        raise DeviceUnavailable(f"adb not found at {adb}; {INSTALL_ADB}")
    env = os.environ.get("ADBUTILS_ADB_PATH")
    if env:
        return find_adb(env)
    on_path = shutil.which("adb")
    if on_path:
        return on_path
    try:
        from adbutils._utils import adb_path   # the binary shipped in adbutils' wheel
        return adb_path()
    except Exception:  # adbutils missing, or its copy unusable on this platform
        raise DeviceUnavailable(f"adb not found on PATH; {INSTALL_ADB}") from None


def run_adb(adb: str, args: list[str], *, serial: str | None = None, timeout: float = 20.0,
            check: bool = True) -> subprocess.CompletedProcess:
    """Run `adb [-s serial] args…` (a list, no shell) and return its completed process."""
    cmd = [adb] + (["-s", serial] if serial else []) + list(args)
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise DeviceError(f"adb {args[0]} did not finish in {timeout:g} s"
                          f"{' on ' + serial if serial else ''}") from None
    except OSError as exc:
        raise DeviceUnavailable(f"adb at {adb} cannot run ({exc.strerror}); {INSTALL_ADB}") from None
    if check and done.returncode != 0:
        why = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
        raise DeviceError(f"adb {args[0]} failed{' on ' + serial if serial else ''}: "
                          f"{why[-1] if why else 'exit code ' + str(done.returncode)}")
    return done


def parse_adb_devices(output: str) -> dict[str, str]:
    """`adb devices` output → {serial: state}. States: device, offline, unauthorized,
    "no permissions (…)" and the boot modes; daemon start-up chatter is skipped."""
    found: dict[str, str] = {}
    for line in output.splitlines():
        line = line.strip()
        if not line or line.startswith(("*", "List of devices", "adb server", "adb: ")):
            continue
        serial, sep, state = line.replace("\t", " ", 1).partition(" ")
        if sep:
            found[serial] = state.strip()
    return found


def state_problem(serial: str, devices: dict[str, str]) -> str | None:
    """None when `serial` is attached and ready; else a one-line reason and what to do."""
    state = devices.get(serial)
    if state == READY:
        return None
    if state is None:
        listed = ", ".join(f"{s} ({st})" for s, st in devices.items()) or "none"
        tcp = ":" in serial and " (for a device over TCP, run `adb connect " + serial + "` first)"
        return (f"no Android device {serial!r} is attached (adb devices lists: {listed}); start "
                f"the emulator or plug in the phone with USB debugging on{tcp or ''}")
    key = next((k for k in STATE_HINTS if state.startswith(k)), None)
    hint = STATE_HINTS.get(key, "it is not ready for commands")
    return f"Android device {serial!r} is {state.split(' (')[0]}: {hint}"


def check_device(adb: str, serial: str, timeout: float = 10.0) -> None:
    """Raise DeviceUnavailable unless `adb devices` lists `serial` as ready."""
    out = run_adb(adb, ["devices"], timeout=timeout).stdout.decode("utf-8", "replace")
    problem = state_problem(serial, parse_adb_devices(out))
    if problem:
        raise DeviceUnavailable(problem)

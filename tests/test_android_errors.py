"""A missing adb, no device, an offline or unauthorized device: each a one-line error within
seconds. These run the real adb (the system's, else the copy in the adbutils wheel) and real
uiautomator2; no device is attached here, which is exactly the case they test."""
from __future__ import annotations

import socket
import subprocess
import threading
import time

import pytest

from cancelcheck.devices import DeviceError, DeviceUnavailable, open_device
from cancelcheck.devices.adb import find_adb, parse_adb_devices, state_problem
from cancelcheck.devices.android import AndroidDevice, connect_u2

NO_SUCH = "cancelcheck-no-such-serial"

# `adb devices` outputs. EMPTY: captured on this machine (adb 36.0.0, no device, the daemon's
# start-up lines went to stderr). OFFLINE: the example in the awesome-adb guide
# (github.com/mzlogin/awesome-adb, README, "adb devices" section), with the TAB adb prints.
# UNAUTHORIZED, NO_PERMISSIONS and DAEMON_CHATTER are written here in adb's format (serial, TAB,
# state; older adb clients printed the daemon lines on stdout), not captured from a device.
EMPTY = "List of devices attached\n\n"
OFFLINE = "List of devices attached\ncf264b8f\toffline\n"
UNAUTHORIZED = "List of devices attached\nemulator-5554\tdevice\nR58M12345\tunauthorized\n\n"
NO_PERMISSIONS = ("List of devices attached\n0123456789ABCDEF\tno permissions (missing udev rules? "
                  "user is in the plugdev group); see [http://developer.android.com/tools/device.html]\n")
DAEMON_CHATTER = ("* daemon not running; starting now at tcp:5037\n* daemon started successfully\n"
                  "List of devices attached\nemulator-5554\tdevice\n")


def adb_server_running() -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", 5037)) == 0


@pytest.fixture
def adb():
    """The real adb; an adb server it starts is stopped afterwards (one already running is left)."""
    path = find_adb()
    was_running = adb_server_running()
    yield path
    for t in threading.enumerate():        # a cut-off uiautomator2 connect still winding down
        if t.name.startswith("u2-connect-"):
            t.join(15)
    if not was_running:
        subprocess.run([path, "kill-server"], capture_output=True, timeout=10)


def test_parse_captured_outputs():
    assert parse_adb_devices(EMPTY) == {}
    assert parse_adb_devices(OFFLINE) == {"cf264b8f": "offline"}
    assert parse_adb_devices(UNAUTHORIZED) == {"emulator-5554": "device", "R58M12345": "unauthorized"}
    assert parse_adb_devices(DAEMON_CHATTER) == {"emulator-5554": "device"}
    assert parse_adb_devices(NO_PERMISSIONS)["0123456789ABCDEF"].startswith("no permissions")


def test_offline_unauthorized_and_absent_devices_say_what_to_do():
    msg = state_problem("cf264b8f", parse_adb_devices(OFFLINE))
    assert "is offline" in msg and "adb reconnect" in msg and "\n" not in msg
    msg = state_problem("R58M12345", parse_adb_devices(UNAUTHORIZED))
    assert "is unauthorized" in msg and "Allow USB debugging" in msg
    msg = state_problem("0123456789ABCDEF", parse_adb_devices(NO_PERMISSIONS))
    assert "is no permissions" in msg and "udev" in msg
    msg = state_problem("emulator-5556", parse_adb_devices(UNAUTHORIZED))
    assert "no Android device 'emulator-5556'" in msg and "emulator-5554 (device)" in msg
    msg = state_problem("10.0.0.5:5555", parse_adb_devices(EMPTY))
    assert "lists: none" in msg and "adb connect 10.0.0.5:5555" in msg
    assert state_problem("emulator-5554", parse_adb_devices(UNAUTHORIZED)) is None


def test_missing_adb_says_how_to_install_it():
    device = AndroidDevice("emulator-5554", "com.example", adb="/nonexistent/adb")
    t = time.monotonic()
    with pytest.raises(DeviceUnavailable) as info:
        device.start()
    assert time.monotonic() - t < 1
    msg = str(info.value)
    assert "\n" not in msg and "/nonexistent/adb" in msg and "apt-get install adb" in msg


def test_no_device_fails_in_seconds(adb):
    device = AndroidDevice(NO_SUCH, "com.example", adb=adb)
    t = time.monotonic()
    with pytest.raises(DeviceUnavailable) as info:
        device.start()
    took = time.monotonic() - t
    msg = str(info.value)
    assert took < 8, f"took {took:.1f} s"          # starting adb's server is most of it
    assert "\n" not in msg and f"no Android device {NO_SUCH!r}" in msg
    device.close()


def test_uiautomator2_connect_is_cut_off(adb):
    subprocess.run([adb, "start-server"], capture_output=True, timeout=20)
    t = time.monotonic()
    with pytest.raises(DeviceUnavailable) as info:
        connect_u2(NO_SUCH, timeout=1.5)             # u2 alone takes about 10 s to give up
    assert time.monotonic() - t < 3
    assert "\n" not in str(info.value) and NO_SUCH in str(info.value)


def test_specs():
    device = open_device("u2:emulator-5554", app="com.example", activity=".Main")
    assert isinstance(device, AndroidDevice)
    assert (device.serial, device.package, device.activity) == ("emulator-5554", "com.example", ".Main")
    assert not device.capabilities.reset                 # fresh = stop + start: login kept
    assert AndroidDevice("x", "com.example", reset="clear").capabilities.reset
    with pytest.raises(DeviceError, match="name the app's package"):
        open_device("u2:emulator-5554")
    with pytest.raises(DeviceError, match="needs a serial"):
        open_device("u2:")
    with pytest.raises(DeviceError, match="reset must be one of"):
        AndroidDevice("x", "com.example", reset="wipe")


def test_screenrecord_chunks_stay_under_the_cap(tmp_path):
    from cancelcheck.devices.adb_video import AdbScreenRecorder
    rec = AdbScreenRecorder("/usr/bin/adb", "emulator-5554", tmp_path)
    cmd = rec._command("/sdcard/x.mp4")
    assert cmd[:4] == ["/usr/bin/adb", "-s", "emulator-5554", "shell"]
    assert cmd[4:7] == ["screenrecord", "--time-limit", "170"] and cmd[-1] == "/sdcard/x.mp4"
    with pytest.raises(ValueError):
        AdbScreenRecorder("/usr/bin/adb", "emulator-5554", tmp_path, chunk_seconds=200)

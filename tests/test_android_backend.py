"""The android backend's capture, parsing and app watching, on real uiautomator dumps.

THIS MODULE STANDS IN FOR A DEVICE. No Android emulator can run on this machine (there is no
system image) and no phone is attached, so `StandInPhone` below plays uiautomator2's Device
object: it serves real `dump_hierarchy()` output captured from real apps (tests/data/dumps/,
cited in SOURCES.md), a blank screenshot of the dump's size, and the foreground package and
process id a test sets; it records the calls the backend makes.

What this tests: that the backend asks uiautomator2 for what it documents (dump, screenshot,
click, press("back"), set_input_ime + send_keys for text, touch down/move/up for scrolls),
parses real dumps into Screens, recognises system dialogs, and raises AppCrashed /
AppLeftForeground from what the phone reports.
What it does NOT test: uiautomator2 itself, adb, the AdbKeyboard input method really typing
Chinese, a real tap or scroll moving a real app, app start/stop, timing, or screenrecord. Those
run in tests/test_android_device.py on a real device when ANDROID_SERIAL is set.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from cancelcheck.devices.android import AndroidDevice, is_system_dialog
from cancelcheck.devices.errors import AppCrashed, AppLeftForeground, DeviceError
from cancelcheck.screens import Screen

DUMPS = Path(__file__).parent / "data" / "dumps"
FLIGGY = "com.taobao.trip"
WEWORK = "com.tencent.wework"

# A permission prompt window, added in memory to the real Fliggy dump below. Its ids are the
# ones AOSP's GrantPermissionsActivity uses (permission_message, permission_allow_button,
# permission_deny_button); the window itself is constructed here, not captured.
PERMISSION_WINDOW = """<node index="0" text="" resource-id="" class="android.widget.FrameLayout"
 package="com.google.android.permissioncontroller" content-desc="" clickable="false" enabled="true"
 bounds="[0,1500][1080,2400]"><node index="0" text="允许“飞猪”获取此设备的位置信息吗？"
 resource-id="com.android.permissioncontroller:id/permission_message" class="android.widget.TextView"
 package="com.google.android.permissioncontroller" content-desc="" clickable="false" enabled="true"
 bounds="[60,1560][1020,1700]"/><node index="1" text="仅在使用该应用期间允许"
 resource-id="com.android.permissioncontroller:id/permission_allow_foreground_only_button"
 class="android.widget.Button" package="com.google.android.permissioncontroller" content-desc=""
 clickable="true" enabled="true" bounds="[60,1800][1020,1920]"/><node index="2" text="不允许"
 resource-id="com.android.permissioncontroller:id/permission_deny_button" class="android.widget.Button"
 package="com.google.android.permissioncontroller" content-desc="" clickable="true" enabled="true"
 bounds="[60,2100][1020,2220]"/></node>"""

# Android's "keeps stopping" dialog ids (frameworks/base app_error_dialog.xml: aerr_close…),
# likewise constructed in memory over the real Fliggy dump.
CRASH_WINDOW = """<node index="0" text="" resource-id="" class="android.widget.FrameLayout"
 package="android" content-desc="" clickable="false" enabled="true" bounds="[60,900][1020,1500]">
 <node index="0" text="飞猪屡次停止运行" resource-id="android:id/alertTitle" class="android.widget.TextView"
 package="android" content-desc="" clickable="false" enabled="true" bounds="[100,950][980,1050]"/>
 <node index="1" text="关闭应用" resource-id="android:id/aerr_close" class="android.widget.Button"
 package="android" content-desc="" clickable="true" enabled="true" bounds="[100,1300][980,1400]"/></node>"""


def dump(name: str) -> str:
    with open(DUMPS / name, encoding="utf-8", newline="") as f:
        return f.read()


def with_window(xml: str, window: str) -> str:
    return xml.replace("</hierarchy>", window + "</hierarchy>")


class Shell:
    def __init__(self, output: str):
        self.output, self.exit_code = output, 0


class StandInPhone:
    """Plays uiautomator2.Device for the calls AndroidDevice makes (see the module docstring)."""

    def __init__(self, xml: str, package: str, pid: int = 4242, size=(1080, 2400)):
        self.xml, self.front, self.pid, self.size = xml, package, pid, size
        self.calls: list[tuple] = []
        phone = self

        class Touch:
            def down(self, x, y):
                phone.calls.append(("down", x, y))

            def move(self, x, y):
                phone.calls.append(("move", x, y))

            def up(self, x, y):
                phone.calls.append(("up", x, y))
        self.touch = Touch()

    def dump_hierarchy(self):
        return self.xml

    def screenshot(self):
        return Image.new("RGB", self.size, "white")

    def window_size(self):
        return self.size

    def app_current(self):
        return {"package": self.front, "activity": ".Main"}

    def shell(self, args):
        self.calls.append(("shell", *args))
        if args[0] == "pidof":
            return Shell(f"{self.pid}\n" if self.pid else "")
        return Shell("")

    def _pidof_app(self, package):
        return self.pid or None

    def click(self, x, y):
        self.calls.append(("click", x, y))

    def press(self, key):
        self.calls.append(("press", key))

    def current_ime(self):
        return "com.android.inputmethod.latin/.LatinIME"

    def set_input_ime(self, enable=True):
        self.calls.append(("set_input_ime", enable))

    def send_keys(self, text, clear=False):
        self.calls.append(("send_keys", text, clear))


def device_on(xml: str, package: str, **kw) -> tuple[AndroidDevice, StandInPhone]:
    phone = StandInPhone(xml, package, **kw)
    dev = AndroidDevice.attached(phone, "emulator-5554", package)
    dev._pid = phone.pid
    return dev, phone


def test_capture_parses_a_real_u2_dump_with_its_screenshot():
    dev, _ = device_on(dump("u2_fliggy_blank_0532.xml"), FLIGGY)
    screen = dev.capture()
    assert isinstance(screen, Screen)
    assert screen.source == "uiautomator" and screen.app == FLIGGY
    assert screen.image.size == screen.size == (1080, 2400)
    assert len(screen.elements) == 40
    assert not is_system_dialog(screen)
    assert dev.kind == "android" and dev.capabilities.native_video


def test_capture_of_a_chinese_app_keeps_its_words_and_boxes():
    dev, _ = device_on(dump("uiautomator_wework_messages_drawer.xml"), WEWORK, size=(720, 1608))
    screen = dev.capture()
    for word in ("消息", "通讯录", "设置", "创建/加入企业"):
        assert word in screen.texts()
    tab = screen.find("消息")[0]
    assert tab.clickable and tab.bounds.as_list() == [326, 101, 394, 147]


def test_tap_clicks_the_centre_in_screen_pixels():
    dev, phone = device_on(dump("uiautomator_wework_messages_drawer.xml"), WEWORK, size=(720, 1608))
    screen = dev.capture()
    dev.tap(screen.find("消息")[0])
    dev.tap((10, 20))
    assert [c for c in phone.calls if c[0] == "click"] == [("click", 360, 124), ("click", 10, 20)]
    with pytest.raises(DeviceError, match="off screen"):
        dev.tap((720, 5))


def test_chinese_text_goes_through_the_u2_input_method():
    dev, phone = device_on(dump("uiautomator_wework_messages_drawer.xml"), WEWORK, size=(720, 1608))
    dev.type_text(None, "注销账号 张三")
    dev.type_text(None, "more", clear=False)
    typed = [c for c in phone.calls if c[0] in ("set_input_ime", "send_keys")]
    assert typed == [("set_input_ime", True), ("send_keys", "注销账号 张三", True),
                     ("set_input_ime", True), ("send_keys", "more", False)]
    dev.close()       # the phone's own keyboard comes back
    assert ("shell", "ime", "set", "com.android.inputmethod.latin/.LatinIME") in phone.calls


def test_a_typed_secret_is_masked_in_the_tree():
    dev, _ = device_on(dump("uiautomator_wework_messages_drawer.xml"), WEWORK, size=(720, 1608))
    dev.type_text(None, "二进制刀仔", secret=True)       # the app echoes it in the drawer
    assert "二进制刀仔" not in repr(dev.capture().tree_dict())


def test_scroll_drags_seventy_percent_of_the_container_without_fling():
    dev, phone = device_on(dump("uiautomator_wework_messages_drawer.xml"), WEWORK, size=(720, 1608))
    dev.scroll_seconds = 0.0
    rows = [e for e in dev.capture().elements if e.scrollable][0]     # [0,172][720,1495]
    dev.scroll("down", within=rows)
    moves = [c for c in phone.calls if c[0] in ("down", "move", "up")]
    assert moves[0][0] == "down" and moves[-1][0] == "up"
    (_, x0, y0), (_, x1, y1) = moves[0], moves[-1]
    assert x0 == x1 == 360
    assert y0 > y1 and y0 - y1 == round(0.7 * 1323 / 2) * 2     # content moves up: reveals below
    assert all(172 <= c[2] <= 1495 for c in moves)
    phone.calls.clear()
    dev.scroll("up")                                             # the whole screen
    moves = [c for c in phone.calls if c[0] in ("down", "up")]
    assert moves[0][2] < moves[-1][2] and moves[-1][2] - moves[0][2] == round(0.7 * 1608 / 2) * 2


def test_back_presses_the_system_back():
    dev, phone = device_on(dump("u2_fliggy_blank_0532.xml"), FLIGGY)
    dev.back()
    assert ("press", "back") in phone.calls


def test_permission_prompt_is_a_system_dialog_not_a_departure():
    xml = with_window(dump("u2_fliggy_blank_0532.xml"), PERMISSION_WINDOW)
    dev, _ = device_on(xml, "com.google.android.permissioncontroller")   # it has the focus
    screen = dev.capture()                                               # no AppLeftForeground
    assert is_system_dialog(screen)
    assert screen.app == "com.google.android.permissioncontroller"
    allow = screen.find("仅在使用该应用期间允许")[0]
    assert allow.attrs["system_dialog"] == "permission" and allow.clickable
    assert not any(e.attrs.get("system_dialog") for e in screen.elements if e.package == FLIGGY)


def test_an_apps_own_dialog_is_not_a_system_dialog():
    xml = dump("uiautomator_wework_invite_confirm_dialog.xml")    # 取消 / 邀请, drawn by WeCom
    dev, _ = device_on(xml, WEWORK, size=(720, 1608))
    screen = dev.capture()
    assert screen.find("邀请") and not is_system_dialog(screen)


def test_crash_dialog_raises_app_crashed_with_the_screen():
    xml = with_window(dump("u2_fliggy_blank_0532.xml"), CRASH_WINDOW)
    dev, _ = device_on(xml, "android")
    with pytest.raises(AppCrashed) as info:
        dev.capture()
    assert "飞猪屡次停止运行" in str(info.value) and "\n" not in str(info.value)
    assert info.value.screen.find("关闭应用")


def test_another_app_in_front_raises_app_left_foreground_with_the_screen():
    dev, phone = device_on(dump("u2_fliggy_blank_0532.xml"), FLIGGY)
    phone.front = "com.android.chrome"
    with pytest.raises(AppLeftForeground) as info:
        dev.capture()
    assert info.value.package == "com.android.chrome"
    assert info.value.screen is not None and "\n" not in str(info.value)
    dev.allow_packages.add("com.android.chrome")          # e.g. a login page the app opens
    dev.capture()


def test_a_new_process_or_none_is_a_crash():
    dev, phone = device_on(dump("u2_fliggy_blank_0532.xml"), FLIGGY)
    phone.pid = 5151
    with pytest.raises(AppCrashed, match="process 4242 died and 5151 replaced it"):
        dev.capture()
    phone.pid = 0
    with pytest.raises(AppCrashed, match="no longer running"):
        dev.capture()
    dev.watch_app = False                                 # watching can be turned off
    assert dev.capture().app == FLIGGY


def test_u2_errors_become_one_line_device_errors():
    dev, phone = device_on(dump("u2_fliggy_blank_0532.xml"), FLIGGY)

    def broken():
        raise ConnectionResetError("socket closed\nmore detail")
    phone.dump_hierarchy = broken
    with pytest.raises(DeviceError) as info:
        dev.capture()
    assert "\n" not in str(info.value) and "emulator-5554" in str(info.value)

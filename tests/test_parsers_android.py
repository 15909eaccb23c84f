"""The Android parser on real dumps (tests/data/dumps/SOURCES.md says where each comes from).

Expected values below were read off the XML by hand, not copied from the parser's output.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from cancelcheck.screens import Bounds, ScreenParseError
from cancelcheck.screens.android_xml import parse_android, parse_bounds

DUMPS = Path(__file__).parent / "data" / "dumps"


def load(name: str):
    path = DUMPS / name
    return parse_android(path.read_bytes(), str(path))


# --- uiautomator2 dump: Fliggy (com.taobao.trip), three windows, status bar first -------------

def test_uiautomator_dump_every_node_becomes_one_element():
    data = (DUMPS / "u2_fliggy_blank_0532.xml").read_text(encoding="utf-8")
    screen = load("u2_fliggy_blank_0532.xml")
    assert screen.source == "uiautomator"
    assert len(screen.elements) == data.count("<node ") == 40


def test_uiautomator_dump_names_the_app_not_the_status_bar_listed_first():
    screen = load("u2_fliggy_blank_0532.xml")
    assert screen.elements[0].package == "com.android.systemui"   # first node in the file
    assert screen.app == "com.taobao.trip"
    # three windows side by side: status bar, app, MIUI gesture bar
    tops = [e for e in screen.elements if e.parent is None]
    assert [e.package for e in tops] == ["com.android.systemui", "com.taobao.trip", "com.miui.home"]
    assert screen.size == (1080, 2400)


def test_uiautomator_dump_clock_and_chinese_descriptions():
    screen = load("u2_fliggy_blank_0532.xml")
    (clock,) = screen.find(id="clock")
    assert clock.text == "5:32" and clock.description == "5:32"
    assert clock.bounds == Bounds(55, 26, 131, 84)
    assert clock.cls == "android.widget.TextView"
    parent = screen.elements[clock.parent]
    assert parent.id == "com.android.systemui:id/phone_status_bar_left_container"
    (icon,) = screen.find(description="美团通知：美团老用户回馈！全场1折起")
    assert icon.bounds == Bounds(131, 37, 181, 73)
    assert screen.elements[icon.parent].id == "com.android.systemui:id/notificationIcons"
    (battery,) = screen.find(id="battery")
    assert battery.description == "正在充电，已完成 100%。"


def test_uiautomator_dump_flags_and_extras():
    screen = load("u2_fliggy_blank_0532.xml")
    app_nodes = [e for e in screen.elements if e.package == "com.taobao.trip"]
    assert len(app_nodes) == 9
    focusable = [e for e in app_nodes if e.attrs.get("focusable") == "true"]
    assert len(focusable) == 1 and focusable[0].bounds == Bounds(0, 0, 1080, 2356)
    # visible-to-user="true" everywhere; nothing clickable, nothing checkable in this dump
    assert all(e.visible for e in screen.elements)
    assert not any(e.clickable for e in screen.elements)
    assert all(e.checked is None for e in screen.elements)
    assert screen.elements[0].attrs["drawing-order"] == "0"


def test_second_moment_parses_with_window_order_swapped():
    screen = load("u2_fliggy_blank_0547.xml")
    tops = [e for e in screen.elements if e.parent is None]
    assert [e.package for e in tops] == ["com.taobao.trip", "com.android.systemui", "com.miui.home"]
    (clock,) = screen.find(id="clock")
    assert clock.text == "5:47" and clock.bounds == Bounds(55, 23, 129, 81)


# --- Appium page source, old format: calendar demo -------------------------------------------

def test_appium_old_format_calendar():
    data = (DUMPS / "appium_android_calendar_example.xml").read_text(encoding="utf-8")
    screen = load("appium_android_calendar_example.xml")
    assert screen.source == "appium-android"
    assert screen.app == "com.codbking.calendar.exaple"
    assert len(screen.elements) == len(re.findall(r"<android\.[\w.]+ ", data)) == 15
    (mi,) = screen.find("小米日历")
    assert mi.cls == "android.widget.TextView"
    assert mi.bounds == Bounds(56, 336, 1384, 504)
    assert mi.clickable and mi.enabled and mi.visible and not mi.editable
    assert mi.id == "com.codbking.calendar.exaple:id/text1"
    parent = screen.elements[mi.parent]
    assert parent.cls == "android.widget.LinearLayout"
    assert parent.id.endswith(":id/activity_main2") and parent.bounds == Bounds(0, 280, 1440, 2392)
    (ding,) = screen.find("钉钉日历")
    assert ding.bounds == Bounds(56, 505, 1384, 673) and ding.parent == mi.parent
    (title,) = screen.find("CalendarExaple")
    assert not title.clickable
    (nav,) = screen.find(id="navigationBarBackground", visible_only=False)
    assert nav.parent == 0 and nav.bounds == Bounds(0, 2392, 1440, 2560)
    assert nav.attrs["instance"] == "3"


# --- Appium page source, new format: Nusuk bottom sheet with radio buttons --------------------

def test_appium_new_format_radio_states():
    screen = load("appium_android_nusuk_bottomsheet.xml")
    assert screen.source == "appium-android" and screen.app == "com.moh.nusukapp"
    assert len(screen.elements) == 17
    (medine,) = screen.find("Médine")
    (mecque,) = screen.find("La Mecque")
    assert medine.cls == mecque.cls == "android.widget.RadioButton"
    assert medine.checkable and medine.checked is False
    assert mecque.checkable and mecque.checked is True
    assert medine.bounds == Bounds(213, 930, 509, 1092)
    assert mecque.bounds == Bounds(509, 930, 868, 1092)
    group = screen.elements[medine.parent]
    assert group.cls == "android.widget.RadioGroup" and mecque.parent == medine.parent
    assert group.checkable is False and group.checked is None
    (outside,) = screen.find(id="touch_outside")
    assert outside.clickable and outside.bounds == Bounds(0, 85, 972, 2222)
    # the root's bounds (972 wide) are the size, not hierarchy@width (1080)
    assert screen.size == (972, 2232)


def test_displayed_false_and_empty_bounds_make_an_element_invisible():
    data = (DUMPS / "appium_android_nusuk_bottomsheet.xml").read_text(encoding="utf-8")
    hidden = data.replace('bounds="[490,1607][591,1708]" displayed="true"',
                          'bounds="[490,1607][591,1708]" displayed="false"', 1)
    screen = parse_android(hidden, "hidden.xml")
    (bar,) = screen.find(id="pbLoading", visible_only=False)
    assert bar.visible is False and bar.bounds == Bounds(490, 1607, 591, 1708)
    (line,) = parse_android((DUMPS / "appium_android_calendar_example.xml").read_bytes()).find(
        id="statusBarBackground")
    assert line.visible


# --- editable / password mapping on a real node with its class changed -------------------------

def test_edit_text_and_password():
    data = (DUMPS / "appium_android_calendar_example.xml").read_text(encoding="utf-8")
    data = data.replace(
        '<android.widget.TextView index="2" text="钉钉日历" class="android.widget.TextView"',
        '<android.widget.EditText index="2" text="钉钉日历" class="android.widget.EditText"', 1)
    data = data.replace('resource-id="com.codbking.calendar.exaple:id/text2" instance="2"/>',
                        'resource-id="com.codbking.calendar.exaple:id/text2" instance="2" '
                        'password="true"/>', 1)
    data = data.replace('password="false" selected="false" bounds="[56,505][1384,673]"',
                        'selected="false" bounds="[56,505][1384,673]"', 1)
    screen = parse_android(data, "edited.xml")
    (field,) = screen.find(id="text2")
    assert field.editable and field.password and field.cls == "android.widget.EditText"
    (other,) = screen.find(id="text1")
    assert not other.editable and not other.password


# --- degraded input --------------------------------------------------------------------------

@pytest.mark.parametrize("raw", ["", "[1,2]", "[0,0][a,5]", "[10,10][5,5]", "0,0,10,10"])
def test_malformed_bounds_become_empty(raw):
    assert parse_bounds(raw).empty


def test_odd_attributes_degrade_instead_of_crashing():
    xml = ('<hierarchy rotation="0"><node class="android.widget.Button" bounds="[0,0][x,y]" '
           'checkable="maybe" clickable="TRUE"><node /></node></hierarchy>')
    screen = parse_android(xml, "odd.xml")
    button, bare = screen.elements
    assert button.bounds.empty and not button.visible
    assert button.clickable and button.checkable is False and button.checked is None
    assert bare.parent == 0 and bare.cls == "" and bare.bounds.empty


def test_malformed_xml_is_one_line_with_file_and_line():
    data = (DUMPS / "u2_fliggy_blank_0532.xml").read_bytes()[:5000]
    with pytest.raises(ScreenParseError) as info:
        parse_android(data, "dumps/u2_fliggy_blank_0532.xml")
    msg = str(info.value)
    assert "\n" not in msg
    assert msg.startswith("dumps/u2_fliggy_blank_0532.xml:")
    assert re.match(r"^dumps/u2_fliggy_blank_0532\.xml:\d+:\d+: malformed XML", msg)
    assert info.value.line is not None and info.value.line > 1


def test_billion_laughs_is_refused_not_expanded():
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">'
                      for i in range(1, 10))
            + ']><hierarchy rotation="0"><node text="&lol9;"/></hierarchy>')
    with pytest.raises(ScreenParseError) as info:
        parse_android(bomb, "bomb.xml")
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("bomb.xml: refused")


@pytest.mark.parametrize("xml, words", [
    ("<html><body><p>hi</p></body></html>", "root element is <html>, not <hierarchy>"),
    ((DUMPS / "xcuitest_settings_top.xml").read_text(encoding="utf-8"),
     "root element is <AppiumAUT>, not <hierarchy>"),
    ('<hierarchy rotation="0"/>', "holds no UI nodes"),
])
def test_well_formed_non_dump_is_refused_clearly(xml, words):
    with pytest.raises(ScreenParseError) as info:
        parse_android(xml, "thing.xml")
    assert words in str(info.value)
    assert str(info.value).startswith("thing.xml: ") and "\n" not in str(info.value)

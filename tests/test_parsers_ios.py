"""The XCUITest parser on real page sources (tests/data/dumps/SOURCES.md).

Expected values were read off the XML by hand: x, y, width, height are points; a box is
[x, y, x+width, y+height] times the scale.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from cancelcheck.screens import Bounds, ScreenParseError
from cancelcheck.screens.ios_xml import parse_xcuitest

DUMPS = Path(__file__).parent / "data" / "dumps"


def load(name: str, **kw):
    path = DUMPS / name
    return parse_xcuitest(path.read_bytes(), str(path), **kw)


def test_every_xcuielement_becomes_one_element():
    for name in ("xcuitest_register_form.xml", "xcuitest_settings_keyboards.xml",
                 "xcuitest_settings_top.xml"):
        data = (DUMPS / name).read_text(encoding="utf-8")
        screen = load(name)
        assert len(screen.elements) == len(re.findall(r"<XCUIElementType\w+ ", data)), name
        assert screen.elements[0].cls == "XCUIElementTypeApplication"
        assert screen.elements[0].parent is None
        assert all(e.parent is not None for e in screen.elements[1:])
    assert len(load("xcuitest_register_form.xml").elements) == 70


def test_app_size_and_default_scale():
    screen = load("xcuitest_register_form.xml")
    assert screen.source == "appium-ios" and screen.app == "App.dev"
    assert screen.scale == 1.0 and screen.size == (375, 667)
    assert load("xcuitest_settings_keyboards.xml").app == "Settings"


def test_secure_text_fields_are_password_fields():
    screen = load("xcuitest_register_form.xml")
    secure = [e for e in screen.elements if e.cls == "XCUIElementTypeSecureTextField"]
    assert [e.text for e in secure] == ["password1", "password2"]
    first = secure[0]
    assert first.password and first.editable and first.clickable
    assert first.bounds == Bounds(16, 196, 359, 240)        # x=16 y=196 w=343 h=44
    eye = screen.children(first)[0]                          # the "show password" button inside
    assert eye.cls == "XCUIElementTypeButton" and eye.id == "common visibility off"
    assert not eye.password and not eye.editable


def test_text_fields_take_value_then_label():
    screen = load("xcuitest_register_form.xml")
    fields = [e for e in screen.elements if e.cls == "XCUIElementTypeTextField"]
    assert fields[0].text == "hoge@example.com"              # label only
    assert fields[1].text == "First Name"                     # label="" value="First Name"
    assert fields[1].bounds == Bounds(16, 522, 180, 567)
    assert fields[1].attrs["value"] == "First Name"
    assert all(f.editable and not f.password for f in fields)


def test_name_only_static_text_is_still_labelled():
    screen = load("xcuitest_register_form.xml")
    (hint,) = screen.find(regex=r"^Enter password\.$")
    assert hint.text == "" and hint.description == "Enter password." and hint.id == "Enter password."
    assert hint.label == "Enter password."
    (mail,) = screen.find("Mail Address")
    assert mail.text == "Mail Address" and mail.description == ""   # name == label


def test_visible_and_enabled_attributes():
    screen = load("xcuitest_register_form.xml")
    (register,) = screen.find("Register", visible_only=False)
    assert register.cls == "XCUIElementTypeButton"
    assert register.enabled is False and register.visible is False
    assert screen.find("Register") == []                      # not visible, so not found
    (skip,) = screen.find("Skip")
    assert skip.enabled and skip.visible and skip.clickable
    assert skip.bounds == Bounds(303, 20, 367, 64)


def test_scale_given_and_scale_from_screenshot():
    two = load("xcuitest_register_form.xml", scale=2.0)
    (skip,) = two.find("Skip")
    assert skip.bounds == Bounds(606, 40, 734, 128)
    assert two.scale == 2.0 and two.size == (750, 1334)
    img = Image.new("RGB", (1170, 2532))                      # 390 pt × 3 px/pt
    three = load("xcuitest_settings_keyboards.xml", image=img)
    assert three.scale == 3.0 and three.size == (1170, 2532)
    (switch,) = [e for e in three.elements
                 if e.cls == "XCUIElementTypeSwitch" and e.text == "Auto-Correction"]
    assert switch.id == "Auto-Correction" and switch.description == ""   # name == label
    assert switch.bounds == Bounds(957, 1065, 1110, 1158)      # x=319 y=355 w=51 h=31, × 3


def test_switch_states():
    screen = load("xcuitest_settings_keyboards.xml")
    switches = [e for e in screen.elements if e.cls == "XCUIElementTypeSwitch"]
    assert len(switches) == 14
    on = {e.text for e in switches if e.checked}
    off = {e.text for e in switches if e.checked is False}
    assert off == {"Auto-Correction", "Enable Dictation", "Predictive", "Flick Only"}
    assert len(on) == 10 and "Smart Punctuation" in on and "“.” Shortcut" in on
    assert all(e.checkable and e.clickable for e in switches)
    (cell,) = [e for e in screen.elements if e.cls == "XCUIElementTypeCell" and e.text == "Keyboards"]
    assert cell.checked is None and cell.attrs["value"] == "3"
    (period,) = screen.find("Period shortcut", visible_only=False)
    assert period.visible is False


def test_tables_links_and_status_bar():
    keyboards = load("xcuitest_settings_keyboards.xml")
    (table,) = [e for e in keyboards.elements if e.cls == "XCUIElementTypeTable"]
    assert table.scrollable and table.bounds == Bounds(0, 0, 390, 844)
    links = [e for e in keyboards.elements if e.cls == "XCUIElementTypeLink"]
    assert len(links) == 2 and all(e.clickable for e in links)
    assert links[0].text == "About Dictation and Privacy…"
    form = load("xcuitest_register_form.xml")
    (bar,) = [e for e in form.elements if e.cls == "XCUIElementTypeStatusBar"]
    assert bar.bounds == Bounds(0, 0, 375, 20)
    (clock,) = form.find("9:50")
    assert bar in form.ancestors(clock)


def test_source_without_appium_wrapper():
    data = (DUMPS / "xcuitest_settings_top.xml").read_text(encoding="utf-8")
    inner = data.split("<AppiumAUT>", 1)[1].rsplit("</AppiumAUT>", 1)[0]
    screen = parse_xcuitest(inner, "wda.xml")
    assert len(screen.elements) == len(load("xcuitest_settings_top.xml").elements)
    (general,) = [e for e in screen.elements if e.cls == "XCUIElementTypeCell" and e.text == "General"]
    assert general.bounds == Bounds(0, 248, 390, 293) and general.clickable


def test_malformed_xml_is_one_line_with_file_and_line():
    data = (DUMPS / "xcuitest_settings_top.xml").read_text(encoding="utf-8")
    broken = data.replace("</XCUIElementTypeCell>", "</XCUIElementTypeCel>", 1)
    with pytest.raises(ScreenParseError) as info:
        parse_xcuitest(broken, "ios/settings.xml")
    msg = str(info.value)
    assert "\n" not in msg
    line_of_break = data[:data.index("</XCUIElementTypeCell>")].count("\n") + 1
    assert msg.startswith(f"ios/settings.xml:{line_of_break}:")
    assert "malformed XML" in msg


def test_billion_laughs_is_refused():
    bomb = ('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
            '<AppiumAUT><XCUIElementTypeApplication type="XCUIElementTypeApplication" label="&c;"/>'
            '</AppiumAUT>')
    with pytest.raises(ScreenParseError) as info:
        parse_xcuitest(bomb, "bomb.xml")
    assert str(info.value).startswith("bomb.xml: refused")


@pytest.mark.parametrize("xml, words", [
    ((DUMPS / "u2_fliggy_blank_0532.xml").read_bytes(), "root element is <hierarchy>"),
    ("<AppiumAUT><foo/></AppiumAUT>", "holds no XCUIElementType elements"),
    ("<svg xmlns='http://www.w3.org/2000/svg'/>", "not an Appium XCUITest page source"),
])
def test_well_formed_non_page_source_is_refused(xml, words):
    with pytest.raises(ScreenParseError) as info:
        parse_xcuitest(xml, "x.xml")
    assert words in str(info.value) and "\n" not in str(info.value)

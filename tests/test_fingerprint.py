"""Screen fingerprints on real dumps: same screen at two moments → same print; navigation or a
dialog → a different print. Variants made in memory are described where they are made."""
from __future__ import annotations

import copy
import dataclasses
import re
from pathlib import Path

from cancelcheck.screens import Bounds, Element
from cancelcheck.screens.android_xml import parse_android
from cancelcheck.screens.fingerprint import (app_identity, fingerprint, normalise_text, short_id, signatures,
                                 similarity)
from cancelcheck.screens.ios_xml import parse_xcuitest

DUMPS = Path(__file__).parent / "data" / "dumps"


def android(name):
    return parse_android((DUMPS / name).read_bytes(), name)


def ios(name):
    return parse_xcuitest((DUMPS / name).read_bytes(), name)


def test_print_is_short_hex_and_stable():
    fp = fingerprint(android("u2_fliggy_blank_0532.xml"))
    assert re.fullmatch(r"[0-9a-f]{16}", fp)
    assert fingerprint(android("u2_fliggy_blank_0532.xml")) == fp


# --- must match ----------------------------------------------------------------------------------

def test_same_screen_fifteen_minutes_later_matches():
    # real pair: clock 5:32 → 5:47, status bar moved 3 px, windows listed in another order
    a, b = android("u2_fliggy_blank_0532.xml"), android("u2_fliggy_blank_0547.xml")
    assert a.find(id="clock")[0].text != b.find(id="clock")[0].text
    assert fingerprint(a) == fingerprint(b)
    assert similarity(a, b) == 1.0


def test_new_status_bar_notification_does_not_change_the_print():
    # variant: a third notification icon appears in the status bar (the text is the one a later
    # real dump of the same phone shows, Cc-memo/-Already-Android hierarchy_results.xml)
    a = android("u2_fliggy_blank_0532.xml")
    b = copy.deepcopy(a)
    (icons,) = b.find(id="notificationIcons")
    b.elements.append(Element(index=len(b.elements), parent=icons.index,
                              bounds=Bounds(231, 37, 281, 73), cls="android.widget.ImageView",
                              description="应用商店通知：这些伤肝的行为你可能每天都在做",
                              package="com.android.systemui"))
    assert fingerprint(a) == fingerprint(b)
    # …while the same icon inside the app would be a change
    c = copy.deepcopy(b)
    (frame,) = c.find(id="fragment_container")
    c.elements[-1] = dataclasses.replace(c.elements[-1], package="com.taobao.trip",
                                         parent=frame.index)
    assert fingerprint(c) != fingerprint(a)


def test_scrolled_list_matches():
    # variant: the Keyboards table scrolled by 100 pt — the first cell ("Keyboards", value 3)
    # and its children leave the viewport, the hidden "Period shortcut" cell comes in,
    # every row moves up
    a = ios("xcuitest_settings_keyboards.xml")
    b = copy.deepcopy(a)
    (table,) = [e for e in b.elements if e.cls == "XCUIElementTypeTable"]
    rows = b.descendants(table)
    first_cell = next(e for e in rows if e.cls == "XCUIElementTypeCell")
    leaving = {first_cell.index} | {e.index for e in b.descendants(first_cell)}
    (period,) = b.find("Period shortcut", visible_only=False)
    entering = {period.index} | {e.index for e in b.descendants(period)}
    for e in rows:
        bx = e.bounds
        e.bounds = Bounds(bx.x1, bx.y1 - 100, bx.x2, bx.y2 - 100)
        if e.index in leaving:
            e.visible = False
        if e.index in entering:
            e.visible = True
            e.bounds = Bounds(0, 758, 390, 803) if e is period else Bounds(20, 770, 300, 791)
    assert {e.text for e in a.visible()} != {e.text for e in b.visible()}
    assert fingerprint(a) == fingerprint(b)


def test_counter_outside_a_list_changes_only_digits():
    # variant: the navigation-bar title "Text2" (outside the scroll view) becomes "Text7" —
    # both the NavigationBar (name only) and its title element (name and label) carry it
    a = ios("xcuitest_register_form.xml")
    b = copy.deepcopy(a)
    changed = b.find("Text2")
    assert sorted(e.cls for e in changed) == ["XCUIElementTypeNavigationBar",
                                              "XCUIElementTypeOther"]
    for e in changed:
        e.text, e.description, e.id = (v.replace("2", "7") for v in (e.text, e.description, e.id))
    assert fingerprint(a) == fingerprint(b)
    title = next(e for e in changed if e.cls == "XCUIElementTypeOther")
    title.text = "Texte"                      # a letter is not a counter
    assert fingerprint(a) != fingerprint(b)


# --- must differ ---------------------------------------------------------------------------------

def test_two_screens_of_the_same_app_differ():
    top, keyboards = ios("xcuitest_settings_top.xml"), ios("xcuitest_settings_keyboards.xml")
    assert top.app == keyboards.app == "Settings"
    assert fingerprint(top) != fingerprint(keyboards)
    assert 0.0 < similarity(top, keyboards) < 0.9


def test_dialog_over_the_screen_differs():
    # variant: an exit dialog drawn over the real calendar screen
    a = android("appium_android_calendar_example.xml")
    b = copy.deepcopy(a)
    n = len(b.elements)
    pkg = "com.codbking.calendar.exaple"
    b.elements += [
        Element(index=n, parent=None, bounds=Bounds(120, 900, 1320, 1500),
                cls="android.widget.FrameLayout", package=pkg),
        Element(index=n + 1, parent=n, bounds=Bounds(180, 960, 1260, 1100),
                cls="android.widget.TextView", text="确定要退出吗？", package=pkg),
        Element(index=n + 2, parent=n, bounds=Bounds(900, 1300, 1260, 1440),
                cls="android.widget.Button", text="确定", clickable=True,
                id="android:id/button1", package=pkg),
    ]
    assert fingerprint(a) != fingerprint(b)
    assert similarity(a, b) < 1.0


def test_other_app_with_same_views_differs():
    a = android("appium_android_calendar_example.xml")
    b = copy.deepcopy(a)
    b.app = "com.example.other"
    assert signatures(a) == signatures(b)
    assert fingerprint(a) != fingerprint(b)


def test_different_apps_differ():
    prints = {fingerprint(android(n)) for n in ("u2_fliggy_blank_0532.xml",
                                                "appium_android_calendar_example.xml",
                                                "appium_android_nusuk_bottomsheet.xml")}
    prints |= {fingerprint(ios(n)) for n in ("xcuitest_register_form.xml",
                                             "xcuitest_settings_top.xml",
                                             "xcuitest_settings_keyboards.xml")}
    assert len(prints) == 6


# --- the pieces ----------------------------------------------------------------------------------

def test_helpers():
    assert normalise_text("  3 条新消息\n 12:05 ") == "条新消息 :"
    assert len(normalise_text("x" * 100)) == 40
    assert short_id("com.tencent.mm:id/title") == "title"
    assert short_id("hotel_search_page_view_root") == "hotel_search_page_view_root"
    assert app_identity("https://m.example.com/user/123/settings?tab=2#x") == \
        "m.example.com/user//settings#x"
    assert app_identity("http://127.0.0.1:8123/fair-en/#/delete/2") == "...:/fair-en/#/delete/"
    assert app_identity("com.tencent.mm/.plugin.account.ui.DelAccountUI") == \
        "com.tencent.mm/.plugin.account.ui.DelAccountUI"
    assert app_identity("com.app2/.Main") == "com.app/.Main"


def test_system_ui_and_list_rows_do_not_count_in_full():
    sigs = signatures(android("u2_fliggy_blank_0532.xml"))
    assert not any("clock" in repr(s) for s in sigs)
    kb = signatures(ios("xcuitest_settings_keyboards.xml"))
    # inside the table only classes count: no row label appears in any signature
    assert not any("Auto-Correction" in repr(s) for s in kb)
    assert ("item", "XCUIElementTypeSwitch", "") in kb
    # outside it the navigation bar counts with its words
    assert any(s[0] == "view" and s[3] == "Keyboards" for s in kb)

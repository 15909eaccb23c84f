"""The Android parser and the fingerprint on real dumps of a Chinese super-app: WeCom / 企业微信
(com.tencent.wework), captured with `adb shell uiautomator dump` (tests/data/dumps/SOURCES.md
says where each file comes from).

Expected values below were read off the XML by hand, not copied from the parser's output.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from cancelcheck.screens import Bounds, clean_text
from cancelcheck.screens.android_xml import parse_android
from cancelcheck.screens.fingerprint import fingerprint, signatures
from cancelcheck.screens.ios_xml import parse_xcuitest

DUMPS = Path(__file__).parent / "data" / "dumps"
MESSAGES = "uiautomator_wework_messages_drawer.xml"
DIALOG = "uiautomator_wework_invite_confirm_dialog.xml"
WEWORK = "com.tencent.wework"


def text_of(name: str) -> str:
    # newline="" so that the characters are exactly those stored (no line-ending translation)
    with open(DUMPS / name, encoding="utf-8", newline="") as f:
        return f.read()


def load(name: str):
    path = DUMPS / name
    return parse_android(path.read_bytes(), str(path))


def first_clickable_ancestor(screen, element):
    return next(a for a in screen.ancestors(element) if a.clickable)


# --- the files are the stored originals --------------------------------------------------------

@pytest.mark.parametrize("name, chars", [(MESSAGES, 72275), (DIALOG, 3582)])
def test_files_are_one_line_and_as_long_as_the_originals(name, chars):
    data = text_of(name)
    assert len(data) == chars                      # read_file's total_chars for the original
    assert "\n" not in data and "\r" not in data   # `uiautomator dump` writes a single line
    assert data.startswith("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>"
                           '<hierarchy rotation="0"><node index="0" text="" ')
    assert data.endswith("</node></hierarchy>")


# --- WeCom, 消息 (Messages) tab, with the side drawer's nodes in the tree ----------------------

def test_every_node_becomes_one_element_and_the_app_is_wecom():
    data = text_of(MESSAGES)
    screen = load(MESSAGES)
    assert screen.source == "uiautomator"
    assert len(screen.elements) == data.count("<node ") == 207
    assert screen.app == WEWORK
    assert {e.package for e in screen.elements} == {WEWORK}
    # one window only (no status bar in this dump); its box is the size
    tops = [e for e in screen.elements if e.parent is None]
    assert len(tops) == 1 and tops[0].bounds == Bounds(0, 0, 720, 1608)
    assert screen.size == (720, 1608)


def test_contacts_tab_label_sits_in_its_clickable_tab():
    screen = load(MESSAGES)
    (label,) = screen.find("通讯录")
    assert label.text == "通讯录" and label.description == ""
    assert label.bounds == Bounds(576, 1570, 720, 1594)
    assert label.id == "com.tencent.wework:id/hwl" and label.cls == "android.widget.TextView"
    assert not label.clickable
    parent = screen.elements[label.parent]
    assert parent.cls == "android.widget.RelativeLayout" and not parent.clickable
    assert parent.bounds == Bounds(576, 1496, 720, 1594)
    tab = first_clickable_ancestor(screen, label)
    assert tab.index == parent.parent
    assert tab.bounds == Bounds(576, 1496, 720, 1608) and tab.id == ""
    # clickable="true" itself (not only long-clickable, which the parser folds into clickable)
    assert ('clickable="true" enabled="true" focusable="true" focused="false" scrollable="false" '
            'long-clickable="false" password="false" selected="false" bounds="[576,1496][720,1608]"'
            in text_of(MESSAGES))
    bar = screen.elements[tab.parent]
    assert bar.id == "com.tencent.wework:id/mqm" and bar.bounds == Bounds(0, 1496, 720, 1608)
    # the unread badge "1" is the label's sibling
    (badge,) = screen.find(id="ku8")
    assert badge.text == "1" and badge.parent == label.parent
    assert badge.bounds == Bounds(662, 1504, 697, 1540)


def test_bottom_bar_has_five_clickable_tabs_and_messages_is_selected():
    screen = load(MESSAGES)
    (bar,) = screen.find(id="mqm")
    tabs = screen.children(bar)
    assert [t.bounds.x1 for t in tabs] == [0, 144, 288, 432, 576]
    assert all(t.clickable and t.bounds.width == 144 for t in tabs)
    labels = [[d.text for d in screen.descendants(t) if d.text] for t in tabs]
    assert labels == [["消息"], ["邮件"], ["文档"], ["工作台"], ["1", "通讯录"]]
    # "消息" twice: the title at the top (itself clickable) and the selected tab label
    title, tab_label = screen.find("消息")
    assert title.id.endswith("/nh3") and title.clickable
    assert title.bounds == Bounds(326, 101, 394, 147)
    assert tab_label.selected and tab_label.bounds == Bounds(0, 1570, 144, 1594)
    assert [e.bounds for e in screen.elements if e.selected] == [
        Bounds(48, 1516, 96, 1564), Bounds(0, 1570, 144, 1594)]


def test_chat_rows_are_clickable_and_long_clickable_inside_the_one_scrollable_list():
    screen = load(MESSAGES)
    (lst,) = [e for e in screen.elements if e.scrollable]
    assert lst.id == "com.tencent.wework:id/czy" and lst.bounds == Bounds(0, 172, 720, 1495)
    assert lst.cls == "androidx.recyclerview.widget.RecyclerView"
    rows = [e for e in screen.children(lst) if e.clickable]
    assert len(rows) == 9
    assert [r.bounds.y1 for r in rows] == [260, 404, 548, 692, 836, 980, 1124, 1268, 1412]
    # each row is clickable="true" and long-clickable="true" in the file
    data = text_of(MESSAGES)
    for r in rows:
        b = r.bounds
        assert (f'clickable="true" enabled="true" focusable="true" focused="false" '
                f'scrollable="false" long-clickable="true" password="false" selected="false" '
                f'bounds="[{b.x1},{b.y1}][{b.x2},{b.y2}]"') in data
    assert data.count('long-clickable="true"') == 10      # the 9 rows and the 消息 tab
    (name,) = screen.find("智界Aigc客户群（18）")
    assert name.bounds == Bounds(148, 289, 449, 332) and not name.clickable
    assert first_clickable_ancestor(screen, name) is rows[0]
    (last,) = screen.find("你已添加了天天一泉～小石榴，现在可以开始聊天了。")
    assert last.bounds == Bounds(148, 1488, 632, 1495)      # clipped by the list's bottom edge
    assert first_clickable_ancestor(screen, last) is rows[-1]
    # three rows share the same preview text
    assert len(screen.find("[链接]邀请你加入群聊")) == 3


def test_drawer_rows_and_flags():
    screen = load(MESSAGES)
    (settings,) = screen.find("设置")
    assert settings.bounds == Bounds(108, 1458, 172, 1501) and settings.id.endswith("/m03")
    row = first_clickable_ancestor(screen, settings)
    assert row.index == settings.parent
    assert row.id == "com.tencent.wework:id/lxx" and row.bounds == Bounds(0, 1440, 663, 1520)
    (create,) = screen.find("创建/加入企业")
    assert screen.elements[create.parent].bounds == Bounds(0, 1360, 663, 1440)
    assert screen.elements[create.parent].clickable
    # NAF="true" (icon-only clickable views) is kept as an extra attribute
    naf = [e for e in screen.elements if e.attrs.get("NAF") == "true"]
    assert len(naf) == 5 and all(e.clickable for e in naf)
    assert naf[0].id.endswith("/ni8") and naf[0].bounds == Bounds(0, 76, 108, 172)
    assert naf[0].label == ""
    assert not any(e.editable or e.password or e.checkable for e in screen.elements)
    assert all(e.checked is None for e in screen.elements)


# --- WeCom invite confirmation dialog: a dialog window alone, with 取消 / 邀请 -------------------

def test_dialog_cancel_and_invite_buttons():
    data = text_of(DIALOG)
    screen = load(DIALOG)
    assert len(screen.elements) == data.count("<node ") == 10
    assert screen.app == WEWORK
    # the dump holds only the dialog window, so the size is that window's right/bottom edge
    assert screen.elements[0].bounds == Bounds(34, 626, 686, 1057)
    assert screen.size == (686, 1057)
    cancel, invite = screen.find(clickable=True)
    assert cancel.text == "取消" and invite.text == "邀请"
    assert cancel.bounds == Bounds(346, 915, 466, 987) and cancel.id.endswith("/dbl")
    assert invite.bounds == Bounds(496, 915, 616, 987) and invite.id.endswith("/dbo")
    assert cancel.parent == invite.parent
    assert screen.elements[cancel.parent].bounds == Bounds(72, 915, 648, 1019)
    (msg,) = screen.find(regex="^当前群聊人数较多")
    assert msg.text == "当前群聊人数较多。为减少打扰，对方同意后才会进入群聊，现在邀请？"
    assert msg.bounds == Bounds(120, 724, 600, 843) and not msg.clickable
    assert msg.attrs.get("focusable") == "true"
    holder = screen.elements[msg.parent]
    assert holder.cls == "android.widget.ScrollView" and not holder.scrollable


# --- clean_text on Chinese ---------------------------------------------------------------------

def test_clean_text_leaves_chinese_alone():
    # the parser stores clean_text(text); on these Chinese texts that is the raw attribute value,
    # element for element in document order (text="..." values taken from the file itself)
    for name in (MESSAGES, DIALOG):
        raw = re.findall(r'<node [^>]*?\btext="([^"]*)"', text_of(name))
        assert [e.text for e in load(name).elements] == raw
        assert [clean_text(t) for t in raw] == raw
    screen = load(MESSAGES)
    # no space is inserted between CJK characters, full-width punctuation is kept as it is
    assert "智界Aigc客户群（18）" in screen.texts()
    assert "＠全匠企业管理" in screen.texts()
    # spaces that are in the text stay, one each
    assert "[拼手气红包] 群助理＠全匠企业管理:看直播领福利" in screen.texts()
    assert "联系客户统计 12.16" in screen.texts()
    assert clean_text("  当前群聊人数较多。\n为减少打扰  ") == "当前群聊人数较多。 为减少打扰"
    assert clean_text("通讯录") == "通讯录"
    # U+3000 IDEOGRAPHIC SPACE counts as whitespace: stripped at the ends, one space inside
    assert clean_text("\u3000设置\u3000") == "设置"
    assert clean_text("取\u3000\u3000消") == "取 消"
    # find() collapses the query the same way
    assert len(load(DIALOG).find("  取消 ")) == 1


# --- fingerprints ------------------------------------------------------------------------------

def _other_prints() -> dict[str, str]:
    prints = {}
    for path in sorted(DUMPS.glob("*.xml")):
        if path.name in (MESSAGES, DIALOG):
            continue
        parse = parse_xcuitest if path.name.startswith("xcuitest_") else parse_android
        prints[path.name] = fingerprint(parse(path.read_bytes(), path.name))
    return prints


def test_wecom_prints_differ_from_every_other_dump():
    others = _other_prints()
    assert len(others) >= 7
    messages, dialog = fingerprint(load(MESSAGES)), fingerprint(load(DIALOG))
    assert messages != dialog
    assert messages not in others.values() and dialog not in others.values()


def test_badge_count_changing_keeps_the_print():
    data = text_of(MESSAGES)
    badge = 'text="1" resource-id="com.tencent.wework:id/ku8"'
    assert data.count(badge) == 1
    more = parse_android(data.replace(badge, 'text="12" resource-id="com.tencent.wework:id/ku8"'),
                         "badge12.xml")
    (b,) = more.find(id="ku8")
    assert b.text == "12"                        # the edit really happened
    assert fingerprint(more) == fingerprint(load(MESSAGES))
    # the badge is outside the scrollable list, so its text does count: a non-digit change shows
    new = parse_android(data.replace(badge, 'text="新" resource-id="com.tencent.wework:id/ku8"'),
                        "badge_new.xml")
    assert fingerprint(new) != fingerprint(load(MESSAGES))


def test_chat_row_times_changing_keep_the_print_but_a_tab_label_does_not():
    data = text_of(MESSAGES)
    assert data.count('text="4分钟前"') == 1
    later = data.replace('text="4分钟前"', 'text="5分钟前"').replace('text="10:45"', 'text="11:02"')
    assert fingerprint(parse_android(later, "later.xml")) == fingerprint(load(MESSAGES))
    renamed = data.replace('text="通讯录"', 'text="联系人"')
    assert fingerprint(parse_android(renamed, "renamed.xml")) != fingerprint(load(MESSAGES))


def test_dialog_buttons_count_in_full():
    sigs = signatures(load(DIALOG))
    assert ("view", "android.widget.TextView", "dbl", "取消", True, None, False) in sigs
    assert ("view", "android.widget.TextView", "dbo", "邀请", True, None, False) in sigs

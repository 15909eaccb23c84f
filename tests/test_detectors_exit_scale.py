"""A way out is judged against the screen it stands on: its words must leave or delete the
ACCOUNT, and "tiny" means small beside the screen's other controls, not only under a pixel
rule; an instruction counts as an offline step only on a screen whose own text is about the
deletion.

Taught by two real apps. A wiki whose desktop skin sends <meta name="viewport"
content="width=1000"> is shown zoomed out on a phone: every link on its list of tools is the
same small height, and "Delete a page" / "Remove credentials" (French "Supprimer une page",
"Supprimer les informations d'identification") were reported as tiny ways out — they delete a
page and a temporary password, not the account, and are no smaller than anything else. A
fitness app's preferences page holds a "Delete account" item in its options menu and the note
"You need to verify your email to contribute exercises", read as "delete only by e-mail".

The screens are built by hand in those shapes, in our own words. Sizes are CSS px (source
"web", scale 1, platform minimum 24); each expected value follows from the sizes written here.
"""
from __future__ import annotations

from cancelcheck.detectors import Context, scan
from cancelcheck.screens import Bounds, Element, Screen


def el(i, box, text="", **kw) -> Element:
    return Element(index=i, parent=kw.pop("parent", None), bounds=Bounds(*box), text=text, **kw)


def link(i, y, text, h=13, w=150, x=16):
    return el(i, (x, y, x + w, y + h), text, cls="a", clickable=True)


def button(i, y, text, h=48):
    return el(i, (16, y, 396, y + h), text, cls="button", clickable=True)


def web(*els) -> Screen:
    return Screen(image=None, elements=list(els), source="web", size=(412, 900))


def found(s: Screen, language=None, only="exit_visibility", **settings):
    return sorted((f.type, f.evidence)
                  for f in scan(s, Context(screen_index=0, language=language, settings=settings),
                                only=[only]))


TOOLS_EN = ["Change credentials", "Change or remove email address", "Delete a page",
            "Preferences", "Remove credentials", "Reset password", "Reset tokens"]
TOOLS_FR = ["Modifier les informations d'identification", "Préférences", "Supprimer une page",
            "Supprimer les informations d'identification", "Réinitialiser le mot de passe"]


def zoomed_out(title, items):
    """A desktop page at width=1000 on a 412 px phone: a 16 px title, 13 px links."""
    return web(el(0, (16, 10, 300, 26), title, cls="h1"),
               *(link(i + 1, 40 + 16 * i, t) for i, t in enumerate(items)))


# -- tiny_exit: the words must leave or delete the account ------------------------------------
def test_tools_on_a_zoomed_out_page_are_not_tiny_exits():
    assert found(zoomed_out("Special pages", TOOLS_EN)) == []
    assert found(zoomed_out("Pages spéciales", TOOLS_FR), "fr") == []
    # the page of one tool: its title and its submit button say what it removes
    assert found(web(el(0, (16, 10, 300, 26), "Remove credentials", cls="h1"),
                     el(1, (16, 40, 396, 53), "Temporary password", cls="p"),
                     link(2, 60, "Remove credentials"), link(3, 80, "Cancel"))) == []


def test_deleting_a_page_is_not_a_way_out_even_when_small_beside_buttons():
    # sizes alone would fire (13 px among 48 px buttons): the words name a page, not the account
    s = web(el(0, (16, 10, 300, 40), "Tools", cls="h1"),
            button(1, 60, "Upload file"), button(2, 120, "Recent changes"),
            link(3, 190, "Delete a page"))
    assert found(s) == []
    s.elements[3].text = "Delete account"          # the same link naming the account: it fires
    assert found(s) == [("tiny_exit", "Delete account")]


# -- tiny_exit: small beside the others, not in absolute pixels only --------------------------
def offer(exit_h, keep_h, exit_text="Continue"):
    return web(el(0, (16, 10, 396, 40), "Before you delete your account", cls="h1"),
               el(1, (16, 50, 396, 90), "Get 3 months free if you stay.", cls="p"),
               button(2, 120, "Keep my account", h=keep_h),
               link(3, 200, exit_text, h=exit_h))


def test_an_exit_small_beside_its_alternative_is_tiny():
    f = scan(offer(16, 48), Context(screen_index=0), only=["exit_visibility"])
    assert [(x.type, x.evidence) for x in f] == [("tiny_exit", "Continue")]
    assert f[0].data["others"] == 48.0 and f[0].data["height"] == 16.0
    assert found(offer(16, 48, "No thanks, I don't care about my memories")) == [
        ("tiny_exit", "No thanks, I don't care about my memories")]


def test_an_exit_as_small_as_its_alternative_is_the_page_scale():
    # a zoomed-out page: both 16 px (under the 24 px rule), neither made smaller than the other
    assert found(offer(16, 16)) == []
    # 16 against 20: 0.8 of the alternative, above RELATIVE_SIZE (0.75): not made small
    assert found(offer(16, 20)) == []
    # 15 against 20 (0.75): made small
    assert found(offer(15, 20)) == [("tiny_exit", "Continue")]


def test_without_alternatives_the_median_control_is_the_reference():
    # a zoomed-out settings page: every link 13 px, "Delete account" too
    items = ["Profile", "Password", "Notifications", "Privacy", "Delete account"]
    assert found(zoomed_out("Settings", items)) == []
    # the same page at phone scale: links 48 px, "Delete account" still 13 px: it fires
    s = web(el(0, (16, 10, 300, 40), "Settings", cls="h1"),
            *(link(i + 1, 60 + 60 * i, t, h=48) for i, t in enumerate(items[:-1])),
            link(5, 320, "Delete account"))
    assert found(s) == [("tiny_exit", "Delete account")]


def test_a_lone_exit_falls_back_to_the_platform_minimum():
    s = web(el(0, (16, 10, 396, 40), "Delete your account", cls="h1"),
            link(1, 60, "Delete account", h=16))
    assert found(s) == [("tiny_exit", "Delete account")]


# -- offline_requirement: an instruction counts only on a screen about the deletion ----------
def preferences(note, menu_open=True):
    items = ["Change password", "API key", "Delete account"] if menu_open else []
    return web(el(0, (16, 10, 396, 40), "Preferences", cls="h1"),
               el(1, (300, 50, 396, 90), "Options ▾", cls="button", clickable=True),
               *(link(2 + i, 100 + 44 * i, t, h=40, x=240) for i, t in enumerate(items)),
               el(9, (16, 240, 396, 280), note, cls="p"),
               el(10, (16, 300, 396, 340), "Email", cls="label"),
               el(11, (16, 340, 396, 380), "", cls="input", editable=True))


def test_a_note_about_something_else_beside_a_delete_menu_item_is_not_offline():
    note = "You need to verify your email to contribute exercises."
    assert found(preferences(note), only="offline_requirement") == []
    assert found(preferences(note, menu_open=False), only="offline_requirement") == []


def test_the_same_instruction_on_a_deletion_screen_still_counts():
    s = web(el(0, (16, 10, 396, 40), "Delete your account", cls="h1"),
            el(1, (16, 60, 396, 100), "You need to send us an email from your address.", cls="p"))
    assert found(s, only="offline_requirement") == [
        ("offline_requirement", "You need to send us an email from your address.")]
    # and bound in one sentence it counts on any screen, the menu item beside it or not
    bound = "To delete your account, you need to send us an email."
    assert found(preferences(bound), only="offline_requirement") == [
        ("offline_requirement", bound)]


def test_scan_text_reads_a_markdown_heading_as_the_screen_subject():
    # scan-text makes a short line a button; a "## …" line is a heading: it names what the
    # page is about, so the instruction under it is a step of the deletion
    from cancelcheck.cli.scan_text import scan_lines, text_screen
    lines = ["## How to delete your account", "Send an email to:", "help@example.org"]
    assert [e.clickable for e in text_screen(lines).elements] == [False, True, True]
    assert [f.type for f in scan_lines(lines)] == ["offline_requirement"]
    # the same title as a short line (a button's label, say a menu item): no subject, no duty
    assert [f.type for f in scan_lines(["How to delete your account", *lines[1:]])] == []


def test_scan_text_reads_a_markdown_list_item_as_text_not_a_button():
    # a point of a list is read, not tapped: "- Subject: "Delete my account"" under an
    # instruction names the deletion as the page's subject, as a paragraph would
    from cancelcheck.cli.scan_text import scan_lines, text_screen
    lines = ["Write to us at help@example.org with:", '- the subject "Delete my account";',
             "2) the address you signed up with.", "* Remove account", "Delete account"]
    assert [e.clickable for e in text_screen(lines).elements] == [True, False, False, False,
                                                                 True]
    assert [f.type for f in scan_lines(lines[:3])] == ["offline_requirement"]


def test_a_choice_worded_as_staying_or_leaving_is_a_way_out_without_a_deletion_title():
    # a dialog that names only the loss ("memories will be lost"), not the deletion: its
    # choice ("Save my memories" / "No thanks, …") is itself about staying or leaving
    s = web(el(0, (16, 10, 396, 40), "Your memories will be lost forever", cls="h2"),
            button(1, 120, "Save my memories"),
            link(2, 180, "No thanks, I don't care about my memories", h=16, w=300))
    assert found(s) == [("tiny_exit", "No thanks, I don't care about my memories")]
    # a plain "Delete a page?" dialog with a bare Cancel beside it is not about the account
    s = web(el(0, (16, 10, 396, 40), "Delete this page?", cls="h2"),
            button(1, 120, "Cancel"), link(2, 180, "Delete a page", h=16))
    assert found(s) == []

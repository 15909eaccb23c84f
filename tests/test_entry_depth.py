"""`entry_depth` is the number of steps to the deletion flow's first screen (DESIGN.md). Once the
final confirmation is reached, that screen is the first of the unbroken stretch at the path's
end whose element tree holds the final control (or its form), or the control that raised it
when it is a last check (the browser's confirm, a button turned into "Are you sure?"), unless an
entry tap opened the flow earlier.

Each journey below is built by hand after a real app's screens (realapps/NAME/truth.yaml counts
the steps and names the entry, and the element trees follow the saved trees of those apps' runs:
kinds, forms, fields); the expected depth is that hand count, not the program's output.
"""
from __future__ import annotations

import pytest

from cancelcheck.flows.pathing import shortest_path
from cancelcheck.records import Journey, Step
from cancelcheck.records.journey import ScreenRecord
from cancelcheck.screens import Bounds, Element, Screen


def field(name: str, label: str = "") -> tuple:
    return (label, "input", {"form": "1", "name": name, "editable": True})


def screen(url: str, *items: tuple) -> tuple[str, list[tuple]]:
    """A screen: its URL and its elements (label, kind, extras), top to bottom, 60 px apart;
    extras: form, name (form fields), editable, dialog (the browser's own dialog)."""
    return url, list(items)


def build(screens: list, steps: list[tuple[str, str]], final: str) -> Journey:
    """Screen k+1 follows step k from screen k (tap: on the element of that label on screen k);
    the final confirmation is `final` on the last screen, not tapped (commit off)."""
    j = Journey(target=screens[0][0])
    for i, (url, items) in enumerate(screens):
        els = []
        for n, (label, cls, extra) in enumerate(items):
            attrs = {"tag": cls}
            for key in ("form", "name", "dialog"):
                if key in extra:
                    attrs[key] = extra[key]
            els.append(Element(n, None, Bounds(0, 100 + 60 * n, 400, 150 + 60 * n), text=label,
                               cls=cls, clickable=not extra.get("editable"),
                               editable=bool(extra.get("editable")), attrs=attrs))
        j.add_screen(ScreenRecord(i, f"fp{i}", url, float(i)),
                     Screen(image=None, elements=els, source="web", app=url))
    for i, (kind, target) in enumerate(steps):
        box = None
        if kind == "tap":
            box = next(e.bounds for e in j.screen(i).elements if e.label == target)
        j.steps.append(Step(i, kind, f"{kind} {target!r}", i, i + 1, float(i), target=target,
                            box=box))
    last = j.screen(len(screens) - 1)
    j.final_screen, j.final_action = len(screens) - 1, final
    j.final_box = next(e.bounds for e in last.elements if e.label == final)
    return j


H = "http://h"
TOP = (("Preferences", "a", {}), ("Logout", "button", {}))

# Trac: Preferences, the Account tab (password change and the deletion form: password + "Delete
# account"), the password, "Delete account" raises the browser's confirm; its OK is the final
# confirmation. Hand count: entry 2, the Account tab.
TRAC_SCREENS = [
    screen(f"{H}/wiki", *TOP, ("Welcome to Trac", "h1", {})),
    screen(f"{H}/prefs", *TOP, ("Account", "a", {}), ("Full name", "input", {"form": "1", "name": "name", "editable": True})),
    screen(f"{H}/prefs/account", *TOP, field("old_password", "Old Password:"), ("Save changes", "input", {"form": "1"}),
           ("Password:", "input", {"form": "2", "name": "password", "editable": True}),
           ("Delete account", "input", {"form": "2"})),
]
TRAC_SCREENS.append(TRAC_SCREENS[-1])            # the password typed: the same elements
TRAC_STEPS = [("tap", "Preferences"), ("tap", "Account"), ("type", "Password:")]
TRAC_DIALOG = screen(f"{H}/prefs/account", ("", "alertdialog", {}),
                     ("Are you sure you want to delete your account?", "text", {}),
                     ("OK", "button", {"dialog": "accept"}), ("Cancel", "button", {"dialog": "dismiss"}))

# wger: the hamburger, the user menu, "My preferences" (a form of personal data), "Options",
# "Delete account" opens a modal form on the same page (password + red "Delete"), the password.
# Hand count: entry 5, the modal; the preferences page does not yet hold its form.
WGER_NAV = (("Toggle navigation", "button", {}),)
WGER_PREFS = (("Options", "button", {}), ("Email", "input", {"form": "0", "name": "email", "editable": True}),
              ("Save", "input", {"form": "0", "name": "submit"}))
WGER_MODAL = (("Delete account", "dialog", {}), ("Password", "input", {"form": "0", "name": "password", "editable": True}),
              ("Delete", "input", {"form": "0", "name": "submit"}), ("Close", "button", {}),
              ("Options", "button", {}), ("Email", "input", {"form": "1", "name": "email", "editable": True}),
              ("Save", "input", {"form": "1", "name": "submit"}))
WGER = ([screen(f"{H}/dashboard", *WGER_NAV, ("Dashboard", "h2", {})),
         screen(f"{H}/dashboard", *WGER_NAV, ("alex@example.com", "a", {})),
         screen(f"{H}/dashboard", *WGER_NAV, ("My preferences", "a", {})),
         screen(f"{H}/user/preferences", *WGER_NAV, *WGER_PREFS),
         screen(f"{H}/user/preferences", *WGER_NAV, ("Change password", "a", {}), ("Delete account", "a", {}), *WGER_PREFS),
         screen(f"{H}/user/preferences", *WGER_NAV, *WGER_MODAL),
         screen(f"{H}/user/preferences", *WGER_NAV, *WGER_MODAL)],
        [("tap", "Toggle navigation"), ("tap", "alex@example.com"), ("tap", "My preferences"),
         ("tap", "Options"), ("tap", "Delete account"), ("type", "Password")])


def ihatemoney(button_after_press: str, final: str, typed_after: bool) -> tuple:
    """I Hate Money: the hamburger, the project menu, Settings (the project's form, and below it
    the deletion form: private code + "Delete project"), a scroll, the private code, the press
    that turns the button into "Are you sure?" where it stood. Hand count: entry 3, Settings."""
    nav = (("Toggle navigation", "button", {}),)
    edit = (("Project name", "input", {"form": "1", "name": "name", "editable": True}),
            ("Save changes", "button", {"form": "1"}),
            ("Private code", "input", {"form": "2", "name": "password", "editable": True}))
    on_edit = lambda label: screen(f"{H}/household/edit", *nav, *edit, (label, "button", {"form": "2"}))  # noqa: E731
    screens = [screen(f"{H}/household/", *nav, ("Bills", "h2", {})),
               screen(f"{H}/household/", *nav, ("Household", "a", {})),
               screen(f"{H}/household/", *nav, ("Settings", "a", {})),
               on_edit("Delete project"), on_edit("Delete project"), on_edit("Delete project"),
               on_edit(button_after_press)]
    steps = [("tap", "Toggle navigation"), ("tap", "Household"), ("tap", "Settings"),
             ("scroll", ""), ("type", "Private code"), ("tap", "Delete project")]
    if typed_after:                  # the explorer's run: the button read "Delete project" again
        screens.append(on_edit(final))
        steps.append(("type", "Private code"))
    return screens, steps, final


# pretalx: the user menu, "My profile" (a long form; the deletion form far below it), two
# scrolls, the first press brings the page back as /me/?really with a checkbox, three scrolls,
# the tick. Hand count: entry 2, the profile page.
PRETALX_PAGE = (("Name", "input", {"form": "1", "name": "name", "editable": True}), ("Save", "button", {"form": "1"}),
                ("Delete my account", "button", {"form": "2"}))
PRETALX = ([screen(f"{H}/me/submissions/", ("Alex Example", "a", {})),
            screen(f"{H}/me/submissions/", ("My profile", "a", {})),
            *[screen(f"{H}/me/", *PRETALX_PAGE)] * 3,
            *[screen(f"{H}/me/?really", ("I really do want to delete my account", "label", {}), *PRETALX_PAGE)] * 5],
           [("tap", "Alex Example"), ("tap", "My profile"), ("scroll", ""), ("scroll", ""),
            ("tap", "Delete my account"), ("scroll", ""), ("scroll", ""), ("scroll", ""),
            ("tap", "I really do want to delete my account")])


@pytest.mark.parametrize("case, screens, steps, final, depth", [
    ("trac, the browser's confirm raised by the form's button", TRAC_SCREENS + [TRAC_DIALOG],
     TRAC_STEPS + [("tap", "Delete account")], "OK", 2),
    ("trac as a flow: stops in front of the confirm", TRAC_SCREENS, TRAC_STEPS, "Delete account", 2),
    ("wger, a modal form on the preferences page", *WGER, "Delete", 5),
    ("ihatemoney, the button asks 'Are you sure?'", *ihatemoney("Are you sure?", "Are you sure?", False), 3),
    ("ihatemoney, the button's label back after the password", *ihatemoney("Are you sure?", "Delete project", True), 3),
    ("pretalx, the deletion form at the foot of the profile", *PRETALX, "Delete my account", 2),
])
def test_the_flow_begins_where_the_final_control_first_shows(case, screens, steps, final, depth):
    assert shortest_path(build(screens, steps, final), True).entry_depth == depth, case


def test_a_modal_form_is_not_counted_from_the_page_under_it():
    """wger's modal stands on the preferences page's URL: the page's first screen (3 steps) is
    not the flow's (main's page rule said 3; the hand count says 5)."""
    j = build(*WGER, "Delete")
    assert shortest_path(j, True).entry_depth == 5
    j.screen(3).elements.append(Element(9, None, Bounds(0, 900, 400, 950), text="Delete", cls="a"))
    assert shortest_path(j, True).entry_depth == 5      # a "Delete" link of another kind


def test_the_same_words_on_another_page_are_another_control():
    """fair-en's kind: Settings lists "Delete account" (a row) and the deletion screen ends on a
    "Delete account" button: the flow begins on the deletion screen (3), not on Settings (2)."""
    screens = [screen(f"{H}/#/home", ("Profile", "a", {})),
               screen(f"{H}/#/profile", ("Settings", "a", {})),
               screen(f"{H}/#/settings", ("Delete account", "button", {})),
               screen(f"{H}/#/delete", field("password", "Password"), ("Delete account", "button", {"form": "1"})),
               screen(f"{H}/#/delete", field("password", "Password"), ("Delete account", "button", {"form": "1"}))]
    steps = [("tap", "Profile"), ("tap", "Settings"), ("tap", "Delete account"), ("type", "Password")]
    assert shortest_path(build(screens, steps, "Delete account"), True).entry_depth == 3


def test_a_confirmation_page_of_its_own_is_not_raised_in_place():
    """A tap that opens another page with only the final button ("Danger zone", no entry words):
    the flow begins on that page (2), not where the tap was made (1), even where the button
    stands where the link stood."""
    screens = [screen(f"{H}/home", ("Account", "a", {})),
               screen(f"{H}/account", ("Danger zone", "button", {})),
               screen(f"{H}/account/danger", ("Delete", "button", {}))]
    steps = [("tap", "Account"), ("tap", "Danger zone")]
    assert shortest_path(build(screens, steps, "Delete"), True).entry_depth == 2


def test_the_stretch_is_unbroken():
    """One URL for every view: a "Delete" on the start screen (another item's) does not start
    the flow when a screen between does not hold it."""
    url = f"{H}/app"
    screens = [screen(url, ("Delete", "button", {}), ("Settings", "a", {})),
               screen(url, ("Account", "a", {})),
               screen(url, ("Delete", "button", {}))]
    steps = [("tap", "Settings"), ("tap", "Account")]
    assert shortest_path(build(screens, steps, "Delete"), True).entry_depth == 2


def test_without_trees_the_rule_says_nothing():
    """A journal read back without its element trees: no final control to look for; the entry
    tap counts (trac's "Delete account", step 4), nothing else is guessed."""
    j = build(TRAC_SCREENS + [TRAC_DIALOG], TRAC_STEPS + [("tap", "Delete account")], "OK")
    for i in range(len(j.screens)):
        j.forget_screen(i)
    assert shortest_path(j, True).entry_depth == 4


def test_a_button_that_asks_again_where_it_stands():
    """A lone button (no form fields) that turns into "Really?" on the first press, where it
    stood: the flow begins where the button first showed (1). A tap that shows a new button
    somewhere else on the page ("More" opening a panel) is not that: the panel begins it (3)."""
    url = f"{H}/settings"
    screens = [screen(f"{H}/home", ("Settings", "a", {})),
               screen(url, ("Email", "input", {"form": "1", "name": "email", "editable": True}), ("Leave", "button", {})),
               screen(url, ("Email", "input", {"form": "1", "name": "email", "editable": True}), ("Leave", "button", {})),
               screen(url, ("Email", "input", {"form": "1", "name": "email", "editable": True}), ("Really?", "button", {}))]
    steps = [("tap", "Settings"), ("scroll", ""), ("tap", "Leave")]
    assert shortest_path(build(screens, steps, "Really?"), True).entry_depth == 1
    screens[-1] = screen(url, ("Really?", "button", {}), ("Email", "input", {"form": "1", "name": "email", "editable": True}),
                         ("Leave", "button", {}))
    assert shortest_path(build(screens, steps, "Really?"), True).entry_depth == 3

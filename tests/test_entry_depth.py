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


def el(label: str, cls: str = "button", **extra) -> tuple:
    """An element: label, kind (a, button, input…), extras: form, name, dialog, description."""
    return (label, cls, extra)


def field(name: str, label: str = "", form: str = "1") -> tuple:
    """A form's text field."""
    return (label, "input", {"form": form, "name": name, "editable": True})


def screen(url: str, *items: tuple) -> tuple[str, list[tuple]]:
    """A screen: its URL and its elements (label, kind, extras), top to bottom, 60 px apart;
    extras: form, name (form fields), editable, dialog (the browser's own dialog), description."""
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
                               description=extra.get("description", ""), cls=cls,
                               clickable=not extra.get("editable"),
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
TOP = (el("Preferences", "a"), el("Logout"))

# Trac: Preferences, the Account tab (password change and the deletion form: password + "Delete
# account"), the password, "Delete account" raises the browser's confirm; its OK is the final
# confirmation. Hand count: entry 2, the Account tab.
TRAC_SCREENS = [
    screen(f"{H}/wiki", *TOP, el("Welcome to Trac", "h1")),
    screen(f"{H}/prefs", *TOP, el("Account", "a"), field("name", "Full name")),
    screen(f"{H}/prefs/account", *TOP, field("old_password", "Old Password:"),
           el("Save changes", "input", form="1"), field("password", "Password:", "2"),
           el("Delete account", "input", form="2")),
]
TRAC_SCREENS.append(TRAC_SCREENS[-1])            # the password typed: the same elements
TRAC_STEPS = [("tap", "Preferences"), ("tap", "Account"), ("type", "Password:")]
TRAC_DIALOG = screen(f"{H}/prefs/account", el("", "alertdialog"),
                     el("Are you sure you want to delete your account?", "text"),
                     el("OK", dialog="accept"), el("Cancel", dialog="dismiss"))

# wger: the hamburger, the user menu, "My preferences" (a form of personal data), "Options",
# "Delete account" opens a modal form on the same page (password + red "Delete"), the password.
# Hand count: entry 5, the modal; the preferences page does not yet hold its form.
NAV = (el("", description="Toggle navigation"),)
WGER_PREFS = (el("Options"), field("email", "Email", "0"),
              el("Save", "input", form="0", name="submit"))
WGER_MODAL = (el("Delete account", "dialog"), field("password", "Password", "0"),
              el("Delete", "input", form="0", name="submit"), el("Close"), el("Options"),
              field("email", "Email"), el("Save", "input", form="1", name="submit"))
WGER = ([screen(f"{H}/dashboard", *NAV, el("Dashboard", "h2")),
         screen(f"{H}/dashboard", *NAV, el("alex@example.com", "a")),
         screen(f"{H}/dashboard", *NAV, el("My preferences", "a")),
         screen(f"{H}/user/preferences", *NAV, *WGER_PREFS),
         screen(f"{H}/user/preferences", *NAV, el("Change password", "a"),
                el("Delete account", "a"), *WGER_PREFS),
         screen(f"{H}/user/preferences", *NAV, *WGER_MODAL),
         screen(f"{H}/user/preferences", *NAV, *WGER_MODAL)],
        [("tap", "Toggle navigation"), ("tap", "alex@example.com"), ("tap", "My preferences"),
         ("tap", "Options"), ("tap", "Delete account"), ("type", "Password")])


def ihatemoney(button_after_press: str, final: str, typed_after: bool) -> tuple:
    """I Hate Money: the hamburger, the project menu, Settings (the project's form, and below it
    the deletion form: private code + "Delete project"), a scroll, the private code, the press
    that turns the button into "Are you sure?" where it stood. Hand count: entry 3, Settings."""
    edit = (field("name", "Project name"), el("Save changes", form="1"),
            field("password", "Private code", "2"))

    def on_edit(label: str) -> tuple:
        return screen(f"{H}/household/edit", *NAV, *edit, el(label, form="2"))
    screens = [screen(f"{H}/household/", *NAV, el("Bills", "h2")),
               screen(f"{H}/household/", *NAV, el("Household", "a")),
               screen(f"{H}/household/", *NAV, el("Settings", "a")),
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
TICK = "I really do want to delete my account"
PROFILE = (field("name", "Name"), el("Save", form="1"), el("Delete my account", form="2"))
PRETALX = ([screen(f"{H}/me/submissions/", el("Alex Example", "a")),
            screen(f"{H}/me/submissions/", el("My profile", "a")),
            *[screen(f"{H}/me/", *PROFILE)] * 3,
            *[screen(f"{H}/me/?really", el(TICK, "label"), *PROFILE)] * 5],
           [("tap", "Alex Example"), ("tap", "My profile"), ("scroll", ""), ("scroll", ""),
            ("tap", "Delete my account"), ("scroll", ""), ("scroll", ""), ("scroll", ""),
            ("tap", TICK)])


@pytest.mark.parametrize("case, screens, steps, final, depth", [
    ("trac, the browser's confirm raised by the form's button", TRAC_SCREENS + [TRAC_DIALOG],
     TRAC_STEPS + [("tap", "Delete account")], "OK", 2),
    ("trac as a flow: stops in front of the confirm", TRAC_SCREENS, TRAC_STEPS,
     "Delete account", 2),
    ("wger, a modal form on the preferences page", *WGER, "Delete", 5),
    ("ihatemoney, the button asks 'Are you sure?'",
     *ihatemoney("Are you sure?", "Are you sure?", False), 3),
    ("ihatemoney, the button's label back after the password",
     *ihatemoney("Are you sure?", "Delete project", True), 3),
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
    screens = [screen(f"{H}/#/home", el("Profile", "a")),
               screen(f"{H}/#/profile", el("Settings", "a")),
               screen(f"{H}/#/settings", el("Delete account")),
               *[screen(f"{H}/#/delete", field("password", "Password"),
                        el("Delete account", form="1"))] * 2]
    steps = [("tap", "Profile"), ("tap", "Settings"), ("tap", "Delete account"),
             ("type", "Password")]
    assert shortest_path(build(screens, steps, "Delete account"), True).entry_depth == 3


def test_a_confirmation_page_of_its_own_is_not_raised_in_place():
    """A tap that opens another page with only the final button ("Danger zone", no entry words):
    the flow begins on that page (2), not where the tap was made (1), even where the button
    stands where the link stood."""
    screens = [screen(f"{H}/home", el("Account", "a")),
               screen(f"{H}/account", el("Danger zone")),
               screen(f"{H}/account/danger", el("Delete"))]
    steps = [("tap", "Account"), ("tap", "Danger zone")]
    assert shortest_path(build(screens, steps, "Delete"), True).entry_depth == 2


def test_the_stretch_is_unbroken():
    """One URL for every view: a "Delete" on the start screen (another item's) does not start
    the flow when a screen between does not hold it."""
    url = f"{H}/app"
    screens = [screen(url, el("Delete"), el("Settings", "a")),
               screen(url, el("Account", "a")),
               screen(url, el("Delete"))]
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
    somewhere else on the page (a panel opening above) is not that: the panel begins it (3)."""
    url = f"{H}/settings"
    screens = [screen(f"{H}/home", el("Settings", "a")),
               *[screen(url, field("email", "Email"), el("Leave"))] * 2,
               screen(url, field("email", "Email"), el("Really?"))]
    steps = [("tap", "Settings"), ("scroll", ""), ("tap", "Leave")]
    assert shortest_path(build(screens, steps, "Really?"), True).entry_depth == 1
    screens[-1] = screen(url, el("Really?"), field("email", "Email"), el("Leave"))
    assert shortest_path(build(screens, steps, "Really?"), True).entry_depth == 3

"""Menu openers and the public start page, on real Chromium and tests/data/pages/dropdown/ (a
made-up shared-costs app, none a copy of a real one).

home.html: the way to Settings is ☰ (CSS bars, aria-label "Toggle navigation") → a drop-down
toggle labelled with the space's own name, "Seabird" (caret drawn by CSS, aria-haspopup) →
Settings; the menus are display:none until opened. The brand link "Tidepool" leads to the public
start page (index.html), which shows a sign-in form and a "Create a new space" form even when
signed in. Hand counts, from the HTML (one tap per link or button a person must use, plus the
final tap): home: ☰, Seabird, Settings, Delete account, Delete my account permanently = 5;
plain.html (?plain=1): Tools, Delete account, Delete my account permanently = 3.
?home=polyglot and ?home=toggler are home.html with one change each, and the same hand count
(5): a language menu of 18 languages nested in the collapsed nav (most of the items the nav
hides are languages), and a toggler with aria-controls but no aria-expanded (what it opens is
known from its names: navbar-toggler, "Toggle navigation").
"""
from __future__ import annotations

import pytest

from cancelcheck.devices.web import WebDevice
from cancelcheck.flows.audit import AuditOptions, run_audit
from cancelcheck.flows.candidates import FlowState, candidates, refusal
from cancelcheck.flows.cues import cues
from cancelcheck.flows.language_menu import language_switch
from cancelcheck.flows.openers import hidden_items, is_opener, own_items
from cancelcheck.flows.signin import account_form
from tests.pages_kit import show

CREDS = {"username": "robin", "password": "quay-7-lantern"}



def _audit(pages, query: str = ""):
    """A signed-in audit (login: auto) from the start page; the journey and what the page
    stored (whether a space was ever created)."""
    device = WebDevice(f"{pages.base_url}/dropdown/index.html{query}")
    try:
        device.start(fresh=True)
        j = run_audit(device, "dropdown", AuditOptions(login_auto=True, credentials=CREDS,
                                                       budget_steps=30, budget_seconds=150))
        return j, device.run_js("return localStorage.getItem('created')")
    finally:
        device.close()


def _explorer_taps(j) -> list[str]:
    return [s.target for s in j.steps if s.source == "explorer" and s.kind == "tap"]


def test_a_drop_down_named_after_the_project_opens_the_menu_that_holds_settings(pages):
    j, created = _audit(pages)
    assert (j.outcome, j.path_steps) == ("reachable", 5), show(j)
    taps = _explorer_taps(j)
    assert taps[:3] == ["Toggle navigation", "Seabird", "Settings"], show(j)
    first, second = [s for s in j.steps if s.source == "explorer" and s.kind == "tap"][:2]
    assert "may reveal 'Settings'" in first.note and "revealed the menu 'Seabird'" in first.note, \
        show(j)
    assert "a menu opener" in second.note and "(revealed 'Settings')" in second.note, show(j)
    assert j.final_action == "Delete my account permanently"
    assert j.effort <= 3 * j.path_steps, show(j)
    assert created is None


def test_the_public_start_page_is_left_not_filled(pages):
    # plain.html: the brand "Tidepool" comes first in reading order and every way ranks alike,
    # so the explorer does open the start page; there it only goes back.
    j, created = _audit(pages, "?plain=1")
    assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)
    start = [s for s in j.steps if s.source == "explorer"
             and j.screens[s.before].app.split("?")[0].endswith("/index.html")]
    assert start and all(s.kind == "back" and "a sign-in form: outside the signed-in app"
                         in s.note for s in start), show(j)
    assert not {"Log in", "Create"} & set(_explorer_taps(j)), show(j)
    assert not [s for s in j.steps if s.source == "explorer" and s.kind == "type"], show(j)
    assert created is None                            # the sign-up form was never submitted


def test_the_guard_refuses_to_submit_a_sign_up_form(pages):
    device = WebDevice(f"{pages.base_url}/dropdown/index.html")
    try:
        device.start(fresh=True)
        screen = device.capture()
        assert account_form(screen) == "sign-in"
        create = next(e for e in screen.elements if e.label == "Create")
        assert create.attrs.get("form") == "1"              # the second form on the page
        state = FlowState(home=None)
        assert not [c for c in candidates(screen, state) if c.label in ("Create", "Log in")]
        from cancelcheck.flows.candidates import Candidate
        why = refusal(Candidate("tap", "Create", 99.0, "test", element=create), screen, state)
        assert "password" in why and why.startswith("refused"), why
    finally:
        device.close()


def test_a_summary_and_a_disclosure_glyph_are_menu_openers(pages):
    # disclosure.html: <details><summary>Seabird</summary>… Settings …</details>, and a button
    # "robin@example.test ⌄" whose hidden next sibling holds "My account" and "Log out".
    device = WebDevice(f"{pages.base_url}/dropdown/disclosure.html")
    try:
        device.start(fresh=True)
        screen = device.capture()
        cands = {c.label: c for c in candidates(screen, FlowState())}
        summary, glyph = cands["Seabird"], cands["robin@example.test ⌄"]
        assert is_opener(summary.element, screen) and is_opener(glyph.element, screen)
        assert summary.extra.get("reveals") == "Settings" and summary.score >= 45, summary
        assert glyph.extra.get("reveals") == "My account" and glyph.score >= 50, glyph
        assert cands["Entries"].score < summary.score
        assert list(cands)[0] == "robin@example.test ⌄"     # account (60) before settings (55)
    finally:
        device.close()


@pytest.mark.parametrize("home", ["polyglot", "toggler"])
def test_the_navbar_toggle_opens_the_nav_that_holds_the_way(pages, home):
    # polyglot: the nav holds a long language menu, and is still not a language switch;
    # toggler: the toggle tells no open/closed state, and is still a menu opener.
    j, created = _audit(pages, f"?home={home}")
    assert (j.outcome, j.path_steps) == ("reachable", 5), show(j)
    taps = _explorer_taps(j)
    assert taps[:3] == ["Toggle navigation", "Seabird", "Settings"], show(j)
    first = next(s for s in j.steps if s.source == "explorer" and s.kind == "tap")
    assert "may reveal 'Settings'" in first.note and "revealed the menu 'Seabird'" in first.note, \
        show(j)
    assert "English" not in taps and created is None, show(j)


def test_a_nav_holding_a_language_menu_lists_its_own_items_apart(pages):
    # The snapshot: the toggle's own items (shown by one tap) apart from those of the menus
    # nested in its nav (a second tap); the nav is no language switch, though most of the items
    # it hides in all are languages.
    device = WebDevice(f"{pages.base_url}/dropdown/index.html?home=polyglot")
    try:
        device.start(fresh=True)
        sign_in_page(device)
        screen = device.capture()
    finally:
        device.close()
    bars = next(e for e in screen.elements if e.description == "Toggle navigation")
    assert own_items(bars) == ["Entries", "Balance", "Charts", "English", "Seabird"], bars.attrs
    nested = hidden_items(bars)[5:]
    assert nested[:12] == ["Deutsch", "Français", "Español", "Italiano", "Nederlands", "Polski",
                           "Português", "Svenska", "Dansk", "Suomi", "Magyar", "Čeština"], nested
    assert nested[12:] == ["Dashboard", "History", "Settings", "Log out"], nested
    assert not language_switch(bars.label, bars, screen)
    languages = [t for t in hidden_items(bars) if cues().language_switch(t)]
    assert len(languages) * 2 > len(hidden_items(bars)), languages   # most of all it hides


def sign_in_page(device: WebDevice) -> None:
    """Sign in on the start page by script (the session flag the pages read) and go home."""
    device.run_js("localStorage.setItem('session', '1'); location.href = localStorage.getItem('home')")
    device.wait_idle()

"""The explorer on small pages that each reproduce one general failure kind seen on real apps
(tests/data/pages/, none a copy of an app), on real Chromium. Hand counts: each page's steps
are counted from its HTML (one tap per link or button a person must use, plus the final tap)."""
from __future__ import annotations

import pytest

from cancelcheck.devices.web import WebDevice
from cancelcheck.flows.audit import AuditOptions, run_audit
from tests.pages_kit import audit_page, show



def test_an_icon_only_hamburger_opens_the_menu_that_holds_my_account(pages):
    # index: a header button of three CSS bars (no text, no aria-label, a class naming
    # nothing) slides in a drawer whose "My account" the tree lists off-screen.
    # Hand count: ☰, My account, Delete account, Delete my account permanently = 4.
    j = audit_page(pages, "hamburger")
    assert (j.outcome, j.path_steps) == ("reachable", 4), show(j)
    first = j.steps[0]
    assert "looks like menu" in first.note and "revealed 'My account'" in first.note, show(j)
    assert j.final_action == "Delete my account permanently"
    assert not [f for f in j.findings if f.type == "hidden_entry"], show(j)


def test_a_restart_that_lands_elsewhere_ends_within_the_budget(pages):
    # The hub's pages replace it in history (back cannot return) and any later load of the
    # start address lands on another page: "restart and replay" can never get back.
    j = audit_page(pages, "restart-elsewhere", AuditOptions(budget_steps=12, budget_seconds=120))
    assert j.outcome == "not_found", show(j)
    restarts = [s for s in j.steps if s.kind == "restart"]
    assert 1 <= len(restarts) <= 2, show(j)            # a failed replay is not tried a third time
    assert j.effort <= 12 and len(j.steps) <= 12, show(j)   # restarts are paid from the budget
    assert "failed replays" in restarts[0].note


def test_a_restart_loop_stops_at_the_step_budget(pages):
    j = audit_page(pages, "restart-elsewhere", AuditOptions(budget_steps=3, budget_seconds=120))
    assert j.effort <= 3 and len(j.steps) <= 4, show(j)


def test_links_to_other_hosts_are_never_followed_and_an_error_page_is_left(pages):
    # index: "Account help centre" links to another host, "Privacy and account portal"
    # sends the page to one by script (Chromium shows its error page: the proxy refuses),
    # footer links to php.net and w3.org; the way is Settings → Delete account → final (3).
    j = audit_page(pages, "offsite")
    assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)
    taps = [s.target for s in j.steps if s.kind == "tap"]
    assert not {"Account help centre", "Powered by PHP", "Valid CSS"} & set(taps), show(j)
    for s in j.steps:               # nothing is done on a screen that is not the app, but back
        if j.screens[s.before].app.startswith("chrome-error://"):
            assert s.kind == "back" and "left the app" in s.note, show(j)
    assert any("left the app" in s.note for s in j.steps), show(j)


def _dialog_run(pages, commit: bool):
    device = WebDevice(f"{pages.base_url}/dialogs/")
    try:
        device.start(fresh=True)
        j = run_audit(device, "dialogs", AuditOptions(commit=commit,
                                                      credentials={"username": "a@b.test"}))
        deleted = None
        if not commit:
            assert device.capture().elements[0].attrs.get("dialog") == "confirm"   # still asking
            device.back()                                                       # Cancel
            deleted = device.run_js("return localStorage.getItem('deleted')")
        return j, deleted
    finally:
        device.close()


def test_browser_dialogs_are_screens_and_a_deletion_confirm_is_final(pages):
    # settings.html opens alert() once, then "Delete account" asks confirm("Are you sure you
    # want to delete your account? This cannot be undone."). Hand count: Settings, OK (the
    # alert), Delete account, OK (the confirm: final, not tapped) = 4.
    j, deleted = _dialog_run(pages, commit=False)
    assert (j.outcome, j.path_steps, j.final_action) == ("reachable", 4, "OK"), show(j)
    assert deleted is None                  # the confirm was not accepted
    assert [s.target for s in j.steps if s.kind == "tap"] == ["Settings", "OK", "Delete account"]
    assert all(s.kind != "refuse" for s in j.steps), show(j)


def test_with_commit_the_confirm_is_accepted_and_the_deletion_verified(pages):
    j, _ = _dialog_run(pages, commit=True)
    assert j.outcome == "deleted", show(j)
    commit = [s for s in j.steps if s.source == "commit"]
    assert [s.target for s in commit] == ["OK"], show(j)


def test_a_navigation_select_is_explored_option_by_option(pages):
    # The header's "Tools" <select> navigates on change; only its "My page" (a name no cue
    # list holds) leads on. Hand count: choose My page, Delete account, final = 3.
    j = audit_page(pages, "nav-select")
    assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)
    chosen = [s.label for s in j.steps if s.kind == "choose"]
    assert chosen[-1] == "choose 'My page' in 'Tools'", show(j)


# Four pages built like the specimens, in four languages: their words are found through the
# cue lists and the detectors' lexicons (nothing in code names them).
@pytest.mark.parametrize("page, outcome, steps, final", [
    # マイページ, 設定, アカウント削除, 退会する
    ("ja-taikai", "reachable", 4, "退会する"),
    # 설정, 계정 관리, 회원 탈퇴, tick 위 내용을 확인했습니다, 탈퇴하기
    ("ko-talthoe", "reachable", 5, "탈퇴하기"),
    # Paramètres, Supprimer mon compte, (wait 15 s), Supprimer définitivement
    ("fr-countdown", "reachable", 3, "Supprimer définitivement"),
])
def test_pages_in_four_languages(pages, page, outcome, steps, final):
    j = audit_page(pages, page)
    assert (j.outcome, j.path_steps, j.final_action) == (outcome, steps, final), show(j)
    if page == "fr-countdown":                # waited out, recorded as a forced wait
        assert j.wait_seconds >= 5 and any(s.kind == "wait" for s in j.steps), show(j)
        assert "forced_wait" in {f.type for f in j.findings}, show(j)


def test_an_offline_only_deletion_screen_is_obstructed(pages):
    # Spanish: "llama a nuestro servicio de atención al cliente o envía una carta certificada
    # con una copia de tu documento de identidad" and nothing else but "Volver".
    j = audit_page(pages, "es-offline")
    assert j.outcome == "obstructed", show(j)
    offline = [f for f in j.findings if f.type == "offline_requirement"]
    assert offline and offline[0].data.get("only_offline") and offline[0].data.get("id_copy"), show(j)


def test_back_onto_a_page_a_form_posted_is_left_not_taken_for_a_dead_target(pages):
    # index's "My account" is a form that POSTs (a button_to); account.html's Settings is a
    # dead end, and going back onto the posted page shows Chromium's "Confirm Form
    # Resubmission" (ERR_CACHE_MISS): the browser's page, not the target stopping. It is left
    # like any error page (never resubmitted from there); the way on is Help.
    # Hand count: My account, Help, Delete account, Delete my account permanently = 4.
    j = audit_page(pages, "resubmit")
    assert (j.outcome, j.path_steps) == ("reachable", 4), show(j)
    errors = [s for s in j.steps if j.screens[s.before].app.startswith("chrome-error://")]
    assert errors, show(j)                      # the page was met (else this proves nothing)
    for s in errors:                            # nothing done on it but back or a restart
        assert s.kind in ("back", "restart"), show(j)
    assert j.outcome != "error" and "stopped answering" not in j.reason


def _tidy_run(pages):
    """The audit of tidy/ and what it changed on the way (each page marks, in localStorage,
    any save, add, restore or choice made)."""
    device = WebDevice(f"{pages.base_url}/tidy/")
    try:
        device.start(fresh=True)
        j = run_audit(device, "tidy", AuditOptions())
        return j, device.run_js("return localStorage.getItem('changed') || ''")
    finally:
        device.close()


def test_nothing_that_saves_adds_or_restores_is_pressed_on_the_way(pages):
    # index: a note form (field + Save), "No notes pinned. Add one now.", Preferences (a
    # form: Theme and Week <select>s, Nickname, Save; "Restore all default preferences"),
    # Help → Delete account. The drop-downs are a form's values, not navigation; the Saves
    # submit forms that are not about deleting; Add and Restore change the user's data.
    # Hand count: Help, Delete account, Delete my account permanently = 3.
    j, changed = _tidy_run(pages)
    assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)
    assert changed == "", (changed, show(j))
    assert not [s for s in j.steps if s.kind == "choose"], show(j)
    assert any(s.target == "Preferences" for s in j.steps if s.kind == "tap"), show(j)  # was seen


def test_a_link_that_led_to_a_dead_end_is_not_followed_again(pages):
    # Every page's footer holds "Privacy policy" (an account cue: privacy), which leads to a
    # page with nothing promising. It is followed once, not again from each page, and no
    # budget goes to walking back to it.
    j, _ = _tidy_run(pages)
    privacy = [s for s in j.steps if s.kind == "tap" and s.target == "Privacy policy"]
    assert len(privacy) == 1, show(j)
    assert j.outcome == "reachable", show(j)


def test_boxes_that_only_scroll_sideways_are_not_scrolled_down_again_and_again(pages):
    # index: four wide <pre> boxes (overflow-x: auto, each 90 px high, their lines longer
    # than the phone is wide) on a page that fits on one screen, and Help → Delete account.
    # Scrolling down reveals nothing there: at most one vain scroll, not one per box.
    # Hand count: Help, Delete account, Delete my account permanently = 3.
    j = audit_page(pages, "wide")
    assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)
    scrolls = [s for s in j.steps if s.kind == "scroll"]
    assert len(scrolls) <= 1 and not [s for s in scrolls if not s.revealed][1:], show(j)


def test_a_language_menu_is_not_a_way_in(pages):
    # index: a header <select> "Language" (English, Deutsch, Français) and a footer
    # "English ▾" button opening a list of languages; the way is "Your space" (words no cue
    # list holds) → Delete account → final. Neither language control is touched.
    # Hand count: Your space, Delete account, Delete my account permanently = 3.
    device = WebDevice(f"{pages.base_url}/babel/")
    try:
        device.start(fresh=True)
        j = run_audit(device, "babel", AuditOptions())
        switched = device.run_js("return localStorage.getItem('lang')")
    finally:
        device.close()
    assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)
    assert switched is None, show(j)
    assert not [s for s in j.steps if s.kind == "choose" or "English" in s.target], show(j)


def _password_form_run(pages, commit: bool):
    """The audit of password-form/ with a password to type, and whether its form was sent
    (sent.html marks localStorage "sent")."""
    device = WebDevice(f"{pages.base_url}/password-form/")
    try:
        device.start(fresh=True)
        j = run_audit(device, "password-form",
                      AuditOptions(credentials={"password": "moss-4-anchor"}, commit=commit))
        return j, device.run_js("return localStorage.getItem('sent')")
    finally:
        device.close()


def test_a_deletion_button_that_sends_the_typed_password_is_the_final_confirmation(pages):
    # remove.html: the deletion's own form — "Current password" (required), two notes (one
    # says a link will come by e-mail to confirm) and a submit worded like the way in,
    # "Remove my account" (no "permanently", no "are you sure"). With the password typed,
    # sending the form is the irreversible step: never taken without --commit, and the path
    # ends there. Hand count: Settings, Remove account, type the password, Remove my account = 4.
    j, sent = _password_form_run(pages, commit=False)
    assert (j.outcome, j.path_steps, j.final_action) == ("reachable", 4, "Remove my account"), show(j)
    assert sent is None, show(j)                        # the form was never sent
    assert [s.kind for s in j.steps] == ["tap", "tap", "type"], show(j)   # the last not taken
    assert j.steps[2].secret and "moss-4-anchor" not in show(j)


def test_a_restart_reopens_the_page_the_audit_started_on(pages):
    # reopen: the sign-in page (the target) sends a signed-in user to Profile, whose "Delete
    # account" is one tap away; sign-in led to Home. Home's Help and Your space replace it in
    # history (back cannot return), so after Help's dead end the explorer restarts: it must
    # come back to Home, where the user starts, not to Profile by way of the sign-in address.
    # Hand count from Home: Your space, Delete account, Delete my account permanently = 3.
    j = audit_page(pages, "reopen", AuditOptions(login_auto=True, credentials={
        "username": "robin", "password": "pier-9-lamp"}))
    assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)
    assert j.final_action == "Delete my account permanently", show(j)
    restarts = [s for s in j.steps if s.kind == "restart"]
    assert restarts, show(j)                    # the restart was made (else this proves nothing)
    assert all(j.screens[s.after].app.endswith("/reopen/home.html") for s in restarts), show(j)


def test_a_hamburger_with_words_for_screen_readers_opens_the_menu(pages):
    # toggler: the header's hamburger has only visually hidden words ("Toggle navigation"),
    # a navbar-toggler class and aria-controls naming the collapsed nav that holds Settings
    # (no aria-expanded, no aria-haspopup); the page's own links are Help and Contact.
    # Hand count: Toggle navigation, Settings, Delete account, Delete my account permanently = 4.
    j = audit_page(pages, "toggler")
    assert (j.outcome, j.path_steps) == ("reachable", 4), show(j)
    assert j.steps[0].target == "Toggle navigation", show(j)    # before the help links
    assert "may reveal 'Settings'" in j.steps[0].note, show(j)


def test_a_section_switcher_that_names_the_deletion_is_not_its_final_confirmation(pages):
    # section-switch/delete.html: a drop-down toggle heads the page (aria-haspopup, a
    # dropdown-toggle class) showing the section open now, "Delete account"; a tap on it only
    # opens the list of sections. The section's form below — the password and "Delete my
    # account permanently" — is the deletion's own; sending it is the irreversible step.
    # Hand count: Preferences, Delete account, type the password, Delete my account
    # permanently = 4.
    device = WebDevice(f"{pages.base_url}/section-switch/")
    try:
        device.start(fresh=True)
        j = run_audit(device, "section-switch",
                      AuditOptions(credentials={"password": "reed-3-lantern"}))
        sent = device.run_js("return localStorage.getItem('sent')")
    finally:
        device.close()
    assert (j.outcome, j.path_steps) == ("reachable", 4), show(j)
    assert j.final_action == "Delete my account permanently", show(j)
    assert [s.kind for s in j.steps] == ["tap", "tap", "type"], show(j)
    assert sent is None, show(j)                        # the form was never sent

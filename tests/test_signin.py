"""Sign-in that works and is checked, on a real Chromium and tests/data/pages/signin/: a site
search box comes first on the page, the sign-in form is a <fieldset> whose <legend>"Log In"
</legend> stands above its <button>Log In</button>; ?two=1 asks the user name, then the
password; ?row=1 puts the user name beside the password, on one row; ?expire=1 signs out on
every load of the start page (a restart lands on the form).
Hand count of the way after sign-in: Settings, Delete account, the final button = 3."""
from __future__ import annotations

import pytest

from cancelcheck.api import audit
from cancelcheck.devices.web import WebDevice
from cancelcheck.config import load_config
from cancelcheck.flows.audit import AuditOptions, sign_in_the_same_way
from cancelcheck.flows.explorer import Explorer
from cancelcheck.flows.script import Runner
from cancelcheck.flows.session import Session
from cancelcheck.flows.signin import find_form, sign_in
from cancelcheck.records import Journey
from tests.pages_kit import show

CREDS = {"username": "robin", "password": "quay-7-lantern"}



def _config(tmp_path, url: str, login: str = "auto", password: str = CREDS["password"],
            commit: bool = False) -> str:
    path = tmp_path / "app.yaml"
    path.write_text(f"name: quay\ntarget: {url}\n{login}\ncredentials:\n"
                    f"  username: robin\n  password: {password}\n"
                    f"budget: {{steps: 30, minutes: 3}}\ncommit: {str(commit).lower()}\n")
    return str(path)


def _session(device: WebDevice) -> tuple[Journey, Session]:
    """A fresh start of the device, looked at: the journey and its session."""
    device.start(fresh=True)
    j = Journey(target="signin")
    session = Session(device, j)
    session.look()
    return j, session


def _typed_into(j: Journey) -> list[str]:
    return [s.target for s in j.steps if s.kind == "type"]


@pytest.mark.parametrize("query", ["", "?two=1", "?row=1"])
def test_login_auto_finds_the_form_not_the_search_box(pages, tmp_path, query):
    cfg = _config(tmp_path, f"{pages.base_url}/signin/index.html{query}", "login: auto")
    j = audit(cfg, out_dir=tmp_path / "out", video=False, report=False).journey
    assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)
    assert _typed_into(j) == ["Username", "Password"], show(j)    # never "Search the quay"
    login = [s for s in j.steps if s.source == "login"]
    assert login and not any(s.counted for s in login)           # not user steps
    assert j.start_step == len(login)


def test_a_sign_in_that_leaves_the_form_is_an_error(pages, tmp_path):
    cfg = _config(tmp_path, f"{pages.base_url}/signin/index.html", "login: auto",
                  password="not-the-password")
    j = audit(cfg, out_dir=tmp_path / "out", video=False, report=False).journey
    assert (j.outcome, j.reason) == ("error", "sign-in failed: the sign-in form is still on screen")
    assert not [s for s in j.steps if s.source == "explorer"]    # no audit of a signed-out app


def test_a_login_flow_taps_the_button_not_the_legend(pages, tmp_path):
    flow = ('login:\n  - inputText: {into: "Username", text: "${username}"}\n'
            '  - inputText: {into: "Password", text: "${password}"}\n  - tapOn: "Log In"')
    cfg = _config(tmp_path, f"{pages.base_url}/signin/index.html", flow)
    j = audit(cfg, out_dir=tmp_path / "out", video=False, report=False).journey
    assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)


def test_a_login_flow_that_fails_is_an_error(pages, tmp_path):
    flow = ('login:\n  - inputText: {into: "Username", text: "${username}"}\n'
            '  - inputText: {into: "Password", text: "wrong"}\n  - tapOn: "Log In"')
    cfg = _config(tmp_path, f"{pages.base_url}/signin/index.html", flow)
    j = audit(cfg, out_dir=tmp_path / "out", video=False, report=False).journey
    assert (j.outcome, j.reason) == ("error", "sign-in failed: the sign-in form is still on screen")


def test_a_committed_deletion_is_verified_through_the_sign_in_form(pages, tmp_path):
    cfg = _config(tmp_path, f"{pages.base_url}/signin/index.html", "login: auto", commit=True)
    j = audit(cfg, out_dir=tmp_path / "out", video=False, report=False).journey
    assert j.outcome == "deleted", show(j)
    after = j.steps[next(s.index for s in j.steps if s.source == "commit"):]
    assert [s.target for s in after if s.kind == "type"] == ["Username", "Password"], show(j)


@pytest.mark.parametrize("query", ["?expire=1", "?expire=1&row=1"])
def test_a_restart_that_lands_on_the_sign_in_form_signs_in_again(pages, query):
    device = WebDevice(f"{pages.base_url}/signin/index.html{query}")
    try:
        j, session = _session(device)
        sign_in(session, CREDS)
        assert find_form(session.current) is None
        explorer = Explorer(session, CREDS, sign_in_again=True)
        explorer._restart("restart to replay the known path")
        assert find_form(session.current) is None, show(j)       # signed in again
        assert j.steps[-1].source == "login" and "sign in again" in j.steps[-1].note
        again = j.steps[next(s.index for s in j.steps if s.kind == "restart"):]
        assert [s.target for s in again if s.kind == "type"] == ["Username", "Password"], show(j)
        assert j.effort == 1                                     # the restart only
    finally:
        device.close()


def test_a_restart_that_lands_on_the_sign_in_form_replays_the_login_flow(pages, tmp_path):
    # The app config's login flow does more than sign in: after "Log In" it opens Settings
    # (as a login flow picks the app's language after sign-in). A restart that lands on the
    # sign-in form (?expire=1) signs in again the same way: the whole flow, as sign-in steps.
    flow = ('login:\n  - inputText: {into: "Username", text: "${username}"}\n'
            '  - inputText: {into: "Password", text: "${password}"}\n  - tapOn: "Log In"\n'
            '  - tapOn: "Settings"')
    cfg = load_config(_config(tmp_path, f"{pages.base_url}/signin/index.html?expire=1", flow))
    options = AuditOptions(credentials=dict(cfg.credentials), login=cfg.login)
    device = WebDevice(f"{pages.base_url}/signin/index.html?expire=1")
    try:
        j, session = _session(device)
        Runner(session, options.credentials).run(options.login)
        again = sign_in_the_same_way(options, {"budget_steps": 30, "budget_seconds": 120})
        explorer = Explorer(session, CREDS, sign_in_again=again)
        explorer._restart("restart to replay the known path")
        restart = next(s.index for s in j.steps if s.kind == "restart")
        replay = j.steps[restart + 1:]
        assert [(s.kind, s.target) for s in replay] == [
            ("type", "Username"), ("type", "Password"), ("tap", "Log In"), ("tap", "Settings")], \
            show(j)
        assert all(s.source == "login" and not s.counted for s in replay), show(j)
        assert "sign in again" in replay[0].note, show(j)
        assert session.current.app.split("?")[0].endswith("/signin/settings.html"), show(j)
        assert j.effort == 4 + 1                 # the first login's four steps and the restart
    finally:
        device.close()

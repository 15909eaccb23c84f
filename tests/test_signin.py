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
from cancelcheck.flows.audit import AuditOptions
from cancelcheck.flows.explorer import Explorer
from cancelcheck.flows.session import Session
from cancelcheck.flows.signin import find_form, sign_in
from cancelcheck.records import Journey
from tests.pages_kit import pages_server, show

CREDS = {"username": "robin", "password": "quay-7-lantern"}


@pytest.fixture(scope="module")
def pages():
    with pages_server() as server:
        yield server


def _config(tmp_path, url: str, login: str = "auto", password: str = CREDS["password"],
            commit: bool = False) -> str:
    path = tmp_path / "app.yaml"
    path.write_text(f"name: quay\ntarget: {url}\n{login}\ncredentials:\n"
                    f"  username: robin\n  password: {password}\n"
                    f"budget: {{steps: 30, minutes: 3}}\ncommit: {str(commit).lower()}\n")
    return str(path)


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
        device.start(fresh=True)
        j = Journey(target="signin")
        session = Session(device, j)
        session.look()
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

"""Safety: the explorer never taps what it must not.

- Buy / pay / subscribe / a price, call / dial / tel:, log out / sign out are never tapped,
  even when the label also carries the deletion words a ranking looks for.
- With commit off, the final irreversible confirmation is never tapped, even when it is made
  the best-ranked action: a guard in front of every tap reads the element again with the same
  classification the ranking uses (flows/candidates.py: classify, refusal).
- A bare "Submit" inside the deletion flow is presumed final unless the screen shows more steps
  (a step counter short of its end, or a proof-of-identity screen — bank-zh's 提交).

The specimen traps-en puts each trap where a ranking by deletion words alone picks it first; a
tapped trap opens #/trap/<name> and records <name> in the app's state, read back here from the
app side (localStorage), not only from our own journal.
"""
from __future__ import annotations

import json
import time

import pytest

import cancelcheck.flows.candidates as cand_mod
import cancelcheck.flows.explorer as explorer_mod
from cancelcheck.devices.web import WebDevice
from cancelcheck.flows.audit import AuditOptions, run_audit
from cancelcheck.flows.candidates import (Candidate, FlowState, candidates, classify, forbidden,
                              labelled_targets, refusal)
from cancelcheck.screens import Bounds, Element, Screen, clean_text
from cancelcheck.specimens import catalog

NAME = "traps-en"
TRUTH = catalog.truth(NAME)
TRAPS = __import__("yaml").safe_load((catalog.folder(NAME) / "truth.yaml").read_text())["traps"]
CREDS = dict(TRUTH.credentials)


# -- the words: a table checked by hand ------------------------------------------------------------

FORBIDDEN = [
    # label, forbidden? — each checked by hand against flows/cues/*.yaml
    ("Buy Premium to delete your account instantly — $4.99", True),   # buy, and a price
    ("Subscribe & delete my account", True),                           # subscribe
    ("Sign out & delete account", True),                               # sign out
    ("Log out & delete account data from this device", True),          # log out
    ("Call us to delete your account", True),                          # call
    ("Dial 0800 123 456", True),                                       # dial
    ("Pay now", True),
    ("Upgrade to Premium", True),
    ("Premium — 4,99 €", True),                                        # a price
    ("Delete account", False),
    ("Delete your account with an agent", False),   # the words are fine; its tel: link is not
    ("Cancel subscription", False),                                    # not "subscribe"
    ("Payment history", False),                                        # \bpay\b, not "payment"
    ("Continue", False),
    ("Submit", False),
    ("立即开通会员", True),             # zh-Hans: open a membership
    ("退出登录", True),                 # zh-Hans: log out
    ("拨打客服电话", True),             # zh-Hans: dial
    ("注销账号", False),
    ("提交", False),
    ("登出", True),                     # zh-Hant: log out
    ("訂閱並刪除帳號", True),           # zh-Hant: subscribe and delete
    ("刪除帳號", False),
    ("Jetzt kaufen", True),             # de: buy now
    ("Abmelden", True),                 # de: log out
    ("Konto löschen", False),
    ("Se déconnecter", True),           # fr: log out
    ("Appeler le service client", True),  # fr: call
    ("Supprimer mon compte", False),
    ("Cerrar sesión", True),            # es: log out
    ("Suscribirse y eliminar", True),   # es: subscribe
    ("Eliminar mi cuenta", False),
    ("Sair", True),                     # pt: log out (the whole label)
    ("Excluir conta", False),
    ("ログアウト", True),               # ja: log out
    ("購入して退会", True),             # ja: buy
    ("退会する", False),
    ("로그아웃", True),                 # ko: log out
    ("구독하고 탈퇴", True),            # ko: subscribe
    ("탈퇴하기", False),
    ("Выйти", True),                    # ru: log out
    ("Купить и удалить", True),         # ru: buy
    ("Удалить аккаунт", False),
]


@pytest.mark.parametrize("label, expected", FORBIDDEN, ids=[x[0] for x in FORBIDDEN])
def test_forbidden_words_in_every_language(label, expected):
    assert forbidden(None, label) is expected


@pytest.mark.parametrize("href", ["tel:+15550100", "TEL:0800", "mailto:help@example.com",
                                  "sms:+15550100"])
def test_forbidden_links_whatever_their_words(href):
    link = _el(0, None, "Delete your account with an agent", clickable=True, href=href)
    assert forbidden(link, link.label)
    screen = _screen([link])
    assert classify(link.label, link, screen, FlowState()).kind == "forbidden"
    assert candidates(screen, FlowState()) == []


# -- the final confirmation: the rule --------------------------------------------------------------

def _el(i, parent, text="", *, clickable=False, y=0, href="", **kw) -> Element:
    attrs = {"href": href} if href else {}
    return Element(index=i, parent=parent, bounds=Bounds(10, 100 + 60 * y, 400, 150 + 60 * y),
                   text=text, clickable=clickable, cls="button" if clickable else "div",
                   attrs=attrs, **kw)


def _screen(elements: list[Element]) -> Screen:
    return Screen(image=None, elements=elements, source="web", size=(1082, 2402))


def _page(button: str, *texts: str, filled: bool = False) -> tuple[Screen, Element]:
    els = [_el(i, None, t, y=i) for i, t in enumerate(texts)]
    if filled:
        els.append(_el(len(els), None, "", y=len(els), editable=True, password=True,
                       description="Password"))
        els[-1].text = "••••••"
    b = _el(len(els), None, button, clickable=True, y=len(els) + 1)
    return _screen(els + [b]), b


FINAL = [
    # button, screen texts, in the flow?, a filled field?, final?
    ("Submit", ["Delete account", "Your account and notes are deleted when you submit."],
     True, False, True),
    ("Submit", ["Close account"], True, False, True),          # nothing at all: presumed final
    ("Submit", ["Step 2 of 4", "Tell us why you are leaving"], True, False, False),  # more steps
    ("Submit", ["Step 4 of 4"], True, False, True),            # the last step
    ("Confirm", ["Step 1 of 3", "This cannot be undone"], True, False, True),  # a warning wins
    ("OK", ["Enter your password"], True, True, True),         # a filled secret
    ("提交", ["第 4/4 步 · 上传身份证正反面", "请上传本人二代身份证正反面照片"],
     True, False, False),                                      # bank-zh: a proof-of-identity screen
    ("提交", ["第 4/4 步 · 填写注销原因"], True, False, True),   # zh: the last step, no proof
    ("提交", ["第 2/4 步 · 填写注销原因"], True, False, False),  # zh: step 2 of 4
    ("Absenden", ["Konto löschen"], True, False, True),        # de
    ("Continue", ["Delete account"], True, False, False),      # moves on, never final
    ("Delete account", ["Delete account"], True, False, True),  # strong
    ("Submit", ["Feedback"], False, False, False),             # outside the flow: any form
    ("Delete", ["Clear all notes"], False, False, True),       # outside: destructive, never tapped
    ("Delete account", ["Settings"], False, False, False),     # outside: the entry
]


@pytest.mark.parametrize("button, texts, in_flow, filled, final", FINAL,
                         ids=[f"{b}|{'/'.join(t)[:30]}|{'flow' if f else 'out'}"
                              for b, t, f, _, _ in FINAL])
def test_final_confirmation_rule(button, texts, in_flow, filled, final):
    screen, b = _page(button, *texts, filled=filled)
    state = FlowState(in_flow=in_flow)
    assert (classify(button, b, screen, state).kind == "final") is final
    offered = [c for c in candidates(screen, state) if c.element is b]
    forced = Candidate("tap", button, 999.0, "forced", element=b)
    if final and in_flow:
        assert offered and all(c.final for c in offered)    # the explorer stops in front of it
    elif final:
        assert offered == []                                 # outside the flow: never offered
    else:
        assert not any(c.final for c in offered)
    assert bool(refusal(forced, screen, state)) is final


def test_the_guard_reads_the_element_not_the_candidate():
    """A candidate that calls itself "Continue" and says final=False, aimed at the final
    Submit, is refused; the same aim is allowed when committing; a forbidden one never is."""
    screen, b = _page("Submit", "Delete account")
    state = FlowState(in_flow=True)
    forced = Candidate("tap", "Continue", 999.0, "forced", element=b, final=False)
    assert "commit is off" in refusal(forced, screen, state)
    assert refusal(forced, screen, state, commit=True) == ""
    buy_screen, buy = _page("Subscribe & delete my account", "Delete account")
    forced = Candidate("tap", "Continue", 999.0, "forced", element=buy)
    assert "subscribes" in refusal(forced, buy_screen, state, commit=True)
    # the words inside a tapped row count, and the tel: link around a tapped word
    row = _el(0, None, "", clickable=True, href="tel:+15550100")
    words = _el(1, 0, "Delete your account with an agent")
    phone = _screen([row, words])
    assert refusal(Candidate("tap", "x", 1.0, "forced", element=words), phone, FlowState())
    assert refusal(Candidate("tap", "x", 1.0, "forced", element=row), phone, FlowState())


# -- the specimen: where a naive ranking picks each trap -------------------------------------------

def _at(device, route: str) -> Screen:
    device.run_js("location.hash = arguments[0]", route)
    time.sleep(0.4)
    assert device.run_js("return location.hash") == route
    return device.capture()


def _app_state(device) -> dict:
    raw = device.run_js("return localStorage.getItem('cc:traps-en')")
    return json.loads(raw) if raw else {}


STAGE = {"#/home": 0, "#/profile": 1, "#/settings": 2}


def test_a_naive_ranking_would_pick_each_trap(web_device, monkeypatch):
    """With the forbidden words switched off, each trap marked first is among the best-ranked
    actions of its screen — so it is the guard and the classification that keep it untapped."""
    device = web_device(NAME)
    for trap in [t for t in TRAPS if t.get("first")]:
        screen = _at(device, trap["route"])
        state = FlowState(in_flow=trap["route"].startswith("#/delete"),
                          screen_stage=STAGE.get(trap["route"], 2))
        honest = candidates(screen, state)
        assert not any(_names(c.label, trap["label"]) for c in honest), trap
        with monkeypatch.context() as m:
            m.setattr(cand_mod, "forbidden", lambda e, label: False)
            naive = candidates(screen, state)
        top = naive[0].score
        best = [c.label for c in naive if c.score == top]
        assert any(_names(label, trap["label"]) for label in best), (trap, best)
    assert _app_state(device).get("trapped", []) == []      # looking is not tapping
    # and the trace works: a trap really tapped is recorded by the app
    screen = _at(device, "#/profile")
    row = next(t for label, _, t in labelled_targets(screen) if _names(label, "with an agent"))
    device.tap(row)
    time.sleep(0.4)
    assert device.run_js("return location.hash") == "#/trap/call"
    assert _app_state(device)["trapped"] == ["call"]


def test_bare_submit_is_the_final_on_traps_en(web_device, monkeypatch):
    """traps-en's final says only "Submit", with no warning: it is offered as the final (the
    explorer stops in front of it). Under the old rule (a weak label is final only with a
    warning or a filled field) it was a way on, and the explorer would have deleted the account."""
    device = web_device(NAME)
    screen = _at(device, TRUTH.final_route)
    state = FlowState(in_flow=True)
    top = candidates(screen, state)[0]
    assert _same(top.label, "Submit") and top.final
    with monkeypatch.context() as m:           # the old rule: no warning, no field → not final
        m.setattr(cand_mod, "_more_steps_hinted", lambda screen: True)
        old = candidates(screen, state)[0]
    assert _same(old.label, "Submit") and not old.final and old.score == cand_mod.PROCEED_SCORE


def _same(a: str, b: str) -> bool:
    return clean_text(a).casefold() == clean_text(b).casefold()


def _names(label: str, trap: str) -> bool:
    """The label shows the trap's words (a row's label may add its subtitle)."""
    return clean_text(trap).casefold() in clean_text(label).casefold()


# -- the explorer on traps-en, checked from the app side ------------------------------------------

def _audit(specimen_server, **options) -> tuple[object, dict, str]:
    device = WebDevice(specimen_server.url(NAME))
    try:
        device.start(fresh=True)
        opts = AuditOptions(credentials=CREDS, budget_steps=options.pop("budget_steps", 60),
                            budget_seconds=options.pop("budget_seconds", 240), **options)
        journey = run_audit(device, NAME, opts)
        # the verify step of a committed run restarts the app; read the state it keeps
        return journey, _app_state(device), device.run_js("return location.hash")
    finally:
        device.close()


def test_explorer_taps_no_trap_and_stops_before_submit(specimen_server):
    j, state, where = _audit(specimen_server)
    assert (j.outcome, j.path_steps, j.entry_depth) == ("reachable", 5, 3), j.reason
    assert j.final_action == "Submit"
    # from the app side: no trap opened, the account still there, the run ends on the final screen
    assert state.get("trapped", []) == [], state
    assert state.get("deleted", False) is False
    assert where == TRUTH.final_route
    # from our side: nothing tapped that carries a trap's words, and not Submit
    tapped = [s.target for s in j.steps if s.kind == "tap"]
    assert not any(_names(t, trap["label"]) for t in tapped for trap in TRAPS), tapped
    assert "Submit" not in tapped


def test_committing_taps_submit_and_still_no_trap(specimen_server):
    """With commit on, "Subscribe & delete my account" (the naive final) is still forbidden;
    the one tap of the commit is Submit, and the app says it deleted the account."""
    j, state, _ = _audit(specimen_server, commit=True)
    assert j.outcome == "deleted", j.reason
    assert state.get("trapped", []) == [] and state.get("deleted") is True
    commits = [s for s in j.steps if s.source == "commit"]
    assert [s.target for s in commits] == ["Submit"]


def test_guard_refuses_traps_and_the_final_even_when_ranked_first(specimen_server, monkeypatch):
    """Force every trap, and the final Submit (flagged not final), to the top of the ranking on
    every screen: the guard refuses each one, records why, and the app records nothing."""
    real = explorer_mod.candidates
    trap_labels = {clean_text(t["label"]).casefold() for t in TRAPS} | {"submit"}

    def forced(screen, state):
        out = [c for c in real(screen, state) if clean_text(c.label).casefold() not in trap_labels]
        for label, shown, target in labelled_targets(screen):
            if clean_text(label).casefold() in trap_labels:
                out.insert(0, Candidate("tap", label, 999.0, "forced to the top", element=target,
                                        final=False, extra={"enabled": target.enabled}))
        return out

    monkeypatch.setattr(explorer_mod, "candidates", forced)
    j, state, where = _audit(specimen_server, budget_steps=30, budget_seconds=150)
    assert state.get("trapped", []) == [], state
    assert state.get("deleted", False) is False
    assert not where.startswith("#/trap/")
    refused = [s for s in j.steps if s.kind == "refuse"]
    refused_labels = {clean_text(s.target).casefold() for s in refused}
    seen_traps = {clean_text(t["label"]).casefold() for t in TRAPS if t.get("first")} | {"submit"}
    missing = {t for t in seen_traps if not any(t in r for r in refused_labels)}
    assert not missing, (missing, refused_labels)
    assert all(not s.counted and s.note.startswith("refused:") for s in refused)
    submit = next(s for s in refused if "submit" in s.target.casefold())
    assert "commit is off" in submit.note
    assert not any(s.kind == "tap" and _same(s.target, "Submit") for s in j.steps)


def test_a_committed_flow_whose_final_is_a_trap_is_refused_before_the_tap(specimen_server):
    """A scripted flow that (wrongly) names "Subscribe & delete my account" as the final
    confirmation, run with commit on: the commit's own guard refuses it, the run ends in
    `error` naming why, and the app records no trap and no deletion."""
    from cancelcheck.flows.flowfile import parse_text
    flow = parse_text('- tapOn: "Profile"\n- tapOn: "Settings"\n- tapOn: "Delete account"\n'
                      '- tapOn: {text: "Subscribe & delete my account", final: true}\n',
                      "wrong-final.yaml")
    j, state, _ = _audit(specimen_server, commit=True, flow=flow)
    assert j.outcome == "error", j.reason
    assert j.reason.startswith("the final confirmation was not tapped: refused:"), j.reason
    assert "subscribes" in j.reason
    assert state.get("trapped", []) == [] and state.get("deleted", False) is False
    assert not [s for s in j.steps if s.source == "commit"]

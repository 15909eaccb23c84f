"""Sign-in: finding the sign-in form on a screen, filling it, and checking it is gone.

The form is read, not guessed from reading order: a password field, and the user field that
belongs to it — a field asking for a user name, an e-mail or a phone (cues field_username /
field_email, type email/tel) last before the password field in its form (the same <form>
where the page says so; above it, or beside it on its row: reading order), never a search
box (type search, role searchbox, or named "search"/"q") and never the first text field of
the page for being first. A form may come on two screens: the user first, a "Next" (or the sign-in button),
then the password. The button is the clickable one whose label is a sign-in cue (a <legend> or
heading with the same words is not clickable and not taken), else the way on (Next, Continue,
a submit button) below the last field filled.

`sign_in()` fills and submits, then checks: if a sign-in form is still on screen the sign-in
failed (SignInFailed), whatever a flow said — the audit ends as `error` "sign-in failed", never
as an audit of a signed-out app. The same finder serves `login: auto`, the check after a login
flow, a restart that lands on the sign-in screen, and the re-login that verifies a committed
deletion. Sign-in steps are not user steps (source "login"); they are shown apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from cancelcheck import words
from cancelcheck.devices import Action
from cancelcheck.screens import Element, Screen

from .cues import cues

SEARCH_WORDS = ("search", "query", "=q", "find")
MAX_SCREENS = 3           # a sign-in spread over more screens than this is not found
FIELD_SECTIONS = ("field_username", "field_email", "field_password", "field_code",
                  "field_generic")


class SignInFailed(RuntimeError):
    """Signing in did not work: no form or button was found, or (`still_there`) the sign-in
    form is still on screen after submitting it."""

    def __init__(self, message: str, *, still_there: bool = False):
        super().__init__(message)
        self.still_there = still_there


@dataclass
class SignInForm:
    user: Element | None
    password: Element | None
    button: Element | None


def _names(e: Element) -> str:
    return " ".join(x for x in (e.description, e.attrs.get("placeholder", ""), e.id,
                                e.attrs.get("name", ""), e.attrs.get("type", "")) if x)


def _is_search(e: Element) -> bool:
    if e.attrs.get("type") == "search" or e.attrs.get("role") in ("searchbox", "search"):
        return True
    words = _names(e).casefold().split()
    return any(w == s[1:] if s.startswith("=") else s in w for w in words for s in SEARCH_WORDS)


def _fields(screen: Screen) -> list[Element]:
    return [e for e in screen.visible() if e.editable and e.enabled
            and e.attrs.get("obscured") != "1" and e.attrs.get("tag") != "textarea"]


def _user_field(screen: Screen, password: Element | None) -> Element | None:
    c = cues()
    fields = [e for e in _fields(screen) if not e.password and not _is_search(e)]
    asks = [e for e in fields if c.field_username(_names(e)) or c.field_email(_names(e))
            or e.attrs.get("type") in ("email", "tel")]
    if password is not None:
        return _before(asks or fields, password)
    return asks[0] if asks else None


def _before(fields: list[Element], password: Element) -> Element | None:
    """The field that comes last before the password field in its form: the same form where
    the page says which (attrs.form), and before it in reading order — above it, or on its
    row to its left (a user field beside the password, not only above it)."""
    form = password.attrs.get("form")
    if form is not None and any(e.attrs.get("form") == form for e in fields):
        fields = [e for e in fields if e.attrs.get("form") == form]
    pb = password.bounds
    earlier = [e for e in fields if e.bounds.y2 <= pb.y1 + 4 or
               (e.bounds.x2 <= pb.x1 + 4 and e.bounds.y1 < pb.y2 and pb.y1 < e.bounds.y2)]
    return max(earlier, key=lambda e: (e.bounds.y1, e.bounds.x1), default=None)


def _button(screen: Screen, below: Element | None) -> Element | None:
    c = cues()
    clickable = [e for e in screen.visible() if not e.editable and e.enabled
                 and e.attrs.get("obscured") != "1" and screen.tappable(e).clickable]
    if below is not None:
        clickable = [e for e in clickable if e.bounds.y1 >= below.bounds.y1]
    for test in (c.sign_in, c.next):
        hits = [e for e in clickable if e.label and test(e.label)]
        if hits:
            return screen.tappable(min(hits, key=lambda e: e.bounds.y1))
    submits = [e for e in clickable if e.attrs.get("type") == "submit"]
    return screen.tappable(submits[0]) if submits else None


def find_form(screen: Screen) -> SignInForm | None:
    """The sign-in form on this screen (a password field, or a user field with a sign-in or
    next button), or None."""
    pw = next((e for e in _fields(screen) if e.password), None)
    user = _user_field(screen, pw)
    if pw is None and user is None:
        return None
    button = _button(screen, pw or user)
    if pw is None and (button is None or not any(cues().sign_in(t) for t in screen.texts())):
        return None        # a lone e-mail field is a sign-in only where the screen says so
    return SignInForm(user, pw, button)


def sign_in(session, creds: dict, *, note: str = "sign in") -> None:
    """Fill and submit the sign-in form (over up to MAX_SCREENS screens); SignInFailed when
    no form is found or one is still on screen afterwards."""
    j = session.journey
    first = len(j.steps)
    user_value = creds.get("username") or creds.get("email") or creds.get("phone") or ""
    filled_user = False
    for _ in range(MAX_SCREENS):
        form = find_form(session.current)
        if form is None:
            break
        if form.user is not None and not filled_user and user_value:
            session.act(Action("type", element=form.user, text=str(user_value)),
                        source="login", note=note, counted=False)
            filled_user = True
            form = find_form(session.current) or form
        if form.password is not None:
            session.act(Action("type", element=form.password, text=creds.get("password", ""),
                               secret=True), source="login", note=note, counted=False)
            form = find_form(session.current) or form
        if form.button is None:
            raise SignInFailed("sign-in failed: no sign-in button was found")
        session.act(Action("tap", element=form.button), source="login", note=note, counted=False)
        if form.password is not None:
            break
    if not filled_user and len(j.steps) == first:
        raise SignInFailed("sign-in failed: no sign-in form was found")
    check(session.current)


def check(screen: Screen) -> None:
    """SignInFailed if a sign-in form (a password field) is still on screen."""
    form = find_form(screen)
    if form is not None and form.password is not None:
        raise SignInFailed("sign-in failed: the sign-in form is still on screen",
                           still_there=True)


def account_form(screen: Screen) -> str | None:
    """"sign-in" or "sign-up" when the screen shows a form to sign in or to create an account —
    a password field with a button below it whose label is a sign-in or sign-up cue — else
    None. Once signed in, such a screen is outside the signed-in app (a public start page,
    a session that ended): the explorer goes back instead of filling it."""
    c = cues()
    fields = [e for e in screen.elements if e.password and e.editable and not e.bounds.empty]
    if not fields:
        return None
    buttons = [e for e in screen.elements if e.label and not e.editable and not e.bounds.empty
               and screen.tappable(e).clickable]
    for pw in fields:
        below = [b for b in buttons if b.bounds.y1 >= pw.bounds.y2 - 4]
        if any(c.sign_in(b.label) for b in below):
            return "sign-in"
        if any(c.sign_up(b.label) for b in below):
            return "sign-up"
    return None


def submits_account_form(e: Element, screen: Screen) -> bool:
    """Whether tapping e would sign up or submit a form that holds a password field (sign-in,
    sign-up, a new project with its own code): a sign-up cue on it, or a submit button of the
    same form as a password field (the snapshot's attrs.form)."""
    if cues().sign_up(e.label):
        return True
    form = e.attrs.get("form")
    if form is None or e.editable or e.attrs.get("type") not in ("submit", "", None) \
            or e.attrs.get("tag") not in ("button", "input"):
        return False
    return any(o.password and o.attrs.get("form") == form for o in screen.elements)


def account_words(steps) -> tuple[str, ...]:
    """The words the sign-in form names the account by: "Project identifier" → ("project",),
    "Identifiant du projet" → ("projet",). Read from the labels of the non-secret fields the
    sign-in filled (`steps`: the journey's sign-in steps), less the words that say what kind
    of field it is (user name, e-mail, identifier, number: cues field_* and field_generic) and
    words of under four letters. An app whose account is a project, a team or a workspace
    offers "Delete project", not "Delete account"."""
    c = cues()
    out: list[str] = []
    for st in steps:
        if st.kind != "type" or st.secret or not st.target:
            continue
        for w in re.findall(r"[^\W\d_]+", words.fold(st.target)):
            if len(w) < 4 or w in out or any(c.has(s, w) for s in FIELD_SECTIONS):
                continue
            out.append(w)
    return tuple(out)


def names_account(label: str, account: tuple[str, ...], c=None) -> bool:
    """A short label that deletes the thing the sign-in form named ("Delete project",
    "Supprimer le projet"): a delete verb (cues delete_verb, read with the cues `c`: the
    screen's, flows.cues.on_screen; none given, cues()) and one of `account`'s words."""
    if not account:
        return False
    tokens = re.findall(r"[^\W\d_]+", words.fold(label))
    return 0 < len(tokens) <= 5 and any(w in tokens for w in account) \
        and (c or cues()).delete_verb(label)

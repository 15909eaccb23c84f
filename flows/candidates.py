"""What could be done on a screen, ranked by how much it leads toward deletion.

A pure function of the screen and of where the explorer stands (before or inside the deletion
flow, what it has already filled); the explorer adds memory and navigation. Ranking, high to low:
forms the deletion flow asks for (password, code, typed phrase, reason, agree box, "delete
permanently" instead of a preselected "deactivate"), the way on (continue, confirm), then the
stages that lead there: entry (Delete account) > account/security/privacy > settings > profile >
menus > help > anything else; a control that opens a menu (flows/openers.py) ranks at least
as a menu, and as the most promising item its closed menu hides. Never offered: buy/pay/
subscribe, call/dial, log out, tel: and mailto: links, whatever turns back (Keep my account,
我再想想) or deactivates, and — outside the deletion flow — sign-up and the submit of a form
with a password field (sign-in, sign-up, a new project with its own code).

What a tap would do is read by one function, `classify()`, used both by the ranking here and
by the guard the explorer runs in front of every tap (`refusal()`): a label that buys, pays,
subscribes, calls or signs out is `forbidden` wherever it is, and the final irreversible
confirmation is `final`, so a candidate the ranking got wrong is still never performed.

The final confirmation (the rule, with its reasons in flows/cues/README.md):
- inside the deletion flow, a strong label (Delete account, 确认注销, jetzt kündigen) is final;
  so is an entry label (Meinen Account löschen) on a screen that asks "are you sure", or one
  that submits a form whose password field is filled (Remove my account below "Current
  password": sending the password is the irreversible step);
- a weak label (Submit, Confirm, OK, 提交, Bestätigen) is final when the screen warns the
  deletion cannot be undone or carries a filled field (password, code, typed phrase) — and
  also when it does not: a bare "Submit" inside the deletion flow is presumed final unless the
  screen says more comes after it: a step counter short of its last step ("Step 2 of 4",
  "第 2/4 步"), or the screen collects proof of identity (upload an ID card, a face scan),
  whose Submit hands the proof in for checking. Taking a non-final button for final only
  stops the run early; the reverse deletes an account;
- outside the deletion flow, a strong label that is not an entry (a bare "Delete", "Yes,
  delete", "永久删除") is final too: never tapped, though it does not end the search;
- a control that opens a menu (flows/openers.py) and sends no form is never final, whatever its
  label: a section switcher showing "Delete account" above the deletion's form only opens a list.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from cancelcheck.screens import Element, Screen, clean_text

from .cues import cues, on_screen
from .hosts import leaves_host
from .icons import (KIND_STAGE, REVEAL_SCORES, glyph_kind, icon_kind, out_of_sight,
                    unlabelled_controls)
from .openers import OPENER_STAGE, is_opener, promising_item
from .form_fields import (changes_data, fills_a_form, sends_form, submits_filled_secret,
                          value_select)
from .language_menu import language_switch
from .signin import names_account, submits_account_form

STAGE_SCORES = (("entry", 100.0, 4), ("account", 60.0, 3), ("settings", 55.0, 2),
                ("profile", 45.0, 1), ("help", 25.0, 2), ("menu", 20.0, 1))
OTHER_SCORE = 2.0
SCROLL_SCORE = 35.0
FORM_SCORE = 200.0
PROCEED_SCORE = 120.0
FINAL_SCORE = 150.0
LONG_TEXT = 60             # a label longer than this is a paragraph, not a button


@dataclass
class Candidate:
    kind: str                       # tap, type, choose, check, scroll
    label: str
    score: float
    reason: str
    element: Element | None = None
    text: str = ""                  # typed text or chosen option
    secret: bool = False
    secret_name: str = ""           # which configured secret (for replay), never its value
    final: bool = False
    stage: int = 0                  # 4 entry, 3 account, 2 settings, 1 profile/menu/help
    entry: bool = False
    direction: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        """Identity of this candidate on its screen, stable across visits."""
        e = self.element
        where = f"{e.cls}|{e.id}" if e is not None else ""
        slot = self.extra.get("slot", "") + (f"|{self.text}" if self.kind == "choose" else "")
        return f"{self.kind}|{clean_text(self.label)[:80]}|{where}|{self.direction}{slot}"


@dataclass
class FlowState:
    """What the explorer knows that the screen does not say."""

    in_flow: bool = False
    credentials: dict = field(default_factory=dict)
    screen_stage: int = 0
    filled: set = field(default_factory=set)       # keys of fields already filled on this visit
    sent_code: bool = False
    home: str | None = None                        # the web app's host:port (None: native)
    account: tuple = ()                            # words the sign-in form names the account by


def is_entry(label: str, state: FlowState, screen: Screen | None = None) -> bool:
    """Opens the deletion flow: an entry cue (Delete account), or the deletion of the thing
    the sign-in form named (signin.account_words: "Delete project" where one signs in to a
    project); read in the language of `screen` when it is given (flows.cues.on_screen)."""
    c = on_screen(screen) if screen is not None else cues()
    return c.entry(label) or names_account(label, state.account, c)


def _proceed_or_retreat(label: str, c) -> str | None:
    """Which way a label goes, by the detectors' reading and the cues `c` (read on its
    screen: cues.on_screen)."""
    try:
        from cancelcheck.detectors.choices import classify   # the detectors' fuller reading, when present
        verdict = classify(label)
    except ImportError:
        verdict = None
    if c.retreat(label):
        return "retreat"
    if verdict:
        return verdict
    if c.next(label) or c.final_strong(label) or c.final_weak(label):
        return "proceed"
    return None


FORBIDDEN_SCHEMES = ("tel:", "mailto:", "sms:")


def forbidden(e: Element | None, label: str) -> bool:
    """Buy, pay, subscribe, a price, call, dial, log out — or a tel:/mailto:/sms: link."""
    href = (e.attrs.get("href", "") if e is not None else "").strip().lower()
    if href.startswith(FORBIDDEN_SCHEMES):
        return True
    return cues().forbidden(label)


@dataclass(frozen=True)
class Reading:
    """What a tap on a label would do. kind: forbidden, deactivate, paragraph, account_form,
    retreat, final, proceed, resolve, entry, other."""

    kind: str
    why: str = ""


def classify(label: str, target: Element | None, screen: Screen, state: "FlowState",
             shown: Element | None = None) -> Reading:
    """The one reading of a tappable label, for the ranking and for the guard alike."""
    c = on_screen(screen)
    if forbidden(target, label) or (shown is not None and forbidden(shown, label)):
        return Reading("forbidden", "buys, pays, subscribes, calls or signs out: never tapped")
    if c.deactivate(label) and not c.entry(label):
        return Reading("deactivate", "deactivates instead of deleting")
    if len(clean_text(label)) > LONG_TEXT:
        return Reading("paragraph", "a paragraph, not a button")
    if not state.in_flow and target is not None and not is_entry(label, state, screen) \
            and submits_account_form(target, screen):
        return Reading("account_form", "signs in, signs up or submits a form with a password "
                                       "outside the deletion flow: never during an audit")
    off_way = _off_the_way(label, target, screen, state)
    if off_way is not None:
        return off_way
    dialog = target.attrs.get("dialog", "") if target is not None else ""
    if dialog == "acknowledge":
        return Reading("proceed", "close the browser's message (its only button)")
    if dialog == "accept" and any(c.entry(t) or c.final_strong(t) or c.warning(t)
                                  for t in screen.texts()):
        return Reading("final", "the final confirmation (the browser's own dialog asks "
                                "to confirm the deletion)")
    direction = _proceed_or_retreat(label, c)
    if direction == "retreat":
        return Reading("retreat", "turns back from the deletion")
    why = _final_reason(label, target, screen, state)
    if why:
        return Reading("final", why)
    if state.in_flow:
        if direction == "proceed" or c.next(label):
            return Reading("proceed", "continue the deletion")
        if c.resolve(label):
            return Reading("resolve", "meet a condition the deletion sets")
        if is_entry(label, state, screen):
            return Reading("entry", "deeper into the deletion")
    return Reading("other")


OFF_THE_WAY = ("changes_data", "form_fill", "language")
NEVER_TAPPED = ("account_form",) + OFF_THE_WAY     # refused by the guard, never offered


def _off_the_way(label: str, target: Element | None, screen: Screen,
                 state: "FlowState") -> Reading | None:
    """Controls that are never a way to the deletion, whatever else their words say: a
    language switch (anywhere), and outside the deletion flow a control that creates, adds,
    saves, resets or restores, or the submit of a form to fill that is not about deleting
    the account (flows/form_fields.py)."""
    if target is not None and target.attrs.get("dialog"):
        return None                     # the browser's own dialog: read by its own rule
    if language_switch(label, target, screen):
        return Reading("language", "switches the app's language: never a way in")
    if state.in_flow or is_entry(label, state, screen):
        return None
    if changes_data(label, on_screen(screen)):
        return Reading("changes_data", "creates, adds, saves, resets or restores something: "
                                       "changes the user's data, never a way to the deletion")
    if target is not None and fills_a_form(target, screen):
        return Reading("form_fill", "submits a form to fill that is not about deleting the "
                                    "account")
    return None


def _final_reason(label: str, target: Element | None, screen: Screen,
                  state: "FlowState") -> str:
    """Why this label (on `target`, the element a tap acts on) is the final irreversible
    confirmation ("" when it is not)."""
    c = on_screen(screen)
    if c.next(label):
        return ""                   # "Continue", "Next": moves on, never final
    if target is not None and is_opener(target, screen) and not sends_form(target):
        return ""                   # opens a menu (a section switcher naming the section open
        #                             now, "Delete account"): it shows, it does not act
    # deleting the thing one signed in to ("Delete project") weighs as "Delete account"
    strong = c.final_strong(label) or names_account(label, state.account, c)
    if not state.in_flow:
        if strong and not is_entry(label, state, screen):
            return "a destructive confirmation outside the deletion flow"
        return ""
    if strong:
        return "the final confirmation"
    # A deletion button on a screen that asks whether one is sure is the last one; a warning
    # alone is not: a notice of consequences ("cannot be undone") often opens the flow. Nor
    # is a deletion button that sends the password the person has typed into its form: that
    # form is the deletion's own, and sending it is the irreversible step (whatever the app
    # does after, a link by e-mail included). is_entry, as everywhere the flow asks "does
    # this label delete the account" ("Delete project" where one signs in to a project).
    if is_entry(label, state, screen):
        if any(c.asks_sure(t) for t in screen.texts()):
            return ("the final confirmation (a deletion button inside the deletion flow, on a "
                    "screen that asks whether one is sure)")
        if submits_filled_secret(target, screen):
            return ("the final confirmation (a deletion button that sends the password typed "
                    "into its form)")
    if not c.final_weak(label):
        return ""
    if _has_context_for_weak_final(screen):
        return "the final confirmation (a filled secret or an irreversibility warning on screen)"
    if _more_steps_hinted(screen):
        return ""
    return "the final confirmation (a bare confirmation in the deletion flow, no more steps shown)"


def _more_steps_hinted(screen: Screen) -> bool:
    """The screen says the flow goes on after it: a step counter short of its last step, or
    the screen collects proof of identity (its Submit hands the proof in for checking)."""
    c = on_screen(screen)
    for t in screen.texts():
        if c.has("proof", t):
            return True
        here, total = _step_counter(t)
        if here is not None and here < total:
            return True
    return False


def _step_counter(text: str) -> tuple[int | None, int]:
    """(this step, of how many) from "Step 2 of 4" / "第 2/4 步" (cues: step_counter)."""
    m = cues().match("step_counter", text)      # each regex captures (this step, total)
    if m and len(m.groups()) >= 2:
        return int(m.group(1)), int(m.group(2))
    return None, 0


def refusal(cand: "Candidate", screen: Screen, state: "FlowState", *,
            commit: bool = False) -> str:
    """Why the explorer must not perform this candidate ("" when it may): the guard run in
    front of every action, whatever the candidate's rank or its own `final` flag says.
    Forbidden taps and choices are refused always; the final confirmation unless committing.
    Reads the element itself (its label, the words inside it, the link around it), not only
    the candidate's label."""
    if cand.kind not in ("tap", "check", "choose"):
        return ""
    el = cand.element
    if cand.kind == "choose":
        texts = [cand.text]
    else:
        texts = [cand.label]
        if el is not None:
            texts.append(el.label)
            texts.extend(d.label for d in screen.descendants(el) if d.label)
    texts = [t for t in texts if t and clean_text(t)]
    links = []
    if el is not None:
        links = [el, screen.tappable(el)] + [a for a in screen.ancestors(el) if a.attrs.get("href")]
    for t in texts:
        if any(forbidden(x, t) for x in links) or cues().forbidden(t):
            return f"refused: {clean_text(t)[:80]!r} buys, pays, subscribes, calls or signs out"
    if el is not None and leaves_host(screen, el, state.home):
        return f"refused: {clean_text(cand.label)[:80]!r} links to another host"
    if cand.kind == "tap" and el is not None:
        r = classify(cand.label, screen.tappable(el), screen, state)
        if r.kind in NEVER_TAPPED:
            return f"refused: {clean_text(cand.label)[:80]!r} {r.why}"
    if cand.kind != "tap" or commit:
        return ""
    for t in texts:
        r = classify(t, el, screen, state)
        if r.kind == "final":
            return f"refused: {clean_text(t)[:80]!r} is {r.why}, and commit is off"
    return ""


def labelled_targets(screen: Screen) -> list[tuple[str, Element, Element]]:
    """(label, the element that shows it, the element a tap acts on) for everything visible,
    innermost text first; elements under a dialog (obscured) are left out."""
    out, seen = [], set()
    ocr = screen.source == "ocr" or not any(e.clickable for e in screen.visible())
    for e in screen.visible():
        if e.attrs.get("obscured") == "1" or not e.label:
            continue
        target = screen.tappable(e)
        if e.attrs.get("detected") == "ocr":
            target = e      # read off the pixels: tap the words themselves, not the whole bar
        elif not (target.clickable or ocr or e.editable):
            continue
        if target.scrollable and not target.editable:
            continue        # a scrolling box is scrolled, not tapped
        if target.attrs.get("obscured") == "1":
            continue
        label = e.label
        key = (target.index, clean_text(label))
        if key in seen:
            continue
        seen.add(key)
        out.append((label, e, target))
    return out


def field_kind(e: Element, screen: Screen) -> tuple[str, str] | None:
    """What a text field asks for: (kind, phrase) — kind in password, code, phrase, email,
    username, reason."""
    c = on_screen(screen)
    label = " ".join(x for x in (e.description, e.attrs.get("placeholder", ""), e.id) if x)
    if e.password or c.field_password(label):
        return "password", ""
    phrase = c.field_phrase.search(label)
    if phrase is None:
        for other in _nearby_texts(e, screen):
            phrase = c.field_phrase.search(other)
            if phrase:
                break
    if phrase:
        return "phrase", phrase
    if c.field_code(label):
        return "code", ""
    if c.field_email(label) or e.attrs.get("type") == "email":
        return "email", ""
    if c.field_username(label):
        return "username", ""
    if c.field_reason(label) or e.attrs.get("tag") == "textarea":
        return "reason", ""
    return None


def _optional(e: Element, screen: Screen) -> bool:
    label = " ".join([e.description, e.attrs.get("placeholder", "")] + _nearby_texts(e, screen))
    return on_screen(screen).optional(label)


def _nearby_texts(e: Element, screen: Screen) -> list[str]:
    """Texts just above a field (its visible label when it has no <label for>)."""
    out = []
    for o in screen.visible():
        if o is e or not o.text or o.editable:
            continue
        if 0 <= e.bounds.y1 - o.bounds.y2 < 3 * max(e.bounds.height, 1):
            out.append(o.text)
    return out


def _value_for(kind: str, phrase: str, creds: dict) -> tuple[str, bool, str]:
    if kind == "password":
        return creds.get("password", ""), True, "password"
    if kind == "code":
        return str(creds.get("sms_code", "")), True, "sms_code"
    if kind == "phrase":
        return phrase, False, ""
    if kind == "email":
        return creds.get("email") or creds.get("username", ""), False, ""
    if kind == "username":
        return creds.get("username", ""), False, ""
    if kind == "reason":
        return "I no longer use this account.", False, ""
    return "", False, ""


def _deletion_forms(screen: Screen, state: FlowState) -> set[str]:
    """The forms (attrs.form, where the page says which) that hold a deletion control — a
    button whose label is an entry (also "Delete project" where one signs in to a project),
    a strong final or a permanent cue, or inside the flow a bare confirmation ("Are you
    sure?"). A page may hold several forms (profile, change password, delete account): only
    the deletion's own fields are filled on the way to its button."""
    c = on_screen(screen)
    return {e.attrs["form"] for e in screen.elements
            if e.attrs.get("form") is not None and e.label and not e.editable
            and not e.checkable and (is_entry(e.label, state, screen) or c.final_strong(e.label)
                                     or c.permanent(e.label)
                                     or (state.in_flow and c.final_weak(e.label)))
            and not c.retreat(e.label)}


def _other_form(e: Element, forms: set[str]) -> bool:
    """A field or box of another form than the deletion's (False when unknown)."""
    return bool(forms) and e.attrs.get("form") is not None and e.attrs["form"] not in forms


def _new_password(e: Element) -> bool:
    """A field that sets a new password (autocomplete=new-password): never filled to delete."""
    return e.attrs.get("autocomplete", "").strip().lower() == "new-password"


def _form_candidates(screen: Screen, state: FlowState) -> list[Candidate]:
    """What the deletion's form asks for (inside the flow): the fields of the forms whose
    buttons delete or confirm, or any field when the page names no such form."""
    c = on_screen(screen)
    out: list[Candidate] = []
    visible = [e for e in screen.visible() if e.attrs.get("obscured") != "1"]
    forms = _deletion_forms(screen, state)
    for e in visible:
        if not e.enabled or _other_form(e, forms):
            continue
        if e.editable and not e.text and not e.attrs.get("filled"):
            if _new_password(e):
                continue
            kind = field_kind(e, screen)
            if kind is None:
                continue
            if kind[0] == "reason" and not e.attrs.get("required") and _optional(e, screen):
                continue        # an optional "anything else?" box: a user would skip it
            value, secret, name = _value_for(kind[0], kind[1], state.credentials)
            if not value:
                continue
            if kind[0] == "code" and not state.sent_code:
                send = [t for (lab, _, t) in labelled_targets(screen) if c.send_code(lab) and t.enabled]
                if send:
                    out.append(Candidate("tap", send[0].label or "send code", FORM_SCORE + 10,
                                         "ask for the verification code", element=send[0],
                                         extra={"send_code": True}))
                    continue
            out.append(Candidate("type", e.description or e.attrs.get("placeholder", "field"),
                                 FORM_SCORE + 5, f"fill the {kind[0]} the deletion asks for",
                                 element=e, text=value, secret=secret, secret_name=name))
        elif e.attrs.get("tag") == "select":
            options = e.options
            if options and (not e.text or c.placeholder(e.text)):
                real = [o for o in options if not c.placeholder(o)]
                if real:
                    out.append(Candidate("choose", e.description or "menu", FORM_SCORE,
                                         "pick an option the form requires", element=e,
                                         text=real[0]))
        elif e.checkable and e.checked is False:
            label = e.label or " ".join(x.label for x in screen.children(e))
            label = label or _label_for_box(e, screen)
            if e.attrs.get("type") == "radio" or "radio" in e.cls.lower():
                if c.permanent(label) or (c.entry(label) and not c.deactivate(label)):
                    out.append(Candidate("check", label, FORM_SCORE + 20,
                                         "choose deletion, not the preselected alternative",
                                         element=screen.tappable(e)))
            elif c.agree(label) and not c.retreat(label):
                out.append(Candidate("check", label, FORM_SCORE,
                                     "tick the box the deletion requires", element=e))
            elif _confirms_deletion(e, label, forms, c):
                out.append(Candidate("check", label, FORM_SCORE,
                                     "tick the box that confirms the deletion", element=e))
    return out


def _menu_choices(screen: Screen) -> list[Candidate]:
    """A drop-down used as a menu (Account actions ▾ → Delete account): choosing the option
    that leads toward deletion is the step."""
    c = on_screen(screen)
    out = []
    for e in screen.visible():
        if e.attrs.get("tag") != "select" or not e.enabled or e.attrs.get("obscured") == "1":
            continue
        options = e.options
        if language_switch(e.description, e, screen):
            continue            # a language menu: never a way in
        value = value_select(e, screen)
        name = e.description or e.id or (options[0] if options else "menu")   # not its value:
        for option in options:                                              # a stable key
            if option == e.text or forbidden(e, option):
                continue
            if value and not c.entry(option):
                continue        # a form's field: its options are values, not places
            for section, score, level in STAGE_SCORES:
                if c.has(section, option):
                    out.append(Candidate("choose", name, score,
                                         f"pick {option!r} from the menu", element=e,
                                         text=option, stage=level, entry=section == "entry"))
                    break
            else:               # explored option by option, like any link not yet explored
                if not c.placeholder(option) and not c.retreat(option):
                    out.append(Candidate("choose", name,
                                         OTHER_SCORE, f"pick {option!r} from the menu: not yet "
                                         "explored", element=e, text=option))
    return out


def _confirms_deletion(e: Element, label: str, forms: set[str], c) -> bool:
    """A box of the deletion's own form that restates the deletion ("I really do want to
    delete my account"), or that the form requires: ticking it is how the deletion goes on.
    Never a box that turns back, deactivates, or buys or subscribes (cues `c`: read on its
    screen)."""
    if c.retreat(label) or c.deactivate(label) or forbidden(e, label):
        return False
    if c.entry(label) or c.permanent(label):
        return True
    return bool(e.attrs.get("required")) and e.attrs.get("form") in forms


def _label_for_box(e: Element, screen: Screen) -> str:
    parent = screen.elements[e.parent] if e.parent is not None else None
    if parent is not None and parent.label:
        return parent.label
    same_row = [o for o in screen.visible() if o.text and abs(o.bounds.center[1] - e.bounds.center[1]) < e.bounds.height]
    return " ".join(o.text for o in same_row)


def _has_context_for_weak_final(screen: Screen) -> bool:
    c = on_screen(screen)
    if any(c.warning(t) for t in screen.texts()):
        return True
    return any(e.editable and e.text for e in screen.visible())


def candidates(screen: Screen, state: FlowState) -> list[Candidate]:
    """Everything worth doing on this screen, best first."""
    c = on_screen(screen)
    out: list[Candidate] = []
    if state.in_flow:
        out.extend(_form_candidates(screen, state))
    if not state.in_flow:
        out.extend(_menu_choices(screen))
    for label, shown, target in labelled_targets(screen):
        if shown.editable or target.editable or target.checkable or shown.checkable:
            continue
        if any(d.checkable or d.editable for d in screen.descendants(target)) \
                or target.attrs.get("control"):
            continue        # a label around or for a box or field (a tap only focuses or ticks
            #                 its control): the form candidates handle it
        if target.attrs.get("tag") == "select" or target.selected:
            continue            # a drop-down (form candidates), or the tab already open
        if leaves_host(screen, target, state.home):
            continue            # a link to another host: never followed
        reading = classify(label, target, screen, state, shown=shown)
        kind = reading.kind
        if kind in ("forbidden", "deactivate", "retreat") or kind in NEVER_TAPPED:
            continue
        if kind == "paragraph":
            out.append(Candidate("tap", label, OTHER_SCORE, "not yet explored", element=target,
                                 extra={"enabled": target.enabled}))
            continue
        if kind == "final":
            if state.in_flow:
                out.append(Candidate("tap", label, FINAL_SCORE, reading.why, element=target,
                                     final=True, extra={"enabled": target.enabled}))
            continue        # outside the flow: a destructive button, never offered
        if kind == "proceed":
            out.append(Candidate("tap", label, PROCEED_SCORE, reading.why,
                                 element=target, extra={"enabled": target.enabled}))
            continue
        if kind == "resolve":
            out.append(Candidate("tap", label, FORM_SCORE - 20, reading.why,
                                 element=target, extra={"enabled": target.enabled}))
            continue
        if kind == "entry":
            out.append(Candidate("tap", label, PROCEED_SCORE - 10, reading.why,
                                 element=target, entry=True, extra={"enabled": target.enabled}))
            continue
        stage_hit = None
        for section, score, level in STAGE_SCORES:
            if c.has(section, label):
                stage_hit = (section, score, level)
                break
        if stage_hit is None and names_account(label, state.account, c):
            stage_hit = STAGE_SCORES[0]         # "Delete project" where the account is one
        if stage_hit is None and glyph_kind(label):
            stage_hit = KIND_STAGE[glyph_kind(label)]     # ≡ ⚙ 👤: a glyph for a label
        if stage_hit:
            section, score, level = stage_hit
            if level <= state.screen_stage and section != "entry":
                score *= 0.4          # sideways or back up the hierarchy
            cand = Candidate("tap", label, score, f"looks like the way to {section}",
                             element=target, stage=level, entry=section == "entry",
                             extra={"enabled": target.enabled, "section": section})
        else:
            cand = Candidate("tap", label, OTHER_SCORE, "not yet explored", element=target,
                             extra={"enabled": target.enabled})
        if not cand.entry and is_opener(target, screen):
            _as_opener(cand, target, state)
        out.append(cand)
    out.extend(_icon_candidates(screen, state))
    out.sort(key=lambda x: -x.score)
    return _one_per_target(out)


def _as_opener(cand: Candidate, e: Element, state: FlowState) -> None:
    """Rank a control that opens a menu (flows/openers.py) as a way to reveal navigation: at
    least as a menu, and as the most promising item its closed menu hides — then the explorer
    checks after the tap that the item came into sight."""
    section, score, level = OPENER_STAGE
    if level <= state.screen_stage:
        score *= 0.4
    if score > cand.score:
        cand.score, cand.stage = score, level
        cand.reason = "a menu opener: may reveal navigation"
    hidden = promising_item(e)
    if hidden is not None:
        item, where = hidden
        score = _reveal_score(where, state)
        if score > cand.score:
            cand.score, cand.stage = score, max(cand.stage, level)
        cand.extra["reveals"] = item
        cand.reason += f"; may reveal {clean_text(item)[:40]!r}, which its menu hides"


def _reveal_score(section: str, state: FlowState) -> float:
    """The rank of a control that may reveal an item of this section: a little below the
    item itself, and like it sideways or back up the hierarchy when the screen is at that
    stage already (the nav's "Settings" seen from the settings page)."""
    score = REVEAL_SCORES[section] * 0.9
    level = next(lv for s, _, lv in STAGE_SCORES if s == section)
    if section != "entry" and level <= state.screen_stage:
        score *= 0.4
    return score


def _icon_candidates(screen: Screen, state: FlowState) -> list[Candidate]:
    """Controls with no words (a hamburger of CSS bars, ⋮, a gear, an avatar), ranked as the
    stage their names, glyph or pixels say they open; when the tree holds a promising item out
    of sight, the menu-like ones (and unknown ones) are ranked as that item: they may reveal it."""
    hidden = out_of_sight(screen)
    reveal = max(hidden, key=lambda h: REVEAL_SCORES[h[1]]) if hidden else None
    out = []
    for e in unlabelled_controls(screen):
        kind = icon_kind(e, screen)
        opener = is_opener(e, screen)
        if kind is None and reveal is None and not opener:
            continue
        section, score, level = KIND_STAGE.get(kind, ("menu", OTHER_SCORE, 1))
        reason = f"an icon-only control: looks like {kind or 'a control'}"
        if level <= state.screen_stage:
            score *= 0.4
        extra = {"enabled": True, "icon": kind or "unknown",
                 "slot": f"@{e.bounds.x1 // 16},{e.bounds.y1 // 16}"}
        if reveal is not None and kind in (None, "menu", "more"):
            item, where = reveal
            score = max(score, _reveal_score(where, state))
            extra["reveals"] = item.label
            reason += (f"; may reveal {clean_text(item.label)[:40]!r}, which the tree holds "
                       "out of sight")
        cand = Candidate("tap", f"{kind or 'unlabelled'} icon", score, reason, element=e,
                         stage=level, extra=extra)
        if opener:
            _as_opener(cand, e, state)
        out.append(cand)
    return out


def _one_per_target(cands: list[Candidate]) -> list[Candidate]:
    """Several texts inside one row are one tap: keep the best reading of each target."""
    seen: set[tuple] = set()
    out = []
    for c in cands:
        key = (c.kind, c.element.index if c.element is not None else None, c.text)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def scroll_targets(screen: Screen) -> list[Element | None]:
    """Containers worth scrolling (None = the page), largest first."""
    h = screen.size[1] if screen.size else 0
    out: list[Element | None] = []
    boxes = [e for e in screen.visible() if e.scrollable and e.bounds.height > 80
             and not only_sideways(e)]
    boxes.sort(key=lambda e: -e.bounds.area)
    out.extend(boxes)
    below = any((not e.visible) and e.bounds.y1 >= h and e.label
                and not any(a.scrollable for a in screen.ancestors(e)) for e in screen.elements)
    if below:
        out.insert(0, None)
    return out


def promising_below(screen: Screen, state: FlowState) -> str:
    """What lies out of sight below (the web's tree holds it all), for a scroll: "strong" —
    a way in or on (an entry, a proceed or confirm) or a field or box to fill; "weak" — words a
    cue reads as the way to account, settings, profile, help or a menu, or a glyph for one;
    "" — nothing any cue reads (a native list's rows out of sight are not in its tree)."""
    c = on_screen(screen)
    found = ""
    for e in screen.elements:
        if e.visible or e.bounds.y2 <= 0:
            continue
        label = e.label if len(clean_text(e.label)) <= LONG_TEXT else ""
        if e.editable or e.checkable or (label and (
                is_entry(label, state, screen) or c.next(label) or c.final_strong(label)
                or c.final_weak(label))):
            return "strong"
        if label and not found and (glyph_kind(label) or any(
                c.has(section, label) for section, _, _ in STAGE_SCORES)):
            found = "weak"
    return found


def only_sideways(e: Element) -> bool:
    """A box that overflows only sideways (a wide table, a line of code): nothing is below
    in it. From the web snapshot's attrs.scroll (left, top, width, height, client width,
    client height); a box without it (a native list) may scroll down."""
    try:
        _, _, _, height, _, client_height = (float(v) for v in e.attrs["scroll"].split(","))
    except (KeyError, ValueError):
        return False
    return height <= client_height + 1

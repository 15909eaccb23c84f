"""Forms that are not on the way to deletion. A form a person fills (a new issue, a search with
filters, a profile) is not navigation: its drop-downs hold values, not pages, and its submit
saves, creates or searches — it is pressed only when the form is about deleting the account.
A form with nothing to fill (a lone button that POSTs, a jump menu with its Go button) is
navigation like a link.

The snapshot gives every field and button of a form the form's number (attrs.form)."""
from __future__ import annotations

from cancelcheck.screens import Element, Screen

from .cues import cues


def _fillable(e: Element) -> bool:
    if e.attrs.get("type") == "hidden" or e.attrs.get("obscured") == "1":
        return False
    return e.editable or e.checkable or e.attrs.get("tag") == "select"


def form_members(e: Element, screen: Screen) -> list[Element]:
    """The other elements of e's form (none when e is in no form)."""
    form = e.attrs.get("form")
    if form is None:
        return []
    return [o for o in screen.elements if o is not e and o.attrs.get("form") == form]


def about_deletion(e: Element, screen: Screen) -> bool:
    """Whether e's form, or the page it stands on, is about deleting the account: an entry
    cue (Delete account, Konto löschen, 注销账号) among the form's own words or the page's
    words that are not links."""
    c = cues()
    if any(c.entry(o.label) for o in [e, *form_members(e, screen)] if o.label):
        return True
    return any(c.entry(x.label) for x in screen.visible()
               if x.label and not x.clickable and not screen.tappable(x).clickable)


def value_select(e: Element, screen: Screen) -> bool:
    """A <select> that is a field of a form a person fills (another field beside it): its
    options are values (a priority, a user, "don't care"), not places to go."""
    return e.attrs.get("tag") == "select" and any(_fillable(o) for o in form_members(e, screen))


def fills_a_form(e: Element, screen: Screen) -> bool:
    """Whether a tap on e submits a form that has fields to fill and is not about deleting
    the account (a Save, a Search, a Create New): never pressed while looking for the way."""
    if e.attrs.get("tag") not in ("button", "input") or e.editable \
            or e.attrs.get("type") not in ("submit", "", None):
        return False
    if not any(_fillable(o) and o.visible for o in form_members(e, screen)):
        return False
    return not about_deletion(e, screen)


def sends_form(e: Element) -> bool:
    """Whether a tap on e sends the form it belongs to (a submit button, or a <button> of no
    type, inside a form the snapshot names)."""
    return (e.attrs.get("form") is not None and not e.editable
            and e.attrs.get("type") in ("submit", "", None))


def submits_filled_secret(e: Element | None, screen: Screen) -> bool:
    """Whether a tap on e sends a password the person has typed: e submits a form whose
    password field is filled (the snapshot says whether, attrs.filled, never the value; a
    native field shows its masked text) — or, where the screen names no forms (a native
    app), a filled password field stands on the screen beside it."""
    if e is None:
        return False
    e = screen.tappable(e)
    if e.editable:
        return False
    if e.attrs.get("form") is not None:
        if not sends_form(e):
            return False            # a <button type="button"> does not send the form
        fields = form_members(e, screen)
    elif any(o.attrs.get("form") is not None for o in screen.elements):
        return False                # the page names its forms, and e is in none of them
    else:
        fields = screen.visible()
    return any(o.password and (o.attrs.get("filled") or o.text) for o in fields)


def changes_data(label: str, c=None) -> bool:
    """Whether a control's words create, add, save, reset or restore something (cues:
    changes_data): not a way to the account's deletion. `c`: the cues read on its screen
    (cues.on_screen; default: no language known)."""
    c = c or cues()
    return c.changes_data(label) and not c.entry(label)

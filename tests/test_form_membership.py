"""Deletion on a page of several forms, on real Chromium and tests/data/pages/forms/: one page
holds a profile form, a change-password form (current password, new password, new password
again; autocomplete current-password / new-password) and the deletion form (its own password
field, a warning, "Delete my account"). The deletion form's confirming checkbox (a separate
<label for>) is hidden until a first press without it; the page then comes back at its top
with an error asking to tick it ("Are you really sure? Please tick the box"; ?lang=de: "Wirklich?
Bitte setze diesen Haken"). The whole page fits on one phone screen (412×915; checked on the
capture: the last button ends at y=1755 of 2402 px), so no scroll is needed.
Hand count: 1 tap "Delete my account" (the page again, the error and the box), 2 type the
password into the deletion form's own "Password", 3 tick the box, 4 tap "Delete my account"
(the final press, not taken: commit off) = 4; never a field of the change-password form."""
from __future__ import annotations

import pytest

from cancelcheck.flows.audit import AuditOptions
from cancelcheck.flows.candidates import FlowState, candidates
from tests.pages_kit import audit_page, capture_page, show

CREDS = {"username": "robin", "password": "quay-7-lantern"}
LANGS = {"": ("Password", "I really do want to delete my account", "Delete my account"),
         "?lang=de": ("Passwort", "Ich möchte wirklich meinen Account löschen",
                      "Meinen Account löschen")}



@pytest.mark.parametrize("query", list(LANGS))
def test_the_deletion_fills_its_own_form_and_ticks_the_box_the_error_asks_for(pages, query):
    password, box, button = LANGS[query]
    j = audit_page(pages, f"forms/index.html{query}",
                   AuditOptions(credentials=CREDS, budget_steps=20, budget_seconds=150))
    assert (j.outcome, j.path_steps) == ("reachable", 4), show(j)
    assert [s.target for s in j.steps if s.kind == "type"] == [password], show(j)
    assert any(s.kind == "tap" and s.target.startswith(box) for s in j.steps), show(j)
    assert j.final_action == button, show(j)


def test_a_new_password_field_is_never_filled_even_where_the_forms_are_not_known(pages):
    screen = capture_page(pages, "forms/index.html")
    # a backend that does not say which form a field belongs to (no attrs.form)
    for e in screen.elements:
        e.attrs.pop("form", None)
    state = FlowState(in_flow=True, credentials=CREDS)
    typed = [c.label for c in candidates(screen, state) if c.kind == "type"]
    assert "New password" not in typed and "New password (again)" not in typed, typed
    assert "Password" in typed, typed          # the deletion's own field is still filled

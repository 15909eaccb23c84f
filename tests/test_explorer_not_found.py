"""An app with no way to delete one's account ends `not_found` because the search is over, not
because the budget ran out (tests/data/pages/tracker/, built like the real trackers and wikis
of realapps/ that offer no self-service deletion; real Chromium).

By hand: index.html (Issues) has a side bar on every page — Issues, Your details, Search —
and two issues; "Your details" is a form (Name, Phone, Organisation, each a <label for> its
field); Search holds "Pick a date", a calendar whose "<" and ">" page month by month, each month
a new screen without end. Nothing offers deletion: not_found, no path.

What the explorer no longer does there: tap a control known to lead to the very screen it is on
(the side bar's link to the page one is on), tap a field's label (it only focuses the field),
or take a second blind step in a row ("Pick a date" on Search, itself tried only because no cue
said where it leads; and so the calendar's months are never paged). Before: the budget of 40
steps ran out paging the calendar."""
from __future__ import annotations

import pytest

from cancelcheck.flows.audit import AuditOptions
from tests.pages_kit import audit_page, show



@pytest.mark.chromium
def test_a_tracker_without_deletion_ends_not_found_when_the_search_is_over(pages):
    j = audit_page(pages, "tracker", AuditOptions(budget_steps=40, budget_seconds=300))
    assert j.outcome == "not_found" and j.path_steps is None, show(j)
    assert "no way toward deletion" in j.reason, show(j)       # not "budget spent"
    taps = [s for s in j.steps if s.kind == "tap"]
    assert not [s for s in taps if s.target in ("Name", "Phone", "Organisation")], show(j)
    assert not [s for s in taps if s.target in ("Pick a date", "<", ">")], show(j)
    for s in taps:                  # no tap on a link to the page it stands on
        assert not (s.target == "Your details" and j.screens[s.before].app.endswith(
            "/details.html")), show(j)
    assert any(s.target == "Your details" for s in taps), show(j)   # looked at, once
    assert j.effort <= 20, show(j)

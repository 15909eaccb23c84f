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


# tests/data/pages/wiki/, by hand: index.html (Home) lists twelve articles (Gardens … Meadows,
# topic-1.html … topic-12.html), none of whose words a cue reads as a way toward deletion, and
# a nav on every page: Home, Preferences. Preferences holds "Appearance" and "Help and tips"
# (help.html); help.html links "More help" to help-2.html, which links to help-3.html, and so
# on to help-6.html. Nothing offers deletion: not_found, no path.

@pytest.mark.chromium
def test_a_help_page_is_not_browsed_link_by_link(pages):
    # "Help and tips" (a help cue) opens a help page; there only a way about the account leads
    # on, and "More help" (a help cue again) is not followed. Before: help-2.html, help-3.html
    # … were read page after page.
    j = audit_page(pages, "wiki", AuditOptions(budget_steps=40, budget_seconds=300))
    assert j.outcome == "not_found" and j.path_steps is None, show(j)
    assert any(s.target == "Help and tips" for s in j.steps), show(j)   # looked at
    assert not [s for s in j.steps if s.target == "More help"], show(j)


@pytest.mark.chromium
def test_a_large_app_whose_links_lead_nowhere_is_not_walked_link_by_link(pages):
    # Once Preferences (the one way a cue reads) is seen, the articles are tried blind, and
    # BLIND_PATIENCE (4) tries in a row that show no way deeper than Preferences end the search
    # (flows/explorer.py). By hand: Preferences, Help and tips and Appearance (3 taps), 4 blind
    # tries among the articles, each with its way back (at most 2 steps each): effort at most
    # 3 + 4 × 2 + a few backs = 15. Before: all twelve articles were tried (effort 33).
    j = audit_page(pages, "wiki", AuditOptions(budget_steps=40, budget_seconds=300))
    assert j.outcome == "not_found" and "no way toward deletion" in j.reason, show(j)
    articles = [s for s in j.steps if s.kind == "tap" and s.target in (
        "Gardens", "Rivers", "Mountains", "Birds", "Bridges", "Castles", "Lakes", "Forests",
        "Islands", "Deserts", "Harbours", "Meadows")]
    assert 1 <= len(articles) <= 4, show(j)
    assert j.effort <= 15, show(j)


# tests/data/pages/chrome/, by hand: Home (News, Settings), Settings (Notifications, Account),
# Account (Change e-mail), each page of text; every page but the imprint ends with the same
# footer link "Imprint" (imprint.html: an address, Jobs, Press, Privacy, Home). No deletion:
# not_found. The footer is one place: once seen where it leads, it is not tried again from each
# page. (The dead-end memory already kept it to one visit here before the explorer learned that
# a link followed from one page is not tried from the others; this guards both. A page where
# only the second matters has not been built yet.)
@pytest.mark.chromium
def test_a_link_on_every_page_is_followed_once(pages):
    j = audit_page(pages, "chrome", AuditOptions(budget_steps=40, budget_seconds=300))
    assert j.outcome == "not_found" and j.path_steps is None, show(j)
    assert "no way toward deletion" in j.reason, show(j)
    imprint = [s for s in j.steps if s.kind == "tap" and s.target == "Imprint"]
    assert len(imprint) <= 1, show(j)
    assert any(s.kind == "tap" and s.target == "Account" for s in j.steps), show(j)

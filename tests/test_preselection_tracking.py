"""The sense of "track" in a pre-set option's label (lexicons/provider_favouring.yaml, share_data,
en): tracking favours the provider when the PERSON is tracked (me / you, a trace others observe
such as location or browsing, a purpose or reach beyond the app: ads, across apps). A label
about the person's own records ("Track my meals") names the app's own feature, no sharing.

Labels written for this test. Expected kinds by hand: each pair's first label is someone
keeping their own records (a noun of their own log after "track my", no ads, no location, no
other apps), the second names the person being tracked by others.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors.option_context import judge


@pytest.mark.parametrize("own,tracked", [
    ("Track my meals", "Allow tracking"),
    ("Track my cycling rides", "Allow apps to track you"),
    ("Track my monthly budget", "Track my activity for ads"),
    ("Tracking my reading habits", "Track my location in the background"),
    ("Track my water intake", "Let partners track my browsing"),
])
def test_own_records_are_no_sharing_being_tracked_is(own, tracked):
    for language in ("en", None):
        assert judge(own, "", [], language) is None, own
        v = judge(tracked, "", [], language)
        assert (v.kind, v.said_by) == ("share_data", "label"), tracked


@pytest.mark.parametrize("own,tracked", [
    # the name of a feature, a record of one's own noun-first, against the person tracked
    ("Workout tracking", "Ad tracking"),
    ("Sleep tracking", "Location tracking"),
    ("Package tracking", "Cross-app tracking"),
    ("Expense tracking", "Workout tracking for ads"),
    ("Enter the tracking number", "Allow tracking"),           # a parcel's number
])
def test_a_feature_named_noun_first_is_no_sharing(own, tracked):
    assert judge(own, "", [], "en") is None, own
    v = judge(tracked, "", [], "en")
    assert v is not None and v.kind == "share_data", tracked


def test_being_tracked_across_apps_without_an_allow_word():
    """"Track me" names the person as the one tracked; the old entry needed "allow"/"let" or
    "track my" for it and read this label as nothing."""
    v = judge("Track me across other apps and websites", "", [], "en")
    assert v is not None and v.kind == "share_data"


def test_the_tree_detector_leaves_a_fitness_switch_alone():
    """An element tree of a deletion screen (made for this test) with two ticked switches: a
    fitness log switch and a cross-app tracking one. By hand: only the second favours the
    provider (the person is tracked by other apps)."""
    from tests.test_detectors_text import btn, run, screen

    def row(at):
        return [("", {"clickable": True, "attrs": {"aggregate": "1"}}),
                ("", {"parent": at, "clickable": True, "checkable": True, "checked": True, "cls": "input"})]
    s = screen("Before you delete your account",
               *row(1), ("Track my hikes and swims", {"parent": 1}),           # 1-3
               *row(4), ("Allow other apps to track you", {"parent": 4}),      # 4-6
               btn("Delete account"))
    found = {f.evidence: f.data["kind"] for f in run(s) if f.type == "preselection"}
    assert found == {"Allow other apps to track you": "share_data"}

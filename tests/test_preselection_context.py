"""Preselection read with its context (detectors/option_context.py): a switched-on option whose
own label is neutral favours the provider when the heading of its section or the description
line under its label says the sharing; a heading that only names a topic ("Privacy", "Usage
statistics") is not enough.

tests/data/pages/sharing-settings (words written for this test) is rendered in a real
phone-sized Chromium, and only its screenshot is read (real OCR + the glyph search), as for a
screenshot from a tester's phone. By hand, from the page: seven switches on, one off; on under
"Help the developers: send usage reports" are "Screens opened" and "Buttons pressed" (the
heading says it); "Details after a failure" says it in its description "Sends the error log to
the developers"; "Large text" (Display), "Remember recent searches" (Privacy) and "Show a weekly
chart" (Usage statistics: a name, no sending) give nothing away; "Save my history" (Privacy)
keeps the person's own trips on a settings screen, not data the person is leaving behind (a
keep option favours the provider only on a deletion screen); "Verbose logging" is off.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors import Context, scan
from cancelcheck.detectors.option_context import judge, says_sharing
from cancelcheck.screens.ocr import screen_from_image
from tests.pages_kit import capture_page


@pytest.mark.chromium
def test_heading_and_description_say_what_a_neutral_switch_shares(pages):
    screen = capture_page(pages, "sharing-settings/")
    bare = screen_from_image(screen.image, scale=screen.scale)
    found = {f.evidence: f.data["said_by"]
             for f in scan(bare, Context(), only=["preselection_pixels"])}
    assert found == {"Screens opened": "heading", "Buttons pressed": "heading",
                     "Details after a failure": "description"}


def test_judgement_order_and_guard():
    # its own label first, then the description under it, then the heading above it
    assert judge("Send crash reports", "", ["Display"], "en").said_by == "label"
    assert judge("Pages opened", "Sends the list to our servers", [], "en") is None   # no data object
    assert judge("Pages opened", "Shares usage data with us", [], "en").said_by == "description"
    assert judge("Pages opened", "", ["We collect anonymous usage data"], "en").said_by == "heading"
    # a heading that names the section, even with a data word, does not say any sharing
    for heading in ("Privacy", "Usage statistics", "Analytics", "Diagnostics data"):
        assert says_sharing(heading, "en") is None, heading
        assert judge("Pages opened", "", [heading], "en") is None, heading


def test_the_tree_detector_reads_the_same_context():
    """An element tree of a deletion screen (made for this test): a ticked box under a heading
    that says the sending, one under a heading that only names a topic, one whose row's second
    text says it. By hand: "Pages opened" (heading) and "Error details" (description)."""
    from tests.test_detectors_text import btn, run, screen

    def row(at):
        return [("", {"clickable": True, "attrs": {"aggregate": "1"}}),
                ("", {"parent": at, "clickable": True, "checkable": True, "checked": True, "cls": "input"})]
    s = screen("Delete your account",
               "Before you go: send the developers a summary of your usage",     # 1
               *row(2), ("Pages opened", {"parent": 2}),                           # 2-4
               "Privacy",                                                          # 5
               *row(6), ("Remember this device", {"parent": 6}),                   # 6-8
               *row(9), ("Error details", {"parent": 9}),                          # 9-11
               ("Sends the error log to the developers", {"parent": 9}),           # 12
               btn("Delete account"))
    found = {f.evidence: (f.data["kind"], f.data["said_by"])
             for f in run(s) if f.type == "preselection"}
    assert found == {"Pages opened": ("share_data", "heading"),
                     "Error details": ("share_data", "description")}

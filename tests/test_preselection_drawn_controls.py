"""Controls only drawn on a web page (tests/data/pages/drawn-controls: boxes and switches with no
input, no role, no aria-checked; words and layout written for this test) are read from the
pixels of the tree screen, labelled by the page's own text with the same rule as a screenshot
alone (screens.ocr.label_glyphs), and the words' own boxes (attrs.text_box) stand for the text,
not the block boxes that span the row and hold the drawn box.

By hand, from the page: a grid of four "label [box]" pairs, two to a row, the box after its
label, only "Share usage data" ticked; two rows "[icon] name ... [switch]" with both switches off
("Send crash reports", "Share diagnostics"); four apps, each after its own icon (a disc, a
square, a ring, a rounded tile), no control. So one preselection: "Share usage data"."""
from __future__ import annotations

import pytest

from cancelcheck.detectors import Context, scan
from cancelcheck.detectors.preselection_pixels import _glyphs_from_pixels
from tests.pages_kit import capture_page


@pytest.fixture(scope="module")
def drawn(pages):
    return capture_page(pages, "drawn-controls/")


@pytest.mark.chromium
def test_the_tree_has_words_but_no_control(drawn):
    assert not any(e.checkable for e in drawn.elements)
    share = drawn.find(text="Share usage data")[0]
    # the block box of the pair holds the drawn box (18 CSS px after a 10 px gap); the words'
    # own box stops before both
    assert share.text_box.x2 + 28 * drawn.scale <= share.bounds.x2
    assert share.bounds.x1 <= share.text_box.x1 < share.text_box.x2


@pytest.mark.chromium
def test_each_drawn_control_keeps_its_own_label_and_icons_label_nothing(drawn):
    found = {(line, on) for _, _, on, line, _, _ in _glyphs_from_pixels(drawn)}
    assert found == {("Share usage data", True), ("Ask me later", False), ("Dark theme", False),
                     ("Large text", False), ("Send crash reports", False),
                     ("Share diagnostics", False)}


@pytest.mark.chromium
def test_one_preselection_on_the_drawn_page(drawn):
    fs = scan(drawn, Context(), only=["preselection_pixels"])
    assert [(f.type, f.evidence) for f in fs] == [("preselection", "Share usage data")]

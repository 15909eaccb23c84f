"""Which text line labels which checkbox in the pixels (screens/ocr.py): one line names one
control, and in a grid of "label [ ]  label [ ]" pairs a box that lost its only line to the box
before it gets it back (session 13, after DivisiBill's "Send Data on Crash [x]  Ask After
Restart [ ]" row in phone screenshots part 9 read the ticked box as "Ask After Restart").
Coordinates are made up here, in screen pixels, to the shape of such rows."""
from __future__ import annotations

from cancelcheck.screens import Bounds
from cancelcheck.screens.ocr import _labels_beside, _relabel
from cancelcheck.screens.pixels import Control


def _assign(glyphs, lines):
    labelled, beside = {}, {}
    for g in glyphs:
        beside[id(g)] = _labels_beside(g.box, lines)
        j = beside[id(g)][0]
        labelled.setdefault(j, g)          # the first box wins the disputed line, as before
    _relabel(glyphs, beside, labelled, lines)
    return {lines[j][0]: g.box.x1 for j, g in labelled.items()}


def test_label_box_pairs_in_a_row_each_keep_their_own_label():
    # "Send data [x]   Ask later [ ]": the first box is as near "Ask later" (right) as its
    # own label (left); the second box has only "Ask later", on its left
    lines = [("Send data", Bounds(100, 0, 450, 50), 1.0), ("Ask later", Bounds(575, 0, 880, 50), 1.0)]
    first, second = Control("checkbox", Bounds(490, 0, 543, 53), True), \
        Control("checkbox", Bounds(916, 0, 969, 53), False)
    assert _assign([first, second], lines) == {"Send data": 490, "Ask later": 916}


def test_the_nearer_pairing_wins_when_both_boxes_have_two_lines_beside_them():
    # "Coupon after tax [ ]   Tip on tax [x]": both boxes could take either line; the pairing
    # with the smaller gaps in all (31 + 28 px, against 64 + 379) is the one drawn
    lines = [("Coupon after tax", Bounds(131, 0, 455, 50), 1.0),
             ("Tip on tax", Bounds(603, 0, 806, 50), 1.0)]
    a, b = Control("checkbox", Bounds(486, 0, 539, 53), False), \
        Control("checkbox", Bounds(834, 0, 888, 53), True)
    assert _assign([a, b], lines) == {"Coupon after tax": 486, "Tip on tax": 834}


def test_a_leading_icon_that_loses_the_row_title_stays_unlabelled():
    # "[icon] Wi-Fi ........ [switch]": the title is the switch's; the icon has nothing else
    lines = [("Wi-Fi", Bounds(120, 0, 260, 50), 1.0)]
    icon, switch = Control("checkbox", Bounds(40, 0, 90, 50), False), \
        Control("toggle", Bounds(300, 0, 400, 50), True)
    labelled = {0: switch}
    beside = {id(icon): _labels_beside(icon.box, lines), id(switch): _labels_beside(switch.box, lines)}
    _relabel([icon, switch], beside, labelled, lines)
    assert labelled == {0: switch}


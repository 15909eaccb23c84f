"""A control cut by the screen's bottom edge is scrolled into view before it is tapped — one
counted scroll, as a person must — by the explorer, by a flow's tapOn (the final one too), and
by a saved flow's replay, on real Chromium; and where the view is cut (flows/into_view.py).

tests/data/pages/cut-by-edge/: "Delete account" and then "Delete my account permanently" each
stand half below the fold of the 412×915 phone (their tops at 900 CSS px, their middles past
915 px: measured from the pages' CSS, written in their comments). Hand count: scroll, tap
"Delete account", scroll, tap "Delete my account permanently" = 4 path steps (before this fix
the explorer and the flow tapped the sliver that shows: 2).

tests/data/pages/under-bar/: a tab bar fixed to the screen's bottom (64 CSS px) lies over the
middle of "Delete account", though the row lies inside the screen (its box from 862 to 913 CSS
px, the bar from 851 px: the page's CSS). Hand count: scroll, tap "Delete account", tap "Delete
my account permanently" (in view) = 3 (before this fix the control counted as covered, like
one under a dialog: the flow did not find it, and the explorer did not tap it).
"""
from __future__ import annotations

from cancelcheck.devices.web import WebDevice
from cancelcheck.flows.audit import AuditOptions, run_audit
from cancelcheck.flows.flowfile import parse_file, parse_text
from cancelcheck.flows.into_view import out_of_view
from cancelcheck.flows.saved_flow import save_flow
from cancelcheck.screens import Bounds, Element, Screen
from tests.pages_kit import audit_page, show

PAGE = "cut-by-edge"
HAND = ["scroll", "tap", "scroll"]      # then the final tap, not taken (commit off)


def _counted(j) -> list:
    return [s for s in j.steps[j.start_step:] if s.counted]


def _check(j) -> None:
    assert (j.outcome, j.path_steps) == ("reachable", 4), show(j)
    steps = _counted(j)
    assert [s.kind for s in steps] == HAND, show(j)
    assert "bring 'Delete account' into view" in steps[0].note, show(j)
    assert "bring 'Delete my account permanently' into view" in steps[2].note, show(j)
    # what is tapped, and the final confirmation, show in full on the screen they are on
    height = j.screens[steps[1].before].size[1]
    assert steps[1].target == "Delete account" and steps[1].box.y2 <= height, show(j)
    assert j.final_action == "Delete my account permanently" and j.final_box.y2 <= height


def test_the_explorer_scrolls_a_control_cut_by_the_bottom_edge_into_view(pages):
    _check(audit_page(pages, PAGE))


def _run_flow(pages, flow) -> object:
    device = WebDevice(f"{pages.base_url}/{PAGE}/")
    try:
        device.start(fresh=True)
        return run_audit(device, PAGE, AuditOptions(flow=flow))
    finally:
        device.close()


def test_a_flow_tap_on_a_control_cut_by_the_edge_scrolls_first(pages):
    flow = parse_text("""
- tapOn: "Delete account"
- tapOn: {text: "Delete my account permanently", final: true}
""", "cut.yaml")
    j = _run_flow(pages, flow)
    _check(j)
    assert [s.source for s in _counted(j)] == ["cut.yaml:2", "cut.yaml:2", "cut.yaml:3"]


def test_a_saved_flow_replays_to_the_same_count(pages, tmp_path):
    found = audit_page(pages, PAGE)
    path = tmp_path / "cut.flow.yaml"
    text = save_flow(path, found, {})
    assert text.splitlines() == [
        '- scroll: {direction: "down", times: 1}',
        '- tapOn: "Delete account"',
        '- scroll: {direction: "down", times: 1}',
        '- tapOn: {text: "Delete my account permanently", final: true}',
    ], text
    replayed = _run_flow(pages, parse_file(path))
    assert (replayed.outcome, replayed.path_steps) == ("reachable", 4), show(replayed)
    # the scroll lines brought each control in: the taps needed none of their own
    assert not any("into view" in s.note for s in replayed.steps), show(replayed)


def test_a_control_under_a_bar_fixed_to_the_bottom_is_scrolled_out_from_under_it(pages):
    flow = parse_text("""
- tapOn: "Delete account"
- tapOn: {text: "Delete my account permanently", final: true}
""", "bar.yaml")
    scripted = audit_page(pages, "under-bar", AuditOptions(flow=flow))
    for j in (audit_page(pages, "under-bar"), scripted):
        assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)
        steps = _counted(j)
        assert [s.kind for s in steps] == ["scroll", "tap"], show(j)
        assert "under the bar fixed to the bottom" in steps[0].note, show(j)
        # tapped where nothing lies over it: the next page opened
        assert steps[1].target == "Delete account" and steps[1].changed, show(j)
        assert j.final_action == "Delete my account permanently"


def _screen(*elements: Element) -> Screen:
    return Screen(None, list(elements), "web", app="test", size=(1000, 2000))


def _el(i: int, box: tuple, parent: int | None = None, **kw) -> Element:
    return Element(index=i, parent=parent, bounds=Bounds(*box), text=f"e{i}", **kw)


def test_where_a_control_is_cut():
    whole = _el(0, (0, 1800, 500, 1900))
    assert out_of_view(_screen(whole), whole) is None
    rounded = _el(0, (0, 1900, 500, 2001))                 # past the edge by its rounding only
    assert out_of_view(_screen(rounded), rounded) is None
    low = _el(0, (0, 1950, 500, 2050))                     # half below the bottom edge
    assert out_of_view(_screen(low), low).direction == "down"
    sliver = _el(0, (0, 1990, 500, 2100))                  # a sliver shows: still scrolled
    assert out_of_view(_screen(sliver), sliver).direction == "down"
    high = _el(0, (0, -40, 500, 60))                       # cut by the top edge
    assert out_of_view(_screen(high), high).direction == "up"
    tall = _el(0, (0, 500, 500, 3000))                     # taller than the screen, middle
    assert out_of_view(_screen(tall), tall) is None        # in sight: tapped there
    tall_low = _el(0, (0, 1500, 500, 4000))                # middle out of sight
    assert out_of_view(_screen(tall_low), tall_low).direction == "down"
    # a list box that scrolls (its top half on screen) cuts a row at its own bottom edge: the
    # list is scrolled, not the page
    box = _el(0, (0, 200, 1000, 800), scrollable=True)
    row = _el(1, (0, 750, 1000, 850), parent=0)
    far = out_of_view(_screen(box, row), row)
    assert far.direction == "down" and far.within is box
    inside = _el(1, (0, 600, 1000, 700), parent=0)
    assert out_of_view(_screen(box, inside), inside) is None
    # a box that overflows only sideways does not scroll down: the page does
    wide = _el(0, (0, 1800, 1000, 2100), scrollable=True, attrs={"scroll": "0,0,3000,300,1000,300"})
    cell = _el(1, (0, 1950, 300, 2050), parent=0)
    far = out_of_view(_screen(wide, cell), cell)
    assert far.direction == "down" and far.within is None
    # in full view, but a bar fixed to the bottom (top) edge lies over its middle
    under = _el(0, (0, 1900, 500, 1980), attrs={"under_bar": "bottom"})
    assert out_of_view(_screen(under), under).direction == "down"
    under = _el(0, (0, 10, 500, 90), attrs={"under_bar": "top"})
    assert out_of_view(_screen(under), under).direction == "up"

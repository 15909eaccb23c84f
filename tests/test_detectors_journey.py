"""Journey-level detectors on crafted journeys: dead end, loop, hidden entry, redirect out,
and a "Delete account" that leads elsewhere — each with a near miss that must not fire."""
from __future__ import annotations

from cancelcheck import detectors
from cancelcheck.records import Journey, ScreenRecord, Step
from cancelcheck.screens import Bounds, Element, Screen


def screen(*texts: str, app: str = "http://app.test/#/x") -> Screen:
    els = [Element(index=i, parent=None, bounds=Bounds(0, 100 * i, 400, 100 * i + 80), text=t,
                   cls="button", clickable=True) for i, t in enumerate(texts)]
    return Screen(image=None, elements=els, source="web", app=app, size=(400, 900))


def journey(screens: list[tuple[str, Screen]], steps: list[tuple], path=None, depth=None) -> Journey:
    """screens: (fingerprint, Screen); steps: (kind, target, before, after, changed[, revealed])."""
    j = Journey(target="t")
    for i, (fp, sc) in enumerate(screens):
        j.add_screen(ScreenRecord(index=i, fingerprint=fp, app=sc.app, t=float(i)), sc)
    for n, st in enumerate(steps):
        kind, target, before, after, changed = st[:5]
        revealed = st[5] if len(st) > 5 else changed
        j.steps.append(Step(index=n, kind=kind, label=f"{kind} {target}", before=before,
                            after=after, t=float(n), changed=changed, revealed=revealed,
                            target=target, box=Bounds(0, 0, 10, 10)))
    j.path = path if path is not None else [s.index for s in j.steps]
    j.entry_depth = depth
    return j


def found(j: Journey, kind: str):
    return [f for f in detectors.scan_journey(j) if f.type == kind]


def test_dead_end_is_a_way_on_that_does_nothing():
    help_ = screen("Delete your account", "Request deletion", app="http://a.test/#/delete")
    j = journey([("A", help_), ("A", help_)], [("tap", "Request deletion", 0, 1, False)])
    (f,) = found(j, "dead_end")
    assert f.evidence == "Request deletion" and f.screen == 0


def test_a_tap_on_plain_text_that_does_nothing_is_not_a_dead_end():
    s = screen("Delete your account", "Terms of service", app="http://a.test/#/delete")
    j = journey([("A", s), ("A", s)], [("tap", "Terms of service", 0, 1, False)])
    assert found(j, "dead_end") == []


def test_loop_back_to_where_the_deletion_entry_was():
    settings = screen("Settings", "Delete account", app="http://a.test/#/settings")
    sub = screen("Manage subscription", "Account settings", app="http://a.test/#/subscription")
    j = journey([("S", settings), ("M", sub), ("S", settings)],
                [("tap", "Delete account", 0, 1, True), ("tap", "Account settings", 1, 2, True)])
    (f,) = found(j, "loop")
    assert f.evidence == "Account settings" and f.screen == 1


def test_going_back_is_not_a_loop():
    settings = screen("Settings", "Delete account", app="http://a.test/#/settings")
    flow = screen("Delete account", "Continue", app="http://a.test/#/delete")
    j = journey([("S", settings), ("D", flow), ("S", settings)],
                [("tap", "Delete account", 0, 1, True), ("back", "", 1, 2, True)])
    assert found(j, "loop") == []


def test_hidden_entry_deep_and_below_the_fold():
    a, b = screen("Home", "Settings"), screen("Manage account", "Delete account")
    j = journey([("A", a), ("B", b), ("B", b), ("C", screen("Delete account?"))],
                [("tap", "Settings", 0, 1, True), ("scroll", "", 1, 2, False, True),
                 ("tap", "Delete account", 2, 3, True)], depth=5)
    (f,) = found(j, "hidden_entry")
    assert f.evidence == "Delete account"
    assert "5 steps deep" in f.explanation and "below the fold" in f.explanation


def test_a_shallow_visible_entry_is_not_hidden():
    a = screen("Settings", "Delete account")
    j = journey([("A", a), ("C", screen("Delete account?"))],
                [("tap", "Delete account", 0, 1, True)], depth=1)
    assert found(j, "hidden_entry") == []


def test_entry_behind_a_collapsed_menu():
    a, b = screen("Home", "More"), screen("Help", "Delete account")
    j = journey([("A", a), ("B", b), ("C", screen("Delete account?"))],
                [("tap", "More", 0, 1, True), ("tap", "Delete account", 1, 2, True)], depth=2)
    (f,) = found(j, "hidden_entry")
    assert "behind a collapsed menu" in f.explanation


def test_redirect_out_of_the_app():
    a = screen("Settings", "Delete account", app="http://app.test/#/settings")
    b = screen("Help centre", app="https://help.elsewhere.test/delete")
    j = journey([("A", a), ("B", b)], [("tap", "Delete account", 0, 1, True)])
    (f,) = found(j, "redirect_out")
    assert f.data["to"] == "help.elsewhere.test"
    same = journey([("A", a), ("B", screen("Delete account?", app="http://app.test/#/d"))],
                   [("tap", "Delete account", 0, 1, True)])
    assert found(same, "redirect_out") == []


def test_delete_label_that_opens_something_else_is_ambiguous():
    settings = screen("Settings", "Delete account", app="http://a.test/#/settings")
    sub = screen("Manage subscription", "Premium plan", "Account settings",
                 app="http://a.test/#/subscription")
    j = journey([("S", settings), ("M", sub)], [("tap", "Delete account", 0, 1, True)])
    hits = [f for f in found(j, "ambiguous_label") if f.detector == "misleading_entry"]
    assert [f.evidence for f in hits] == ["Delete account"]
    honest = journey([("S", settings), ("D", screen("Delete your account?", "Delete account"))],
                     [("tap", "Delete account", 0, 1, True)])
    assert [f for f in found(honest, "ambiguous_label") if f.detector == "misleading_entry"] == []

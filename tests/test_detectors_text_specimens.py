"""The text detectors on REAL screens of the specimen apps, rendered in Chromium.

Each text-detectable finding in a specimen's truth.yaml must be found on its route with its
evidence; fair-en and kuendigen-de must give no text findings on any route. The precision /
recall test prints the per-type table (run with -s to see it).
"""
from __future__ import annotations

import re
import time

import pytest

from cancelcheck.detectors import Context, scan, scan_journey
from cancelcheck.records import Journey, ScreenRecord, Step
from cancelcheck.specimens import catalog

TEXT = ["confirmshaming", "retention_offer", "verification_burden", "offline_requirement",
        "conditions", "cooling_off", "deactivation_offered", "preselection_tree",
        "ambiguous_label", "forced_wait"]
PER_SCREEN_TYPES = {"confirmshaming", "retention_offer", "verification_burden",
                    "offline_requirement", "conditions", "cooling_off", "deactivation_offered",
                    "preselection", "forced_wait"}
# ambiguous_label is text too, but maze-en's ("Delete account" that leads to a subscription
# page) can only be seen across two screens; it is counted in the precision/recall table.
TEXT_TYPES = PER_SCREEN_TYPES | {"ambiguous_label"}


def routes_of(name: str) -> list[str]:
    js = (catalog.folder(name) / "app.js").read_text(encoding="utf-8")
    return sorted(set(re.findall(r"'(#/[^']*)': function", js)))


def capture(device, route: str, wait: float = 0.35):
    device.run_js("location.hash = arguments[0]", route)
    time.sleep(wait)
    if device.run_js("return location.hash") != route:
        return None
    return device.capture()


def text_findings(screen):
    return scan(screen, Context(screen_index=0), only=TEXT)


def same_words(a: str, b: str) -> bool:
    """Evidence match, ignoring a countdown's current number and surrounding text."""
    a, b = re.sub(r"\d+", "#", a), re.sub(r"\d+", "#", b)
    return a in b or b in a


CASES = [(name, f) for name in catalog.names() for f in catalog.truth(name).findings
         if f["type"] in PER_SCREEN_TYPES]


@pytest.mark.parametrize("name,expected", CASES,
                         ids=[f"{n}:{f['route']}:{f['type']}" for n, f in CASES])
def test_truth_finding_is_found_on_its_route(web_device, name, expected):
    device = web_device(name)
    screen = capture(device, expected["route"])
    assert screen is not None, f"could not open {expected['route']}"
    found = [f for f in text_findings(screen) if f.type == expected["type"]]
    assert any(same_words(expected["evidence"], f.evidence) for f in found), \
        (expected, [(f.type, f.evidence) for f in text_findings(screen)])
    f = next(f for f in found if same_words(expected["evidence"], f.evidence))
    assert f.element is not None and f.box is not None and not f.box.empty
    assert screen.elements[f.element].bounds == f.box


@pytest.mark.parametrize("name", ["fair-en", "kuendigen-de"])
def test_fair_specimens_give_no_text_findings(web_device, name):
    device = web_device(name)
    seen = 0
    for route in routes_of(name):
        screen = capture(device, route)
        if screen is None:
            continue
        seen += 1
        assert text_findings(screen) == [], route
    assert seen >= 5


def test_nagging_on_social_zh(web_device):
    device = web_device("social-zh")
    j = Journey(target="social-zh")
    for i, route in enumerate(["#/cancel", "#/cancel/stay1", "#/cancel/stay2"]):
        s = capture(device, route)
        j.add_screen(ScreenRecord(index=i, fingerprint=route, app="", t=float(i)), s)
    for i in (1, 2):
        j.findings += [f for f in scan(j.screen(i), Context(screen_index=i),
                                        only=["retention_offer", "confirmshaming"])]
    f, = scan_journey(j, only=["nagging"])
    assert f.screen == 2 and f.evidence == "再考虑一下吧"


def test_forced_wait_measured_on_bank_zh(web_device):
    device = web_device("bank-zh")
    j = Journey(target="bank-zh")
    t0 = time.monotonic()
    s0 = capture(device, "#/cancel/notice", wait=0.3)
    j.add_screen(ScreenRecord(0, "notice", "", time.monotonic() - t0), s0)
    device.run_js("var b=document.getElementById('notice'); b.scrollTop=b.scrollHeight;")
    j.steps.append(Step(0, "scroll", "scroll the notice", 0, 1, time.monotonic() - t0))
    time.sleep(11)
    j.add_screen(ScreenRecord(1, "notice", "", time.monotonic() - t0), device.capture())
    f, = scan_journey(j, only=["forced_wait_measured"])
    assert f.type == "forced_wait" and 9 <= f.data["seconds"] <= 13
    assert f.evidence.startswith("我已阅读并同意")


def test_precision_and_recall_over_specimens(web_device):
    """(route, type) pairs predicted vs truth, text-detectable types only, every route."""
    truth: dict[tuple, list] = {}
    predicted: dict[tuple, list] = {}
    for name in catalog.names():
        for f in catalog.truth(name).findings:
            if f["type"] in TEXT_TYPES:
                truth.setdefault((name, f["route"], f["type"]), []).append(f["evidence"])
        device = web_device(name)
        for route in routes_of(name):
            screen = capture(device, route)
            if screen is None:
                continue
            for f in text_findings(screen):
                predicted.setdefault((name, route, f.type), []).append(f.evidence)
    rows = []
    for t in sorted(TEXT_TYPES):
        exp = {k for k in truth if k[2] == t}
        got = {k for k in predicted if k[2] == t}
        rows.append((t, len(exp & got), len(exp), len(got)))
    tp = sum(r[1] for r in rows)
    n_exp, n_got = sum(r[2] for r in rows), sum(r[3] for r in rows)
    print("\ntype                  found/expected  predicted")
    for t, hit, exp, got in rows:
        print(f"{t:22}{hit:>5}/{exp:<10}{got:>5}")
    for k in sorted(set(predicted) - set(truth)):
        print("extra:", *k, predicted[k][0])
    for k in sorted(set(truth) - set(predicted)):
        print("missed:", *k, truth[k][0])
    print(f"precision {tp}/{n_got} = {tp / n_got:.2f}   recall {tp}/{n_exp} = {tp / n_exp:.2f}")
    assert tp / n_exp >= 0.9 and tp / n_got >= 0.8

"""The fingerprint on real web screens from Chromium: scrolling and typing keep the print;
navigating or ticking a box changes it."""
from __future__ import annotations

from pathlib import Path

import pytest

from cancelcheck.devices.web import WebDevice
from cancelcheck.screens.fingerprint import fingerprint, similarity
from cancelcheck.specimens.server import SpecimenServer

PAGES = Path(__file__).parent / "data" / "pages"


@pytest.fixture(scope="module")
def probe():
    with SpecimenServer(root=PAGES) as server, WebDevice(server.base_url + "/probe.html") as d:
        d.start()
        yield d


def by_id(screen, id_):
    return [e for e in screen.elements if e.id == id_][0]


def test_scroll_and_typing_keep_the_print_navigation_changes_it(probe):
    probe.start(fresh=True)
    first = probe.capture()
    probe.scroll("down")
    scrolled = probe.capture()
    assert probe.run_js("return scrollY") > 600
    assert [e.visible for e in scrolled.elements] != [e.visible for e in first.elements]
    assert fingerprint(scrolled) == fingerprint(first)

    probe.scroll("up")
    probe.scroll("down", within=by_id(probe.capture(), "box"))
    assert fingerprint(probe.capture()) == fingerprint(first)

    probe.type_text(by_id(probe.capture(), "name"), "Alex 42")
    typed = probe.capture()
    assert by_id(typed, "name").text == "Alex 42"
    assert fingerprint(typed) == fingerprint(first)

    probe.tap(by_id(typed, "agreebox"))
    ticked = probe.capture()
    assert by_id(ticked, "agreebox").checked is False
    assert fingerprint(ticked) != fingerprint(first)
    assert similarity(ticked, first) > 0.8

    probe.tap(by_id(ticked, "go"))
    moved = probe.capture()
    assert moved.app.endswith("#/next")
    assert fingerprint(moved) != fingerprint(ticked)

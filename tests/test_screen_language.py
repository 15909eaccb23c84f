"""One guess of a screen's language (words.screen_language), made once per screen and read
by the explorer's cues (flows.cues.on_screen) and the text detectors (detectors/screen_text,
detectors.choices.options) alike. Before, the cues guessed from every visible label and the
detectors from the labels a person can read now (inside an open dialog only): the same
screen could get two answers. The screens were written for this test.
"""
from __future__ import annotations

from cancelcheck.detectors import Context
from cancelcheck.detectors import choices, screen_text
from cancelcheck.flows.cues import cues, on_screen
from cancelcheck.screens import Bounds, Element, Screen
from cancelcheck.words import detect
import cancelcheck.words.screen_guess as guessing


def _el(i: int, text: str, parent: int | None = None, **kw) -> Element:
    return Element(index=i, parent=parent, bounds=Bounds(0, 60 * i, 400, 60 * i + 50),
                   text=text, **kw)


def picker_open() -> Screen:
    """An English settings page with a dialog open to pick the distance unit: the dialog's
    words alone ("Distance", "km", "mi") tell no language ("distance" is a common word of
    English and French alike, "km" and "mi" are no words); the page under it does ("your",
    "account", "delete")."""
    page = ["Settings", "Your account", "Notifications", "Delete your account"]
    els = [_el(i, t, cls="p") for i, t in enumerate(page)]
    dialog = _el(len(els), "", cls="dialog")
    els.append(dialog)
    for t in ("Distance", "km", "mi"):
        els.append(_el(len(els), t, parent=dialog.index, cls="button", clickable=True))
    return Screen(image=None, elements=els, source="test", size=(400, 60 * len(els)))


def test_the_cues_and_the_detectors_read_one_language():
    screen = picker_open()
    dialog_words = [e.label for e in choices.text_elements(screen)]
    assert dialog_words == ["Distance", "km", "mi"] and detect(dialog_words) is None
    assert on_screen(screen) is cues("en")
    assert screen_text.read(screen, Context()).language == "en"      # old code: None
    # a language the detectors are told (scan-text --language) still wins over the guess
    assert screen_text.read(screen, Context(language="de-DE")).language == "de"


def test_the_guess_is_made_once_per_screen(monkeypatch):
    calls = []
    monkeypatch.setattr(guessing, "detect", lambda texts: calls.append(1) or detect(texts))
    screen = picker_open()
    on_screen(screen)
    screen_text.read(screen, Context())
    choices.options(screen)
    on_screen(screen)
    assert len(calls) == 1


def test_text_added_to_a_screen_is_guessed_again():
    # a canvas screen: no text in its tree, until OCR adds its lines (screens.ocr.enrich)
    screen = Screen(image=None, elements=[_el(0, "", cls="canvas")], source="test",
                    size=(400, 400))
    assert on_screen(screen) is cues(None)
    screen.elements += [_el(1, "Smazat účet", parent=0),
                        _el(2, "Opravdu chcete smazat svůj účet? Tuto akci nelze vrátit.",
                            parent=0)]
    assert on_screen(screen) is cues("cs")                  # old code: still no language
    assert screen_text.read(screen, Context()).language == "cs"

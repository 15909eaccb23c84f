"""The one guess of a screen's language, shared by the explorer's cues (flows.cues.on_screen)
and the text detectors (detectors/screen_text.read, detectors/choices.options).

    screen_language(screen) -> "pt"     detect() over screen.texts(), once per screen

It is guessed from every visible label of the screen (Screen.texts()), not only from the
ones a person can read now (an open dialog's, detectors.choices.text_elements): the more
text, the surer the guess (a dialog's few words are in its app's language). Measured with
benchmarks/screen_language.py on 308 screens (111 specimen routes, 162 test pages of
tests/data/pages, 9 dumps of tests/data/dumps, 26 DroidBot states of
benchmarks/data/droidbot_fdroid): 2 got two answers, both an English app's settings with a
picker open (dead-end-en's units, fair-en's language): its choices alone ("Metric (km, kg)",
"English, Deutsch, Français") gave no language, the whole screen English, right by hand.

words knows nothing of screens (both are the bottom layer, tests/test_layers.py): a screen is
anything with texts() and elements, as cancelcheck.screens.Screen has. The guess is kept on
the screen and made again only when elements were added (screens.ocr.enrich adds the text a
canvas screen's tree lacks).
"""
from __future__ import annotations

from typing import Protocol, Sequence

from .language import detect

_MEMO = "_cc_language"


class _Screen(Protocol):
    elements: Sequence

    def texts(self) -> list[str]: ...


def screen_language(screen: _Screen) -> str | None:
    """The language of the screen's texts (detect(screen.texts())), or None when they are too
    few to tell; guessed once per screen."""
    key = len(screen.elements)
    memo = getattr(screen, _MEMO, None)
    if memo is not None and memo[0] == key:
        return memo[1]
    language = detect(screen.texts())
    try:
        setattr(screen, _MEMO, (key, language))
    except AttributeError:
        pass
    return language

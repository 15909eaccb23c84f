"""A state written as text beside an option's name, with no box or switch drawn ("Name: On", as
iOS's location prompt shows "Precise: On"): a provider-favouring option set to on is
preselection (detectors/option_context.py `stated`), on the tree of a web page and on
its screenshot alone (real Chromium, real OCR).

By hand, from tests/data/pages/stated-options (words written for this test): "Personalised ads:
On" favours the provider and is on; "Dark mode: On" is on but the person's own display choice;
"Usage reports: Off" is off (and is no description of the option above it); "Opening hours:
9:00" is no state. One finding."""
from __future__ import annotations

import pytest

from cancelcheck.detectors import Context, scan
from cancelcheck.detectors.option_context import stated as stated_option
from cancelcheck.screens.ocr import screen_from_image
from tests.pages_kit import capture_page


@pytest.mark.parametrize("text, language, want", [
    ("Personalised ads: On", "en", True), ("Genau: Ein", "de", True), ("Précis : Activé", "fr", True),
    ("Usage reports: Off", "en", False), ("Opening hours: 9:00", "en", None),
    ("On", "en", None), ("Note: only on weekdays", "en", None), (": On", "en", None),
    ("Genau: Ein", None, True), ("Precise: On", None, True),
])
def test_a_state_after_a_colon(text, language, want):
    assert stated_option(text, language)[1] is want


@pytest.fixture(scope="module")
def stated(pages):
    return capture_page(pages, "stated-options/")


@pytest.mark.chromium
def test_the_tree_screen(stated):
    fs = scan(stated, Context(), only=["preselection_pixels"])
    assert [(f.evidence, f.data["glyph"], f.data["kind"]) for f in fs] == [
        ("Personalised ads: On", "text", "personalised_ads")]


@pytest.mark.chromium
def test_the_screenshot_alone(stated):
    bare = screen_from_image(stated.image, scale=stated.scale)
    fs = scan(bare, Context(), only=["preselection_pixels"])
    assert [(f.evidence, f.data["glyph"]) for f in fs] == [("Personalised ads: On", "text")]


@pytest.mark.chromium
def test_a_state_word_of_several_languages_read_in_the_screens_own(pages):
    """German twin (stated-options/de.html): "Ein" is read as "on" once the screen is known to be
    German (its own text says so; no hint given). By hand: "Personalisierte Werbung: Ein" only."""
    screen = capture_page(pages, "stated-options/de.html")
    for s in (screen, screen_from_image(screen.image, scale=screen.scale)):
        fs = scan(s, Context(), only=["preselection_pixels"])
        assert [f.evidence for f in fs] == ["Personalisierte Werbung: Ein"], s.source


def test_a_screen_of_mixed_languages_reads_the_labels_own():
    """A German location prompt over a map whose place names are Italian and English (words
    written for this test, laid out as OCR reads such a phone prompt): the screen as a whole has no one language (words.language.detect
    gives None: a line of another language), so "Ein", spelt alike in several languages, said
    no state; the label's own language reads it ("Genau: Ein" is German). By hand: the widest
    location permission set in advance, one finding."""
    from PIL import Image

    from cancelcheck.screens import Bounds, Element, Screen
    from cancelcheck.words import screen_language
    lines = [("Darf „Wege“ deinen Standort", (193, 726, 987, 789)),
             ("verwenden?", (193, 794, 496, 851)),
             ("Wege benötigt den Standort, um dir", (193, 874, 947, 931)),
             ("Routen in der Nähe zu zeigen.", (193, 938, 900, 987)),
             ("Genau: Ein", (245, 1132, 464, 1181)),           # the pill over the map
             ("Trattoria del Ponte", (700, 1202, 1007, 1251)),   # the map's place names
             ("Piazza della Vittoria", (380, 1413, 700, 1460)),
             ("Hotel Central", (150, 1547, 400, 1604)),
             ("Einmal erlauben", (397, 1749, 783, 1812)),
             ("Beim Verwenden der App erlauben", (185, 1920, 991, 1981)),
             ("Nicht erlauben", (409, 2086, 769, 2149))]
    s = Screen(image=Image.new("RGB", (1080, 2340), "white"), source="ocr", size=(1080, 2340),
               elements=[Element(index=i, parent=None, bounds=Bounds(*b), text=t)
                         for i, (t, b) in enumerate(lines)])
    assert screen_language(s) is None
    fs = scan(s, Context(), only=["preselection_pixels"])
    assert [(f.evidence, f.data["kind"]) for f in fs] == [("Genau: Ein", "share_data")]


def test_precise_alone_needs_the_location_named_around_it():
    """iOS's location prompt shows "Precise: On" on a pill over the map, under "Allow … to use
    your location?" (provider_favouring.yaml `precise_alone`, `location_named`): by hand, the
    widest location permission set in advance; "Precise" under a photo setting is not."""
    from cancelcheck.detectors.option_context import judge
    assert judge("Precise: On", "", ["Allow “Trails” to use your location?"], "en").kind == "share_data"
    assert judge("Genau: Ein", "", ["Darf „Wege“ deinen Standort verwenden?"], "de").said_by == "heading"
    assert judge("Точно", "", ["Разрешить приложению доступ к местоположению?"], "ru").kind == "share_data"
    assert judge("Precise: On", "", ["Choose how sharp your photos are"], "en") is None
    assert judge("Precise", "", [], "en") is None
    assert judge("Precise timing", "", ["Allow “Trails” to use your location?"], "en") is None

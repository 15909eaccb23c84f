"""Consent tools for advertising read from the pixels (session 14, after phone screenshots part 10):
the purposes of the IAB Transparency & Consent Framework as provider-favouring options, a ticked
entry of a list titled "Partners" / "Vendors" as data given to that company, the trailing
checkbox or switch of a full-width row labelled by the row's start, a ticked box that the OCR
read as a letter, a column of app icons that is no column of controls, and the location
permission at its widest.

Labels and coordinates here are made up in this file's own words (screen pixels of a 1440 px wide
phone screenshot, as an Android consent page is drawn); the two real screenshots are the committed
copies in benchmarks/data/phone_app_screenshots (CC BY 3.0, SOURCES.md), whose expected rows were
counted by looking at the images."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image, ImageDraw

from cancelcheck.detectors import lexicon, option_context
from cancelcheck.screens import Bounds
from cancelcheck.screens.ocr import _labels_beside, pixel_elements
from cancelcheck.screens.pixels import Control

PHONE = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "phone_app_screenshots"


def _kind(text, language=None):
    return option_context.provider_favouring(text, language)


# -- the framework's purposes and features (lexicon) ----------------------------------------------

@pytest.mark.parametrize("text,lang", [
    # TCF v1 purpose and feature names, as a consent tool prints them beside its boxes
    ("Information storage and access", "en"),
    ("Storage and access of information", "en"),
    ("Personalisation", "en"),
    ("Ad selection, delivery, reporting", "en"),
    ("Content selection, delivery, reporting", "en"),
    ("Linking Devices", "en"),
    # TCF v2 / v2.2
    ("Store and/or access information on a device", "en"),
    ("Use limited data to select advertising", "en"),
    ("Measure content performance", "en"),
    ("Develop and improve services", "en"),
    # French (the Global Vendor List's translations)
    ("Conservation et accès aux informations", "fr"),
    ("Personnalisation", "fr"),
    ("Sélection, diffusion et signalement de contenu", "fr"),
    ("Sélection, diffusion et signalement de publici...", "fr"),     # cut short by the layout
    ("Évaluation", "fr"),
    ("Mesurer la performance du contenu", "fr"),
])
def test_consent_framework_purposes_favour_the_provider(text, lang):
    assert _kind(text, lang) == "consent_purposes", text
    assert _kind(text, None) is not None, text          # language not known: some kind of it


def test_near_misses_of_the_purpose_names():
    # an ordinary word is a purpose's name only as a control's whole label
    assert _kind("Personalisation", "en") == "consent_purposes"
    assert _kind("Évaluation", "fr") == "consent_purposes"
    for text in ("Personalisation of the home screen", "Évaluation de votre niveau",
                 # the same words about the person's own things
                 "Storage", "Content delivery speed", "Develop mode"):
        assert _kind(text) != "consent_purposes", text


def test_a_leading_sign_read_with_the_label_is_no_word_of_it():
    # the expand sign before each purpose ("+ Measurement", "– Personalisation") hid the
    # standing-alone names from the anchored patterns
    assert _kind("+ Measurement") == "personalised_ads"
    assert _kind("– Personalisation") == "consent_purposes"
    assert _kind("+Personnalisation", "fr") == "consent_purposes"


@pytest.mark.parametrize("text,lang", [
    ("Precise location", "en"),
    ("Use precise location", "en"),
    ("Genauen Standort verwenden", "de"),
    ("Position exacte", "fr"),
    ("Usar ubicación precisa", "es"),
    ("Use precise geolocation data", "en"),       # the TCF's special feature
])
def test_the_location_permission_at_its_widest_favours_the_provider(text, lang):
    assert _kind(text, lang) == "share_data"


@pytest.mark.parametrize("text,kind", [
    ("Analytics consent for the demo app", "share_data"),
    ("Diagnostics consent", "share_data"),
    ("Location-based ads", "personalised_ads"),
])
def test_consent_nouns_and_ads_by_location(text, kind):
    assert _kind(text, "en") == kind


def test_the_phones_network_access_is_no_access_to_the_persons_data():
    assert _kind("Allow cellular access", "en") is None
    assert _kind("Allow mobile data access", "en") is None
    assert _kind("Allow the app to access your contacts", "en") == "share_data"


# -- a list of third parties: its heading ---------------------------------------------------------

def test_a_ticked_entry_under_a_list_of_third_parties():
    def favours(heading):
        v = option_context.judge("Example Media Ltd", "", [heading], None)
        return v is not None and v.kind == "share_data" and v.said_by == "heading"
    for heading in ("Partners", "Our advertising partners", "Vendors", "Partenaires", "Unsere Partner"):
        assert favours(heading), heading
    for heading in ("Third-party notices",      # an adjective: licences, not a list of companies
                    "Privacy Policy",
                    # a sentence that mentions partners is no list title
                    "The following is a list of purposes and after it the list of our many partners"):
        assert not favours(heading), heading


# -- the layout of a list of purposes or partners -------------------------------------------------

def test_a_trailing_control_takes_the_start_of_its_row_as_label():
    # a 1440 px wide row: "Example Media Ltd" at x 24-620, its checkbox at x 1322-1390, 700 px
    # (10 box widths) away; without the width the label is out of reach
    lines = [("Example Media Ltd", Bounds(24, 1460, 620, 1512), 1.0)]
    box = Bounds(1322, 1445, 1390, 1512)
    assert _labels_beside(box, lines) == []
    assert _labels_beside(box, lines, 1440) == [0]
    # a box in the middle of the screen keeps its reach of 8 box widths (544 px; the line
    # ending at x 300 is 600 px away)
    short = [("Example Media", Bounds(24, 1460, 300, 1512), 1.0)]
    assert _labels_beside(Bounds(900, 1445, 968, 1512), short, 1440) == []
    assert _labels_beside(box, short, 1440) == [0]
    # checkboxes and switches only: a round shape at the right end of the screen is an app
    # bar's icon far more often than a radio button at the end of its row
    from cancelcheck.screens.ocr import _trailing_width
    img = np.zeros((100, 1440, 3), np.uint8)
    assert _trailing_width(Control("checkbox", box, True), img) == 1440
    assert _trailing_width(Control("toggle", box, True), img) == 1440
    assert _trailing_width(Control("radio", box, True), img) is None


def _filled_box_with_tick(draw, x, y, side):
    draw.rounded_rectangle([x, y, x + side, y + side], radius=side // 9, fill=(233, 30, 99))
    draw.line([(x + side * 0.22, y + side * 0.52), (x + side * 0.42, y + side * 0.72),
               (x + side * 0.80, y + side * 0.30)], fill=(255, 255, 255), width=max(3, side // 9))


def test_a_ticked_box_read_as_a_letter_is_the_rows_control():
    # two rows of a consent page drawn here: label on the left, a pink box with a white tick at
    # the right edge; the OCR read each box as a letter ("V", "K") in a line of its own, which
    # hid it from the glyph search. Both boxes are found, ticked, each with its row's label.
    img = Image.new("RGB", (1440, 900), (250, 250, 250))
    d = ImageDraw.Draw(img)
    for y in (200, 500):
        _filled_box_with_tick(d, 1322, y, 68)
    lines = [("Example Media Ltd", Bounds(24, 212, 620, 264), 1.0),
             ("V", Bounds(1325, 199, 1388, 270), 0.6),
             ("Sample Adverts GmbH", Bounds(24, 512, 700, 564), 1.0),
             ("K", Bounds(1320, 497, 1390, 570), 0.7)]
    glyphs = [e for e in pixel_elements(img, lines, 3.5) if e.attrs.get("glyph")]
    assert [(e.attrs["glyph"], e.attrs["pixel_state"], e.label) for e in glyphs] == [
        ("checkbox", "on", "Example Media Ltd"), ("checkbox", "on", "Sample Adverts GmbH")]


def _lines(*names):
    return [(n, Bounds(100, 100 + 80 * i, 400, 140 + 80 * i), 1.0) for i, n in enumerate(names)]


def test_a_column_of_app_icons_is_no_column_of_controls():
    from cancelcheck.screens.ocr import _icon_column
    # a list of apps, each with its own icon before its name: the glyph search reads one icon as
    # a radio button, the next as a checkbox, another as a switch (x 40-90, one over the other)
    lines = _lines("Maps", "Camera", "Weather")
    kinds = ["radio", "checkbox", "toggle"]
    labelled = {i: Control(k, Bounds(40, 100 + 80 * i, 90, 140 + 80 * i), True) for i, k in enumerate(kinds)}
    assert _icon_column(labelled, lines) == [0, 1, 2]
    # a column of checkboxes before their labels is a list of choices
    same = {i: Control("checkbox", Bounds(40, 100 + 80 * i, 90, 140 + 80 * i), True) for i in range(3)}
    assert _icon_column(same, lines) == []
    # two of them only: too few to tell
    assert _icon_column({0: labelled[0], 1: labelled[1]}, lines) == []
    # four checkboxes and one of them (greyed) read as a switch: a column of checkboxes with a
    # misread, which alone is dropped
    five = _lines("Books", "Notes", "Tags", "Lists", "Links")
    mixed = {i: Control("toggle" if i == 0 else "checkbox", Bounds(40, 100 + 80 * i, 90, 140 + 80 * i), True)
             for i in range(5)}
    assert _icon_column(mixed, five) == [0]


def _line(index, text, x1, y1, x2, y2):
    return SimpleNamespace(index=index, text=text, bounds=Bounds(x1, y1, x2, y2))


def test_a_partners_address_is_not_part_of_its_name_and_not_the_next_partners_title():
    # "Example Media Ltd" / "https://example.com/privacy" / "Sample Adverts GmbH" /
    # "http://sample.example/privacy": a box centred on each name
    a = _line(1, "Example Media Ltd", 24, 2063, 340, 2122)
    a_url = _line(2, "https://example.com/privacy", 18, 2137, 774, 2208)
    b = _line(3, "Sample Adverts GmbH", 22, 2263, 360, 2322)
    b_url = _line(4, "http://sample.example/privacy", 20, 2344, 698, 2406)
    lines = [a, a_url, b, b_url]
    opt = option_context.option_block(b, Bounds(1322, 2254, 1390, 2321), lines, {1, 3})
    assert opt.label == "Sample Adverts GmbH"
    assert opt.description == "http://sample.example/privacy"


# -- real consent tools (committed screenshots, CC BY 3.0) ----------------------------------------

def _findings(name):
    from cancelcheck.detectors import Context, scan
    from cancelcheck.screens.ocr import screen_from_image
    with Image.open(PHONE / f"{name}.png") as im:
        screen = screen_from_image(im.convert("RGB"))
    return [f for f in scan(screen, Context(), only=["preselection_pixels"]) if f.type == "preselection"]


def test_a_partner_list_switched_on():
    # SmartCMP's French partner list (1080x1920): the app bar's subtitle "Partenaires", two rows,
    # "Smart Adserver" and "Fidzup", each with a green switch on at the right edge (x 965-1052,
    # y 245-306 and 372-432, looked at in the image)
    fs = _findings("smartadserver+smart-gdpr-cmp-android__android_cnil_fr_vendors")
    assert [(f.evidence, f.data["kind"], f.data["said_by"]) for f in fs] == [
        ("Smart Adserver", "share_data", "heading"), ("Fidzup", "share_data", "heading")]
    assert all(f.box.x1 > 900 for f in fs)


def test_the_framework_purposes_switched_on_in_french():
    # FidzupCMP's "Confidentialité" page on iPhone (750x1334): seven iOS switches on, green, at
    # x 620-723; under "Publicité" the five TCF purposes in French, the third cut short
    # ("Sélection, diffusion et signalement de publici..."); the OCR reads the switch of
    # "Conservation et accès aux informations" as a "0" (looked at in the image)
    fs = _findings("Fidzup+fidzup-gdpr-cmp-ios__ios_consent_manage_choice_1")
    purposes = {option_context._LEADING_SIGNS.sub("", f.evidence) for f in fs
                if f.data["kind"] == "consent_purposes"}
    assert purposes >= {"Conservation et accès aux informations", "Personnalisation",
                        "Sélection, diffusion et signalement de publici...",
                        "Sélection, diffusion et signalement de contenu", "Évaluation"}
    assert all(f.data["glyph"] == "toggle" and 600 < f.box.x1 < 640 for f in fs)


@pytest.mark.parametrize("label,description,headings,language", [
    # a category the person cannot refuse, named by its label or by its section's heading: its
    # switch is on and locked, whatever its description says it collects (our own wording)
    ("Necessary", "Includes anonymous statistics and crash data about the app.", ["Required"], "en"),
    ("Strictly necessary cookies", "Used to collect usage statistics.", [], "en"),
    ("Unbedingt notwendige Cookies", "Wir sammeln Nutzungsstatistiken.", [], "de"),
    ("Cookies strictement nécessaires", "Nous collectons des statistiques d'utilisation.", [], "fr"),
    ("Analytics", "We share usage statistics with partners.", ["Always active"], "en"),
])
def test_a_required_category_is_no_choice_made_in_advance(label, description, headings, language):
    from cancelcheck.detectors.option_context import judge
    assert judge(label, description, headings, language) is None


@pytest.mark.parametrize("label,description,headings,said_by", [
    # an optional category under an "Optional" heading is still judged: its description says
    # the sharing (and since "Statistical" alone names a consent category, its label does)
    ("Usage", "We use analytics software and collect and report usage information.", ["Optional"],
     "description"),
    ("Statistical", "We use analytics software and collect and report usage information.", ["Optional"],
     "label"),
    # "necessary" inside a sentence names no required category
    ("Share data necessary to improve the app", "", [], "label"),
])
def test_an_optional_category_is_still_judged(label, description, headings, said_by):
    from cancelcheck.detectors.option_context import judge
    verdict = judge(label, description, headings, "en")
    assert verdict is not None and verdict.said_by == said_by

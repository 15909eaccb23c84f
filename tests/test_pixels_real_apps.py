"""Checkbox, switch and radio glyphs and their state in screenshots of REAL apps (DroidBot runs
of F-Droid apps, benchmarks/data/droidbot_fdroid/SOURCES.md; two phone screenshots of
benchmarks/data/phone_app_screenshots/SOURCES.md), and the preselection finding from the
screenshot alone.

Expectations were counted by looking at each image (not copied from the program's output); the
view hierarchy saved with each screenshot agrees with every one of them."""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from cancelcheck.screens import Bounds
from cancelcheck.screens import pixels as px
from cancelcheck.screens.ocr import guess_scale

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "droidbot_fdroid"


def _glyphs(name, region):
    img = px.rgb(DATA / f"{name}.jpg")
    found = px.find_glyphs(img, guess_scale(img.shape[1]), region=region)
    return [(g.kind, g.state) for g in found]


@pytest.mark.parametrize("name,region,expected", [
    # AppCompat switches (teal knob right = on): "Start at boot up" off, "sound" on, "vibrate" on
    ("tw.qtlin.mac.airunlocker.apk__2023-10-19_115414", Bounds(800, 200, 1080, 900),
     [("toggle", False), ("toggle", True), ("toggle", True)]),
    # Holo dark checkboxes side by side: "play music" empty, "play sound" green tick
    ("de.szalkowski.activitylauncher.apk__2023-10-19_103319", Bounds(100, 250, 700, 480),
     [("checkbox", False), ("checkbox", True)]),
    # Material checkboxes on a dark settings screen: usage toasts off, Dark Theme ticked, GPS off
    ("io.github.phora.aeondroid.apk__2023-10-19_035515", Bounds(900, 250, 1080, 1700),
     [("checkbox", False), ("checkbox", True), ("checkbox", False)]),
    # a radio dialog on purple: 11 countries, the second ("United States (+1)") selected
    ("mattecarra.accapp.apk__2023-10-18_233732", Bounds(850, 100, 1000, 1700),
     [("radio", False), ("radio", True)] + [("radio", False)] * 9),
])
def test_glyph_kinds_and_states_on_real_screens(name, region, expected):
    assert _glyphs(name, region) == expected


def test_switch_found_on_a_whole_permission_review_screen():
    # Android's permission review: one switch, "Location", on (knob right, teal)
    img = px.rgb(DATA / "info.staticfree.android.twentyfourhour.apk__2023-10-18_234337.jpg")
    found = px.find_glyphs(img, guess_scale(img.shape[1]))
    right = [(g.kind, g.state) for g in found if g.box.x1 > 800 and 440 < g.box.center[1] < 584]
    assert right == [("toggle", True)]


def _preselections(name, path=None):
    """The preselection findings of a screenshot of the DroidBot sample (NAME.jpg), or of `path`."""
    from cancelcheck.detectors import Context, scan
    from cancelcheck.screens.ocr import screen_from_image
    with Image.open(path or DATA / f"{name}.jpg") as im:
        screen = screen_from_image(im.convert("RGB"))
    return [f for f in scan(screen, Context(), only=["preselection_pixels"]) if f.type == "preselection"]


def test_preselection_from_pixels_on_a_pre_granted_permission():
    fs = _preselections("info.staticfree.android.twentyfourhour.apk__2023-10-18_234337")
    assert len(fs) == 1
    # the switch's row reads "Location" / "access this device's location"; the switch is on the
    # right of that row (x > 800, between y 440 and 584 in the 1080x2340 screenshot)
    assert "location" in fs[0].evidence.lower()
    assert fs[0].box.x1 > 800 and 440 < fs[0].box.center[1] < 584
    assert fs[0].data["kind"] == "share_data" and fs[0].data["glyph"] == "toggle"


def test_no_preselection_for_switches_that_give_the_provider_nothing():
    # "sound" and "vibrate" are on, "Start at boot up" off: user settings, no finding
    assert _preselections("tw.qtlin.mac.airunlocker.apk__2023-10-19_115414") == []


def _glyph_elements(name):
    from cancelcheck.screens.ocr import screen_from_image
    with Image.open(DATA / f"{name}.jpg") as im:
        screen = screen_from_image(im.convert("RGB"))
    return [e for e in screen.elements if e.attrs.get("glyph")]


def test_a_rows_leading_icon_is_not_a_second_control_for_its_label():
    # Android's permission review: the "Storage" row has a grey folder icon on the left and the
    # switch (on) on the right; the row's label names ONE control, the switch (x > 800, between
    # y 500 and 580: looked at in the 1080x2340 screenshot)
    glyphs = [e for e in _glyph_elements("org.ligi.ajsha.apk__2023-10-19_142011")
              if 480 < e.bounds.center[1] < 600]
    assert [(e.attrs["glyph"], e.attrs["pixel_state"]) for e in glyphs] == [("toggle", "on")]
    assert glyphs[0].bounds.x1 > 800


def test_the_trailing_switch_not_the_leading_app_icon_is_the_rows_control():
    # a notification-access list: the "Scene4" row has the app's square icon on the left and a
    # switch, off (grey knob left), on the right (y 745-826 in the 1080x2340 screenshot)
    glyphs = [e for e in _glyph_elements("bluepie.ad_silence.apk__2023-10-19_074747")
              if 730 < e.bounds.center[1] < 840]
    assert [(e.attrs["glyph"], e.attrs["pixel_state"]) for e in glyphs] == [("toggle", "off")]
    assert glyphs[0].bounds.x1 > 800


@pytest.mark.parametrize("label,favours", [
    # option labels as real consent dialogs print them beside their switches and boxes
    # (benchmarks/data/cookie_consent_news: OneTrust, Cookiebot, Evidon, Aftenbladet, Agderposten)
    ("Performance Cookies", True), ("Targeting Cookies", True), ("Social Media Cookies", True),
    ("Statistik", True), ("Marketing", True), ("Ad Exchange", True), ("Retargeter", True),
    ("Se annonser basert på dine interesser", True),
    ("Behandle opplysningene dine som vi har gjort tidligere", True),
    ("Statistical", True),       # a consent tool's category named by its adjective (session 14)
    # what a site needs to work, or what serves the user, gives the provider nothing
    ("Strictly Necessary Cookies", False), ("Functional Cookies", False),
    ("Personalisation Cookies", False), ("Præferencer", False), ("Nødvendig", False),
    ("Cookies", False), ("Statistical analysis of my runs", False),
])
def test_provider_favouring_cookie_purposes(label, favours):
    from cancelcheck.detectors.option_context import provider_favouring
    assert (provider_favouring(label, None) is not None) == favours


@pytest.mark.parametrize("text,kind", [
    # crashes and errors reported to the developers as they happen, or a dialog asking to report
    # the crash that occurred, send data to the provider
    ("Report crashes automatically", "share_data"),
    ("Automatically report errors to the developers", "share_data"),
    ("A crash occurred last time. Do you want to report it?", "share_data"),
    # one bug the person chooses to report, or reporting another user, is no such option
    ("Shake to report a bug", None), ("Rage shake to report bug", None), ("Report abuse", None),
    ("Report this post", None),
])
def test_provider_favouring_crash_reports(text, kind):
    from cancelcheck.detectors.option_context import provider_favouring, says_sharing
    assert provider_favouring(text, "en") == kind
    assert says_sharing(text, "en") == kind


PHONE = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "phone_app_screenshots"


def _phone_preselections(name):
    return _preselections(name, PHONE / f"{name}.png")


def test_preselection_from_pixels_on_crash_reporting_left_on():
    # The Home Assistant companion app's settings (1440x3120, benchmarks/data/phone_app_screenshots):
    # the last row, "Crash Reporting" / "Help the developers fix bugs and crashes by leaving this
    # enabled ...", has one switch at the right edge, on (blue knob right), between y 2700 and 2950
    # (looked at in the image). Crash reports sent to the developers favour the provider.
    fs = _phone_preselections("home-assistant+companion.home-assistant__android_settings5")
    assert len(fs) == 1
    assert "crash reporting" in fs[0].evidence.lower()
    assert fs[0].box.x1 > 1200 and 2700 < fs[0].box.center[1] < 2950
    assert fs[0].data["kind"] == "share_data" and fs[0].data["glyph"] == "toggle"


def test_preselection_from_pixels_on_precise_location_left_on():
    # Android's location permission dialog (544x757): "Use precise location" switched on (knob
    # right, with a tick) below four radio buttons of which the user picked "Allow all the time"
    # (a choice, not a preselection: no finding for it).
    fs = _phone_preselections("home-assistant+companion.home-assistant__android_sys_location_permission")
    assert [f.evidence.lower().startswith("use precise location") for f in fs] == [True]


def test_preselection_from_pixels_on_radios_read_as_letters():
    # DivisiBill's "Crash Report" dialog (1080x2280, benchmarks/data/phone_app_screenshots, MIT):
    # under "We're sorry, a crash occurred on the prior run of DivisiBill, do you want to report
    # it anonymously?" two radio buttons, "Yes" selected (pink ring with a dot, x 280-340,
    # y 1020-1080 looked at in the image) and "No" empty below it. The OCR reads the rows as
    # "O Yes" and "ONo": the radio inside the text line's box. Reporting the crash favours the
    # developers: the question above says so.
    fs = _phone_preselections("david-maw+DivisiBill__crashpage")
    assert [(f.evidence, f.data["glyph"], f.data["kind"]) for f in fs] == [("Yes", "radio", "share_data")]
    assert 260 < fs[0].box.x1 < 300 and 1010 < fs[0].box.center[1] < 1090


def test_holo_ticks_reaching_out_of_their_boxes():
    # Android 4's "Мое местоположение" page in NextGIS Compulink's documentation (540x960,
    # benchmarks/data/phone_app_screenshots, CC BY-SA 3.0): three Holo checkboxes at x 447-474,
    # "По Wi-Fi и мобильной сети" ticked (y 217-244), "По спутникам GPS" empty (y 367-394),
    # "Учитывать при поиске" ticked (y 517-544); each blue tick stands over its box's top-right
    # corner (looked at in the image). The last one lets Google use the location data "to
    # improve search and other services" (its description, abbreviated: "Разреш. Google исп.
    # данные о местополож. для улучшен. поиска и работы др. сервисов").
    img = px.rgb(PHONE / "nextgis+docs_compulink__gps_settings.png")
    found = px.find_glyphs(img, guess_scale(img.shape[1]), region=Bounds(400, 150, 540, 600))
    assert [(g.kind, g.state) for g in found] == [("checkbox", True), ("checkbox", False), ("checkbox", True)]
    assert all(440 <= g.box.x1 <= 452 and 470 <= g.box.x2 <= 480 for g in found)
    fs = _phone_preselections("nextgis+docs_compulink__gps_settings")
    assert [(f.evidence, f.data["kind"]) for f in fs] == [("Учитывать при поиске", "share_data")]
    assert 510 < fs[0].box.center[1] < 550


def test_a_bookmark_icon_is_no_ticked_box():
    # OneList's "Add to wishlist" row (DroidBot sample): a bookmark outline with a plus inside,
    # taller than wide (x 500-546, y 1448-1494 and its notch below); its top is a square with an
    # edge all round, but no tick reaches out of it
    img = px.rgb(DATA / "com.lolo.io.onelist.apk__2023-10-19_160716.jpg")
    found = px.find_glyphs(img, guess_scale(img.shape[1]), region=Bounds(450, 1400, 1000, 1560))
    assert found == []


@pytest.mark.parametrize("text,lang", [
    # the person's data used to improve the maker's services
    ("Allow Google to use your location data to improve search", "en"),
    ("Standortdaten zur Verbesserung der Suche verwenden", "de"),
    ("Utiliser les données de localisation pour améliorer la recherche", "fr"),
    ("Usar datos de ubicación para mejorar la búsqueda", "es"),
    ("Разрешить использовать данные о местоположении для улучшения поиска", "ru"),
    ("Використовувати дані про місцезнаходження для покращення пошуку", "uk"),
])
def test_data_used_to_improve_services_favours_the_provider(text, lang):
    from cancelcheck.detectors.option_context import provider_favouring
    assert provider_favouring(text, lang) == "share_data"

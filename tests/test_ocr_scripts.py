"""Screenshots in scripts RapidOCR's bundled models do not read (Cyrillic, Greek, Arabic) are
read by Tesseract (screens/ocr.py), with the screen's language named or not; a Latin screen
stays RapidOCR's alone. The screenshots are phone-like settings pages drawn by the real Debian
Chromium (headless, 412 CSS px wide at 2.625 device pixels per px, as a 1082 px wide phone
screenshot) in DejaVu Sans (Devanagari: Lohit Devanagari, fonts-lohit-deva; Thai: Loma,
fonts-thai-tlwg); the words are our own."""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from cancelcheck.detectors import Context, scan
from cancelcheck.devices.web_page import CHROMIUM
from cancelcheck.screens import ocr as ocr_mod
from cancelcheck.screens.ocr import ocr, screen_from_image

PAGE = """<!doctype html><html dir="{dir}"><head><meta charset="utf-8"><style>
body{{font-family:"DejaVu Sans","Lohit Devanagari","Loma",sans-serif;margin:0;background:{bg};color:{fg}}}
.bar{{background:#3f51b5;color:#fff;font-size:20px;padding:16px}}
.row{{display:flex;align-items:center;padding:14px 16px;border-bottom:1px solid #e0e0e0;font-size:16px}}
.row input{{width:20px;height:20px;margin:0;margin-inline-end:18px;accent-color:#3f51b5}}
.sum{{color:#5f6368;font-size:14px}}
</style></head><body>
<div class="bar">{title}</div>
<div class="row"><div><div>{row}</div><div class="sum">{row_sum}</div></div></div>
<div class="row"><input type="checkbox" checked><div><div>{ticked}</div><div class="sum">{ticked_sum}</div></div></div>
<div class="row"><input type="checkbox"><div>{unticked}</div></div>
<div class="row"><div>{last}</div></div>
</body></html>"""

# settings title; a row and its summary; the ticked option and its summary; an unticked
# option; an account row: seven text lines, one ticked and one empty checkbox per screen
SCREENS = {
    "ru": dict(dir="ltr", title="Настройки", row="Тёмная тема", row_sum="Оформление приложения",
               ticked="Отправлять статистику использования",
               ticked_sum="Помогает нам улучшать программу", unticked="Показывать подсказки",
               last="Удалить учётную запись"),
    "el": dict(dir="ltr", title="Ρυθμίσεις", row="Σκοτεινό θέμα", row_sum="Εμφάνιση εφαρμογής",
               ticked="Αποστολή στατιστικών χρήσης",
               ticked_sum="Μας βοηθά να βελτιώσουμε την εφαρμογή", unticked="Εμφάνιση συμβουλών",
               last="Διαγραφή λογαριασμού"),
    "ar": dict(dir="rtl", title="الإعدادات", row="السمة الداكنة", row_sum="مظهر التطبيق",
               ticked="إرسال إحصاءات الاستخدام", ticked_sum="يساعدنا على تحسين البرنامج",
               unticked="عرض التلميحات", last="حذف الحساب"),
    "he": dict(dir="rtl", title="הגדרות", row="ערכת נושא כהה", row_sum="מראה היישום",
               ticked="שליחת נתוני שימוש", ticked_sum="עוזר לנו לשפר את התוכנה",
               unticked="הצגת עצות", last="מחיקת החשבון"),
    "hi": dict(dir="ltr", title="सेटिंग्स", row="गहरा थीम", row_sum="ऐप का रूप",
               ticked="उपयोग के आँकड़े भेजें", ticked_sum="कार्यक्रम को बेहतर बनाने में मदद करता है",
               unticked="सुझाव दिखाएँ", last="खाता हटाएँ"),
    "th": dict(dir="ltr", title="การตั้งค่า", row="ธีมมืด", row_sum="รูปลักษณ์ของแอป",
               ticked="ส่งสถิติการใช้งาน", ticked_sum="ช่วยให้เราปรับปรุงโปรแกรม",
               unticked="แสดงคำแนะนำ", last="ลบบัญชี"),
    "en": dict(dir="ltr", title="Settings", row="Dark theme", row_sum="How the app looks",
               ticked="Send usage statistics", ticked_sum="Helps us improve the program",
               unticked="Show hints", last="Delete account"),
}


LIGHT = dict(bg="#fff", fg="#202124")
# the Russian screen again in a dark theme: Tesseract reads its checkboxes as words ("Vv", "№")
SCREENS["ru-dark"] = dict(SCREENS["ru"], bg="#121212", fg="#e8eaed")


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> dict[str, Image.Image]:
    """Each screen drawn by real headless Chromium, as a 1082×1838 px screenshot."""
    root = tmp_path_factory.mktemp("scripts")
    out = {}
    for lang, words in SCREENS.items():
        page, png = root / f"{lang}.html", root / f"{lang}.png"
        page.write_text(PAGE.format(**{**LIGHT, **words}), encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--user-data-dir={root / 'profile'}", "--force-device-scale-factor=2.625",
                        "--window-size=412,700", f"--screenshot={png}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)
        out[lang] = Image.open(png).convert("RGB")
    return out


def _texts(lines) -> list[str]:
    return [t for t, _, _ in lines]


@pytest.mark.chromium
def test_cyrillic_screen_is_read_without_its_language_named(shots):
    # before: RapidOCR read only the tick as "V"; the seven lines came out empty
    texts = _texts(ocr(shots["ru"]))
    for key in ("title", "row", "row_sum", "ticked", "ticked_sum", "unticked", "last"):
        assert SCREENS["ru"][key] in texts


@pytest.mark.chromium
@pytest.mark.parametrize("shot", ["ru", "ru-dark"])
def test_ticked_cyrillic_sharing_option_is_preselection_from_pixels(shots, shot):
    # the screenshot alone: the ticked box beside "send usage statistics" is found and its
    # label read, so the pixel preselection detector reports it (language unknown, as for a
    # tester's screenshot); the unticked "show hints" box is no finding. On the dark screen,
    # the checkboxes Tesseract read as one- or two-character words at low confidence are left
    # to the glyph search, and split from the label line they were read into
    screen = screen_from_image(shots[shot])
    boxes = {e.label: e.attrs["pixel_state"] for e in screen.elements if e.attrs.get("glyph")}
    assert boxes == {SCREENS["ru"]["ticked"]: "on", SCREENS["ru"]["unticked"]: "off"}
    found = [(f.type, f.evidence) for f in scan(screen, Context(), only=["preselection_pixels"])]
    assert found == [("preselection", SCREENS["ru"]["ticked"])]


@pytest.mark.chromium
def test_hebrew_screen_is_read_without_its_language_named(shots):
    # all 7 lines, each word in reading order (right to left)
    texts = _texts(ocr(shots["he"]))
    for key in ("title", "row", "row_sum", "ticked", "ticked_sum", "unticked", "last"):
        assert SCREENS["he"][key] in texts


@pytest.mark.chromium
def test_thai_screen_is_read_unspaced_and_its_ticked_option_found(shots):
    # Tesseract's Thai "words" are letters: joined without spaces, marks kept. Of the 7 lines
    # 3 come out letter for letter here (the title loses its ้; the first letters of the two
    # lines of the first row are lost; "แสดงคำแนะนำ" comes with ำ as ํ + า, the same text
    # once NFKC-normalised, as words.normal matches)
    texts = _texts(ocr(shots["th"]))
    for key in ("ticked", "ticked_sum", "last"):
        assert SCREENS["th"][key] in texts
    screen = screen_from_image(shots["th"])
    found = [(f.type, f.evidence) for f in scan(screen, Context(), only=["preselection_pixels"])]
    assert found == [("preselection", SCREENS["th"]["ticked"])]


@pytest.mark.chromium
def test_devanagari_words_keep_their_vowel_signs(shots):
    # "में" is a letter and two marks: a word of marks is a word. 6 of the 7 lines come out
    # letter for letter (not the white-on-blue title)
    texts = _texts(ocr(shots["hi"]))
    for key in ("row", "row_sum", "ticked", "ticked_sum", "unticked", "last"):
        assert SCREENS["hi"][key] in texts


@pytest.mark.chromium
def test_greek_screen_is_read_without_its_language_named(shots):
    # before: RapidOCR read Greek-looking garbage ("πστλ στατισιν") with scores near 0.8
    texts = _texts(ocr(shots["el"]))
    for key in ("ticked", "ticked_sum", "unticked", "last"):
        assert SCREENS["el"][key] in texts


@pytest.mark.chromium
def test_arabic_screen_is_read_with_and_without_its_language_named(shots):
    # before: nothing but the tick. Tesseract's Arabic reads 5 of the 7 lines here (the grey
    # summary "مظهر التطبيق" and the last row are missed); the option lines are among them
    for language in (None, "ar"):
        texts = _texts(ocr(shots["ar"], language=language))
        assert SCREENS["ar"]["ticked"] in texts
        assert SCREENS["ar"]["unticked"] in texts


@pytest.mark.chromium
def test_named_language_reads_with_its_pack(shots):
    texts = _texts(ocr(shots["ru"], language="ru-RU"))
    assert SCREENS["ru"]["ticked"] in texts and SCREENS["ru"]["last"] in texts


@pytest.mark.chromium
def test_latin_screen_is_not_taken_for_a_misread(shots):
    # the 7 English lines (and the tick) are read well, so Tesseract is never started: the
    # reading is RapidOCR's, whose boxes hug the glyphs differently from Tesseract's
    reads: list = []
    lines = ocr_mod._rapid(ocr_mod._as_rgb(shots["en"]), ocr_mod.MAX_SIDE, ocr_mod.MIN_SCORE, reads)
    assert len(reads) == 8 and not ocr_mod.misread(reads)
    assert ocr(shots["en"]) == lines
    # the Cyrillic screen's reading is a misread: 7 of its 8 boxes read empty
    reads = []
    ocr_mod._rapid(ocr_mod._as_rgb(shots["ru"]), ocr_mod.MAX_SIDE, ocr_mod.MIN_SCORE, reads)
    assert ocr_mod.misread(reads)


@pytest.mark.chromium
def test_missing_tesseract_says_which_package_in_one_line(shots, monkeypatch, caplog):
    # no tesseract on PATH: RapidOCR's reading, and one warning naming the Debian packages
    monkeypatch.setenv("PATH", "/nonexistent")
    ocr_mod.tesseract_packs.cache_clear()
    ocr_mod._say_missing.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=ocr_mod.__name__):
            texts = _texts(ocr(shots["ru"], language="ru"))
            ocr(shots["ru"], language="ru")
    finally:
        ocr_mod.tesseract_packs.cache_clear()
        ocr_mod._say_missing.cache_clear()
    assert texts == ["V"]            # RapidOCR reads only the tick
    said = [r.getMessage() for r in caplog.records if r.name == ocr_mod.__name__]
    assert len(said) == 1 and "\n" not in said[0]
    assert "apt-get install tesseract-ocr tesseract-ocr-rus tesseract-ocr-eng" in said[0]


@pytest.mark.chromium
def test_a_named_latin_language_still_falls_back_on_a_misread(shots):
    # a hint, not a promise: the screen before was English, this one is Russian; RapidOCR
    # misreads it (7 of 8 boxes empty), so Tesseract reads it as with no language named
    texts = _texts(ocr(shots["ru"], language="en"))
    assert SCREENS["ru"]["ticked"] in texts and SCREENS["ru"]["last"] in texts


class _ShowsTwo:
    """A stand-in device (the session under test only captures; no app runs for it): a Russian
    screen whose tree has text, then, after `advance()`, a canvas screen whose tree has none
    and whose pixels are the Russian settings page drawn by Chromium."""

    def __init__(self, image: Image.Image) -> None:
        self.image, self.on_canvas = image, False

    def advance(self) -> None:
        self.on_canvas = True

    def capture(self):
        from cancelcheck.screens import Bounds, Element, Screen
        if self.on_canvas:
            return Screen(self.image.copy(), [], "web", app="stand-in", size=self.image.size,
                          scale=2.625)
        words = ("Настройки", "Тёмная тема", "Удалить учётную запись")
        return Screen(None, [Element(i, None, Bounds(0, 60 * i, 1000, 60 * i + 50), text=t)
                             for i, t in enumerate(words)], "web", app="stand-in", size=(1082, 1838))


@pytest.mark.chromium
def test_the_session_tells_the_ocr_the_language_its_screens_were_in(shots, monkeypatch):
    from cancelcheck.flows.session import Journey, Session
    seen = []
    real = ocr_mod.enrich

    def spy(screen, language=None):            # the real OCR, with its hint written down
        seen.append(language)
        return real(screen, language=language)

    monkeypatch.setattr(ocr_mod, "enrich", spy)
    device = _ShowsTwo(shots["ru"])
    session = Session(device, Journey(target="stand-in"), detect=False, settle_interval=0.02)
    session.look()
    assert session.language == "ru" and seen == []          # text in the tree: no OCR
    device.advance()
    screen = session.look()
    assert seen and set(seen) == {"ru"}
    assert SCREENS["ru"]["ticked"] in screen.texts() and SCREENS["ru"]["last"] in screen.texts()

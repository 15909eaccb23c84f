"""screens.ocr on real specimen screenshots: Chinese and English text, the canvas app with no
DOM text, screen_from_image and enrich."""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from cancelcheck.screens import Screen
from cancelcheck.screens.ocr import enrich, guess_scale, ocr, screen_from_image

DATA = Path(__file__).parent / "data" / "screens"


def _texts(lines):
    return [t for t, _, _ in lines]


def test_reads_chinese_dialog_from_a_fixed_screenshot():
    lines = ocr(Image.open(DATA / "social-zh_cancel_stay1.png"))
    texts = _texts(lines)
    for want in ("真的要离开吗？", "我再想想", "残忍离开", "申请注销友圈账号"):
        assert want in texts
    stay = next(b for t, b, _ in lines if t == "我再想想")
    leave = next(b for t, b, _ in lines if t == "残忍离开")
    assert stay.y2 <= leave.y1                                  # the order on screen
    assert 600 < stay.center[1] < 690 and 230 < stay.center[0] < 310   # checked by eye (541×1201)


def test_reads_english_canvas_screen_with_boxes_in_image_pixels():
    img = Image.open(DATA / "canvas-en_delete.png")
    lines = ocr(img)
    texts = _texts(lines)
    assert "Delete account?" in texts and "Cancel" in texts and "Delete" in texts
    for _, b, score in lines:
        assert 0 <= b.x1 < b.x2 <= img.width and 0 <= b.y1 < b.y2 <= img.height
        assert 0.5 <= score <= 1.0


@pytest.mark.chromium
def test_reads_bank_zh_screens_captured_live(web_device):
    device = web_device("bank-zh")
    device.run_js("location.hash='#/cancel/face'")
    device.wait_idle()
    screen = device.capture()
    assert screen.size == (1082, 2402)
    texts = " ".join(_texts(ocr(screen.image)))
    assert "开始人脸识别" in texts


def test_screen_from_image_builds_buttons_and_guessed_links():
    screen = screen_from_image(Image.open(DATA / "roach-motel-en_delete_offer.png"), scale=1.3125)
    assert screen.source == "ocr" and screen.size == (541, 1201)
    keep = screen.find(text="Keep my account", clickable=True)
    assert keep and keep[0].cls == "button" and keep[0].bounds.width > 400   # the pill, not the words
    cont = screen.find(text="Continue")
    assert cont and cont[0].clickable and cont[0].attrs.get("clickable_guess") == "label"
    title = screen.find(text="Before you go")[0]
    assert not title.clickable                                  # a heading is not a button
    for i, e in enumerate(screen.elements):
        assert e.index == i


def test_guess_scale_for_phone_widths():
    assert guess_scale(1082) == pytest.approx(2.626, abs=0.01)
    assert guess_scale(300) == 1.0


@pytest.mark.chromium
def test_enrich_fills_a_canvas_screen(web_device):
    device = web_device("canvas-en")
    device.run_js("location.hash='#/settings'")
    device.wait_idle()
    screen = device.capture()
    assert screen.texts() == []
    before = len(screen.elements)
    enrich(screen)
    assert "Delete account" in screen.texts()
    # the row gathers its line and the chevron OCR reads as ">"
    row = next(e for e in screen.elements if e.text.startswith("Delete account") and e.clickable)
    # painted at y 384..440 CSS px, full width
    assert row.bounds.y1 / screen.scale == pytest.approx(384, abs=2)
    assert row.bounds.width >= 0.9 * screen.size[0]
    assert len(screen.elements) > before


def test_enrich_leaves_a_screen_with_text_alone():
    from cancelcheck.screens import Bounds, Element
    s = Screen(image=Image.new("RGB", (100, 100), "white"),
               elements=[Element(0, None, Bounds(0, 0, 50, 20), text="Hi")], source="web")
    assert len(enrich(s).elements) == 1

"""A checkbox or radio button that the OCR reads as the first letter of its label ("O Yes",
"ONo") is cut out of the text line (screens/ocr.py `_split_glyph_letters`), and a real letter O
("OK", "Only") is not. Images drawn here with PIL and DejaVu Sans; the OCR lines are given as
RapidOCR gave them for DivisiBill's dialog (tests/test_pixels_real_apps.py has that screenshot)."""
from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from cancelcheck.screens import Bounds
from cancelcheck.screens import pixels as px
from cancelcheck.screens.ocr import _split_glyph_letters, pixel_elements

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _row(first: str, rest: str, radio: bool, pad: int = 16):
    """A 1080 px wide phone row at 2.625 px per dp: a 20 dp radio ring (selected: a dot inside)
    or a letter, then 16 sp text; the OCR line's box spans both, as RapidOCR's did, `pad` px
    above and below the ring."""
    im = Image.new("RGB", (1080, 200), "white")
    d = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 42)
    if radio:
        d.ellipse((40, 72, 96, 128), outline=(233, 30, 99), width=6)
        d.ellipse((58, 90, 78, 110), fill=(233, 30, 99))
        x = 130
    else:
        d.text((40, 76), first, fill="black", font=font)
        x = 40 + int(d.textlength(first, font=font))
    d.text((x, 76), rest, fill="black", font=font)
    right = x + int(d.textlength(rest, font=font))
    return im, [(f"{first}{rest}", Bounds(30, 72 - pad, right + 10, 128 + pad), 0.85)]


def test_a_radio_read_as_a_letter_is_cut_out_of_its_line():
    im, lines = _row("O ", "Yes", radio=True)
    [(text, box, _)] = _split_glyph_letters(px.rgb(im), lines, 2.625)
    assert text == "Yes" and box.x1 >= 96          # the line starts after the ring
    radios = [e for e in pixel_elements(im, lines, 2.625) if e.attrs.get("glyph")]
    assert [(e.attrs["glyph"], e.attrs["pixel_state"], e.description) for e in radios] == [("radio", "on", "Yes")]


def test_a_capital_o_of_a_word_stays_in_its_line():
    # the glyph search alone finds DejaVu's O a radio in some of these boxes: it is no taller
    # than the capitals after it, so it stays a letter
    for first, rest in (("O", "FF"), ("O", "K, GOT IT"), ("O", "PEN SETTINGS"), ("O", "nly one")):
        for pad in (4, 16, 24):
            im, lines = _row(first, rest, radio=False, pad=pad)
            assert _split_glyph_letters(px.rgb(im), lines, 2.625) == lines, (first + rest, pad)
            assert not [e for e in pixel_elements(im, lines, 2.625) if e.attrs.get("glyph")]

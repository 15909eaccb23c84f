"""Drawing on evidence images: a caption band, a ring where a tap landed, boxes with names, and
a closing banner. Used by the video (evidence/video.py) and the report's crops
(evidence/report.py), so both show the same marks.

Text is drawn with a CJK-capable font (Noto Sans CJK from fonts-noto-cjk) so Chinese labels
read as Chinese, with DejaVu and then PIL's built-in font as fallbacks.
"""
from __future__ import annotations

import functools
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)

TAP = (255, 59, 48)          # the ring where a tap landed
TARGET = (255, 204, 0)       # the box of the element acted on
FINDING = (191, 90, 242)     # a finding's box and name
OUTCOME_COLOURS = {"deleted": (52, 199, 89), "reachable": (52, 199, 89),
                   "obstructed": (255, 159, 10), "not_offered": (255, 69, 58),
                   "not_found": (255, 69, 58), "failed": (255, 69, 58), "error": (142, 142, 147)}


@functools.lru_cache(maxsize=16)
def font(size: int) -> ImageFont.ImageFont:
    for path in FONT_CANDIDATES:
        if Path(path).is_file():
            try:
                return ImageFont.truetype(path, size)
            except OSError:
                continue
    try:
        return ImageFont.load_default(size)
    except TypeError:        # Pillow < 10.1 has no sized default
        return ImageFont.load_default()


def _fit(draw: ImageDraw.ImageDraw, text: str, fnt, width: int) -> str:
    """The text cut with an ellipsis so it fits in width pixels."""
    if draw.textlength(text, font=fnt) <= width:
        return text
    while text and draw.textlength(text + "…", font=fnt) > width:
        text = text[:-1]
    return text + "…"


def _wrap(draw: ImageDraw.ImageDraw, text: str, fnt, width: int, max_lines: int) -> list[str]:
    words, lines, line = text.split(" "), [], ""
    for w in words:
        trial = f"{line} {w}".strip()
        if draw.textlength(trial, font=fnt) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = w
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _fit(draw, lines[-1] + " …", fnt, width)
    return [_fit(draw, ln, fnt, width) for ln in lines]


def caption(img: Image.Image, text: str, *, top: bool = True, sub: str = "") -> None:
    """A dark band across the top (or bottom) of the image with one line, and an optional
    second smaller line."""
    w, h = img.size
    size = max(12, w // 28)
    fnt, small = font(size), font(max(10, int(size * 0.8)))
    band = int(size * 1.8 + (size * 1.2 if sub else 0))
    y0 = 0 if top else h - band
    overlay = Image.new("RGBA", (w, band), (0, 0, 0, 170))
    img.paste(overlay, (0, y0), overlay)
    d = ImageDraw.Draw(img)
    pad = size // 2
    d.text((pad, y0 + pad // 2), _fit(d, text, fnt, w - 2 * pad), font=fnt, fill="white")
    if sub:
        d.text((pad, y0 + pad // 2 + int(size * 1.35)), _fit(d, sub, small, w - 2 * pad),
               font=small, fill=(220, 220, 220))


def ring(img: Image.Image, point: tuple[float, float], radius: int | None = None) -> None:
    """A red ring (and a dot) where a tap landed."""
    r = radius or max(10, img.size[0] // 22)
    x, y = point
    d = ImageDraw.Draw(img)
    width = max(3, r // 4)
    d.ellipse((x - r, y - r, x + r, y + r), outline=TAP, width=width)
    d.ellipse((x - 3, y - 3, x + 3, y + 3), fill=TAP)


def box(img: Image.Image, b: tuple[float, float, float, float], colour=TARGET,
        label: str = "") -> None:
    """A rectangle; with a label, a tag in the same colour above it (or inside at the top)."""
    x1, y1, x2, y2 = b
    d = ImageDraw.Draw(img)
    width = max(2, img.size[0] // 200)
    d.rectangle((x1, y1, x2 - 1, y2 - 1), outline=colour, width=width)
    if label:
        size = max(11, img.size[0] // 34)
        fnt = font(size)
        text = _fit(d, label, fnt, max(60, img.size[0] - 8))
        tw = d.textlength(text, font=fnt)
        th = int(size * 1.35)
        ty = y1 - th if y1 - th >= 0 else y1
        tx = min(max(0, x1), img.size[0] - tw - 8)
        d.rectangle((tx, ty, tx + tw + 8, ty + th), fill=colour)
        d.text((tx + 4, ty + 1), text, font=fnt, fill="white")


def banner(img: Image.Image, title: str, lines: list[str], colour=(142, 142, 147)) -> None:
    """The closing banner: a coloured title and a few lines, across the middle of the image."""
    w, h = img.size
    size = max(16, w // 16)
    fnt, small = font(size), font(max(12, size // 2))
    d = ImageDraw.Draw(img)
    wrapped: list[str] = []
    for ln in lines:
        wrapped += _wrap(d, ln, small, w - size, 3)
    wrapped = wrapped[:10]
    height = int(size * 1.8 + len(wrapped) * size * 0.75 + size)
    y0 = max(0, (h - height) // 2)
    shade = Image.new("RGBA", (w, height), (0, 0, 0, 200))
    img.paste(shade, (0, y0), shade)
    d.rectangle((0, y0, w, y0 + max(4, size // 6)), fill=colour)
    d.text((size // 2, y0 + size // 2), _fit(d, title, fnt, w - size), font=fnt, fill=colour)
    y = y0 + int(size * 1.8)
    for ln in wrapped:
        d.text((size // 2, y), ln, font=small, fill="white")
        y += int(size * 0.75)

"""Measurements taken from a screenshot's pixels, with OpenCV and numpy.

What a person sees, whatever the element tree says: the WCAG contrast of a text against what
is behind it, how much a control's fill stands out from its surroundings, how tall a text is,
and the controls themselves (filled or outlined buttons, underlined links, list rows) and the
checkbox, radio and toggle glyphs with their state.

Every box is a Bounds in image pixels. Images may be PIL images or RGB numpy arrays
(H×W×3, uint8); `rgb()` turns either into the array the functions work on.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from .model import Bounds

Color = tuple[int, int, int]

# WCAG 2.x thresholds (success criteria 1.4.3 and 1.4.11)
TEXT_MIN_CONTRAST = 4.5          # normal text
LARGE_TEXT_MIN_CONTRAST = 3.0    # large text: at least 24 CSS px, or 18.67 CSS px bold
CONTROL_MIN_CONTRAST = 3.0       # non-text contrast of a control's visual boundary


def rgb(image) -> np.ndarray:
    """An H×W×3 uint8 RGB array from a PIL image, an array (RGB, or RGBA/grey) or a path."""
    if isinstance(image, np.ndarray):
        a = image
        if a.ndim == 2:
            a = np.repeat(a[:, :, None], 3, axis=2)
        elif a.shape[2] == 4:
            a = a[:, :, :3]
        return np.ascontiguousarray(a, dtype=np.uint8)
    if isinstance(image, (str, bytes)) or hasattr(image, "__fspath__"):
        with Image.open(image) as im:
            return np.asarray(im.convert("RGB"))
    if isinstance(image, Image.Image):
        return np.asarray(image.convert("RGB"))
    raise TypeError(f"not an image: {type(image).__name__}")


# -- WCAG ---------------------------------------------------------------------------------------
def _linear(c: np.ndarray) -> np.ndarray:
    c = np.asarray(c, dtype=np.float64) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def relative_luminance(color) -> float:
    """WCAG relative luminance of an sRGB colour (0–255 per channel), 0 (black) to 1 (white)."""
    r, g, b = _linear(np.asarray(color[:3]))
    return float(0.2126 * r + 0.7152 * g + 0.0722 * b)


def contrast_ratio(a, b) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def blend(fg, bg) -> Color:
    """A colour with alpha (r, g, b, a 0–1) composited over an opaque background."""
    a = float(fg[3]) if len(fg) > 3 else 1.0
    return tuple(int(round(a * f + (1 - a) * b)) for f, b in zip(fg[:3], bg[:3]))


def is_large_text(height_px: float, scale: float = 1.0, bold: bool = False) -> bool:
    """WCAG "large text" from a font size in screen pixels (CSS px × scale)."""
    size = height_px / (scale or 1.0)
    return size >= 24 or (bold and size >= 18.66)


def min_text_contrast(font_px: float | None, scale: float = 1.0, bold: bool = False) -> float:
    if font_px and is_large_text(font_px, scale, bold):
        return LARGE_TEXT_MIN_CONTRAST
    return TEXT_MIN_CONTRAST


def delta_e(a, b) -> float:
    """CIE76 colour difference (Lab): about 2.3 is just noticeable, above 20 is plain."""
    lab = cv2.cvtColor(np.array([[a[:3], b[:3]]], dtype=np.uint8), cv2.COLOR_RGB2LAB).astype(float)
    lab[..., 0] *= 100.0 / 255.0
    lab[..., 1:] -= 128.0
    return float(np.linalg.norm(lab[0, 0] - lab[0, 1]))


# -- boxes and colours --------------------------------------------------------------------------
def clip(box: Bounds, img: np.ndarray) -> Bounds:
    h, w = img.shape[:2]
    return box.intersection(Bounds(0, 0, w, h))


def inside(box: Bounds, img: np.ndarray, min_fraction: float = 0.9) -> bool:
    """Whether most of the box lies in the image (an element scrolled off it does not)."""
    if box.empty:
        return False
    return clip(box, img).area >= min_fraction * box.area


MODE_SAMPLE = 2048


def _mode(pixels: np.ndarray) -> Color:
    """The most common colour of N×3 pixels (binned at 4 levels per channel step, then the
    mean of the pixels in the winning bin)."""
    if len(pixels) == 0:
        return (0, 0, 0)
    if len(pixels) > MODE_SAMPLE:        # a big box: every n-th pixel tells the same story
        pixels = pixels[:: len(pixels) // MODE_SAMPLE]
    q = (pixels >> 2).astype(np.int32)
    keys = (q[:, 0] << 12) | (q[:, 1] << 6) | q[:, 2]
    vals, counts = np.unique(keys, return_counts=True)
    k = vals[np.argmax(counts)]
    sel = pixels[keys == k]
    return tuple(int(v) for v in np.round(sel.mean(axis=0)))


def _perimeter(crop: np.ndarray, band: int = 2) -> np.ndarray:
    h, w = crop.shape[:2]
    band = max(1, min(band, h // 2, w // 2))
    parts = [crop[:band].reshape(-1, 3), crop[-band:].reshape(-1, 3),
             crop[:, :band].reshape(-1, 3), crop[:, -band:].reshape(-1, 3)]
    return np.concatenate(parts)


def background(img: np.ndarray, box: Bounds) -> Color:
    """The colour behind a text or inside a control: the commonest colour of the box, unless
    its edge says otherwise (a tight box around heavy glyphs)."""
    b = clip(box, img)
    crop = img[b.y1:b.y2, b.x1:b.x2]
    if crop.size == 0:
        return (0, 0, 0)
    whole = _mode(crop.reshape(-1, 3))
    edge = _mode(_perimeter(crop))
    if whole == edge:
        return whole
    # the edge is trusted when that colour covers a good share of the box too
    d = np.abs(crop.reshape(-1, 3).astype(int) - np.array(edge)).sum(axis=1)
    return edge if (d <= 12).mean() >= 0.3 else whole


@dataclass(frozen=True)
class TextColors:
    text: Color
    background: Color
    ink: float            # share of the box's pixels that are text
    contrast: float       # WCAG ratio of text to background

    def as_dict(self) -> dict:
        return {"text": list(self.text), "background": list(self.background),
                "ink": round(self.ink, 3), "contrast": round(self.contrast, 2)}


def text_colors(img: np.ndarray, box: Bounds, bg: Color | None = None) -> TextColors | None:
    """The two colours of a text in its box, the text's and the background's, and their WCAG
    contrast. The text colour is taken from the glyphs' cores (the pixels farthest from the
    background), not their anti-aliased edges. None when the box holds no text."""
    b = clip(box, img)
    if b.empty:
        return None
    crop = img[b.y1:b.y2, b.x1:b.x2].reshape(-1, 3).astype(np.int32)
    bg = bg or background(img, b)
    dist = np.abs(crop - np.array(bg)).sum(axis=1)
    cand = dist > 24
    if cand.sum() < 4:
        return None
    d = dist[cand]
    core = crop[cand][d >= np.percentile(d, 70)]
    # glyph cores of one text share a colour: take the commonest among them
    text = _mode(core.astype(np.uint8))
    ink = float((dist > max(24, 0.5 * np.abs(np.array(text) - np.array(bg)).sum())).mean())
    return TextColors(text, bg, ink, contrast_ratio(text, bg))


def label_area(box: Bounds) -> Bounds:
    """The inner part of a control's box where its label is: clear of rounded corners and of
    the edge (measure a button's text there, not over its whole box)."""
    dx = int(min(box.height / 2, box.width / 4))
    dy = int(box.height / 8)
    return Bounds(box.x1 + dx, box.y1 + dy, box.x2 - dx, box.y2 - dy)


def text_contrast(img: np.ndarray, box: Bounds) -> float | None:
    """WCAG contrast of the text in a box against its background, from the pixels."""
    c = text_colors(img, box)
    return c.contrast if c else None


def _ink_mask(img: np.ndarray, box: Bounds, colors: TextColors) -> np.ndarray:
    b = clip(box, img)
    crop = img[b.y1:b.y2, b.x1:b.x2].astype(np.int32)
    full = np.abs(np.array(colors.text) - np.array(colors.background)).sum()
    d = np.abs(crop - np.array(colors.background)).sum(axis=2)
    dt = np.abs(crop - np.array(colors.text)).sum(axis=2)
    return (d > 0.45 * full) & (dt < d)


def text_height(img: np.ndarray, box: Bounds, colors: TextColors | None = None) -> int:
    """The height in pixels of the tallest line of ink in the box (ascender to descender for
    letters that have them; the full glyph height for CJK)."""
    colors = colors or text_colors(img, box)
    if colors is None:
        return 0
    mask = _ink_mask(img, box, colors)
    rows = mask.sum(axis=1) >= max(1, mask.shape[1] // 400)
    best = run = 0
    gap = 0
    for on in rows:
        if on:
            run += 1 + gap
            gap = 0
            best = max(best, run)
        elif run:
            gap += 1
            if gap > 1:            # a one-row gap (the dot of an i) does not end a line
                run, gap = 0, 0
    return int(best)


@dataclass(frozen=True)
class Saliency:
    fill: Color
    surround: Color
    delta_e: float        # CIE76 difference of the fill and the surroundings
    contrast: float       # WCAG ratio of the fill and the surroundings
    outlined: bool = False
    boundary_contrast: float = 1.0   # WCAG ratio of the visible edge (fill or outline) to outside

    def as_dict(self) -> dict:
        return {"fill": list(self.fill), "surround": list(self.surround),
                "delta_e": round(self.delta_e, 1), "contrast": round(self.contrast, 2),
                "outlined": self.outlined, "boundary_contrast": round(self.boundary_contrast, 2)}


def _ring(img: np.ndarray, box: Bounds, gap: int, width: int) -> np.ndarray:
    """The N×3 pixels of a frame `width` wide, `gap` outside the box (four strips, no mask)."""
    h, w = img.shape[:2]
    ox1, oy1 = max(0, box.x1 - gap - width), max(0, box.y1 - gap - width)
    ox2, oy2 = min(w, box.x2 + gap + width), min(h, box.y2 + gap + width)
    ix1, iy1 = max(ox1, box.x1 - gap), max(oy1, box.y1 - gap)
    ix2, iy2 = min(ox2, box.x2 + gap), min(oy2, box.y2 + gap)
    strips = (img[oy1:iy1, ox1:ox2], img[iy2:oy2, ox1:ox2],
              img[iy1:iy2, ox1:ix1], img[iy1:iy2, ix2:ox2])
    return np.concatenate([strip.reshape(-1, 3) for strip in strips])


def fill_saliency(img: np.ndarray, box: Bounds) -> Saliency:
    """How much a box's fill stands out from what surrounds it. A filled button scores a large
    delta E; a bare text link scores about 0. An outlined button is noted as such, with the
    contrast of its outline."""
    b = clip(box, img)
    fill = background(img, b)
    pad = max(3, b.height // 6)
    ring = _ring(img, b, gap=pad, width=max(4, b.height // 4))
    surround = _mode(ring) if len(ring) else fill
    edge = _ring(img, b, gap=0, width=max(2, b.height // 20))
    outlined = False
    boundary = contrast_ratio(fill, surround)
    if len(edge) and delta_e(fill, surround) < 5:
        e = edge.astype(int)
        away = np.abs(e - np.array(surround)).sum(axis=1) > 40
        if away.mean() > 0.5:            # most of the edge is a line of another colour
            outlined = True
            boundary = contrast_ratio(_mode(edge[away]), surround)
    return Saliency(fill, surround, delta_e(fill, surround), contrast_ratio(fill, surround),
                    outlined, boundary)


# -- controls -----------------------------------------------------------------------------------
@dataclass
class Control:
    """A control found in the pixels: "button" (filled or outlined), "row" (a list row with its
    own fill), "link" (underlined or coloured text) or a glyph ("checkbox", "radio", "toggle")."""

    kind: str
    box: Bounds
    state: bool | None = None          # glyphs: ticked / filled / on
    texts: list[int] = field(default_factory=list)   # indices of the text boxes inside
    fill: Color | None = None
    score: float = 1.0


def region_behind(img: np.ndarray, text_box: Bounds, tolerance: int = 6) -> tuple[Bounds, float] | None:
    """The box of the connected area of flat colour behind a text (a button's fill, a row, a
    dialog, or the whole page) and how much of that box the area fills."""
    b = clip(text_box, img)
    if b.empty:
        return None
    bg = background(img, b)
    crop = img[b.y1:b.y2, b.x1:b.x2].astype(int)
    near = np.argwhere(np.abs(crop - np.array(bg)).sum(axis=2) <= 6)
    if len(near) == 0:
        return None
    # seed at the edge of the text box: inside the fill, outside the glyphs
    y, x = near[0]
    seed = (int(b.x1 + x), int(b.y1 + y))
    h, w = img.shape[:2]
    mask = np.zeros((h + 2, w + 2), np.uint8)
    flags = 4 | cv2.FLOODFILL_MASK_ONLY | cv2.FLOODFILL_FIXED_RANGE | (255 << 8)
    t = (tolerance,) * 3
    work = img if img.flags.writeable else img.copy()   # MASK_ONLY leaves the image as it is
    area, _, _, (x, y, rw, rh) = cv2.floodFill(work, mask, seed, (0, 0, 0), t, t, flags)
    if area <= 0:
        return None
    box = Bounds(int(x), int(y), int(x + rw), int(y + rh))
    return box, float(area) / max(1, box.area)


def is_underlined(img: np.ndarray, box: Bounds, colors: TextColors | None = None) -> bool:
    """Whether a text has a line under it: a row of ink spanning most of its width at or just
    below the bottom of its glyphs."""
    colors = colors or text_colors(img, box)
    if colors is None:
        return False
    grow = Bounds(box.x1, box.y1, box.x2, box.y2 + max(2, box.height // 3))
    mask = _ink_mask(img, grow, colors)
    if mask.size == 0:
        return False
    cols = np.nonzero(mask.any(axis=0))[0]
    if len(cols) < 4:
        return False
    span = mask[:, cols.min():cols.max() + 1]
    full = span.mean(axis=1) >= 0.9
    rows = np.nonzero(full)[0]
    if len(rows) == 0 or len(rows) > max(3, box.height // 8):
        return False          # a line is thin; a band of solid colour is something else
    # an underline ends with the text; an edge that runs on past it (a panel, a divider) is not one
    pad = max(4, box.height // 2)
    wide = Bounds(max(0, box.x1 - pad), grow.y1, min(img.shape[1], box.x2 + pad), grow.y2)
    wmask = _ink_mask(img, wide, colors)
    off = box.x1 - wide.x1
    for r in rows:
        left = wmask[r, :off + cols.min()]
        right = wmask[r, off + cols.max() + 1 + 2:]
        outside = np.concatenate([left[:-2] if len(left) > 2 else left[:0], right])
        if len(outside) == 0 or outside.mean() < 0.5:
            return True
    return False


def saturation(color) -> float:
    """HSV saturation × value of a colour, 0 (grey) to 1 (vivid)."""
    r, g, b = (c / 255.0 for c in color[:3])
    mx, mn = max(r, g, b), min(r, g, b)
    return 0.0 if mx == 0 else (mx - mn)


def find_controls(image, text_boxes: list[Bounds], scale: float = 1.0) -> list[Control]:
    """Controls around the given text boxes (from OCR): the flat area behind each text tells a
    filled or outlined button (a small area that stands out from its surroundings) or a list
    row; a text with a line under it, or in a vivid colour on the page, is a link."""
    img = rgb(image)
    if not img.flags.writeable:
        img = img.copy()
    h, w = img.shape[:2]
    s = scale or 1.0
    out: list[Control] = []
    for i, tb in enumerate(text_boxes):
        tb = clip(tb, img)
        if tb.empty:
            continue
        found = region_behind(img, tb)
        colors = text_colors(img, tb)
        if found is not None:
            box, density = found
            small = box.height <= 110 * s and box.area < 0.25 * w * h and box.y1 > 2   # not the app bar
            holds = box.x1 <= tb.x1 + 2 and box.x2 >= tb.x2 - 2 and box.y1 <= tb.y1 + 2 and box.y2 >= tb.y2 - 2
            if small and holds and density > 0.5 and box.height >= tb.height:
                sal = fill_saliency(img, box)
                wide = box.width >= 0.85 * w
                if (sal.delta_e >= 8 or sal.outlined) and not wide:
                    out.append(Control("button", box, texts=[i], fill=sal.fill))
                    continue
                if sal.delta_e >= 8 or sal.outlined:
                    out.append(Control("button" if box.height <= 64 * s else "row", box,
                                       texts=[i], fill=sal.fill))
                    continue
                if wide and box.height >= 40 * s:
                    out.append(Control("row", box, texts=[i], fill=sal.fill))
                    continue
        if colors is not None and (is_underlined(img, tb, colors)
                                   or (saturation(colors.text) >= 0.45 and colors.contrast >= 2.0
                                       and saturation(colors.background) < 0.2)):
            out.append(Control("link", tb, texts=[i]))
    # one control per box: texts sharing a button or row join it
    merged: dict[tuple, Control] = {}
    for c in out:
        key = (c.kind, c.box.x1 // 4, c.box.y1 // 4, c.box.x2 // 4, c.box.y2 // 4)
        if key in merged:
            merged[key].texts.extend(c.texts)
        else:
            merged[key] = c
    return list(merged.values())


# -- glyphs: checkbox, radio, toggle ------------------------------------------------------------
# Sizes in dp (Android) / pt (iOS) / CSS px: Material 2/3, Holo, iOS and the browsers' default
# checkboxes are 13-24 units, their radio buttons 13-24, switches 14-40 tall and 1.4-2.8 times
# as wide (the knob may stand out of a thin track: AppCompat, Material 2).
GLYPH_MIN, GLYPH_MAX = 12, 32
TOGGLE_MIN, TOGGLE_MAX = 12, 40
WORK_DENSITY = 2.0          # contours are looked for at 2 px per dp, whatever the screen density


def _far(pixels: np.ndarray, color, limit: int = 60) -> np.ndarray:
    return np.abs(pixels.astype(int) - np.array(color[:3])).sum(axis=-1) > limit


def _glyph_state_box(img: np.ndarray, box: Bounds, outside: Color) -> tuple[bool, float]:
    """Ticked: the inside of the box holds a mark (a tick or a cross of another colour than
    the inside), or is filled with a vivid colour. An empty box's inside is one flat colour,
    whatever that colour is (white on Material, dark grey on Holo's dark theme)."""
    inset = max(2, box.width // 5)
    inner = Bounds(box.x1 + inset, box.y1 + inset, box.x2 - inset, box.y2 - inset)
    if inner.empty:
        return False, 0.0
    crop = img[inner.y1:inner.y2, inner.x1:inner.x2].reshape(-1, 3)
    base = _mode(crop)
    mark = float(_far(crop, base, 90).mean())
    vivid = saturation(base) >= 0.3 and delta_e(base, outside) >= 12
    return bool(mark >= 0.06 or vivid), max(mark, 1.0 if vivid else 0.0)


def _work_image(img: np.ndarray, scale: float) -> tuple[np.ndarray, float]:
    factor = min(1.0, WORK_DENSITY / scale) if scale > 0 else 1.0
    if factor >= 0.95:
        return img, 1.0
    h, w = img.shape[:2]
    return cv2.resize(img, (max(1, round(w * factor)), max(1, round(h * factor))),
                      interpolation=cv2.INTER_AREA), factor


def find_glyphs(image, scale: float = 1.0, region: Bounds | None = None,
                exclude: list[Bounds] = ()) -> list[Control]:
    """Checkbox, radio and toggle glyphs in the pixels, with their state: a checkbox is a small
    square (12-32 dp), a radio a small circle, a toggle a pill 1.4-2.8 times as wide as tall
    (or a knob standing out of a thin track). `state` is True when ticked / filled / on.
    Shapes are looked for at 2 px per dp (a 1080 px wide phone screenshot is worked on at
    about 820 px) and measured at full size. Shapes lying in one of the `exclude` boxes (the
    text lines: an "o" is a circle too) are not glyphs."""
    img = rgb(image)
    s = scale or 1.0
    off = (0, 0)
    if region is not None:
        region = clip(region, img)
        img = img[region.y1:region.y2, region.x1:region.x2]
        off = (region.x1, region.y1)
    work, f = _work_image(img, s)
    gray = cv2.cvtColor(work, cv2.COLOR_RGB2GRAY)
    edges = cv2.Canny(gray, 20, 60)
    edges = cv2.dilate(edges, np.ones((2, 2), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    found: list[Control] = []
    ws = s * f                                   # work pixels per dp
    lo, hi = GLYPH_MIN * ws, TOGGLE_MAX * ws
    shifted = [Bounds(b.x1 - off[0], b.y1 - off[1], b.x2 - off[0], b.y2 - off[1]) for b in exclude]
    h, w = img.shape[:2]
    for c in contours:
        x, y, bw, bh = cv2.boundingRect(c)
        if bh < lo or bh > hi or bw < lo:
            continue
        aspect = bw / bh
        if not (0.8 <= aspect <= 1.25 or 1.4 <= aspect <= 2.8):
            continue
        hull = cv2.convexHull(c)
        area = cv2.contourArea(hull)
        if area <= 0:
            continue
        fill = area / (bw * bh)
        box = Bounds(max(0, int(x / f)), max(0, int(y / f)),
                     min(w, int(np.ceil((x + bw) / f))), min(h, int(np.ceil((y + bh) / f))))
        if any(box.intersection(t).area >= 0.5 * box.area for t in shifted):
            continue
        outside = _mode(_ring(img, box, gap=2, width=3))
        dp = box.height / s
        if 0.8 <= aspect <= 1.25 and GLYPH_MIN <= dp <= GLYPH_MAX:
            per = cv2.arcLength(hull, True)
            circ = 4 * np.pi * area / (per * per) if per else 0
            if fill >= 0.86:
                kind = "checkbox"
            elif 0.7 <= fill < 0.86 and circ > 0.85:
                kind = "radio"
            else:
                continue
            if not _is_glyph_outline(img, box, outside, kind):
                box = _outlined_square(img, box, outside) if kind == "checkbox" else None
                if box is None:
                    continue
            if kind == "checkbox" and not _is_simple(img, box):
                continue
            if kind == "radio":
                state, score = _radio_state(img, box, outside)
            else:
                state, score = _glyph_state_box(img, box, outside)
            found.append(Control(kind, _moved(box, off), state=state, score=score))
        elif 1.4 <= aspect <= 2.8 and fill >= 0.6 and TOGGLE_MIN <= dp <= TOGGLE_MAX \
                and _is_simple(img, box, 0.25):
            state = _toggle_state(img, box, outside)
            if state is None:
                continue
            found.append(Control("toggle", _moved(box, off), state=state))
    # one glyph per place: a bordered box gives an outer and an inner contour, a switch its
    # knob and its track; keep the outer, and a switch over the round knob inside it
    found.sort(key=lambda g: (g.kind != "toggle", -g.box.area))
    kept: list[Control] = []
    for g in found:
        if not any(g.box.intersection(k.box).area >= 0.5 * min(g.box.area, k.box.area) for k in kept):
            kept.append(g)
    return sorted(kept, key=lambda g: (g.box.y1, g.box.x1))


def _moved(box: Bounds, off: tuple[int, int]) -> Bounds:
    return Bounds(box.x1 + off[0], box.y1 + off[1], box.x2 + off[0], box.y2 + off[1])


def _is_simple(img: np.ndarray, box: Bounds, rest_max: float = 0.2) -> bool:
    """A checkbox is drawn in two or three flat colours (border or fill, inside, tick) and their
    anti-aliased blends; an app icon or a photo thumbnail of the same size has many."""
    rest = img[box.y1:box.y2, box.x1:box.x2].reshape(-1, 3)
    total = len(rest)
    for _ in range(3):
        if len(rest) == 0:
            break
        rest = rest[_far(rest, _mode(rest), 80)]
    return len(rest) <= rest_max * total


def _is_glyph_outline(img: np.ndarray, box: Bounds, outside: Color, kind: str) -> bool:
    """A checkbox or radio has a visible edge all round: a border line or a solid fill. Each
    side's middle part must show, somewhere in a band inward from the edge, another colour."""
    crop = img[box.y1:box.y2, box.x1:box.x2].astype(int)
    h, w = crop.shape[:2]
    k = max(3, min(h, w) // 6)
    away = np.abs(crop - np.array(outside)).sum(axis=2) > 45
    mid = slice(int(0.3 * w), int(0.7 * w)), slice(int(0.3 * h), int(0.7 * h))
    sides = [away[:k, mid[0]].any(axis=0), away[-k:, mid[0]].any(axis=0),
             away[mid[1], :k].any(axis=1), away[mid[1], -k:].any(axis=1)]
    return all(side.mean() >= 0.9 for side in sides)


def _outlined_square(img: np.ndarray, box: Bounds, outside: Color) -> Bounds | None:
    """The ticked checkbox inside a shape a little wider or taller than square, when its tick
    reaches out of the box over the top-right corner (Holo's tick): the square of the shape's
    shorter side at its bottom-left corner, when it shows an edge all round and a tick; else
    None (a bookmark's outlined top is no checkbox)."""
    side = min(box.width, box.height)
    if side == max(box.width, box.height):
        return None
    square = Bounds(box.x1, box.y2 - side, box.x1 + side, box.y2)
    if _is_glyph_outline(img, square, outside, "checkbox") and _glyph_state_box(img, square, outside)[0]:
        return square
    return None


def _radio_state(img: np.ndarray, box: Bounds, outside: Color) -> tuple[bool, float]:
    cx, cy = (box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2
    r = min(box.width, box.height) / 2
    yy, xx = np.mgrid[box.y1:box.y2, box.x1:box.x2]
    dist = np.hypot(xx + 0.5 - cx, yy + 0.5 - cy)
    crop = img[box.y1:box.y2, box.x1:box.x2].astype(int)
    centre = crop[dist < 0.3 * r]
    if len(centre) == 0:
        return False, 0.0
    ring = crop[(dist > 0.55 * r) & (dist < 0.7 * r)]     # between the outline and the dot
    ref = np.array(_mode(ring.astype(np.uint8))) if len(ring) else np.array(outside)
    away = (np.abs(centre - ref).sum(axis=1) > 60).mean()
    filled = (np.abs(centre - np.array(outside)).sum(axis=1) > 60).mean()
    if filled > 0.8 and away <= 0.5 and _vivid(centre.astype(np.uint8)).mean() < 0.25:
        filled = 0.0   # a disc filled all over in grey, dot and ring alike: no accent, no dot,
                       # nothing says it is the chosen one (a disabled radio, a lone knob)
    return bool(away > 0.5 or filled > 0.8), float(max(away, filled))


def _vivid(pixels: np.ndarray) -> np.ndarray:
    p = pixels.astype(np.float32) / 255.0
    mx, mn = p.max(axis=-1), p.min(axis=-1)
    return ((mx - mn) >= 0.25) & (mx >= 0.25)


def _toggle_state(img: np.ndarray, box: Bounds, outside: Color) -> bool | None:
    """A switch is on when it is drawn in colour (an accent-coloured track or knob: Material,
    Holo, iOS green), off when it is grey. Where both states are grey (a monochrome theme),
    the knob — the part that differs most from the track — sits at the right end when on."""
    crop = img[box.y1:box.y2, box.x1:box.x2]
    px_ = crop.reshape(-1, 3)
    drawn = _far(px_, outside, 30)
    if drawn.mean() < 0.2:
        return None                              # hardly anything but background: not a switch
    if saturation(outside) < 0.25:
        vivid = _vivid(px_[drawn]).mean()
        if vivid >= 0.25:
            return True
        if vivid <= 0.05:
            return _knob_right(crop, outside)
    return _knob_right(crop, outside)


OUTLINE = 0.15      # a switch's track outline: at most this share of its height thick


def _runs(row: np.ndarray) -> list[tuple[int, int]]:
    """The (start, end) of each run of True in a row."""
    edges = np.diff(np.concatenate(([0], row.astype(np.int8), [0])))
    return list(zip(np.nonzero(edges == 1)[0].tolist(), np.nonzero(edges == -1)[0].tolist()))


def _knob_right(crop: np.ndarray, outside: Color) -> bool:
    """Whether the knob sits at the right end, for a grey switch. A track drawn as an outline
    with the knob inside (Material 3 off) has the knob as the widest run between the outline's
    two thin edges in its middle row; a knob of the background's
    colour inside the track (iOS off, web) is the gap in the track's middle row; a knob that
    stands out of a thin track (AppCompat, Material 2) makes its end's columns drawn full
    height; else the end that looks least like the middle third (the track) holds the knob."""
    h, w = crop.shape[:2]
    third = max(1, w // 3)
    drawn = _far(crop, outside, 30)
    row = drawn[h // 2 - 1:h // 2 + 2].all(axis=0) if h >= 3 else drawn[h // 2]
    runs = _runs(row)
    thin = max(2, OUTLINE * h)
    if len(runs) >= 3 and runs[0][1] - runs[0][0] <= thin and runs[-1][1] - runs[-1][0] <= thin:
        # an outlined track (Material 3 off): the knob is the widest run between its two edges
        start, end = max(runs[1:-1], key=lambda r: r[1] - r[0])
        return bool((start + end) / 2 > w / 2)
    xs = np.nonzero(row)[0]
    if len(xs) >= 2:
        gap = np.nonzero(~row[xs[0]:xs[-1] + 1])[0]
        if len(gap) >= 0.2 * w:
            return bool(xs[0] + gap.mean() > w / 2)
    cols = drawn.mean(axis=0)
    left, right = cols[:third].mean(), cols[-third:].mean()
    if abs(left - right) > 0.1:
        return bool(right > left)
    def profile(part: np.ndarray) -> np.ndarray:
        return part.astype(float).mean(axis=1)            # the mean colour of each row
    mid = profile(crop[:, third:w - third])
    return bool(np.abs(profile(crop[:, w - third:]) - mid).sum()
                > np.abs(profile(crop[:, :third]) - mid).sum())

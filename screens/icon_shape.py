"""What a small icon's pixels draw, whatever the element tree says: three stacked bars (the
"hamburger" that opens a navigation menu) or three dots in a row or a column (the "kebab" or
"meatballs" that opens a "more" menu). Read from the screenshot alone, so an icon drawn with
CSS spans, an SVG or an icon font is told apart the same way.

The crop is split into ink and background (the colour around its edge); the ink's rows fall into
bands, and each band's columns into runs. Three bands of one wide run each, alike in width and
evenly spaced, are bars; three small square-ish runs on one line, in either direction, are dots.
"""
from __future__ import annotations

import numpy as np

from .model import Bounds

INK = 60                  # grey levels from the background that count as ink
MIN_SIDE = 12             # pixels: anything smaller is noise, not an icon
MAX_SIDE = 400            # pixels: anything larger is not an icon-sized control


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of every run of True in a 1-D array, end exclusive."""
    out, start = [], None
    for i, f in enumerate(flags):
        if f and start is None:
            start = i
        elif not f and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(flags)))
    return out


def _ink(grey: np.ndarray) -> np.ndarray:
    edge = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    bg = float(np.median(edge))
    return np.abs(grey.astype(np.int16) - bg) > INK


def _even(runs: list[tuple[int, int]]) -> bool:
    """Three runs alike in size and evenly spaced."""
    sizes = [b - a for a, b in runs]
    gaps = [runs[i + 1][0] - runs[i][1] for i in range(len(runs) - 1)]
    return (min(sizes) >= 0.5 * max(sizes) and min(gaps) > 0
            and min(gaps) >= 0.5 * max(gaps))


def icon_shape(image, box: Bounds) -> str | None:
    """"bars", "dots" or None for the icon inside `box` of a PIL image or RGB array."""
    if image is None or box.width < MIN_SIDE or box.height < MIN_SIDE \
            or box.width > MAX_SIDE or box.height > MAX_SIDE:
        return None
    a = np.asarray(image)
    x1, y1 = max(box.x1, 0), max(box.y1, 0)
    x2, y2 = min(box.x2, a.shape[1]), min(box.y2, a.shape[0])
    if x2 - x1 < MIN_SIDE or y2 - y1 < MIN_SIDE:
        return None
    crop = a[y1:y2, x1:x2]
    grey = crop.mean(axis=2) if crop.ndim == 3 else crop
    ink = _ink(grey)
    if ink.sum() < 6:
        return None
    rows = _runs(ink.any(axis=1))
    if len(rows) == 3 and _even(rows):
        spans = []
        for a_, b_ in rows:
            cols = _runs(ink[a_:b_].any(axis=0))
            if len(cols) != 1:
                spans = []
                break
            spans.append(cols[0])
        if spans:
            widths = [b - a for a, b in spans]
            heights = [b - a for a, b in rows]
            if min(widths) >= 2.5 * max(heights) and min(widths) >= 0.6 * max(widths):
                return "bars"
            if max(widths) <= 2 * min(heights) and max(heights) <= 2 * min(widths) \
                    and max(a for a, _ in spans) - min(a for a, _ in spans) <= max(widths):
                return "dots"           # a column of three dots (kebab)
    if len(rows) == 1:
        a_, b_ = rows[0]
        cols = _runs(ink[a_:b_].any(axis=0))
        h = b_ - a_
        if len(cols) == 3 and _even(cols) and all(b - a <= 2 * h and h <= 2 * (b - a)
                                                   for a, b in cols):
            return "dots"               # a row of three dots (meatballs)
    return None

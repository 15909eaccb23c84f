"""Screens from pixels alone: OCR text lines plus the controls found around them.

For screenshots with no element tree, or a tree without text (a canvas, a WebView, Flutter, a
game engine). The OCR is RapidOCR 3.x with the Chinese+English models that ship inside its
wheel (nothing is downloaded at run time); the engine is made once per process.

    ocr(image, language=None)        -> [(text, Bounds, score)], boxes in image pixels
    screen_from_image(image, app="") -> Screen(source="ocr"): one element per text line, one per
                                        control found in the pixels (buttons, rows, links, glyphs)
    enrich(screen)                   -> the same Screen, with OCR text and pixel controls added
                                        when its tree has no text

Scripts those models do not read (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai: the
languages in OCR_PACKS) are read by Tesseract (Debian's tesseract-ocr and its
tesseract-ocr-<pack> language packs, called as a program: no Python wrapper to install, and
its TSV output gives the words' boxes and confidences) when the caller names such a language,
or when the language is unknown, RapidOCR's reading looks like a misread (most of its
text-line boxes read empty, under MIN_SCORE, or with fewer characters than a line that long
holds) and Tesseract's script detection names one of those scripts. A Latin screen RapidOCR
reads well never starts Tesseract.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import threading
import unicodedata
from functools import lru_cache
from io import BytesIO

import numpy as np
from PIL import Image

from . import pixels as px
from .model import Bounds, Element, Screen, clean_text

# The long side a screenshot is shrunk to before OCR: on 1082×2402 phone screenshots this
# halves the time and reads the same words (measured on the specimens' screens).
MAX_SIDE = 1280
MIN_SCORE = 0.5
PHONE_WIDTH_DP = 412          # a typical phone's width in dp / pt / CSS px, to guess a scale
TEXT_LINE_DP = 19             # an OCR box of a line of body text (14-16 px type), in dp / CSS px
STATUS_BAR_DP = 24            # Android's status bar (iOS: 20-47 pt) at the top of a phone screenshot

# A text-line box holds about 2.2-2.9 characters per box height of width in Latin type
# (measured: 14-20 px DejaVu Sans lines rendered in Chromium, 8 lines, 2.19-2.85); RapidOCR's
# misreads of Greek held 1.1-2.0 (7 lines) and Cyrillic, Arabic read empty. Under this, a line
# is read with too few characters for its length.
MIN_CHARS_PER_HEIGHT = 1.8
MISREAD_SHARE = 0.5           # a screen is suspect when this share of its text lines is misread
TESSERACT_TIMEOUT_S = 60
# Tesseract reads a checkbox or a radio button as a word of one or two characters ("Vv", "№",
# confidence 0.69 and 0.78 on a dark settings screen, where its words read 0.90-0.97): such a
# piece under this is a glyph, left to the glyph search, not text whose box would hide it
GLYPH_READ_SCORE = 0.8

_lock = threading.Lock()
_reads: list[tuple[int, int, str, float]] = []   # the last call's (width, height, text, score) per box
log = logging.getLogger(__name__)


class OCRUnavailable(RuntimeError):
    """The OCR engine could not be loaded (rapidocr or onnxruntime missing or broken)."""


@lru_cache(maxsize=1)
def engine():
    """The RapidOCR engine, made once (about 0.1 s) and kept."""
    try:
        from rapidocr import RapidOCR
    except ImportError as exc:   # pragma: no cover - a broken install
        raise OCRUnavailable(f"OCR needs the rapidocr and onnxruntime packages: {exc}") from None
    for name in ("RapidOCR", "rapidocr"):
        logging.getLogger(name).setLevel(logging.ERROR)
    eng = RapidOCR(params={"Global.log_level": "error", "Global.use_cls": False})
    # what the recogniser read in each box the detector found, before RapidOCR drops the
    # boxes read empty: how a script its models do not know shows (misread())
    recognize = getattr(eng, "recognize_txt", None)
    if recognize is not None:
        def watched(crops, *args, **kwargs):
            res = recognize(crops, *args, **kwargs)
            _reads[:] = [(c.shape[1], c.shape[0], clean_text(t), float(sc))
                         for c, t, sc in zip(crops, res.txts or (), res.scores or ())]
            return res
        eng.recognize_txt = watched
    return eng


def _as_rgb(image) -> np.ndarray:
    return px.rgb(image)


# The languages whose letters RapidOCR's bundled models (Chinese + English) do not read, with
# the Tesseract language pack that does (Debian: tesseract-ocr-<pack>) and the script as
# Tesseract's script detection (OSD) names it: a screen in one of these languages, or one whose
# OCR looks like a misread of one of these scripts, is read with Tesseract. Keyed by the
# primary subtag of a BCP-47 tag ("ru-RU" -> "ru"; "iw", Hebrew's old code, too): screens/ may
# not import words/ (tests/test_layers.py), so the tag is read here.
OCR_PACKS = {"ru": ("rus", "Cyrillic"), "uk": ("ukr", "Cyrillic"), "bg": ("bul", "Cyrillic"),
             "el": ("ell", "Greek"), "ar": ("ara", "Arabic"), "he": ("heb", "Hebrew"),
             "iw": ("heb", "Hebrew"), "hi": ("hin", "Devanagari"), "th": ("tha", "Thai")}
# Scripts written without spaces between words: Tesseract's word boxes there are letters or
# syllables, joined without a space
UNSPACED_SCRIPTS = frozenset({"Thai"})


def _primary(language: str | None) -> str | None:
    """The primary language subtag of a BCP-47 or gettext tag, lower case ("ru_RU" -> "ru")."""
    if not language:
        return None
    return language.strip().replace("_", "-").split("-")[0].lower() or None


def ocr(image, max_side: int = MAX_SIDE, min_score: float = MIN_SCORE,
        language: str | None = None) -> list[tuple[str, Bounds, float]]:
    """The text lines in an image, top to bottom: (text, box in image pixels, confidence).
    `language` (a BCP-47 tag), when known, says which reader to use: RapidOCR for the
    languages its models read, Tesseract with the language's pack for the others
    (OCR_PACKS); unknown, or one RapidOCR reads (a hint: the screen before was in it),
    RapidOCR reads first and Tesseract reads again only when RapidOCR's reading looks like a
    misread of a script it does not know."""
    img = _as_rgb(image)
    code = _primary(language)
    if code in OCR_PACKS:
        pack, script = OCR_PACKS[code]
        lines = tesseract_lines(img, (pack,), min_score, spaced=script not in UNSPACED_SCRIPTS)
        if lines is not None:
            return lines
    reads: list[tuple[int, int, str, float]] = []
    lines = _rapid(img, max_side, min_score, reads)
    if code not in OCR_PACKS and misread(reads, min_score):
        script = osd_script(img)
        packs = tuple(dict.fromkeys(pack for pack, name in OCR_PACKS.values() if name == script))
        if packs:
            better = tesseract_lines(img, packs, min_score, spaced=script not in UNSPACED_SCRIPTS)
            if better is not None:
                return better
    return lines


def misread(reads: list[tuple[int, int, str, float]], min_score: float = MIN_SCORE) -> bool:
    """Whether RapidOCR misread a screen, as it reads a script its models do not know: of the
    text-line boxes its detector found (at least twice as wide as high; `reads` holds each
    box's width, height, text and score), at least MISREAD_SHARE, and two at least, were
    read empty, under the score floor, or with fewer than MIN_CHARS_PER_HEIGHT characters
    per box height of width (a Cyrillic line of 19 letters read "O Gl lyt")."""
    lines = [(w, h, t, sc) for w, h, t, sc in reads if w >= 2 * h > 0]
    bad = sum(sc < min_score or len(t) < MIN_CHARS_PER_HEIGHT * w / h for w, h, t, sc in lines)
    return bad >= 2 and bad >= MISREAD_SHARE * len(lines)


def _rapid(img: np.ndarray, max_side: int, min_score: float,
           reads: list | None = None) -> list[tuple[str, Bounds, float]]:
    """RapidOCR's lines; `reads` gets what was read in every box found, empty or not."""
    h, w = img.shape[:2]
    factor = min(1.0, max_side / max(h, w)) if max_side else 1.0
    work = img
    if factor < 1.0:
        import cv2
        work = cv2.resize(img, (round(w * factor), round(h * factor)), interpolation=cv2.INTER_AREA)
    with _lock:                      # one onnxruntime session, used by one thread at a time
        _reads.clear()
        result = engine()(np.ascontiguousarray(work[:, :, ::-1]))   # RapidOCR takes BGR
        if reads is not None:
            reads.extend(_reads)
    out: list[tuple[str, Bounds, float]] = []
    if result is None or result.boxes is None or result.txts is None:
        return out
    for quad, text, score in zip(result.boxes, result.txts, result.scores):
        text = clean_text(text)
        if not text or float(score) < min_score:
            continue
        q = np.asarray(quad, dtype=float) / factor
        box = Bounds(max(0, int(np.floor(q[:, 0].min()))), max(0, int(np.floor(q[:, 1].min()))),
                     min(w, int(np.ceil(q[:, 0].max()))), min(h, int(np.ceil(q[:, 1].max()))))
        if not box.empty:
            out.append((text, box, float(score)))
    out.sort(key=lambda t: (t[1].y1, t[1].x1))
    return out


# -- Tesseract, for the scripts RapidOCR's models do not read -------------------------------------

@lru_cache(maxsize=1)
def tesseract_packs() -> frozenset[str]:
    """The language packs the installed Tesseract has (empty: no Tesseract)."""
    exe = shutil.which("tesseract")
    if exe is None:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True,
                             timeout=TESSERACT_TIMEOUT_S).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


@lru_cache(maxsize=None)
def _say_missing(packages: str) -> None:
    """One line, once per process and set of packages."""
    log.warning("OCR: this screen's script needs Tesseract: apt-get install %s "
                "(read with RapidOCR meanwhile)", packages)


def _png(img: np.ndarray) -> bytes:
    buf = BytesIO()
    Image.fromarray(img).save(buf, format="PNG", compress_level=1)
    return buf.getvalue()


def _tesseract(img: np.ndarray, args: list[str]) -> str | None:
    try:
        done = subprocess.run([shutil.which("tesseract") or "tesseract", "stdin", "stdout", *args],
                              input=_png(img), capture_output=True, timeout=TESSERACT_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("OCR: tesseract failed: %s", exc)
        return None
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


def osd_script(img: np.ndarray) -> str | None:
    """The script Tesseract's orientation and script detection sees in an image ("Cyrillic",
    "Greek", "Arabic", "Latin", "Han" …), or None (no Tesseract, no osd pack, too little
    text). A phone screen holds few characters: the floor is lowered from 50 to 10 (an Arabic
    settings screen of seven lines has too few separate shapes for 50)."""
    if "osd" not in tesseract_packs():
        _say_missing("tesseract-ocr tesseract-ocr-osd")
        return None
    out = _tesseract(img, ["--psm", "0", "-c", "min_characters_to_try=10"])
    for line in (out or "").splitlines():
        if line.startswith("Script:"):
            return line.split(":", 1)[1].strip()
    return None


def _word_kept(word: str) -> bool:
    """A word with letters, digits or their marks (Devanagari's and Thai's vowel signs) for
    half its characters at least: a checkbox's square read as "[|]" or "[0]." is no word."""
    return sum(ch.isalnum() or unicodedata.category(ch).startswith("M")
               for ch in word) * 2 >= len(word) > 0


def _pieces(words: list[tuple[str, Bounds, float]]) -> list[list[tuple[str, Bounds, float]]]:
    """A Tesseract line cut where two words lie further apart than a word space: more than
    twice the line's narrowest gap (or, with one gap only, 1.2 of the median word height),
    and more than 0.8 of that height. A checkbox that Tesseract read as a word beside its
    label ("Vv" on a dark screen, 49 px from the label whose word spaces measure 17-18) is then
    a line of its own, as RapidOCR gives it. The words keep Tesseract's order (right to left
    in Arabic and Hebrew)."""
    heights = sorted(b.height for _, b, _ in words)
    height = heights[len(heights) // 2]
    by_x = sorted(range(len(words)), key=lambda i: words[i][1].x1)
    gaps = [words[i][1].x1 - words[by_x[k - 1]][1].x2 for k, i in enumerate(by_x) if k]
    space = max(0.8 * height, 2 * min(gaps) if len(gaps) >= 2 else 1.2 * height)
    group, g = {}, 0
    for k, i in enumerate(by_x):
        if k and gaps[k - 1] > space:
            g += 1
        group[i] = g
    return [[w for i, w in enumerate(words) if group[i] == n] for n in range(g + 1)]


def tesseract_lines(img: np.ndarray, packs: tuple[str, ...], min_score: float = MIN_SCORE,
                    spaced: bool = True) -> list[tuple[str, Bounds, float]] | None:
    """The text lines Tesseract reads in an image with these language packs (English added:
    apps mix it in), as ocr() gives them; None when Tesseract or a pack is missing (said once,
    in one line naming the Debian packages to install). `spaced` False: a script written
    without spaces between words (Thai), whose "words" are joined as they are."""
    have = tesseract_packs()
    missing = [p for p in (*packs, "eng") if p not in have]
    if missing:
        _say_missing(" ".join((["tesseract-ocr"] if not have else [])
                              + [f"tesseract-ocr-{p}" for p in missing]))
        return None
    tsv = _tesseract(img, ["-l", "+".join((*packs, "eng")), "--psm", "3", "tsv"])
    if tsv is None:
        return None
    rows: dict[tuple[str, str, str], list[tuple[str, Bounds, float]]] = {}
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5":
            continue
        word = unicodedata.normalize("NFKC", f[11]).strip()    # "µ" (micro) as Greek "μ"
        if not _word_kept(word):
            continue
        x, y, bw, bh = (int(v) for v in f[6:10])
        rows.setdefault((f[2], f[3], f[4]), []).append((word, Bounds(x, y, x + bw, y + bh),
                                                        max(0.0, float(f[10])) / 100))
    out: list[tuple[str, Bounds, float]] = []
    for words in (piece for line in rows.values() for piece in _pieces(line)):
        score = sum(c for _, _, c in words) / len(words)
        text = clean_text((" " if spaced else "").join(wd for wd, _, _ in words))
        if not text or score < min_score or (len(text) <= 2 and score < GLYPH_READ_SCORE):
            continue
        box = Bounds(min(b.x1 for _, b, _ in words), min(b.y1 for _, b, _ in words),
                     max(b.x2 for _, b, _ in words), max(b.y2 for _, b, _ in words))
        out.append((text, box, score))
    out.sort(key=lambda t: (t[1].y1, t[1].x1))
    return out


def guess_scale(width: int) -> float:
    """Screen pixels per dp / pt / CSS px, guessed from a phone screenshot's width."""
    return max(1.0, width / PHONE_WIDTH_DP)


def scale_of(size: tuple[int, int], lines: list[tuple[str, Bounds, float]]) -> float:
    """Screen pixels per dp / pt / CSS px of a screenshot: a phone's (portrait) from its width;
    a desktop or tablet page's (landscape: its width says nothing of the density, 1280 px may be
    a laptop at 1x or a dialog at 2x) from the height of its text lines, a body line being
    about TEXT_LINE_DP high."""
    w, h = size
    heights = sorted(b.height for t, b, _ in lines if len(t) >= 12)
    if h >= w or len(heights) < 3:
        return guess_scale(w)
    return min(4.0, max(1.0, round(heights[len(heights) // 2] / TEXT_LINE_DP * 2) / 2))


# A control at the end of a full-width list row (a settings row's trailing checkbox or switch:
# Android's CheckBoxPreference, a consent tool's list of purposes or partners) sits at the
# screen's right edge, its label at the row's start however wide the screen: a glyph whose right
# edge is in the last TRAILING_END of the width takes a line that starts in the first ROW_START
# of it on its row, at any distance (else a label on the left is at most 8 glyph widths away,
# as in a grid of "label [ ]" pairs). Checkboxes and switches only: a radio button leads its
# label, and a round shape at the screen's right end is an app bar's icon far more often.
TRAILING_END = 0.12
ROW_START = 0.25


def _trailing_width(g: "px.Control", img: np.ndarray) -> int | None:
    """The screen's width for _labels_beside when a glyph may be a row's trailing control."""
    return None if g.kind == "radio" else img.shape[1]


def _labels_beside(glyph: Bounds, lines: list[tuple[str, Bounds, float]],
                   width: int | None = None) -> list[int]:
    """The text lines that may label a checkbox/radio/toggle glyph on its row, best first: those
    just right of it, nearest first, then those just left of it (a switch after its label, or
    a box after its label in a grid of "label [ ]" pairs, or the start of a full-width row
    whose trailing control it is, when the screen's `width` is known)."""
    trailing = width is not None and glyph.x2 >= (1 - TRAILING_END) * width
    found = []
    for i, (_, b, _) in enumerate(lines):
        overlap = min(glyph.y2, b.y2) - max(glyph.y1, b.y1)
        if overlap < 0.3 * min(glyph.height, b.height):
            continue
        d = b.x1 - glyph.x2
        if d < -4 or d > 2.5 * glyph.width:
            d = glyph.x1 - b.x2 if glyph.x1 > b.x2 else None
            if d is None or (d > 8 * glyph.width and not (trailing and b.x1 <= ROW_START * width)):
                continue
            d += 10_000          # a label on the left counts only when none is on the right
        found.append((d, i))
    return [i for _, i in sorted(found)]


def _label_right_of(glyph: Bounds, lines: list[tuple[str, Bounds, float]],
                    width: int | None = None) -> int | None:
    """The text line just right of a checkbox/radio/toggle glyph, or just left of a toggle."""
    beside = _labels_beside(glyph, lines, width)
    return beside[0] if beside else None


def _gap(glyph: Bounds, label: Bounds) -> float:
    """The space between a glyph and a line on its row, whichever side the line is on."""
    return max(label.x1 - glyph.x2, glyph.x1 - label.x2, 0)


def _relabel(glyphs, beside: dict[int, list[int]], labelled: dict[int, "px.Control"],
             lines: list[tuple[str, Bounds, float]]) -> None:
    """A glyph that lost its label to another, in a grid of "label [ ]  label [ ]" pairs, gets
    one when the winner could take another free line beside it: either the winner moves there
    and gives the disputed line back, or the loser takes another free line of its own,
    whichever puts the two glyphs nearer their lines in all ("Send data [x]  Ask later [ ]":
    the first box took "Ask later", on its right, from the second, whose only label it is; the
    first moves to "Send data", on its left). When the winner has nowhere else to go, the
    loser stays unlabelled (a row's leading icon beside the switch that owns the row's
    title). Lines stacked one over the other (a row's title and its summary) are one option's
    words and are never shared out between two glyphs this way."""
    for g in glyphs:
        cands = beside.get(id(g)) or []
        if not cands or any(w is g for w in labelled.values()):
            continue
        j = cands[0]
        w = labelled.get(j)
        if w is None:
            continue

        def other(k: int) -> bool:   # a free line beside the disputed one, not stacked with it
            a, b = lines[k][1], lines[j][1]
            return k not in labelled and (a.x2 <= b.x1 or b.x2 <= a.x1)
        move = next((k for k in beside.get(id(w), [])[1:] if other(k)), None)
        if move is None:
            continue       # the winner has nowhere else to go: the line is its own
        own = next((k for k in cands[1:] if other(k)), None)
        swap = _gap(w.box, lines[move][1]) + _gap(g.box, lines[j][1])
        if own is None or swap < _gap(w.box, lines[j][1]) + _gap(g.box, lines[own][1]):
            labelled[move], labelled[j] = w, g
        else:
            labelled[own] = g


def _fits_label(g: px.Control, label: Bounds) -> tuple[bool, bool, float]:
    """How well a glyph fits as the control of a label: on the side its kind is drawn (a switch
    after its label, a checkbox or radio button before it); then a switch (a list row's leading
    icon, square or round, passes for a checkbox or a radio button, rarely for a pill); then
    the nearer."""
    after = g.box.x1 >= label.x2 - 4
    gap = g.box.x1 - label.x2 if after else label.x1 - g.box.x2
    return (after == (g.kind == "toggle"), g.kind == "toggle", -gap)


def _row_text(j: int, lines: list[tuple[str, Bounds, float]]) -> str:
    """A label line with the lines of its row that start where it starts, just above and just
    under it (a settings row's title and summary: "Usage statistics" / "Send anonymous usage
    data"), top to bottom."""
    def joined(a: Bounds, b: Bounds) -> bool:     # b right under a, same left edge
        return 0 - a.height <= b.y1 - a.y2 <= 0.8 * a.height and abs(b.x1 - a.x1) <= max(8, a.height)
    def step(i: int, up: bool) -> int | None:     # the row's next line above / below line i
        near = range(max(0, i - 3), i) if up else range(i + 1, min(len(lines), i + 4))
        for k in (reversed(near) if up else near):
            if joined(lines[k][1], lines[i][1]) if up else joined(lines[i][1], lines[k][1]):
                return k
        return None
    first = j
    for _ in range(2):
        k = step(first, True)
        if k is None:
            break
        first = k
    out, i = [lines[first][0]], first
    for _ in range(2):
        k = step(i, False)
        if k is None:
            break
        out.append(lines[k][0])
        i = k
    return " ".join(out)


def _wordy(text: str) -> bool:
    """A label says something: two letters at least (a clock, a count or a lone OCR'd letter
    beside an icon does not)."""
    return sum(ch.isalpha() for ch in text) >= 2


_SENTENCE_END = (".", "。", ":", "：", ",", "，", "、")


def _looks_like_label(i: int, lines: list[tuple[str, Bounds, float]], img: np.ndarray,
                      buttons: list[Bounds], scale: float) -> bool:
    """A bare text button, as the "Continue" or "残忍离开" links under a big button are: a short
    line standing alone (no line of its paragraph just above or below it) that either sits
    right under or over a button (a secondary action) or is faint (a de-emphasised link).
    Titles and headings are neither, so they stay plain text. OCR cannot see taps."""
    text, box, _ = lines[i]
    if not _standalone(i, lines):
        return False
    reach = max(3 * box.height, 56 * scale)
    for b in buttons:
        gap = max(b.y1 - box.y2, box.y1 - b.y2)
        overlap_x = min(box.x2, b.x2) - max(box.x1, b.x1)
        if 0 <= gap <= reach and overlap_x > 0.5 * box.width:
            return True
    colors = px.text_colors(img, box)
    return colors is not None and colors.contrast < px.LARGE_TEXT_MIN_CONTRAST


def _standalone(i: int, lines: list[tuple[str, Bounds, float]]) -> bool:
    text, box, _ = lines[i]
    if len(text) > 48 or len(text.split()) > 8 or text.endswith(_SENTENCE_END):
        return False
    for j, (_, other, _) in enumerate(lines):
        if j == i:
            continue
        gap = max(other.y1 - box.y2, box.y1 - other.y2)
        overlap_x = min(box.x2, other.x2) - max(box.x1, other.x1)
        if gap < 0.35 * box.height and overlap_x > 0:
            return False
    return True


def _looks_disabled(img: np.ndarray, control: px.Control, text_boxes: list[Bounds]) -> bool:
    """A grey button with grey text and little contrast: how toolkits draw a disabled one."""
    if control.fill is None or px.saturation(control.fill) > 0.12:
        return False
    for b in text_boxes:
        c = px.text_colors(img, b)
        if c is not None and px.saturation(c.text) <= 0.12 and c.contrast < 3.0:
            return True
    return False


# OCR reads a radio button or a checkbox just before its label as a letter of the label ("O Yes",
# "ONo": RapidOCR on a Material dialog; 口 for an empty box): a line that begins with one of these
# may hold its control's glyph, which the glyph search skips as part of the text line
_GLYPH_LETTERS = frozenset("OoQ0○◯◎◉●□☐☑☒■口回")
# the glyph is taller than the text beside it (a 20 dp radio beside 14-16 sp type); a letter O
# is no taller than the capitals and descenders of the rest of its line
GLYPH_OVER_TEXT = 1.15


def _split_glyph_letters(img: np.ndarray, lines: list[tuple[str, Bounds, float]],
                         scale: float) -> list[tuple[str, Bounds, float]]:
    """The lines, each that begins with a control's glyph read as a letter cut after it (its
    text without the letter, its box from the glyph's right edge), so that the glyph is found
    and labelled as any other. A lower-case letter after it ("Only") keeps the line whole."""
    out = []
    for text, box, score in lines:
        rest = text[1:].lstrip()
        if len(rest) >= 2 and text[0] in _GLYPH_LETTERS and not text[1].islower():
            left = Bounds(box.x1, box.y1, min(box.x2, box.x1 + 2 * box.height), box.y2)
            for g in px.find_glyphs(img, scale, region=left):
                after = Bounds(g.box.x2 + 1, box.y1, box.x2, box.y2)
                if g.kind != "toggle" and g.box.x1 - box.x1 <= g.box.width \
                        and g.box.height >= GLYPH_OVER_TEXT * px.text_height(img, after):
                    text, box = rest, after
                    break
        out.append((text, box, score))
    return out


def _drop_glyph_reads(img: np.ndarray, lines: list[tuple[str, Bounds, float]],
                      scale: float) -> list[tuple[str, Bounds, float]]:
    """The lines without those that are a control's glyph read as a letter: OCR reads a ticked
    box as one character ("V", "K" for the white tick in a filled box), an iOS switch as "0",
    in a box of the glyph's own size, a line of its own that would hide the glyph from the
    glyph search. A line of one character, about square, where the glyph search finds a glyph
    that covers most of it (or that it covers), is that glyph, not text."""
    out = []
    for text, box, score in lines:
        t = text.strip()
        if len(t) == 1 and box.height > 0 and 0.6 <= box.width / box.height <= 1.6:
            pad = max(2, box.height // 4)
            near = Bounds(box.x1 - pad, box.y1 - pad, box.x2 + pad, box.y2 + pad)
            if any(g.box.intersection(box).area >= 0.6 * min(box.area, g.box.area)
                   for g in px.find_glyphs(img, scale, region=near)):
                continue
        out.append((text, box, score))
    return out


ICON_COLUMN = 3      # leading shapes stacked in one column, at least this many
COLUMN_KIND = 0.75   # the share of one kind in a column of controls (the rest: misreads)


def _icon_column(labelled: dict[int, "px.Control"], lines: list[tuple[str, Bounds, float]]) -> list[int]:
    """The labels whose glyph is one of a column of app icons, not a control: the controls of
    one list are drawn alike (a column of checkboxes, or of radio buttons, one size), while a
    list of apps (iOS's Location Services, an app's permissions) puts a different icon before
    each name, which the glyph search reads as a checkbox here, a radio button or a switch
    there. A column of ICON_COLUMN or more glyphs before their labels, centred one over the
    other, in which no kind makes up COLUMN_KIND of the glyphs is icons: none of them labels a
    control. Where one kind does (four checkboxes and a greyed one read as a switch), the
    others are the misreads: they alone are dropped."""
    lead = [(j, g) for j, g in labelled.items() if g.box.x2 <= lines[j][1].x1 + 4]
    out: set[int] = set()
    for j, g in lead:
        cx = (g.box.x1 + g.box.x2) / 2
        col = [(k, h) for k, h in lead
               if abs((h.box.x1 + h.box.x2) / 2 - cx) <= 0.25 * min(g.box.width, h.box.width)]
        if len(col) < ICON_COLUMN:
            continue
        kinds = [h.kind for _, h in col]
        main = max(set(kinds), key=kinds.count)
        if kinds.count(main) >= COLUMN_KIND * len(col):
            out |= {k for k, h in col if h.kind != main}
        else:
            out |= {k for k, _ in col}
    return sorted(out)


def label_glyphs(img: np.ndarray, glyphs: list["px.Control"], lines: list[tuple[str, Bounds, float]],
                 status_bar: float = 0) -> list[tuple[int, "px.Control"]]:
    """The control each text line labels, (line index, glyph) top to bottom, left to right: a
    glyph takes the wordy line beside it (`_labels_beside`); one label names one control, the
    one that fits it best (`_fits_label`: a row's leading icon is not it); a glyph that lost
    its label in a grid of pairs gets another (`_relabel`); a column of mixed leading shapes is
    app icons and labels nothing (`_icon_column`). Glyphs above `status_bar` (px from the top: a phone's status
    bar, whose icons are round and square too) are left out. One rule for the screenshot-only
    screen and for a tree screen whose controls are drawn, not declared."""
    labelled: dict[int, px.Control] = {}
    beside: dict[int, list[int]] = {}
    for g in glyphs:
        if g.box.y1 < status_bar:
            continue
        beside[id(g)] = [k for k in _labels_beside(g.box, lines, _trailing_width(g, img)) if _wordy(lines[k][0])]
        if not beside[id(g)]:
            continue       # a glyph-like shape with no label beside it is an icon, not a choice
        j = beside[id(g)][0]
        if j not in labelled or _fits_label(g, lines[j][1]) > _fits_label(labelled[j], lines[j][1]):
            labelled[j] = g
    _relabel(glyphs, beside, labelled, lines)
    for j in _icon_column(labelled, lines):
        del labelled[j]
    return sorted(labelled.items(), key=lambda jg: (jg[1].box.y1, jg[1].box.x1))


def pixel_elements(image, lines: list[tuple[str, Bounds, float]], scale: float,
                   start: int = 0) -> list[Element]:
    """Elements for OCR lines and the controls and glyphs found in the pixels around them.
    Controls come first; a line inside a control is its child (as in a real tree)."""
    img = px.rgb(image)
    lines = _drop_glyph_reads(img, _split_glyph_letters(img, lines, scale), scale)
    boxes = [b for _, b, _ in lines]
    controls = px.find_controls(img, boxes, scale)
    glyphs = [g for g in px.find_glyphs(img, scale, exclude=boxes)]
    elements: list[Element] = []
    parent_of: dict[int, int] = {}
    for c in controls:
        idx = start + len(elements)
        label = " ".join(lines[i][0] for i in sorted(c.texts))
        attrs = {"aggregate": "1", "detected": "pixels"}
        enabled = True
        if c.kind == "button" and _looks_disabled(img, c, [lines[i][1] for i in c.texts]):
            enabled, attrs["disabled_guess"] = False, "grey"
        elements.append(Element(index=idx, parent=None, bounds=c.box, text=label, cls=c.kind,
                                clickable=True, enabled=enabled, attrs=attrs))
        for i in c.texts:
            parent_of.setdefault(i, idx)
    for j, g in label_glyphs(img, glyphs, lines, status_bar=STATUS_BAR_DP * scale):
        idx = start + len(elements)
        state = "on" if g.state else "off"
        elements.append(Element(index=idx, parent=None, bounds=g.box, description=lines[j][0],
                                cls=g.kind, clickable=True,
                                attrs={"detected": "pixels", "glyph": g.kind,
                                       "pixel_state": state, "label_line": str(j),
                                       "label_row": _row_text(j, lines)}))
    first_line = start + len(elements)
    buttons = [c.box for c in controls if c.kind == "button"]
    for i, (text, box, score) in enumerate(lines):
        guess = i not in parent_of and _looks_like_label(i, lines, img, buttons, scale)
        attrs = {"ocr_score": f"{score:.3f}", "detected": "ocr"}
        if guess:
            attrs["clickable_guess"] = "label"
        elements.append(Element(index=first_line + i, parent=parent_of.get(i), bounds=box,
                                text=text, cls="text", clickable=guess, attrs=attrs))
    # a glyph's label line: tapping the label ticks the box, as in most toolkits
    for e in elements:
        if e.attrs.get("glyph"):
            line = elements[first_line + int(e.attrs["label_line"])]
            line.attrs["glyph_element"] = str(e.index)
    return elements


def screen_from_image(image, app: str = "", scale: float | None = None,
                      lines: list[tuple[str, Bounds, float]] | None = None,
                      language: str | None = None) -> Screen:
    """A Screen built from a screenshot alone (source "ocr"); `language`, when known, chooses
    the OCR reader (see ocr())."""
    if isinstance(image, Image.Image):
        pil = image.convert("RGB")
    else:
        pil = Image.fromarray(px.rgb(image))
    lines = ocr(pil, language=language) if lines is None else lines
    scale = scale or scale_of(pil.size, lines)
    elements = pixel_elements(pil, lines, scale)
    return Screen(image=pil, elements=elements, source="ocr", app=app, scale=scale, size=pil.size)


def has_text(screen: Screen) -> bool:
    return any(e.label.strip() for e in screen.visible())


def enrich(screen: Screen, language: str | None = None) -> Screen:
    """Add OCR text lines and pixel controls to a screen whose tree holds no text (a canvas,
    WebView, Flutter or game screen). A screen with text, or without a screenshot, is
    returned as it is. The new elements are marked attrs["detected"] = "ocr" / "pixels"."""
    if screen.image is None or has_text(screen):
        return screen
    lines = ocr(screen.image, language=language)
    if not lines:
        return screen
    screen.elements.extend(pixel_elements(screen.image, lines, screen.scale or
                                          guess_scale(screen.image.width), start=len(screen.elements)))
    return screen

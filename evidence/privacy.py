"""Privacy of evidence: which parts of a frame to blur before it is written.

Two kinds of box are blurred:

- always: an element whose text the device redacted (a typed secret, shown by the app in a
  field or echoed on screen, reads as REDACTED in the tree): its pixels are blurred in every
  frame and thumbnail, so a secret never reaches a video frame or a report;
- with `personal=True`: an element whose text holds personal data: a phone number, an 18-digit
  Chinese ID number, an e-mail address, or one of the names given (the config's user name,
  e-mail and phone, and any `names` passed in).

Boxes come from the element tree; a screen whose tree has no text is read with OCR first
(screens.ocr), and its text lines' boxes are used.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from PIL import Image, ImageFilter

from cancelcheck.devices.base import REDACTED
from cancelcheck.screens import Bounds, Screen

PHONE = re.compile(r"(?<!\d)(?:\+?\d{1,3}[\s.-]?)?(?:\(?\d{2,4}\)?[\s.-]?){2,4}\d{3,4}(?!\d)")
CN_MOBILE = re.compile(r"(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)")
CN_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MIN_PHONE_DIGITS = 9


def _is_phone(text: str) -> bool:
    if CN_MOBILE.search(text):
        return True
    for m in PHONE.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= MIN_PHONE_DIGITS:
            return True
    return False


def personal_kind(text: str, names: tuple[str, ...] = ()) -> str:
    """What personal data the text holds ('id', 'email', 'phone', 'name'), or ''."""
    if not text:
        return ""
    if CN_ID.search(text):
        return "id"
    if EMAIL.search(text):
        return "email"
    if _is_phone(text):
        return "phone"
    folded = text.casefold()
    if any(n and n.casefold() in folded for n in names):
        return "name"
    return ""


def names_from_credentials(credentials: dict) -> tuple[str, ...]:
    """The personal words an app config gives: user name, e-mail and phone (never the
    password or an SMS code, which are secrets and are never shown)."""
    return tuple(str(credentials[k]) for k in ("username", "email", "phone")
                 if credentials.get(k))


@dataclass
class Redactor:
    personal: bool = False
    names: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        self.names = tuple(n for n in (str(x).strip() for x in self.names) if len(n) >= 2)

    def _texts(self, e) -> list[str]:
        return [e.text, e.description, *e.attrs.values()]

    def boxes(self, screen: Screen) -> list[Bounds]:
        """The boxes to blur on this screen, in screenshot pixels."""
        if self.personal and screen.image is not None and not screen.texts():
            try:
                from cancelcheck.screens.ocr import enrich
                screen = enrich(screen)
            except Exception:            # no OCR here: the tree is all there is
                pass
        hits = []
        for e in screen.visible():
            if e.attrs.get("aggregate") == "1":
                continue
            texts = self._texts(e)
            if any(REDACTED in t for t in texts if t):
                hits.append(e)
            elif self.personal and any(personal_kind(t, self.names) for t in texts if t):
                hits.append(e)
        # the innermost element holding the words, not every container around it
        ancestors = set()
        for e in hits:
            ancestors.update(a.index for a in screen.ancestors(e))
        return [e.bounds for e in hits if e.index not in ancestors]

    def apply(self, image: Image.Image, screen: Screen, scale: float = 1.0) -> Image.Image:
        """The image with the boxes blurred (a copy when anything was blurred). `scale` maps
        screenshot pixels to this image's pixels (a thumbnail or a video frame)."""
        boxes = self.boxes(screen)
        if not boxes:
            return image
        return blur_boxes(image, [b.scaled(scale) for b in boxes])


def blur_boxes(image: Image.Image, boxes: list[Bounds]) -> Image.Image:
    """Pixelate then blur each box, so the words cannot be read back."""
    out = image.copy()
    w, h = out.size
    for b in boxes:
        b = b.intersection(Bounds(0, 0, w, h))
        if b.empty:
            continue
        region = out.crop((b.x1, b.y1, b.x2, b.y2))
        small = region.resize((max(1, b.width // 12), max(1, b.height // 12)), Image.BILINEAR)
        region = small.resize(region.size, Image.NEAREST).filter(
            ImageFilter.GaussianBlur(max(2, min(b.width, b.height) // 6)))
        out.paste(region, (b.x1, b.y1))
    return out

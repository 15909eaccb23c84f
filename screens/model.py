"""The screen model: a screenshot plus a flat list of elements.

Every source (uiautomator dumps, Appium page sources, the web DOM, OCR) is parsed into
these objects, so that detectors and flows never care where a screen came from.
All boxes are in screenshot pixels.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:                # only named in annotations: a text-only screen needs no PIL
    from PIL import Image


@dataclass(frozen=True)
class Bounds:
    """A box in screen pixels: left, top, right (exclusive), bottom (exclusive)."""

    x1: int
    y1: int
    x2: int
    y2: int

    @property
    def width(self) -> int:
        return max(0, self.x2 - self.x1)

    @property
    def height(self) -> int:
        return max(0, self.y2 - self.y1)

    @property
    def area(self) -> int:
        return self.width * self.height

    @property
    def center(self) -> tuple[int, int]:
        return ((self.x1 + self.x2) // 2, (self.y1 + self.y2) // 2)

    @property
    def empty(self) -> bool:
        return self.width == 0 or self.height == 0

    def contains(self, x: int, y: int) -> bool:
        return self.x1 <= x < self.x2 and self.y1 <= y < self.y2

    def intersection(self, other: "Bounds") -> "Bounds":
        b = Bounds(max(self.x1, other.x1), max(self.y1, other.y1),
                   min(self.x2, other.x2), min(self.y2, other.y2))
        return b if b.x2 > b.x1 and b.y2 > b.y1 else Bounds(0, 0, 0, 0)

    def scaled(self, factor: float) -> "Bounds":
        return Bounds(round(self.x1 * factor), round(self.y1 * factor),
                      round(self.x2 * factor), round(self.y2 * factor))

    def as_list(self) -> list[int]:
        return [self.x1, self.y1, self.x2, self.y2]

    @classmethod
    def from_list(cls, values) -> "Bounds":
        x1, y1, x2, y2 = (int(v) for v in values)
        return cls(x1, y1, x2, y2)


RGBA = tuple[int, int, int, float]


@dataclass(frozen=True)
class Style:
    """Computed style where the source gives it (the web DOM does; Android dumps do not)."""

    color: RGBA | None = None
    background: RGBA | None = None
    font_size: float | None = None      # in screen pixels
    font_weight: int | None = None
    opacity: float | None = None

    def as_dict(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else v)
                for k, v in self.__dict__.items() if v is not None}

    @classmethod
    def from_dict(cls, d: dict | None) -> "Style | None":
        if not d:
            return None
        return cls(color=tuple(d["color"]) if d.get("color") else None,
                   background=tuple(d["background"]) if d.get("background") else None,
                   font_size=d.get("font_size"), font_weight=d.get("font_weight"),
                   opacity=d.get("opacity"))


@dataclass
class Element:
    """One node of a screen's element tree, flattened; `parent` is an index into Screen.elements."""

    index: int
    parent: int | None
    bounds: Bounds
    text: str = ""
    description: str = ""          # content-desc / aria-label / alt / accessibility label
    id: str = ""                   # resource-id / DOM id / accessibility identifier
    cls: str = ""                  # class name (android.widget.Button) or role/tag (button, a)
    clickable: bool = False
    checkable: bool = False
    checked: bool | None = None
    enabled: bool = True
    scrollable: bool = False
    editable: bool = False
    password: bool = False
    selected: bool = False
    focused: bool = False
    visible: bool = True
    style: Style | None = None
    package: str = ""
    attrs: dict[str, str] = field(default_factory=dict)   # source-specific extras (href, type, value…)

    @property
    def label(self) -> str:
        """What a person would call this element: its text, else its description."""
        return self.text or self.description

    @property
    def text_box(self) -> Bounds:
        """The box of the element's own words where the device gave it (attrs.text_box: a web
        element whose box spans its container, or holds a drawn box beside its words), else
        its bounds."""
        try:
            x1, y1, x2, y2 = (int(v) for v in self.attrs["text_box"].split(","))
            return Bounds(x1, y1, x2, y2)
        except (KeyError, ValueError):
            return self.bounds

    @property
    def options(self) -> list[str]:
        """A drop-down's choices (attrs.options, one per line), in order; [] for other elements."""
        return [o for o in self.attrs.get("options", "").split("\n") if o]

    def as_dict(self) -> dict:
        d = {
            "index": self.index, "parent": self.parent, "bounds": self.bounds.as_list(),
            "text": self.text, "description": self.description, "id": self.id, "cls": self.cls,
            "clickable": self.clickable, "checkable": self.checkable, "checked": self.checked,
            "enabled": self.enabled, "scrollable": self.scrollable, "editable": self.editable,
            "password": self.password, "selected": self.selected, "focused": self.focused,
            "visible": self.visible, "package": self.package, "attrs": dict(self.attrs),
        }
        if self.style is not None:
            d["style"] = self.style.as_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Element":
        d = dict(d)
        d["bounds"] = Bounds.from_list(d["bounds"])
        d["style"] = Style.from_dict(d.get("style"))
        return cls(**d)


_SPACE = re.compile(r"\s+")


def clean_text(value: str | None) -> str:
    """Collapse whitespace; the form every parser stores text in."""
    return _SPACE.sub(" ", value or "").strip()


def printable(value, limit: int | None = 200) -> str:
    """Text from an app or a journal as it may go onto a terminal: characters that are not
    printable (ESC, CR, bidi overrides…) become escapes, so app text cannot move the cursor,
    recolour or reorder what is printed; cut to `limit`."""
    text = "" if value is None else str(value)
    text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
                   for c in text)
    return text if limit is None or len(text) <= limit else text[:limit] + "…"


@dataclass
class Screen:
    """What a device saw at one moment: the screenshot and the element tree."""

    image: Image.Image | None
    elements: list[Element]
    source: str                    # "web", "uiautomator", "appium-android", "appium-ios", "ocr"
    app: str = ""                  # package/activity, bundle id or URL of what is in front
    scale: float = 1.0             # screen pixels per dp / pt / CSS px
    size: tuple[int, int] | None = None   # (width, height) in screen pixels

    def __post_init__(self) -> None:
        if self.size is None and self.image is not None:
            self.size = self.image.size

    # -- the tree ---------------------------------------------------------------------------
    def children(self, element: Element | int) -> list[Element]:
        i = element if isinstance(element, int) else element.index
        return [e for e in self.elements if e.parent == i]

    def ancestors(self, element: Element) -> Iterator[Element]:
        p = element.parent
        while p is not None:
            yield self.elements[p]
            p = self.elements[p].parent

    def descendants(self, element: Element) -> list[Element]:
        out, stack = [], [element.index]
        kids: dict[int, list[int]] = {}
        for e in self.elements:
            if e.parent is not None:
                kids.setdefault(e.parent, []).append(e.index)
        while stack:
            for k in kids.get(stack.pop(), []):
                out.append(self.elements[k])
                stack.append(k)
        return out

    # -- lookups ----------------------------------------------------------------------------
    def visible(self) -> list[Element]:
        return [e for e in self.elements if e.visible and not e.bounds.empty]

    def texts(self) -> list[str]:
        """The labels on screen, each once (an element that only gathers its children's text,
        attrs["aggregate"], is left out)."""
        return [e.label for e in self.visible() if e.label and e.attrs.get("aggregate") != "1"]

    def tappable(self, element: Element) -> Element:
        """The element a tap on this one would act on: itself, or its nearest clickable
        ancestor (a row around a title, as on Android), or itself when none is."""
        if element.clickable:
            return element
        return next((a for a in self.ancestors(element) if a.clickable), element)

    def find(self, text: str | None = None, *, regex: str | None = None, id: str | None = None,
             description: str | None = None, clickable: bool | None = None,
             visible_only: bool = True) -> list[Element]:
        """Elements matching all the given criteria; text and description match exactly after
        whitespace is collapsed, case-insensitively; regex is searched in the label."""
        pool = self.visible() if visible_only else self.elements
        rx = re.compile(regex, re.I) if regex else None
        out = []
        for e in pool:
            if text is not None and clean_text(text).casefold() not in (
                    e.text.casefold(), e.description.casefold()):
                continue
            if rx is not None and not (rx.search(e.text) or rx.search(e.description)):
                continue
            if id is not None and e.id != id and not e.id.endswith("/" + id):
                continue
            if description is not None and e.description.casefold() != description.casefold():
                continue
            if clickable is not None and e.clickable != clickable:
                continue
            out.append(e)
        return out

    def at(self, x: int, y: int) -> Element | None:
        """The smallest visible element whose box holds the point."""
        hits = [e for e in self.visible() if e.bounds.contains(x, y)]
        return min(hits, key=lambda e: e.bounds.area) if hits else None

    # -- serialisation ------------------------------------------------------------------------
    def tree_dict(self) -> dict:
        """The element tree as JSON-ready data (the screenshot is saved apart)."""
        return {"source": self.source, "app": self.app, "scale": self.scale,
                "size": list(self.size) if self.size else None,
                "elements": [e.as_dict() for e in self.elements]}

    @classmethod
    def from_tree_dict(cls, d: dict, image: Image.Image | None = None) -> "Screen":
        return cls(image=image, elements=[Element.from_dict(e) for e in d["elements"]],
                   source=d["source"], app=d.get("app", ""), scale=d.get("scale", 1.0),
                   size=tuple(d["size"]) if d.get("size") else None)

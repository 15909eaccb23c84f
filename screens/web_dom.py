"""The web DOM as a Screen: turns the page snapshot taken by web_snapshot.js into Elements.

Boxes arrive in CSS pixels of the viewport and leave in screenshot pixels (CSS px × the
screenshot's own scale, so a boxed element lines up with the pixels whatever the zoom).
"""
from __future__ import annotations

from importlib.resources import files

from PIL import Image

from .errors import ScreenParseError
from .model import Bounds, Element, Screen, Style, clean_text


def snapshot_script() -> str:
    """The JavaScript a web device runs in the page (argument 0: the element cap)."""
    return files(__package__).joinpath("web_snapshot.js").read_text(encoding="utf-8")


def _rgba(value) -> tuple | None:
    if not value:
        return None
    r, g, b, a = value
    return (int(r), int(g), int(b), float(a))


def _attrs(raw: dict, scale: float) -> dict[str, str]:
    """The snapshot's extras as strings; the box of an element's own words (`text_rect`, CSS
    px) becomes `text_box` in screenshot pixels, as its bounds are."""
    attrs = {k: str(v) for k, v in raw.items() if k != "text_rect"}
    try:
        x1, y1, x2, y2 = (float(v) for v in str(raw["text_rect"]).split(","))
        attrs["text_box"] = f"{round(x1 * scale)},{round(y1 * scale)},{round(x2 * scale)},{round(y2 * scale)}"
    except (KeyError, ValueError):
        pass
    return attrs


def parse_web_snapshot(snap: dict, image: Image.Image | None = None,
                       where: str = "<web snapshot>") -> Screen:
    try:
        vw, vh = snap["viewport"]
        raw = snap["elements"]
    except (KeyError, TypeError, ValueError):
        raise ScreenParseError(where, "not a web snapshot (needs 'viewport' and 'elements')") from None
    scale = image.width / vw if image is not None and vw else float(snap.get("dpr") or 1.0)
    elements: list[Element] = []
    for i, e in enumerate(raw):
        x1, y1, x2, y2 = e["rect"]
        st = e.get("style") or {}
        fs = st.get("font_size")
        elements.append(Element(
            index=i, parent=e.get("parent"),
            bounds=Bounds(round(x1 * scale), round(y1 * scale), round(x2 * scale), round(y2 * scale)),
            text=e.get("text") or "" if e.get("editable") else clean_text(e.get("text")),
            description=clean_text(e.get("description")), id=e.get("id") or "",
            cls=e.get("cls") or "", clickable=bool(e.get("clickable")),
            checkable=bool(e.get("checkable")), checked=e.get("checked"),
            enabled=bool(e.get("enabled", True)), scrollable=bool(e.get("scrollable")),
            editable=bool(e.get("editable")), password=bool(e.get("password")),
            selected=bool(e.get("selected")), focused=bool(e.get("focused")),
            visible=bool(e.get("visible", True)),
            style=Style(color=_rgba(st.get("color")), background=_rgba(st.get("background")),
                        font_size=fs * scale if fs else None, font_weight=st.get("font_weight"),
                        opacity=st.get("opacity")),
            attrs=_attrs(e.get("attrs") or {}, scale),
        ))
    size = image.size if image is not None else (round(vw * scale), round(vh * scale))
    return Screen(image=image, elements=elements, source="web", app=snap.get("url", ""),
                  scale=scale, size=size)

"""iOS element trees: Appium XCUITest (WebDriverAgent) page sources.

``<AppiumAUT><XCUIElementTypeApplication type=… name=… label=… enabled=… visible=… x=… y=…
width=… height=…>…`` — the ``<AppiumAUT>`` wrapper is optional (WDA's own /source omits it).

Mapping choices:

* Every ``XCUIElementType*`` element is an Element, the Application included (it has a real
  frame); flattened depth-first in document order. ``<AppiumAUT>`` is not an element.
* ``cls`` = the ``type`` attribute, else the tag (e.g. "XCUIElementTypeButton").
* ``text`` = what is shown: for text-bearing types (StaticText, TextField, TextView,
  SearchField) the ``value`` when not empty (a field's typed text or placeholder), else the
  ``label``; a SecureTextField's value (masked input) is never kept, its text is the label; for every other type the ``label`` — a Switch's or Cell's ``value``
  ("1", "Off", a subtitle) is state or secondary text, kept in ``attrs["value"]``.
* ``id`` = ``name`` (WDA reports the accessibility identifier, or the label when there is
  none); ``description`` = ``name`` when it differs from ``text``, so ``Element.label`` still
  gives a readable string for elements that only have a name.
* Coordinates are points; ``scale`` is pixels per point. Given ``scale`` wins; else, with an
  image, ``image.width / application width``; else 1.0. Boxes are rounded after scaling.
* ``clickable`` by type (Button, Link, Cell, Switch, Toggle, TextField, SecureTextField,
  SearchField, TextView, Tab, MenuItem, SegmentedControl, Key, Slider, Stepper, PickerWheel,
  CheckBox, RadioButton, PopUpButton, ComboBox, Icon…): XCUITest does not report hit-testability
  in the source, so this is the type's usual role, not a promise that a tap does something.
* ``editable``: TextField, SecureTextField, TextView, SearchField (a TextView may be read-only;
  the source cannot tell). ``password``: SecureTextField.
* ``checkable`` / ``checked``: Switch, Toggle, CheckBox, RadioButton; checked when ``value`` is
  "1" (or "true"/"on"). ``scrollable``: ScrollView, Table, CollectionView, WebView.
* ``visible`` / ``enabled`` / ``selected`` / ``focused`` from the attributes of that name when
  present; ``visible`` is False when the scaled box is empty.
* ``app`` (when not given) = the Application's ``bundleId`` attribute when present, else its
  ``name``, else its ``label``.
"""
from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from PIL import Image

from .errors import ScreenParseError
from .model import Bounds, Element, Screen, clean_text
from .xmlsafe import one_line, parse_xml

PREFIX = "XCUIElementType"
_TEXT_TYPES = frozenset(PREFIX + t for t in
                        ("StaticText", "TextField", "SecureTextField", "TextView", "SearchField"))
_CLICKABLE = frozenset(PREFIX + t for t in (
    "Button", "Link", "Cell", "Switch", "Toggle", "TextField", "SecureTextField", "SearchField",
    "TextView", "Tab", "MenuItem", "MenuBarItem", "SegmentedControl", "Key", "Slider",
    "Stepper", "PickerWheel", "CheckBox", "RadioButton", "PopUpButton", "ComboBox", "Icon",
    "DisclosureTriangle", "ColorWell", "Incrementor"))
_EDITABLE = frozenset(PREFIX + t for t in ("TextField", "SecureTextField", "TextView", "SearchField"))
_CHECKABLE = frozenset(PREFIX + t for t in ("Switch", "Toggle", "CheckBox", "RadioButton"))
_SCROLLABLE = frozenset(PREFIX + t for t in ("ScrollView", "Table", "CollectionView", "WebView"))
_MAPPED = frozenset({"type", "name", "label", "value", "enabled", "visible", "selected", "focused",
                     "x", "y", "width", "height"})


MAX_POINTS = 1e6          # a coordinate beyond a million points is no screen position
MAX_SCALE = 100.0


def _num(value: str | None) -> float | None:
    """A coordinate in points, or None when it is missing, not a number, or absurd."""
    if value is None or len(value) > 64:
        return None
    try:
        f = float(value)
    except ValueError:
        return None
    return f if math.isfinite(f) and abs(f) <= MAX_POINTS else None


def _flag(attrs: dict, name: str, default: bool) -> bool:
    v = attrs.get(name)
    return default if v is None else v.strip().lower() in ("true", "1", "yes")


def parse_xcuitest(xml: str | bytes, where: str = "<page source>",
                   image: Image.Image | None = None, scale: float | None = None,
                   app: str = "") -> Screen:
    """Parse an Appium XCUITest page source into a Screen (boxes in screenshot pixels)."""
    where = one_line(where)
    root = parse_xml(xml, where)
    if root.tag == "AppiumAUT":
        tops = [n for n in root if isinstance(n.tag, str) and n.tag.startswith(PREFIX)]
    elif isinstance(root.tag, str) and root.tag.startswith(PREFIX):
        tops = [root]
    else:
        raise ScreenParseError(
            where, f"root element is <{one_line(root.tag)[:60]}>, not <AppiumAUT> or <XCUIElementType…>: "
                   "this is not an Appium XCUITest page source")
    if not tops:
        raise ScreenParseError(where, "<AppiumAUT> holds no XCUIElementType elements")

    application = next((n for n in tops if _type(n) == PREFIX + "Application"), tops[0])
    app_w = _num(application.get("width"))
    app_h = _num(application.get("height"))
    if scale is None:
        scale = (image.width / app_w) if (image is not None and app_w and app_w >= 1) else 1.0
    if isinstance(scale, bool) or not isinstance(scale, (int, float)) or not math.isfinite(scale) \
            or not 0 < scale <= MAX_SCALE:
        raise ScreenParseError(where, f"scale must be a positive number of pixels per point "
                                      f"up to {MAX_SCALE:g}, got {scale!r}")

    elements: list[Element] = []
    stack: list[tuple[ET.Element, int | None]] = [(n, None) for n in reversed(tops)]
    while stack:
        node, parent = stack.pop()
        elements.append(_element(node, len(elements), parent, scale))
        idx = len(elements) - 1
        stack.extend((c, idx) for c in reversed(list(node))
                     if isinstance(c.tag, str) and c.tag.startswith(PREFIX))

    if not app:
        a = application.attrib
        app = a.get("bundleId") or a.get("name") or a.get("label") or ""
    if image is not None:
        size = image.size
    elif app_w and app_h:
        size = (round(app_w * scale), round(app_h * scale))
    else:
        size = None
    return Screen(image=image, elements=elements, source="appium-ios", app=app, scale=scale,
                  size=size)


def _type(node: ET.Element) -> str:
    return node.get("type") or node.tag


def _element(node: ET.Element, index: int, parent: int | None, scale: float) -> Element:
    a = node.attrib
    cls = _type(node)
    x, y, w, h = (_num(a.get(k)) for k in ("x", "y", "width", "height"))
    if None in (x, y, w, h) or w <= 0 or h <= 0:
        bounds = Bounds(0, 0, 0, 0)
    else:
        bounds = Bounds(round(x * scale), round(y * scale),
                        round((x + w) * scale), round((y + h) * scale))
    label = clean_text(a.get("label"))
    value = clean_text(a.get("value"))
    name = (a.get("name") or "").strip()
    secure = cls == PREFIX + "SecureTextField"
    if secure:
        text = label            # the value of a secure field is masked input: never kept
    else:
        text = (value or label) if cls in _TEXT_TYPES else label
    checkable = cls in _CHECKABLE
    visible = _flag(a, "visible", True) and not bounds.empty
    extras = {k: v for k, v in a.items() if k not in _MAPPED and v != ""}
    if a.get("value") and not secure:
        extras["value"] = a["value"]
    return Element(
        index=index, parent=parent, bounds=bounds,
        text=text,
        description=clean_text(name) if clean_text(name) != text else "",
        id=name,
        cls=cls,
        clickable=cls in _CLICKABLE,
        checkable=checkable,
        checked=(value.lower() in ("1", "true", "on")) if checkable else None,
        enabled=_flag(a, "enabled", True),
        scrollable=cls in _SCROLLABLE,
        editable=cls in _EDITABLE,
        password=secure,
        selected=_flag(a, "selected", False),
        focused=_flag(a, "focused", False),
        visible=visible,
        attrs=extras,
    )

"""Android element trees: uiautomator dumps and Appium (UiAutomator2 driver) page sources.

Two dialects share one attribute vocabulary (text, resource-id, class, package, content-desc,
checkable, checked, clickable, enabled, focusable, focused, scrollable, long-clickable, password,
selected, bounds, and on newer devices displayed / visible-to-user):

* uiautomator (`adb shell uiautomator dump`, uiautomator2's `dump_hierarchy()`):
  ``<hierarchy rotation="0"><node class="android.widget.FrameLayout" bounds="[0,0][1080,2400]" …>``
* Appium: the tag is the class name, ``<hierarchy …><android.widget.FrameLayout …>``.

Mapping choices (one place to look them up):

* The ``<hierarchy>`` root is not an element; every element below it is, flattened depth-first in
  document order, ``parent`` pointing at the enclosing element's index (``None`` for the top
  node of each window — uiautomator2 puts the status bar, the app and the launcher's gesture bar
  side by side as separate top-level windows).
* ``bounds`` "[x1,y1][x2,y2]" is already in screen pixels. Malformed or missing bounds become an
  empty ``Bounds(0,0,0,0)`` instead of an error: one odd node must not cost the whole screen.
* ``cls`` is the ``class`` attribute, else (Appium) the tag. ``id`` is ``resource-id`` as given
  (package prefix kept; ``Screen.find(id="x")`` matches the suffix).
* ``clickable`` = clickable or long-clickable. ``checked`` is None unless ``checkable``.
* ``editable`` = the class's simple name ends with EditText or AutoCompleteTextView (covers
  AppCompat/Material subclasses, MultiAutoCompleteTextView, SearchView$SearchAutoComplete).
* ``visible`` = ``displayed`` when present, else ``visible-to-user`` when present, else True;
  always False when the box is empty.
* ``app`` (when not given) = the package of the biggest top-level window that is not the system
  UI (status bar / navigation bar), so a dump that lists com.android.systemui first still names
  the app in front. ``size`` = the image size, else the union of the top-level windows.
* Attributes not mapped to a field (hint, NAF, index, instance, drawing-order…) are kept in
  ``Element.attrs`` when they are not empty.

A document whose root is not ``<hierarchy>`` or that holds no node raises ScreenParseError.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PIL import Image

from .errors import ScreenParseError
from .model import Bounds, Element, Screen, clean_text
from .xmlsafe import one_line, parse_xml

# at most 9 digits a coordinate: a longer number is no screen position (and int() of a
# 5000-digit one raises)
_BOUNDS = re.compile(r"^\s*\[\s*(-?\d{1,9})\s*,\s*(-?\d{1,9})\s*\]\s*\[\s*(-?\d{1,9})\s*,\s*(-?\d{1,9})\s*\]\s*$")
_EDITABLE_SUFFIXES = ("EditText", "AutoCompleteTextView", "SearchAutoComplete")
SYSTEM_UI_PACKAGES = frozenset({"com.android.systemui"})

_MAPPED = frozenset({
    "text", "resource-id", "class", "package", "content-desc", "checkable", "checked",
    "clickable", "enabled", "focused", "scrollable", "long-clickable", "password",
    "selected", "bounds", "displayed", "visible-to-user",
})


def parse_bounds(value: str | None) -> Bounds:
    """"[x1,y1][x2,y2]" → Bounds; anything else → an empty box."""
    m = _BOUNDS.match(value or "")
    if not m:
        return Bounds(0, 0, 0, 0)
    x1, y1, x2, y2 = (int(v) for v in m.groups())
    if x2 < x1 or y2 < y1:
        return Bounds(0, 0, 0, 0)
    return Bounds(x1, y1, x2, y2)


def _flag(attrs: dict, name: str, default: bool = False) -> bool:
    v = attrs.get(name)
    if v is None:
        return default
    return v.strip().lower() == "true"


def _is_editable(cls: str) -> bool:
    simple = cls.rsplit(".", 1)[-1].rsplit("$", 1)[-1]
    return simple.endswith(_EDITABLE_SUFFIXES)


def parse_android(xml: str | bytes, where: str = "<dump>", image: Image.Image | None = None,
                  app: str = "") -> Screen:
    """Parse a uiautomator dump or an Appium Android page source into a Screen."""
    where = one_line(where)
    root = parse_xml(xml, where)
    if root.tag != "hierarchy":
        raise ScreenParseError(
            where, f"root element is <{one_line(root.tag)[:60]}>, not <hierarchy>: this is not a uiautomator "
                   "dump or an Appium Android page source")
    if len(root) == 0:
        raise ScreenParseError(where, "<hierarchy> holds no UI nodes (empty dump: was the "
                                      "screen locked or the app still starting?)")

    dialect = "uiautomator" if root[0].tag == "node" else "appium-android"
    elements: list[Element] = []
    # explicit stack instead of recursion: some apps nest hundreds of levels deep
    stack: list[tuple[ET.Element, int | None]] = [(n, None) for n in reversed(list(root))]
    while stack:
        node, parent = stack.pop()
        if not isinstance(node.tag, str):        # comments / processing instructions
            continue
        elements.append(_element(node, len(elements), parent))
        idx = len(elements) - 1
        stack.extend((child, idx) for child in reversed(list(node)))

    if not elements:
        raise ScreenParseError(where, "<hierarchy> holds no UI nodes")

    tops = [e for e in elements if e.parent is None]
    if not app:
        apps = [e for e in tops if e.package and e.package not in SYSTEM_UI_PACKAGES]
        app = (max(apps, key=lambda e: e.bounds.area).package if apps
               else next((e.package for e in elements if e.package), ""))
    size = image.size if image is not None else None
    if size is None:
        w = max((e.bounds.x2 for e in tops), default=0)
        h = max((e.bounds.y2 for e in tops), default=0)
        size = (w, h) if w and h else None
    return Screen(image=image, elements=elements, source=dialect, app=app, scale=1.0, size=size)


def _element(node: ET.Element, index: int, parent: int | None) -> Element:
    a = node.attrib
    cls = a.get("class") or ("" if node.tag == "node" else node.tag)
    bounds = parse_bounds(a.get("bounds"))
    checkable = _flag(a, "checkable")
    if "displayed" in a:
        visible = _flag(a, "displayed", True)
    elif "visible-to-user" in a:
        visible = _flag(a, "visible-to-user", True)
    else:
        visible = True
    if bounds.empty:
        visible = False
    extras = {k: v for k, v in a.items() if k not in _MAPPED and v != ""}
    return Element(
        index=index, parent=parent, bounds=bounds,
        text=clean_text(a.get("text")),
        description=clean_text(a.get("content-desc")),
        id=(a.get("resource-id") or "").strip(),
        cls=cls,
        clickable=_flag(a, "clickable") or _flag(a, "long-clickable"),
        checkable=checkable,
        checked=_flag(a, "checked") if checkable else None,
        enabled=_flag(a, "enabled", True),
        scrollable=_flag(a, "scrollable"),
        editable=_is_editable(cls),
        password=_flag(a, "password"),
        selected=_flag(a, "selected"),
        focused=_flag(a, "focused"),
        visible=visible,
        package=a.get("package", ""),
        attrs=extras,
    )

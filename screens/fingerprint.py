"""Screen identity: a short digest that stays put across small changes and moves on navigation.

In the spirit of DroidBot's view-signature state hash, with Fastbot's digit stripping:

* Each **visible** element (``visible`` and a non-empty box) gives a signature
  ``(cls, id, text, enabled, checked, selected)`` where *id* is an Android resource-id without
  its ``package:id/`` prefix, or any other id (iOS ``name``, which often repeats the label; a
  DOM id) with digits stripped like text, and *text* is the element's label (text, else
  description) with every digit removed, whitespace collapsed and cut to 40 characters — so a
  clock, a counter, a badge or a price changing does not make a new screen.
* Elements **inside a scrollable container** (any ancestor with ``scrollable``) give only a
  content-free signature ``(cls, short id)`` — and the id only when it is a structural
  resource-id (``…:id/…``): on iOS ``name`` usually repeats the label, so there only the class
  counts. Together with the set semantics below, scrolling a list (rows entering, leaving,
  moving) does not change the print; the container itself still counts in full.
* A text field counts by its label, not by what is typed in it: filling a form stays on the
  same screen.
* **System chrome is ignored**: Android elements of ``com.android.systemui`` (status bar clock,
  notification icons, battery) and, on iOS, the ``XCUIElementTypeStatusBar`` subtree.
* **Web pages** list every rendered element, on screen or not, so there every element counts
  whatever the scroll position (scrolling the page is the same screen), and the URL's
  ``#/route`` fragment is part of the app identity (single-page apps navigate by it).
* Positions are never part of a signature (a window shifting a few pixels is the same screen).
* The print is the SHA-1 of the **app identity** (package/activity, bundle id, or URL host +
  path; digits and query strings stripped) and the **sorted set** of signatures, cut to 16 hex
  digits. A set, not a list: order of windows or of repeated rows does not matter, and a row
  repeated ten times counts once.

``similarity(a, b)`` is the Jaccard index of the two signature sets (1.0 when both are empty),
for "nearly the same screen" decisions a digest cannot make.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from .model import Element, Screen

TEXT_LIMIT = 40
SYSTEM_PACKAGES = frozenset({"com.android.systemui"})
SYSTEM_CLASSES = frozenset({"XCUIElementTypeStatusBar"})

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def normalise_text(value: str) -> str:
    """Digits out, whitespace collapsed, at most TEXT_LIMIT characters."""
    return _SPACE.sub(" ", _DIGITS.sub("", value or "")).strip()[:TEXT_LIMIT]


def short_id(resource_id: str) -> str:
    """'com.tencent.mm:id/title' → 'title'; ids without a package prefix are kept."""
    rid = resource_id or ""
    return rid.split(":id/", 1)[1] if ":id/" in rid else rid


def app_identity(app: str) -> str:
    """Package/activity or bundle id with digits removed; for a URL, host + path + fragment
    (no query string)."""
    app = (app or "").strip()
    if "://" in app:
        parts = urlsplit(app)
        app = f"{parts.netloc}{parts.path}#{parts.fragment}"
    else:
        app = app.split("?", 1)[0].split("#", 1)[0]
    return _DIGITS.sub("", app)


def _is_system(e: Element, screen: Screen) -> bool:
    if e.package in SYSTEM_PACKAGES or e.id.startswith("com.android.systemui:"):
        return True
    if e.cls in SYSTEM_CLASSES:
        return True
    return any(a.cls in SYSTEM_CLASSES or a.package in SYSTEM_PACKAGES
               for a in screen.ancestors(e))


def signatures(screen: Screen) -> frozenset[tuple]:
    """The set of view signatures that identifies a screen (see the module docstring)."""
    sigs = set()
    whole_page = screen.source == "web"
    for e in screen.elements:
        if not (e.visible or whole_page) or e.bounds.empty or _is_system(e, screen):
            continue
        cls = e.cls
        if any(a.scrollable for a in screen.ancestors(e)):
            structural = short_id(e.id) if ":id/" in e.id else ""
            sigs.add(("item", cls, structural))
        else:
            ident = short_id(e.id) if ":id/" in e.id else normalise_text(e.id)
            label = e.description if e.editable else e.label   # what was typed is not identity
            sigs.add(("view", cls, ident, normalise_text(label), e.enabled,
                      e.checked, e.selected))
    return frozenset(sigs)


def fingerprint(screen: Screen) -> str:
    """A 16-hex-digit digest: equal for the same screen at different moments."""
    h = hashlib.sha1()
    h.update(app_identity(screen.app).encode("utf-8"))
    for sig in sorted(signatures(screen), key=repr):
        h.update(b"\n")
        h.update(repr(sig).encode("utf-8"))
    return h.hexdigest()[:16]


def similarity(a: Screen, b: Screen) -> float:
    """Jaccard index of the two screens' signature sets (apps are not compared)."""
    sa, sb = signatures(a), signatures(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)

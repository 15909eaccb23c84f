"""Two texts to guess a screen's language from, side by side, on the screens the tests and
benchmarks have.

The explorer's cues (flows.cues.on_screen) guessed from screen.texts() (every visible label);
the text detectors (detectors/screen_text.read) from the labels of the shown text elements
(detectors.choices.text_elements: not covered, not scrolled out, inside an open dialog). For
each screen both guesses (words.detect) are printed when they differ, with the texts.

Screens: every route of every specimen (specimens/*, rendered in a phone-sized Chromium) and
every HTML file of the test pages (tests/data/pages/, as each first shows), the captured
dumps of tests/data/dumps/ (uiautomator, Appium Android, XCUITest), and the DroidBot states of
benchmarks/data/droidbot_fdroid/ (their view trees, built as a uiautomator tree). No held-out
file is read.

    .venv/bin/python benchmarks/screen_language.py            # counts and the differing screens
    .venv/bin/python benchmarks/screen_language.py --no-web   # without Chromium
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from cancelcheck.detectors.choices import text_elements
from cancelcheck.screens import Bounds, Element, Screen
from cancelcheck.screens.android_xml import parse_android
from cancelcheck.screens.ios_xml import parse_xcuitest
from cancelcheck.words import detect

ROOT = Path(__file__).resolve().parents[1]


def dumps():
    for path in sorted((ROOT / "tests" / "data" / "dumps").glob("*.xml")):
        if "heldout" in path.name:
            continue
        xml = path.read_text(encoding="utf-8")
        parse = parse_xcuitest if path.name.startswith("xcuitest") else parse_android
        yield f"dumps/{path.name}", parse(xml, str(path))


def droidbot():
    for path in sorted((ROOT / "benchmarks" / "data" / "droidbot_fdroid").glob("*.json")):
        if "heldout" in path.name:
            continue
        views = json.loads(path.read_text(encoding="utf-8")).get("views") or []
        els = []
        for i, v in enumerate(views):
            (x1, y1), (x2, y2) = v["bounds"]
            p = v.get("parent")
            els.append(Element(index=i, parent=p if p is not None and p >= 0 else None,
                               bounds=Bounds(x1, y1, x2, y2), text=(v.get("text") or "").strip(),
                               description=(v.get("content_description") or "").strip(),
                               cls=v.get("class") or "", clickable=bool(v.get("clickable")),
                               checkable=bool(v.get("checkable")),
                               scrollable=bool(v.get("scrollable")),
                               editable=bool(v.get("editable")),
                               visible=bool(v.get("visible", True))))
        yield f"droidbot/{path.stem}", Screen(image=None, elements=els, source="uiautomator")


def specimens():
    from cancelcheck.devices.web import WebDevice
    from cancelcheck.specimens import catalog
    from cancelcheck.specimens.server import SpecimenServer
    with SpecimenServer() as server:
        for name in catalog.names():
            js = (catalog.folder(name) / "app.js").read_text(encoding="utf-8")
            routes = sorted(set(re.findall(r"'(#/[^']*)': function", js)))
            device = WebDevice(server.url(name))
            try:
                device.start(fresh=True)
                for route in routes:
                    device.run_js("location.hash = arguments[0]", route)
                    time.sleep(0.35)
                    if device.run_js("return location.hash") != route:
                        continue
                    yield f"specimen/{name}{route}", device.capture()
            finally:
                device.close()


def pages():
    """Every HTML file of the small test pages (tests/data/pages/), as it first shows."""
    from cancelcheck.devices.web import WebDevice
    from cancelcheck.specimens.server import SpecimenServer
    root = ROOT / "tests" / "data" / "pages"
    with SpecimenServer(root=root) as server:
        for path in sorted(root.rglob("*.html")):
            if "heldout" in str(path):
                continue
            device = WebDevice(f"{server.base_url}/{path.relative_to(root).as_posix()}")
            try:
                device.start(fresh=True)
                yield f"pages/{path.relative_to(root).as_posix()}", device.capture()
            except Exception as exc:          # a page that needs what a test gives it
                print(f"pages/{path.relative_to(root).as_posix()}: not captured ({exc})")
            finally:
                device.close()


def main(argv: list[str]) -> int:
    sources = [("dumps", dumps), ("droidbot", droidbot)]
    if "--no-web" not in argv:
        sources += [("specimens", specimens), ("pages", pages)]
    total = differ = 0
    for source, screens in sources:
        n = d = 0
        for name, screen in screens():
            n += 1
            all_texts = screen.texts()
            shown = [e.label for e in text_elements(screen)]
            a, b = detect(all_texts), detect(shown)
            if a == b:
                continue
            d += 1
            print(f"{name}\ttexts(): {a}\tshown: {b}")
            print(f"    texts(): {all_texts[:40]!r}")
            print(f"    shown:   {shown[:40]!r}")
        print(f"{source}: {n} screens, {d} with two guesses")
        total += n
        differ += d
    print(f"ALL: {total} screens, {differ} with two guesses")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

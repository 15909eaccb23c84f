"""Follow a specimen's ground-truth path (truth.yaml `path`) on a device, step by step.

A test aid, not the flow engine: each step must name exactly what is on screen, so a path that
drifts from its specimen fails here, naming the step.
"""
from __future__ import annotations

import time

from cancelcheck.devices import Device
from cancelcheck.screens import Element, Screen, clean_text


class PathError(AssertionError):
    pass


def _same(a: str, b: str) -> bool:
    return clean_text(a).casefold() == clean_text(b).casefold()


def _usable(screen: Screen) -> list[Element]:
    return [e for e in screen.visible() if e.attrs.get("obscured") != "1"]


def find_tappable(screen: Screen, text: str, index: int = 0) -> Element:
    hits = [e for e in _usable(screen) if _same(e.text, text) or _same(e.description, text)]
    hits.sort(key=lambda e: (not e.clickable, e.bounds.area))
    if len(hits) <= index:
        raise PathError(f"no tappable {text!r} on screen; visible: {screen.texts()[:40]}")
    return hits[index]


def find_field(screen: Screen, label: str) -> Element:
    for e in _usable(screen):
        if (e.editable or e.attrs.get("tag") == "select") and (
                _same(e.description, label) or _same(e.attrs.get("placeholder", ""), label)
                or _same(e.id, label)):
            return e
    raise PathError(f"no field labelled {label!r}; fields: "
                    f"{[e.description for e in screen.elements if e.editable]}")


def find_checkbox(screen: Screen, label: str) -> Element:
    for e in _usable(screen):
        if e.checkable and (_same(e.description, label) or _same(e.text, label)):
            return e
    return find_tappable(screen, label)


def find_container(screen: Screen, ref: str) -> Element:
    for e in screen.visible():
        if e.scrollable and (("#" + e.id) == ref or _same(e.label, ref) or _same(e.id, ref)):
            return e
    raise PathError(f"no scroll container {ref!r}")


def substitute(text: str, truth) -> str:
    return (str(text).replace("${password}", truth.credentials.get("password", ""))
            .replace("${sms_code}", str(truth.sms_code or "")))


# A page still loading: a spinner, a region marked aria-busy, or a toast on screen.
BUSY_JS = """return !!document.querySelector('[role=progressbar], [aria-busy=true]') ||
  [...document.querySelectorAll('[role=status]')].some(e => e.innerText.trim() !== '');"""


def settle(device: Device, timeout: float = 8.0) -> None:
    """Until the page is idle and shows no spinner, busy region or toast (flaky-en marks what
    it still loads late with aria-busy; the flow engine must cope without such hints)."""
    time.sleep(0.15)
    if hasattr(device, "wait_idle"):
        device.wait_idle()
    if not hasattr(device, "run_js"):
        return
    end = time.monotonic() + timeout
    waited = False
    while device.run_js(BUSY_JS) and time.monotonic() < end:
        waited = True
        time.sleep(0.1)
    if waited and hasattr(device, "wait_idle"):
        device.wait_idle()


def follow(device: Device, truth, *, stop_before_final: bool = False) -> tuple[int, float, Screen]:
    """Perform the path; returns (steps, seconds waited, the last screen)."""
    steps, waited = 0, 0.0
    screen = device.capture()
    for n, step in enumerate(truth.path, 1):
        (verb, arg), = step.items()
        where = f"{truth.name} path step {n} ({verb})"
        try:
            if verb == "tapOn":
                arg = arg if isinstance(arg, dict) else {"text": arg}
                if arg.get("final") and stop_before_final:
                    if "point" not in arg:
                        find_tappable(screen, arg["text"], arg.get("index", 0))
                    return steps, waited, screen
                if "point" in arg:
                    x, y = arg["point"]
                    device.tap((round(x * screen.scale), round(y * screen.scale)))
                else:
                    device.tap(find_tappable(screen, arg["text"], arg.get("index", 0)))
                steps += 1
            elif verb == "inputText":
                field = find_field(screen, arg["into"])
                secret = "${" in str(arg["text"])
                device.type_text(field, substitute(arg["text"], truth), secret=secret)
                steps += 1
            elif verb == "pickOption":
                device.choose(find_field(screen, arg["field"]), arg["option"])
                steps += 1
            elif verb in ("check", "uncheck"):
                box = find_checkbox(screen, arg)
                if box.checked is not None and box.checked == (verb == "check"):
                    raise PathError(f"{arg!r} is already {'checked' if box.checked else 'clear'}: "
                                    "a step that does nothing")
                device.tap(box)
                steps += 1
            elif verb == "scroll":
                within = find_container(screen, arg["within"]) if arg.get("within") else None
                for _ in range(int(arg.get("times", 1))):
                    device.scroll(arg.get("direction", "down"), within)
                    steps += 1
                    time.sleep(0.1)
            elif verb == "back":
                device.back()
                steps += 1
            elif verb == "waitFor":
                time.sleep(float(arg["seconds"]))
                waited += float(arg["seconds"])
            else:
                raise PathError(f"unknown verb {verb!r}")
        except PathError as exc:
            raise PathError(f"{where}: {exc}") from None
        settle(device)
        screen = device.capture()
    return steps, waited, screen

"""What one capture costs on the web device, part by part, measured side by side in one run.

    .venv/bin/python benchmarks/capture_cost.py [SPECIMEN] [ROUNDS]

Prints the median milliseconds of each part and its ratio to the screenshot, which is the
unit the rest of the tool is budgeted in (a tap or a parse is "x screenshots"). Selenium's
screenshot and W3C tap are measured beside the CDP calls the device uses instead.
"""
from __future__ import annotations

import io
import statistics
import sys
import time

from PIL import Image

from cancelcheck.devices.web import WebDevice
from cancelcheck.screens.web_dom import parse_web_snapshot
from cancelcheck.specimens.server import SpecimenServer


def timed(fn, rounds):
    out, result = [], None
    for _ in range(rounds):
        t = time.perf_counter()
        result = fn()
        out.append((time.perf_counter() - t) * 1000)
    return statistics.median(out), result


def w3c_tap(driver, x, y):
    from selenium.webdriver.common.actions import interaction
    from selenium.webdriver.common.actions.action_builder import ActionBuilder
    from selenium.webdriver.common.actions.pointer_input import PointerInput
    ab = ActionBuilder(driver, mouse=PointerInput(interaction.POINTER_TOUCH, "finger"))
    ab.pointer_action.move_to_location(int(x), int(y)).pointer_down().pointer_up()
    ab.perform()


def main(name: str = "roach-motel-en", rounds: int = 20) -> None:
    with SpecimenServer() as server, WebDevice(server.url(name)) as device:
        device.start()
        time.sleep(0.5)
        d = device.driver
        shot_ms, png = timed(d.get_screenshot_as_png, rounds)
        decode_ms, image = timed(lambda: Image.open(io.BytesIO(png)).convert("RGB"), rounds)
        snap_ms, snap = timed(lambda: d.execute_script(device._snapshot.script, 3000), rounds)
        parse_ms, screen = timed(lambda: parse_web_snapshot(snap, image), rounds)
        capture_ms, _ = timed(device.capture, rounds)
        try:
            from cancelcheck.screens.fingerprint import fingerprint
            fp_ms, _ = timed(lambda: fingerprint(screen), rounds)
        except ImportError:
            fp_ms = None
        x, y = screen.size[0] // 2, 10
        tap_ms, _ = timed(lambda: device.tap((x, y)), rounds)
        w3c_ms, _ = timed(lambda: w3c_tap(d, x / device.pixel_ratio, y / device.pixel_ratio),
                          rounds)
    rows = [("screenshot: Selenium PNG", shot_ms), ("PNG decode", decode_ms),
            ("DOM snapshot (JS)", snap_ms), ("parse snapshot", parse_ms),
            ("whole capture() (CDP fast PNG)", capture_ms),
            ("tap: W3C touch action", w3c_ms), ("tap: CDP touch (used)", tap_ms)]
    if fp_ms is not None:
        rows.append(("fingerprint", fp_ms))
    print(f"{name}: {len(screen.elements)} elements, {rounds} rounds, median ms")
    for label, ms in rows:
        print(f"  {label:32s} {ms:8.2f} ms  {ms / shot_ms:6.2f}× screenshot")


if __name__ == "__main__":
    main(*(sys.argv[1:2] or ["roach-motel-en"]), *([int(sys.argv[2])] if len(sys.argv) > 2 else []))

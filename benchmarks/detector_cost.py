"""Time per screen of all per-screen detectors, without OCR and with it, side by side.

    .venv/bin/python benchmarks/detector_cost.py [ROUNDS]

Screens: real captures of every specimen's start screen and of roach-motel-en's retention
screen (element tree + 1082×2402 screenshot), and two 150-element screens (the issue's
yardstick: at most 50 ms median without OCR on 150 elements): a long list (roach-motel-en's
Settings rows repeated, with the retention screen's two buttons once) as most big screens are,
and a worst case where the retention dialog's buttons are repeated 21 times (42 options, each
measured in the pixels).
Prints medians in ms and each as a ratio to one screenshot capture of the same screen.
"""
from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace

from cancelcheck import detectors
from cancelcheck.devices.web import WebDevice
from cancelcheck.screens import Bounds, Screen
from cancelcheck.screens.ocr import screen_from_image
from cancelcheck.specimens import catalog
from cancelcheck.specimens.server import SpecimenServer


def median_ms(fn, rounds: int, clock=time.perf_counter) -> float:
    out = []
    for _ in range(rounds):
        t = clock()
        fn()
        out.append((clock() - t) * 1000)
    return statistics.median(out)


def fresh(screen: Screen) -> Screen:
    """A copy without the detectors' per-screen cache, so each round pays in full."""
    return Screen(image=screen.image, elements=[replace(e) for e in screen.elements],
                  source=screen.source, app=screen.app, scale=screen.scale, size=screen.size)


def big(screen: Screen, n: int = 150) -> Screen:
    els = []
    while len(els) < n:
        for e in screen.elements:
            if len(els) >= n:
                break
            shift = 40 * (len(els) // max(1, len(screen.elements)))
            els.append(replace(e, index=len(els), parent=None,
                               bounds=Bounds(e.bounds.x1, e.bounds.y1 + shift, e.bounds.x2,
                                             e.bounds.y2 + shift)))
    return Screen(image=screen.image, elements=els, source=screen.source, app=screen.app,
                  scale=screen.scale, size=screen.size)


def main(rounds: int = 7) -> None:
    screens: list[tuple[str, Screen, float]] = []
    with SpecimenServer() as server:
        for name in catalog.names():
            with WebDevice(server.url(name)) as d:
                d.start()
                d.wait_idle()
                shot = median_ms(d.capture, 3)
                screens.append((f"{name} start", d.capture(), shot))
                if name == "roach-motel-en":
                    d.run_js("location.hash = '#/settings'")
                    time.sleep(0.5)
                    d.wait_idle()
                    settings = d.capture()
                    d.run_js("location.hash = '#/delete/offer'")
                    time.sleep(0.5)
                    d.wait_idle()
                    offer = d.capture()
                    screens.append(("roach-motel-en offer", offer, shot))
                    rows = big(settings, 150 - len(offer.elements))
                    listing = Screen(image=offer.image, elements=[
                        replace(e, index=i) for i, e in enumerate(rows.elements + [
                            replace(o, parent=None) for o in offer.elements])],
                        source=offer.source, app=offer.app, scale=offer.scale, size=offer.size)
                    screens.append(("150 elements, a list", listing, shot))
                    screens.append(("150 elements, 42 options", big(offer), shot))
    print("detectors: CPU time of this process (time.process_time), so other load does not count;"
          " OCR: wall time")
    print(f"{'screen':28} {'elements':>8} {'detectors ms':>13} {'÷capture':>9} {'OCR+detectors ms':>17} {'÷capture':>9}")
    no_ocr = []
    for label, screen, shot in screens:
        t_det = median_ms(lambda: detectors.scan(fresh(screen)), rounds, time.process_time)
        t_ocr = median_ms(lambda: detectors.scan(screen_from_image(screen.image)), 1 if rounds < 3 else 2)
        no_ocr.append(t_det)
        print(f"{label:28} {len(screen.elements):8} {t_det:13.1f} {t_det / shot:9.2f} "
              f"{t_ocr:17.0f} {t_ocr / shot:9.2f}")
    print(f"median over screens, without OCR: {statistics.median(no_ocr):.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)

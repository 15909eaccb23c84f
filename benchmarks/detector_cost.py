"""Time per screen of all per-screen detectors, without OCR and with it, side by side.

    .venv/bin/python benchmarks/detector_cost.py [ROUNDS]

Screens: real captures of every specimen's start screen and of roach-motel-en's retention
screen (element tree + 1082×2402 screenshot), and a 150-element screen made by repeating the
retention screen's rows (the issue's yardstick: at most 50 ms median without OCR).
Prints medians in ms and each as a ratio to one screenshot capture of the same screen.
"""
from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace

import detectors
from devices.web import WebDevice
from screens import Bounds, Screen
from screens.ocr import screen_from_image
from specimens import catalog
from specimens.server import SpecimenServer


def median_ms(fn, rounds: int) -> float:
    out = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
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
                    d.run_js("location.hash = '#/delete/offer'")
                    time.sleep(0.5)
                    d.wait_idle()
                    offer = d.capture()
                    screens.append(("roach-motel-en offer", offer, shot))
                    screens.append((f"150 elements ({len(big(offer).elements)})", big(offer), shot))
    print(f"{'screen':28} {'elements':>8} {'detectors ms':>13} {'÷capture':>9} {'OCR+detectors ms':>17} {'÷capture':>9}")
    no_ocr = []
    for label, screen, shot in screens:
        t_det = median_ms(lambda: detectors.scan(fresh(screen)), rounds)
        t_ocr = median_ms(lambda: detectors.scan(screen_from_image(screen.image)), 1 if rounds < 3 else 2)
        no_ocr.append(t_det)
        print(f"{label:28} {len(screen.elements):8} {t_det:13.1f} {t_det / shot:9.2f} "
              f"{t_ocr:17.0f} {t_ocr / shot:9.2f}")
    print(f"median over screens, without OCR: {statistics.median(no_ocr):.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)

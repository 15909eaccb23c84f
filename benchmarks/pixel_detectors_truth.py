"""Precision and recall of the pixel-side detectors over every specimen screen, against the
specimens' truth.yaml, in two modes measured in one run:

  tree  the web device's screen (element tree + screenshot), every per-screen detector
  ocr   the screenshot alone through screens.ocr.screen_from_image (what `scan-image` does)

    .venv/bin/python benchmarks/pixel_detectors_truth.py [--shots DIR] [SPECIMEN...]

Every route of every specimen (the keys of its app.js routes) is captured at the top and, when
the page scrolls, at the bottom; a route's findings are the union of both. A finding matches a
truth entry with the same route and type when one evidence text holds the other. Types judged:
false_hierarchy, low_contrast_exit, tiny_exit, preselection. Also prints OCR seconds per
screenshot. With --shots, the captures are saved there (PNG + tree JSON).
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

TYPES = ("false_hierarchy", "low_contrast_exit", "tiny_exit", "preselection")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("’", "'")).strip().casefold()


def matches(found: dict, truth: dict) -> bool:
    a, b = _norm(found["evidence"]), _norm(truth.get("evidence", ""))
    return found["type"] == truth["type"] and bool(a) and bool(b) and (a in b or b in a)


def capture(names, shots: Path | None):
    from cancelcheck.devices.web import WebDevice
    from cancelcheck.specimens.server import ROOT, SpecimenServer
    with SpecimenServer() as server:
        for name in names:
            js = (ROOT / name / "app.js").read_text(encoding="utf-8")
            routes = sorted(set(re.findall(r"'(#/[^']*)'\s*:\s*function", js)))
            dev = WebDevice(server.url(name))
            dev.start(fresh=True)
            try:
                for route in routes:
                    dev.run_js(f"location.hash={route!r}")
                    time.sleep(0.4)
                    shots_here = [dev.capture()]
                    y = dev.run_js("window.scrollTo(0, document.documentElement.scrollHeight);"
                                   " return window.scrollY")
                    if y and y > 0:
                        time.sleep(0.3)
                        shots_here.append(dev.capture())
                    for k, screen in enumerate(shots_here):
                        if shots is not None:
                            d = shots / name
                            d.mkdir(parents=True, exist_ok=True)
                            slug = (route.strip("#/").replace("/", "_") or "root") + ("__bottom" if k else "")
                            screen.image.save(d / f"{slug}.png")
                            (d / f"{slug}.json").write_text(json.dumps(
                                {"route": route, "tree": screen.tree_dict()}))
                        yield name, route, screen
            finally:
                dev.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("specimens", nargs="*")
    ap.add_argument("--shots", type=Path)
    args = ap.parse_args(argv)

    from cancelcheck.detectors import Context, scan
    from cancelcheck.screens.ocr import screen_from_image
    from cancelcheck.specimens.catalog import names as all_names
    from cancelcheck.specimens.catalog import truth as load

    names = args.specimens or all_names()
    truth = {n: [t for t in load(n).findings if t["type"] in TYPES] for n in names}
    found = {"tree": {}, "ocr": {}}
    ocr_seconds = []
    for name, route, screen in capture(names, args.shots):
        lang = load(name).language
        for mode in ("tree", "ocr"):
            if mode == "ocr":
                t = time.perf_counter()
                s = screen_from_image(screen.image, app=name)
                ocr_seconds.append(time.perf_counter() - t)
            else:
                s = screen
            for f in scan(s, Context(language=lang)):
                if f.type in TYPES:
                    key = (name, route, f.type, f.evidence)
                    found[mode].setdefault(key, {"type": f.type, "evidence": f.evidence,
                                                 "detector": f.detector})
    print(f"OCR + pixel controls per 1082x2402 screenshot: median {statistics.median(ocr_seconds):.2f} s,"
          f" max {max(ocr_seconds):.2f} s over {len(ocr_seconds)} screenshots")
    for mode in ("tree", "ocr"):
        print(f"\n== {mode} mode")
        print(f"{'type':20} {'TP':>3} {'FP':>3} {'FN':>3} {'precision':>9} {'recall':>6}")
        for typ in TYPES:
            tp = fp = fn = 0
            for name in names:
                want = [(t["route"], t) for t in truth[name] if t["type"] == typ]
                got = [(k[1], v) for k, v in found[mode].items() if k[0] == name and v["type"] == typ]
                hit = set()
                for route, g in got:
                    ok = [i for i, (r, t) in enumerate(want) if r == route and matches(g, t)]
                    if ok:
                        tp += 1
                        hit.update(ok)
                    else:
                        fp += 1
                        print(f"   FP {name} {route} {typ}: {g['evidence']!r} ({g['detector']})")
                for i, (route, t) in enumerate(want):
                    if i not in hit:
                        fn += 1
                        print(f"   FN {name} {route} {typ}: {t.get('evidence')!r}")
            p = tp / (tp + fp) if tp + fp else float("nan")
            r = tp / (tp + fn) if tp + fn else float("nan")
            print(f"{typ:20} {tp:3} {fp:3} {fn:3} {p:9.2f} {r:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

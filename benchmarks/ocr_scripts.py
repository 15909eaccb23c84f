"""OCR per script: the settings screens of tests/test_ocr_scripts.py (drawn by real headless
Chromium, our own words) read by screens/ocr.py; per screen, how many of its 7 lines come out
letter for letter, and the CPU time of ocr() (median of ROUNDS; with the tesseract runs), against another revision's
screens/ocr.py when --against names one (both loaded in this process, timed in turn).

    .venv/bin/python benchmarks/ocr_scripts.py [--rounds 5] [--against main] [--only en,ru]
"""
from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_ocr_scripts import LIGHT, PAGE, SCREENS  # noqa: E402

from cancelcheck.devices.web_page import CHROMIUM  # noqa: E402
from cancelcheck.screens import ocr as this  # noqa: E402

KEYS = ("title", "row", "row_sum", "ticked", "ticked_sum", "unticked", "last")


def shoot(root: Path, lang: str) -> Image.Image:
    page, png = root / f"{lang}.html", root / f"{lang}.png"
    page.write_text(PAGE.format(**{**LIGHT, **SCREENS[lang]}), encoding="utf-8")
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--user-data-dir={root / 'profile'}", "--force-device-scale-factor=2.625",
                    "--window-size=412,700", f"--screenshot={png}", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    return Image.open(png).convert("RGB")


def other(rev: str):
    """screens/ocr.py at `rev`, loaded as a module beside this one (removed at once)."""
    path = ROOT / "screens" / "_ocr_against.py"
    path.write_text(subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:screens/ocr.py"],
                                   check=True, capture_output=True, text=True).stdout)
    try:
        return importlib.import_module("cancelcheck.screens._ocr_against")
    finally:
        path.unlink()


def _cpu() -> float:
    t = os.times()          # this process and its children (the tesseract runs)
    return t.user + t.system + t.children_user + t.children_system


def cpu_ms(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = _cpu()
        fn()
        times.append(_cpu() - t0)
    return sorted(times)[len(times) // 2] * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--against", help="a git revision whose screens/ocr.py is timed too")
    ap.add_argument("--only", help="comma-separated screens (default: all)")
    args = ap.parse_args()
    old = other(args.against) if args.against else None
    names = args.only.split(",") if args.only else list(SCREENS)
    with tempfile.TemporaryDirectory() as tmp:
        shots = {n: shoot(Path(tmp), n) for n in names}
    this.ocr(shots[names[0]])
    if old:
        old.ocr(shots[names[0]])
    print(f"{'screen':8} {'lines':>5} {'ms':>6}" + (f" {args.against + ' ms':>10} {'same':>5}" if old else ""))
    for n, img in shots.items():
        texts = [t for t, _, _ in this.ocr(img)]
        right = sum(SCREENS[n][k] in texts for k in KEYS)
        row = f"{n:8} {right:>3}/7 {cpu_ms(lambda: this.ocr(img), args.rounds):6.0f}"
        if old:
            same = old.ocr(img) == this.ocr(img)
            row += f" {cpu_ms(lambda: old.ocr(img), args.rounds):10.0f} {str(same):>5}"
        print(row)


if __name__ == "__main__":
    main()

"""Checkboxes, switches and radio buttons found in the pixels of REAL app screenshots, their
state, and the preselection finding, against truth derived from the apps' view hierarchies.

    .venv/bin/python benchmarks/preselection_pixels.py [DIR ...] [--ocr-cache FILE] [--list]

DIR holds DroidBot states: NAME.jpg (the screenshot) beside NAME.json (the view hierarchy DroidBot
saved at the same moment). Default: benchmarks/data/droidbot_fdroid (the committed sample; see
SOURCES.md there for the dataset, commit and licence, and how to extract the full set).
A DIR of screenshots with no view hierarchy (NAME.png / NAME.jpg) is a screenshot-only set:
only (d) below is measured on it, on the screenshots its --truth file names.

Only the screenshot goes through the program (OCR + screens.pixels, as `scan-image` does); the
view hierarchy gives the truth by rule (benchmarks/droidbot_truth.py):
  (a) control detection: a glyph element found in the pixels (with a label line beside it)
      matches a truth control when its centre lies in the control's bounds (10 px slack);
      a checked text view (dialog rows) may be found as a radio or a checkbox.
  (b) state: on / off of the matched controls (precision/recall of "on").
  (c) preselection: the `preselection` findings of detectors/preselection_pixels.py against
      (c1) the same rule applied to the tree (checked in the tree AND its tree label says a
           provider-favouring concept in detectors/lexicons/provider_favouring.yaml or is a
           "keep / deactivate instead" option) — this measures the pixel side alone;
      (c2) the hand judgement in DIR/preselection_truth.txt when it exists (one line per
           pre-ticked provider-favouring control: `NAME<TAB>label`), judged by looking at
           each screenshot's ticked controls.
  (d) screenshot-only sets: the preselection findings against the hand judgement alone
      (`NAME<TAB>label` per pre-ticked provider-favouring control, `NAME<TAB>-` for a judged
      screenshot with none). A finding is right when its label shares at least half of the
      words of a judged label of the same screenshot (each judged control is matched once).
Also prints the CPU milliseconds per screenshot of the glyph search alone and of OCR + glyphs.
"""
from __future__ import annotations

import argparse
import collections
import pickle
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import droidbot_truth as dt  # noqa: E402

DEFAULT = HERE / "data" / "droidbot_fdroid"
COMPATIBLE = {"toggle": {"toggle"}, "checkbox": {"checkbox"}, "radio": {"radio"},
              "choice": {"radio", "checkbox"}}


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if tp else 0.0
    return f"TP {tp:4} FP {fp:4} FN {fn:4}  precision {p:5.2f}  recall {r:5.2f}  F1 {f:5.2f}"


def favours_provider(label: str) -> bool:
    from cancelcheck.detectors import choices, lexicon
    return bool(lexicon.load("provider_favouring").match(label)) or \
        choices.classify(label, None) == choices.RETREAT


def read_truth(path: Path) -> dict[str, list[str]] | None:
    """NAME -> judged labels ([] for a judged screenshot with none); None after a bad line."""
    out: dict[str, list[str]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            name, _, label = line.partition("\t")
            if not label.strip():
                print(f"{path}:{n}: expected NAME<TAB>label (or NAME<TAB>-)", file=sys.stderr)
                return None
            out.setdefault(name.strip(), [])
            if label.strip() != "-":
                out[name.strip()].append(label.strip())
    return out


def words(text: str) -> set[str]:
    import re
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 1 and not w.isdigit()}


def same_option(judged: str, found: str) -> bool:
    want = words(judged)
    return bool(want) and len(want & words(found)) >= 0.5 * len(want)


def best_option(judged: list[str], found: str) -> int | None:
    """The index of the judged label a finding is, or None: of the labels it shares at least
    half the words with, the one it shares the largest part of ("Consent to Crash Report" is
    "Consent to Crash Report Collection", not the "Consent to Usage Collection" above it,
    which it shares half of)."""
    fits = [(len(words(lab) & words(found)) / len(words(lab)), -i) for i, lab in enumerate(judged)
            if same_option(lab, found)]
    return -max(fits)[1] if fits else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("--ocr-cache", type=Path, help="pickle of OCR lines per screenshot (made if missing)")
    ap.add_argument("--list", action="store_true", help="print every miss and false alarm")
    ap.add_argument("--truth", type=Path, action="append", default=[],
                    help="hand judgement for a screenshot-only DIR (default DIR/preselection_truth.txt),"
                         " given once per such DIR in order")
    args = ap.parse_args(argv)

    from PIL import Image

    from cancelcheck.detectors import Context, scan
    from cancelcheck.screens import Bounds
    from cancelcheck.screens import pixels as px
    from cancelcheck.screens.ocr import guess_scale, ocr, screen_from_image

    cache = {}
    if args.ocr_cache and args.ocr_cache.exists():
        cache = pickle.loads(args.ocr_cache.read_bytes())
    det = collections.Counter()          # (kind, tp/fp/fn)
    state = collections.Counter()        # tp/fp/fn/tn of "on"
    c1 = collections.Counter()
    c2 = collections.Counter()
    c3 = collections.Counter()
    glyph_ms, total_ms = [], []
    images = with_controls = n_truth = cached = shots = 0
    misses = []
    truths = list(args.truth)

    def lines_of(name, pil):
        nonlocal cached
        if name in cache:
            cached += 1
            return [(t, Bounds(*b), s) for t, b, s in cache[name]]
        lines = ocr(pil)
        cache[name] = [(t, b.as_list(), s) for t, b, s in lines]
        return lines

    def preselections(pil, lines, scale=None):
        screen = screen_from_image(pil, lines=lines, scale=scale)
        return screen, [f for f in scan(screen, Context(), only=["preselection_pixels"])
                        if f.type == "preselection"]

    for d in args.dirs:
        if not d.is_dir():
            print(f"{d}: not a directory", file=sys.stderr)
            return 2
        pairs = dt.pairs(d)
        hand_file = d / "preselection_truth.txt"
        if not pairs:
            hand_file = truths.pop(0) if truths else hand_file
            if not hand_file.exists():
                print(f"{d}: no NAME.json view hierarchies and no truth file {hand_file}", file=sys.stderr)
                return 2
            judged = read_truth(hand_file)
            if judged is None:
                return 2
            for name, labels in sorted(judged.items()):
                path = next((d / f"{name}{e}" for e in (".png", ".jpg") if (d / f"{name}{e}").exists()), None)
                if path is None:
                    print(f"{hand_file}: {name}: no {name}.png or .jpg in {d}", file=sys.stderr)
                    return 2
                with Image.open(path) as im:
                    pil = im.convert("RGB")
                shots += 1
                _, findings = preselections(pil, lines_of(name, pil))
                left = list(labels)
                for f in findings:
                    k = best_option(left, f.evidence)
                    if k is None:
                        c3["fp"] += 1
                        misses.append(f"  screenshot-only FP {name} {f.data['glyph']} {f.evidence!r}")
                    else:
                        c3["tp"] += 1
                        left.pop(k)
                for lab in left:
                    c3["fn"] += 1
                    misses.append(f"  screenshot-only FN {name} {lab!r}")
            continue
        hand = set()
        if hand_file.exists():
            judged = read_truth(hand_file)
            if judged is None:
                return 2
            hand = {(name, lab) for name, labels in judged.items() for lab in labels}
        for name, path, st in pairs:
            with Image.open(path) as im:
                pil = im.convert("RGB")
            img = px.rgb(pil)
            images += 1
            truth = dt.controls(st, pil.size)
            with_controls += bool(truth)
            n_truth += len(truth)
            scale = guess_scale(pil.width)
            t0 = time.process_time()
            lines = lines_of(name, pil)
            t1 = time.process_time()
            px.find_glyphs(img, scale, exclude=[b for _, b, _ in lines])
            t2 = time.process_time()
            screen, findings = preselections(pil, lines, scale)
            glyph_ms.append(1000 * (t2 - t1))
            total_ms.append(1000 * (t1 - t0 + time.process_time() - t2))
            glyphs = [e for e in screen.elements if e.attrs.get("glyph")]
            used: dict[int, int] = {}
            for gi, g in enumerate(glyphs):
                cx, cy = g.bounds.center
                for k, tc in enumerate(truth):
                    x1, y1, x2, y2 = tc.box
                    if k in used.values() or g.attrs["glyph"] not in COMPATIBLE[tc.kind]:
                        continue
                    if x1 - 10 <= cx <= x2 + 10 and y1 - 10 <= cy <= y2 + 10:
                        used[gi] = k
                        break
            for gi, g in enumerate(glyphs):
                kind = g.attrs["glyph"]
                if gi in used:
                    tc = truth[used[gi]]
                    det[(tc.kind, "tp")] += 1
                    on = g.attrs["pixel_state"] == "on"
                    state[("tp" if on else "fn") if tc.checked else ("fp" if on else "tn")] += 1
                    if on != tc.checked:
                        misses.append(f"  state {name} {tc.kind} truth={tc.checked} {tc.label!r}")
                else:
                    det[(kind, "fp")] += 1
                    misses.append(f"  FP    {name} {kind} {g.bounds.as_list()} {g.description!r}")
            for k, tc in enumerate(truth):
                if k not in used.values():
                    det[(tc.kind, "fn")] += 1
                    misses.append(f"  FN    {name} {tc.kind} {list(tc.box)} on={tc.checked} {tc.label!r}")
            # (c) preselection: one per control; a finding matches the control its box is in
            fboxes = [f.box for f in findings]
            hit_rule, hit_hand = set(), set()
            for k, tc in enumerate(truth):
                x1, y1, x2, y2 = tc.box
                found = any(x1 - 10 <= b.center[0] <= x2 + 10 and y1 - 10 <= b.center[1] <= y2 + 10
                            for b in fboxes)
                rule = tc.checked and favours_provider(tc.row or tc.label)
                by_hand = (name, tc.label) in hand
                for counter, want, hits in ((c1, rule, hit_rule), (c2, by_hand, hit_hand)):
                    if want and found:
                        counter["tp"] += 1
                        hits.add(k)
                    elif want:
                        counter["fn"] += 1
                        misses.append(f"  preselection FN {name} {tc.label!r}")
            for f in findings:
                inside = [k for k, tc in enumerate(truth)
                          if tc.box[0] - 10 <= f.box.center[0] <= tc.box[2] + 10
                          and tc.box[1] - 10 <= f.box.center[1] <= tc.box[3] + 10]
                if not any(k in hit_rule for k in inside):
                    c1["fp"] += 1
                    misses.append(f"  preselection FP {name} {f.evidence!r}")
                if not any(k in hit_hand for k in inside):
                    c2["fp"] += 1
    if args.ocr_cache:
        args.ocr_cache.write_bytes(pickle.dumps(cache))
    if args.list:
        print("\n".join(misses))
    if shots:
        print(f"(d) screenshot-only sets ({shots} judged screenshots, {c3['tp'] + c3['fn']} pre-ticked"
              f" provider-favouring controls)\n  {prf(c3['tp'], c3['fp'], c3['fn'])}\n")
    if not images:
        return 0
    print(f"{images} screenshots of real apps ({with_controls} with at least one control in the"
          f" view hierarchy; {n_truth} controls)")
    print("\n(a) control detection (glyph + label found in the pixels)")
    for kind in ("toggle", "checkbox", "radio", "choice"):
        tp, fn = det[(kind, "tp")], det[(kind, "fn")]
        fp = det[(kind, "fp")]
        if tp + fp + fn:
            print(f"  {kind:9} {prf(tp, fp, fn)}")
    tot = [sum(det[(k, w)] for k in COMPATIBLE) for w in ("tp", "fp", "fn")]
    print(f"  {'all':9} {prf(*tot)}")
    print("\n(b) state of the controls found (\"on\" is the positive class)")
    right = state["tp"] + state["tn"]
    print(f"  {prf(state['tp'], state['fp'], state['fn'])}   accuracy {right}/{sum(state.values())}")
    print("\n(c) preselection finding")
    print(f"  (c1) vs the rule on the tree  {prf(c1['tp'], c1['fp'], c1['fn'])}")
    print(f"  (c2) vs the hand judgement    {prf(c2['tp'], c2['fp'], c2['fn'])}")
    print(f"\nCPU ms per {pil.width}x{pil.height} screenshot: glyph search median "
          f"{statistics.median(glyph_ms):.0f} (max {max(glyph_ms):.0f});"
          f" OCR + pixel screen median {statistics.median(total_ms):.0f}"
          + (f" (OCR lines of {cached} screenshots read from the cache)" if cached else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""CPU time of `cancelcheck scan-text --lines` per line, over every word of the built word
lists (words/lexicon/, 36 languages) as lines, plus each with a sentence around it.

    .venv/bin/python benchmarks/scan_text_cost.py [--limit N]

Prints the median, 95th percentile and mean per line (target: ≤ 2 ms per line). The first
pass warms the compiled lexicons (as the first lines of a real run do); the second is timed.

    .venv/bin/python benchmarks/scan_text_cost.py --cli [--runs 5] [--exe PATH ...] [--cold|--both]

The real command instead: one `cancelcheck scan-text --lines FILE` process over the 790
English NewPipe strings (benchmarks/data/newpipe_strings/en.tsv, the text column, one a line),
RUNS times, and the same command over an empty file (its start-up: the interpreter and the
CLI's imports). Prints the min and median wall and user+system CPU seconds of each, and ms a
line with the start-up and without it ((full - empty) / 790). Target: ≤ 2 ms a line with it.
The machine is shared: compare figures taken in the same minutes (--exe another checkout's
cancelcheck; --exe given twice times both in the same rounds), and the CPU ones more than the
wall ones. The disk cache (detectors/disk_cache.py) is the user's own, warm after a first
(untimed) run; --cold gives each run an empty one instead, --both times both.

Measured 2026-11-30 10:32-10:34 UTC, the 2 cores at load 10-11 (other sessions' tests), so
the wall figures are about twice the CPU ones; `--runs 5`, min / median:

                               before (eb90fd3's code)    after (lazy imports, regex_grams,
                                                           disk cache warm)
    CPU, whole run             2.71 / 2.77 s              1.46 / 1.53 s
    CPU, start-up (empty file) 0.39 / 0.49 s              0.31 / 0.33 s
    CPU ms a line, with        3.43 / 3.51                1.85 / 1.94
    CPU ms a line, without     2.94 / 2.89                1.46 / 1.52
    wall, whole run            6.28 / 8.31 s              3.13 / 3.42 s

With the disk cache cold (its first run, or the first after a lexicon file is edited): 2.24-2.41
s CPU (3 runs), with no cache ($CANCELCHECK_CACHE=""): 2.20 s.

Again at 10:52-10:53 UTC, load 4-6 (after first, then before):

                               before (eb90fd3's code)    after (disk cache warm)
    wall ms a line, with       3.70 / 4.60                1.54 / 2.05
    wall ms a line, without    3.26 / 3.71                1.23 / 1.65
    CPU ms a line, with        2.99 / 3.22                1.46 / 1.96
    wall, whole run            2.92 / 3.64 s              1.22 / 1.62 s

Cold cache: 2.52-3.80 s wall, 1.79-1.98 s CPU (3 runs).

2026-11-30 13:48-13:49 UTC, load average 11-14 (other sessions' tests): main fab620b, then
5dc79e8 (the lexicon.regex tables compiled lazily, offline's help_only forms one regex each),
then e2310b7 (scan-text's gc.freeze() at exit), each a copy of its code run through this venv,
all in the same rounds:

    .venv/bin/python benchmarks/scan_text_cost.py --cli --runs 7 --both \
        --exe MAIN/cancelcheck --exe 5DC79E8/cancelcheck --exe .venv/bin/cancelcheck

    CPU ms a line, min / median     main fab620b    lazy tables     + freeze at exit
    with start-up, cache warm       0.62 / 0.67     0.58 / 0.68     0.54 / 0.57
    with start-up, cache cold       0.78 / 0.82     0.77 / 0.87     0.75 / 0.78
    without start-up, warm          0.51 / 0.53     0.47 / 0.54     0.44 / 0.44
    without start-up, cold          0.67 / 0.68     0.63 / 0.73     0.63 / 0.65

The lazy tables alone are within the noise here (compiling all ~160 of them, every language,
cost 0.025 s CPU; a run over English lines compiled its languages' share); freezing at exit
saves about 0.06-0.07 s a process. Two runs of main against the last at 13:45-13:47 (load
9-15): warm 0.59 / 0.61 and 0.62 / 0.66 -> 0.52 / 0.53 and 0.53 / 0.57, cold 0.75 / 0.80 and
0.78 / 0.84 -> 0.71 / 0.71 and 0.72 / 0.80. On a cold cache the rest is mostly working out the
regexes' pieces (Python's regex parser, about 0.10 s for the 838 regexes these lines try) and
reading the YAML lexicons (0.035 s). These sessions run Python with
PYTHONDONTWRITEBYTECODE=1: compiling the modules' source each run costs another 0.04 s or so
that an installed cancelcheck does not pay.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cancelcheck import words
from cancelcheck.cli.scan_text import scan_lines


def corpus(limit: int | None) -> list[str]:
    lines = []
    for c in words.concepts():
        for t in words.terms(c):
            lines.append(t.text)
            lines.append(f"{t.text} — {t.text.lower()}?")
    lines = sorted(set(lines))
    return lines[:limit] if limit else lines


NEWPIPE = Path(__file__).resolve().parent / "data" / "newpipe_strings" / "en.tsv"


def _run(exe: str, path: str, cache: str | None = None) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one `scan-text --lines PATH` process; with
    `cache`, its disk cache ($CANCELCHECK_CACHE) is that folder."""
    env = None if cache is None else {**os.environ, "CANCELCHECK_CACHE": cache}
    before = os.times()
    t0 = time.perf_counter()
    subprocess.run([exe, "scan-text", "--lines", path], stdout=subprocess.DEVNULL, check=True,
                   env=env)
    wall = time.perf_counter() - t0
    after = os.times()
    return wall, (after.children_user - before.children_user
                  + after.children_system - before.children_system)


def cli(exes: list[str], runs: int, caches: list[str]) -> None:
    """Each command in `exes`, each cache state in `caches` ("warm": the user's own disk cache,
    after one untimed run; "cold": a new, empty $CANCELCHECK_CACHE for every run), RUNS times:
    the runs interleaved (run 1 of every command and state, then run 2…), so that all see the
    same load."""
    texts = [line.split("\t", 1)[1] for line in NEWPIPE.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    n = len(texts)
    with tempfile.TemporaryDirectory() as tmp:
        full, empty = Path(tmp) / "lines.txt", Path(tmp) / "empty.txt"
        full.write_text("\n".join(texts) + "\n", encoding="utf-8")
        empty.write_text("", encoding="utf-8")
        if "warm" in caches:
            for exe in exes:
                _run(exe, str(full))            # fill the user's cache for this code
        rows = {(exe, c, what): [] for exe in exes for c in caches for what in ("full", "empty")}
        for i in range(runs):
            for exe in exes:
                for c in caches:
                    for what, path in (("full", full), ("empty", empty)):
                        cache = None
                        if c == "cold":
                            cache = str(Path(tmp) / f"cache-{len(os.listdir(tmp))}")
                            os.mkdir(cache)
                        rows[exe, c, what].append(_run(exe, str(path), cache))
    print(f"{runs} runs over {n} lines (NewPipe en), interleaved; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} at the end")
    for exe in exes:
        for c in caches:
            print(f"{exe}, disk cache {c}:")
            for k, what in ((0, "wall"), (1, "CPU")):
                f = sorted(r[k] for r in rows[exe, c, "full"])
                e = sorted(r[k] for r in rows[exe, c, "empty"])
                fm, em = statistics.median(f), statistics.median(e)
                print(f"  {what:<4} full run min {f[0]:.2f} s, median {fm:.2f} s; "
                      f"start-up min {e[0]:.2f} s, median {em:.2f} s; "
                      f"ms a line with start-up min {1000 * f[0] / n:.2f}, median "
                      f"{1000 * fm / n:.2f}; without min {1000 * (f[0] - e[0]) / n:.2f}, "
                      f"median {1000 * (fm - em) / n:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--cli", action="store_true",
                    help="time the real command over the NewPipe strings instead")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cold", action="store_true",
                    help="with --cli: each run with an empty disk cache ($CANCELCHECK_CACHE), as "
                         "a first run (or the first after a lexicon file is edited, for its "
                         "regexes) is")
    ap.add_argument("--both", action="store_true",
                    help="with --cli: the warm and the cold cache, runs interleaved")
    ap.add_argument("--exe", action="append",
                    help="a cancelcheck command to time (default: this venv's); give it again "
                         "for another checkout's, timed in the same rounds")
    args = ap.parse_args()
    if args.cli:
        caches = ["warm", "cold"] if args.both else ["cold"] if args.cold else ["warm"]
        cli(args.exe or [str(Path(sys.executable).parent / "cancelcheck")], args.runs, caches)
        return
    lines = corpus(args.limit)
    for line in lines[:200]:
        scan_lines([line])                       # warm-up: compile every language once
    times = []
    for line in lines:
        t0 = time.process_time()
        scan_lines([line])
        times.append((time.process_time() - t0) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(f"{len(lines)} lines in {len(words.LANGUAGES)} languages: median "
          f"{statistics.median(times):.2f} ms, p95 {p95:.2f} ms, mean {statistics.mean(times):.2f} ms "
          f"CPU per line (target ≤ 2 ms)")


if __name__ == "__main__":
    main()

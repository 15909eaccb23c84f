"""Text detectors on public text nobody here wrote: precision, recall and false-alarm rate per
pattern, corpus and language, and the cost of `scan-text` per line.

    python benchmarks/text_detectors.py            # the table
    python benchmarks/text_detectors.py --json     # the same figures as one JSON object
    python benchmarks/text_detectors.py --corpus catalog_strings --corpus newpipe_strings
                                                   # only those corpora (a builder checking
                                                   # false alarms without a held-out line)

Every text goes through `cancelcheck.cli.scan_text.scan_lines`, the function behind
`cancelcheck scan-text`: a line (or a section's lines) becomes one screen, its language is
detected, the per-screen text detectors run. Corpora (benchmarks/data/README.md has the
provenance of each):

  confirmshaming_spacy   decline texts labelled confirmshaming by a public repository (en, es);
                         split into the part read before the grammar was written and the part
                         read after (see the file's header for what that means)
  confirmshaming_quoted  real sites' decline texts quoted by public pages (en), gathered after
                         the grammar was written and measured once as they came (held out)
  confirmshaming_gathered decline options in en, de, fr, es, zh-Hans (shaming and not), from
                         public pages and public source code, split by basis (quoted /
                         illustrative / ui-code); gathered later still, measured once before the
                         grammar was generalised (see the file's header)
  confirmshaming_heldout decline options in en, de, fr, es, zh-Hans, ja (shaming and not), from
                         public source code and pages, none of them in the three files above;
                         gathered after all three had been used, measured once before any
                         change (held out: see the file's header)
  confirmshaming_heldout3 100 decline options in 17 languages, gathered and labelled while
                         the grammar was changed without sight of them, first measured on
                         main a3a69c1 (see benchmarks/data/README.md)
  confirmshaming_heldout4 159 decline options in 27 languages, gathered and labelled while the
                         grammar was changed after the misses of heldout3 were seen, without
                         sight of them; first measured on main after that change (see
                         benchmarks/data/README.md)
  confirmshaming_heldout5 115 decline options in 28 languages, gathered and labelled while the
                         grammar was changed after the misses of heldout4 were seen, without
                         sight of them (see benchmarks/data/README.md)
  confirmshaming_heldout6 97 decline options in 28 languages, gathered and labelled while the
                         grammar was changed after the misses of heldout5 were seen, without
                         sight of them (see benchmarks/data/README.md)
  confirmshaming_heldout7 86 decline options in 31 languages, gathered and labelled while the
                         grammar was changed after the misses of heldout6 were seen, without
                         sight of them (see benchmarks/data/README.md)
  confirmshaming_heldout2 decline options in 13 languages (shaming and not), from public source
                         code, none of them in the four files above; gathered after all four had
                         shaped the grammar, measured once before any change (held out: see the
                         file's header)
  deletion_pages         sections of public account-deletion pages (en, de, fr, es, ru, zh,
                         tr), labelled offline / none by hand with one written rule
  deletion_pages_heldout more such pages (en, es, ru, zh-Hant), read and labelled after a
                         detector change, held out for one measurement (see its header)
  deletion_pages_heldout3 129 sections of 49 pages in 18 languages, none English, gathered and
                         labelled after every detector change of 2026-11-30 was made, first
                         measured on main a3a69c1 (see benchmarks/data/README.md)
  deletion_pages_heldout4 132 sections of 50 pages in 25 languages, gathered and labelled while
                         the detector was changed after the misses of heldout3 were seen,
                         without sight of them (see benchmarks/data/README.md)
  deletion_pages_heldout5 155 sections of 56 pages in 27 languages, gathered and labelled while
                         the detector was changed after the misses of heldout4 were seen,
                         without sight of them (see benchmarks/data/README.md)
  deletion_pages_heldout6 121 sections of 45 pages in 23 languages, gathered and labelled while
                         the detector was changed after the misses of heldout5 were seen,
                         without sight of them (see benchmarks/data/README.md)
  deletion_pages_heldout7 116 sections of 46 pages in 26 languages, gathered and labelled while
                         the detector was changed after the misses of heldout6 were seen,
                         without sight of them (see benchmarks/data/README.md)
  deletion_pages_heldout2 more such pages again (en, de, fr, es, pt, pl, ru, ja, zh-Hans, tr,
                         az), none of them in the two files above, labelled before the
                         detector was run on them and measured once (see its header)
  forced_wait_labels     UI strings that count down before a control can be used, and strings
                         of the same shape that do not (en, de, fr, es, pt, ru, ja, ko,
                         zh-Hans, vi, kk), from public source code, labelled by hand; one row
                         per kind of control (resend, ad, proceed, rate-limit, other); measured
                         once before any change (see the file's header, which also says what
                         a text cannot show: a disabled state, a wait timed across screens)
  newpipe_strings        every UI string of a real Android app in 10 languages: none of them is
                         confirmshaming, an offline requirement or a forced wait (each one the
                         detectors flag is listed so it can be checked by hand)
  catalog_strings        the UI strings of a real account library and a real web shop (gettext
                         catalogs of django-allauth and django-oscar) in all 36 lexicon
                         languages: negatives of the same three patterns

A finding counts for a pattern when its type is the pattern (confirmshaming,
offline_requirement, forced_wait). False-alarm rate = false alarms / negatives.

Lines and controls. Confirmshaming is the wording of an OPTION: the detector fires only on
words that are a control (or the label beside a bare one), never on a heading, a paragraph or
a link inside a sentence (tests/test_detectors_text_binding.py tests that rule). The strings of
confirmshaming_spacy, confirmshaming_gathered, confirmshaming_heldout, confirmshaming_heldout2, forced_wait_labels, newpipe_strings and catalog_strings are what such corpora are — the labels of buttons,
links and menu items, one a line — so each is scanned as the label of one control
(`scan_lines(..., controls=True)`), whatever its length; the benchmark therefore measures the
WORDING, and the control rule is met by construction here. Before that rule the same strings
were scanned as `scan-text` does (a line of 60 characters or fewer is a control, a longer one
plain text); the confirmshaming strings are all 50 characters or fewer, so their figures
compare one to one. The deletion pages are sections of running text and are scanned as
`scan-text` does, one text per paragraph as the page shows it (`paragraphs()`: the lines a
Markdown source wraps one sentence over are joined; until 2026-11-30 each source line was a
text of its own, which cut sentences in two).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cancelcheck.cli.scan_text import TEXT_DETECTORS, scan_lines, text_screen  # noqa: E402
from cancelcheck.detectors import Context, scan  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
PATTERNS = ("confirmshaming", "offline_requirement", "forced_wait")


def _tsv(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


_BLOCK = re.compile(r"^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)")


def paragraphs(text: str) -> list[str]:
    """A page section's Markdown source as a person sees it rendered: the lines of one paragraph
    joined (a source wraps a sentence over several lines), each heading, list item, quote or
    table row a text of its own, and a list item's indented continuation lines part of it."""
    out: list[str | None] = []
    for line in text.splitlines():
        if not line.strip():
            out.append(None)
            continue
        last = out[-1] if out else None
        runs_on = last is not None and not _BLOCK.match(line) and (
            not _BLOCK.match(last) or line[:1] in " \t")
        if runs_on and not last.lstrip().startswith("#"):
            out[-1] = last.rstrip() + " " + line.strip()
        else:
            out.append(line.strip())
    return [p for p in out if p]


LAST = "last"     # the lines are a screen's texts and the last one is the option being judged
# confirmshaming_heldout*.tsv and deletion_pages_heldout*.yaml, gathered in rounds of both
HELDOUT_ROUNDS = ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18")


def corpora():
    """(corpus, language, lines, {pattern: True/False}, controls) for every labelled item;
    controls: True when each line is a control's label, None for running text, LAST when the
    lines are the texts of one screen and only the last is a control (and only a finding on
    it counts)."""
    for lang, seen, text in _tsv(DATA / "confirmshaming_spacy.tsv"):
        yield f"confirmshaming_spacy/{seen}", lang, [text], {"confirmshaming": True}, True
    for lang, _, text in _tsv(DATA / "confirmshaming_quoted.tsv"):
        yield "confirmshaming_quoted", lang, [text], {"confirmshaming": True}, True
    for lang, label, basis, _, text in _tsv(DATA / "confirmshaming_gathered.tsv"):
        yield f"confirmshaming_gathered/{basis}", lang, [text], \
            {"confirmshaming": label == "shaming"}, True
    for name in (f"confirmshaming_heldout{n}" for n in HELDOUT_ROUNDS):
        for lang, label, basis, _, _, text in _tsv(DATA / f"{name}.tsv"):
            yield f"{name}/{basis}", lang, [text], {"confirmshaming": label == "shaming"}, True
    for _, label, text, context, _ in _tsv(DATA / "confirmshaming_context.tsv"):
        if context != "-":
            yield "confirmshaming_context", "en", context.split(" || ") + [text], \
                {"confirmshaming": label == "shaming"}, LAST
    for lang, label, kind, _, _, _, _, text in _tsv(DATA / "forced_wait_labels.tsv"):
        yield f"forced_wait_labels/{kind}", lang, [text], {"forced_wait": label == "wait"}, True
    for name in ("deletion_pages", *(f"deletion_pages_heldout{n}" for n in HELDOUT_ROUNDS)):
        pages = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))["pages"]
        for page in pages:
            for sec in page["sections"]:
                yield name, page["lang"], paragraphs(sec["text"]), \
                    {"offline_requirement": sec["label"] == "offline"}, None
    for f in sorted((DATA / "newpipe_strings").glob("*.tsv")):
        for _, text in _tsv(f):
            yield "newpipe_strings", f.stem, [text], {p: False for p in PATTERNS}, True
    for f in sorted((DATA / "catalog_strings").glob("*.tsv")):
        for _, text in _tsv(f):
            yield "catalog_strings", f.stem, [text], {p: False for p in PATTERNS}, True


def measure(only: list[str] | None = None):
    """`only`: the corpora whose names begin with one of these (all when None)."""
    cells = defaultdict(lambda: {"tp": 0, "fn": 0, "fp": 0, "tn": 0})
    flagged = []
    n_lines, seconds = 0, 0.0
    for corpus, lang, lines, labels, controls in corpora():
        if only and not corpus.startswith(tuple(only)):
            continue
        t0 = time.perf_counter()
        found = {f.type for f in _scan(lines, controls)}
        seconds += time.perf_counter() - t0
        n_lines += len(lines)
        for pattern, truth in labels.items():
            hit = pattern in found
            key = (pattern, corpus, lang)
            cells[key]["tp" if truth and hit else "fn" if truth else "fp" if hit else "tn"] += 1
            if hit and not truth:
                flagged.append({"pattern": pattern, "corpus": corpus, "lang": lang,
                                "text": " / ".join(lines)[:200]})
            if truth and not hit:
                flagged.append({"pattern": pattern, "corpus": corpus, "lang": lang,
                                "missed": " / ".join(lines)[:200]})
    return cells, flagged, n_lines, seconds


def _scan(lines: list[str], controls) -> list:
    if controls != LAST:
        return scan_lines(lines, controls=controls)
    screen = text_screen(lines, controls=False)
    screen.elements[-1].clickable = True
    found = scan(screen, Context(screen_index=0), only=TEXT_DETECTORS)
    return [f for f in found if f.evidence == screen.elements[-1].text]


def cli_cost(path: Path) -> tuple[int, float]:
    """Lines and wall seconds of one `cancelcheck scan-text --lines` process over a file."""
    exe = Path(sys.executable).parent / "cancelcheck"
    texts = [t for _, t in _tsv(path)]
    t0 = time.perf_counter()
    subprocess.run([str(exe), "scan-text", "--lines", "-"], input="\n".join(texts) + "\n",
                   capture_output=True, text=True, check=True)
    return len(texts), time.perf_counter() - t0


def figures(c: dict) -> dict:
    pos, neg = c["tp"] + c["fn"], c["fp"] + c["tn"]
    return {**c,
            "precision": round(c["tp"] / (c["tp"] + c["fp"]), 3) if c["tp"] + c["fp"] else None,
            "recall": round(c["tp"] / pos, 3) if pos else None,
            "false_alarm": round(c["fp"] / neg, 4) if neg else None}


def totals(cells: dict, pattern: str, corpus_prefix: str | None = None) -> dict:
    """Counts of one pattern over every corpus, or over one corpus and its "/" parts."""
    out = {"tp": 0, "fn": 0, "fp": 0, "tn": 0}
    for (p, corpus, _), c in cells.items():
        if p == pattern and (corpus_prefix is None or corpus == corpus_prefix
                             or corpus.startswith(corpus_prefix + "/")):
            for k in out:
                out[k] += c[k]
    return figures(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="list every false alarm and miss")
    ap.add_argument("--corpus", action="append", metavar="PREFIX",
                    help="measure only the corpora whose names begin with PREFIX (repeatable; "
                         "e.g. --corpus catalog_strings --corpus newpipe_strings: the unlabelled "
                         "UI strings, which a builder may scan without seeing a held-out line)")
    args = ap.parse_args(argv)
    cells, flagged, n_lines, seconds = measure(args.corpus)
    n_cli, s_cli = cli_cost(DATA / "newpipe_strings" / "en.tsv")
    rows = [{"pattern": p, "corpus": corpus, "lang": lang, **figures(c)}
            for (p, corpus, lang), c in sorted(cells.items())]
    summary = {p: totals(cells, p) for p in PATTERNS}
    for n in HELDOUT_ROUNDS:
        summary[f"offline_requirement heldout{n or '-file'}"] = totals(
            cells, "offline_requirement", f"deletion_pages_heldout{n}")
    summary["forced_wait labelled"] = totals(cells, "forced_wait", "forced_wait_labels")
    summary["confirmshaming read-after"] = totals(cells, "confirmshaming",
                                                  "confirmshaming_spacy/read-after")
    summary["confirmshaming quoted"] = totals(cells, "confirmshaming", "confirmshaming_quoted")
    summary["confirmshaming gathered"] = totals(cells, "confirmshaming", "confirmshaming_gathered")
    for n in HELDOUT_ROUNDS:
        summary[f"confirmshaming heldout{n}"] = totals(cells, "confirmshaming",
                                                       f"confirmshaming_heldout{n}")
    summary["confirmshaming in context"] = totals(cells, "confirmshaming", "confirmshaming_context")
    cost = {"lines": n_lines, "ms_per_line_in_process": round(1000 * seconds / n_lines, 3),
            "cli_lines": n_cli, "ms_per_line_cli": round(1000 * s_cli / n_cli, 3)}
    if args.json:
        print(json.dumps({"rows": rows, "summary": summary, "cost": cost,
                          "flagged": flagged}, ensure_ascii=False, indent=1))
        return 0
    head = f"{'pattern':<20} {'corpus':<30} {'lang':<8} {'pos':>4} {'neg':>5} " \
           f"{'prec':>6} {'recall':>6} {'f.alarm':>8}"
    print(head)
    print("-" * len(head))

    def fmt(v, w):
        return f"{'-' if v is None else v:>{w}}"
    for r in rows:
        print(f"{r['pattern']:<20} {r['corpus']:<30} {r['lang']:<8} {r['tp'] + r['fn']:>4} "
              f"{r['fp'] + r['tn']:>5} {fmt(r['precision'], 6)} {fmt(r['recall'], 6)} "
              f"{fmt(r['false_alarm'], 8)}")
    print()
    for name, s in summary.items():
        print(f"ALL {name:<32} pos {s['tp'] + s['fn']:>4}  neg {s['fp'] + s['tn']:>5}  "
              f"precision {fmt(s['precision'], 5)}  recall {fmt(s['recall'], 5)}  "
              f"false alarms {fmt(s['false_alarm'], 6)}")
    print(f"\nscan-text cost: {cost['ms_per_line_in_process']} ms a line in process "
          f"({n_lines} lines); {cost['ms_per_line_cli']} ms a line through one "
          f"`cancelcheck scan-text --lines` process ({n_cli} lines, start-up included)")
    if args.show:
        print()
        for f in flagged:
            print(json.dumps(f, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

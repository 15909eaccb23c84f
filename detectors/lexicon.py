"""Lexicons: the words and patterns of each pattern family, loaded from detectors/lexicons/*.yaml.

The files are data a linguist can extend (format: detectors/lexicons/README.md). This module
loads one file, compiles it once per set of languages (cached), and answers "which kind of this
family does this text say?".

    lex = lexicon.load("confirmshaming")
    lex.match("残忍离开", langs("zh-Hans"))       -> Match(kind="shaming", ...)
    lex.kinds_in("No thanks, I'd rather pay full price", None) -> ["shaming"]
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from cancelcheck import words
from cancelcheck.words import LANGUAGES, bare, canonical, langs, normalize  # noqa: F401 (API)
from cancelcheck.words.language import script, scripts
from cancelcheck.words.normal import pattern, unaccented

from . import disk_cache, regex_grams

ROOT = Path(__file__).resolve().parent / "lexicons"
ANY = "any"                      # entries that hold in every language (numbers, symbols)
_KEYS = {"exact", "phrases", "patterns", "all_of", "groups", "unless", "source"}
_SOURCE = "source"               # provenance of a language block: {hand: reason} or {catalog: …}


class LexiconError(ValueError):
    """A lexicon file that cannot be read: names the file and the entry."""


def _items(values) -> list[str]:
    """A list of strings, where an item may itself be a list (a YAML alias of a shared list:
    `unless: [*help_en, "…"]`, `patterns: [*msg_en, "…"]`): read as its items."""
    out: list[str] = []
    for v in values or []:
        out += [str(x) for x in v] if isinstance(v, list) else [str(v)]
    return out


def _phrase_regex(phrase: str) -> str:
    return words.phrase_regex(normalize(phrase))


def regex(source: str, flags: int = re.I, where: str = "a lexicon table") -> _Lazy:
    """A lexicon file's regular expression (a per-language table a detector reads itself:
    confirmshaming's `echo`, cooling_off's `durations`…), in the form texts are matched in
    (words.normal.pattern: NFKC outside the regex syntax, so Thai "ำ" or "…" can match).
    Compiled when first searched, and only for a text holding one of the pieces every match
    needs (regex_grams), like the kinds' own regexes: a table holds every language's forms, and
    most are never needed in a run. `search` and `finditer` as a re.Pattern's; a bad regex
    raises LexiconError naming `where` at first use."""
    return _Lazy(source, where, flags)


_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)?")


# a word ends where no letter and no combining mark follows (Thai and Devanagari vowel signs
# are no \w: "5 วิ" is seconds, "5 วิ่ง" is not)
WORD_END = r"(?![\w\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"


def word_list(family: str, section: str) -> list[str]:
    """A per-language word list kept beside a family's kinds (forced_wait's `units`,
    `minutes`): the regexes of every language as one list, in the form texts are matched in
    (words.normal.pattern), longest first."""
    lists = load(family).data.get(section) or {}
    return sorted({pattern(str(w)) for lang, ws in lists.items() if lang != _SOURCE
                   for w in (ws or [])}, key=len, reverse=True)


@lru_cache(maxsize=None)
def _valence_table(name: str) -> dict[str, float]:
    """A built word -> valence table (detectors/lexicons/valence_<lang>.tsv)."""
    path = ROOT / f"valence_{name}.tsv"
    out = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise LexiconError(f"{path}: no such valence table (make lexicons)") from None
    for n, line in enumerate(lines, 1):
        if line and not line.startswith("#"):
            word, _, value = line.partition("\t")
            try:
                out[word] = float(value)
            except ValueError:
                raise LexiconError(f"{path}:{n}: not 'word<TAB>number'") from None
    return out


def _stems(word: str):
    """The word and the plain forms its English endings may hide (protecting -> protect)."""
    yield word
    for end, add in (("s", ""), ("es", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                     ("ly", ""), ("ies", "y"), ("ied", "y")):
        if word.endswith(end) and len(word) - len(end) >= 3:
            yield word[: -len(end)] + add


class _Lazy:
    """A lexicon regex compiled when first searched, in the form texts are matched in
    (words.normal.pattern): a text needs only the entries of its scripts and languages, and
    most of the 29 languages' entries are never tried in a run (compiling them all was most
    of `scan-text`'s start-up), and one whose words (regex_grams) are not in a text is neither
    compiled nor run for it. A bad regex is still reported as FILE: entry (at first use,
    or by Lexicon.check())."""

    __slots__ = ("source", "where", "flags", "_rx", "_grams", "_plain")

    def __init__(self, source: str, where: str, flags: int = re.I) -> None:
        self.source, self.where, self.flags = source, where, flags
        self._rx, self._grams, self._plain = None, False, False

    @property
    def is_compiled(self) -> bool:
        return self._rx is not None

    def compiled(self) -> re.Pattern:
        if self._rx is None:
            try:
                self._rx = re.compile(pattern(self.source), self.flags)
            except re.error as exc:
                raise LexiconError(f"{self.where}: bad regex: {exc}") from None
        return self._rx

    def possible(self, text: str) -> bool:
        """Can it match anywhere in the text? (False: it holds none of the pieces a match
        needs.) The pieces are worked out as the regex is read case-insensitively, which a
        case-sensitive regex's matches hold too; a verbose one (re.X: spaces and # comments
        are no text) is always searched."""
        if self._grams is False:
            self._grams = None if self.flags & re.X else regex_grams.grams(pattern(self.source))
        return regex_grams.possible(self._grams, text)

    def search(self, text: str, pos: int = 0, plain: bool = False):
        """`plain`: the text is typed without accent marks (lexicon.Lexicon.match decides):
        the regex is searched as it reads unaccented (`unaccented`)."""
        rx = self.read_as(plain)
        if not rx.possible(text):
            return None          # none of the words it needs: not compiled, not run
        return rx.compiled().search(text, pos)

    def read_as(self, plain: bool) -> "_Lazy":
        """The regex a text is searched with: itself, or, for a text typed without accent marks
        (`plain`), itself as it reads unaccented."""
        return (self._unaccented() if plain else None) or self

    def _unaccented(self) -> "_Lazy | None":
        """The regex without accent marks, or None when it has none to lose."""
        if self._plain is False:
            plain = unaccented(self.source)
            self._plain = None if plain == self.source else _Lazy(plain, self.where, self.flags)
        return self._plain

    def finditer(self, text: str, pos: int = 0):
        if not self.possible(text):
            return iter(())
        return self.compiled().finditer(text, pos)


class _Hit:
    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def group(self, _=0) -> str:
        return self._text[self._start:self._end]

    def end(self) -> int:
        return self._end


# where a clause ends: a comma, full stop, semicolon, "!" or "?", a spaced dash, in Latin, CJK and
# Arabic punctuation ("No, I don't want to donate, never remind me" refuses no reminder)
_CLAUSE_END = re.compile(r"[,.;!?\u060c\u061b\u3001\u3002\uff0c\uff1b\uff01\uff1f]|\s[\u2013\u2014-]\s")


# The lexicon languages that put the object before the verb (Japanese, Korean, Turkish, Hindi):
# there the complement of a stance's verb ("幸せは | いりません") comes before it, of a stance's
# adverb ("그냥 | 불행하게 지낼게요", just … unhappily) after it: the whole clause is read.
VERB_FINAL = frozenset({"ja", "ko", "tr", "hi"})
# A translated word list holds one form of each word: a word of LONG letters or more may also
# end otherwise in a text (Russian радость / радости, Polish szczęście / szczęścia): its last
# letter is left open.
LONG = 7


class _Valence:
    """A group item {valence: en, above: 1.5} / {valence: de, below: -2}: a word rated that
    pleasant / unpleasant, found AFTER the previous group of the combination (the complement
    of a stance comes after it: "I don't want | to stay alive"), minus the words in `except`
    and the terms of the concepts in `except_concepts` (the language's own "thanks", "OK",
    "continue" …: the courtesy and flow words of a decline, whatever a table rates them).
    English words are read with their English endings (protecting -> protect); the other
    languages' words where words.contains_regex says a word stands (a long word may run on into
    an ending; a short one is a whole word; anywhere in scripts written without spaces), never
    as a part of a compound (a translated list's short "slet", bad, is no part of "slette",
    delete), as one regex compiled when first needed, and only in the stance's own clause: after
    the stance up to the next comma, full stop, semicolon, "!", "?" or spaced dash (in the
    VERB_FINAL languages anywhere in that clause)."""

    def __init__(self, spec: dict, where: str) -> None:
        unknown = set(spec) - {"valence", "above", "below", "except", "except_concepts"}
        if unknown or ("above" in spec) == ("below" in spec):
            raise LexiconError(f"{where}: a valence item needs valence: and one of above:/below:"
                               f"{' (unknown: ' + ', '.join(sorted(unknown)) + ')' if unknown else ''}")
        self.lang, self.spec, self.where = str(spec["valence"]), spec, where
        if not (ROOT / f"valence_{self.lang}.tsv").exists():
            raise LexiconError(f"{where}: no such valence table valence_{self.lang}.tsv "
                               f"(make lexicons)")
        self.words: set[str] | None = None       # read when first searched: most never are

    def _load(self) -> None:
        spec, table = self.spec, _valence_table(self.lang)
        self.skip = {words.fold(str(w)) for w in spec.get("except", []) or []}
        # Traditional Chinese reads the Simplified list: both scripts' terms are excepted
        own = [x for x in LANGUAGES if script(x) == "han"] if script(self.lang) == "han" \
            else [self.lang]
        for concept in spec.get("except_concepts", []) or []:
            try:
                self.skip |= {bare(t) for t in words.texts(str(concept), own)}
            except words.WordsError as exc:
                raise LexiconError(f"{self.where}: {exc}") from None
        if "above" in spec:
            self.words = {w for w, v in table.items() if v >= float(spec["above"])}
        else:
            self.words = {w for w, v in table.items() if v <= float(spec["below"])}
        self.words -= self.skip
        self._rx = None if self.lang == "en" else _Lazy(
            "|".join(sorted({_open_end(w) for w in self.words},
                            key=lambda r: (-len(r), r))) or "(?!)", self.where)
        self._skip_rx = None if self.lang == "en" or not self.skip else _Lazy(
            "|".join(sorted({words.phrase_regex(w) for w in self.skip if w},
                            key=lambda r: (-len(r), r))), self.where)

    def search(self, text: str, pos: int = 0) -> _Hit | None:
        if self.words is None:
            self._load()
        if self._rx is not None:                 # in the stance's own clause
            start, stop = pos, _CLAUSE_END.search(text, pos)
            end = stop.start() if stop else len(text)
            if stop and stop.group(0) in "?\uff1f":
                return None                      # a question declines nothing
            if self.lang in VERB_FINAL:          # before the stance too: "幸せは | いりません"
                start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, pos)), default=0)
            found = list(self._rx.compiled().finditer(text, start, end))
            if found and self._skip_rx is not None:   # not inside an excepted word or phrase
                spans = [m.span() for m in self._skip_rx.compiled().finditer(text, start, end)]
                found = [m for m in found if words.fold(m.group(0)) not in self.skip and
                         not any(a < m.end() and m.start() < b for a, b in spans)]
            return _Hit(text, found[0].start(), found[0].end()) if found else None
        for m in _TOKEN.finditer(text.lower(), pos):
            if m.group(0) in self.skip:
                continue                     # an excepted word, whatever plain form it hides
            if any(s in self.words for s in _stems(m.group(0))):
                return _Hit(text, m.start(), m.end())
        return None


def _open_end(word: str) -> str:
    """Where a translated valence word stands in a text: as words.contains_regex says (a long
    word may run on into an ending, a short one is a whole word, anywhere in scripts written
    without spaces), never as a part of a compound, and a word of LONG letters or more with its
    last letter left open."""
    if len(word) >= LONG and " " not in word and words.is_word_char(word[-1]):
        return words.contains_regex(word[:-1]) + r"\w*"      # the whole word as found
    return words.contains_regex(word)


class _Group:
    """A named group: regexes found anywhere, valence items found after `pos`."""

    def __init__(self, rx: _Lazy | None, valence: list[_Valence]) -> None:
        self.rx, self.valence = rx, valence

    def search(self, text: str, pos: int = 0, plain: bool = False):
        h = self.rx.search(text, plain=plain) if self.rx is not None else None
        if h is not None:
            return h
        return next((v for v in (x.search(text, pos) for x in self.valence) if v), None)


@dataclass(frozen=True)
class Match:
    kind: str
    text: str          # the words that matched, as found in the normalized text
    lang: str          # the lexicon language whose entry matched
    rule: str          # "exact", "phrase", "pattern" or "all_of"


class _Kind:
    """One kind of one family, compiled for a set of languages."""

    def __init__(self, name: str, weight: float) -> None:
        self.name, self.weight = name, weight
        self.exact: dict[str, str] = {}                      # bare text -> language
        self.langs_of: dict[str, set[str]] = {}              # bare text -> every language
        self.search: list[tuple[str, _Lazy]] = []            # (language, alternation)
        self.all_of: list[tuple[str, list[_Group]]] = []
        self.unless: list[_Lazy] = []
        self.false_friends: dict[str, set[str]] = {}         # bare text -> its languages

    def match(self, text: str, b: str, plain: bool = False) -> Match | None:
        m = self._match(text, b, plain)
        if m is not None and any(u.search(text, plain=plain) for u in self.unless):
            return None          # checked last: most texts match nothing, unless is then moot
        return m

    def _match(self, text: str, b: str, plain: bool = False) -> Match | None:
        if b in self.exact:
            return Match(self.name, text, self.exact[b], "exact")
        foreign = _foreign(scripts(text))
        friend = self.false_friends.get(b, ())
        for lang, rx in self.search:
            if lang in foreign or lang in friend:
                continue        # nor is a false friend, as the whole label, read by a pattern
            m = rx.search(text, plain=plain)
            if m:
                return Match(self.name, m.group(0), lang, "pattern")
        seen: dict = {}          # a group shared by combinations ([hate, goods], [hate, info])
        for lang, group in self.all_of:         # is searched once from one place
            if lang in foreign:
                continue
            hits = []
            for g in group:                      # stop at the first group that is absent
                at = hits[-1].end() if hits else 0
                key = (id(g), at)
                h = seen[key] if key in seen else seen.setdefault(key, g.search(text, at, plain))
                if h is None:
                    break
                hits.append(h)
            else:
                return Match(self.name, " … ".join(h.group(0) for h in hits), lang, "all_of")
        return None


@lru_cache(maxsize=64)
def _foreign(present: frozenset[str]) -> frozenset[str]:
    """The lexicon languages a text written in these scripts cannot be in: the text has
    letters, but none of the language's script ("-50 %" has none, so no language is foreign).
    Worked out once per set of scripts, not once per entry and text."""
    if not present:
        return frozenset()
    return frozenset(lang for lang in LANGUAGES if script(lang) not in present)


def _drop_false_friends(k: _Kind) -> None:
    """With no language known, a short whole label that is a common word of another lexicon
    language (words.false_friend) counts only if that language reads it as this kind too, in its
    own or in the English whole labels: "OK", "No", "Cancel" stay; "Da" (Romanian yes, Italian
    "from"), "Tak" (Polish yes, Danish "thanks"), "Nie" (Polish no, German "never"), "Ja"
    (Finnish "and", Polish "I") count only once the screen's language is guessed (a dialog's
    question is enough for words/language.py: "Usunąć konto? Tak / Nie" is Polish). Nor do
    the patterns of its languages read it as the whole label (Turkish "^sil\\b" for a Czech
    "Sil", "of forces")."""
    for b in list(k.exact):
        own = k.langs_of[b]
        if words.false_friend(b, own):
            del k.exact[b]
            k.false_friends[b] = own


class Lexicon:
    """One family's lexicon file. `kinds` keeps file order: detectors rank by it."""

    def __init__(self, family: str, data: dict, path: Path) -> None:
        self.family, self.path, self.data = family, path, data
        kinds = data.get("kinds")
        if not isinstance(kinds, dict) or not kinds:
            raise LexiconError(f"{path}: needs a 'kinds:' mapping")
        self.kinds = list(kinds)
        self.weights = {k: float((v or {}).get("weight", 1.0)) for k, v in kinds.items()}
        self.explain = {k: str((v or {}).get("explain", "")) for k, v in kinds.items()}
        self._compiled: dict[tuple | None, list[_Kind]] = {}

    def _compile(self, languages: tuple[str, ...] | None) -> list[_Kind]:
        key = languages
        if key in self._compiled:
            return self._compiled[key]
        out = []
        for name, spec in self.data["kinds"].items():
            k = _Kind(name, self.weights[name])
            for concept in (spec or {}).get("concepts", []) or []:
                self._add_concept(k, name, str(concept), languages)
            for lang, entry in (spec or {}).items():
                if lang in ("weight", "explain", "concepts"):
                    continue
                if lang != ANY and lang not in LANGUAGES:
                    raise LexiconError(f"{self.path}: kind {name}: unknown language {lang!r}")
                if languages is not None and lang != ANY and lang not in languages:
                    continue
                self._add(k, name, lang, entry or {})
            if languages is None:
                _drop_false_friends(k)
            out.append(k)
        self._compiled[key] = out
        return out

    def _add_concept(self, k: _Kind, name: str, concept: str,
                     languages: tuple[str, ...] | None) -> None:
        """`concepts: [cancel, back]`: every term of those built word lists (words/lexicon/)
        is an `exact` entry of this kind, in its own language."""
        try:
            terms = words.terms(concept, languages)
        except words.WordsError as exc:
            raise LexiconError(f"{self.path}: {name}.concepts: {exc}") from None
        for t in terms:
            k.exact.setdefault(bare(t.text), t.lang)
            k.langs_of.setdefault(bare(t.text), set()).add(t.lang)

    def _add(self, k: _Kind, name: str, lang: str, entry: dict) -> None:
        where = f"{self.path}: {name}.{lang}"
        unknown = set(entry) - _KEYS
        if unknown:
            raise LexiconError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        if _SOURCE in entry and not isinstance(entry[_SOURCE], (dict, str)):
            raise LexiconError(f"{where}: source must be a mapping (hand: reason, or catalog: …)")
        for e in entry.get("exact", []) or []:
            k.exact[bare(str(e))] = lang
            k.langs_of.setdefault(bare(str(e)), set()).add(lang)
        parts = [_phrase_regex(str(p)) for p in entry.get("phrases", []) or []]
        parts += [f"(?:{p})" for p in _items(entry.get("patterns"))]   # an alias of a
        #   table's list among them (offline.yaml `in_message`) is read as its items
        if parts:
            k.search.append((lang, _Lazy("|".join(parts), where)))
        groups = {g: self._group(f"{where}.groups.{g}", pats)
                  for g, pats in (entry.get("groups") or {}).items()}
        for combo in entry.get("all_of", []) or []:
            missing = [g for g in combo if g not in groups]
            if missing:
                raise LexiconError(f"{where}: all_of names unknown group(s) {missing}")
            k.all_of.append((lang, [groups[g] for g in combo]))
        k.unless += [_Lazy(p, where) for p in _items(entry.get("unless"))]

    @staticmethod
    def _group(where: str, pats: list) -> _Group:
        rx = [f"(?:{p})" for p in pats if isinstance(p, str)]
        valence = [_Valence(p, where) for p in pats if isinstance(p, dict)]
        if len(rx) + len(valence) != len(pats):
            raise LexiconError(f"{where}: an item is neither a regex nor a valence mapping")
        return _Group(_Lazy("|".join(rx), where) if rx else None, valence)

    def regexes(self) -> list[_Lazy]:
        """Every regex of every language (not compiled)."""
        return [rx for k in self._compile(None)
                for rx in [rx for _, rx in k.search] + k.unless + [
                    g.rx for _, groups in k.all_of for g in groups if g.rx is not None]]

    def check(self) -> None:
        """Compile every entry of every language now: a bad regex raises LexiconError naming
        the file and the entry (matching compiles only what a text needs)."""
        for rx in self.regexes():
            rx.compiled()
        for k in self._compile(None):            # and every valence table and concept named
            for v in (v for _, groups in k.all_of for g in groups for v in g.valence):
                v.search("")

    # -- matching --------------------------------------------------------------------------------
    def match(self, text: str, languages: tuple[str, ...] | None = None,
              kinds: list[str] | None = None) -> Match | None:
        """The first kind (in file order) that the text says, or None."""
        t = normalize(text)
        if not t:
            return None
        b, plain = bare(t), typed_plain(t, languages)
        for k in self._compile(languages):
            if kinds is not None and k.name not in kinds:
                continue
            m = k.match(t, b, plain)
            if m:
                return m
        return None

    def matches(self, text: str, languages: tuple[str, ...] | None = None) -> list[Match]:
        """Every kind the text says, in file order."""
        t = normalize(text)
        if not t:
            return []
        b, plain = bare(t), typed_plain(t, languages)
        return [m for k in self._compile(languages) if (m := k.match(t, b, plain))]

    def kinds_in(self, text: str, languages: tuple[str, ...] | None = None) -> list[str]:
        return [m.kind for m in self.matches(text, languages)]


def typed_plain(text: str, languages: tuple[str, ...] | None) -> bool:
    """The text is read as typed without accent marks: it holds none (only ASCII), and it is
    read in known languages other than English alone (a page of French or Turkish typed on a
    keyboard without them: "ecrire a", "iletisime gecin"). With no language known, every
    lexicon is read, and an English text would meet every language's words unaccented."""
    return languages is not None and any(lang != "en" for lang in languages) and text.isascii()


# libyaml's safe loader where PyYAML was built with it (its wheels are): the same documents,
# read about ten times faster than the pure-Python one — most of `scan-text`'s start-up
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load(family: str) -> Lexicon:
    path = ROOT / f"{family}.yaml"
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LexiconError(f"{path}: no such lexicon") from None
    data = _parsed(path, raw)
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping at the top")
    return Lexicon(family, data, path)


def _parsed(path: Path, raw: bytes):
    """The YAML document of a lexicon file, kept on disk as JSON (disk_cache) under its content
    hash: reading JSON is many times faster, and an edited file has another hash. Kept only if
    JSON gives the very same document back (no keys that are not strings, no dates)."""
    name = f"lexicon-{path.stem}-{hashlib.sha256(raw).hexdigest()[:24]}-yaml{yaml.__version__}.json"
    kept = disk_cache.read_json(name)
    if kept is not None:
        return kept
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise LexiconError(f"{where}: {getattr(exc, 'problem', None) or exc}") from None
    try:
        same = json.loads(json.dumps(data)) == data
    except (TypeError, ValueError):
        same = False
    if same:
        disk_cache.write_json(name, data, drop=f"lexicon-{path.stem}-*.json")
    return data


def families() -> list[str]:
    return sorted(p.stem for p in ROOT.glob("*.yaml"))

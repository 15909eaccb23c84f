"""cancelcheck.words — the one word list and the one normaliser, below flows/ and detectors/.

Every label an app shows and every word a list holds is compared in ONE form. The explorer's
cues (flows/cues.py), the detectors' lexicons (detectors/lexicon.py) and the proceed/retreat
classifier (detectors/choices.py) all read through this package.

Normalising (words/normal.py)
    normalize(text) -> str    NFKC (full-width → ASCII, "…" → "..."), straight quotes and
                              dashes, zero-width marks dropped, one space, trimmed
    fold(text) -> str         normalize() + casefold(): the form of `contains` / equality tests
    bare(text) -> str         fold() without punctuation/symbols at either end: whole-label tests
    pattern(regex) -> str     a hand-written regex in that same form (NFKC outside its syntax)

Languages (words/language.py)
    LANGUAGES                 the lexicon languages (29 codes: en, zh-Hans, zh-Hant, de, fr, …)
    canonical(tag)            "pt_BR" -> "pt", "zh-TW" -> "zh-Hant", "nn" -> "nb"; None if unknown
    langs(language)           languages to match a screen in: (it, "en"), both Chinese scripts
                              together; None (= every language) when unknown
    detect(texts)             guess the language of a screen's texts (scripts, then word
                              frequencies, then function words)
    screen_language(screen)   the one guess of a screen's language, detect(screen.texts()),
                              kept on the screen: the explorer's cues and the text detectors
                              read the same (words/screen_guess.py)

Concepts (words/concepts.py) — built by `make lexicons` from pinned translation catalogs
    concepts() -> tuple[str]  every concept name: "cancel", "continue", "delete_account", …
    terms(concept, languages=None) -> tuple[Term]
                              Term(concept, lang, text, source, origin): source is "catalog"
                              (mined; origin = ({package, version, file, msgid}, …)), "seed"
                              (the hand-written English msgid) or "hand" (origin = (reason,))
    texts(concept, languages=None) -> tuple[str]    distinct normalize()d texts
    lookup(label, languages=None) -> tuple[str]     concepts whose term IS the label (bare())
    find(concept, text, languages=None) -> str|None a term of the concept inside the text
    phrase_regex(phrase) -> str                     regex source for a literal phrase, word
                                                    boundaries where the script has them
    contains_regex(phrase, lang) -> str             where a cue may stand inside a label: a
                                                    short word whole, a long one at a word's
                                                    start, a compound's part (COMPOUNDING)
Common words (words/common.py) — built by tools/build_common_words.py from wordfreq
    common_in(word) -> frozenset   the lexicon languages in which a short whole label of a
                                   lexicon is an everyday word ("da": de, it, ro, …)
    false_friend(word, own) -> bool  a whole label read in the languages `own` that is an
                                   everyday word of another language: it counts only once the
                                   screen's language is one of `own` (lexicons and cues alike)
`languages` is None (all), one code, or a tuple such as langs("de"). Unknown concepts raise
WordsError. The list of concepts, their English seeds and the catalogs they are mined from are
in tools/build_lexicons.py and words/lexicon/SOURCES.md.
"""
from .common import common_in, false_friend
from .concepts import (COMPOUNDING, LEXICON_DIR, SHORT, Term, WordsError, concepts,
                       contains_regex, find, is_word_char, lookup, phrase_regex, terms, texts)
from .language import LANGUAGES, canonical, detect, langs
from .normal import bare, fold, normalize, pattern
from .screen_guess import screen_language

__all__ = ["COMPOUNDING", "LANGUAGES", "LEXICON_DIR", "SHORT", "Term", "WordsError", "bare",
           "canonical", "common_in", "concepts", "contains_regex",
           "detect", "false_friend", "find", "fold", "is_word_char", "langs", "lookup", "normalize",
           "pattern", "phrase_regex", "screen_language", "terms", "texts"]

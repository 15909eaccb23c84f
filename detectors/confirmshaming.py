"""Confirmshaming: a decline or exit option phrased as a first-person statement that belittles the
choice or the person ("No thanks, I don't like deals", "I'd rather pay full price", "残忍离开",
"Nein danke, ich verzichte auf Rabatte"), on any topic. Recognised by its form, per language:
a first-person refusal of a gain, a preference for the worse option, hating or renouncing a
gain, or a fixed form such as "I don't care about". A plain "No thanks" or a retreat
("Keep my account", "I don't want to lose my memories") is not. Grammar:
lexicons/confirmshaming.yaml.

The words must BE an option: a control of their own (a button, a link, a tappable row, a
checkbox), or the label beside one that has no words of its own or only a bare choice word
(a checkbox, an "×", "No thanks", "Close"). A heading, a paragraph, or a link set inside a
sentence ("« I hate money » est un logiciel libre, vous pouvez y contribuer") declines
nothing, whatever it says.
"""
from __future__ import annotations

import re
from functools import lru_cache

from cancelcheck.screens import Element, Screen
from cancelcheck.words import fold
from cancelcheck.words.language import function_words

from . import lexicon
from .choices import RETREAT, classify, shown
from .registry import detector
from .screen_text import make, read

MAX_LABEL = 200            # a decline may be a whole sentence: upsell pages write one on their "no"
STEM_SHARE = 4             # letters two words must begin alike with to be one word inflected
SENTENCE_LETTERS = 5       # a parent with this many letters of its own around a link is prose
NEAR = 16                  # dp / CSS px: a label this close beside a bare control labels it


@detector("confirmshaming")
def confirmshaming(screen, ctx):
    st = read(screen, ctx)
    lex = lexicon.load("confirmshaming")
    out, seen = [], set()
    for e in st.elements:
        label = e.label
        if len(label) > MAX_LABEL or label in seen:
            continue
        m = lex.match(label, st.langs) or _clause_match(lex, label, st.langs)
        if m:
            data = {"matched": m.text, "language": m.lang, "rule": m.rule}
        else:                # the grammar itself keeps retreats out ("I don't want to lose …")
            hit = echo(label, [t for t in st.texts if t != label], st.langs)
            if hit is None or classify(label, st.language) == RETREAT:
                continue
            data = {"matched": hit[0], "language": hit[1], "rule": "echo", "removed": hit[2]}
        way = option_of(screen, e, st.language)
        if way is None:
            continue         # words that decline nothing: a heading, a sentence, a footer link
        seen.add(label)
        out.append(make("confirmshaming",
                        f"The option to go on is worded to shame the person who picks it: "
                        f"\u201c{label}\u201d.", e, score=0.9 if way is screen.tappable(e) else 0.8,
                        data=data))
    return out


# where one clause of a decline ends and the next begins: a comma, a full stop, a dash, a
# semicolon (with the space after it), in Latin, CJK and Arabic punctuation; not a question
# mark ("I'm bad at this game? Try again" is a question, no statement about oneself)
_CLAUSE = re.compile(r"\s*(?:[,.;\u060c\u061b]\s+|\s[\u2013\u2014-]\s|[\u3001\u3002\uff0c\uff1b])\s*")


def _clause_match(lex, label: str, langs):
    """The grammar's match in one clause of a decline of several ("I love paying more, keep my
    plan"): what keeps a form out (`unless`: "keep my …", "I don't want to lose …") keeps it
    out of its own clause, not out of a clause beside it that shames on its own."""
    parts = [p for p in _CLAUSE.split(label) if p]
    if len(parts) < 2:
        return None
    return next((m for m in (lex.match(p, langs) for p in parts) if m), None)


@lru_cache(maxsize=1)
def _echo_forms() -> dict[str, tuple[list, list]]:
    """Per language: the forms of removing something (group `thing`) and of accepting it
    (lexicon.regex: each compiled only once a text holds the words it needs)."""
    lex = lexicon.load("confirmshaming")
    table = lex.data.get("echo") or {}
    return {lang: ([lexicon.regex(r, where=f"{lex.path}: echo.{lang}.removes")
                    for r in spec.get("removes") or []],
                   [lexicon.regex(r, where=f"{lex.path}: echo.{lang}.accepts")
                    for r in spec.get("accepts") or []])
            for lang, spec in table.items()}


def echo(label: str, others: list[str], langs: tuple[str, ...] | None) -> tuple[str, str, str] | None:
    """(the option's words that echo, language, the removed thing) when the option accepts or
    keeps, in the first person, something another text of the screen says the offer removes;
    None otherwise."""
    text = fold(label)
    for lang, (removes, accepts) in _echo_forms().items():
        if langs is not None and lang not in langs:
            continue
        took = next((m for rx in accepts for m in [rx.search(text)] if m), None)
        if took is None:
            continue
        mine = _content(text[took.end():], lang)
        for other in map(fold, others):
            for rx in removes:
                for r in rx.finditer(other):
                    things = _content(r["thing"], lang)
                    shared = [w for w in mine if any(_same(w, t) for t in things)]
                    if shared:
                        return took.group(0) + " … " + " ".join(shared), lang, r["thing"]
    return None


_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _content(text: str, lang: str) -> list[str]:
    """The words of `text` that say what it is about: not the language's function words, not
    shorter than 2 letters; hyphens dropped ("pop-ups" is "popups")."""
    stop = function_words(lang)
    return [w.replace("-", "") for w in _WORDS.findall(text)
            if w not in stop and len(w.replace("-", "")) >= 2]


def _singular(w: str) -> str:
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _same(a: str, b: str) -> bool:
    """One word, inflected or not: equal without a plural -s, or beginning alike in at least
    STEM_SHARE letters and in all but one letter of the shorter ("toss"/"tossing",
    "werbe"/"werbung")."""
    a, b = _singular(a), _singular(b)
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= STEM_SHARE and n >= min(len(a), len(b)) - 1


def option_of(screen: Screen, e: Element, language: str | None) -> Element | None:
    """The control that `e`'s words are the option of: the control a tap on them acts on
    (unless it is a link inside a sentence), else a bare control right beside them."""
    target = screen.tappable(e)
    if target.clickable or target.checkable:
        return None if _inside_sentence(screen, target, language) else target
    return next((c for c in shown(screen) if c is not e and _bare_control(screen, c, language)
                 and _beside(e, c, NEAR * (screen.scale or 1.0))), None)


def _inside_sentence(screen: Screen, control: Element, language: str | None) -> bool:
    """A link set in running text: its parent is not a control and holds words of its own —
    unless those words are themselves a bare choice ("No thanks, <a>I'd rather pay full
    price</a>": the link finishes the decline, it is not a reference in a sentence)."""
    if control.parent is None:
        return False
    parent = screen.elements[control.parent]
    if parent.clickable or parent.attrs.get("aggregate") == "1":
        return False
    if sum(ch.isalpha() for ch in parent.text) < SENTENCE_LETTERS:
        return False
    return classify(parent.text, language) is None


def _bare_control(screen: Screen, c: Element, language: str | None) -> bool:
    """A control whose own label says no more than a choice: a checkbox, an icon or "×" with
    no letters, or a bare go-on / go-back / close word."""
    target = screen.tappable(c)
    if not (target.clickable or target.checkable):
        return False
    if c.checkable or not any(ch.isalpha() for ch in c.label):
        return True
    return classify(c.label, language) is not None


def _beside(a: Element, b: Element, gap: float) -> bool:
    """On the same row and nearly touching, as a checkbox's or an "×"'s label is (text above
    or below a button is a heading or a paragraph, not its label)."""
    x, y = a.bounds, b.bounds
    same_row = min(x.y2, y.y2) - max(x.y1, y.y1) >= min(x.height, y.height) / 2
    return same_row and max(0, max(x.x1, y.x1) - min(x.x2, y.x2)) <= gap

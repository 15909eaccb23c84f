"""What a pre-set option says, read with its context: its own label, the description line(s)
right under the label, and the heading of its section (the nearest text above it that belongs to
no other option: a section title, a sheet's intro). A control whose own label is neutral
("Screens visited", "Send errors?") favours the provider when its description or its section's
heading says the sharing ("Share usage data with the developers", "These options send reports
to …").

One judgement for every detector that reads options (`judge`: preselection_tree on the element
tree, preselection_pixels on glyphs found in the pixels), and where its context is: in the tree
(`in_tree`: the texts of the option's row, the nearest text above the row outside any row) or in
OCR lines with no structure (`option_block`, `headings_above`).

Guard: a heading counts only when it SAYS the sharing (a verb or noun of sending, sharing,
collecting: provider_favouring.yaml `context_says`), never when it only names a section
("Privacy", "Data", "Analytics").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cancelcheck.words.language import detect

from . import lexicon

LABEL, DESCRIPTION, HEADING = "label", "description", "heading"


def provider_favouring(label: str, language: str | None) -> str | None:
    """The kind of provider-favouring option a label names: keep / deactivate (keeps the data,
    the account or a subscription, or pauses instead of deleting: lexicons/deactivation.yaml,
    the words the tree-based preselection detector reads), or share_data / marketing /
    personalised_ads (lexicons/provider_favouring.yaml); else None."""
    langs = lexicon.langs(language)
    label = _LEADING_SIGNS.sub("", label)
    favours = lexicon.load("provider_favouring").match(label, langs)
    if favours is not None and favours.kind == "consent_purposes":
        return favours.kind     # a framework's purpose, whatever verb of keeping it holds
                                # ("Store and/or access information on a device")
    m = lexicon.load("deactivation").match(label, langs) or favours
    return m.kind if m else None


# an expand / collapse sign or a bullet read with the label ("+ Measurement", "– Personalisation",
# "• Marketing"): a sign, not a word of it
_LEADING_SIGNS = re.compile(r"^[\s+\-–—•·›»>*]+(?=\w)")


@lru_cache(maxsize=None)
def _table(name: str, languages: tuple[str, ...] | None) -> list:
    """A per-language table of provider_favouring.yaml outside `kinds` (`vendor_list`,
    `required_option`, `context_says`) for these languages (None: all), each regex compiled
    only once a text holds the words it needs (lexicon.regex)."""
    lex = lexicon.load("provider_favouring")
    table = lex.data.get(name) or {}
    return [lexicon.regex(str(rx), where=f"{lex.path}: {name}.{lang}")
            for lang, rxs in table.items()
            if lang != "source" and (languages is None or lang in languages) for rx in rxs or []]


def _in_table(name: str, norm: str, language: str | None) -> bool:
    """Whether a normalised text holds a regex of provider_favouring.yaml's table `name`."""
    return any(rx.search(norm) for rx in _table(name, lexicon.langs(language)))


VENDOR_HEADING_WORDS = 8      # a list's title, not a sentence that mentions partners


def names_vendor_list(text: str, language: str | None) -> bool:
    """Whether a heading is the title of a list of third parties ("Vendors", "Partenaires",
    "Our advertising partners"): a short heading with a noun of provider_favouring.yaml
    `vendor_list`. Each entry ticked under it gives that company the person's data."""
    if not text or len(text.split()) > VENDOR_HEADING_WORDS:
        return False
    return _in_table("vendor_list", lexicon.normalize(text), language)


def names_required(text: str, language: str | None) -> bool:
    """Whether a label or a short heading names a category the person cannot refuse
    ("Necessary", "Strictly necessary cookies", "Required"): provider_favouring.yaml
    `required_option`, matched against the whole text."""
    if not text:
        return False
    return _in_table("required_option", lexicon.normalize(_LEADING_SIGNS.sub("", text)).strip(" :."),
                     language)


def state_word(text: str, language: str | None) -> bool | None:
    """True / False when the text says only a control's state ("ON", "Active", "Always
    active" / "OFF", "Inactive": switch_state.yaml), else None."""
    m = lexicon.load("switch_state").match(text, lexicon.langs(language))
    return None if m is None else m.kind == "state_on"


def stated(label: str, language: str | None) -> tuple[str, bool | None]:
    """(the option's name, True / False) when the label names an option and says its state
    after a colon ("Personalised ads: On", "Genau: Ein", iOS's pill in the location prompt;
    "Reports: Off"): a state written as text, no glyph; else (the label, None)."""
    head, sep, tail = max(label.rpartition(":"), label.rpartition("："), key=lambda p: len(p[0]))
    if not sep or sum(c.isalpha() for c in head) < 2:
        return label, None
    said = tail.strip()
    on = state_word(said, language)
    if on is None and language is None and (own := detect(label)):
        on = state_word(said, own)              # a screen of mixed languages (a map's place
        #   names around a German prompt): the label's own language reads a state word that
        #   several languages spell alike ("Genau: Ein")
    return (head, on) if on is not None else (label, None)


def precise_location(label: str, context: list[str], language: str | None) -> str | None:
    """The text of `context` (the option's description, its headings) that names the location
    when the option's name is the adjective "precise" alone ("Precise: On" under "Allow … to use
    your location?"): provider_favouring.yaml `precise_alone` and `location_named`; else None."""
    name = lexicon.normalize(_LEADING_SIGNS.sub("", stated(label, language)[0])).strip(" :.")
    if not name or not _in_table("precise_alone", name, language):
        return None
    return next((t for t in context if t and _in_table("location_named", lexicon.normalize(t), language)), None)


def says_sharing(text: str, language: str | None) -> str | None:
    """The provider-favouring kind a heading or an intro SAYS (it names the concept AND has a
    word of sending / sharing / collecting), else None: a section's bare name is not enough."""
    if not text:
        return None
    m = lexicon.load("provider_favouring").match(text, lexicon.langs(language))
    if m is None:
        return None
    return m.kind if _in_table("context_says", lexicon.normalize(text), language) else None


@dataclass(frozen=True)
class Verdict:
    kind: str          # keep / deactivate / share_data / marketing / personalised_ads
    said_by: str       # LABEL, DESCRIPTION or HEADING
    text: str          # the words that said it

    @property
    def because(self) -> str:
        """What a finding's explanation adds when the option's own label did not say it:
        " (its heading says so: “…”)"; "" when it did."""
        return "" if self.said_by == LABEL else f" (its {self.said_by} says so: \u201c{self.text}\u201d)"


def judge(label: str, description: str, headings: list[str], language: str | None) -> Verdict | None:
    """Whether a pre-set option favours the provider: its own label, else the description under
    it (the option explains itself: no stricter test than the label's), else one of the headings
    of its section, nearest first (only when it says the sharing). An option named, or headed,
    as a category the person cannot refuse ("Necessary", under "Required") is no choice made
    for them, whatever its description says it collects."""
    if names_required(label, language) or (headings and names_required(headings[0], language)):
        return None
    for text, who in ((label, LABEL), (description, DESCRIPTION)):
        kind = provider_favouring(text, language) if text else None
        if kind:
            return Verdict(kind, who, text)
    where = precise_location(label, [description, *headings], language)
    if where:                       # the widest location permission, its noun said around it
        return Verdict("share_data", DESCRIPTION if where == description else HEADING, where)
    for text in headings:
        kind = says_sharing(text, language) or ("share_data" if names_vendor_list(text, language) else None)
        if kind:
            return Verdict(kind, HEADING, text)
    return None


# -- the layout of text lines (OCR screens) ------------------------------------------------------

def _under(a, b, slack: float = 0.9) -> bool:
    """Line b right under line a, starting where it starts (a title and its summary, the lines
    of one paragraph): less than a line's height apart."""
    return (-a.height <= b.y1 - a.y2 <= slack * a.height
            and abs(b.x1 - a.x1) <= max(8, a.height))


def _sorted(lines):
    return sorted(lines, key=lambda e: (e.bounds.y1, e.bounds.x1))


def _chain(start, lines, up: bool, stop=frozenset(), most: int = 3) -> list:
    """The lines joined to `start` going down (or up), the nearest each time, at most `most`;
    ends before a line in `stop` (another control's label)."""
    out, cur = [], start
    for _ in range(most):
        nxt = [e for e in lines if e is not cur and e not in out
               and (_under(e.bounds, cur.bounds) if up else _under(cur.bounds, e.bounds))]
        if not nxt:
            break
        cur = max(nxt, key=lambda e: e.bounds.y1) if up else min(nxt, key=lambda e: e.bounds.y1)
        if cur.index in stop:
            break
        out.append(cur)
    return out


def _continues(line) -> bool:
    """A line that goes on with the sentence above it: it starts with a small letter (a label
    wrapped over two lines: "Anonymous usage" / "statistics and crash reports"); a summary under
    a title starts a sentence of its own, and so does a web address under a name (a partner's
    privacy policy: "http://…", "www.…")."""
    if _is_address(line.text):
        return False
    first = next((ch for ch in line.text if ch.isalpha()), "")
    return first.islower()


def _is_address(text: str) -> bool:
    t = text.strip().lower()
    return "://" in t or t.startswith("www.")


@dataclass(frozen=True)
class Option:
    label: str              # its words: the title line and the lines that go on with it
    title: object           # the title line (an Element)
    description: str        # the lines under the label
    lines: tuple            # every line of the option (Elements)


def option_block(line, control, lines, labels: set[int]) -> Option:
    """The option whose control (a Bounds) sits
    beside `line`. A control is drawn level with its title, or centred on its title and summary:
    the title is the top of the run of joined lines (up to two above `line`) centred best on the
    control (of the runs about as well centred, the one that starts highest). The lines joined
    under it that go on with its sentence are the rest of its label;
    the next ones are its description (the smaller text right under it), never another
    control's label."""
    others = frozenset(labels - {line.index})
    up = _chain(line, lines, up=True, stop=others, most=2)
    beyond = _chain(up[-1], lines, up=True, most=1) if up else []
    if beyond and beyond[0].index in others:
        up = []     # the lines above run up into another control's label: its words, not ours
    down = _chain(line, lines, up=False, stop=others, most=3)
    mid = (control.y1 + control.y2) / 2

    def off(top, bottom) -> float:
        return abs((top.bounds.y1 + bottom.bounds.y2) / 2 - mid)
    runs = [(t, b) for t in [line] + up for b in [line] + down]
    best = min(off(*r) for r in runs)
    # a control centred on a block only roughly: of the runs about as well centred, the one
    # that starts highest (its bold title over a long summary)
    near = [r for r in runs if off(*r) <= best + 0.4 * line.bounds.height]
    title = min(near, key=lambda r: r[0].bounds.y1)[0]
    below = _chain(title, lines, up=False, stop=others, most=3)
    n = 0
    while n < len(below) and _continues(below[n]):
        n += 1
    return Option(" ".join(e.text for e in [title] + below[:n]), title,
                  " ".join(e.text for e in below[n:]), tuple([title] + below))


def headings_above(title, span: tuple[int, int], lines, owned: set[int], most: int = 1) -> list[str]:
    """The texts of the free blocks above an option, nearest first: walking up from its title
    over other options' lines (their labels and descriptions, `owned`), each block of lines that
    belongs to no option (a section heading, a sheet's intro paragraph), at most `most`."""
    x1, x2 = span
    above = [e for e in lines if e.bounds.y2 <= title.bounds.y1 + 2 and e.index != title.index
             and e.bounds.x1 < x2 and e.bounds.x2 > x1]
    out, used = [], set()
    for e in sorted(above, key=lambda e: e.bounds.y2, reverse=True):
        if len(out) >= most:
            break
        if e.index in owned or e.index in used:
            continue
        para = [e] + _chain(e, above, up=True, stop=frozenset(owned), most=4)
        used |= {p.index for p in para}
        out.append(" ".join(p.text for p in _sorted(para)))
    return out


# -- the context in an element tree --------------------------------------------------------------

def in_tree(screen, box) -> tuple[str, object, str, list[str]] | None:
    """(label, label element, description, [heading]) of a checkable element: the first text of
    its row (the clickable ancestor: a <label>, a settings row), the other texts of the row, and
    the nearest text above the row that lies in no tappable row (a section title). None when it
    has no words."""
    row = next((a for a in screen.ancestors(box) if a.clickable), None)
    if row is None:
        return (box.label, box, "", []) if box.label else None
    kids = [d for d in screen.descendants(row)
            if d.text and d.attrs.get("aggregate") != "1" and d is not box]
    if kids:
        label, holder, description = kids[0].text, kids[0], " ".join(k.text for k in kids[1:])
    elif row.label:
        label, holder, description = row.label, row, ""
    else:
        return (box.label, box, "", []) if box.label else None
    above = [e for e in screen.visible()
             if e.text and e.attrs.get("aggregate") != "1" and not e.clickable
             and e.bounds.y2 <= row.bounds.y1 + 2
             and e.bounds.x1 < row.bounds.x2 and e.bounds.x2 > row.bounds.x1
             and not any(a.clickable for a in screen.ancestors(e))]
    head = max(above, key=lambda e: (e.bounds.y2, -e.index), default=None)
    return label, holder, description, [head.text] if head is not None else []

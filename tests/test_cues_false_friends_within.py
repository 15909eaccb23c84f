"""The explorer's `contains` cues (a word inside a longer label: the terms of `@delete`,
`@reason`, … and a language file's plain phrases) follow the same false-friend rule as its
whole-label cues (words.false_friend, one function): a word of one language that is an
everyday word of another counts only on a screen guessed to be in one of its own languages.

The words, checked by hand with a dictionary: Turkish "sil" (delete) is the Czech genitive
plural of "síla" (of forces); Danish "slet" (delete) is Norwegian "slet" (struggled, toiled);
Hungarian "ok" (reason, a cue of field_reason) is the "OK" of every other language. Japanese
writes "同意" (agree) as Chinese does (flows/cues/ja.yaml lists it): no false friend. Every
label below was written for this test.
"""
from __future__ import annotations

import pytest

from cancelcheck.flows.candidates import FlowState, candidates, classify, is_entry
from cancelcheck.flows.cues import cues, on_screen
from cancelcheck.screens import Bounds, Element, Screen


def _screen(texts: list[str], links: list[str]) -> Screen:
    els = [Element(index=i, parent=None, bounds=Bounds(0, i * 60, 400, i * 60 + 50), text=t,
                   clickable=t in links, cls="a" if t in links else "p")
           for i, t in enumerate(texts)]
    return Screen(image=None, elements=els, source="test", size=(400, 60 * len(els) + 60))


# section, a label holding the word in its own language, that language,
# a label holding the same letters in another language, that language
CASES = [
    ("delete_verb", "Grubu sil", "tr", "Poměr sil ve hře je vyrovnaný", "cs"),
    ("delete_verb", "Slet gruppen", "da", "Jeg slet med passordet i går", "nb"),
    ("field_reason", "Ok (nem kötelező)", "hu", "Press OK when you are done", "en"),
]


@pytest.mark.parametrize("section, own_label, own, other_label, other", CASES)
def test_a_contained_false_friend_counts_only_in_its_own_language(section, own_label, own,
                                                                   other_label, other):
    read = lambda lang, label: getattr(cues(lang), section)(label)
    assert read(own, own_label) is True
    assert read(other, other_label) is False          # old code: True (read everywhere)
    assert read(None, own_label) is False             # no language known: says nothing


def test_words_no_other_language_uses_still_count_with_no_language():
    c = cues()
    assert c.delete_verb("Grubu sil") is False                    # a false friend waits ...
    assert c.delete_verb("Delete group") and c.delete_verb("Gruppe löschen")   # ... these not
    assert c.field_reason("Reason for leaving")
    assert cues("ja").agree("同意") and cues("zh-Hans").agree("同意")


# A Czech team page: the sign-in form named the account by the team ("Název týmu": the
# explorer keeps "týmu"), and the page links to the team's "balance of forces".
CZECH_TEAM = _screen(["Nastavení týmu", "Tady je přehled vašeho týmu a jeho členů.",
                      "Rovnováha sil týmu", "Členové týmu"],
                     ["Rovnováha sil týmu", "Členové týmu"])
TURKISH_GROUP = _screen(["Grup ayarları", "Bu grubun tüm üyeleri ve ayarları burada.",
                         "Grubu sil", "Üyeler"], ["Grubu sil", "Üyeler"])


def test_the_czech_balance_of_forces_does_not_delete_the_team():
    assert on_screen(CZECH_TEAM) is cues("cs")
    state = FlowState(account=("týmu",))
    label = "Rovnováha sil týmu"
    # old code: the Turkish "sil" made it "delete the team": the entry (stage 4, "looks like
    # the way to entry") and, inside the flow, the final confirmation
    assert is_entry(label, state, CZECH_TEAM) is False
    target = next(e for e in CZECH_TEAM.elements if e.text == label)
    assert classify(label, target, CZECH_TEAM, FlowState(in_flow=True, account=("týmu",))).kind \
        != "final"
    assert not any(c.label == label and c.stage for c in candidates(CZECH_TEAM, state))


def test_the_turkish_delete_group_still_deletes_the_group():
    assert on_screen(TURKISH_GROUP) is cues("tr")
    state = FlowState(account=("grubu",))
    assert is_entry("Grubu sil", state, TURKISH_GROUP) is True
    assert is_entry("Grubu sil", state) is False       # no screen, no language: it waits

"""The explorer's whole-label cues follow the detectors' rule for false friends
(words.false_friend, words/common_words.tsv): a short whole label that is an everyday word of
another lexicon language counts only on a screen guessed to be in one of its own languages.

"Ano" is the Czech "yes" (a cue of final_weak) and the Portuguese "year"; "Nie" is the Polish
"no" (a cue of retreat) and the German "never" (both checked by hand with a dictionary). The
screens were written for this test: a Portuguese deletion flow that asks for a birth date with
three picker buttons (Dia, Mês, Ano), and a Czech one that asks "Smazat účet?" with Ano / Ne.
"""
from __future__ import annotations

import pytest

from cancelcheck.flows.candidates import FlowState, classify
from cancelcheck.flows.cues import cues, on_screen
from cancelcheck.screens import Bounds, Element, Screen
from tests.pages_kit import audit_page, show


def _screen(texts: list[str], buttons: list[str]) -> Screen:
    els = [Element(index=i, parent=None, bounds=Bounds(0, i * 50, 400, i * 50 + 40), text=t,
                   clickable=t in buttons, cls="button" if t in buttons else "p")
           for i, t in enumerate(texts)]
    return Screen(image=None, elements=els, source="test", size=(400, 50 * len(els) + 50))


BIRTH_DATE = _screen(["Excluir minha conta",
                      "Para sua segurança, confirme sua data de nascimento antes de continuar.",
                      "Dia", "Mês", "Ano", "Continuar"], ["Dia", "Mês", "Ano", "Continuar"])
CZECH = _screen(["Smazat účet?", "Tuto akci nelze vrátit zpět.", "Ano", "Ne"], ["Ano", "Ne"])


def _reading(screen: Screen, label: str) -> str:
    target = next(e for e in screen.elements if e.text == label)
    return classify(label, target, screen, FlowState(in_flow=True)).kind


@pytest.mark.parametrize("section, label, lang", [("final_weak", "Ano", "cs"),
                                                  ("retreat", "Nie", "pl")])
def test_a_false_friend_counts_only_in_its_own_language(section, label, lang):
    assert getattr(cues(), section)(label) is False              # no language known
    assert getattr(cues(lang), section)(label) is True
    assert getattr(cues("pt" if lang == "cs" else "de"), section)(label) is False


@pytest.mark.parametrize("section, label", [("final_weak", "OK"), ("retreat", "No"),
                                            ("retreat", "Cancel"), ("final_weak", "Evet")])
def test_a_word_read_alike_everywhere_counts_with_no_language(section, label):
    assert getattr(cues(), section)(label) is True


def test_the_year_picker_of_a_portuguese_screen_is_no_final_confirmation():
    assert on_screen(BIRTH_DATE).final_weak("Ano") is False
    assert _reading(BIRTH_DATE, "Ano") == "other"
    assert _reading(BIRTH_DATE, "Continuar") == "proceed"


def test_the_czech_yes_is_still_the_final_confirmation():
    assert _reading(CZECH, "Ano") == "final"
    assert _reading(CZECH, "Ne") == "retreat"


def test_the_explorer_goes_on_past_the_year_picker(pages):
    # pt-nascimento: Configurações → Excluir minha conta → (Dia | Mês | Ano pickers) Continuar
    # → Excluir conta permanentemente (final, not tapped). Hand count: 4 taps. Read as the
    # Czech "yes", "Ano" was taken for the final confirmation at the third screen.
    j = audit_page(pages, "pt-nascimento")
    assert (j.outcome, j.path_steps, j.final_action) == \
        ("reachable", 4, "Excluir conta permanentemente"), show(j)

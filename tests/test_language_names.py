"""A language menu's items are language names: none is a way to the account, whatever it
happens to mean in another language ("oʻzbek tili" is the Uzbek for "Uzbek language", and
"tili" is the Finnish for "account": an audit of a real shop picked it, switched the shop to
Uzbek and ended `not_found`). The names are a real menu's (tests/data/language_names.txt)."""
from __future__ import annotations

from pathlib import Path

import pytest

from cancelcheck.flows.candidates import _menu_choices
from cancelcheck.flows.cues import cues
from cancelcheck.flows.language_menu import language_switch
from cancelcheck.screens import Bounds, Element, Screen

NAMES = [line for line in (Path(__file__).parent / "data" / "language_names.txt")
         .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
WAYS = ("entry", "account", "settings", "profile", "menu", "help", "final_strong", "final_weak",
        "next", "deactivate")


def test_the_menu_is_the_real_one():
    assert len(NAMES) == 99 and "oʻzbek tili" in NAMES and "Kiswahili" in NAMES


@pytest.mark.parametrize("section", WAYS)
def test_no_language_name_is_a_way_in(section):
    assert [n for n in NAMES if cues().has(section, n)] == []


def select(text, name="", description=""):
    e = Element(index=0, parent=None, bounds=Bounds(0, 0, 400, 40), text=text, cls="select",
                description=description, clickable=True,
                attrs={"tag": "select", "name": name, "options": "\n".join(NAMES)})
    return e, Screen(image=None, elements=[e], source="test", size=(400, 400))


@pytest.mark.parametrize("text,name", [("English", ""), ("Deutsch", ""), ("—", "language")])
def test_a_drop_down_showing_or_named_for_a_language_is_a_language_switch(text, name):
    # the cue words know 24 of the 99 names, too few to call the list a language list
    e, s = select(text, name)
    assert language_switch(e.description, e, s)
    assert _menu_choices(s) == []          # none of its 99 options is tried


def test_the_finnish_account_word_is_still_an_account_cue():
    assert cues().account("Tili") and cues().account("Tilin asetukset")
    assert not cues().account("oʻzbek tili")

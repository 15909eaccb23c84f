"""The conditions to leave, retention offers, deactivation offers, the kept-data option, the
named cooling-off period and its durations, and a switch's state word in the three Baltic
lexicon languages (lt Lithuanian, lv Latvian, et Estonian), read from their hand blocks in
detectors/lexicons/{conditions,retention,deactivation,cooling_off,switch_state}.yaml.

Every text here was written for this test in the language's own grammar (none is taken from a
corpus or an app); the expected kind was worked out by hand from what the words say: a duty
before deletion (conditions), a reason to stay (retention), an offer of a pause instead
(deactivation), and so on. Each near miss gives its reason: the same word in another sense, a
state instead of an offer, a feature instead of the account, a word that only begins like
the one a pattern wants. The lexicon is asked with the screen's language (plus English, as the
detectors do) and with no language known (every language's words tried, so a clash with
another language's words shows up here).
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors import lexicon
from cancelcheck.detectors.cooling_off import durations
from cancelcheck.detectors.option_context import names_required, names_vendor_list

# (family, language, text, kind)
KINDS = [
    # Lithuanian
    ("conditions", "lt", "Sąskaitos likutis turi būti nulinis", "balance"),
    ("conditions", "lt", "Atsiekite susietus įrenginius", "unbind"),
    ("conditions", "lt", "Jokių užsakymų per pastarąsias 30 dienų", "recent_activity"),
    ("conditions", "lt", "Padenkite visas skolas", "debts"),
    ("conditions", "lt", "Pirmiausia atšaukite savo prenumeratą", "subscriptions_first"),
    ("retention", "lt", "Gaukite 50 % nuolaidą trims mėnesiams", "discount"),
    ("retention", "lt", "Ar tikrai norite išeiti?", "stay"),
    ("retention", "lt", "Mes jūsų pasiilgsime!", "miss_you"),
    ("retention", "lt", "Prarasite visus lojalumo taškus", "benefits_loss"),
    ("deactivation", "lt", "Laikinai deaktyvuoti paskyrą", "deactivate"),
    ("deactivation", "lt", "Išsaugoti mano duomenis 30 dienų", "keep"),
    ("cooling_off", "lt", "30 dienų laukimo laikotarpis", "cooling"),
    ("switch_state", "lt", "Įjungta", "state_on"),
    ("switch_state", "lt", "IŠJUNGTA", "state_off"),
    # Latvian
    ("conditions", "lv", "Konta atlikumam jābūt nullei", "balance"),
    ("conditions", "lv", "Atsaistiet saistītās ierīces", "unbind"),
    ("conditions", "lv", "Nav pasūtījumu pēdējo 30 dienu laikā", "recent_activity"),
    ("conditions", "lv", "Nomaksājiet visus parādus", "debts"),
    ("conditions", "lv", "Vispirms atceliet savu abonementu", "subscriptions_first"),
    ("retention", "lv", "Saņemiet 50 % atlaidi trīs mēnešiem", "discount"),
    ("retention", "lv", "Vai tiešām vēlaties aiziet?", "stay"),
    ("retention", "lv", "Mums jūsu pietrūks!", "miss_you"),
    ("retention", "lv", "Jūs zaudēsiet visus lojalitātes punktus", "benefits_loss"),
    ("deactivation", "lv", "Īslaicīgi deaktivizēt kontu", "deactivate"),
    ("deactivation", "lv", "Saglabāt manus datus 30 dienas", "keep"),
    ("cooling_off", "lv", "30 dienu nogaidīšanas periods", "cooling"),
    ("switch_state", "lv", "Ieslēgts", "state_on"),
    ("switch_state", "lv", "IZSLĒGTS", "state_off"),
    # Estonian
    ("conditions", "et", "Konto saldo peab olema null", "balance"),
    ("conditions", "et", "Ühendage seotud seadmed lahti", "unbind"),
    ("conditions", "et", "Viimase 30 päeva jooksul pole tehtud ühtegi tellimust", "recent_activity"),
    ("conditions", "et", "Tasuge kõik võlgnevused", "debts"),
    ("conditions", "et", "Kõigepealt tühistage oma tellimus", "subscriptions_first"),
    ("retention", "et", "Saage 50% allahindlust kolmeks kuuks", "discount"),
    ("retention", "et", "Kas te tõesti soovite lahkuda?", "stay"),
    ("retention", "et", "Me hakkame sind igatsema!", "miss_you"),
    ("retention", "et", "Kaotate kõik boonuspunktid", "benefits_loss"),
    ("deactivation", "et", "Deaktiveeri konto ajutiselt", "deactivate"),
    ("deactivation", "et", "Säilita minu andmed 30 päeva", "keep"),
    ("cooling_off", "et", "30-päevane ooteaeg", "cooling"),
    ("switch_state", "et", "Aktiivne", "state_on"),
    ("switch_state", "et", "VÄLJAS", "state_off"),
]

# (family, language, text): none of the family's kinds
NEAR_MISSES = [
    ("conditions", "lt", "Atsijungti"),                     # log out (atsijungti), not disconnect (atjungti)
    ("conditions", "lt", "Peržiūrėti balansą"),             # view the balance: no duty
    ("retention", "lt", "Praradote slaptažodį?"),           # a lost password, not lost perks
    ("retention", "lt", "Ko jums trūksta?"),                # "what are you missing", a help line
    ("deactivation", "lt", "Deaktyvuoti pranešimus"),       # a feature, not the account
    ("deactivation", "lt", "Paskyra deaktyvuota"),          # a state, no offer
    ("cooling_off", "lt", "Sąskaitos apmokėjimo terminas"), # a payment term, not a waiting period
    ("switch_state", "lt", "Įjungti"),                      # the action "switch on", not a state
    ("switch_state", "lt", "Išjungti"),                     # the action "switch off"
    ("conditions", "lv", "Izrakstīties"),                   # log out: nothing unbound
    ("conditions", "lv", "Skatīt konta atlikumu"),          # view the balance: no duty
    ("retention", "lv", "Pazaudējāt paroli?"),              # a lost password, not lost perks
    ("retention", "lv", "Vai jums kaut kā pietrūkst?"),     # "are you missing something", a help line
    ("deactivation", "lv", "Deaktivizēt paziņojumus"),      # a feature, not the account
    ("deactivation", "lv", "Konts ir deaktivizēts"),        # a state, no offer
    ("cooling_off", "lv", "Rēķina apmaksas termiņš"),       # a payment term, not a waiting period
    ("switch_state", "lv", "Ieslēgt"),                      # the action "switch on", not a state
    ("switch_state", "lv", "Izslēgt"),                      # the action "switch off"
    ("conditions", "et", "Logi välja"),                     # log out: nothing unbound
    ("conditions", "et", "Ühenda uus seade"),               # connect a device: the opposite
    ("retention", "et", "Kaotasite parooli?"),              # a lost password, not lost perks
    ("retention", "et", "Kas midagi on puudu?"),            # "is something missing", a help line
    ("deactivation", "et", "Deaktiveeri teavitused"),       # a feature, not the account
    ("deactivation", "et", "Konto on deaktiveeritud"),      # a state, no offer
    ("cooling_off", "et", "Arve maksetähtaeg"),             # a payment term, not a waiting period
    ("switch_state", "et", "Lülita sisse"),                 # the action "switch on", not a state
    ("switch_state", "et", "Lülita välja"),                 # the action "switch off"
]

# (language, text, n, unit): the number and the unit word after it, read by hand
DURATIONS = [
    ("lt", "per 10 darbo dienų", 10, "working_day"), ("lt", "po 30 dienų", 30, "day"),
    ("lt", "per 2 savaites", 2, "week"), ("lt", "per 3 mėnesius", 3, "month"),
    ("lt", "per 48 valandas", 48, "hour"),
    ("lv", "10 darba dienu laikā", 10, "working_day"), ("lv", "pēc 30 dienām", 30, "day"),
    ("lv", "2 nedēļu laikā", 2, "week"), ("lv", "pēc 3 mēnešiem", 3, "month"),
    ("lv", "48 stundu laikā", 48, "hour"),
    ("et", "10 tööpäeva jooksul", 10, "working_day"), ("et", "30 päeva pärast", 30, "day"),
    ("et", "2 nädala jooksul", 2, "week"), ("et", "3 kuu pärast", 3, "month"),
    ("et", "48 tunni jooksul", 48, "hour"),
]

# a word that only begins like a unit: lt diaries (dien-), weekends (savait-); lv diaries
# (dienas-), weeklies (nedēļ-); et dates (kuu-), weekends (nädala-)
NOT_DURATIONS = [("lt", "3 dienoraščiai"), ("lt", "2 savaitgaliai"),
                 ("lv", "3 dienasgrāmatas"), ("lv", "2 nedēļnīcas"),
                 ("et", "5 kuupäeva"), ("et", "3 nädalavahetust")]

# (language, a consent tool's list of third parties as a heading, its required category as a
# whole label, and their near misses: "third-party" as an adjective, "required" in a sentence)
CONSENT = [
    ("lt", "Mūsų partneriai", "Griežtai būtini slapukai",
     "Trečiųjų šalių programinės įrangos licencijos", "Būtina užpildyti šį lauką"),
    ("lv", "Mūsu partneri", "Stingri nepieciešamās sīkdatnes",
     "Trešo pušu programmatūras licences", "Šis lauks ir obligāts"),
    ("et", "Meie partnerid", "Rangelt vajalikud küpsised",
     "Kolmandate osapoolte tarkvara litsentsid", "See väli on kohustuslik"),
]

NEW = ("lt", "lv", "et")


def _kind(family, text, language):
    m = lexicon.load(family).match(text, lexicon.langs(language))
    return m.kind if m else None


def test_every_new_language_has_cases_of_every_family():
    for lang in NEW:
        fams = {(f, k) for f, l, _, k in KINDS if l == lang}
        assert {f for f, _ in fams} == {"conditions", "retention", "deactivation", "cooling_off",
                                        "switch_state"}, lang
        assert len(fams) == 5 + 4 + 2 + 1 + 2, lang
        assert len([n for n in NEAR_MISSES if n[1] == lang]) >= 9, lang
        assert {u for l, _, _, u in DURATIONS if l == lang} == {
            "working_day", "day", "week", "month", "hour"}, lang
        assert len([n for n in NOT_DURATIONS if n[0] == lang]) >= 2, lang
        assert [c for c in CONSENT if c[0] == lang], lang


@pytest.mark.parametrize("known", [True, False], ids=["language", "unknown"])
@pytest.mark.parametrize("case", KINDS, ids=[f"{c[1]}-{c[0]}-{c[3]}" for c in KINDS])
def test_kinds(case, known):
    family, lang, text, kind = case
    assert _kind(family, text, lang if known else None) == kind, text


@pytest.mark.parametrize("case", NEAR_MISSES, ids=[f"{c[1]}-{c[0]}-{c[2]}" for c in NEAR_MISSES])
def test_near_misses(case):
    family, lang, text = case
    assert _kind(family, text, lang) is None
    assert _kind(family, text, None) is None


@pytest.mark.parametrize("known", [True, False], ids=["language", "unknown"])
@pytest.mark.parametrize("lang,text,n,unit", DURATIONS)
def test_durations(lang, text, n, unit, known):
    found = [(d["n"], d["unit"]) for d in durations(text, lang if known else None)]
    assert found == [(n, unit)]


@pytest.mark.parametrize("lang,text", NOT_DURATIONS)
def test_a_word_that_only_begins_like_a_unit_is_no_duration(lang, text):
    assert durations(text, lang) == []
    assert durations(text) == []


@pytest.mark.parametrize("known", [True, False], ids=["language", "unknown"])
@pytest.mark.parametrize("lang,vendors,required,not_vendors,not_required", CONSENT)
def test_consent_tool_headings(lang, vendors, required, not_vendors, not_required, known):
    given = lang if known else None
    assert names_vendor_list(vendors, given) and names_required(required, given)
    assert not names_vendor_list(not_vendors, given)
    assert not names_required(not_required, given)


def test_every_new_language_has_a_block_where_slovak_has_one():
    """lt, lv and et have no neighbour among the older lexicon languages (et's cousin fi has
    no switch-state words); each has a block wherever Slovak, the last language written with
    every table, has one: every kind of these families and their tables (durations, units,
    minutes, context_says)."""
    for fam in ("choices", "conditions", "cooling_off", "deactivation", "forced_wait",
                "provider_favouring", "retention", "switch_state"):
        data = lexicon.load(fam).data
        tables = [(f"kinds.{k}", v) for k, v in data["kinds"].items()]
        tables += [(t, v) for t, v in data.items() if t != "kinds" and isinstance(v, dict)]
        for name, table in tables:
            for lang in NEW:
                if "sk" in table:
                    assert lang in table, (fam, name, lang)
                    block = table[lang]
                    if isinstance(block, dict):
                        assert "hand" in block.get("source", {}), (fam, name, lang)


def test_a_state_word_that_is_also_a_common_word_elsewhere():
    """Android's Estonian "SEES" (on) is also English "sees" (words/common_words.tsv lists it for
    en and nb): read as the state on an Estonian screen, and as nothing when no language is known
    (a false friend is dropped then, as for every lexicon)."""
    assert _kind("switch_state", "Sees", "et") == "state_on"
    assert _kind("switch_state", "Sees", None) is None


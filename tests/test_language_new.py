"""The four languages added last (sk, hr, sl, bg) in the language guess (words/language.py
detect) and the built tables: each close pair told apart (Slovak from Czech, Croatian from
Slovene, Bulgarian from Russian and Ukrainian). Every text was written for this test in the
grammar of its language and its language checked by reading it; the near misses are the same
sense in the close language, and the mark that tells each is named beside it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cancelcheck.words import detect

ROOT = Path(__file__).resolve().parents[1]

SK = [
    ("Naozaj chcete odstrániť svoj účet?", "naozaj, infinitive -iť"),
    ("Pokračovať", "infinitive -ovať"),
    ("Nastavenia účtu sa uložili", "sa, -ia"),
    ("Nie, ďakujem", "nie, ďakujem"),
    ("Autentifikačná aplikácia aktivovaná", "-ácia (Czech -ace)"),
]
CS_NEAR_SK = [
    ("Opravdu chcete smazat svůj účet?", "opravdu, ů"),
    ("Pokračovat", "infinitive -ovat"),
    ("Nastavení účtu bylo uloženo", "-ní, bylo"),
    ("Ne, děkuji", "ě"),
    ("Nastavit heslo", "infinitive -it (Slovak -iť)"),
    ("Neaktivní účet", "soft adjective -ní (Slovak neaktívny)"),
    ("Ověřovací aplikace aktivována", "-ace, short passive -ována"),
]
HR = [
    ("Jeste li sigurni da želite izbrisati svoj račun?", "jeste li"),
    ("Postavke računa", "postavke"),
    ("Vaš račun će biti izbrisan", "će"),
    ("Ovo nije moguće poništiti", "nije, ć"),
    ("Korisničko ime", "korisničko (Slovene uporabniško)"),
    ("Obavezno polje", "the inserted vowel of obav- (Slovene obvez-)"),
    ("Tko je dao pristup?", "tko, past participle -ao"),
]
SL = [
    ("Ali ste prepričani, da želite izbrisati svoj račun?", "ali ste prepričani"),
    ("Nastavitve računa", "-itve"),
    ("Vaš račun bo izbrisan", "bo"),
    ("Tega ni mogoče razveljaviti", "ni"),
    ("Uporabniško ime", "uporabniško (Croatian korisničko)"),
    ("Obvezno polje", "obvez- (Croatian obavez-)"),
    ("Kdo je dal dostop?", "kdo"),
]
BG = [
    ("Сигурни ли сте, че искате да изтриете профила си?", "сте, че, искате"),
    ("Изтриване на профила", "verbal noun -ане"),
    ("Профилът ще бъде изтрит", "article -ът, ъ inside бъде"),
    ("Активирайте двустепенното удостоверяване", "imperative -ирайте, -ане"),
    ("Потребителско име", "neuter adjective -ско"),
    ("Свалете ключовете", "definite plural -овете"),
]
RU_UK_NEAR_BG = [
    ("Вы уверены, что хотите удалить аккаунт?", "ru", "ы, что"),
    ("Удаление учётной записи", "ru", "ё, -ние"),
    ("Активируйте двухфакторную аутентификацию", "ru", "-ируйте, not -ирайте"),
    ("Пароль (ще раз)", "uk", "ще is Ukrainian 'again' too: no mark of Bulgarian"),
    ("Видалення облікового запису", "uk", "-ння"),
    ("Имя пользователя", "ru", "no mark of Bulgarian: Russian stays the default"),
    ("Автоматически сохранять изменения", "ru", "-ски is Russian too: only -ско is Bulgarian's"),
]


@pytest.mark.parametrize("pairs, lang", [(SK, "sk"), (CS_NEAR_SK, "cs"), (HR, "hr"),
                                         (SL, "sl"), (BG, "bg")],
                         ids=["sk", "cs-near-sk", "hr", "sl", "bg"])
def test_each_close_language_is_told(pairs, lang):
    got = {text: detect(text) for text, _ in pairs}
    assert got == {text: lang for text, _ in pairs}


@pytest.mark.parametrize("text, lang, mark", RU_UK_NEAR_BG, ids=[t for t, _, _ in RU_UK_NEAR_BG])
def test_russian_and_ukrainian_stay_beside_bulgarian(text, lang, mark):
    assert detect(text) == lang, mark


def test_the_word_tables_hold_the_new_latin_languages():
    # words/language_words.tsv: a frequency list for each new Latin-script language (Croatian
    # from wordfreq's Serbo-Croatian "sh" list), none for Cyrillic Bulgarian; counted from the
    # table: each language's first row is its commonest word(s)
    rows = [line.split("\t") for line in (ROOT / "words" / "language_words.tsv")
            .read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    langs = {r[0] for r in rows}
    assert {"sk", "sl", "hr"} <= langs and "bg" not in langs
    words = {lang: {w for r in rows if r[0] == lang for w in r[2].split()} for lang in langs}
    assert "ďakujem" in words["sk"] and "što" in words["hr"] and "lahko" in words["sl"]


@pytest.mark.parametrize("lang, cancel", [("sk", "Zrušiť"), ("hr", "Odustani"),
                                          ("sl", "Prekliči"), ("bg", "Отказ")])
def test_the_new_languages_word_lists_are_mined_from_catalogs(lang, cancel):
    # words/lexicon/<lang>.json, built by `make lexicons`: the proceed/retreat words and the
    # final confirmation, from catalogs with their provenance (a hand entry with its reason;
    # spot check read in the file)
    concepts = json.loads((ROOT / "words" / "lexicon" / f"{lang}.json")
                          .read_text(encoding="utf-8"))["concepts"]
    for c in ("cancel", "continue", "confirm", "delete", "delete_account"):
        assert concepts.get(c), (lang, c)
        assert any(e["source"] == "catalog" for e in concepts[c]), (lang, c)
        assert all(e["from"] if e["source"] == "catalog" else e["source"] == "hand" and e["reason"]
                   for e in concepts[c])
    assert cancel in {e["text"] for e in concepts["cancel"]}


@pytest.mark.parametrize("label, section", [
    ("Изтриване на акаунта", "entry"), ("Изтрий акаунта", "entry"), ("Моят акаунт", "account")])
def test_bulgarian_account_in_the_catalogs_own_word(label, section):
    # words/hand.yaml: the pinned Bulgarian catalogs say акаунт for "account" in their
    # sentences but профил for the seeds; the explorer reads the deletion in either word
    from cancelcheck import words
    from cancelcheck.flows.cues import cues
    assert cues("bg").has(section, label)
    hand = [t for t in words.terms("delete_account", "bg") if t.source == "hand"]
    assert {t.text for t in hand} == {"Изтриване на акаунта", "Изтрий акаунта"}
    assert all(t.origin[0] for t in hand)        # each with its reason

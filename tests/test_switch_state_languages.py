"""A control's state written as a word (detectors/lexicons/switch_state.yaml, read by
option_context.state_word / stated and by preselection_pixels) in the 16 lexicon languages that
had no entry (pt it pl hu fi el tr uk ja ko vi id th ar he hi), and the abbreviated forms with a
trailing dot of the languages that had one.

Every text was written for this test; the expectation of each was worked out by hand from what
the words say: Android's Switch textOn / textOff (AOSP capital_on / capital_off: pl "WŁ." /
"WYŁ.", tr "AÇIK" / "KAPALI", uk "УВІМК." / "ВИМК."), iOS's state words in its settings and in
the location prompt's pill (pl "wł." / "wył.", ja "オン" / "オフ", ko "켬" / "끔"), a consent
tool's category state ("Always active" in each language). A whole label that only says the state
is True (on) / False (off); a label or a sentence that merely holds the word (an action "turn
on …", another sense of the word, a longer word that begins with it) is None. The dot of an
abbreviation is end punctuation, which the whole-label comparison (lexicon.bare) ignores: the
words are written with it in the file and a label reads with or without it; the matcher is
unchanged.

Which cases fail on main (checked by putting main's switch_state.yaml and common_words.tsv in
place and running this file: 101 failed, 25 passed):
  - every on / off word and every "Name: state" of the 16 languages (main had no entry: None);
  - the dotted cs / sk / hr / sl / lt forms ("Zap.", "Vyp.", "Uklj.", "Isklj.", "Vklj.",
    "Izklj.", "Įj.", "Išj."): main only had the full words;
  - the false friends read WITH their language (hu "Be" / "Ki", fi "Pois", id "Mati").
The near misses (alone or after a colon), the ru / bg dotted forms (main's "вкл" / "выкл" /
"изкл" already read "Вкл." through bare) pass on main too, as would the false friends' None with
no language known: they guard what the new words must not do.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors.option_context import stated, state_word

# (language, label, state): two on words and two off words a language, the platform's own
# spelling (Android's capitals, iOS's and consent tools' sentence case)
WORDS = [
    ("pt", "ATIVADO", True), ("pt", "Sempre ativo", True),
    ("pt", "DESATIVADO", False), ("pt", "Inativo", False),
    ("it", "Sì", True), ("it", "Sempre attivo", True),
    ("it", "Disattivato", False), ("it", "Non attivo", False),
    ("pl", "Włączone", True), ("pl", "Zawsze aktywne", True),
    ("pl", "Wyłączone", False), ("pl", "Nieaktywne", False),
    ("hu", "BE", True), ("hu", "Mindig aktív", True),
    ("hu", "KI", False), ("hu", "Inaktív", False),
    ("fi", "PÄÄLLÄ", True), ("fi", "Aina aktiivinen", True),
    ("fi", "POIS", False), ("fi", "Ei aktiivinen", False),
    ("el", "ΕΝΕΡΓΟ", True), ("el", "Πάντα ενεργό", True),         # capitals lose the accent
    ("el", "ΑΝΕΝΕΡΓΟ", False), ("el", "Ανενεργό", False),
    ("tr", "AÇIK", True), ("tr", "Her zaman etkin", True),
    ("tr", "KAPALI", False), ("tr", "Devre dışı", False),
    ("uk", "Увімкнено", True), ("uk", "Завжди активно", True),
    ("uk", "Вимкнено", False), ("uk", "Неактивно", False),
    ("ja", "オン", True), ("ja", "常に有効", True),
    ("ja", "オフ", False), ("ja", "無効", False),
    ("ko", "켬", True), ("ko", "항상 활성", True),
    ("ko", "끔", False), ("ko", "비활성", False),
    ("vi", "BẬT", True), ("vi", "Luôn hoạt động", True),
    ("vi", "TẮT", False), ("vi", "Không hoạt động", False),
    ("id", "AKTIF", True), ("id", "Selalu aktif", True),
    ("id", "NONAKTIF", False), ("id", "Tidak aktif", False),
    ("th", "เปิด", True), ("th", "ใช้งานอยู่เสมอ", True),
    ("th", "ปิด", False), ("th", "ไม่ได้ใช้งาน", False),
    ("ar", "تشغيل", True), ("ar", "نشط دائمًا", True),
    ("ar", "إيقاف", False), ("ar", "غير نشط", False),
    ("he", "פועל", True), ("he", "פעיל תמיד", True),
    ("he", "כבוי", False), ("he", "לא פעיל", False),
    ("hi", "चालू", True), ("hi", "हमेशा सक्रिय", True),
    ("hi", "बंद", False), ("hi", "निष्क्रिय", False),
]

# abbreviations with their dot: Android's capitals and iOS's settings / pill words
DOTTED = [
    ("pl", "WŁ.", True), ("pl", "wył.", False),
    ("uk", "УВІМК.", True), ("uk", "Вимк.", False),
    ("cs", "Zap.", True), ("cs", "VYP.", False),
    ("sk", "ZAP.", True), ("sk", "Vyp.", False),
    ("hr", "Uklj.", True), ("hr", "ISKLJ.", False),
    ("sl", "Vklj.", True), ("sl", "Izklj.", False),
    ("lt", "Įj.", True), ("lt", "IŠJ.", False),
    ("ru", "Вкл.", True), ("ru", "ВЫКЛ.", False),
    ("bg", "ВКЛ.", True), ("bg", "Изкл.", False),
]

# a label or a sentence that holds a state word but says no state: None
NEAR_MISSES = [
    ("en", "Turn on notifications"),               # an action, the word inside a sentence
    ("pt", "Ligado à sua conta"),                  # "linked to your account": another sense
    ("it", "Sì, elimina il mio account"),          # a button's answer, not a state
    ("pl", "Włącz powiadomienia"),                 # the action "turn on notifications"
    ("hu", "Bejelentkezés"),                       # "log in": a longer word that begins with be
    ("fi", "Poista tili"),                         # "delete account": begins with pois
    ("el", "Ενεργοποίηση ειδοποιήσεων"),           # the action "enable notifications"
    ("tr", "Açık kaynak"),                         # "open source": açık in another sense
    ("uk", "Увімкнути сповіщення"),                # the action "turn on notifications"
    ("ja", "オンラインで購入"),                     # "buy online": begins with オン
    ("ko", "켜기"),                                # the action "turn on", not the state 켬
    ("vi", "Bật thông báo"),                       # the action "turn on notifications"
    ("id", "Aktifkan notifikasi"),                 # the action "activate notifications"
    ("th", "เปิดการแจ้งเตือน"),                      # the action "turn on notifications"
    ("ar", "تشغيل الفيديو تلقائيًا"),                # "play videos automatically": a setting's name
    ("he", "פעילות אחרונה"),                       # "recent activity": begins with the word
    ("hi", "सूचनाएं चालू करें"),                      # the action "turn on notifications"
]

# "Name: state" (iOS's location pill, a consent tool's row): the name and the state
STATED = [
    ("pt", "Localização exata: Ativado", ("Localização exata", True)),
    ("it", "Posizione esatta: sì", ("Posizione esatta", True)),
    ("pl", "Dokładne: wł.", ("Dokładne", True)),
    ("pl", "Dokładne: wył.", ("Dokładne", False)),
    ("hu", "Pontos: Be", ("Pontos", True)),
    ("fi", "Tarkka sijainti: Pois", ("Tarkka sijainti", False)),
    ("el", "Ακριβής: Ανενεργό", ("Ακριβής", False)),
    ("tr", "Tam konum: Açık", ("Tam konum", True)),
    ("uk", "Точно: Увімк.", ("Точно", True)),
    ("ja", "正確な位置情報: オン", ("正確な位置情報", True)),
    ("ko", "정확한 위치: 끔", ("정확한 위치", False)),
    ("vi", "Chính xác: Tắt", ("Chính xác", False)),
    ("id", "Lokasi tepat: Nyala", ("Lokasi tepat", True)),
    ("th", "ตำแหน่งที่แน่นอน: ปิด", ("ตำแหน่งที่แน่นอน", False)),
    ("ar", "الموقع الدقيق: إيقاف", ("الموقع الدقيق", False)),
    ("he", "מיקום מדויק: פועל", ("מיקום מדויק", True)),
    ("hi", "सटीक स्थान: चालू", ("सटीक स्थान", True)),
    ("cs", "Přesná poloha: Zap.", ("Přesná poloha", True)),
    ("hr", "Točna lokacija: Isklj.", ("Točna lokacija", False)),
]

# short state words that are everyday words of another lexicon language (words/common_words.tsv):
# read with their language, nothing with none known
FALSE_FRIENDS = [
    ("hu", "Be", True),        # English "be"
    ("hu", "Ki", False),       # Slovenian "ki" (which), Croatian, Polish …
    ("fi", "Pois", False),     # Portuguese "pois" (well, since)
    ("id", "Mati", False),     # Slovenian "mati" (mother), Latvian
]


@pytest.mark.parametrize("lang,label,on", WORDS + DOTTED)
def test_the_state_word_reads_with_its_language(lang, label, on):
    assert state_word(label, lang) is on


@pytest.mark.parametrize("lang,label", NEAR_MISSES)
def test_a_text_that_only_holds_the_word_says_no_state(lang, label):
    assert state_word(label, lang) is None


@pytest.mark.parametrize("lang,label,expected", STATED)
def test_name_colon_state(lang, label, expected):
    assert stated(label, lang) == expected


@pytest.mark.parametrize("lang,label", [
    ("pl", "Lokalizacja: włącz lokalizację"),      # an action after the colon
    ("tr", "Lisans: Açık kaynak"),                  # "licence: open source"
    ("ko", "위치: 켜기"),                            # the action "turn on"
    ("hu", "Fiók: Bejelentkezés"),                  # "account: log in"
])
def test_a_colon_before_a_sentence_is_no_state(lang, label):
    assert stated(label, lang) == (label, None)


@pytest.mark.parametrize("lang,label,on", FALSE_FRIENDS)
def test_a_false_friend_reads_only_with_its_language(lang, label, on):
    assert state_word(label, lang) is on
    assert state_word(label, None) is None

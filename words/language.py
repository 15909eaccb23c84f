"""The lexicon languages, their codes, and a fast guess of a text's language.

    LANGUAGES                      every language the word lists know (BCP-47 style codes)
    canonical("pt_BR") -> "pt"     a tag as one of LANGUAGES (or None)
    langs("zh-TW") -> ("zh-Hant", "zh-Hans", "en")   the languages to match a screen in
    detect(["Konto löschen", …]) -> "de"             scripts first, then word frequencies
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .normal import unaccented, without_addresses

LANGUAGES = ("en", "zh-Hans", "zh-Hant", "de", "fr", "es", "pt", "ja", "ko", "ru",
             "it", "nl", "pl", "tr", "ar", "he", "hi", "id", "vi", "th", "sv", "da", "fi",
             "nb", "cs", "uk", "el", "hu", "ro", "sk", "sl", "hr", "bg", "lt", "lv", "et")

_ALIASES = {"zh": "zh-Hans", "zh-cn": "zh-Hans", "zh-sg": "zh-Hans", "zh-hans": "zh-Hans",
            "zh-tw": "zh-Hant", "zh-hk": "zh-Hant", "zh-mo": "zh-Hant", "zh-hant": "zh-Hant",
            "no": "nb", "nn": "nb", "iw": "he", "in": "id"}


def canonical(language: str | None) -> str | None:
    """A BCP-47 or gettext tag ("de-DE", "zh-CN", "pt_BR", "he_IL") as one of LANGUAGES, or None."""
    if not language:
        return None
    tag = language.strip().replace("_", "-").lower()
    if tag in _ALIASES:
        return _ALIASES[tag]
    if tag.startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo")):
        return "zh-Hant"
    if tag.startswith("zh"):
        return "zh-Hans"
    base = tag.split("-")[0]
    base = _ALIASES.get(base, base)
    return base if base in LANGUAGES else None


def langs(language: str | None) -> tuple[str, ...] | None:
    """The languages to use for a screen in `language` (None: every language). English is
    always added (apps mix it in everywhere); both Chinese scripts go together."""
    code = canonical(language)
    if code is None:
        return None
    out = [code]
    if code.startswith("zh"):
        out += [c for c in ("zh-Hans", "zh-Hant") if c != code]
    if "en" not in out:
        out.append("en")
    return tuple(out)


# -- detection -----------------------------------------------------------------------------------
# Characters written differently in the two Chinese scripts (a small, common sample).
_HANT_ONLY = "國們個這來時會說對開關帳號註銷刪確認繼續離覺還應讓點經頁設與後體碼驗證機電話購買訂閱費請網資訊處理離開"
_HANS_ONLY = "国们个这来时会说对开关账号注销删确认继续离觉还应让点经页设与后体码验证机电话购买订阅费请网资讯处理离开"

# Hand-written: the commonest short function words of each Latin-script language (and a few
# account words), the first person and the words of a plain "no, thanks", enough to tell one
# short screen from another.
_STOP = {
    "en": "the and you your to of is are for this will with not account delete be it on can we our i my me thanks",
    "de": "der die das und sie ihr ihre ist nicht mit für ein eine zu den von wir kündigen konto auf ich mein meine nein danke kein keine",
    "fr": "le la les et de vous votre est pas pour une des du avec nous compte supprimer ce sur je mon ma merci non",
    "es": "el la los las y de usted su es no para una del con nosotros cuenta eliminar tu por que yo mi gracias",
    "pt": "o a os as e de você sua seu não para uma do da com nós conta excluir é em que eu meu minha obrigado obrigada",
    "it": "il lo la gli le e di che non per una del della con sei tuo tua sono conto eliminare questo io mio mia grazie",
    "nl": "de het een en van je jouw uw is niet voor met op zijn wij account verwijderen dit ik mijn nee bedankt",
    "pl": "i w na nie się jest to że do z konto usuń twoje czy jak ja mój moje dziękuję",
    "tr": "ve bir bu için ile değil hesap hesabı sil siz ben mi da de çok benim hayır teşekkürler",
    "id": "dan yang di ke dari ini itu untuk tidak dengan anda akun hapus akan kami saya terima kasih",
    "vi": "và của là không có bạn tài khoản xóa này cho với được một những tôi cảm ơn",
    "sv": "och att det som en är inte för med på ditt din konto radera jag vi min mitt nej tack mig",
    "da": "og at det som en er ikke for med på din dit konto slet jeg vi min mit nej tak mig",
    "nb": "og at det som en er ikke for med på din ditt konto slett jeg vi min mitt nei takk meg",
    "fi": "ja on ei se että tili poista sinun olet tämä kanssa haluatko minä minun kiitos",
    "cs": "a je na se v že to pro není účet smazat váš vaše jste já můj moje děkuji",
    "sk": "a je na sa v že to pre nie účet zmazať odstrániť váš vaše ste ja môj moje ďakujem",
    "hr": "je su što kako nije će račun izbriši vaš vaša ste ja moj moja hvala",
    "sl": "je so ki pa kot kaj ni bo račun izbriši vaš vaša ste jaz moj moja hvala",
    "hu": "a az és nem egy hogy is fiók törlés törlése biztosan van én köszönöm",
    "ro": "și de la nu în cu pentru este un o cont șterge contul dumneavoastră mulțumesc meu mea",
    # the Baltic languages' lists leave out the short words three or more other languages have
    # in common (wordfreq Zipf >= 4: "ne", "ir", "ar", "un", "no", "ja", "on", "et", …): a
    # lone Czech "Ne," beside English would make a screen Lithuanian
    "lt": "yra nėra taip į iš kad jūsų jūs aš paskyra paskyrą ištrinti ačiū kaip bet už nuo apie šį šią tik jau",
    "lv": "nav nē jā kas ka jūsu jūs mans mana konts kontu dzēst paldies lai bet arī tikai šo šis šī tiks būs",
    "et": "kas ka või mitte teie minu sinu palun aitäh tänan jah konto kustuta kasutaja parool olete oled seda selle siin kõik ning veel juba",
}
_STOP_SETS = {k: frozenset(v.split()) for k, v in _STOP.items()}


def function_words(language: str) -> frozenset[str]:
    """The commonest short words of a Latin-script language (the ones detect() counts): words
    that say nothing of what a text is about. Empty for a language without such a list."""
    return _STOP_SETS.get(language, frozenset())


_WORD = re.compile(r"[^\W\d_]+")
_HAN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF]")
_KANA = re.compile(r"[\u3040-\u30FF]")
_HANGUL = re.compile(r"[\uAC00-\uD7AF\u1100-\u11FF]")
_CYR = re.compile(r"[\u0400-\u04FF]")
# Ukrainian and Russian share most letters; hand-written from the two grammars. Ukrainian: its
# own letters (і ї є ґ), the apostrophe before a iotated vowel (об'єкт, м'ясо, п'ять), "ьо"
# (його, сьогодні; Russian writes ё), the verbal noun in -ння (видалення; Russian -ние), the
# infinitive in -ати/-ити/-ути/-яти and -тися (видалити, повернутися; Russian -ть, -ться) and
# function words Russian has not. Russian: its own letters (ы э ё, and ъ before е ё ю я, its
# only place in Russian: объект), the endings -ие/-ия/-ии/-ию/-ием (удаление, категория;
# Ukrainian writes -і-: категорія) and its function words.
_UK = re.compile(r"[іїєґ]|(?<=[^\W\d_])['’ʼ](?=[яюєї])|ьо"
                 r"|[^\W\d_]{2}(?:[аиуя]ти|тися|ння|нням|нню)\b", re.I)
_RU_LETTERS = re.compile(r"[ыэё]|ъ(?=[еёюя])", re.I)     # Russian's own letters alone
_RU = re.compile(_RU_LETTERS.pattern + r"|[^\W\d_]{2}(?:ие|ия|ию|ии|ием|иями)\b", re.I)
_UK_WORDS = frozenset("та що або від це цей ця ці цього буде може чи вже ще немає його її їх ні "
                      "після коли щоб який яка яке які якщо під між з зі із ви й цим також лише".split())
_RU_WORDS = frozenset("и что или от это этот эта эти этого будет может уже ещё нет его их после "
                      "когда чтобы который которая которое которые если под между с со вы также "
                      "только".split())
# Czech and Slovak, Croatian and Slovene share most words and letters; a short label is often
# common in both word lists alike. Hand-written from the grammars, the marks of each when the
# word frequencies cannot tell the two: Czech ě ř ů, the infinitive in -ovat/-nout/-it/-at
# (Slovak -ovať, -núť, -iť, -ať: word-final ť), the verbal noun in -ání (Slovak's rhythmic law
# allows no two long syllables in a row: -anie, -enie), the soft adjective in -ní (aktivní,
# externí; Slovak aktívny, externý: only its locatives -ení, -aní end so), the nouns in -ace
# (Slovak -ácia, -ácie, -áciu) and the short passive -ován/-ována (Slovak writes only the long
# -ovaný/-ovaná); Slovak ä ô ľ ĺ ŕ. Croatian ć đ, the ijekavian "ije"/"je" of vrijeme, mjesto
# (Slovene čas, mesto), the past participle in -ao (dao, rekao; Slovene -al) and the inserted
# vowel of obavezno (Slovene obvezno); Slovene's verbal noun in -itev (odstranitev, nastavitve;
# Croatian -nje). And the function words and a few account words only one of each pair has
# (lozinka, korisnik, adresa; geslo, uporabnik, naslov). Polish and Lithuanian share ą ę ž: Polish
# ł ó ś ź ć ń w, the digraphs rz sz cz, "ię" and a nasal vowel inside a word before a consonant
# (będzie, usunąć; Lithuanian writes ą ę at a word's end, or before s and j: tęsti, -ąją);
# Lithuanian ė į ų ū č š and its endings -as, -ti, -imas, -ių, -ams.
_CLOSE = {
    frozenset({"cs", "sk"}): {
        "cs": (re.compile(r"[ěřů]|ovat\b|nout\b|[^\W\d_]{3}[ai]t\b|ání\b|ace\b|ován[aoy]?\b"
                          r"|[^\W\d_]{2}(?<![ea])ní\b"),
               frozenset("se pro jste není jsou když nebo také jako zde při mezi opravdu který "
                         "která které ano děkuji jsem byl byla bylo byli znovu všechny žádný "
                         "zadejte jméno uživatel ještě".split())),
        "sk": (re.compile(r"[äôľĺŕ]|[aeiuyú]ť\b|(?:an|en)ie\b|ci[aiu]\b|[áa]cie\b"),
               frozenset("sa pre ste nie sú keď alebo tiež ako pri medzi naozaj ktorý ktorá "
                         "ktoré áno ďakujem aj som bol bola bolo boli znova všetky žiadny "
                         "zadajte meno teraz ešte".split())),
    },
    frozenset({"pl", "lt"}): {
        "pl": (re.compile(r"[łóśźćńw]|ię|[ęą](?![sjš])[^\W\d_]|[rsc]z"),
               frozenset("się jest nie że czy jak dla przez oraz lub może został została "
                         "zostało usunięto konto hasło użytkownik".split())),
        "lt": (re.compile(r"[ėįųūčš]|[^\W\d_]{2}(?:as|ti|tis|imas|imo|ių|ams)\b"),
               frozenset(_STOP["lt"].split())),
    },
    frozenset({"hr", "sl"}): {
        "hr": (re.compile(r"[ćđ]|[^\W\d_]ije[^\W\d_]|(?<![^\W\d_])mj|[^\W\d_]mje"
                          r"|[^\W\d_]{2}ao\b|(?<![^\W\d_])obav"),
               frozenset("i u su što ću će ćete nije ovaj ova ovo koji koja koje jeste sam "
                         "tko gdje kada sve svi svaki bio lozinka lozinke lozinku korisnik "
                         "korisnika korisničko adresa adresu adrese postavke".split())),
        "sl": (re.compile(r"itev\b|itve\b|itvi\b|(?<![^\W\d_])obvez"),
               frozenset("in v so kaj bo bom boš bomo ni ki pa tudi še kot sem kdo kje kdaj "
                         "vse vsi vsak bil geslo gesla uporabnik uporabnika uporabniško "
                         "naslov naslova naslovi nastavitve".split())),
    },
}
# Bulgarian beside Russian and Ukrainian (hand-written from its grammar): no ы э ё і ї є ґ, but ъ as a vowel
# inside a word (път, съм, във; Russian writes ъ only before е ё ю я, Ukrainian not at all) and
# in the postfixed article -ът (профилът), ѝ (her), the verbal noun in -ане/-яне (изтриване,
# влизане, затваряне; Russian -ание, Ukrainian -ання), the imperative in -ирай(те) (Russian
# -ируй(те)), the neuter adjective in -ско (потребителско; Russian -ское), the definite plural
# -овете (ключовете), the gerund in -айки/-яйки (използвайки; Russian -я), and function words
# and a few account words (парола, моля, профил) Russian and Ukrainian have not. The future
# particle "ще" is Ukrainian "still" too: no mark of either. "Благодаря" is Bulgarian's "thank you"
# (Ukrainian writes дякую; Russian has it only as "thanks to", rarely on a screen).
_BG = re.compile(r"ѝ|ъ(?![еёюя])|[^\W\d_]{2}[ая]не\b|[^\W\d_]{2}ирай(?:те)?\b"
                 r"|[^\W\d_]{3}ско\b|[^\W\d_]{2}овете\b|[^\W\d_]{3}[ая]йки\b", re.I)
_BG_WORDS = frozenset("са е че това този тази тези които който която което какво ако още "
                      "вече няма трябва сте сме съм във със към през искате желаете вашия "
                      "вашият нашия моля парола паролата профил профила потребител имейл "
                      "изтрий запази добави други беше бяха благодаря".split())
# words Bulgarian writes as Russian or Ukrainian do: no mark against Bulgarian
_SHARED_BG = frozenset("и или от под между с ще може".split())
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_HEBREW = re.compile(r"[\u0590-\u05FF]")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
_THAI = re.compile(r"[\u0E00-\u0E7F]")
_GREEK = re.compile(r"[\u0370-\u03FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_HANT_RX = re.compile("[" + _HANT_ONLY + "]")
_HANS_RX = re.compile("[" + _HANS_ONLY + "]")
MAX_CHARS = 4000

# The script a language is written in: a text without a letter of it cannot hold its words.
_SCRIPT = {"zh-Hans": "han", "zh-Hant": "han", "ja": "ja", "ko": "hangul", "ru": "cyrillic",
           "uk": "cyrillic", "bg": "cyrillic", "el": "greek", "ar": "arabic", "he": "hebrew",
           "hi": "devanagari", "th": "thai"}
_SCRIPT_RX = {"han": _HAN, "ja": re.compile(r"[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]"),
              "hangul": _HANGUL, "cyrillic": _CYR, "greek": _GREEK, "arabic": _ARABIC,
              "hebrew": _HEBREW, "devanagari": _DEVANAGARI, "thai": _THAI, "latin": _LATIN}


def script(language: str) -> str:
    """The script a lexicon language is written in ("latin", "han", "cyrillic", …)."""
    return _SCRIPT.get(language, "latin")


def scripts(text: str) -> frozenset[str]:
    """The scripts whose letters `text` holds: a lexicon entry of a language written in none
    of them cannot match it, and need not be tried."""
    return frozenset(name for name, rx in _SCRIPT_RX.items() if rx.search(text))


def _ukrainian_or_russian(text: str) -> str:
    """"bg" when the text has more marks of Bulgarian than of Ukrainian and of Russian; else
    "uk" when it has more marks of Ukrainian than of Russian, else "ru"."""
    low = text.lower()
    found = _WORD.findall(low)
    uk = len(_UK.findall(low)) + sum(1 for w in found if w in _UK_WORDS)
    ru = len(_RU.findall(low)) + sum(1 for w in found if w in _RU_WORDS)
    bg = len(_BG.findall(low)) + sum(1 for w in found if w in _BG_WORDS)
    if bg:
        # against Bulgarian, only what Bulgarian never writes: Russian's and Ukrainian's own
        # letters and their function words that are no Bulgarian ones (Bulgarian has the
        # nouns in -ия, -ие, -ии too: апликация, приложение, версии)
        ru_own = len(_RU_LETTERS.findall(low)) + sum(
            1 for w in found if w in _RU_WORDS and w not in _SHARED_BG)
        uk_own = len(_UK.findall(low)) + sum(
            1 for w in found if w in _UK_WORDS and w not in _SHARED_BG)
        if bg > max(uk_own, ru_own):
            return "bg"
    return "uk" if uk > ru else "ru"


def detect(texts: Iterable[str] | str) -> str | None:
    """One of LANGUAGES, or None when there is too little text to tell."""
    text = texts if isinstance(texts, str) else "\n".join(texts)
    text = text[:MAX_CHARS]
    if not text.strip():
        return None
    han, kana = len(_HAN.findall(text)), len(_KANA.findall(text))
    hangul, cyr = len(_HANGUL.findall(text)), len(_CYR.findall(text))
    latin = len(_LATIN.findall(text))
    if kana >= 2 or (kana and han < 4):
        return "ja"
    if hangul and hangul >= max(han, latin // 4):
        return "ko"
    if han and han * 2 >= latin // 3:
        return "zh-Hant" if len(_HANT_RX.findall(text)) > len(_HANS_RX.findall(text)) else "zh-Hans"
    if cyr and cyr >= latin // 2:
        return _ukrainian_or_russian(text)
    for rx, code in ((_ARABIC, "ar"), (_HEBREW, "he"), (_DEVANAGARI, "hi"), (_THAI, "th"),
                     (_GREEK, "el")):
        n = len(rx.findall(text))
        if n and n >= latin // 2:
            return code
    if not latin:
        return None
    low = without_addresses(text).lower()   # "destek@ornek.com": no word of any language
    lines = [_Line(ws) for ws in map(_WORD.findall, low.splitlines()) if ws]
    words = [w for line in lines for w in line.words]
    if _estonian(words):
        return "et"         # no frequency list: its own marks (_ET_FORM, _ET_WORDS)
    by_frequency = _by_frequency(words, lines)
    if by_frequency:
        if any(line.foreign(by_frequency) for line in lines):
            return None     # the screen mixes languages: read it in every lexicon
        return by_frequency
    scores = {lang: sum(1 for w in words if w in s) for lang, s in _STOP_SETS.items()}
    best = max(scores, key=lambda k: (scores[k], k == "en"))
    if scores[best] <= 0:
        return None        # accent marks alone say little: é is French, Spanish, Czech, …
    if sum(1 for v in scores.values() if v == scores[best]) > 1:
        return None        # a tie between two languages: too little to tell, use every lexicon
    return best


# -- word frequencies (words/language_words.tsv, built from wordfreq) ---------------------------
# Frequencies are kept in integer tenths of a Zipf point (the table's own precision), so that a
# sum does not depend on the order of adding and a lead of exactly MARGIN is a lead.
_FREQUENT = Path(__file__).with_name("language_words.tsv")
UNSEEN = 20         # tenths of Zipf below a language's rarest listed word given to an unlisted word
MARGIN = 15         # tenths of Zipf the best language must lead the next by
FOREIGN = 20        # tenths of Zipf taken off an unlisted word written with a letter the language lacks
LETTER_WORDS = 5    # a language's letter: one in at least this many of its common words


@lru_cache(maxsize=1)
def _frequent() -> dict[str, tuple[dict[str, int], int]]:
    """Per Latin-script language: {word: Zipf in tenths} of its commonest words, and the
    tenths given to a word not among them."""
    table: dict[str, dict[str, int]] = {}
    for line in _FREQUENT.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        lang, zipf, words = line.split("\t")
        table.setdefault(lang, {}).update(dict.fromkeys(words.split(), round(float(zipf) * 10)))
    for freq in table.values():
        # a word typed without its accent marks ("iletisime", "ecrire") is still the word;
        # a spelling that is itself a listed word ("a" for "à") keeps its own frequency
        listed = set(freq)
        for word, z in list(freq.items()):
            plain = unaccented(word)
            if plain != word and plain not in listed:
                freq[plain] = max(freq.get(plain, 0), z)
    return {lang: (w, min(w.values()) - UNSEEN) for lang, w in table.items()}


@lru_cache(maxsize=1)
def _alphabets() -> dict[str, frozenset[str]]:
    """Per Latin-script language: the letters its common words are written with (a letter in
    at least LETTER_WORDS of them: a loanword's "é" in English does not count)."""
    out = {}
    for lang, (freq, _) in _frequent().items():
        count: dict[str, int] = {}
        for w in freq:
            for ch in set(w):
                count[ch] = count.get(ch, 0) + 1
        out[lang] = frozenset(ch for ch, n in count.items() if n >= LETTER_WORDS)
    return out


def _unseen(word: str, lang: str, rare: int) -> int:
    """The tenths given to a word not among a language's common words: rare, and rarer still
    when a letter of it is no letter of the language ("ő" in Portuguese)."""
    return rare - FOREIGN if not set(word) <= _alphabets()[lang] else rare


def _scores(words: list[str]) -> dict[str, int]:
    """Per Latin-script language: the words' Zipf frequencies summed, in tenths (an unlisted
    word rare)."""
    return {lang: sum(freq[w] if w in freq else _unseen(w, lang, rare) for w in words)
            for lang, (freq, rare) in _frequent().items()}


class _Line:
    """One line's words, scored once per language: the text's scores are its lines' sums."""

    __slots__ = ("words", "scores")

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.scores = _scores(words)

    def foreign(self, lang: str) -> bool:
        """The line is written in another script than Latin, or its words (two or more: a
        lone "mi" or "km" says little) are likelier by MARGIN in a third language than in
        `lang` (English is matched on every screen anyway)."""
        if scripts(" ".join(self.words)) - {"latin"}:
            return True
        if len(self.words) < 2:
            return False
        best = max(self.scores, key=self.scores.get)
        return best not in (lang, "en") and self.scores[best] - self.scores[lang] >= MARGIN


def _by_frequency(words: list[str], lines: list[_Line]) -> str | None:
    """The language in whose common words the text's words are likeliest (each word's Zipf
    frequency summed, an unlisted word counted as rare), when it leads the next by MARGIN;
    None when no word is a common word of any language or the lead is smaller."""
    table = _frequent()
    if not any(w in freq or not set(w) <= letters
               for w in words for (freq, _), letters in zip(table.values(), _alphabets().values())):
        return None
    scores = {lang: sum(line.scores[lang] for line in lines) for lang in table}
    best, second, third = (sorted(scores.values(), reverse=True) + [0, 0])[:3]
    if best - second < MARGIN:
        if best - third >= MARGIN:       # two close languages lead together: their own marks
            pair = tuple(sorted(scores, key=scores.get, reverse=True)[:2])
            return _close_pair(pair, words)
        return None
    return max(scores, key=scores.get)


# Estonian has no wordfreq list (tools/build_language_words.py), so the frequencies cannot name
# it: its own marks instead, hand-written from its grammar. The letter õ (Portuguese writes it
# only in -ões, Vietnamese beside letters Estonian lacks), the verbal noun in -mine/-mise
# (kustutamine, sisselogimise; Finnish -minen), the past passive participle in -tud/-dud
# (kustutatud, salvestatud; Finnish -ttu/-tty) and active one in -nud (olnud, saanud), the
# impersonal -takse/-dakse (kustutatakse), the conditional -ksime/-ksite, the plural
# imperative -tage (sisestage, kinnitage; not German -ige, nor the illative -sse of German and
# Danish -adresse, -klasse), the partitive plural -seid, the comitative -sega/-tega/-dega (valikutega), the
# long ü of üü (tüüp; German, Turkish and Hungarian write no üü), and common Estonian words: function words,
# pronoun forms and the words of an account screen. A word counts only when it is no common
# word of a language with a frequency list ("see" is English, "kas" Lithuanian, "et" French,
# "ja" and "on" Finnish): those say nothing either way.
_ET_WORD = re.compile(r"[a-zäöüõšž]+")
_ET_FORM = re.compile(r"õ(?!es)|üü|[a-zäöüõšž]{3}(?:mi(?:ne|se|sel|seks|st)|[td]ud|nud|[td]akse"
                      r"|ksi(?:me|te)|tage|seid|[std]ega)$")
_ET_WORDS = frozenset(_STOP["et"].split()) | frozenset(
    "ja on ei see et sa ma te mina sina tema meie nemad mulle sulle teile teil teid mind sind "
    "meid neid oma oled olen "
    "oleme on olid oli ole olnud pole ei ära saa saab saate saad saada tuleb peab peate "
    "võib võite võid soovite soovid tahad tahate kindel kindlasti tõesti praegu hiljem nüüd "
    "uuesti siis kuid aga sest kuna kui kus mis miks millal kuidas kes ainult enam üle alla "
    "ilma kõiki kõigi iga mõni mingi midagi mitte midagi tühista loobu jätka kinnita sulge "
    "salvesta sisesta vali logi sisse välja kustutamine kustutada kustutatakse konto kontot "
    "kontoga kontole kontost kasutajakonto salasõna parooli kasutajanimi tellimus tellimust "
    "tasuta abi tagasi edasi järgmine eelmine jah aitäh palun tänan vabandust viga olla "
    "jaoks kaudu järgi vastu poolt pärast enne alates kuni koos juurde asemel ees taga "
    "uus uue uued uut muuda vaata näita otsi loo looge eemalda lisage valige toode "
    "toote tooted hind hinna kogus summa tüüp staatus aadress aadressi aadressid kasutajad "
    "kasutajate andmed andmeid seaded sätted fail faili failid pilt pildid leht lehed".split())


def _estonian_mark(word: str) -> bool:
    if not _ET_WORD.fullmatch(word) or any(word in freq for freq, _ in _frequent().values()):
        return False
    return word in _ET_WORDS or bool(_ET_FORM.search(word))


def _estonian(words: list[str]) -> bool:
    """At least as many Estonian marks as the words (of three letters or more: "e" of
    "e-posti" is none) any frequency-listed language knows and Estonian does not (a word
    common in both, as "ja", counts for neither). Not the third person plural -vad (Hungarian
    jelszavad), nor the abessive -mata (Romanian written without ă: confirmata)."""
    marks = sum(1 for w in words if _estonian_mark(w))
    if not marks:
        return False
    own = _ET_WORDS
    against = max((sum(1 for w in words if len(w) > 2 and w in freq and w not in own)
                   for freq, _ in _frequent().values()), default=0)
    return marks >= against


def _close_pair(pair: tuple[str, ...], words: list[str]) -> str | None:
    """Of two close languages (Czech and Slovak, Croatian and Slovene, Polish and Lithuanian) whose word frequencies
    lead the rest together: the one with more marks of its own (_CLOSE), or None."""
    marks = _CLOSE.get(frozenset(pair))
    if marks is None:
        return None
    text = " ".join(words)
    count = {lang: len(rx.findall(text)) + sum(1 for w in words if w in own)
             for lang, (rx, own) in marks.items()}
    a, b = pair
    return a if count[a] > count[b] else b if count[b] > count[a] else None

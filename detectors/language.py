"""Guess a screen's language from its text: scripts first (Han, kana, Hangul, Cyrillic), then
stop words for the Latin-script languages. Simple and fast; returns one of lexicon.LANGUAGES or
None when there is too little text to tell.
"""
from __future__ import annotations

import re
from typing import Iterable

# Characters written differently in the two Chinese scripts (a small, common sample).
_HANT_ONLY = set("國們個這來時會說對開關帳號註銷刪確認繼續離覺還應讓點經頁設與後體碼驗證機電話購買訂閱費請網資訊處理離開")
_HANS_ONLY = set("国们个这来时会说对开关账号注销删确认继续离觉还应让点经页设与后体码验证机电话购买订阅费请网资讯处理离开")

_STOP = {
    "en": "the and you your to of is are for this will with not account delete be it on can we our".split(),
    "de": "der die das und sie ihr ihre ist nicht mit für ein eine zu den von wir kündigen konto auf".split(),
    "fr": "le la les et vous votre est pas pour une des du avec nous compte supprimer ce sur".split(),
    "es": "el la los las y usted su es no para una del con nosotros cuenta eliminar tu por que".split(),
    "pt": "o a os as e você sua seu não para uma do da com nós conta excluir é em que".split(),
}
_STOP_SETS = {k: set(v) for k, v in _STOP.items()}
_WORD = re.compile(r"[^\W\d_]+")
_MARKS = {"pt": set("ãõç"), "es": set("ñ¿¡"), "de": set("äöüß"), "fr": set("èêàùçœ")}


_HAN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF]")
_KANA = re.compile(r"[\u3040-\u30FF]")
_HANGUL = re.compile(r"[\uAC00-\uD7AF\u1100-\u11FF]")
_CYR = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_HANT_RX = re.compile("[" + "".join(sorted(_HANT_ONLY)) + "]")
_HANS_RX = re.compile("[" + "".join(sorted(_HANS_ONLY)) + "]")
MAX_CHARS = 4000


def detect(texts: Iterable[str] | str) -> str | None:
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
        return "ru"
    if not latin:
        return None
    words = [w.lower() for w in _WORD.findall(text)]
    scores = {lang: sum(1 for w in words if w in s) for lang, s in _STOP_SETS.items()}
    low = text.lower()
    for lang, marks in _MARKS.items():
        scores[lang] += sum(1 for ch in marks if ch in low)
    best = max(scores, key=lambda k: (scores[k], k == "en"))
    if scores[best] <= 0:
        return None
    if sum(1 for v in scores.values() if v == scores[best]) > 1 and best != "en":
        return None        # a tie between two languages: too little to tell, use every lexicon
    return best

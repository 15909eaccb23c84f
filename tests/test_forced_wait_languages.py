"""A forced wait in every lexicon language, counted in seconds or minutes, and what is not one:
a resend-code timer, a timestamp, a duration of something ("5 min read"), a countdown to what
the app does by itself ("Redirecting in 5 s").

Every label below is written by hand for this test (no benchmark string); each expected number
is read off the wording: the integer the label names, times 60 where its unit is a minute
("5 minuti" -> 300). A near miss names its reason.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors.forced_wait import countdown_seconds
from tests.test_detectors_text import btn, run, screen

# (language, [(label, seconds)], [near misses: a resend timer, a timestamp])
LANGUAGES = [
    ("it", [("Attendi 10 secondi", 10), ("Continua tra 8 secondi", 8),
            ("Riprova tra 5 minuti", 300)],
     ["Reinvia il codice tra 30 secondi", "10 secondi fa"]),
    ("nl", [("Wacht 10 seconden", 10), ("Nog 12 seconden", 12),
            ("Probeer het over 5 minuten opnieuw", 300)],
     ["Code opnieuw verzenden (30 s)", "10 seconden geleden"]),
    ("pl", [("Poczekaj 10 sekund", 10), ("Usuń konto (15 sekund)", 15),
            ("Spróbuj ponownie za 5 minut", 300)],
     ["Wyślij kod ponownie (30 s)", "10 sekund temu"]),
    ("tr", [("Lütfen 10 saniye bekleyin", 10), ("Devam et (15 sn)", 15),
            ("Çok fazla deneme. 5 dakika sonra tekrar deneyin.", 300)],
     ["Kodu tekrar gönder (30 sn)", "10 saniye önce"]),
    ("ar", [("يرجى الانتظار 10 ثوانٍ", 10), ("متابعة (15 ث)", 15),
            ("انتظر ١٠ ثوانٍ", 10),                      # Arabic-Indic digits
            ("حاول مرة أخرى بعد 5 دقائق", 300)],
     ["إعادة إرسال الرمز (30 ثانية)", "منذ 10 ثوانٍ"]),
    ("he", [("אנא המתן 10 שניות", 10), ("המשך בעוד 5 שניות", 5),
            ("נסה שוב בעוד 5 דקות", 300)],
     ["שלח שוב את הקוד (30 שניות)", "לפני 10 שניות"]),
    ("hi", [("कृपया 10 सेकंड प्रतीक्षा करें", 10), ("जारी रखें (15 सेकंड)", 15),
            ("5 मिनट बाद फिर से प्रयास करें", 300)],
     ["कोड फिर से भेजें (30 सेकंड)", "10 सेकंड पहले"]),
    ("id", [("Harap tunggu 10 detik", 10), ("Lanjutkan (15 dtk)", 15),
            ("Coba lagi dalam 5 menit", 300)],
     ["Kirim ulang kode (30 detik)", "10 detik yang lalu"]),
    ("vi", [("Vui lòng đợi 10 giây", 10), ("Tiếp tục sau 8 giây", 8),
            ("Thử lại sau 5 phút", 300)],
     ["Gửi lại mã (30 giây)", "10 giây trước"]),
    ("th", [("กรุณารอ 10 วินาที", 10), ("ดำเนินการต่อ (15 วิ)", 15),
            ("ลองใหม่อีกครั้งใน 5 นาที", 300)],
     ["ส่งรหัสอีกครั้ง (30 วินาที)", "10 วินาทีที่แล้ว"]),
    ("sv", [("Vänta 10 sekunder", 10), ("Fortsätt om 8 sekunder", 8),
            ("Försök igen om 5 minuter", 300)],
     ["Skicka koden igen (30 sekunder)", "för 10 sekunder sedan"]),
    ("da", [("Vent venligst 10 sekunder", 10), ("Fortsæt om 8 sekunder", 8),
            ("Prøv igen om 5 minutter", 300)],
     ["Send koden igen (30 sekunder)", "for 10 sekunder siden"]),
    ("fi", [("Odota 10 sekuntia", 10), ("Jatka 8 sekunnin kuluttua", 8),
            ("Yritä uudelleen 5 minuutin kuluttua", 300)],
     ["Lähetä koodi uudelleen (30 s)", "10 sekuntia sitten"]),
    ("nb", [("Vent 10 sekunder", 10), ("Fortsett om 8 sekunder", 8),
            ("Prøv igjen om 5 minutter", 300)],
     ["Send koden på nytt (30 sekunder)", "for 10 sekunder siden"]),
    ("cs", [("Počkejte prosím 10 sekund", 10), ("Pokračovat za 8 sekund", 8),
            ("Zkuste to znovu za 5 minut", 300)],
     ["Odeslat kód znovu (30 s)", "Upraveno před 10 s"]),
    ("uk", [("Зачекайте 10 секунд", 10), ("Продовжити через 8 секунд", 8),
            ("Спробуйте ще раз через 5 хвилин", 300)],
     ["Надіслати код повторно (30 с)", "10 секунд тому"]),
    ("el", [("Περιμένετε 10 δευτερόλεπτα", 10), ("Συνέχεια σε 8 δευτ.", 8),
            ("Δοκιμάστε ξανά σε 5 λεπτά", 300)],
     ["Επαναποστολή κωδικού (30 δευτ.)", "πριν από 10 δευτερόλεπτα"]),
    ("hu", [("Kérjük, várjon 10 másodpercet", 10), ("Folytatás 8 mp múlva", 8),
            ("Próbálja újra 5 perc múlva", 300)],
     ["Kód újraküldése (30 másodperc)", "10 másodperccel ezelőtt"]),
    ("ro", [("Vă rugăm să așteptați 10 secunde", 10), ("Continuați în 8 secunde", 8),
            ("Încercați din nou în 5 minute", 300)],
     ["Retrimite codul (30 secunde)", "acum 10 secunde"]),
    ("sk", [("Počkajte 10 s", 10), ("Pokračovať o 8 sekúnd", 8),
            ("Skúste to znova o 5 minút", 300)],
     ["Odoslať kód znova (30 s)", "Upravené pred 10 s"]),
    ("hr", [("Pričekajte 10 sekundi", 10), ("Nastavi za 8 sekundi", 8),
            ("Pokušajte ponovno za 5 minuta", 300)],
     ["Pošalji kod ponovno (30 s)", "prije 10 sekundi"]),
    ("sl", [("Počakajte 2 minuti", 120), ("Nadaljuj čez 2 sekundi", 2),   # the dual number
            ("Poskusite znova čez 5 minut", 300)],
     ["Znova pošlji kodo (30 s)", "pred 10 sekundami"]),
    ("bg", [("Моля, изчакайте 10 сек.", 10), ("Продължи след 8 секунди", 8),
            ("Опитайте отново след 5 минути", 300)],
     ["Изпрати кода отново (30 с)", "преди 10 секунди"]),
    ("lt", [("Palaukite 10 sekundžių", 10), ("Tęsti po 8 sekundžių", 8),
            ("Bandykite dar kartą po 5 minučių", 300)],
     ["Siųsti kodą iš naujo (30 s)", "Redaguota prieš 10 s"]),
    ("lv", [("Lūdzu, uzgaidiet 10 sekundes", 10), ("Turpināt pēc 8 sekundēm", 8),
            ("Mēģiniet vēlreiz pēc 5 minūtēm", 300)],
     ["Nosūtīt kodu atkārtoti (30 s)", "Rediģēts pirms 10 s"]),
    ("et", [("Palun oodake 10 sekundit", 10),
            ("Konto kustutamine on võimalik 8 sekundi pärast", 8),   # 46 chars: no bare "8 s"
            ("Proovige uuesti 5 minuti pärast", 300)],
     ["Saada kood uuesti (30 s)", "Muudetud 10 s tagasi"]),
]

POSITIVES = [(lang, label, secs) for lang, pos, _ in LANGUAGES for label, secs in pos]
NEAR = [(lang, label) for lang, _, near in LANGUAGES for label in near]


@pytest.mark.parametrize("lang,label,secs", POSITIVES)
def test_a_wait_in_every_language(lang, label, secs):
    assert countdown_seconds(label, lang) == secs           # on a screen in that language
    assert countdown_seconds(label) == secs                 # and with no language known


@pytest.mark.parametrize("lang,label", NEAR)
def test_a_resend_timer_or_a_timestamp_is_no_wait(lang, label):
    assert countdown_seconds(label, lang) is None
    assert countdown_seconds(label) is None


def test_every_lexicon_language_has_units_minutes_and_each_kind():
    from cancelcheck.detectors import lexicon
    data = lexicon.load("forced_wait").data
    for lang in lexicon.LANGUAGES:
        assert data["units"].get(lang) and data["minutes"].get(lang), lang
        for kind in ("wait", "resend", "elapsed", "automatic"):
            block = data["kinds"][kind].get(lang)
            assert block and block.get("patterns") and "hand" in block["source"], (kind, lang)


# -- minutes: a lockout the person must sit out is N x 60 seconds ------------------------------
@pytest.mark.parametrize("label,secs", [
    ("15分後に再試行", 900),                      # ja: retry after 15 minutes
    ("Try again in 5 minutes", 300),
    ("Too many attempts. Please wait 2 mins", 120),
    ("bitte 2 Minuten warten", 120),
    ("Versuchen Sie es in 3 Minuten erneut", 180),
    ("réessayez dans 10 min", 600),
    ("Inténtalo de nuevo en 5 minutos", 300),
    ("Tente novamente em 5 minutos", 300),
    ("Повторите попытку через 5 минут", 300),
    ("5分钟后再试", 300), ("5分鐘後再試", 300), ("5分钟后可继续", 300),
    ("5분 후에 다시 시도하세요", 300),
    ("Please wait 45 seconds", 45),               # seconds stay seconds
])
def test_minutes_of_a_wait(label, secs):
    assert countdown_seconds(label) == secs


@pytest.mark.parametrize("label", [
    # a time that has passed
    "5 minutes ago", "vor 5 Minuten", "il y a 10 min", "5分前", "5 minuti fa", "5 perccel ezelőtt",
    # a duration of something, not a lockout: a bare "N min" never counts
    "5 min read", "2 min read", "Read time: 5 min", "a 10 minute video", "Video (10 min)",
    "Your order will be ready in 10 minutes", "Lesezeit: 4 Min.",
    # a window one may act in, not a wait: "again" or "can" without a verb of trying
    "Comments can be edited again 5 minutes after posting",
    "Kommentare können in 5 Minuten wieder bearbeitet werden", "5分钟后可编辑",
])
def test_minutes_that_are_no_wait(label):
    assert countdown_seconds(label) is None


def test_minutes_in_brackets_count_only_on_a_disabled_control():
    assert countdown_seconds("Delete (5 min)", control=True) == 300       # disabled: a lockout
    assert countdown_seconds("Delete (5 min)") is None                     # a plain label
    assert countdown_seconds("Start quiz (5 min)", control=False) is None  # how long it takes


# -- a countdown to what the app does by itself --------------------------------------------------
@pytest.mark.parametrize("label", [
    "This window closes in 5 s", "Redirecting in 5 seconds…", "Retrying in 10 s",
    "Reconnecting in 5s", "Auto-refresh in 30 s", "You will be redirected in 3 seconds",
    "自动跳转 5秒", "5秒后自动关闭", "Weiterleitung in 5 Sekunden", "Redirection dans 5 s",
    "Przekierowanie za 5 sekund", "Yeniden bağlanılıyor (5 sn)", "Перенаправление через 5 секунд",
    "Uudelleenohjataan 5 sekunnin kuluttua", "Đang kết nối lại sau 5 giây",
    "Next video in 5", "Code expires in 60 s", "Offer ends in 9:59", "Restarting in 5 s",
    "Neustart in 10 Sekunden", "5秒后重启", "20秒后自动刷新",
    # the app announcing its own retry (ja -します, ko -합니다); asking the person to retry is a
    # wait (test_minutes_of_a_wait: "15分後に再試行")
    "接続エラー。10秒後に再試行します", "네트워크 오류. 10초 후 재시도합니다",
])
def test_a_countdown_to_what_the_app_does_is_no_wait(label):
    assert countdown_seconds(label) is None


@pytest.mark.parametrize("label,secs", [
    ("Close in 7", 7),              # the close button of an ad: the person must wait for it
    ("Skip ad in 5", 5), ("Continue (5 s)", 5), ("Try again in 5 minutes", 300),
    ("Closing account (10 s)", 10),  # closing the account is the person's act, not the app's
    # what the person MAY do after the wait is the person's act, though the app could do it
    # by itself ("20秒后自动刷新" is the app's): "may refresh the page after 20 s"
    ("20秒后可以刷新页面", 20), ("20秒後可重新整理", 20), ("20秒后才能再次重试", 20),
    ("10秒後に再試行してください", 10), ("10초 후 다시 시도하세요", 10),
])
def test_a_control_the_person_waits_for_still_counts(label, secs):
    assert countdown_seconds(label) == secs


def test_an_automatic_countdown_on_a_disabled_control_counts():
    # the label is on the control itself, and it is disabled: the person is held back
    assert countdown_seconds("Redirecting in 5 s", control=True) == 5
    assert countdown_seconds("Redirecting in 5 s", control=False) is None


def test_an_automatic_countdown_beside_a_disabled_button_is_no_finding():
    s = screen("Delete account", "Reconnecting in 5 seconds", btn("Delete", enabled=False))
    assert [f for f in run(s) if f.type == "forced_wait"] == []
    s = screen("Konto löschen", "Bitte 2 Minuten warten", btn("Löschen", enabled=False))
    f, = [f for f in run(s) if f.type == "forced_wait"]
    assert f.data == {"seconds": 120, "disabled": True, "control": 2}


# -- short units: a new unit must not make a count, a size or a version into a countdown --------
@pytest.mark.parametrize("label", [
    "Camera 12 MP",          # hu "mp" (másodperc) is left out of the shared units: megapixel
    "Masa uji coba 5 d",     # id "d" (detik) likewise: a day
    "5 से अधिक",              # hi "से" is also "from"
    "5 วิดีโอ",               # th "วิ" (วินาที) before more letters: "5 videos"
    "Version 2.5 sn",        # a number after a dot is a version, not a count
])
def test_short_units_do_not_make_a_countdown(label):
    assert countdown_seconds(label) is None

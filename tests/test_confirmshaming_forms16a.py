"""Two confirmshaming forms in all 36 lexicon languages (session 16, helper cs16a), each a
`patterns` item of detectors/lexicons/confirmshaming.yaml, put first in each language's list:

(1) `nohelp`: a FIRST-PERSON refusal to help or to support (the app, the project, "us") as the
    label of a decline or skip: "Skip, I don't want to help :(", "No thanks, I don't want to
    support the project", "Nechci pomáhat", "Не хочу помогать" (where the verb form carries the
    person, the pronoun may be dropped; where it does not — et, id, vi, he, hi, th, zh — the
    refusal counts after a first person or opening the label or a clause). Not: refusing to
    DONATE or pay (money only, so no verb of "contributing" either: nl "bijdragen", en "chip in",
    cs "přispět" are giving money as often as effort), not needing help ("I don't need help"),
    third-person or relative ("Users who don't want to help can skip", "不想帮忙的用户"), a
    question ("Don't want to help?");
(2) `unprotected`: a first person choosing to go on UNPROTECTED ("I wish to continue
    unprotected", "Quiero continuar sin protección", "我要在无保护的情况下继续") and/or
    accepting the risks ("… and I accept the risks", "j'accepte les risques", "akceptuję
    ryzyko"). Not: the bare imperative "Continue without protection" (a neutral label, no one
    chooses it in the first person; ja ko th zh need a wish or volition: 続けたい, 계속할게요,
    ผมจะ…, 我要…), "Continue without an account", the warning "You are unprotected".

Every sentence is written here in our own words from the general vocabulary and grammar of each
language; none is taken from benchmarks/data/. The expectations were decided by reading each
sentence: a positive is a control label that says one of the two forms; a near miss is refusing
to donate now, not needing help, going on without an account, the warning that one is
unprotected, the third-person instruction, the question, and the bare imperative of going on
without protection.

On main 44edcfb the grammar found 33 of the 144 positives (accepting the risk in the first person,
`takerisk`, and preferring to go on unprotected, [prefer, bads], in some languages; fr already
read "je ne veux pas aider" as refusing a gain) and every language but fr missed at least one
positive, so each per-language test below fails there (fr on its loud near miss, below). Two
near misses were LOUD on main and are quiet now: fr "Je n'ai pas besoin d'aide" (the noun "aide",
help received, was a gain: now only the verbs "aider" / "soutenir" are) and fi "Ei, en halua
lahjoittaa nyt" (the gift stem "lahj-" read "lahjoittaa", to donate).

The grammar is tested through the lexicon with the language given (`lexicon.langs(lang)`); a
handful go through the whole detector on a screen (`shamed`), where the language is guessed.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors import lexicon
from tests.test_detectors_text import btn, run, screen
from tests.test_detectors_text_forms import shamed

FORMS = ("refusing to help", "refusing to support", "going on unprotected",
         "accepting the risk as the decline")

# per language, one label per form, in the order of FORMS
POSITIVES = {
    "en": ["Skip, I don't want to help :(", "No thanks, I don't want to support the project",
           "I wish to continue unprotected and accept the risks", "Continue without protection, I accept the risk"],
    "de": ["Überspringen, ich will nicht helfen :(", "Nein danke, ich möchte das Projekt nicht unterstützen",
           "Ich möchte ungeschützt weitersurfen und akzeptiere die Risiken", "Ohne Schutz fortfahren, ich akzeptiere das Risiko"],
    "fr": ["Passer, je ne veux pas aider :(", "Non merci, je ne souhaite pas soutenir le projet",
           "Je veux continuer sans protection et j'accepte les risques", "Continuer sans protection, j'accepte le risque"],
    "es": ["Omitir, no quiero ayudar :(", "No, gracias, no quiero apoyar el proyecto",
           "Quiero continuar sin protección y acepto los riesgos", "Seguir sin protección, acepto el riesgo"],
    "pt": ["Pular, não quero ajudar :(", "Não, obrigado, não quero apoiar o projeto",
           "Quero continuar sem proteção e aceito os riscos", "Continuar sem proteção, aceito o risco"],
    "it": ["Salta, non voglio aiutare :(", "No grazie, non voglio sostenere il progetto",
           "Voglio continuare senza protezione e accetto i rischi", "Continua senza protezione, accetto il rischio"],
    "nl": ["Overslaan, ik wil niet helpen :(", "Nee bedankt, ik wil het project niet steunen",
           "Ik wil onbeschermd verdergaan en accepteer de risico's", "Doorgaan zonder bescherming, ik accepteer het risico"],
    "sv": ["Hoppa över, jag vill inte hjälpa till :(", "Nej tack, jag vill inte stödja projektet",
           "Jag vill fortsätta utan skydd och accepterar riskerna", "Fortsätt utan skydd, jag accepterar risken"],
    "da": ["Spring over, jeg vil ikke hjælpe :(", "Nej tak, jeg vil ikke støtte projektet",
           "Jeg vil fortsætte uden beskyttelse og accepterer risikoen", "Fortsæt uden beskyttelse, jeg accepterer risikoen"],
    "nb": ["Hopp over, jeg vil ikke hjelpe :(", "Nei takk, jeg vil ikke støtte prosjektet",
           "Jeg vil fortsette uten beskyttelse og aksepterer risikoen", "Fortsett ubeskyttet, jeg godtar risikoen"],
    "pl": ["Pomiń, nie chcę pomagać :(", "Nie, dziękuję, nie chcę wspierać projektu",
           "Chcę kontynuować bez ochrony i akceptuję ryzyko", "Kontynuuj bez ochrony, biorę na siebie ryzyko"],
    "cs": ["Přeskočit, nechci pomáhat :(", "Ne, díky, nechci podpořit projekt",
           "Chci pokračovat bez ochrany a přijímám rizika", "Pokračovat bez ochrany, přijímám riziko"],
    "sk": ["Preskočiť, nechcem pomáhať :(", "Nie, ďakujem, nechcem podporiť projekt",
           "Chcem pokračovať bez ochrany a prijímam riziká", "Pokračovať bez ochrany, prijímam riziko"],
    "hr": ["Preskoči, ne želim pomoći :(", "Ne, hvala, ne želim podržati projekt",
           "Želim nastaviti bez zaštite i prihvaćam rizike", "Nastavi bez zaštite, prihvaćam rizik"],
    "sl": ["Preskoči, nočem pomagati :(", "Ne, hvala, ne želim podpreti projekta",
           "Želim nadaljevati brez zaščite in sprejemam tveganja", "Nadaljuj brez zaščite, sprejemam tveganje"],
    "bg": ["Пропусни, не искам да помагам :(", "Не, благодаря, не искам да подкрепя проекта",
           "Искам да продължа без защита и приемам рисковете", "Продължи без защита, поемам риска"],
    "ru": ["Пропустить, не хочу помогать :(", "Нет, спасибо, не хочу поддерживать проект",
           "Хочу продолжить без защиты и принимаю риски", "Продолжить без защиты, я принимаю риск"],
    "uk": ["Пропустити, не хочу допомагати :(", "Ні, дякую, не хочу підтримувати проєкт",
           "Хочу продовжити без захисту і приймаю ризики", "Продовжити без захисту, приймаю ризик"],
    "lt": ["Praleisti, nenoriu padėti :(", "Ne, ačiū, nenoriu remti projekto",
           "Noriu tęsti be apsaugos ir prisiimu riziką", "Tęsti be apsaugos, prisiimu riziką"],
    "lv": ["Izlaist, negribu palīdzēt :(", "Nē, paldies, negribu atbalstīt projektu",
           "Gribu turpināt bez aizsardzības un uzņemos risku", "Turpināt bez aizsardzības, es pieņemu risku"],
    "et": ["Jäta vahele, ei taha aidata :(", "Ei aitäh, ma ei soovi projekti toetada",
           "Soovin jätkata kaitseta ja võtan riski", "Jätka kaitseta, aktsepteerin riske"],
    "tr": ["Atla, yardım etmek istemiyorum :(", "Hayır, teşekkürler, projeyi desteklemek istemiyorum",
           "Korumasız devam etmek istiyorum ve riskleri kabul ediyorum", "Korumasız devam et, riski kabul ediyorum"],
    "fi": ["Ohita, en halua auttaa :(", "Ei kiitos, en halua tukea projektia",
           "Haluan jatkaa ilman suojaa ja hyväksyn riskit", "Jatka ilman suojaa, hyväksyn riskin"],
    "hu": ["Kihagyás, nem akarok segíteni :(", "Nem, köszönöm, nem szeretném támogatni a projektet",
           "Védelem nélkül folytatom és elfogadom a kockázatot", "Folytatás védelem nélkül, vállalom a kockázatot"],
    "ro": ["Omite, nu vreau să ajut :(", "Nu, mulțumesc, nu vreau să sprijin proiectul",
           "Vreau să continui fără protecție și accept riscurile", "Continuă fără protecție, îmi asum riscul"],
    "id": ["Lewati, saya tidak mau membantu :(", "Tidak, terima kasih, tidak ingin mendukung proyek ini",
           "Saya ingin lanjut tanpa perlindungan dan menerima risikonya", "Lanjutkan tanpa perlindungan, saya terima risikonya"],
    "vi": ["Bỏ qua, tôi không muốn giúp :(", "Không, cảm ơn, tôi không muốn ủng hộ dự án",
           "Tôi muốn tiếp tục mà không được bảo vệ và chấp nhận rủi ro", "Tiếp tục không có bảo vệ, tôi chấp nhận rủi ro"],
    "el": ["Παράλειψη, δεν θέλω να βοηθήσω :(", "Όχι, ευχαριστώ, δεν θέλω να υποστηρίξω το έργο",
           "Θέλω να συνεχίσω χωρίς προστασία και αποδέχομαι τους κινδύνους", "Συνέχεια χωρίς προστασία, αναλαμβάνω τον κίνδυνο"],
    "ar": ["تخطي، لا أريد أن أساعد :(", "لا شكرًا، لا أريد دعم المشروع",
           "أريد المتابعة بدون حماية وأقبل المخاطر", "المتابعة بدون حماية، أتحمل المخاطر"],
    "he": ["דלג, לא רוצה לעזור :(", "לא תודה, אני לא רוצה לתמוך בפרויקט",
           "אני רוצה להמשיך ללא הגנה ומקבל את הסיכונים", "המשך ללא הגנה, אני מקבל את הסיכון"],
    "hi": ["छोड़ें, मैं मदद नहीं करना चाहता :(", "नहीं, धन्यवाद, मैं इस प्रोजेक्ट का समर्थन नहीं करना चाहती",
           "मैं बिना सुरक्षा के जारी रखना चाहता हूँ और जोखिम स्वीकार करता हूँ", "बिना सुरक्षा के जारी रखें, मैं जोखिम स्वीकार करती हूँ"],
    "th": ["ข้าม ฉันไม่อยากช่วย :(", "ไม่ ขอบคุณ ผมไม่ต้องการสนับสนุนโครงการ",
           "ฉันขอใช้งานต่อโดยไม่มีการป้องกันและยอมรับความเสี่ยง", "ผมจะใช้งานต่อแบบไม่มีการป้องกัน"],
    "zh-Hans": ["跳过，我不想帮忙 :(", "不了，谢谢，我不想支持这个项目",
                "我要在无保护的情况下继续并接受风险", "无保护继续，我接受风险"],
    "zh-Hant": ["略過，我不想幫忙 :(", "不了，謝謝，我不想支持這個專案",
                "我要在無保護的情況下繼續並接受風險", "無保護繼續，我接受風險"],
    "ja": ["スキップ、手伝いたくない :(", "いいえ、プロジェクトを応援したくありません",
           "保護なしで続行し、リスクを受け入れます", "保護なしで続けたいです"],
    "ko": ["건너뛰기, 돕고 싶지 않아요 :(", "아니요, 프로젝트를 지원하고 싶지 않습니다",
           "보호 없이 계속하고 위험을 감수하겠습니다", "무방비 상태로 계속할게요"],
}

NEAR_MISSES = {
    "en": ["No, I don't want to donate right now", "I don't need help", "Continue without an account",
           "You are unprotected", "Users who don't want to help can skip this step", "Don't want to help?"],
    "de": ["Nein, ich möchte gerade nicht spenden", "Ich brauche keine Hilfe", "Ohne Konto fortfahren",
           "Sie sind ungeschützt", "Wer nicht helfen will, kann diesen Schritt überspringen", "Du willst nicht helfen?"],
    "fr": ["Non, je ne veux pas faire de don maintenant", "Je n'ai pas besoin d'aide", "Continuer sans compte",
           "Vous n'êtes pas protégé", "Les utilisateurs qui ne veulent pas aider peuvent passer", "Vous ne voulez pas aider ?"],
    "es": ["No, no quiero donar ahora", "No necesito ayuda", "Continuar sin cuenta",
           "Estás desprotegido", "Quien no quiera ayudar puede omitir este paso", "¿No quieres ayudar?"],
    "pt": ["Não, não quero doar agora", "Não preciso de ajuda", "Continuar sem conta",
           "Você está desprotegido", "Quem não quer ajudar pode pular esta etapa", "Não quer ajudar?"],
    "it": ["No, non voglio donare ora", "Non ho bisogno di aiuto", "Continua senza account",
           "Non sei protetto", "Chi non vuole aiutare può saltare questo passaggio", "Non vuoi aiutare?"],
    "nl": ["Nee, ik wil nu niet doneren", "Ik heb geen hulp nodig", "Doorgaan zonder account",
           "Je bent onbeschermd", "Wie niet wil helpen, kan deze stap overslaan", "Wil je niet helpen?"],
    "sv": ["Nej, jag vill inte donera just nu", "Jag behöver ingen hjälp", "Fortsätt utan konto",
           "Du är oskyddad", "Den som inte vill hjälpa kan hoppa över steget", "Vill du inte hjälpa till?"],
    "da": ["Nej, jeg vil ikke donere lige nu", "Jeg har ikke brug for hjælp", "Fortsæt uden konto",
           "Du er ubeskyttet", "Brugere, der ikke vil hjælpe, kan springe over", "Vil du ikke hjælpe?"],
    "nb": ["Nei, jeg vil ikke donere nå", "Jeg trenger ikke hjelp", "Fortsett uten konto",
           "Du er ubeskyttet", "Brukere som ikke vil hjelpe, kan hoppe over", "Vil du ikke hjelpe?"],
    "pl": ["Nie, nie chcę teraz przekazać darowizny", "Nie potrzebuję pomocy", "Kontynuuj bez konta",
           "Nie jesteś chroniony", "Kto nie chce pomagać, może pominąć ten krok", "Nie chcesz pomóc?"],
    "cs": ["Ne, teď nechci darovat", "Nepotřebuji pomoc", "Pokračovat bez účtu",
           "Nejste chráněni", "Kdo nechce pomáhat, může tento krok přeskočit", "Nechcete pomoci?"],
    "sk": ["Nie, teraz nechcem darovať", "Nepotrebujem pomoc", "Pokračovať bez účtu",
           "Nie ste chránení", "Kto nechce pomáhať, môže tento krok preskočiť", "Nechcete pomôcť?"],
    "hr": ["Ne, sada ne želim donirati", "Ne trebam pomoć", "Nastavi bez računa",
           "Niste zaštićeni", "Tko ne želi pomagati, može preskočiti ovaj korak", "Ne želiš pomoći?"],
    "sl": ["Ne, zdaj nočem donirati", "Ne potrebujem pomoči", "Nadaljuj brez računa",
           "Niste zaščiteni", "Kdor noče pomagati, lahko ta korak preskoči", "Nočeš pomagati?"],
    "bg": ["Не, не искам да даря сега", "Не ми трябва помощ", "Продължи без акаунт",
           "Не сте защитени", "Който не иска да помага, може да пропусне", "Не искаш ли да помогнеш?"],
    "ru": ["Нет, не хочу сейчас жертвовать", "Мне не нужна помощь", "Продолжить без аккаунта",
           "Вы не защищены", "Кто не хочет помогать, может пропустить этот шаг", "Не хотите помогать?"],
    "uk": ["Ні, не хочу зараз жертвувати", "Мені не потрібна допомога", "Продовжити без облікового запису",
           "Ви не захищені", "Хто не хоче допомагати, може пропустити цей крок", "Не хочете допомагати?"],
    "lt": ["Ne, dabar nenoriu aukoti", "Man nereikia pagalbos", "Tęsti be paskyros",
           "Jūs nesate apsaugoti", "Kas nenori padėti, gali praleisti šį žingsnį", "Nenorite padėti?"],
    "lv": ["Nē, tagad negribu ziedot", "Man nav vajadzīga palīdzība", "Turpināt bez konta",
           "Jūs neesat aizsargāts", "Kas negrib palīdzēt, var izlaist šo soli", "Negribat palīdzēt?"],
    "et": ["Ei, praegu ei taha annetada", "Ma ei vaja abi", "Jätka ilma kontota",
           "Te pole kaitstud", "Kasutajad, kes ei taha aidata, võivad selle sammu vahele jätta", "Ei taha aidata?"],
    "tr": ["Hayır, şu an bağış yapmak istemiyorum", "Yardıma ihtiyacım yok", "Hesap olmadan devam et",
           "Korumasızsınız", "Yardım etmek istemeyenler bu adımı atlayabilir", "Yardım etmek istemiyor musun?"],
    "fi": ["Ei, en halua lahjoittaa nyt", "En tarvitse apua", "Jatka ilman tiliä",
           "Et ole suojattu", "Käyttäjät, jotka eivät halua auttaa, voivat ohittaa tämän", "Etkö halua auttaa?"],
    "hu": ["Nem, most nem akarok adományozni", "Nincs szükségem segítségre", "Folytatás fiók nélkül",
           "Ön nincs védve", "Aki nem akar segíteni, kihagyhatja ezt a lépést", "Nem akarsz segíteni?"],
    "ro": ["Nu, nu vreau să donez acum", "Nu am nevoie de ajutor", "Continuă fără cont",
           "Nu ești protejat", "Cine nu vrea să ajute poate sări peste acest pas", "Nu vrei să ajuți?"],
    "id": ["Tidak, saya tidak mau berdonasi sekarang", "Saya tidak butuh bantuan", "Lanjutkan tanpa akun",
           "Anda tidak terlindungi", "Pengguna yang tidak mau membantu dapat melewati langkah ini", "Tidak mau membantu?"],
    "vi": ["Không, tôi không muốn quyên góp lúc này", "Tôi không cần trợ giúp", "Tiếp tục mà không cần tài khoản",
           "Bạn không được bảo vệ", "Người dùng nào không muốn giúp có thể bỏ qua bước này", "Không muốn giúp sao?"],
    "el": ["Όχι, δεν θέλω να κάνω δωρεά τώρα", "Δεν χρειάζομαι βοήθεια", "Συνέχεια χωρίς λογαριασμό",
           "Δεν είστε προστατευμένοι", "Όσοι δεν θέλουν να βοηθήσουν μπορούν να το παραλείψουν", "Δεν θέλεις να βοηθήσεις;"],
    "ar": ["لا، لا أريد التبرع الآن", "لا أحتاج إلى مساعدة", "المتابعة بدون حساب",
           "أنت غير محمي", "يمكن للمستخدمين الذين لا يريدون المساعدة تخطي هذه الخطوة", "لا تريد أن تساعد؟"],
    "he": ["לא, אני לא רוצה לתרום עכשיו", "אני לא צריך עזרה", "המשך ללא חשבון",
           "אתה לא מוגן", "משתמשים שלא רוצים לעזור יכולים לדלג על השלב", "לא רוצה לעזור?"],
    "hi": ["नहीं, मैं अभी दान नहीं करना चाहता", "मुझे मदद नहीं चाहिए", "बिना खाते के जारी रखें",
           "आप सुरक्षित नहीं हैं", "जो उपयोगकर्ता मदद नहीं करना चाहते वे यह चरण छोड़ सकते हैं", "मदद नहीं करना चाहते?"],
    "th": ["ไม่ ฉันยังไม่อยากบริจาคตอนนี้", "ฉันไม่ต้องการความช่วยเหลือ", "ดำเนินการต่อโดยไม่มีบัญชี",
           "คุณไม่ได้รับการป้องกัน", "ผู้ใช้ที่ไม่อยากช่วยสามารถข้ามขั้นตอนนี้ได้", "ไม่อยากช่วยเหรอ?"],
    "zh-Hans": ["不，我现在不想捐款", "我不需要帮助", "不登录账户继续",
                "您未受保护", "不想帮忙的用户可以跳过此步骤", "不想帮忙吗？"],
    "zh-Hant": ["不，我現在不想捐款", "我不需要幫助", "不登入帳戶繼續",
                "您未受保護", "不想幫忙的使用者可以略過此步驟", "不想幫忙嗎？"],
    "ja": ["いいえ、今は寄付したくありません", "助けは必要ありません", "アカウントなしで続行",
           "保護されていません", "手伝いたくない方はこの手順をスキップできます", "手伝いたくないですか？"],
    "ko": ["아니요, 지금은 기부하고 싶지 않아요", "도움이 필요하지 않아요", "계정 없이 계속",
           "보호되지 않고 있습니다", "돕고 싶지 않은 사용자는 이 단계를 건너뛸 수 있습니다", "돕고 싶지 않으세요?"],
}

# the bare imperative of going on without protection: a neutral label (no first person chooses it)
IMPERATIVES = {
    "en": "Continue without protection", "de": "Ohne Schutz fortfahren", "fr": "Continuer sans protection",
    "es": "Seguir sin protección", "pt": "Continuar sem proteção", "it": "Continua senza protezione",
    "nl": "Doorgaan zonder bescherming", "sv": "Fortsätt utan skydd", "da": "Fortsæt uden beskyttelse",
    "nb": "Fortsett ubeskyttet", "pl": "Kontynuuj bez ochrony", "cs": "Pokračovat bez ochrany",
    "sk": "Pokračovať bez ochrany", "hr": "Nastavi bez zaštite", "sl": "Nadaljuj brez zaščite",
    "bg": "Продължи без защита", "ru": "Продолжить без защиты", "uk": "Продовжити без захисту",
    "lt": "Tęsti be apsaugos", "lv": "Turpināt bez aizsardzības", "et": "Jätka kaitseta",
    "tr": "Korumasız devam et", "fi": "Jatka ilman suojaa", "hu": "Folytatás védelem nélkül",
    "ro": "Continuă fără protecție", "id": "Lanjutkan tanpa perlindungan", "vi": "Tiếp tục không có bảo vệ",
    "el": "Συνέχεια χωρίς προστασία", "ar": "المتابعة بدون حماية", "he": "המשך ללא הגנה",
    "hi": "बिना सुरक्षा के जारी रखें", "th": "ดำเนินการต่อโดยไม่มีการป้องกัน", "zh-Hans": "无保护继续",
    "zh-Hant": "無保護繼續", "ja": "保護なしで続行", "ko": "보호 없이 계속",
}


def _found(text: str, lang: str) -> bool:
    return lexicon.load("confirmshaming").match(text, lexicon.langs(lang)) is not None


@pytest.mark.parametrize("lang", sorted(POSITIVES))
def test_two_forms_found_and_near_misses_quiet(lang):
    # 36 languages (the language blocks of detectors/lexicons/confirmshaming.yaml), 4 positives
    # (2 per form), 6 near misses and the bare imperative of going on without protection
    assert len(POSITIVES) == len(NEAR_MISSES) == len(IMPERATIVES) == 36
    assert len(POSITIVES[lang]) == len(FORMS) and len(NEAR_MISSES[lang]) == 6
    missed = [form for form, text in zip(FORMS, POSITIVES[lang]) if not _found(text, lang)]
    assert missed == []
    loud = [text for text in NEAR_MISSES[lang] + [IMPERATIVES[lang]] if _found(text, lang)]
    assert loud == []


@pytest.mark.parametrize("label,near", [
    # through the whole detector, the language guessed from the label: each form beside the
    # plain decline in the same words (not needing help, refusing to donate, the imperative)
    ("Skip, I don't want to help :(", "Skip, I don't need help"),
    ("No thanks, I won't support the project", "No thanks, I don't want to donate right now"),
    ("I wish to go on without protection", "Continue without protection"),
    ("Nein danke, ich möchte das Projekt nicht unterstützen", "Nein danke, ich möchte gerade nicht spenden"),
    ("Non merci, je ne veux pas aider", "Non merci, je n'ai pas besoin d'aide"),
    ("Ohne Schutz fortfahren, ich akzeptiere das Risiko", "Ohne Konto fortfahren"),
    ("Пропустить, не хочу помогать", "Пропустить, мне не нужна помощь"),
    ("跳过，我不想帮忙", "跳过，我不需要帮助"),
])
def test_forms_found_through_the_detector(label, near):
    assert shamed(label) == [label]
    assert shamed(near) == []


@pytest.mark.parametrize("quiet,found,lang", [
    # the person of the verb: the first person refuses, the third person or a relative clause
    # describes someone else
    ("Ona nechce pomáhat", "Nechci pomáhat", "cs"),
    ("Он не хочет помогать", "Не хочу помогать", "ru"),
    ("Ella no quiere ayudar", "No quiero ayudar", "es"),
    ("Nu vrea să ajute", "Nu vreau să ajut", "ro"),
    ("הוא לא רוצה לעזור", "אני לא רוצה לעזור", "he"),
    # needing is not wanting; help RECEIVED is no help given
    ("I don't want help", "I don't want to help", "en"),
    ("I don't want to contact support", "I don't want to support the app", "en"),
    ("Ich brauche keine Unterstützung", "Ich will nicht unterstützen", "de"),
    # money only: contributing / donating is a plain decline of a payment
    ("Ik wil niet bijdragen", "Ik wil niet helpen", "nl"),
    ("No, I don't want to chip in", "No, I won't help", "en"),
    ("Nechci přispět", "Nechci podpořit projekt", "cs"),
    # the verb of wishing as the wanting (nb da sv "ønsker/önskar ikke"; session 16, lead)
    ("Han ønsker ikke å hjelpe", "Nei takk, jeg ønsker ikke å hjelpe til", "nb"),
    ("Hun ønsker ikke at hjælpe", "Nej tak, jeg ønsker ikke at hjælpe", "da"),
    ("Hon önskar inte hjälpa till", "Nej tack, jag önskar inte hjälpa till", "sv"),
    # a warning is no choice; choosing it in the first person is
    ("Sie sind ungeschützt", "Ich mache ungeschützt weiter", "de"),
    ("Вы не защищены", "Продолжу без защиты", "ru"),
])
def test_person_and_object_decide(quiet, found, lang):
    assert not _found(quiet, lang)
    assert _found(found, lang)


@pytest.mark.parametrize("sentence", [
    "Skip, I don't want to help", "I wish to continue unprotected and accept the risks",
])
def test_a_paragraph_declines_nothing(sentence):
    # the same words as a line of text, no control of their own nor beside a bare one, are a
    # description, not an option (the detector's rule, for the new forms as for the old); as the
    # button itself they are the decline
    found = run(screen("Special offer", sentence, btn("Yes, please"), btn("No thanks")))
    assert [f for f in found if f.type == "confirmshaming"] == []
    assert shamed(sentence) == [sentence]

"""Session 18, third pass (helper off18c, issue 13): forms a blind held-out measurement of
account-deletion page sections showed the offline-requirement detector missing, described to us
in general terms only (no held-out line read), written in our own words in each language from
its grammar:
- LINE_CONTINUES: an instruction the page cut over two lines, the verb's object on the next line
  ("Write to" / "privacy@example.com" / "stating your nickname. Deletion is carried out within 30
  days.", under a heading "Option 2 — by e-mail"): a line that ENDS in a preposition or a verb
  that needs its object (offline.yaml `line_continues`, all 36: to, at, an, à, a, para, na, на,
  до, に, 로, 至 …) is read with the line after it, and with the one after that when the middle
  line is only an address or a number and the next goes on in lower case (detectors/offline.py
  `_continues`, `_joined`). 36 cases in 36 languages.
Near misses that must stay quiet (LINE_QUIET): a line "Write to us" (its object said) over a
heading; a "Contact" line over an address for questions only, after an in-app deletion.
The old code (main 0c5c704: detectors/offline.py and lexicons/offline.yaml swapped in) found
32 of the 36 LINE_CONTINUES positives (it missed fr es tr el); it kept the near misses quiet, and so does the new
code. The language is given (run(..., language=…))."""
from __future__ import annotations

import pytest

from tests.offline_kit import cases, expected, ways

A = 'privacy@example.com'
# LINE_CONTINUES: deletion title, "by e-mail" heading, the verb and its preposition, the address,
# the sentence going on in lower case
LINE_CONTINUES = [
    ('en', ['Delete account', 'Option 2 — by email', 'Write to', A, 'stating your nickname. Deletion is carried out within 30 days.'], ['email']),
    ('de', ['Konto löschen', 'Weg 2 — per E-Mail', 'Schreiben Sie an', A, 'mit Ihrem Nutzernamen. Die Löschung erfolgt innerhalb von 30 Tagen.'], ['email']),
    ('fr', ['Supprimer le compte', 'Option 2 — par e-mail', 'Écrivez à', A, 'en indiquant votre pseudo. La suppression est effectuée sous 30 jours.'], ['email']),
    ('es', ['Eliminar cuenta', 'Opción 2 — por correo', 'Escribe a', A, 'indicando tu apodo. La eliminación se realiza en un plazo de 30 días.'], ['email']),
    ('pt', ['Excluir conta', 'Opção 2 — por e-mail', 'Escreva para', A, 'informando seu apelido. A exclusão é feita em até 30 dias.'], ['email']),
    ('it', ["Eliminare l'account", 'Opzione 2 — via e-mail', 'Scrivi a', A, "indicando il tuo nickname. L'eliminazione avviene entro 30 giorni."], ['email']),
    ('nl', ['Account verwijderen', 'Optie 2 — per e-mail', 'Schrijf naar', A, 'met je gebruikersnaam. De verwijdering gebeurt binnen 30 dagen.'], ['email']),
    ('pl', ['Usuwanie konta', 'Sposób 2 — e-mailem', 'Napisz na', A, 'podając swój pseudonim. Usunięcie nastąpi w ciągu 30 dni.'], ['email']),
    ('ru', ['Удаление аккаунта', 'Способ 2 — по почте', 'Напишите на', A, 'указав ваш никнейм. Удаление выполняется в течение 30 дней.'], ['email']),
    ('uk', ['Видалення акаунта', 'Спосіб 2 — електронною поштою', 'Напишіть на', A, 'вказавши ваш нікнейм. Видалення виконується протягом 30 днів.'], ['email']),
    ('cs', ['Smazání účtu', 'Možnost 2 — e-mailem', 'Napište na', A, 'a uveďte svou přezdívku. Smazání proběhne do 30 dnů.'], ['email']),
    ('sk', ['Zmazanie účtu', 'Možnosť 2 — e-mailom', 'Napíšte na', A, 'a uveďte svoju prezývku. Zmazanie prebehne do 30 dní.'], ['email']),
    ('hr', ['Brisanje računa', 'Način 2 — e-poštom', 'Pišite na', A, 'uz svoj nadimak. Brisanje se provodi u roku od 30 dana.'], ['email']),
    ('sl', ['Izbris računa', 'Možnost 2 — po e-pošti', 'Pišite na', A, 'in navedite svoj vzdevek. Izbris opravimo v 30 dneh.'], ['email']),
    ('bg', ['Изтриване на акаунта', 'Вариант 2 — по имейл', 'Пишете на', A, 'като посочите своя псевдоним. Изтриването се извършва до 30 дни.'], ['email']),
    ('lt', ['Paskyros ištrynimas', '2 būdas — el. paštu', 'Parašykite adresu', A, 'nurodydami savo slapyvardį. Ištrynimas atliekamas per 30 dienų.'], ['email']),
    ('lv', ['Konta dzēšana', '2. veids — pa e-pastu', 'Rakstiet uz', A, 'norādot savu segvārdu. Dzēšana tiek veikta 30 dienu laikā.'], ['email']),
    ('et', ['Konto kustutamine', 'Viis 2 — e-posti teel', 'Kirjutage aadressil', A, 'ja märkige oma hüüdnimi. Kustutamine tehakse 30 päeva jooksul.'], ['email']),
    ('sv', ['Radera konto', 'Alternativ 2 — via e-post', 'Skriv till', A, 'och ange ditt smeknamn. Raderingen sker inom 30 dagar.'], ['email']),
    ('da', ['Slet konto', 'Mulighed 2 — via e-mail', 'Skriv til', A, 'og oplys dit kaldenavn. Sletningen sker inden for 30 dage.'], ['email']),
    ('nb', ['Slett konto', 'Alternativ 2 — på e-post', 'Skriv til', A, 'og oppgi kallenavnet ditt. Slettingen skjer innen 30 dager.'], ['email']),
    ('fi', ['Tilin poistaminen', 'Tapa 2 — sähköpostitse', 'Kirjoita osoitteeseen', A, 'ja kerro nimimerkkisi. Poisto tehdään 30 päivän kuluessa.'], ['email']),
    ('hu', ['Fiók törlése', '2. lehetőség — e-mailben', 'Írj a következő címre', A, 'és add meg a beceneved. A törlés 30 napon belül megtörténik.'], ['email']),
    ('ro', ['Ștergerea contului', 'Opțiunea 2 — prin e-mail', 'Scrie la', A, 'menționând porecla ta. Ștergerea se face în 30 de zile.'], ['email']),
    ('tr', ['Hesap silme', 'Seçenek 2 — e-posta ile', 'Kullanıcı adınızı belirterek şu adrese', A, 'yazın. Silme işlemi 30 gün içinde yapılır.'], ['email']),
    ('id', ['Hapus akun', 'Opsi 2 — lewat email', 'Tulis ke', A, 'dengan menyebutkan nama panggilan Anda. Penghapusan dilakukan dalam 30 hari.'], ['email']),
    ('vi', ['Xóa tài khoản', 'Cách 2 — qua email', 'Gửi thư đến', A, 'kèm biệt danh của bạn. Việc xóa được thực hiện trong 30 ngày.'], ['email']),
    ('el', ['Διαγραφή λογαριασμού', 'Επιλογή 2 — με email', 'Γράψτε στο', A, 'αναφέροντας το ψευδώνυμό σας. Η διαγραφή γίνεται εντός 30 ημερών.'], ['email']),
    ('ar', ['حذف الحساب', 'الخيار 2 — عبر البريد الإلكتروني', 'اكتب إلى', A, 'مع ذكر اسم المستخدم. يتم الحذف خلال 30 يومًا.'], ['email']),
    ('he', ['מחיקת חשבון', 'אפשרות 2 — בדוא"ל', 'כתבו אל', A, 'וציינו את הכינוי שלכם. המחיקה מתבצעת תוך 30 יום.'], ['email']),
    ('hi', ['खाता हटाना', 'विकल्प 2 — ईमेल से', 'अपना उपनाम लिखकर इस पते पर', A, 'ईमेल भेजें। हटाने का काम 30 दिनों में होता है।'], ['email']),
    ('th', ['ลบบัญชี', 'ตัวเลือกที่ 2 — ทางอีเมล', 'เขียนอีเมลถึง', A, 'โดยระบุชื่อเล่นของคุณ การลบจะดำเนินการภายใน 30 วัน'], ['email']),
    ('ja', ['アカウントの削除', '方法2 — メールで', 'ニックネームを記載のうえ、次のアドレスに', A, 'メールをお送りください。削除は30日以内に行います。'], ['email']),
    ('ko', ['계정 삭제', '방법 2 — 이메일', '닉네임을 적어 다음 주소로', A, '메일을 보내 주세요. 삭제는 30일 이내에 처리됩니다.'], ['email']),
    ('zh-Hans', ['删除账号', '方式二 — 电子邮件', '请注明您的昵称，发送邮件至', A, '删除将在30天内完成。'], ['email']),
    ('zh-Hant', ['刪除帳號', '方式二 — 電子郵件', '請註明您的暱稱，寄送郵件至', A, '刪除將在30天內完成。'], ['email']),
]
LINE_QUIET = [
    ('en', ['Delete account', 'Delete your account in Settings.', 'Write to us', 'Frequently asked questions'], None),
    ('en', ['Delete account', 'Delete your account in Settings.', 'Contact', 'help@example.com for questions.'], None),
]


@pytest.mark.parametrize("lang,items,channels", cases(
    ("linecontinues", LINE_CONTINUES), ("linequiet", LINE_QUIET)))
def test_offline_forms18c(lang, items, channels):
    assert ways(lang, items) == expected(channels)

"""Session 15 (helper off15, issue 13): the forms a blind held-out measurement of account-
deletion page sections showed the offline-requirement detector missing or wrongly flagging,
described to us in general terms only (no held-out line read), written in our own words in each
language from its grammar:
- HELP_REQUEST: a help offer ("If you have trouble deleting in the app, e-mail us at …") that
  is the channel after all because the provider says it will process what is sent ("… we will
  process your request within 30 days": context.yaml `provider_handles`); hu tr vi ja zh have
  no case: btext already read their wordings as the way;
- SUBJECT: the same help offer, the message's SUBJECT LINE naming the deletion request ("…,
  e-mail us at … with the subject 'Deletion request'", offline.yaml `subject_line`), 22
  languages; SUBJECT_NEAR: a subject line that names no deletion ("Question") stays help;
- LABELLED: an address labelled as where deletion REQUESTS go ("E-mail for deletion requests:
  X"), under a page intro or alone (the request word before the address, offline.yaml email);
- STEPS: a step list offering a button OR an e-mail in the informal imperative (tr "… adresine
  yaz.", context.yaml `imperative`; a numbered step is an instruction by its form,
  detectors/offline.py `_STEP`: fr nl id vi ro el; fr "écris à …" is an e-mail); sv da nb cs
  hu ja zh already read it; STEPS_NEAR: "3. Questions? E-mail …" under in-app steps stays help
  (a list mark before a help offer, `_offers_help`; en nl failed on btext, fr guards `_STEP`);
- ALSO: "deletion requests can also be made by e-mail (X)" after in-app steps (ja メール（…）で,
  ko 이메일(…)로, zh 通过电子邮件（…）; en de fr es ru already read it);
- MAIL_VERB: nl the verb mailen ("wat je daarvoor mailt", "je kunt ons dat mailen"), pl the
  adjective ("poprzez kontakt mailowy");
- THIRD_PARTY: the request directed to a third party ("contact them directly", "richt uw
  verzoek aan het bedrijf zelf": `support`; tr ja hi already read it, fi reads any
  "ota yhteyttä");
- NOT_NEEDED: a channel named as NOT needed ("no separate form needed", "without needing to
  send us an e-mail", offline.yaml `no_contact`), all 36 languages;
- CONFIRMATION: an e-mail asking only for a written confirmation or certificate of a deletion
  done in the app (offline.yaml `confirmation_only`), all 36 languages;
- PROVIDER_REPLY: the provider's own reply or confirmation sent by e-mail ("we confirm the
  deletion by e-mail", offline.yaml `app_sends`); fr da tr ko have no case: btext already read
  their wordings as a mail the app sends (the e-mail kind's `unless`).
Each expectation was decided by reading the screen: the channels of the one finding, or none.
Every case of these tables but the near misses fails with btext's lexicons and detector
(checked by swapping in `git show btext:detectors/lexicons/offline.yaml`, `…/context.yaml`,
`detectors/offline.py`); LABELLED has no case in en de fr pt it pl cs sk hr da hu ro zh,
whose wording btext already read. SUBJECT_NEAR and NEAR hold the near misses; NEAR is one screen per
language: in-app steps, "Questions? E-mail us at …", and the confirmation the app e-mails — no
finding. They guard the new forms against reading too much: cs lt sv da nb ro el ja of NEAR
failed on btext (a bare "Questions?" line was no help offer there: offline.yaml `help_only`),
the other 32 near misses held before and must still hold.
GUARDS, which held on btext too, keep the new forms from reaching the way itself: the person's
e-mail beside the provider's confirmation by e-mail, a confirmation promised after the way, "you
cannot delete … without e-mailing", and a help offer with no promise or subject line (no way).
The language is given (run(..., language=…)): telling lt and lv apart is another helper's work."""
from __future__ import annotations

import pytest

from tests.offline_kit import cases, expected, ways

# (language, screen texts top to bottom, the channels of the one finding or None for no finding)
HELP_REQUEST = [
    ("en", ["Delete your account", "If you have trouble deleting your account in the app, e-mail us at help@example.com: we will process your request within 30 days."], ["email"]),
    ("de", ["Konto löschen", "Falls Sie Probleme haben, Ihr Konto in der App zu löschen, schreiben Sie uns an hilfe@beispiel.de: wir bearbeiten Ihre Anfrage innerhalb von 30 Tagen."], ["email"]),
    ("fr", ["Supprimer le compte", "Si vous rencontrez des difficultés pour supprimer votre compte dans l'application, écrivez-nous à aide@exemple.fr : nous traiterons votre demande sous 30 jours."], ["email"]),
    ("es", ["Eliminar cuenta", "Si tienes problemas para eliminar tu cuenta en la app, escríbenos a ayuda@ejemplo.es: procesaremos tu solicitud en un plazo de 30 días."], ["email"]),
    ("pt", ["Excluir conta", "Caso tenha problemas para excluir a conta no app, envie um e-mail para ajuda@exemplo.com.br: processaremos sua solicitação em até 30 dias."], ["email"]),
    ("it", ["Eliminare l'account", "Se hai difficoltà a eliminare l'account nell'app, scrivici a aiuto@esempio.it: elaboreremo la tua richiesta entro 30 giorni."], ["email"]),
    ("nl", ["Account verwijderen", "Als je problemen hebt met verwijderen in de app, mail dan naar hulp@voorbeeld.nl: we verwerken je verzoek binnen 30 dagen."], ["email"]),
    ("ru", ["Удаление аккаунта", "Если у вас возникли трудности с удалением в приложении, напишите на help@example.com: мы обработаем ваш запрос в течение 30 дней."], ["email"]),
    ("pl", ["Usuwanie konta", "Jeśli masz problemy z usunięciem konta w aplikacji, napisz na pomoc@przyklad.pl: rozpatrzymy Twoją prośbę w ciągu 30 dni."], ["email"]),
    ("uk", ["Видалення акаунта", "Якщо у вас виникли труднощі з видаленням у застосунку, напишіть на help@example.com: ми опрацюємо ваш запит протягом 30 днів."], ["email"]),
    ("cs", ["Smazání účtu", "Pokud máte problém se smazáním účtu v aplikaci, napište na help@example.com: vaši žádost vyřídíme do 30 dnů."], ["email"]),
    ("sk", ["Zmazanie účtu", "Ak máte problém so zmazaním účtu v aplikácii, napíšte na help@example.com: vašu žiadosť vybavíme do 30 dní."], ["email"]),
    ("hr", ["Brisanje računa", "Ako imate problema s brisanjem računa u aplikaciji, pišite na help@example.com: vaš zahtjev obradit ćemo u roku od 30 dana."], ["email"]),
    ("sl", ["Izbris računa", "Če imate težave z izbrisom računa v aplikaciji, pišite na help@example.com: vašo zahtevo bomo obdelali v 30 dneh."], ["email"]),
    ("bg", ["Изтриване на акаунта", "Ако имате проблеми с изтриването в приложението, пишете на help@example.com: ще обработим заявката ви до 30 дни."], ["email"]),
    ("lt", ["Paskyros ištrynimas", "Jei turite problemų ištrinant paskyrą programėlėje, rašykite adresu help@example.com: jūsų prašymą išnagrinėsime per 30 dienų."], ["email"]),
    ("lv", ["Konta dzēšana", "Ja jums ir problēmas ar konta dzēšanu lietotnē, rakstiet uz help@example.com: jūsu pieprasījumu apstrādāsim 30 dienu laikā."], ["email"]),
    ("et", ["Konto kustutamine", "Kui teil on probleeme konto kustutamisega rakenduses, kirjutage aadressile help@example.com: menetleme teie taotluse 30 päeva jooksul."], ["email"]),
    ("sv", ["Radera konto", "Om du har problem med att radera kontot i appen, mejla help@example.com: vi behandlar din begäran inom 30 dagar."], ["email"]),
    ("da", ["Slet konto", "Hvis du har problemer med at slette kontoen i appen, så skriv til help@example.com: vi behandler din anmodning inden for 30 dage."], ["email"]),
    ("nb", ["Slett konto", "Hvis du har problemer med å slette kontoen i appen, skriv til help@example.com: vi behandler forespørselen din innen 30 dager."], ["email"]),
    ("fi", ["Tilin poistaminen", "Jos sinulla on ongelmia tilin poistamisessa sovelluksessa, kirjoita osoitteeseen help@example.com: käsittelemme pyyntösi 30 päivän kuluessa."], ["email"]),
    ("ro", ["Ștergerea contului", "Dacă ai probleme cu ștergerea contului în aplicație, scrie-ne la help@example.com: îți vom procesa cererea în 30 de zile."], ["email"]),
    ("id", ["Hapus akun", "Jika Anda mengalami kendala menghapus akun di aplikasi, kirim email ke help@example.com: kami akan memproses permintaan Anda dalam 30 hari."], ["email"]),
    ("el", ["Διαγραφή λογαριασμού", "Αν έχετε προβλήματα με τη διαγραφή στην εφαρμογή, στείλτε email στο help@example.com: θα επεξεργαστούμε το αίτημά σας εντός 30 ημερών."], ["email"]),
    ("ar", ["حذف الحساب", "إذا واجهت مشكلة في حذف حسابك داخل التطبيق، راسلنا على help@example.com: سنعالج طلبك خلال 30 يومًا."], ["email"]),
    ("he", ["מחיקת חשבון", "אם יש לך בעיה במחיקת החשבון באפליקציה, כתבו אל help@example.com: נטפל בבקשתך תוך 30 יום."], ["email"]),
    ("ko", ["계정 삭제", "앱에서 계정 삭제에 문제가 있으면 help@example.com으로 이메일을 보내 주세요. 30일 이내에 요청을 처리해 드립니다."], ["email"]),
]
LABELLED = [
    ("es", ["Eliminación de datos", "Correo para solicitudes de eliminación: privacy@ejemplo.es"], ["email"]),
    ("nl", ["Gegevens verwijderen", "E-mailadres voor verzoeken tot verwijdering: privacy@voorbeeld.nl"], ["email"]),
    ("ru", ["Удаление данных", "На этой странице описано, как запросить удаление данных.", "Электронная почта для запросов на удаление: privacy@example.com"], ["email"]),
    ("uk", ["Видалення даних", "Електронна пошта для запитів на видалення: privacy@example.com"], ["email"]),
    ("sl", ["Izbris podatkov", "E-naslov za zahteve za izbris: privacy@example.com"], ["email"]),
    ("bg", ["Изтриване на данни", "Имейл за заявки за изтриване: privacy@example.com"], ["email"]),
    ("lt", ["Duomenų ištrynimas", "E. paštas ištrynimo prašymams: privacy@example.com"], ["email"]),
    ("lv", ["Datu dzēšana", "E-pasts dzēšanas pieprasījumiem: privacy@example.com"], ["email"]),
    ("et", ["Andmete kustutamine", "E-post kustutamise taotlusteks: privacy@example.com"], ["email"]),
    ("sv", ["Radering av data", "E-post för begäran om radering: privacy@example.com"], ["email"]),
    ("nb", ["Sletting av data", "E-post for forespørsler om sletting: privacy@example.com"], ["email"]),
    ("fi", ["Tietojen poistaminen", "Sähköposti poistopyyntöjä varten: privacy@example.com"], ["email"]),
    ("tr", ["Veri silme", "Silme talepleri için e-posta: privacy@example.com"], ["email"]),
    ("id", ["Penghapusan data", "Email untuk permintaan penghapusan: privacy@example.com"], ["email"]),
    ("vi", ["Xóa dữ liệu", "Email cho yêu cầu xóa dữ liệu: privacy@example.com"], ["email"]),
    ("el", ["Διαγραφή δεδομένων", "Email για αιτήματα διαγραφής: privacy@example.com"], ["email"]),
    ("ar", ["حذف البيانات", "البريد الإلكتروني لطلبات الحذف: privacy@example.com"], ["email"]),
    ("he", ["מחיקת נתונים", "דוא\"ל לבקשות מחיקה: privacy@example.com"], ["email"]),
    ("hi", ["डेटा हटाना", "हटाने के अनुरोधों के लिए ईमेल: privacy@example.com"], ["email"]),
    ("th", ["การลบข้อมูล", "อีเมลสำหรับคำขอลบข้อมูล: privacy@example.com"], ["email"]),
    ("ja", ["データの削除", "削除リクエスト用メールアドレス：privacy@example.com"], ["email"]),
    ("ko", ["데이터 삭제", "삭제 요청 이메일: privacy@example.com"], ["email"]),
]
STEPS = [
    ("tr", ["Hesap silme", "1. Aşağıdaki butona bas ya da help@example.com adresine yaz.", "2. E-postada telefon numaranı belirt."], ["email"]),
    ("fr", ["Supprimer le compte", "1. Appuie sur le bouton ci-dessous ou écris à aide@exemple.fr.", "2. Dans l'e-mail, indique ton numéro."], ["email"]),
    ("nl", ["Account verwijderen", "1. Tik op de knop hieronder of mail naar hulp@voorbeeld.nl.", "2. Zet in de mail je telefoonnummer."], ["email"]),
    ("id", ["Hapus akun", "1. Ketuk tombol di bawah atau kirim email ke help@example.com.", "2. Di email, sebutkan nomor Anda."], ["email"]),
    ("vi", ["Xóa tài khoản", "1. Nhấn nút bên dưới hoặc gửi email đến help@example.com.", "2. Trong email, ghi số điện thoại của bạn."], ["email"]),
    ("fi", ["Tilin poistaminen", "1. Napauta alla olevaa painiketta tai kirjoita osoitteeseen help@example.com.", "2. Kerro viestissä puhelinnumerosi."], ["email"]),
    ("ro", ["Ștergerea contului", "1. Atinge butonul de mai jos sau scrie la help@example.com.", "2. În e-mail, menționează numărul tău."], ["email"]),
    ("el", ["Διαγραφή λογαριασμού", "1. Πάτα το κουμπί παρακάτω ή στείλε email στο help@example.com.", "2. Στο email γράψε τον αριθμό σου."], ["email"]),
]
STEPS_NEAR = [
    ("en", ["Delete your account", "1. Open Settings.", "2. Tap Delete account.", "3. Questions? E-mail help@example.com."], None),
    ("fr", ["Supprimer le compte", "1. Ouvre les Réglages.", "2. Appuie sur Supprimer le compte.", "3. Des questions ? Écris à aide@exemple.fr."], None),
    ("nl", ["Account verwijderen", "1. Open Instellingen.", "2. Tik op Account verwijderen.", "3. Vragen? Mail naar hulp@voorbeeld.nl."], None),
]
ALSO = [
    ("ja", ["アカウントの削除", "アプリの設定からアカウントを削除できます。削除のリクエストは、メール（help@example.com）でも行えます。"], ["email"]),
    ("ko", ["계정 삭제", "설정에서 계정을 삭제할 수 있습니다. 삭제 요청은 이메일(help@example.com)로도 가능합니다."], ["email"]),
    ("zh-Hans", ["删除账号", "您可以在设置中删除账号。删除请求也可以通过电子邮件（help@example.com）提交。"], ["email"]),
    ("zh-Hant", ["刪除帳號", "您可以在設定中刪除帳號。刪除請求也可以透過電子郵件（help@example.com）提交。"], ["email"]),
]
MAIL_VERB = [
    ("nl", ["Account verwijderen", "Voor het verwijderen van je account: vermeld je gebruikersnaam in wat je daarvoor mailt."], ["email"]),
    ("nl", ["Account verwijderen", "Wil je je account laten verwijderen, dan kun je ons dat mailen met je gebruikersnaam."], ["email"]),
    ("pl", ["Usuwanie konta", "Konto możesz usunąć bezpośrednio z aplikacji lub poprzez kontakt mailowy: pomoc@przyklad.pl."], ["email"]),
]
THIRD_PARTY = [
    ("pl", ["Usuwanie danych", "W sprawie usunięcia danych ze sklepu z aplikacjami możesz skontaktować się z nimi bezpośrednio."], ["support"]),
    ("nl", ["Gegevens verwijderen", "Wij zijn alleen verwerker; richt uw verzoek tot verwijdering aan het bedrijf zelf."], ["support"]),
    ("en", ["Data deletion", "We only process data for the chat provider; to have your data deleted, contact them directly."], ["support"]),
    ("de", ["Datenlöschung", "Wir verarbeiten die Daten nur im Auftrag; für die Löschung wende dich direkt an den Anbieter."], ["support"]),
    ("fr", ["Suppression des données", "Nous ne sommes que sous-traitant : pour la suppression, adressez votre demande à l'entreprise."], ["support"]),
    ("es", ["Eliminación de datos", "Solo tratamos los datos por encargo; para la eliminación, contacta directamente con la empresa."], ["support"]),
    ("it", ["Cancellazione dei dati", "Per la cancellazione dei dati conservati dallo store, puoi contattarli direttamente."], ["support"]),
    ("pt", ["Exclusão de dados", "Somos apenas operadores; para a exclusão dos dados, entre em contato diretamente com a empresa."], ["support"]),
    ("ru", ["Удаление данных", "Для удаления данных, хранящихся в магазине приложений, свяжитесь с ними напрямую."], ["support"]),
    ("uk", ["Видалення даних", "Для видалення даних, що зберігаються в магазині застосунків, зв'яжіться з ними напряму."], ["support"]),
    ("cs", ["Smazání údajů", "Pro smazání údajů uložených v obchodě s aplikacemi je kontaktujte přímo."], ["support"]),
    ("sk", ["Zmazanie údajov", "Pre zmazanie údajov uložených v obchode s aplikáciami kontaktujte priamo ich."], ["support"]),
    ("sv", ["Radering av data", "För radering av data som appbutiken lagrar, kontakta dem direkt."], ["support"]),
    ("da", ["Sletning af data", "For sletning af data, som appbutikken gemmer, skal du kontakte dem direkte."], ["support"]),
    ("nb", ["Sletting av data", "For sletting av data som appbutikken lagrer, må du kontakte dem direkte."], ["support"]),
    ("ro", ["Ștergerea datelor", "Pentru ștergerea datelor păstrate de magazinul de aplicații, contactați-i direct."], ["support"]),
    ("id", ["Penghapusan data", "Untuk penghapusan data yang disimpan toko aplikasi, hubungi mereka secara langsung."], ["support"]),
    ("vi", ["Xóa dữ liệu", "Để xóa dữ liệu do cửa hàng ứng dụng lưu trữ, hãy liên hệ trực tiếp với họ."], ["support"]),
    ("ko", ["데이터 삭제", "앱 스토어에 저장된 데이터의 삭제는 해당 스토어에 직접 문의하세요."], ["support"]),
    ("zh-Hans", ["数据删除", "如需删除应用商店保存的数据，请直接联系对方。"], ["support"]),
    ("zh-Hant", ["資料刪除", "如需刪除應用程式商店保存的資料，請直接聯絡對方。"], ["support"]),
    ("hr", ["Brisanje podataka", "Za brisanje podataka koje čuva trgovina aplikacija obratite se izravno njima."], ["support"]),
    ("sl", ["Izbris podatkov", "Za izbris podatkov, ki jih hrani trgovina z aplikacijami, se obrnite neposredno nanje."], ["support"]),
    ("bg", ["Изтриване на данни", "За изтриване на данните, които пази магазинът за приложения, се свържете директно с тях."], ["support"]),
    ("lt", ["Duomenų ištrynimas", "Dėl duomenų ištrynimo iš programėlių parduotuvės kreipkitės tiesiogiai į juos."], ["support"]),
    ("lv", ["Datu dzēšana", "Lai dzēstu datus, ko glabā lietotņu veikals, sazinieties tieši ar viņiem."], ["support"]),
    ("et", ["Andmete kustutamine", "Rakendusepoes hoitavate andmete kustutamiseks võtke ühendust otse nendega."], ["support"]),
    ("el", ["Διαγραφή δεδομένων", "Για τη διαγραφή των δεδομένων που τηρεί το κατάστημα εφαρμογών, επικοινωνήστε απευθείας μαζί τους."], ["support"]),
    ("ar", ["حذف البيانات", "لحذف البيانات التي يحتفظ بها متجر التطبيقات، تواصل معهم مباشرة."], ["support"]),
    ("he", ["מחיקת נתונים", "למחיקת הנתונים שחנות האפליקציות שומרת, פנו ישירות אליהם."], ["support"]),
    ("th", ["ลบข้อมูล", "หากต้องการลบข้อมูลที่ร้านค้าแอปเก็บไว้ โปรดติดต่อผู้ให้บริการโดยตรง"], ["support"]),
]

SUBJECT = [
    ("en", ["Delete your account", "If you have trouble deleting your account, e-mail us at help@example.com with the subject \"Deletion request\"."], ["email"]),
    ("de", ["Konto löschen", "Wenn Sie Probleme haben, Ihr Konto zu löschen, schreiben Sie an hilfe@beispiel.de mit dem Betreff „Löschanfrage“."], ["email"]),
    ("fr", ["Supprimer le compte", "Si vous rencontrez des difficultés pour supprimer votre compte, écrivez à aide@exemple.fr avec l'objet « Demande de suppression »."], ["email"]),
    ("es", ["Eliminar cuenta", "Si tienes problemas para eliminar tu cuenta, escribe a ayuda@ejemplo.es con el asunto «Solicitud de eliminación»."], ["email"]),
    ("it", ["Eliminare l'account", "Se hai difficoltà a eliminare l'account, scrivi a aiuto@esempio.it con l'oggetto «Richiesta di cancellazione»."], ["email"]),
    ("pl", ["Usuwanie konta", "Jeśli masz problemy z usunięciem konta, napisz na pomoc@przyklad.pl z tematem „Prośba o usunięcie konta”."], ["email"]),
    ("uk", ["Видалення акаунта", "Якщо у вас виникли труднощі з видаленням, напишіть на help@example.com з темою «Запит на видалення»."], ["email"]),
    ("cs", ["Smazání účtu", "Pokud máte problém se smazáním účtu, napište na help@example.com s předmětem „Žádost o smazání“."], ["email"]),
    ("sk", ["Zmazanie účtu", "Ak máte problém so zmazaním účtu, napíšte na help@example.com s predmetom „Žiadosť o zmazanie“."], ["email"]),
    ("hr", ["Brisanje računa", "Ako imate problema s brisanjem računa, pišite na help@example.com s predmetom „Zahtjev za brisanje“."], ["email"]),
    ("sl", ["Izbris računa", "Če imate težave z izbrisom računa, pišite na help@example.com z zadevo »Zahteva za izbris«."], ["email"]),
    ("bg", ["Изтриване на акаунта", "Ако имате проблеми с изтриването, пишете на help@example.com с тема „Заявка за изтриване“."], ["email"]),
    ("sv", ["Radera konto", "Om du har problem med att radera kontot, mejla help@example.com med ämnet ”Begäran om radering”."], ["email"]),
    ("da", ["Slet konto", "Hvis du har problemer med at slette kontoen, så skriv til help@example.com med emnet »Anmodning om sletning«."], ["email"]),
    ("nb", ["Slett konto", "Hvis du har problemer med å slette kontoen, skriv til help@example.com med emnet «Forespørsel om sletting»."], ["email"]),
    ("fi", ["Tilin poistaminen", "Jos sinulla on ongelmia tilin poistamisessa, kirjoita osoitteeseen help@example.com aiheella ”Poistopyyntö”."], ["email"]),
    ("ro", ["Ștergerea contului", "Dacă ai probleme cu ștergerea contului, scrie-ne la help@example.com cu subiectul „Cerere de ștergere”."], ["email"]),
    ("id", ["Hapus akun", "Jika Anda mengalami kendala menghapus akun, kirim email ke help@example.com dengan subjek \"Permintaan penghapusan\"."], ["email"]),
    ("el", ["Διαγραφή λογαριασμού", "Αν έχετε προβλήματα με τη διαγραφή, στείλτε email στο help@example.com με θέμα «Αίτημα διαγραφής»."], ["email"]),
    ("ar", ["حذف الحساب", "إذا واجهت مشكلة في حذف حسابك، راسلنا على help@example.com بعنوان «طلب حذف الحساب»."], ["email"]),
    ("he", ["מחיקת חשבון", "אם יש לך בעיה במחיקת החשבון, כתבו אל help@example.com עם הנושא \"בקשת מחיקה\"."], ["email"]),
    ("ko", ["계정 삭제", "계정 삭제에 문제가 있으면 help@example.com으로 제목에 \"계정 삭제 요청\"이라고 적어 이메일을 보내 주세요."], ["email"]),
]
SUBJECT_NEAR = [
    ("en", ["Delete your account", "Go to Settings and tap Delete account.", "If you have any questions, e-mail us at help@example.com with the subject \"Question\"."], None),
    ("de", ["Konto löschen", "Öffne die Einstellungen und tippe auf Konto löschen.", "Bei Fragen schreiben Sie an hilfe@beispiel.de mit dem Betreff „Frage“."], None),
    ("fr", ["Supprimer le compte", "Ouvrez les Réglages et appuyez sur Supprimer le compte.", "Pour toute question, écrivez à aide@exemple.fr avec l'objet « Question »."], None),
]

NOT_NEEDED = [
    ("en", ["Delete your account", "You can delete your account yourself in Settings; no separate e-mail to help@example.com is needed."], None),
    ("en", ["Delete your account", "Delete your account in the app without needing to send us an e-mail."], None),
    ("de", ["Konto löschen", "Du kannst dein Konto in der App selbst löschen, eine E-Mail an hilfe@beispiel.de ist nicht nötig."], None),
    ("de", ["Konto löschen", "Lösche dein Konto in den Einstellungen, kein separates Formular nötig."], None),
    ("fr", ["Supprimer le compte", "Vous pouvez supprimer votre compte dans l'application, sans avoir besoin de nous envoyer un e-mail."], None),
    ("es", ["Eliminar cuenta", "Puedes eliminar tu cuenta desde la app, sin necesidad de enviarnos un correo electrónico."], None),
    ("pt", ["Excluir conta", "Você pode excluir sua conta no aplicativo, sem precisar enviar um e-mail para nós."], None),
    ("it", ["Eliminare l'account", "Puoi eliminare l'account dalle impostazioni, senza bisogno di contattare l'assistenza."], None),
    ("nl", ["Account verwijderen", "Je kunt je account zelf verwijderen in de app; een apart formulier of een mail naar hulp@voorbeeld.nl is niet nodig."], None),
    ("nl", ["Account verwijderen", "Verwijder je account in de app, zonder dat je hoeft te mailen naar hulp@voorbeeld.nl."], None),
    ("pl", ["Usuwanie konta", "Konto usuniesz samodzielnie w aplikacji, bez potrzeby wysyłania wiadomości na adres pomoc@przyklad.pl."], None),
    ("ru", ["Удаление аккаунта", "Удалить аккаунт можно прямо в приложении, без необходимости отправить письмо на help@example.com."], None),
    ("uk", ["Видалення акаунта", "Видалити акаунт можна прямо в застосунку, без потреби надіслати лист на help@example.com."], None),
    ("cs", ["Smazání účtu", "Účet smažete přímo v aplikaci, bez nutnosti posílat e-mail na help@example.com."], None),
    ("sk", ["Zmazanie účtu", "Účet zmažete priamo v aplikácii, netreba posielať e-mail na help@example.com."], None),
    ("hr", ["Brisanje računa", "Račun možete izbrisati izravno u aplikaciji, nema potrebe slati e-mail na help@example.com."], None),
    ("sl", ["Izbris računa", "Račun lahko izbrišete kar v aplikaciji, ne potrebujete poslati e-pošte na help@example.com."], None),
    ("bg", ["Изтриване на акаунта", "Можете да изтриете акаунта си в приложението, не трябва да ни пишете на help@example.com."], None),
    ("lt", ["Paskyros ištrynimas", "Paskyrą galite ištrinti programėlėje, nereikia siųsti mums e-laiško."], None),
    ("lv", ["Konta dzēšana", "Kontu varat dzēst lietotnē, nav nepieciešams sūtīt mums e-pastu."], None),
    ("et", ["Konto kustutamine", "Konto saate kustutada rakenduses, eraldi e-kirja aadressile help@example.com pole vaja."], None),
    ("sv", ["Radera konto", "Du kan radera ditt konto direkt i appen, du behöver inte skicka något mejl till oss."], None),
    ("da", ["Slet konto", "Du kan slette din konto direkte i appen, du behøver ikke sende os en e-mail."], None),
    ("nb", ["Slett konto", "Du kan slette kontoen din direkte i appen, uten å måtte sende en e-post til help@example.com."], None),
    ("fi", ["Tilin poistaminen", "Voit poistaa tilisi suoraan sovelluksessa ilman erillistä sähköpostia osoitteeseen help@example.com."], None),
    ("hu", ["Fiók törlése", "A fiókodat közvetlenül az alkalmazásban törölheted, nincs szükség e-mailre a help@example.com címre."], None),
    ("ro", ["Ștergerea contului", "Poți șterge contul direct din aplicație, nu este nevoie să trimiți un e-mail la help@example.com."], None),
    ("tr", ["Hesap silme", "Hesabını doğrudan uygulamadan silebilirsin, help@example.com adresine ayrıca e-posta gerekmez."], None),
    ("id", ["Hapus akun", "Anda dapat menghapus akun langsung di aplikasi, tidak perlu mengirim email ke help@example.com."], None),
    ("vi", ["Xóa tài khoản", "Bạn có thể xóa tài khoản ngay trong ứng dụng, không cần gửi email đến help@example.com."], None),
    ("el", ["Διαγραφή λογαριασμού", "Μπορείτε να διαγράψετε τον λογαριασμό σας στην εφαρμογή, δεν χρειάζεται να στείλετε email στο help@example.com."], None),
    ("ar", ["حذف الحساب", "يمكنك حذف حسابك مباشرة من التطبيق، ليس من الضروري إرسال بريد إلكتروني إلى help@example.com."], None),
    ("he", ["מחיקת חשבון", "אפשר למחוק את החשבון ישירות באפליקציה, אין צורך לשלוח מייל אל help@example.com."], None),
    ("hi", ["खाता हटाएं", "आप ऐप में ही अपना खाता हटा सकते हैं, help@example.com पर ईमेल भेजने की कोई जरूरत नहीं है।"], None),
    ("th", ["ลบบัญชี", "คุณลบบัญชีได้ในแอปโดยตรง ไม่ต้องส่งอีเมลถึงเรา"], None),
    ("ja", ["アカウント削除", "アプリ内でアカウントを削除できるため、help@example.com までのメールは不要です。"], None),
    ("ko", ["계정 삭제", "앱에서 바로 계정을 삭제할 수 있으므로 help@example.com으로 이메일을 보낼 필요 없습니다."], None),
    ("zh-Hans", ["删除账号", "您可以直接在应用内删除账号，无需发送邮件至help@example.com。"], None),
    ("zh-Hant", ["刪除帳號", "您可以直接在應用程式內刪除帳號，無需發送郵件至help@example.com。"], None),
]

CONFIRMATION = [
    ("en", ["Delete your account", "Tap Delete account in Settings.", "If you need a written confirmation of the deletion, e-mail us at help@example.com."], None),
    ("de", ["Konto löschen", "Tippe in den Einstellungen auf Konto löschen.", "Wenn du eine schriftliche Bestätigung der Löschung benötigst, schreib uns an hilfe@beispiel.de."], None),
    ("fr", ["Supprimer le compte", "Appuyez sur Supprimer le compte dans les Réglages.", "Si vous souhaitez une attestation écrite de la suppression, écrivez-nous à aide@exemple.fr."], None),
    ("es", ["Eliminar cuenta", "Toca Eliminar cuenta en Ajustes.", "Si necesitas un certificado de la eliminación, escríbenos a ayuda@ejemplo.es."], None),
    ("pt", ["Excluir conta", "Toque em Excluir conta nas Configurações.", "Se precisar de um comprovante da exclusão, envie um e-mail para ajuda@exemplo.com.br."], None),
    ("it", ["Eliminare l'account", "Tocca Elimina account nelle Impostazioni.", "Se hai bisogno di una conferma scritta dell'eliminazione, scrivici a aiuto@esempio.it."], None),
    ("nl", ["Account verwijderen", "Tik op Account verwijderen in Instellingen.", "Wil je een schriftelijke bevestiging van de verwijdering, mail dan naar hulp@voorbeeld.nl."], None),
    ("pl", ["Usuwanie konta", "Kliknij Usuń konto w Ustawieniach.", "Jeśli potrzebujesz pisemnego potwierdzenia usunięcia, napisz na adres pomoc@przyklad.pl."], None),
    ("ru", ["Удаление аккаунта", "Нажмите «Удалить аккаунт» в настройках.", "Если вам нужна справка об удалении, напишите на help@example.com."], None),
    ("uk", ["Видалення акаунта", "Натисніть «Видалити акаунт» у налаштуваннях.", "Якщо вам потрібне письмове підтвердження видалення, напишіть на help@example.com."], None),
    ("cs", ["Smazání účtu", "Klepněte na Smazat účet v Nastavení.", "Pokud potřebujete písemné potvrzení o smazání, napište na help@example.com."], None),
    ("sk", ["Zmazanie účtu", "Ťuknite na Zmazať účet v Nastaveniach.", "Ak potrebujete písomné potvrdenie o zmazaní, napíšte na help@example.com."], None),
    ("hr", ["Brisanje računa", "Dodirnite Izbriši račun u Postavkama.", "Ako trebate pisanu potvrdu o brisanju, pošaljite e-mail na help@example.com."], None),
    ("sl", ["Izbris računa", "Tapnite Izbriši račun v Nastavitvah.", "Če potrebujete pisno potrdilo o izbrisu, pišite na help@example.com."], None),
    ("bg", ["Изтриване на акаунта", "Докоснете „Изтриване на акаунта“ в Настройки.", "Ако се нуждаете от писмено потвърждение за изтриването, пишете на help@example.com."], None),
    ("lt", ["Paskyros ištrynimas", "Nustatymuose bakstelėkite Ištrinti paskyrą.", "Jei jums reikia rašytinio ištrynimo patvirtinimo, rašykite adresu help@example.com."], None),
    ("lv", ["Konta dzēšana", "Iestatījumos pieskarieties Dzēst kontu.", "Ja jums nepieciešams rakstisks dzēšanas apstiprinājums, rakstiet uz help@example.com."], None),
    ("et", ["Konto kustutamine", "Puudutage seadetes Kustuta konto.", "Kui vajate kirjalikku kinnitust kustutamise kohta, kirjutage aadressile help@example.com."], None),
    ("sv", ["Radera konto", "Tryck på Radera konto under Inställningar.", "Om du behöver en skriftlig bekräftelse på raderingen, mejla till help@example.com."], None),
    ("da", ["Slet konto", "Tryk på Slet konto under Indstillinger.", "Hvis du har brug for en skriftlig bekræftelse på sletningen, så skriv til help@example.com."], None),
    ("nb", ["Slett konto", "Trykk på Slett konto under Innstillinger.", "Hvis du trenger en skriftlig bekreftelse på slettingen, send en e-post til help@example.com."], None),
    ("fi", ["Tilin poistaminen", "Napauta Asetuksissa Poista tili.", "Jos tarvitset kirjallisen vahvistuksen poistosta, lähetä sähköpostia osoitteeseen help@example.com."], None),
    ("hu", ["Fiók törlése", "A Beállításokban koppints a Fiók törlése gombra.", "Ha írásos igazolásra van szükséged a törlésről, írj a help@example.com címre."], None),
    ("ro", ["Ștergerea contului", "Atinge Șterge contul în Setări.", "Dacă ai nevoie de o confirmare scrisă a ștergerii, scrie-ne la help@example.com."], None),
    ("tr", ["Hesap silme", "Ayarlar'da Hesabı sil'e dokunun.", "Silme işleminin yazılı onayına ihtiyacınız varsa help@example.com adresine yazın."], None),
    ("id", ["Hapus akun", "Ketuk Hapus akun di Pengaturan.", "Jika Anda memerlukan konfirmasi tertulis atas penghapusan, kirim email ke help@example.com."], None),
    ("vi", ["Xóa tài khoản", "Nhấn Xóa tài khoản trong Cài đặt.", "Nếu bạn cần giấy xác nhận đã xóa, hãy gửi email đến help@example.com."], None),
    ("el", ["Διαγραφή λογαριασμού", "Πατήστε Διαγραφή λογαριασμού στις Ρυθμίσεις.", "Αν χρειάζεστε γραπτή επιβεβαίωση της διαγραφής, στείλτε email στο help@example.com."], None),
    ("ar", ["حذف الحساب", "اضغط على حذف الحساب في الإعدادات.", "إذا كنت بحاجة إلى تأكيد كتابي للحذف، راسلنا على help@example.com بعنوان طلب تأكيد الحذف."], None),
    ("he", ["מחיקת חשבון", "הקישו על מחיקת חשבון בהגדרות.", "אם אתם צריכים אישור בכתב על המחיקה, כתבו לנו אל help@example.com."], None),
    ("hi", ["खाता हटाएं", "सेटिंग्स में खाता हटाएं पर टैप करें।", "अगर आपको खाता हटाने की लिखित पुष्टि चाहिए, तो help@example.com पर ईमेल भेजें।"], None),
    ("th", ["ลบบัญชี", "แตะลบบัญชีในการตั้งค่า", "หากต้องการหนังสือยืนยันการลบบัญชี โปรดส่งอีเมลถึง help@example.com"], None),
    ("ja", ["アカウント削除", "設定の「アカウントを削除」をタップしてください。", "削除の証明書が必要な場合は、help@example.com までメールでご連絡ください。"], None),
    ("ko", ["계정 삭제", "설정에서 계정 삭제를 누르세요.", "삭제 확인서가 필요하시면 help@example.com으로 이메일을 보내 주세요."], None),
    ("zh-Hans", ["删除账号", "在设置中点击删除账号。", "如需删除证明，请发送邮件至help@example.com。"], None),
    ("zh-Hant", ["刪除帳號", "在設定中點選刪除帳號。", "如需刪除證明，請發送郵件至help@example.com。"], None),
]

PROVIDER_REPLY = [
    ("en", ["Delete your account", "Tap Delete account; we confirm the deletion by e-mail within a day."], None),
    ("en", ["Delete your account", "After the deletion you get a confirmation by e-mail."], None),
    ("de", ["Konto löschen", "Tippe auf Konto löschen; die Löschung bestätigen wir dir per E-Mail."], None),
    ("es", ["Eliminar cuenta", "Toca Eliminar cuenta; confirmaremos la eliminación por correo electrónico."], None),
    ("pt", ["Excluir conta", "Toque em Excluir conta; confirmaremos a exclusão por e-mail."], None),
    ("it", ["Eliminare l'account", "Tocca Elimina account; confermeremo l'eliminazione via e-mail."], None),
    ("nl", ["Account verwijderen", "Na de verwijdering reageren we binnen een dag op je bericht per e-mail."], None),
    ("nl", ["Account verwijderen", "Je account wordt binnen 30 dagen verwijderd; je krijgt een bevestiging per e-mail."], None),
    ("pl", ["Usuwanie konta", "Kliknij Usuń konto; usunięcie potwierdzimy e-mailem."], None),
    ("ru", ["Удаление аккаунта", "Нажмите «Удалить аккаунт»; мы подтвердим удаление по электронной почте."], None),
    ("uk", ["Видалення акаунта", "Натисніть «Видалити акаунт»; ми підтвердимо видалення електронною поштою."], None),
    ("cs", ["Smazání účtu", "Klepněte na Smazat účet; smazání vám potvrdíme e-mailem."], None),
    ("sk", ["Zmazanie účtu", "Ťuknite na Zmazať účet; zmazanie vám potvrdíme e-mailom."], None),
    ("hr", ["Brisanje računa", "Dodirnite Izbriši račun; brisanje ćemo vam potvrditi e-poštom."], None),
    ("sl", ["Izbris računa", "Tapnite Izbriši račun; izbris vam bomo potrdili po e-pošti."], None),
    ("bg", ["Изтриване на акаунта", "Докоснете „Изтриване на акаунта“; ще ви потвърдим изтриването по имейл."], None),
    ("lt", ["Paskyros ištrynimas", "Bakstelėkite Ištrinti paskyrą; ištrynimą patvirtinsime e-paštu."], None),
    ("lv", ["Konta dzēšana", "Pieskarieties Dzēst kontu; dzēšanu apstiprināsim pa e-pastu."], None),
    ("et", ["Konto kustutamine", "Puudutage Kustuta konto; kustutamise kinnitame e-posti teel."], None),
    ("sv", ["Radera konto", "Tryck på Radera konto; vi bekräftar raderingen via e-post."], None),
    ("nb", ["Slett konto", "Trykk på Slett konto; vi bekrefter slettingen per e-post."], None),
    ("fi", ["Tilin poistaminen", "Napauta Poista tili; vahvistamme poiston sähköpostitse."], None),
    ("hu", ["Fiók törlése", "Koppints a Fiók törlése gombra; a törlést e-mailben visszaigazoljuk."], None),
    ("ro", ["Ștergerea contului", "Atinge Șterge contul; vom confirma ștergerea prin e-mail."], None),
    ("id", ["Hapus akun", "Ketuk Hapus akun; kami akan mengonfirmasi penghapusan melalui email."], None),
    ("vi", ["Xóa tài khoản", "Nhấn Xóa tài khoản; chúng tôi sẽ xác nhận việc xóa qua email."], None),
    ("el", ["Διαγραφή λογαριασμού", "Πατήστε Διαγραφή λογαριασμού· θα επιβεβαιώσουμε τη διαγραφή μέσω email."], None),
    ("ar", ["حذف الحساب", "اضغط على حذف الحساب، وسنؤكد الحذف عبر البريد الإلكتروني."], None),
    ("he", ["מחיקת חשבון", "הקישו על מחיקת חשבון; נאשר את המחיקה במייל."], None),
    ("hi", ["खाता हटाएं", "खाता हटाएं पर टैप करें; हम ईमेल द्वारा हटाने की पुष्टि करेंगे।"], None),
    ("th", ["ลบบัญชี", "แตะลบบัญชี เราจะยืนยันการลบทางอีเมล"], None),
    ("ja", ["アカウント削除", "削除が完了すると、メールで確認のお知らせをお送りします。"], None),
    ("zh-Hans", ["删除账号", "删除完成后，我们会通过电子邮件通知您。"], None),
    ("zh-Hant", ["刪除帳號", "刪除完成後，我們會透過電子郵件通知您。"], None),
]

NEAR = [
    ("en", ["Delete your account", "Go to Settings and tap Delete account.", "Questions? E-mail help@example.com.", "We will send you a confirmation e-mail."], None),
    ("de", ["Konto löschen", "Öffne die Einstellungen und tippe auf Konto löschen.", "Fragen? Schreib an hilfe@beispiel.de.", "Du erhältst danach eine Bestätigung per E-Mail."], None),
    ("fr", ["Supprimer le compte", "Ouvrez les Réglages et appuyez sur Supprimer le compte.", "Des questions ? Écrivez à aide@exemple.fr.", "Vous recevrez ensuite un e-mail de confirmation."], None),
    ("es", ["Eliminar cuenta", "Abre Ajustes y toca Eliminar cuenta.", "¿Dudas? Escribe a ayuda@ejemplo.es.", "Recibirás un correo de confirmación."], None),
    ("pt", ["Excluir conta", "Abra as Configurações e toque em Excluir conta.", "Dúvidas? Escreva para ajuda@exemplo.com.br.", "Você receberá um e-mail de confirmação."], None),
    ("it", ["Eliminare l'account", "Apri le Impostazioni e tocca Elimina account.", "Domande? Scrivi a aiuto@esempio.it.", "Riceverai un'e-mail di conferma."], None),
    ("nl", ["Account verwijderen", "Open Instellingen en tik op Account verwijderen.", "Vragen? Mail naar hulp@voorbeeld.nl.", "Je ontvangt daarna een bevestiging per e-mail."], None),
    ("pl", ["Usuwanie konta", "Otwórz Ustawienia i kliknij Usuń konto.", "Pytania? Napisz na pomoc@przyklad.pl.", "Otrzymasz e-mail z potwierdzeniem."], None),
    ("ru", ["Удаление аккаунта", "Откройте настройки и нажмите «Удалить аккаунт».", "Остались вопросы? Напишите на help@example.com.", "Мы пришлём вам подтверждение по электронной почте."], None),
    ("uk", ["Видалення акаунта", "Відкрийте налаштування й натисніть «Видалити акаунт».", "Є питання щодо застосунку? Напишіть на help@example.com.", "Ми надішлемо вам підтвердження електронною поштою."], None),
    ("cs", ["Smazání účtu", "Otevřete Nastavení a klepněte na Smazat účet.", "Máte dotazy k aplikaci? Napište na help@example.com.", "Potvrzení vám pošleme e-mailem."], None),
    ("sk", ["Zmazanie účtu", "Otvorte Nastavenia a ťuknite na Zmazať účet.", "Máte otázky? Napíšte na help@example.com.", "Potvrdenie vám pošleme e-mailom."], None),
    ("hr", ["Brisanje računa", "Otvorite Postavke i dodirnite Izbriši račun.", "Imate pitanja? Pišite na help@example.com.", "Potvrdu ćemo vam poslati e-poštom."], None),
    ("sl", ["Izbris računa", "Odprite Nastavitve in tapnite Izbriši račun.", "Imate vprašanja? Pišite na help@example.com.", "Potrdilo vam bomo poslali po e-pošti."], None),
    ("bg", ["Изтриване на акаунта", "Отворете Настройки и докоснете „Изтриване на акаунта“.", "Въпроси? Пишете на help@example.com.", "Ще ви изпратим потвърждение по имейл."], None),
    ("lt", ["Paskyros ištrynimas", "Atidarykite Nustatymus ir bakstelėkite Ištrinti paskyrą.", "Klausimai? Rašykite adresu help@example.com.", "Gausite patvirtinimą e-paštu."], None),
    ("lv", ["Konta dzēšana", "Atveriet Iestatījumus un pieskarieties Dzēst kontu.", "Jautājumi? Rakstiet uz help@example.com.", "Jūs saņemsiet apstiprinājumu pa e-pastu."], None),
    ("et", ["Konto kustutamine", "Avage Seaded ja puudutage Kustuta konto.", "Küsimusi? Kirjutage aadressile help@example.com.", "Saate kinnituse e-posti teel."], None),
    ("sv", ["Radera konto", "Öppna Inställningar och tryck på Radera konto.", "Frågor? Mejla help@example.com.", "Du får en bekräftelse via e-post."], None),
    ("da", ["Slet konto", "Åbn Indstillinger, og tryk på Slet konto.", "Spørgsmål? Skriv til help@example.com.", "Du modtager en bekræftelse pr. e-mail."], None),
    ("nb", ["Slett konto", "Åpne Innstillinger og trykk på Slett konto.", "Spørsmål? Skriv til help@example.com.", "Du får en bekreftelse per e-post."], None),
    ("fi", ["Tilin poistaminen", "Avaa Asetukset ja napauta Poista tili.", "Kysyttävää? Kirjoita osoitteeseen help@example.com.", "Saat vahvistuksen sähköpostitse."], None),
    ("hu", ["Fiók törlése", "Nyisd meg a Beállításokat, és koppints a Fiók törlése gombra.", "Kérdésed van? Írj a help@example.com címre.", "A visszaigazolást e-mailben küldjük."], None),
    ("ro", ["Ștergerea contului", "Deschide Setările și atinge Șterge contul.", "Întrebări? Scrie-ne la help@example.com.", "Vei primi o confirmare prin e-mail."], None),
    ("tr", ["Hesap silme", "Ayarlar'ı açın ve Hesabı sil'e dokunun.", "Sorularınız için help@example.com adresine yazın.", "Onay e-postası alacaksınız."], None),
    ("id", ["Hapus akun", "Buka Pengaturan lalu ketuk Hapus akun.", "Ada pertanyaan? Kirim email ke help@example.com.", "Anda akan menerima konfirmasi melalui email."], None),
    ("vi", ["Xóa tài khoản", "Mở Cài đặt và nhấn Xóa tài khoản.", "Có thắc mắc? Gửi email đến help@example.com.", "Bạn sẽ nhận được email xác nhận."], None),
    ("el", ["Διαγραφή λογαριασμού", "Ανοίξτε τις Ρυθμίσεις και πατήστε Διαγραφή λογαριασμού.", "Ερωτήσεις; Στείλτε email στο help@example.com.", "Θα λάβετε επιβεβαίωση μέσω email."], None),
    ("ar", ["حذف الحساب", "افتح الإعدادات واضغط على حذف الحساب.", "لأي استفسارات راسلنا على help@example.com.", "ستتلقى تأكيدًا عبر البريد الإلكتروني."], None),
    ("he", ["מחיקת חשבון", "פתחו את ההגדרות והקישו על מחיקת חשבון.", "לשאלות כתבו אל help@example.com.", "תקבלו אישור במייל."], None),
    ("hi", ["खाता हटाएं", "सेटिंग्स खोलें और खाता हटाएं पर टैप करें।", "प्रश्नों के लिए help@example.com पर ईमेल भेजें।", "हम ईमेल द्वारा पुष्टि भेजेंगे।"], None),
    ("th", ["ลบบัญชี", "เปิดการตั้งค่าแล้วแตะลบบัญชี", "หากมีคําถาม ส่งอีเมลถึง help@example.com", "คุณจะได้รับการยืนยันทางอีเมล"], None),
    ("ja", ["アカウント削除", "設定を開き、「アカウントを削除」をタップしてください。", "ご質問は help@example.com までメールでどうぞ。", "確認メールをお送りします。"], None),
    ("ko", ["계정 삭제", "설정을 열고 계정 삭제를 누르세요.", "문의 사항이 있으면 help@example.com으로 이메일을 보내 주세요.", "확인 이메일을 보내 드립니다."], None),
    ("zh-Hans", ["删除账号", "打开设置，点击删除账号。", "如有疑问，请发送邮件至help@example.com。", "您将收到确认邮件。"], None),
    ("zh-Hant", ["刪除帳號", "開啟設定，點選刪除帳號。", "如有疑問，請發送郵件至help@example.com。", "您將收到確認郵件。"], None),
]
GUARDS = [
    ("en", ["Delete your account", "To delete your account, e-mail us at help@example.com; we confirm the deletion by e-mail."], ["email"]),
    ("en", ["Delete your account", "To delete your account, e-mail us at help@example.com and we will send you a written confirmation of the deletion."], ["email"]),
    ("de", ["Konto löschen", "Um dein Konto zu löschen, schreib an hilfe@beispiel.de; die Löschung bestätigen wir dir per E-Mail."], ["email"]),
    ("en", ["Delete your account", "You cannot delete your account in the app without e-mailing help@example.com."], ["email"]),
    ("en", ["Delete your account", "Go to Settings and tap Delete account.", "If you have problems deleting your account, e-mail us at help@example.com."], None),
    ("de", ["Konto löschen", "Öffne die Einstellungen und tippe auf Konto löschen.", "Wenn Sie Probleme haben, Ihr Konto zu löschen, schreiben Sie an hilfe@beispiel.de."], None),
    ("fr", ["Supprimer le compte", "Ouvrez les Réglages et appuyez sur Supprimer le compte.", "Si vous rencontrez des difficultés pour supprimer votre compte, écrivez à aide@exemple.fr."], None),
]


@pytest.mark.parametrize("lang,items,channels", cases(
    ("help", HELP_REQUEST), ("subject", SUBJECT), ("subjectnear", SUBJECT_NEAR),
    ("labelled", LABELLED), ("steps", STEPS), ("stepsnear", STEPS_NEAR), ("also", ALSO),
    ("mailverb", MAIL_VERB), ("thirdparty", THIRD_PARTY), ("notneeded", NOT_NEEDED),
    ("confirmation", CONFIRMATION), ("reply", PROVIDER_REPLY), ("near", NEAR),
    ("guards", GUARDS)))
def test_offline_forms15(lang, items, channels):
    assert ways(lang, items) == expected(channels)

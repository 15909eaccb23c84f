"""Confirmshaming forms of a decline control's own label (session 18, helper cs18fix), each a
`patterns` item appended at the end of its language's list in
detectors/lexicons/confirmshaming.yaml, in all 36 lexicon languages:

(1) `remain`: the first person wanting, choosing or preferring to STAY in a BAD state as the
    exit ("I'd rather remain clueless", "Ich bleibe lieber ahnungslos", 我宁愿继续穷下去, 無知のままでいい,
    "Pigem jään rumaks"): a stance + the language's verb of staying + poor, ignorant, stupid,
    uninformed, unprotected, weak, unfit, broke, average, behind. Staying in a neutral state
    ("I want to stay logged in", "I'll remain a member", "Remain anonymous", "Stay on this page"),
    a third person, a negated stance ("I don't want to stay poor") and a question are not;
(2) `stopgood`: refusing to STAY in a GOOD state, with each language's idiom of being in the
    loop / up to date, safe, healthy, fit ("I don't want to stay up to date", "Ich will nicht auf
    dem Laufenden bleiben", "Не хочу быть в курсе"); "I don't want to stay logged in / on this
    page" and a plain decline of messages ("I don't want e-mails / news") are not;
(3) `harmok`: the first person NOT MINDING a harm to their own people or goods ("I don't mind
    risking our savings", "Ça ne me dérange pas de mettre ma famille en danger", 家族を危険にさらしても
    構わない); "I don't mind" alone, "I don't mind waiting", "Don't mind me" and a third person are
    not (one's own DATA lost stays the plain consequence it was: the `unless` of every language);
(4) `nointerest`: disinterest in a GAIN or PROTECTION as the exit ("Saving money doesn't interest
    me", "Protecting my accounts doesn't interest me", 절약에는 관심 없어요); the bare "Not
    interested" and "not interested in this offer / the newsletter / e-mails" are not;
(5) `noble`: refusing a NOBLE act ("No, I won't help protect the oceans", "Ich will die Umwelt
    nicht schützen", 地球を救いたくない); not saving a document ("I don't want to save this file /
    my changes / the draft", "Don't save") and the call "Save the planet" are not;
(6) `worseself`: an option that calls ITSELF the worse choice in a concessive clause and goes on
    with it ("Much less convenient, but keep using the website", 불편하지만 그냥 웹에서 계속하기,
    不便だけどウェブで続ける); a neutral "Continue on the web", "Use the lite version", "Limited offer"
    and a statement that is not the option's own label ("The web version is slower") are not;
(7) `paymore`: paying MORE or buying at the FULL / regular / a high price as the option's own
    act, with or without a first person ("Order it at the regular price", "Zum vollen Preis
    kaufen", 비싸게 구매하기, "Chtěl bych zaplatit plnou cenu", "Rad bi plačal polno ceno": the
    conditional "I'd like to" is read by the pattern itself); "Pay now", "Buy now", a price label
    ("Full price: 9 €"), paying in full, buying the full version, paying later and a negated
    payment ("Je ne paie plus", "Többet nem fizetek") are not;
(8) `danger`: the first person LOVING danger or risk as the exit ("I enjoy living on the edge",
    "Ich lebe halt gerne gefährlich", "Обожнюю ризик"); a heading ("Danger zone"), an
    acknowledgement ("I understand the risks"), "Risk level: high", a third person and a negated
    liking are not.

Near misses the older grammar itself read, and which the forms above must leave quiet, were
narrowed in their `unless` lists: en not saving a document (its goods hold "save"), de "kein
Interesse an diesem Angebot", es "no me interesa esta oferta" (an offer named, no gain), sv
"spara filen" (spara is saving money and saving a file). Not saving a document is written in
every language's `unless` (the save verb with a file, changes, a draft, a document), with hi a
bare "मुझे दिलचस्पी नहीं" and ro "nu vreau să rămân": with the valence tables of another branch
merged (main ee582b4) those tables read the save verb as a gain in 14 languages, "दिलचस्पी" in
hi, and "rămân … sărac" in ro; this file passes on that merge too.

Every sentence is written here in our own words from the general vocabulary and grammar of each
language; none is taken from benchmarks/data/. On main 77e4b31 (its yaml swapped in) the grammar
found 50 of the 288 positives below (remain 10, stopgood 1, harmok 8, nointerest 16, noble 3,
worseself 0, paymore 0, danger 12: those OLDER lists, read by [prefer, bads], [neg_want, goods],
`care` or `riskit`), no language had all eight, so every per-language test fails there; and it
read 6 of the 696 near misses (the four narrowed above). Their questions are kept quiet only for
the positives the new patterns read (the older combinations do not look for a question mark).
With main's yaml swapped in, the 36 per-language tests of the first kind fail; the 36 question
tests and the 23 negation tests pass there too (the older grammar read none of those).
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors import lexicon

FORMS = ("remain", "stopgood", "harmok", "nointerest", "noble", "worseself", "paymore", "danger")

# per language, one label per form, in the order of FORMS
POSITIVES = {
    'en': ["Nah, I'd rather remain clueless", "I don't want to stay up to date", "I don't mind risking our savings", "Protecting my accounts doesn't interest me", "No, I won't help protect the oceans", 'Much less convenient, but keep using the website', 'Order it at the regular price', 'I enjoy living on the edge'],
    'zh-Hans': ['我宁愿继续穷下去', '我不想跟上最新资讯', '我不介意让家人陷入危险', '我对省钱不感兴趣', '我不想拯救地球', '虽然慢一点，但还是继续用网页版', '原价购买', '我就喜欢活得危险'],
    'zh-Hant': ['我寧願一直無知', '不想保持健康', '我不介意失去我的積蓄', '我對賺錢沒興趣', '我不想保護環境', '雖然不太方便，但還是繼續使用', '我要用原價購買', '我喜歡刺激'],
    'de': ['Ich bleibe lieber ahnungslos', 'Ich will nicht auf dem Laufenden bleiben', 'Es macht mir nichts aus, meine Familie in Gefahr zu bringen', 'Geld sparen interessiert mich nicht', 'Ich will die Umwelt nicht schützen', 'Weniger bequem, aber im Browser weitermachen', 'Zum vollen Preis kaufen', 'Ich lebe halt gerne gefährlich'],
    'fr': ['Non, je préfère rester ignorant', 'Je ne veux pas rester au courant', 'Ça ne me dérange pas de mettre ma famille en danger', "Économiser ne m'intéresse pas", 'Je ne veux pas sauver la planète', 'Moins pratique, mais continuer sur le site', 'Acheter au prix fort', "J'adore le risque"],
    'es': ['No, prefiero seguir siendo pobre', 'No quiero estar al día', 'No me importa poner en riesgo a mi familia', 'Ahorrar dinero no me interesa', 'No quiero salvar el planeta', 'Más lento, pero seguir en la web', 'Comprarlo a precio completo', 'Me encanta vivir al límite'],
    'pt': ['Não, quero continuar pobre', 'Não quero ficar por dentro', 'Não me importo de arriscar minhas economias', 'Economizar não me interessa', 'Não quero salvar o planeta', 'Menos prático, mas continuar no site', 'Comprar pelo preço cheio', 'Adoro viver perigosamente'],
    'it': ['No, preferisco restare ignorante', 'Non voglio restare aggiornato', 'Non mi importa di mettere in pericolo la mia famiglia', 'Risparmiare non mi interessa', 'Non voglio salvare il pianeta', 'Meno comodo, ma continuare sul sito', 'Comprare a prezzo pieno', 'Mi piace vivere pericolosamente'],
    'ru': ['Нет, хочу остаться бедным', 'Не хочу быть в курсе', 'Я не против рисковать своей семьёй', 'Экономия меня не интересует', 'Не хочу спасать планету', 'Менее удобно, но продолжить в браузере', 'Купить по полной цене', 'Люблю риск'],
    'uk': ['Ні, краще залишуся неуком', 'Не хочу бути в курсі', 'Я не проти ризикувати своїми заощадженнями', 'Мене не цікавить економія', 'Не хочу рятувати планету', 'Менш зручно, але продовжити у браузері', 'Купити за повною ціною', 'Обожнюю ризик'],
    'bg': ['Не, искам да остана беден', 'Не искам да бъда в течение', 'Нямам нищо против да изложа семейството си на риск', 'Не ме интересува пестене', 'Не искам да спасявам планетата', 'По-бавно, но продължи в браузъра', 'Купи на пълна цена', 'Обичам риска'],
    'pl': ['Nie, wolę pozostać ignorantem', 'Nie chcę być na bieżąco', 'Nie mam nic przeciwko, żeby narazić moją rodzinę', 'Oszczędzanie mnie nie interesuje', 'Nie chcę ratować planety', 'Mniej wygodne, ale kontynuuj w przeglądarce', 'Kup po pełnej cenie', 'Uwielbiam ryzyko'],
    'cs': ['Radši zůstanu hloupý', 'Nechci být v obraze', 'Nevadí mi přijít o své úspory', 'Šetření mě nezajímá', 'Nechci zachraňovat planetu', 'Méně pohodlné, ale pokračovat v prohlížeči', 'Chtěl bych zaplatit plnou cenu', 'Miluju riziko'],
    'sk': ['Radšej zostanem hlúpy', 'Nechcem byť v obraze', 'Nevadí mi ohroziť svoju rodinu', 'Šetrenie ma nezaujíma', 'Nechcem zachraňovať planétu', 'Menej pohodlné, ale pokračovať v prehliadači', 'Kúpiť za plnú cenu', 'Milujem riziko'],
    'hr': ['Radije ću ostati neuk', 'Ne želim biti u toku', 'Ne smeta mi da izložim svoju obitelj opasnosti', 'Štednja me ne zanima', 'Ne želim spašavati planet', 'Sporije, ali nastavi u pregledniku', 'Htio bih platiti punu cijenu', 'Volim rizik'],
    'sl': ['Raje ostanem neveden', 'Nočem biti na tekočem', 'Ne moti me izpostaviti svojo družino nevarnosti', 'Varčevanje me ne zanima', 'Nočem reševati planeta', 'Počasneje, ampak nadaljuj v brskalniku', 'Rad bi plačal polno ceno', 'Obožujem tveganje'],
    'lt': ['Ne, verčiau liksiu kvailas', 'Nenoriu būti informuotas', 'Man nesvarbu, jei prarasiu savo santaupas', 'Taupymas manęs nedomina', 'Nenoriu gelbėti planetos', 'Lėčiau, bet tęsti naršyklėje', 'Pirkti už pilną kainą', 'Mėgstu riziką'],
    'lv': ['Nē, labāk palikšu dumjš', 'Negribu būt lietas kursā', 'Man nav iebildumu riskēt ar savu ģimeni', 'Taupīšana mani neinteresē', 'Negribu glābt planētu', 'Lēnāk, bet turpināt pārlūkā', 'Pirkt par pilnu cenu', 'Man patīk risks'],
    'et': ['Pigem jään rumaks', 'Ma ei taha olla kursis', 'Ma ei pahanda, kui panen oma pere ohtu', 'Raha säästmine mind ei huvita', 'Ma ei taha planeeti päästa', 'Aeglasem, aga jätka brauseris', 'Osta täishinnaga', 'Mulle meeldib riskida'],
    'tr': ['Hayır, cahil kalmayı tercih ederim', 'Haberdar kalmak istemiyorum', 'Ailemi riske atmak umurumda değil', 'Para biriktirmek ilgimi çekmiyor', 'Gezegeni kurtarmak istemiyorum', 'Daha yavaş olsa da tarayıcıda devam et', 'Tam fiyatla satın al', 'Riski severim'],
    'fi': ['Pysyn mieluummin tietämättömänä', 'En halua pysyä ajan tasalla', 'En välitä, vaikka perheeni joutuu vaaraan', 'Rahan säästäminen ei kiinnosta', 'En halua pelastaa planeettaa', 'Hitaampi, mutta jatka selaimessa', 'Osta täyteen hintaan', 'Rakastan riskejä'],
    'hu': ['Inkább tudatlan maradok', 'Nem akarok naprakész maradni', 'Nem bánom, ha veszélybe sodrom a családomat', 'A spórolás nem érdekel', 'Nem akarom megmenteni a bolygót', 'Lassabb, de folytatás a böngészőben', 'Teljes áron vásárolok', 'Szeretek veszélyesen élni'],
    'ro': ['Nu, prefer să rămân sărac', 'Nu vreau să fiu la curent', 'Nu mă deranjează să îmi pun familia în pericol', 'Economisirea nu mă interesează', 'Nu vreau să salvez planeta', 'Mai lent, dar continuă în browser', 'Cumpără la preț întreg', 'Îmi place riscul'],
    'nl': ['Ik blijf liever onwetend', 'Ik wil niet op de hoogte blijven', 'Het maakt me niet uit dat mijn gezin in gevaar komt', 'Geld besparen interesseert me niet', 'Ik wil de planeet niet redden', 'Trager, maar ga door in de browser', 'Kopen voor de volle prijs', 'Ik leef graag gevaarlijk'],
    'sv': ['Jag förblir hellre okunnig', 'Jag vill inte hålla mig uppdaterad', 'Jag har inget emot att riskera min familj', 'Att spara pengar intresserar mig inte', 'Jag vill inte rädda planeten', 'Långsammare, men fortsätt i webbläsaren', 'Köp till fullpris', 'Jag älskar risker'],
    'da': ['Jeg forbliver hellere uvidende', 'Jeg vil ikke holde mig opdateret', 'Jeg har ikke noget imod at risikere min familie', 'At spare penge interesserer mig ikke', 'Jeg vil ikke redde planeten', 'Langsommere, men fortsæt i browseren', 'Køb til fuld pris', 'Jeg elsker risiko'],
    'nb': ['Jeg forblir heller uvitende', 'Jeg vil ikke holde meg oppdatert', 'Jeg har ikke noe imot å risikere familien min', 'Å spare penger interesserer meg ikke', 'Jeg vil ikke redde planeten', 'Tregere, men fortsett i nettleseren', 'Kjøp til full pris', 'Jeg elsker risiko'],
    'el': ['Όχι, προτιμώ να μείνω αδαής', 'Δεν θέλω να μείνω ενημερωμένος', 'Δεν με πειράζει να βάλω την οικογένειά μου σε κίνδυνο', 'Η εξοικονόμηση δεν με ενδιαφέρει', 'Δεν θέλω να σώσω τον πλανήτη', 'Πιο αργό, αλλά συνέχεια στο πρόγραμμα περιήγησης', 'Αγορά στην πλήρη τιμή', 'Λατρεύω το ρίσκο'],
    'ar': ['لا، أفضل أن أبقى جاهلا', 'لا أريد أن أبقى على اطلاع', 'لا أمانع تعريض عائلتي للخطر', 'توفير المال لا يهمني', 'لا أريد إنقاذ الكوكب', 'أبطأ، لكن تابع في المتصفح', 'اشتر بالسعر الكامل', 'أحب المخاطرة'],
    'he': ['לא, אני מעדיף להישאר בור', 'לא רוצה להישאר מעודכן', 'לא מפריע לי לסכן את המשפחה שלי', 'לחסוך כסף לא מעניין אותי', 'לא רוצה להציל את העולם', 'איטי יותר, אבל להמשיך בדפדפן', 'לקנות במחיר מלא', 'אני אוהב סיכונים'],
    'hi': ['नहीं, मैं गरीब ही रहना चाहता हूँ', 'मुझे अपडेट नहीं रहना', 'अपने परिवार को खतरे में डालने से मुझे कोई फ़र्क नहीं पड़ता', 'मुझे पैसे बचाने में कोई दिलचस्पी नहीं', 'मैं धरती को बचाना नहीं चाहता', 'धीमा है, लेकिन ब्राउज़र में जारी रखें', 'पूरी कीमत पर खरीदें', 'मुझे खतरों से खेलना पसंद है'],
    'id': ['Nggak, aku lebih suka tetap bodoh', 'Saya tidak mau tetap update', 'Saya tidak keberatan mempertaruhkan tabungan saya', 'Saya tidak tertarik untuk menabung', 'Saya tidak mau menyelamatkan bumi', 'Lebih lambat, tapi lanjutkan di browser', 'Beli dengan harga penuh', 'Aku suka mengambil risiko'],
    'vi': ['Không, tôi thà cứ nghèo', 'Tôi không muốn luôn được cập nhật tin tức', 'Tôi không ngại mất khoản tiết kiệm của mình', 'Tôi không hứng thú với việc tiết kiệm', 'Tôi không muốn cứu trái đất', 'Chậm hơn, nhưng tiếp tục trên trình duyệt', 'Mua nguyên giá', 'Tôi thích mạo hiểm'],
    'th': ['ขอจนต่อไป', 'ไม่อยากรู้ทันข่าวสาร', 'ไม่ว่าอะไรถ้าเงินเก็บของฉันจะหมด', 'ไม่สนใจการประหยัด', 'ไม่อยากช่วยโลก', 'ช้ากว่านิดหน่อย แต่ใช้งานต่อบนเว็บ', 'ซื้อในราคาเต็ม', 'ฉันชอบความเสี่ยง'],
    'ja': ['無知のままでいい', '最新の状態でいたくない', '家族を危険にさらしても構わない', '節約には興味がない', '地球を救いたくない', '不便だけどウェブで続ける', '定価で購入する', 'スリルが大好き'],
    'ko': ['그냥 가난하게 살게요', '건강을 유지하고 싶지 않아요', '저축을 날려도 상관없어요', '절약에는 관심 없어요', '지구를 구하고 싶지 않아요', '불편하지만 그냥 웹에서 계속하기', '비싸게 구매하기', '스릴을 즐겨요'],
}

# per language: staying in a neutral state, a third person, "I don't mind" alone or with a
# neutral act, a bare "not interested" or one about an offer or messages, not saving a document,
# a neutral go-on label, a statement that the other version is slower, a price label, paying
# now / in full / later, buying the full version, a heading or an acknowledgement of risk
NEAR_MISSES = {
    'en': ['I want to stay logged in', 'Stay on this page', "I'll remain a member", 'Remain anonymous', 'He wants to stay poor', "I don't want to stay logged in", "I don't want to stay on this page", "I don't want e-mails", "I don't want news", "I don't mind", "I don't mind waiting", "Don't mind me", "She doesn't mind putting her family at risk", 'Not interested', "I'm not interested", "I'm not interested in this offer", 'Not interested in the newsletter', "I'm not interested in e-mails", "I don't want to save this file", "I don't want to save my changes", "I don't want to save the draft", "Don't save", 'Save the planet', 'Continue on the web', 'Continue in the browser', 'Use the lite version', 'Limited offer', 'The web version is slower', 'Pay now', 'Buy now', 'Full price: 9 €', 'Pay in full', 'Buy the full version', 'Pay later', 'Danger zone', 'I understand the risks', 'Risk level: high', 'He likes living dangerously'],
    'zh-Hans': ['保持登录', '停留在此页面', '我会继续做会员', '他宁愿继续穷下去', '不想保持登录', '我不想收到邮件', '我不介意', '我不介意等待', '不感兴趣', '我对这个活动不感兴趣', '我不想保存文件', '不保存', '拯救地球', '在网页继续', '网页版较慢', '立即付款', '原价：99元', '全额付款', '购买完整版', '危险区域', '我了解风险', '风险等级：高', '他喜欢刺激'],
    'zh-Hant': ['保持登入', '停留在此頁面', '不想保持登入', '我不介意', '我不介意等待', '不感興趣', '我對這個活動不感興趣', '我不想儲存檔案', '在網頁繼續', '網頁版較慢', '立即付款', '原價：99元', '全額付款', '購買完整版', '危險區域', '我了解風險', '他喜歡刺激'],
    'de': ['Ich möchte angemeldet bleiben', 'Auf dieser Seite bleiben', 'Ich bleibe Mitglied', 'Anonym bleiben', 'Er will arm bleiben', 'Ich möchte nicht angemeldet bleiben', 'Ich will keine E-Mails', 'Es macht mir nichts aus', 'Es macht mir nichts aus zu warten', 'Kein Interesse', 'Interessiert mich nicht', 'Kein Interesse an diesem Angebot', 'Ich will die Datei nicht speichern', 'Nicht speichern', 'Rette den Planeten', 'Im Browser fortfahren', 'Die Webversion ist langsamer', 'Jetzt bezahlen', 'Vollpreis: 9 €', 'Vollständig bezahlen', 'Vollversion kaufen', 'Gefahrenzone', 'Ich verstehe die Risiken', 'Risikostufe: hoch', 'Er lebt gerne gefährlich'],
    'fr': ['Je veux rester connecté', 'Rester sur cette page', 'Je reste membre', 'Rester anonyme', 'Il veut rester pauvre', 'Je ne veux pas rester connecté', "Je ne veux pas d'e-mails", 'Ça ne me dérange pas', "Ça ne me dérange pas d'attendre", 'Pas intéressé', "Ça ne m'intéresse pas", 'Je ne suis pas intéressé par cette offre', 'Je ne veux pas enregistrer ce fichier', 'Ne pas enregistrer', 'Sauvez la planète', 'Continuer sur le web', 'La version web est plus lente', 'Payer maintenant', 'Plein tarif : 9 €', 'Payer en une fois', 'Acheter la version complète', 'Payer plus tard', 'Zone de danger', 'Je comprends les risques', 'Il aime vivre dangereusement'],
    'es': ['Quiero seguir conectado', 'Quedarme en esta página', 'Sigo siendo miembro', 'Permanecer anónimo', 'Él quiere seguir siendo pobre', 'No quiero seguir conectado', 'No quiero correos', 'No me molesta', 'No me molesta esperar', 'No me interesa', 'No me interesa esta oferta', 'No quiero guardar este archivo', 'No guardar', 'Salva el planeta', 'Continuar en la web', 'La versión web es más lenta', 'Pagar ahora', 'Precio completo: 9 €', 'Pagar en un solo pago', 'Comprar la versión completa', 'Pagar más tarde', 'Zona de peligro', 'Entiendo los riesgos', 'A él le gusta vivir al límite'],
    'pt': ['Quero continuar conectado', 'Ficar nesta página', 'Continuo sendo membro', 'Ficar anônimo', 'Ele quer continuar pobre', 'Não quero continuar conectado', 'Não quero e-mails', 'Não me incomoda', 'Não me incomoda esperar', 'Não me interessa', 'Não tenho interesse nesta oferta', 'Não quero salvar este arquivo', 'Não salvar', 'Salve o planeta', 'Continuar no site', 'A versão web é mais lenta', 'Pagar agora', 'Preço cheio: R$ 9', 'Pagar à vista', 'Comprar a versão completa', 'Pagar mais tarde', 'Zona de perigo', 'Entendo os riscos', 'Ele adora viver perigosamente'],
    'it': ['Voglio restare connesso', 'Rimanere su questa pagina', 'Resto un membro', 'Rimanere anonimo', 'Lui vuole restare povero', 'Non voglio restare connesso', 'Non voglio e-mail', 'Non mi importa', 'Non mi importa di aspettare', 'Non mi interessa', 'Non mi interessa questa offerta', 'Non voglio salvare questo file', 'Non salvare', 'Salva il pianeta', 'Continua sul sito', 'La versione web è più lenta', 'Paga ora', 'Prezzo pieno: 9 €', "Paga in un'unica soluzione", 'Acquista la versione completa', 'Zona pericolosa', 'Capisco i rischi', 'A lui piace vivere pericolosamente'],
    'ru': ['Хочу остаться в системе', 'Остаться на этой странице', 'Останусь участником', 'Он хочет остаться бедным', 'Не хочу оставаться в системе', 'Не хочу получать письма', 'Я не против', 'Я не против подождать', 'Не интересует', 'Меня не интересует это предложение', 'Не хочу сохранять файл', 'Не сохранять', 'Спасите планету', 'Продолжить в браузере', 'Веб-версия работает медленнее', 'Оплатить сейчас', 'Полная цена: 900 ₽', 'Оплатить полностью', 'Купить полную версию', 'Опасная зона', 'Я понимаю риски', 'Он любит риск'],
    'uk': ['Хочу залишитися в системі', 'Залишитися на цій сторінці', 'Він хоче залишитися бідним', 'Не хочу отримувати листи', 'Я не проти', 'Я не проти почекати', 'Не цікавить', 'Мене не цікавить ця пропозиція', 'Не хочу зберігати файл', 'Продовжити у браузері', 'Веб-версія повільніша', 'Оплатити зараз', 'Повна ціна: 90 ₴', 'Оплатити повністю', 'Купити повну версію', 'Небезпечна зона', 'Я розумію ризики'],
    'bg': ['Искам да остана влязъл', 'Остани на тази страница', 'Той иска да остане беден', 'Не искам имейли', 'Нямам нищо против', 'Нямам нищо против да почакам', 'Не ме интересува', 'Не ме интересува тази оферта', 'Не искам да запазя файла', 'Продължи в браузъра', 'Уеб версията е по-бавна', 'Плати сега', 'Пълна цена: 9 лв.', 'Плати изцяло', 'Купи пълната версия', 'Опасна зона', 'Разбирам рисковете'],
    'pl': ['Chcę pozostać zalogowany', 'Zostań na tej stronie', 'On chce pozostać biedny', 'Nie chcę e-maili', 'Nie mam nic przeciwko', 'Nie mam nic przeciwko, żeby poczekać', 'Nie interesuje mnie to', 'Nie interesuje mnie ta oferta', 'Nie chcę zapisywać pliku', 'Kontynuuj w przeglądarce', 'Wersja webowa jest wolniejsza', 'Zapłać teraz', 'Pełna cena: 9 zł', 'Zapłać w całości', 'Kup pełną wersję', 'Strefa zagrożenia', 'Rozumiem ryzyko'],
    'cs': ['Chci zůstat přihlášený', 'Zůstat na této stránce', 'On chce zůstat chudý', 'Nechci e-maily', 'Nevadí mi to', 'Nevadí mi počkat', 'Nezajímá mě to', 'Nemám zájem o tuto nabídku', 'Nechci uložit soubor', 'Pokračovat v prohlížeči', 'Webová verze je pomalejší', 'Zaplatit nyní', 'Plná cena: 99 Kč', 'Zaplatit celou částku', 'Koupit plnou verzi', 'Nebezpečná zóna', 'Rozumím rizikům'],
    'sk': ['Chcem zostať prihlásený', 'Zostať na tejto stránke', 'On chce zostať chudobný', 'Nechcem e-maily', 'Nevadí mi to', 'Nevadí mi počkať', 'Nezaujíma ma to', 'Nemám záujem o túto ponuku', 'Nechcem uložiť súbor', 'Pokračovať v prehliadači', 'Webová verzia je pomalšia', 'Zaplatiť teraz', 'Plná cena: 9 €', 'Zaplatiť celú sumu', 'Kúpiť plnú verziu', 'Nebezpečná zóna', 'Rozumiem rizikám'],
    'hr': ['Želim ostati prijavljen', 'Ostani na ovoj stranici', 'On želi ostati siromašan', 'Ne želim e-poštu', 'Ne smeta mi', 'Ne smeta mi pričekati', 'Ne zanima me', 'Ne zanima me ova ponuda', 'Ne želim spremiti datoteku', 'Nastavi u pregledniku', 'Web verzija je sporija', 'Plati sada', 'Puna cijena: 9 €', 'Plati u cijelosti', 'Kupi punu verziju', 'Opasna zona', 'Razumijem rizike'],
    'sl': ['Želim ostati prijavljen', 'Ostani na tej strani', 'On hoče ostati reven', 'Nočem e-pošte', 'Ne moti me', 'Ne moti me počakati', 'Ne zanima me', 'Ne zanima me ta ponudba', 'Nočem shraniti datoteke', 'Nadaljuj v brskalniku', 'Spletna različica je počasnejša', 'Plačaj zdaj', 'Polna cena: 9 €', 'Plačaj v celoti', 'Kupi polno različico', 'Nevarno območje', 'Razumem tveganja'],
    'lt': ['Noriu likti prisijungęs', 'Likti šiame puslapyje', 'Jis nori likti vargšas', 'Nenoriu laiškų', 'Man nesvarbu', 'Man nesvarbu palaukti', 'Manęs nedomina', 'Manęs nedomina šis pasiūlymas', 'Nenoriu išsaugoti failo', 'Tęsti naršyklėje', 'Žiniatinklio versija lėtesnė', 'Mokėti dabar', 'Pilna kaina: 9 €', 'Sumokėti visą sumą', 'Pirkti pilną versiją', 'Pavojinga zona', 'Suprantu riziką'],
    'lv': ['Gribu palikt pieteicies', 'Palikt šajā lapā', 'Viņš grib palikt nabags', 'Negribu e-pastus', 'Man nav iebildumu', 'Man nav iebildumu pagaidīt', 'Mani neinteresē', 'Mani neinteresē šis piedāvājums', 'Negribu saglabāt failu', 'Turpināt pārlūkā', 'Tīmekļa versija ir lēnāka', 'Maksāt tagad', 'Pilna cena: 9 €', 'Samaksāt visu summu', 'Pirkt pilno versiju', 'Bīstamā zona', 'Es saprotu riskus'],
    'et': ['Tahan sisselogituks jääda', 'Jää sellele lehele', 'Ta tahab vaeseks jääda', 'Ma ei taha e-kirju', 'Ma ei pahanda', 'Ma ei pahanda oodata', 'Mind ei huvita', 'Mind ei huvita see pakkumine', 'Ma ei taha faili salvestada', 'Jätka brauseris', 'Veebiversioon on aeglasem', 'Maksa kohe', 'Täishind: 9 €', 'Maksa korraga', 'Osta täisversioon', 'Ohutsoon', 'Ma mõistan riske'],
    'tr': ['Oturumum açık kalsın', 'Bu sayfada kal', 'O fakir kalmak istiyor', 'E-posta istemiyorum', 'Sorun değil', 'Beklemek sorun değil', 'İlgilenmiyorum', 'Bu teklifle ilgilenmiyorum', 'Dosyayı kaydetmek istemiyorum', 'Tarayıcıda devam et', 'Web sürümü daha yavaş', 'Şimdi öde', 'Tam fiyat: 9 TL', 'Tamamını öde', 'Tam sürümü satın al', 'Tehlikeli bölge', 'Riskleri anlıyorum'],
    'fi': ['Haluan pysyä kirjautuneena', 'Pysy tällä sivulla', 'Hän haluaa pysyä köyhänä', 'En halua sähköposteja', 'Ei haittaa', 'Minua ei haittaa odottaa', 'Ei kiinnosta', 'Tämä tarjous ei kiinnosta', 'En halua tallentaa tiedostoa', 'Jatka selaimessa', 'Verkkoversio on hitaampi', 'Maksa nyt', 'Täysi hinta: 9 €', 'Maksa kerralla', 'Osta täysversio', 'Vaaravyöhyke', 'Ymmärrän riskit'],
    'hu': ['Bejelentkezve maradok', 'Maradj ezen az oldalon', 'Tag maradok', 'Névtelen maradok', 'Ő szegény akar maradni', 'Nem kérek e-maileket', 'Nem bánom', 'Nem bánom, ha várnom kell', 'Nem érdekel', 'Nem érdekel ez az ajánlat', 'Nem akarom menteni a fájlt', 'Folytatás a böngészőben', 'A webes verzió lassabb', 'Fizetés most', 'Teljes ár: 900 Ft', 'Teljes összeg kifizetése', 'Teljes verzió megvásárlása', 'Veszélyzóna', 'Megértem a kockázatokat'],
    'ro': ['Vreau să rămân conectat', 'Rămâi pe această pagină', 'El vrea să rămână sărac', 'Nu vreau e-mailuri', 'Nu mă deranjează', 'Nu mă deranjează să aștept', 'Nu mă interesează', 'Nu mă interesează această ofertă', 'Nu vreau să salvez fișierul', 'Continuă în browser', 'Versiunea web este mai lentă', 'Plătește acum', 'Preț întreg: 9 lei', 'Plătește integral', 'Cumpără versiunea completă', 'Zonă periculoasă', 'Înțeleg riscurile'],
    'nl': ['Ik wil ingelogd blijven', 'Op deze pagina blijven', 'Ik blijf lid', 'Anoniem blijven', 'Hij wil arm blijven', 'Ik wil niet ingelogd blijven', 'Ik wil geen e-mails', 'Ik vind het niet erg', 'Ik vind het niet erg om te wachten', 'Geen interesse', 'Interesseert me niet', 'Geen interesse in deze aanbieding', 'Ik wil dit bestand niet opslaan', 'Doorgaan in de browser', 'De webversie is trager', 'Nu betalen', 'Volle prijs: € 9', 'In één keer betalen', 'Volledige versie kopen', 'Gevarenzone', "Ik begrijp de risico's", 'Hij leeft graag gevaarlijk'],
    'sv': ['Jag vill förbli inloggad', 'Stanna på den här sidan', 'Jag förblir medlem', 'Han vill förbli fattig', 'Jag vill inte ha e-post', 'Jag har inget emot det', 'Jag har inget emot att vänta', 'Inte intresserad', 'Jag är inte intresserad av detta erbjudande', 'Jag vill inte spara filen', 'Fortsätt i webbläsaren', 'Webbversionen är långsammare', 'Betala nu', 'Fullpris: 99 kr', 'Betala hela beloppet', 'Köp fullversionen', 'Farozon', 'Jag förstår riskerna', 'Han älskar risker'],
    'da': ['Jeg vil forblive logget ind', 'Bliv på denne side', 'Jeg forbliver medlem', 'Han vil forblive fattig', 'Jeg vil ikke have e-mails', 'Jeg har ikke noget imod det', 'Jeg har ikke noget imod at vente', 'Ikke interesseret', 'Jeg er ikke interesseret i dette tilbud', 'Jeg vil ikke gemme filen', 'Fortsæt i browseren', 'Webversionen er langsommere', 'Betal nu', 'Fuld pris: 99 kr.', 'Betal hele beløbet', 'Køb den fulde version', 'Farezone', 'Jeg forstår risiciene', 'Han elsker risiko'],
    'nb': ['Jeg vil forbli pålogget', 'Bli på denne siden', 'Jeg forblir medlem', 'Han vil forbli fattig', 'Jeg vil ikke ha e-post', 'Jeg har ikke noe imot det', 'Jeg har ikke noe imot å vente', 'Ikke interessert', 'Jeg er ikke interessert i dette tilbudet', 'Jeg vil ikke lagre filen', 'Fortsett i nettleseren', 'Nettversjonen er tregere', 'Betal nå', 'Full pris: 99 kr', 'Betal hele beløpet', 'Kjøp fullversjonen', 'Faresone', 'Jeg forstår risikoen', 'Han elsker risiko'],
    'el': ['Θέλω να μείνω συνδεδεμένος', 'Μείνε σε αυτή τη σελίδα', 'Αυτός θέλει να μείνει φτωχός', 'Δεν θέλω email', 'Δεν με πειράζει', 'Δεν με πειράζει να περιμένω', 'Δεν με ενδιαφέρει', 'Δεν με ενδιαφέρει αυτή η προσφορά', 'Δεν θέλω να αποθηκεύσω το αρχείο', 'Συνέχεια στο πρόγραμμα περιήγησης', 'Η έκδοση web είναι πιο αργή', 'Πληρωμή τώρα', 'Πλήρης τιμή: 9 €', 'Εξόφληση ολόκληρου του ποσού', 'Αγορά πλήρους έκδοσης', 'Επικίνδυνη ζώνη', 'Κατανοώ τους κινδύνους'],
    'ar': ['أريد أن أبقى مسجلا للدخول', 'ابق في هذه الصفحة', 'هو يريد أن يبقى فقيرا', 'لا أريد رسائل بريد', 'لا أمانع', 'لا أمانع الانتظار', 'لست مهتما', 'لست مهتما بهذا العرض', 'لا أريد حفظ الملف', 'تابع في المتصفح', 'نسخة الويب أبطأ', 'ادفع الآن', 'السعر الكامل: 9', 'ادفع المبلغ كاملا', 'شراء النسخة الكاملة', 'منطقة خطر', 'أفهم المخاطر'],
    'he': ['אני רוצה להישאר מחובר', 'להישאר בדף הזה', 'הוא רוצה להישאר עני', 'לא רוצה מיילים', 'לא מפריע לי', 'לא מפריע לי לחכות', 'לא מעוניין', 'לא מעוניין בהצעה הזאת', 'לא רוצה לשמור את הקובץ', 'להמשיך בדפדפן', 'גרסת הרשת איטית יותר', 'לשלם עכשיו', 'מחיר מלא: 9 ₪', 'לשלם את הסכום המלא', 'לקנות את הגרסה המלאה', 'אזור סכנה', 'אני מבין את הסיכונים'],
    'hi': ['मैं लॉग इन रहना चाहता हूँ', 'इसी पेज पर रहें', 'वह गरीब ही रहना चाहता है', 'मुझे ईमेल नहीं चाहिए', 'मुझे कोई आपत्ति नहीं', 'मुझे इंतज़ार करने में कोई आपत्ति नहीं', 'मुझे दिलचस्पी नहीं', 'मुझे इस ऑफ़र में दिलचस्पी नहीं', 'मैं फ़ाइल सेव नहीं करना चाहता', 'ब्राउज़र में जारी रखें', 'वेब संस्करण धीमा है', 'अभी भुगतान करें', 'पूरी कीमत: ₹900', 'पूरा भुगतान करें', 'पूरा संस्करण खरीदें', 'खतरे का क्षेत्र', 'मैं जोखिम समझता हूँ'],
    'id': ['Saya ingin tetap masuk', 'Tetap di halaman ini', 'Tetap anonim', 'Dia mau tetap miskin', 'Saya tidak mau email', 'Saya tidak keberatan', 'Saya tidak keberatan menunggu', 'Tidak tertarik', 'Saya tidak tertarik dengan penawaran ini', 'Saya tidak mau menyimpan file ini', 'Lanjutkan di browser', 'Versi web lebih lambat', 'Bayar sekarang', 'Harga penuh: Rp90.000', 'Bayar lunas', 'Beli versi lengkap', 'Bayar lebih awal', 'Zona bahaya', 'Saya memahami risikonya'],
    'vi': ['Tôi muốn duy trì đăng nhập', 'Ở lại trang này', 'Anh ấy muốn cứ nghèo', 'Tôi không muốn nhận email', 'Tôi không muốn cập nhật', 'Không sao', 'Tôi không ngại chờ', 'Tôi không có hứng thú', 'Tôi không hứng thú với ưu đãi này', 'Tôi không muốn lưu tệp', 'Tiếp tục trên trình duyệt', 'Phiên bản web chậm hơn', 'Thanh toán ngay', 'Giá gốc: 90.000đ', 'Thanh toán toàn bộ', 'Mua bản đầy đủ', 'Khu vực nguy hiểm', 'Tôi hiểu các rủi ro'],
    'th': ['อยู่ในระบบต่อไป', 'อยู่หน้านี้ต่อ', 'ไม่อยากรับข่าวสาร', 'ไม่เป็นไร', 'ไม่เป็นไร รอได้', 'ไม่สนใจ', 'ไม่สนใจข้อเสนอนี้', 'ไม่อยากบันทึกไฟล์', 'ดำเนินการต่อบนเว็บ', 'เวอร์ชันเว็บช้ากว่า', 'ชำระเงินตอนนี้', 'ราคาเต็ม: 99 บาท', 'ชำระเต็มจำนวน', 'ซื้อเวอร์ชันเต็ม', 'โซนอันตราย', 'ฉันเข้าใจความเสี่ยง', 'ระดับความเสี่ยง: สูง'],
    'ja': ['ログインしたままにする', 'このページに留まる', 'メールはいらない', '構いません', '待っても構わない', '興味ない', 'このオファーには興味がありません', 'ファイルを保存したくない', 'ウェブで続ける', 'ウェブ版は遅いです', '今すぐ支払う', '定価：900円', '一括で支払う', '完全版を購入', '危険地帯', 'リスクを理解しました', 'リスクレベル：高'],
    'ko': ['로그인 상태 유지', '이 페이지에 머물기', '이메일은 필요 없어요', '괜찮아요', '기다려도 괜찮아요', '관심 없어요', '이 제안에는 관심 없어요', '파일을 저장하고 싶지 않아요', '웹에서 계속하기', '웹 버전은 느립니다', '지금 구매', '정가: 9,900원', '전액 결제', '정식 버전 구매', '위험 구역', '위험을 이해했습니다', '위험도: 높음'],
}

# the positives the older grammar already read (main 77e4b31): their questions may stay loud
OLDER = {
    'en': ('remain', 'harmok', 'noble'),
    'zh-Hant': ('stopgood', 'noble'),
    'de': ('remain',),
    'fr': ('remain',),
    'es': ('remain', 'harmok', 'nointerest'),
    'pt': ('remain', 'harmok', 'nointerest'),
    'it': ('remain', 'nointerest'),
    'ru': ('nointerest',),
    'uk': ('nointerest',),
    'pl': ('danger',),
    'cs': ('remain', 'danger'),
    'sk': ('remain', 'danger'),
    'hr': ('danger',),
    'sl': ('nointerest', 'danger'),
    'lt': ('remain', 'danger'),
    'lv': ('nointerest', 'danger'),
    'et': ('nointerest', 'danger'),
    'tr': ('harmok',),
    'fi': ('harmok',),
    'hu': ('nointerest',),
    'ro': ('nointerest', 'danger'),
    'nl': ('harmok',),
    'da': ('harmok',),
    'el': ('nointerest',),
    'ar': ('nointerest', 'danger'),
    'he': ('nointerest',),
    'hi': ('harmok', 'nointerest'),
    'id': ('remain', 'danger'),
    'th': ('noble', 'danger'),
    'ja': ('nointerest',),
    'ko': ('nointerest',),
}

# a negated stance or act: the first person refusing the worse option is no shaming
NEGATED = [
    ("I don't want to stay poor", 'en'),
    ('Ich will nicht arm bleiben', 'de'),
    ('Не хочу оставаться бедным', 'ru'),
    ('Nie chcę pozostać biedny', 'pl'),
    ('Ik wil niet arm blijven', 'nl'),
    ('Jag vill inte förbli fattig', 'sv'),
    ('Tidak mau tetap miskin', 'id'),
    ('Szegény nem akarok maradni', 'hu'),
    ('Nu vreau să rămân sărac', 'ro'),
    ('Je ne paie plus', 'fr'),
    ('Ich will nicht mehr bezahlen', 'de'),
    ('Daha fazla ödemeyeceğim', 'tr'),
    ('Többet nem fizetek', 'hu'),
    ('لن أدفع أكثر', 'ar'),
    ('Tôi không trả nhiều hơn', 'vi'),
    ('ไม่จ่ายแพงกว่า', 'th'),
    ('定価で買わない', 'ja'),
    ('비싸게 안 살래요', 'ko'),
    ('我不会多付钱', 'zh-Hans'),
    ("I don't like living dangerously", 'en'),
    ('Ne, ne plačam več', 'sl'),
    ('Όχι, δεν πληρώνω περισσότερα', 'el'),
    ('Я не люблю риск', 'ru'),
]


def _found(text: str, lang: str) -> bool:
    return lexicon.load("confirmshaming").match(text, lexicon.langs(lang)) is not None


@pytest.mark.parametrize("lang", sorted(POSITIVES))
def test_eight_forms_found_and_near_misses_quiet(lang):
    # 36 languages (words/language.py LANGUAGES), 8 forms each; near misses counted per language
    assert len(POSITIVES) == len(NEAR_MISSES) == 36
    assert len(POSITIVES[lang]) == len(FORMS)
    missed = [form for form, text in zip(FORMS, POSITIVES[lang]) if not _found(text, lang)]
    assert missed == []
    loud = [text for text in NEAR_MISSES[lang] if _found(text, lang)]
    assert loud == []


@pytest.mark.parametrize("lang", sorted(POSITIVES))
def test_a_question_declines_nothing(lang):
    asked = [form for form, text in zip(FORMS, POSITIVES[lang])
             if form not in OLDER.get(lang, ()) and _found(text + "?", lang)]
    assert asked == []


@pytest.mark.parametrize("text,lang", NEGATED)
def test_negated_stance_stays_quiet(text, lang):
    assert not _found(text, lang)

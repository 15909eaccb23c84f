"""Parity of six general confirmshaming forms in all 33 lexicon languages (session 14, helper
csp12; lt, lv, et added with their blocks, helper langtext, branch baltbase): (1) wealth, being rich, refused as a gain ("No, I don't want to be rich"); (2) the
regular / normal price as the worse option, with the first person paying or buying it ("No
thanks, I'll pay the normal price"); (3) a bare first-person "I like / love / enjoy" with the worse
option ("I enjoy paying more"); (4) "I'll keep …" a bad habit: putting things off, waiting in line;
(5) smaller / lower chances (of winning) accepted as a loss; (6) the first person missing out on a
gain ("I'll miss out on the discounts").

Every sentence is written here in our own words from the general vocabulary of each language; none
is taken from benchmarks/data/. The expectations were decided by reading each sentence: a positive
is a first-person statement that refuses a gain or accepts a worse option; a near-miss is a plain
decline or "pay later", a liking or keeping with no loss named, a price stated with no person, a
retreat ("I don't want to lose my data", "I don't want to miss the discounts"), plain later, or
satisfaction with no loss named. On main 408d631 the grammar found 29 of the 198 positives (each
language missed at least two forms), so each per-language test below fails there.

The grammar is tested through the lexicon with the language given (`lexicon.langs(lang)`); a
handful go through the whole detector on a screen (`shamed`), where the language is guessed.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors import lexicon
from tests.test_detectors_text_forms import shamed

NLANGS = 36          # the 33, lt, lv and et (= LANGUAGES)

FORMS = ("rich", "normal price", "bare like", "keep a bad habit", "smaller chances", "missing out")

# per language, one sentence per form, in the order of FORMS
POSITIVES = {
    "en": [
        "No, I don't want to be rich",
        "No thanks, I'll pay the normal price",
        "No, I enjoy paying more",
        "No, I'll keep putting things off",
        "No thanks, I'm fine with lower chances of winning",
        "No, I'll miss out on the discounts",
    ],
    "de": [
        "Nein, ich will nicht reich werden",
        "Nein danke, ich kaufe zum regulären Preis",
        "Nein, ich liebe es, mehr zu bezahlen",
        "Nein, ich schiebe weiterhin alles auf",
        "Nein danke, ich nehme geringere Gewinnchancen in Kauf",
        "Nein, ich verpasse die Rabatte",
    ],
    "fr": [
        "Non, je ne veux pas devenir riche",
        "Non merci, je paierai le prix normal",
        "Non, j'adore payer plus cher",
        "Non, je vais continuer à tout remettre à plus tard",
        "Non merci, j'accepte d'avoir moins de chances de gagner",
        "Non, je vais passer à côté des réductions",
    ],
    "es": [
        "No, no quiero ser rico",
        "No, gracias, pagaré el precio normal",
        "No, disfruto pagando más",
        "No, seguiré dejando todo para mañana",
        "No, gracias, acepto tener menos posibilidades de ganar",
        "No, me perderé los descuentos",
    ],
    "pt": [
        "Não, não quero ficar rico",
        "Não, obrigado, vou pagar o preço normal",
        "Não, eu gosto de pagar mais",
        "Não, vou continuar deixando tudo para depois",
        "Não, obrigado, aceito ter menos chances de ganhar",
        "Não, vou ficar sem os descontos",
    ],
    "it": [
        "No, non voglio diventare ricco",
        "No grazie, pagherò il prezzo normale",
        "No, adoro pagare di più",
        "No, continuerò a rimandare tutto",
        "No grazie, accetto meno possibilità di vincere",
        "No, mi perderò gli sconti",
    ],
    "nl": [
        "Nee, ik wil niet rijk worden",
        "Nee bedankt, ik betaal de normale prijs",
        "Nee, ik vind het leuk om meer te betalen",
        "Nee, ik blijf alles uitstellen",
        "Nee bedankt, ik neem genoegen met kleinere kansen om te winnen",
        "Nee, ik loop de kortingen mis",
    ],
    "pl": [
        "Nie, nie chcę być bogaty",
        "Nie, dziękuję, zapłacę normalną cenę",
        "Nie, uwielbiam płacić więcej",
        "Nie, będę dalej wszystko odkładać na później",
        "Nie, dziękuję, wolę mniejsze szanse na wygraną",
        "Nie, przegapię wszystkie rabaty",
    ],
    "ru": [
        "Нет, я не хочу быть богатым",
        "Нет, спасибо, я заплачу обычную цену",
        "Нет, я люблю платить больше",
        "Нет, я продолжу всё откладывать",
        "Нет, спасибо, меня устроят меньшие шансы на выигрыш",
        "Нет, я упущу все скидки",
    ],
    "uk": [
        "Ні, я не хочу бути багатим",
        "Ні, дякую, я заплачу звичайну ціну",
        "Ні, я люблю платити більше",
        "Ні, я й далі все відкладатиму",
        "Ні, дякую, мене влаштовують менші шанси на виграш",
        "Ні, я пропущу всі знижки",
    ],
    "cs": [
        "Ne, nechci být bohatý",
        "Ne, děkuji, zaplatím běžnou cenu",
        "Ne, rád platím víc",
        "Ne, budu dál všechno odkládat",
        "Ne, děkuji, stačí mi menší šance na výhru",
        "Ne, přijdu o všechny slevy",
    ],
    "sk": [
        "Nie, nechcem byť bohatý",
        "Nie, ďakujem, zaplatím bežnú cenu",
        "Nie, rád platím viac",
        "Nie, budem ďalej všetko odkladať",
        "Nie, ďakujem, stačia mi menšie šance na výhru",
        "Nie, prídem o všetky zľavy",
    ],
    "sl": [
        "Ne, nočem biti bogat",
        "Ne, hvala, plačal bom redno ceno",
        "Ne, rad plačujem več",
        "Ne, še naprej bom vse odlašal",
        "Ne, hvala, zadovoljen sem z manjšimi možnostmi za zmago",
        "Ne, zamudil bom vse popuste",
    ],
    "hr": [
        "Ne, ne želim biti bogat",
        "Ne, hvala, platit ću redovnu cijenu",
        "Ne, volim plaćati više",
        "Ne, nastavit ću sve odgađati",
        "Ne, hvala, zadovoljan sam manjim šansama za pobjedu",
        "Ne, propustit ću sve popuste",
    ],
    "bg": [
        "Не, не искам да бъда богат",
        "Не, благодаря, ще платя нормалната цена",
        "Не, обичам да плащам повече",
        "Не, благодаря, ще продължа да отлагам всичко",
        "Не, благодаря, устройват ме по-малки шансове за печалба",
        "Не, благодаря, ще пропусна отстъпките",
    ],
    "tr": [
        "Hayır, zengin olmak istemiyorum",
        "Hayır teşekkürler, normal fiyatı ödeyeceğim",
        "Hayır, daha fazla ödemeyi seviyorum",
        "Hayır, her şeyi ertelemeye devam edeceğim",
        "Hayır teşekkürler, daha düşük kazanma şansına razıyım",
        "Hayır, indirimleri kaçıracağım",
    ],
    "fi": [
        "Ei, en halua rikastua",
        "Ei kiitos, maksan normaalin hinnan",
        "Ei, tykkään maksaa enemmän",
        "Ei, jatkan kaiken lykkäämistä",
        "Ei kiitos, tyydyn pienempiin voittomahdollisuuksiin",
        "Ei, jään paitsi alennuksista",
    ],
    "hu": [
        "Nem, nem akarok gazdag lenni",
        "Nem, köszönöm, kifizetem a normál árat",
        "Nem, szeretek többet fizetni",
        "Nem, tovább halogatok mindent",
        "Nem, köszönöm, beérem kisebb nyerési esélyekkel",
        "Nem, lemaradok a kedvezményekről",
    ],
    "ro": [
        "Nu, nu vreau să fiu bogat",
        "Nu, mulțumesc, voi plăti prețul normal",
        "Nu, îmi place să plătesc mai mult",
        "Nu, voi continua să amân totul",
        "Nu, mulțumesc, accept șanse mai mici de câștig",
        "Nu, voi rata reducerile",
    ],
    "el": [
        "Όχι, δεν θέλω να γίνω πλούσιος",
        "Όχι, ευχαριστώ, θα πληρώσω την κανονική τιμή",
        "Όχι, μου αρέσει να πληρώνω περισσότερα",
        "Όχι, θα συνεχίσω να τα αναβάλλω όλα",
        "Όχι, ευχαριστώ, δέχομαι μικρότερες πιθανότητες να κερδίσω",
        "Όχι, θα χάσω τις εκπτώσεις",
    ],
    "sv": [
        "Nej, jag vill inte bli rik",
        "Nej tack, jag betalar ordinarie pris",
        "Nej, jag gillar att betala mer",
        "Nej, jag fortsätter att skjuta upp allt",
        "Nej tack, jag nöjer mig med mindre chanser att vinna",
        "Nej, jag går miste om rabatterna",
    ],
    "da": [
        "Nej, jeg vil ikke være rig",
        "Nej tak, jeg betaler normalpris",
        "Nej, jeg elsker at betale mere",
        "Nej, jeg bliver ved med at udskyde alt",
        "Nej tak, jeg nøjes med mindre chancer for at vinde",
        "Nej, jeg går glip af rabatterne",
    ],
    "nb": [
        "Nei, jeg vil ikke bli rik",
        "Nei takk, jeg betaler ordinær pris",
        "Nei, jeg elsker å betale mer",
        "Nei, jeg fortsetter å utsette alt",
        "Nei takk, jeg nøyer meg med mindre sjanser til å vinne",
        "Nei, jeg går glipp av rabattene",
    ],
    "ar": [
        "لا، لا أريد أن أكون غنيا",
        "لا شكرا، سأدفع السعر العادي",
        "لا، أحب أن أدفع أكثر",
        "لا، سأستمر في تأجيل كل شيء",
        "لا شكرا، أقبل بفرص أقل للفوز",
        "لا، سأفوت الخصومات",
    ],
    "he": [
        "לא, אני לא רוצה להיות עשיר",
        "לא תודה, אשלם את המחיר הרגיל",
        "לא, אני אוהב לשלם יותר",
        "לא, אמשיך לעמוד בתור",
        "לא תודה, אני מסתפק בסיכויים נמוכים יותר לזכות",
        "לא, אפספס את ההנחות",
    ],
    "hi": [
        "नहीं, मैं अमीर नहीं बनना चाहता",
        "नहीं धन्यवाद, मैं सामान्य कीमत चुकाऊँगा",
        "नहीं, मुझे ज़्यादा पैसे देना पसंद है",
        "नहीं, मैं सब कुछ टालता रहूँगा",
        "नहीं धन्यवाद, मुझे जीतने की कम संभावना मंज़ूर है",
        "नहीं, मैं छूट से चूक जाऊँगा",
    ],
    "id": [
        "Tidak, saya tidak mau jadi kaya",
        "Tidak, terima kasih, saya akan bayar harga normal",
        "Tidak, saya suka membayar lebih mahal",
        "Tidak, saya akan terus menunda-nunda semuanya",
        "Tidak, terima kasih, saya terima peluang menang yang lebih kecil",
        "Tidak, saya akan melewatkan semua diskon",
    ],
    "vi": [
        "Không, tôi không muốn giàu",
        "Không, cảm ơn, tôi sẽ trả giá bình thường",
        "Không, tôi thích trả nhiều tiền hơn",
        "Không, tôi sẽ tiếp tục trì hoãn mọi việc",
        "Không, cảm ơn, tôi chấp nhận cơ hội chiến thắng thấp hơn",
        "Không, tôi sẽ bỏ lỡ các ưu đãi",
    ],
    "th": [
        "ไม่ ผมไม่อยากรวย",
        "ไม่ ขอบคุณ ผมจะจ่ายราคาปกติ",
        "ไม่ ผมชอบจ่ายแพงกว่า",
        "ไม่ ผมจะผัดวันประกันพรุ่งต่อไป",
        "ไม่ ขอบคุณ ผมยอมมีโอกาสชนะน้อยลง",
        "ไม่ ผมจะพลาดส่วนลดทั้งหมด",
    ],
    "ja": [
        "いいえ、お金持ちになりたくない",
        "いいえ、通常価格で払います",
        "いいえ、高く払うのが好きです",
        "いいえ、先延ばしを続けます",
        "いいえ、当選確率が低くても構いません",
        "いいえ、割引を逃します",
    ],
    "ko": [
        "아니요, 부자가 되고 싶지 않아요",
        "아니요, 정상가로 결제할게요",
        "아니요, 저는 돈을 더 내는 게 좋아요",
        "아니요, 계속 미룰게요",
        "아니요, 당첨 확률이 낮아도 괜찮아요",
        "아니요, 할인을 놓칠게요",
    ],
    "zh-Hans": [
        "不，我不想变富有",
        "不了，我按正常价格付款",
        "不，我喜欢多花钱",
        "不，我要继续拖延",
        "不了，我接受更低的中奖几率",
        "不，我会错过优惠",
    ],
    "zh-Hant": [
        "不，我不想變富有",
        "不了，我按正常價格付款",
        "不，我喜歡多花錢",
        "不，我要繼續拖延",
        "不了，我接受更低的中獎機率",
        "不，我會錯過優惠",
    ],
    "lt": [
        "Ne, nenoriu būti turtingas",
        "Ne, ačiū, sumokėsiu įprastą kainą",
        "Ne, man patinka mokėti daugiau",
        "Ne, ir toliau viską atidėliosiu",
        "Ne, ačiū, man užtenka mažesnių šansų laimėti",
        "Ne, praleisiu visas nuolaidas",
    ],
    "lv": [
        "Nē, negribu būt bagāts",
        "Nē, paldies, samaksāšu parasto cenu",
        "Nē, man patīk maksāt vairāk",
        "Nē, es arī turpmāk visu atlikšu",
        "Nē, paldies, man pietiek ar mazākām izredzēm laimēt",
        "Nē, palaidīšu garām visas atlaides",
    ],
    "et": [
        "Ei, ma ei taha rikkaks saada",
        "Ei aitäh, maksan tavahinda",
        "Ei, mulle meeldib rohkem maksta",
        "Ei, lükkan ka edaspidi kõik edasi",
        "Ei aitäh, leppin väiksemate võiduvõimalustega",
        "Ei, jään kõigist soodustustest ilma",
    ],
}

# per language: plain "No thanks, I'll pay later"; "I like this plan"; "I'll keep my subscription";
# a normal price stated with no first person; a retreat ("I don't want to lose my data"); a retreat
# from missing out; plain later; satisfaction with no loss named
NEAR_MISSES = {
    "en": [
        "No thanks, I'll pay later",
        "I like this plan",
        "I'll keep my subscription",
        "Normal price: 9 €",
        "No, I don't want to lose my data",
        "I don't want to miss the discounts",
        "Not now, I'll do it later",
        "I'm happy with my current plan",
    ],
    "de": [
        "Nein danke, ich zahle später",
        "Ich mag diesen Tarif",
        "Ich behalte mein Abo",
        "Normaler Preis: 9 €",
        "Nein, ich will meine Daten nicht verlieren",
        "Ich will die Rabatte nicht verpassen",
        "Nicht jetzt, ich mache es später",
        "Ich bin mit meinem Tarif zufrieden",
    ],
    "fr": [
        "Non merci, je paierai plus tard",
        "J'aime ce forfait",
        "Je garde mon abonnement",
        "Prix normal : 9 €",
        "Non, je ne veux pas perdre mes données",
        "Je ne veux pas rater les réductions",
        "Pas maintenant, je le ferai plus tard",
        "Je suis satisfait de mon forfait",
    ],
    "es": [
        "No, gracias, pagaré más tarde",
        "Me gusta este plan",
        "Seguiré con mi suscripción",
        "Precio normal: 9 €",
        "No, no quiero perder mis datos",
        "No quiero perderme los descuentos",
        "Ahora no, lo haré más tarde",
        "Estoy contento con mi plan actual",
    ],
    "pt": [
        "Não, obrigado, vou pagar depois",
        "Eu gosto deste plano",
        "Vou manter minha assinatura",
        "Preço normal: 9 €",
        "Não, não quero perder meus dados",
        "Não quero perder os descontos",
        "Agora não, faço isso depois",
        "Estou satisfeito com meu plano",
    ],
    "it": [
        "No grazie, pagherò più tardi",
        "Mi piace questo piano",
        "Mantengo il mio abbonamento",
        "Prezzo normale: 9 €",
        "No, non voglio perdere i miei dati",
        "Non voglio perdere gli sconti",
        "Non ora, lo farò più tardi",
        "Sono soddisfatto del mio piano",
    ],
    "nl": [
        "Nee bedankt, ik betaal later",
        "Ik vind dit abonnement leuk",
        "Ik houd mijn abonnement",
        "Normale prijs: 9 €",
        "Nee, ik wil mijn gegevens niet verliezen",
        "Ik wil de kortingen niet missen",
        "Niet nu, ik doe het later",
        "Ik ben tevreden met mijn abonnement",
    ],
    "pl": [
        "Nie, dziękuję, zapłacę później",
        "Lubię ten plan",
        "Zachowam moją subskrypcję",
        "Normalna cena: 9 zł",
        "Nie, nie chcę stracić moich danych",
        "Nie chcę stracić rabatów",
        "Nie teraz, zrobię to później",
        "Jestem zadowolony z mojego planu",
    ],
    "ru": [
        "Нет, спасибо, я заплачу позже",
        "Мне нравится этот тариф",
        "Я оставлю свою подписку",
        "Обычная цена: 9 €",
        "Нет, я не хочу потерять свои данные",
        "Я не хочу упустить скидки",
        "Не сейчас, сделаю это позже",
        "Я доволен своим тарифом",
    ],
    "uk": [
        "Ні, дякую, я заплачу пізніше",
        "Мені подобається цей тариф",
        "Я залишу свою підписку",
        "Звичайна ціна: 9 €",
        "Ні, я не хочу втратити свої дані",
        "Я не хочу пропустити знижки",
        "Не зараз, зроблю це пізніше",
        "Я задоволений своїм тарифом",
    ],
    "cs": [
        "Ne, děkuji, zaplatím později",
        "Tento tarif se mi líbí",
        "Ponechám si předplatné",
        "Běžná cena: 9 €",
        "Ne, nechci přijít o svá data",
        "Nechci přijít o slevy",
        "Teď ne, udělám to později",
        "Jsem spokojený se svým tarifem",
    ],
    "sk": [
        "Nie, ďakujem, zaplatím neskôr",
        "Tento program sa mi páči",
        "Ponechám si predplatné",
        "Bežná cena: 9 €",
        "Nie, nechcem prísť o svoje údaje",
        "Nechcem prísť o zľavy",
        "Teraz nie, urobím to neskôr",
        "Som spokojný so svojím programom",
    ],
    "sl": [
        "Ne, hvala, plačal bom kasneje",
        "Ta paket mi je všeč",
        "Obdržal bom svojo naročnino",
        "Redna cena: 9 €",
        "Ne, nočem izgubiti svojih podatkov",
        "Nočem izgubiti popustov",
        "Ne zdaj, to bom naredil kasneje",
        "Zadovoljen sem s svojim paketom",
    ],
    "hr": [
        "Ne, hvala, platit ću kasnije",
        "Sviđa mi se ovaj paket",
        "Zadržat ću svoju pretplatu",
        "Redovna cijena: 9 €",
        "Ne, ne želim izgubiti svoje podatke",
        "Ne želim izgubiti popuste",
        "Ne sada, učinit ću to kasnije",
        "Zadovoljan sam svojim paketom",
    ],
    "bg": [
        "Не, благодаря, ще платя по-късно",
        "Харесва ми този план",
        "Ще запазя абонамента си",
        "Нормална цена: 9 лв.",
        "Не, благодаря, не искам да загубя данните си",
        "Не искам да загубя отстъпките",
        "Не сега, ще го направя по-късно",
        "Доволен съм от плана си",
    ],
    "tr": [
        "Hayır teşekkürler, daha sonra ödeyeceğim",
        "Bu planı beğendim",
        "Aboneliğimi koruyacağım",
        "Normal fiyat: 9 €",
        "Hayır, verilerimi kaybetmek istemiyorum",
        "İndirimleri kaçırmak istemiyorum",
        "Şimdi değil, daha sonra yapacağım",
        "Mevcut planımdan memnunum",
    ],
    "fi": [
        "Ei kiitos, maksan myöhemmin",
        "Pidän tästä tilauksesta",
        "Pidän tilaukseni",
        "Normaali hinta: 9 €",
        "Ei, en halua menettää tietojani",
        "En halua menettää alennuksia",
        "Ei nyt, teen sen myöhemmin",
        "Olen tyytyväinen nykyiseen tilaukseeni",
    ],
    "hu": [
        "Nem, köszönöm, később fizetek",
        "Tetszik ez a csomag",
        "Megtartom az előfizetésemet",
        "Normál ár: 9 €",
        "Nem, nem akarom elveszíteni az adataimat",
        "Nem akarok lemaradni a kedvezményekről",
        "Most nem, később megcsinálom",
        "Elégedett vagyok a csomagommal",
    ],
    "ro": [
        "Nu, mulțumesc, voi plăti mai târziu",
        "Îmi place acest plan",
        "Îmi păstrez abonamentul",
        "Preț normal: 9 lei",
        "Nu, nu vreau să-mi pierd datele",
        "Nu vreau să pierd reducerile",
        "Nu acum, o voi face mai târziu",
        "Sunt mulțumit de planul meu",
    ],
    "el": [
        "Όχι, ευχαριστώ, θα πληρώσω αργότερα",
        "Μου αρέσει αυτό το πρόγραμμα",
        "Θα κρατήσω τη συνδρομή μου",
        "Κανονική τιμή: 9 €",
        "Όχι, δεν θέλω να χάσω τα δεδομένα μου",
        "Δεν θέλω να χάσω τις εκπτώσεις",
        "Όχι τώρα, θα το κάνω αργότερα",
        "Είμαι ικανοποιημένος με το πρόγραμμά μου",
    ],
    "sv": [
        "Nej tack, jag betalar senare",
        "Jag gillar den här planen",
        "Jag behåller mitt abonnemang",
        "Ordinarie pris: 9 €",
        "Nej, jag vill inte förlora mina data",
        "Jag vill inte missa rabatterna",
        "Inte nu, jag gör det senare",
        "Jag är nöjd med mitt abonnemang",
    ],
    "da": [
        "Nej tak, jeg betaler senere",
        "Jeg kan lide dette abonnement",
        "Jeg beholder mit abonnement",
        "Normalpris: 9 €",
        "Nej, jeg vil ikke miste mine data",
        "Jeg vil ikke gå glip af rabatterne",
        "Ikke nu, jeg gør det senere",
        "Jeg er tilfreds med mit abonnement",
    ],
    "nb": [
        "Nei takk, jeg betaler senere",
        "Jeg liker dette abonnementet",
        "Jeg beholder abonnementet mitt",
        "Ordinær pris: 9 €",
        "Nei, jeg vil ikke miste dataene mine",
        "Jeg vil ikke gå glipp av rabattene",
        "Ikke nå, jeg gjør det senere",
        "Jeg er fornøyd med abonnementet mitt",
    ],
    "ar": [
        "لا شكرا، سأدفع لاحقا",
        "أحب هذه الخطة",
        "سأحتفظ باشتراكي",
        "السعر العادي: 9 €",
        "لا، لا أريد أن أفقد بياناتي",
        "لا أريد أن أفوت الخصومات",
        "ليس الآن، سأفعل ذلك لاحقا",
        "أنا راض عن خطتي الحالية",
    ],
    "he": [
        "לא תודה, אשלם מאוחר יותר",
        "אני אוהב את התוכנית הזאת",
        "אשמור על המנוי שלי",
        "מחיר רגיל: 9 ₪",
        "לא, אני לא רוצה לאבד את הנתונים שלי",
        "אני לא רוצה לפספס את ההנחות",
        "לא עכשיו, אעשה את זה אחר כך",
        "אני מרוצה מהתוכנית שלי",
    ],
    "hi": [
        "नहीं धन्यवाद, मैं बाद में भुगतान करूँगा",
        "मुझे यह प्लान पसंद है",
        "मैं अपनी सदस्यता रखूँगा",
        "सामान्य कीमत: ₹99",
        "नहीं, मैं अपना डेटा खोना नहीं चाहता",
        "मैं छूट खोना नहीं चाहता",
        "अभी नहीं, बाद में करूँगा",
        "मैं अपने प्लान से खुश हूँ",
    ],
    "id": [
        "Tidak, terima kasih, saya akan bayar nanti",
        "Saya suka paket ini",
        "Saya akan tetap berlangganan",
        "Harga normal: Rp 9.000",
        "Tidak, saya tidak mau kehilangan data saya",
        "Saya tidak mau melewatkan diskonnya",
        "Nanti saja, saya lakukan nanti",
        "Saya puas dengan paket saya",
    ],
    "vi": [
        "Không, cảm ơn, tôi sẽ trả sau",
        "Tôi thích gói này",
        "Tôi sẽ giữ gói đăng ký của mình",
        "Giá bình thường: 99.000đ",
        "Không, tôi không muốn mất dữ liệu",
        "Tôi không muốn bỏ lỡ ưu đãi",
        "Để sau, tôi sẽ làm sau",
        "Tôi hài lòng với gói hiện tại",
    ],
    "th": [
        "ไม่ ขอบคุณ ผมจะจ่ายทีหลัง",
        "ผมชอบแพ็กเกจนี้",
        "ผมจะเก็บการสมัครสมาชิกไว้",
        "ราคาปกติ: 99 บาท",
        "ไม่ ผมไม่อยากสูญเสียข้อมูล",
        "ผมไม่อยากพลาดส่วนลด",
        "ไว้ทีหลัง ผมจะทำทีหลัง",
        "ผมพอใจกับแพ็กเกจปัจจุบัน",
    ],
    "ja": [
        "いいえ、後で払います",
        "このプランが好きです",
        "サブスクリプションを続けます",
        "通常価格：980円",
        "いいえ、データを失いたくない",
        "割引を逃したくない",
        "今はしない、後でやります",
        "今のプランで満足しています",
    ],
    "ko": [
        "아니요, 나중에 결제할게요",
        "이 요금제가 좋아요",
        "구독을 유지할게요",
        "정상가: 9,900원",
        "아니요, 데이터를 잃고 싶지 않아요",
        "할인을 놓치고 싶지 않아요",
        "지금은 말고 나중에 할게요",
        "지금 요금제에 만족해요",
    ],
    "zh-Hans": [
        "不了，我以后再付款",
        "我喜欢这个套餐",
        "我要继续订阅",
        "正常价格：9元",
        "不，我不想丢失我的数据",
        "我不想错过优惠",
        "现在不要，我以后再说",
        "我对现在的套餐很满意",
    ],
    "zh-Hant": [
        "不了，我以後再付款",
        "我喜歡這個方案",
        "我要繼續訂閱",
        "正常價格：9元",
        "不，我不想遺失我的資料",
        "我不想錯過優惠",
        "現在不要，我以後再說",
        "我對現在的方案很滿意",
    ],
    "lt": [
        "Ne, ačiū, sumokėsiu vėliau",
        "Man patinka šis planas",
        "Pasiliksiu prenumeratą",
        "Įprasta kaina: 9 €",
        "Ne, nenoriu prarasti savo duomenų",
        "Nenoriu praleisti nuolaidų",
        "Ne dabar, padarysiu tai vėliau",
        "Esu patenkintas savo planu",
    ],
    "lv": [
        "Nē, paldies, samaksāšu vēlāk",
        "Man patīk šis plāns",
        "Paturēšu abonementu",
        "Parastā cena: 9 €",
        "Nē, negribu zaudēt savus datus",
        "Negribu palaist garām atlaides",
        "Ne tagad, izdarīšu to vēlāk",
        "Esmu apmierināts ar savu plānu",
    ],
    "et": [
        "Ei aitäh, maksan hiljem",
        "Mulle meeldib see pakett",
        "Jätan tellimuse alles",
        "Tavahind: 9 €",
        "Ei, ma ei taha oma andmeid kaotada",
        "Ma ei taha soodustustest ilma jääda",
        "Mitte praegu, teen seda hiljem",
        "Olen oma paketiga rahul",
    ],
}



def _found(text: str, lang: str) -> bool:
    return lexicon.load("confirmshaming").match(text, lexicon.langs(lang)) is not None


@pytest.mark.parametrize("lang", sorted(POSITIVES))
def test_six_forms_found_and_near_misses_quiet(lang):
    # 33 languages (the language blocks of detectors/lexicons/confirmshaming.yaml), and the Baltic
    # ones as they come (lt, lv, et: helper langtext, branch baltbase), 6 forms, 8 near misses
    assert len(POSITIVES) == len(NEAR_MISSES) == NLANGS
    assert len(POSITIVES[lang]) == len(FORMS) and len(NEAR_MISSES[lang]) == 8
    missed = [form for form, text in zip(FORMS, POSITIVES[lang]) if not _found(text, lang)]
    assert missed == []
    loud = [text for text in NEAR_MISSES[lang] if _found(text, lang)]
    assert loud == []


@pytest.mark.parametrize("later,more,lang", [
    # "pay later" is no worse option: "plus" / "más" / "mais" before "tard(e)" / "adelante" means
    # later; the same verbs with the worse option itself ("more") stay found
    ("Non, je vais payer plus tard", "Non, je vais payer plus", "fr"),
    ("Fermer et payer plus tard", "Fermer et payer plus", "fr"),
    ("No, prefiero pagar más adelante", "No, prefiero pagar más", "es"),
    ("Cerrar y pagar más tarde", "Cerrar y pagar más", "es"),
    ("Não, vou pagar mais tarde", "Não, prefiro pagar mais", "pt"),
    # ru: not wanting to let the discounts slip is the way back; letting them slip is found
    ("Нет, я не хочу упустить скидки", "Нет, я упущу скидки", "ru"),
    ("Я не хочу пропустить бонусы", "Нет, я пропущу все бонусы", "ru"),
])
def test_pay_later_and_not_missing_stay_quiet(later, more, lang):
    assert not _found(later, lang)
    assert _found(more, lang)


@pytest.mark.parametrize("label,near", [
    # through the whole detector, the language guessed from the label: the form is found, a
    # near miss in the same language stays quiet
    ("No thanks, I'll keep paying the normal price every month", "No thanks, I'll pay later"),
    ("Nein danke, ich möchte nicht reich werden", "Normaler Preis: 9 €"),
    ("Non merci, je paierai le prix normal comme toujours", "Non merci, je paierai plus tard"),
    ("No, gracias, prefiero tener menos posibilidades de ganar el premio",
     "No, gracias, pagaré más tarde"),
    ("Nee bedankt, ik blijf gewoon alles uitstellen tot morgen",
     "Nee, ik wil mijn gegevens niet verliezen"),
    ("Nie, dziękuję, zapłacę normalną cenę za wszystko", "Nie, dziękuję, zapłacę później"),
    ("Нет, спасибо, я не хочу быть богатым и успешным", "Нет, спасибо, я заплачу позже"),
    ("Hayır teşekkürler, tüm indirimleri kaçıracağım", "Hayır teşekkürler, daha sonra ödeyeceğim"),
    ("いいえ、そんなにお金持ちにはなりたくないです", "いいえ、後で払います"),
    ("아니요, 저는 할인을 놓칠게요", "아니요, 나중에 결제할게요"),
    ("不了，我不想变富有，谢谢", "我对现在的套餐很满意"),
])
def test_forms_found_through_the_detector(label, near):
    assert shamed(label) == [label]
    assert shamed(near) == []


@pytest.mark.parametrize("quiet,found,lang", [
    # the new first-person words never count after a negation, and plain later is no habit kept
    ("Nie, nie płacę więcej", "Nie, płacę więcej za wszystko", "pl"),
    ("Ne, nerad platím víc", "Ne, rád platím víc", "cs"),
    ("Nem, nem fizetek többet", "Nem, szívesen fizetek többet", "hu"),
    ("Όχι, δεν πληρώνω περισσότερα", "Όχι, πληρώνω περισσότερα, δεν πειράζει", "el"),
    ("Ne, ne plačam več", "Ne, plačam redno ceno", "sl"),
    ("Nu, nu îmi place să plătesc mai mult", "Nu, îmi place să plătesc mai mult", "ro"),
    ("No, no me pierdo nada", "No, me pierdo los descuentos", "es"),
    ("Nej, jag missar inget", "Nej, jag missar rabatterna", "sv"),
    ("Non, je ne rate rien", "Non, je vais rater les promos", "fr"),
    ("No, I'll put it off", "No, I'll keep putting everything off", "en"),
    ("いいえ、後回しでいいです", "いいえ、先延ばしを続けます", "ja"),
    ("Nein, ich schiebe es auf", "Nein, ich schiebe weiterhin alles auf", "de"),
])
def test_negation_and_plain_later_stay_quiet(quiet, found, lang):
    assert not _found(quiet, lang)
    assert _found(found, lang)

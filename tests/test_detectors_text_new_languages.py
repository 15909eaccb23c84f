"""The text lexicons in the languages added to LANGUAGES last (sk, hr, sl, bg; then the Baltic
lt, lv and et, helper "langtext" of branch baltbase): the
confirmshaming grammar (detectors/lexicons/confirmshaming.yaml), the offline channels and their
tables (offline.yaml), what a screen is about (context.yaml) and the verification burden
(verification.yaml).

Every line below was written here, in our own words, from the general grammar and vocabulary
of each language; none is taken from benchmarks/data/ or any app. Each expectation was decided
by reading the line as a person would: a confirmshaming positive is a decline that, in the
first person, belittles the choice or the person (or names the price of leaving); an offline
positive sends the person to a channel outside the app to delete (offline when the section
names the deletion and a channel the person must use; not when the channel is offered for
questions, when the deletion is done in the app, or when the text says no contact is needed).
The screen's language is given (run(..., language=…)): telling these languages apart is
words/language.py's work, not this file's. Each positive fails on the lexicons before the
language's blocks were added (the language had none).
"""
from __future__ import annotations

import pytest

from cancelcheck.cli.scan_text import scan_lines
from cancelcheck.detectors import lexicon
from tests.test_detectors_text import btn, run, screen, types


BALTIC = ("lt", "lv", "et")


def shamed(label: str, lang: str) -> list[str]:
    """The labels found confirmshaming when `label` is the decline beside an offer's "yes"."""
    found = run(screen("Special offer", btn("OK"), btn(label)), language=lang)
    return [f.evidence for f in found if f.type == "confirmshaming"]


def offline(lines: list[str], lang: str):
    found = [f for f in scan_lines(lines, language=lang) if f.type == "offline_requirement"]
    return found[0] if found else None


def context_kinds(text: str, lang: str) -> list[str]:
    return lexicon.load("context").kinds_in(text, lexicon.langs(lang))


def verification(text: str, lang: str) -> list[str]:
    found = run(screen(text), language=lang, signup_phone=False)
    return [f.data.get("kind") for f in found if f.type == "verification_burden"]


# -- confirmshaming: a first-person decline that belittles, one line per form ------------------
SHAMING = [
    # sk
    ("sk", "Nie, ďakujem, nechcem ušetriť peniaze"),         # neg_want + goods
    ("sk", "Nie, radšej zaplatím plnú cenu"),                # prefer + bads
    ("sk", "Nie, nenávidím zľavy"),                          # hate + goods (and hating alone)
    ("sk", "Vzdávam sa bonusu"),                             # renounce + goods
    ("sk", "Zavrieť a zaplatiť plnú cenu"),                  # leave + costly
    ("sk", "Nie, nemám rád novinky"),                        # hate + info
    ("sk", "Nie, bojím sa"),                                 # afraid
    ("sk", "Je mi to úplne jedno"),                          # care
    ("sk", "Koho to zaujíma, preskočiť"),                    # who cares
    ("sk", "Risknem to"),                                    # risk it
    ("sk", "Beriem si to riziko"),                           # take the risk
    ("sk", "Nie, skúsim šťastie"),                           # try my luck
    ("sk", "Nie, ja už všetko viem"),                        # know it all
    ("sk", "Nie, som lenivý"),                               # self-belittling
    ("sk", "Nie, som príliš slabá"),                         # too weak
    ("sk", "Nie som dosť múdry"),                            # not smart
    ("sk", "Nie, moje zdravie môže počkať"),                 # canwait
    ("sk", "Nie, moja budúcnosť nie je dôležitá"),           # unimportant
    ("sk", "Nie, som zlý v matematike"),                     # bad at
    ("sk", "Nie, peniaze pre mňa nie sú problém"),           # money to waste
    ("sk", "Nie, tú stratu beriem"),                         # accepting the loss
    ("sk", "Nie, moja záhrada je už dokonalá"),              # boast
    ("sk", "Nie, vystačím si s tým, čo mám"),                # make do
    ("sk", "Nie, radšej zostanem pozadu"),                   # stagnant
    # hr
    ("hr", "Ne hvala, ne želim uštedjeti novac"),             # neg_want + goods
    ("hr", "Ne, radije ću platiti punu cijenu"),              # prefer + bads
    ("hr", "Ne, mrzim popuste"),                              # hate + goods (and hating alone)
    ("hr", "Odričem se bonusa"),                              # renounce + goods
    ("hr", "Zatvori i plati punu cijenu"),                    # leave + costly
    ("hr", "Ne, ne volim vijesti"),                           # hate + info
    ("hr", "Ne, bojim se"),                                   # afraid
    ("hr", "Baš me briga"),                                   # care
    ("hr", "Koga briga, preskoči"),                           # who cares
    ("hr", "Riskirat ću"),                                    # risk it
    ("hr", "Preuzimam taj rizik"),                            # take the risk
    ("hr", "Ne, okušat ću sreću"),                            # try my luck
    ("hr", "Ne, već sve znam"),                               # know it all
    ("hr", "Ne, lijen sam"),                                  # self-belittling (the clitic after)
    ("hr", "Ne, previše sam slaba"),                          # too weak
    ("hr", "Nisam dovoljno pametan"),                         # not smart
    ("hr", "Ne, moje zdravlje može pričekati"),               # canwait
    ("hr", "Ne, moja budućnost nije važna"),                  # unimportant
    ("hr", "Ne, loš sam u matematici"),                       # bad at
    ("hr", "Ne hvala, novac mi nije problem"),                # money to waste
    ("hr", "Ne, prihvaćam taj gubitak"),                      # accepting the loss
    ("hr", "Ne hvala, moj vrt je već savršen"),               # boast
    ("hr", "Ne, snaći ću se s onim što imam"),                # make do
    ("hr", "Ne, radije ću ostati na mjestu"),                 # stagnant
    # sl
    ("sl", "Ne, hvala, nočem prihraniti denarja"),            # neg_want + goods
    ("sl", "Ne, raje plačam polno ceno"),                     # prefer + bads
    ("sl", "Ne, sovražim popuste"),                           # hate + goods (and hating alone)
    ("sl", "Odpovem se bonusu"),                              # renounce + goods
    ("sl", "Zapri in plačaj polno ceno"),                     # leave + costly
    ("sl", "Ne, ne maram novic"),                             # hate + info
    ("sl", "Ne, bojim se"),                                   # afraid
    ("sl", "Vseeno mi je"),                                   # care
    ("sl", "Koga to briga, preskoči"),                        # who cares
    ("sl", "Tvegal bom"),                                     # risk it
    ("sl", "Sprejmem to tveganje"),                           # take the risk
    ("sl", "Ne, poskusil bom srečo"),                         # try my luck
    ("sl", "Ne, saj že vse vem"),                             # know it all
    ("sl", "Ne, len sem"),                                    # self-belittling (sem after)
    ("sl", "Ne, prešibka sem"),                               # too weak
    ("sl", "Nisem dovolj pameten"),                           # not smart
    ("sl", "Ne, moje zdravje lahko počaka"),                  # canwait
    ("sl", "Ne, moja prihodnost ni pomembna"),                # unimportant
    ("sl", "Ne, slab sem v matematiki"),                      # bad at
    ("sl", "Ne, hvala, denar mi ni problem"),                 # money to waste
    ("sl", "Ne, sprejmem to izgubo"),                         # accepting the loss
    ("sl", "Ne, hvala, moj vrt je že popoln"),                # boast
    ("sl", "Ne, bom shajal s tem, kar imam"),                 # make do
    ("sl", "Ne, raje ostanem na mestu"),                      # stagnant
    # bg
    ("bg", "Не, благодаря, не искам да спестя пари"),         # neg_want + goods
    ("bg", "Не, предпочитам да платя пълна цена"),            # prefer + bads
    ("bg", "Не, мразя отстъпките"),                           # hate + goods (and hating alone)
    ("bg", "Отказвам се от бонуса"),                          # renounce + goods
    ("bg", "Затвори и плати пълна цена"),                     # leave + costly
    ("bg", "Не, не обичам новините"),                         # hate + info
    ("bg", "Не, страх ме е"),                                 # afraid
    ("bg", "Не ми пука"),                                     # care
    ("bg", "На кого му пука, пропусни"),                      # who cares
    ("bg", "Ще рискувам"),                                    # risk it
    ("bg", "Поемам риска"),                                   # take the risk
    ("bg", "Не, ще си опитам късмета"),                       # try my luck
    ("bg", "Не, аз вече всичко знам"),                        # know it all
    ("bg", "Не, аз съм мързелив"),                            # self-belittling
    ("bg", "Не, аз съм твърде слаба"),                        # too weak
    ("bg", "Не съм достатъчно умен"),                         # not smart
    ("bg", "Не, здравето ми може да почака"),                 # canwait (the article's possessive)
    ("bg", "Не, моето бъдеще не е важно"),                    # unimportant
    ("bg", "Не, слаб съм по математика"),                     # bad at
    ("bg", "Не, благодаря, парите не са ми проблем"),         # money to waste
    ("bg", "Не, приемам загубата"),                           # accepting the loss
    ("bg", "Не, благодаря, градината ми вече е перфектна"),   # boast
    ("bg", "Не, ще се оправя с каквото имам"),                # make do
    ("bg", "Не, предпочитам да си остана на едно място"),     # stagnant
    # lt
    ("lt", "Ne, ačiū, nenoriu sutaupyti pinigų"),    # neg_want + goods
    ("lt", "Ne, verčiau sumokėsiu visą kainą"),      # prefer + bads
    ("lt", "Ne, nekenčiu nuolaidų"),                 # hate + goods (and hating alone)
    ("lt", "Atsisakau premijos"),                    # renounce + goods
    ("lt", "Uždaryti ir mokėti visą kainą"),         # leave + costly
    ("lt", "Ne, nemėgstu naujienų"),                 # hate + info
    ("lt", "Ne, bijau"),                             # afraid
    ("lt", "Man visiškai vis tiek"),                 # care
    ("lt", "Kam tai rūpi, praleisti"),               # who cares
    ("lt", "Rizikuosiu"),                            # risk it
    ("lt", "Prisiimu šią riziką"),                   # take the risk
    ("lt", "Ne, pabandysiu savo laimę"),             # try my luck
    ("lt", "Ne, aš jau viską žinau"),                # know it all
    ("lt", "Ne, esu tinginys"),                      # self-belittling
    ("lt", "Ne, esu per silpna"),                    # too weak
    ("lt", "Nesu pakankamai protingas"),             # not smart
    ("lt", "Ne, mano sveikata gali palaukti"),       # canwait
    ("lt", "Ne, mano ateitis man nėra svarbi"),      # unimportant
    ("lt", "Ne, esu prastas matematikoje"),          # bad at
    ("lt", "Ne, pinigai man ne problema"),           # money to waste
    ("lt", "Ne, priimu šį nuostolį"),                # accepting the loss
    ("lt", "Ne, mano sodas jau tobulas"),            # boast
    ("lt", "Ne, išsiversiu su tuo, ką turiu"),       # make do
    ("lt", "Ne, verčiau liksiu užpakalyje"),         # stagnant
    # lv
    ("lv", "Nē, paldies, negribu ietaupīt naudu"),   # neg_want + goods
    ("lv", "Nē, labāk samaksāšu pilnu cenu"),        # prefer + bads
    ("lv", "Nē, ienīstu atlaides"),                  # hate + goods (and hating alone)
    ("lv", "Atsakos no bonusa"),                     # renounce + goods
    ("lv", "Aizvērt un maksāt pilnu cenu"),          # leave + costly
    ("lv", "Nē, man nepatīk jaunumi"),               # hate + info
    ("lv", "Nē, es baidos"),                         # afraid
    ("lv", "Man pilnīgi vienalga"),                  # care
    ("lv", "Kam tas rūp, izlaist"),                  # who cares
    ("lv", "Riskēšu"),                               # risk it
    ("lv", "Uzņemos šo risku"),                      # take the risk
    ("lv", "Nē, izmēģināšu savu laimi"),             # try my luck
    ("lv", "Nē, es jau visu zinu"),                  # know it all
    ("lv", "Nē, esmu slinks"),                       # self-belittling
    ("lv", "Nē, esmu pārāk vāja"),                   # too weak
    ("lv", "Neesmu pietiekami gudrs"),               # not smart
    ("lv", "Nē, mana veselība var pagaidīt"),        # canwait
    ("lv", "Nē, mana nākotne man nav svarīga"),      # unimportant
    ("lv", "Nē, esmu slikts matemātikā"),            # bad at
    ("lv", "Nē, nauda man nav problēma"),            # money to waste
    ("lv", "Nē, pieņemu šo zaudējumu"),              # accepting the loss
    ("lv", "Nē, mans dārzs jau ir ideāls"),          # boast
    ("lv", "Nē, iztikšu ar to, kas man ir"),         # make do
    ("lv", "Nē, labāk palikšu iepakaļ"),             # stagnant
    # et
    ("et", "Ei aitäh, ma ei taha raha säästa"),      # neg_want + goods
    ("et", "Ei, maksan pigem täishinda"),            # prefer + bads
    ("et", "Ei, ma vihkan allahindlusi"),            # hate + goods (and hating alone)
    ("et", "Loobun boonusest"),                      # renounce + goods
    ("et", "Sulge ja maksa täishinda"),              # leave + costly
    ("et", "Ei, mulle ei meeldi uudised"),           # hate + info
    ("et", "Ei, ma kardan"),                         # afraid
    ("et", "Mul on täiesti ükskõik"),                # care
    ("et", "Keda see huvitab, jäta vahele"),         # who cares
    ("et", "Riskin"),                                # risk it
    ("et", "Võtan selle riski"),                     # take the risk
    ("et", "Ei, proovin oma õnne"),                  # try my luck
    ("et", "Ei, ma tean juba kõike"),                # know it all
    ("et", "Ei, ma olen laisk"),                     # self-belittling
    ("et", "Ei, ma olen liiga nõrk"),                # too weak
    ("et", "Ma pole piisavalt tark"),                # not smart
    ("et", "Ei, minu tervis võib oodata"),           # canwait
    ("et", "Ei, minu tulevik pole mulle tähtis"),    # unimportant
    ("et", "Ei, ma olen matemaatikas halb"),         # bad at
    ("et", "Ei, raha pole minu jaoks probleem"),     # money to waste
    ("et", "Ei, lepin selle kaotusega"),             # accepting the loss
    ("et", "Ei, minu aed on juba täiuslik"),         # boast
    ("et", "Ei, saan hakkama sellega, mis mul on"),  # make do
    ("et", "Ei, jään pigem maha"),                   # stagnant
]

SHAMING_NEAR = [
    # sk: a plain decline, a retreat, an imperative, a question, a description with no person
    ("sk", "Nie, ďakujem"), ("sk", "Teraz nie"), ("sk", "Ponechať môj účet"),
    ("sk", "Nechcem stratiť svoje spomienky"),               # not wanting a loss: the way back
    ("sk", "Pokračovať bez zľavy"),                          # the way, no first person
    ("sk", "Prijať riziko a pokračovať"),                    # an imperative, no first person
    ("sk", "Heslo je príliš slabé"),                         # a password, no person
    ("sk", "Nie som robot"),
    ("sk", "Som zlý v tejto hre? Skúsiť znova"),             # a question, not a statement
    ("sk", "Nie, moja objednávka môže počkať"),              # not one's own good
    ("sk", "Nie, moja záhrada nie je dokonalá"),             # perfection denied
    ("sk", "Nechcem zostať pozadu"),                         # refusing to stay behind
    ("sk", "Nechcem novinky"),                               # not wanting news is a plain no
    ("sk", "Nie, nechcem túto ponuku"),                      # the offer named, no gain
    # hr
    ("hr", "Ne, hvala"), ("hr", "Ne sada"), ("hr", "Zadrži moj račun"),
    ("hr", "Ne želim izgubiti svoje uspomene"),               # not wanting a loss: the way back
    ("hr", "Nastavi bez popusta"),                            # the way, no first person
    ("hr", "Prihvati rizik i nastavi"),                       # an imperative, no first person
    ("hr", "Lozinka je preslaba"),                            # a password, no person
    ("hr", "Nisam robot"),
    ("hr", "Loš sam u ovoj igri? Pokušaj ponovno"),           # a question, not a statement
    ("hr", "Ne, moja narudžba može pričekati"),               # not one's own good
    ("hr", "Ne, moj vrt nije savršen"),                       # perfection denied
    ("hr", "Ne želim ostati na mjestu"),                      # refusing to stand still
    ("hr", "Ne želim vijesti"),                               # not wanting news is a plain no
    ("hr", "Ne, ne želim ovu ponudu"),                        # the offer named, no gain
    ("hr", "Nemam novca za bacanje"),                         # lacking money: prudence, no boast
    # sl
    ("sl", "Ne, hvala"), ("sl", "Ne zdaj"), ("sl", "Obdrži moj račun"),
    ("sl", "Nočem izgubiti svojih spominov"),                 # not wanting a loss: the way back
    ("sl", "Nadaljuj brez popusta"),                          # the way, no first person
    ("sl", "Sprejmi tveganje in nadaljuj"),                   # an imperative, no first person
    ("sl", "Geslo je prešibko"),                              # a password, no person
    ("sl", "Nisem robot"),
    ("sl", "Slab sem v tej igri? Poskusi znova"),             # a question, not a statement
    ("sl", "Ne, moje naročilo lahko počaka"),                 # not one's own good
    ("sl", "Ne, moj vrt ni popoln"),                          # perfection denied
    ("sl", "Nočem ostati na mestu"),                          # refusing to stand still
    ("sl", "Nočem novic"),                                    # not wanting news is a plain no
    ("sl", "Ne, nočem te ponudbe"),                           # the offer named, no gain
    ("sl", "Nimam denarja na pretek"),                        # lacking money: prudence, no boast
    # bg
    ("bg", "Не, благодаря"), ("bg", "Не сега"), ("bg", "Запази акаунта ми"),
    ("bg", "Не искам да загубя спомените си"),                # not wanting a loss: the way back
    ("bg", "Продължи без отстъпка"),                          # the way, no first person
    ("bg", "Приеми риска и продължи"),                        # an imperative, no first person
    ("bg", "Паролата е твърде слаба"),                        # a password, no person
    ("bg", "Не съм робот"),
    ("bg", "Слаб съм в тази игра? Опитай пак"),               # a question, not a statement
    ("bg", "Не, поръчката ми може да почака"),                # not one's own good
    ("bg", "Не, градината ми не е перфектна"),                # perfection denied
    ("bg", "Не искам да остана назад"),                       # refusing to stay behind
    ("bg", "Не искам новини"),                                # not wanting news is a plain no
    ("bg", "Не, не искам тази оферта"),                       # the offer named, no gain
    ("bg", "Нямам пари за харчене"),                          # lacking money: prudence, no boast
    # lt: a plain decline, a retreat, an imperative, a question, a description with no person
    ("lt", "Ne, ačiū"),
    ("lt", "Ne dabar"),
    ("lt", "Palikti mano paskyrą"),
    ("lt", "Nenoriu prarasti savo prisiminimų"),  # not wanting a loss: the way back
    ("lt", "Tęsti be nuolaidos"),  # the way, no first person
    ("lt", "Prisiimti riziką ir tęsti"),  # an imperative (infinitive), no first person
    ("lt", "Slaptažodis per silpnas"),  # a password, no person
    ("lt", "Nesu robotas"),
    ("lt", "Esu prastas šiame žaidime? Bandyti dar kartą"),  # a question, not a statement
    ("lt", "Ne, mano užsakymas gali palaukti"),  # not one's own good
    ("lt", "Ne, mano sodas nėra tobulas"),  # perfection denied
    ("lt", "Nenoriu likti užpakalyje"),  # refusing to stay behind
    ("lt", "Nenoriu naujienų"),  # not wanting news is a plain no
    ("lt", "Ne, nenoriu šio pasiūlymo"),  # the offer named, no gain
    # lv: a plain decline, a retreat, an imperative, a question, a description with no person
    ("lv", "Nē, paldies"),
    ("lv", "Ne tagad"),
    ("lv", "Paturēt manu kontu"),
    ("lv", "Negribu zaudēt savas atmiņas"),  # not wanting a loss: the way back
    ("lv", "Turpināt bez atlaides"),  # the way, no first person
    ("lv", "Pieņemt risku un turpināt"),  # an imperative (infinitive), no first person
    ("lv", "Parole ir pārāk vāja"),  # a password, no person
    ("lv", "Neesmu robots"),
    ("lv", "Esmu slikts šajā spēlē? Mēģināt vēlreiz"),  # a question, not a statement
    ("lv", "Nē, mans pasūtījums var pagaidīt"),  # not one's own good
    ("lv", "Nē, mans dārzs nav ideāls"),  # perfection denied
    ("lv", "Negribu palikt iepakaļ"),  # refusing to stay behind
    ("lv", "Negribu jaunumus"),  # not wanting news is a plain no
    ("lv", "Nē, negribu šo piedāvājumu"),  # the offer named, no gain
    # et: a plain decline, a retreat, an imperative, a question, a description with no person
    ("et", "Ei aitäh"),
    ("et", "Mitte praegu"),
    ("et", "Jäta minu konto alles"),
    ("et", "Ma ei taha oma mälestusi kaotada"),  # not wanting a loss: the way back
    ("et", "Jätka ilma allahindluseta"),  # the way, no first person
    ("et", "Nõustu riskiga ja jätka"),  # an imperative, no first person
    ("et", "Parool on liiga nõrk"),  # a password, no person
    ("et", "Ma ei ole robot"),
    ("et", "Olen selles mängus halb? Proovi uuesti"),  # a question, not a statement
    ("et", "Ei, minu tellimus võib oodata"),  # not one's own good
    ("et", "Ei, minu aed ei ole täiuslik"),  # perfection denied
    ("et", "Ma ei taha maha jääda"),  # refusing to stay behind
    ("et", "Ma ei taha uudiseid"),  # not wanting news is a plain no
    ("et", "Ei, ma ei taha seda pakkumist"),  # the offer named, no gain
]


@pytest.mark.parametrize("lang,label", SHAMING)
def test_confirmshaming_new_languages(lang, label):
    assert shamed(label, lang) == [label]


@pytest.mark.parametrize("lang,label", SHAMING_NEAR)
def test_confirmshaming_new_languages_near_misses(lang, label):
    # paired with a positive of the same language, so the test fails where the language has no
    # grammar at all (nothing is found there, near miss or not)
    positive = next(p for l, p in SHAMING if l == lang)
    assert (shamed(positive, lang), shamed(label, lang)) == ([positive], [])


# -- offline: a channel outside the app as the way to delete -----------------------------------
OFFLINE = [
    ("sk", ["## Zmazanie účtu", "Ak chcete zmazať účet, pošlite e-mail na podpora@priklad.sk."], "email"),
    ("sk", ["## Zrušenie účtu", "Účet zrušíte len tak, že zavoláte na našu zákaznícku linku. Zavolajte nám na 0900 123 456."], "call"),
    ("sk", ["## Zmazanie účtu", "Žiadosť o zmazanie účtu nám zašlite písomne na adresu sídla."], "letter"),
    ("sk", ["## Zrušenie účtu", "Účet môžete zrušiť iba osobne na pobočke."], "in_person"),
    ("sk", ["## Zmazanie účtu", "Pre zmazanie účtu vyplňte formulár na našej stránke."], "web_form"),
    ("sk", ["## Zmazanie účtu", "Ak chcete zmazať svoj účet, kontaktujte našu zákaznícku podporu."], "support"),
    ("sk", ["## Zmazanie účtu", "O zmazanie účtu môžete požiadať cez kontakty uvedené nižšie."], "support"),
    ("sk", ["## Zmazanie účtu", "Môžete nám napísať e-mail na pomoc@priklad.sk. Overíme vašu totožnosť a postaráme sa o zvyšok."], "email"),
    ("hr", ["## Brisanje računa", "Za brisanje računa pošaljite e-mail na podrska@primjer.hr."], "email"),
    ("hr", ["## Brisanje računa", "Račun se može obrisati samo telefonski. Nazovite nas na 0800 123 456."], "call"),
    ("hr", ["## Brisanje računa", "Zahtjev za brisanje računa pošaljite pisanim putem na adresu našeg sjedišta."], "letter"),
    ("hr", ["## Brisanje računa", "Račun možete zatvoriti samo osobno u poslovnici."], "in_person"),
    ("hr", ["## Brisanje računa", "Za brisanje računa ispunite obrazac na našim stranicama."], "web_form"),
    ("hr", ["## Brisanje računa", "Ako želite obrisati svoj račun, obratite se našoj korisničkoj podršci."], "support"),
    ("hr", ["## Brisanje računa", "Brisanje računa možete zatražiti putem kontakata navedenih ispod."], "support"),
    ("hr", ["## Brisanje računa", "Možete nam poslati e-mail na pomoc@primjer.hr. Provjerit ćemo vaš identitet i pobrinut ćemo se za ostalo."], "email"),
    ("sl", ["## Izbris računa", "Če želite izbrisati račun, pošljite e-pošto na podpora@primer.si."], "email"),
    ("sl", ["## Izbris računa", "Račun lahko izbrišete le po telefonu. Pokličite nas na 080 12 34."], "call"),
    ("sl", ["## Izbris računa", "Zahtevo za izbris računa nam pošljite pisno na naslov sedeža."], "letter"),
    ("sl", ["## Izbris računa", "Račun lahko zaprete samo osebno v poslovalnici."], "in_person"),
    ("sl", ["## Izbris računa", "Za izbris računa izpolnite obrazec na naši spletni strani."], "web_form"),
    ("sl", ["## Izbris računa", "Če želite izbrisati svoj račun, se obrnite na našo podporo."], "support"),
    ("sl", ["## Izbris računa", "Izbris računa lahko zahtevate prek kontaktov, navedenih spodaj."], "support"),
    ("sl", ["## Izbris računa", "Lahko nam pošljete e-pošto na pomoc@primer.si. Preverili bomo vašo identiteto in poskrbeli za ostalo."], "email"),
    ("bg", ["## Изтриване на акаунта", "За да изтриете акаунта си, изпратете имейл на podkrepa@primer.bg."], "email"),
    ("bg", ["## Изтриване на акаунта", "Акаунтът може да бъде закрит само по телефона. Обадете се на 0800 12 345."], "call"),
    ("bg", ["## Изтриване на акаунта", "Искането за изтриване на акаунта се подава писмено на адреса на дружеството."], "letter"),
    ("bg", ["## Изтриване на акаунта", "Акаунтът може да бъде закрит само лично в някой от нашите офиси."], "in_person"),
    ("bg", ["## Изтриване на акаунта", "За изтриване на акаунта попълнете формуляра на нашия сайт."], "web_form"),
    ("bg", ["## Изтриване на акаунта", "Ако искате да изтриете акаунта си, свържете се с нашия екип за поддръжка."], "support"),
    ("bg", ["## Изтриване на акаунта", "Можете да поискате изтриване на акаунта чрез данните за контакт, посочени по-долу."], "support"),
    ("bg", ["## Изтриване на акаунта", "Можете да ни пишете на pomosht@primer.bg. Ще проверим самоличността ви и ще се погрижим за останалото."], "email"),
    ("lt", ["## Paskyros ištrynimas", "Jei norite ištrinti paskyrą, atsiųskite el. laišką adresu pagalba@pavyzdys.lt."], "email"),
    ("lt", ["## Paskyros uždarymas", "Paskyrą uždarysite tik paskambinę mūsų klientų linijai. Skambinkite 8 700 12345."], "call"),
    ("lt", ["## Paskyros ištrynimas", "Prašymą ištrinti paskyrą atsiųskite mums raštu į buveinės adresą."], "letter"),
    ("lt", ["## Paskyros uždarymas", "Paskyrą galite uždaryti tik asmeniškai mūsų klientų aptarnavimo skyriuje."], "in_person"),
    ("lt", ["## Paskyros ištrynimas", "Norėdami ištrinti paskyrą, užpildykite formą mūsų svetainėje."], "web_form"),
    ("lt", ["## Paskyros ištrynimas", "Jei norite ištrinti savo paskyrą, susisiekite su mūsų klientų aptarnavimo komanda."], "support"),
    ("lt", ["## Paskyros ištrynimas", "Galite mums parašyti adresu pagalba@pavyzdys.lt. Patikrinsime jūsų tapatybę ir pasirūpinsime visa kita."], "email"),
    ("lv", ["## Konta dzēšana", "Ja vēlaties dzēst kontu, nosūtiet e-pastu uz atbalsts@piemers.lv."], "email"),
    ("lv", ["## Konta slēgšana", "Kontu var slēgt, tikai piezvanot uz mūsu klientu tālruni. Zvaniet 67 123 456."], "call"),
    ("lv", ["## Konta dzēšana", "Konta dzēšanas iesniegumu nosūtiet mums rakstiski uz juridisko adresi."], "letter"),
    ("lv", ["## Konta slēgšana", "Kontu var slēgt tikai klātienē mūsu filiālē."], "in_person"),
    ("lv", ["## Konta dzēšana", "Lai dzēstu kontu, aizpildiet veidlapu mūsu tīmekļa vietnē."], "web_form"),
    ("lv", ["## Konta dzēšana", "Ja vēlaties dzēst savu kontu, sazinieties ar mūsu klientu atbalstu."], "support"),
    ("lv", ["## Konta dzēšana", "Varat mums rakstīt uz palidziba@piemers.lv. Mēs pārbaudīsim jūsu identitāti un parūpēsimies par pārējo."], "email"),
    ("et", ["## Konto kustutamine", "Kui soovite konto kustutada, saatke e-kiri aadressile tugi@naide.ee."], "email"),
    ("et", ["## Konto sulgemine", "Konto saab sulgeda ainult meie klienditoele helistades. Helistage numbril 600 1234."], "call"),
    ("et", ["## Konto kustutamine", "Saatke konto kustutamise taotlus meile kirjalikult meie postiaadressile."], "letter"),
    ("et", ["## Konto sulgemine", "Kontot saab sulgeda ainult isiklikult meie esinduses."], "in_person"),
    ("et", ["## Konto kustutamine", "Konto kustutamiseks täitke meie veebilehel vorm."], "web_form"),
    ("et", ["## Konto kustutamine", "Kui soovite oma konto kustutada, võtke ühendust meie klienditoega."], "support"),
    ("et", ["## Konto kustutamine", "Võite meile kirjutada aadressil abi@naide.ee. Kontrollime teie isikut ja hoolitseme ülejäänu eest."], "email"),
    # lt lv et: a channel, then the provider at work; contact details named elsewhere on the page
    ("lt", ["## Paskyros ištrynimas", "Galite atsiųsti el. laišką adresu pagalba@pavyzdys.lt, o mes pasirūpinsime visa kita."], "email"),
    ("lt", ["Paskyros ištrynimo galite paprašyti žemiau nurodytais kontaktais."], "support"),
    ("lv", ["## Konta dzēšana", "Varat nosūtīt e-pastu uz palidziba@piemers.lv, un mēs parūpēsimies par pārējo."], "email"),
    ("lv", ["Konta dzēšanu varat pieprasīt, izmantojot zemāk norādīto kontaktinformāciju."], "support"),
    ("et", ["## Konto kustutamine", "Võite saata e-kirja aadressile abi@naide.ee ja me hoolitseme ülejäänu eest."], "email"),
    ("et", ["Konto kustutamist saate taotleda allpool toodud kontaktandmete kaudu."], "support"),
]

OFFLINE_NEAR = [
    # sk: help for questions, the way in the app, no contact needed, another right
    ("sk", ["## Zmazanie účtu", "Účet zmažete v aplikácii v časti Nastavenia > Účet > Zmazať účet.",
            "Ak máte otázky, napíšte nám na podpora@priklad.sk."]),
    ("sk", ["## Zmazanie účtu", "Otázky k zmazaniu účtu? Napíšte nám na podpora@priklad.sk."]),
    ("sk", ["## Zmazanie účtu", "Účet si zmažete sami v aplikácii, nemusíte nás kontaktovať e-mailom."]),
    ("sk", ["## Zmazanie účtu", "Okrem zmazania účtu môžete požiadať o kópiu svojich údajov e-mailom na gdpr@priklad.sk."]),
    ("sk", ["## Zmazanie účtu", "Po zmazaní vám pošleme potvrdenie e-mailom."]),
    ("hr", ["## Brisanje računa", "Račun brišete u aplikaciji: Postavke > Račun > Obriši račun.",
            "Ako imate pitanja, pišite nam na podrska@primjer.hr."]),
    ("hr", ["## Brisanje računa", "Pitanja o brisanju računa? Pišite nam na podrska@primjer.hr."]),
    ("hr", ["## Brisanje računa", "Račun možete sami obrisati u aplikaciji, ne morate nas kontaktirati e-poštom."]),
    ("hr", ["## Brisanje računa", "Osim brisanja računa, kopiju svojih podataka možete zatražiti e-poštom na gdpr@primjer.hr."]),
    ("hr", ["## Brisanje računa", "Nakon brisanja poslat ćemo vam potvrdu e-poštom."]),
    ("sl", ["## Izbris računa", "Račun izbrišete v aplikaciji: Nastavitve > Račun > Izbriši račun.",
            "Če imate vprašanja, nam pišite na podpora@primer.si."]),
    ("sl", ["## Izbris računa", "Vprašanja o izbrisu računa? Pišite nam na podpora@primer.si."]),
    ("sl", ["## Izbris računa", "Račun lahko sami izbrišete v aplikaciji, ni vam treba pisati po e-pošti."]),
    ("sl", ["## Izbris računa", "Poleg izbrisa računa lahko kopijo svojih podatkov zahtevate po e-pošti na gdpr@primer.si."]),
    ("sl", ["## Izbris računa", "Po izbrisu vam bomo poslali potrditev po e-pošti."]),
    ("bg", ["## Изтриване на акаунта", "Акаунтът се изтрива в приложението: Настройки > Акаунт > Изтрий акаунта.",
            "Ако имате въпроси, пишете ни на podkrepa@primer.bg."]),
    ("bg", ["## Изтриване на акаунта", "Въпроси относно изтриването на акаунта? Пишете ни на podkrepa@primer.bg."]),
    ("bg", ["## Изтриване на акаунта", "Можете сами да изтриете акаунта си в приложението, не е нужно да ни пишете по имейл."]),
    ("bg", ["## Изтриване на акаунта", "Освен изтриването на акаунта, можете да поискате копие на данните си по имейл на gdpr@primer.bg."]),
    ("bg", ["## Изтриване на акаунта", "След изтриването ще ви изпратим потвърждение по имейл."]),
    # lt: help for questions, the way in the app, no contact needed, another right, a mail the app sends
    ("lt", ["## Paskyros ištrynimas", "Paskyrą ištrinsite programėlėje: Nustatymai > Paskyra > Ištrinti paskyrą.", "Jei turite klausimų, rašykite mums adresu pagalba@pavyzdys.lt."]),
    ("lt", ["## Paskyros ištrynimas", "Klausimai dėl paskyros ištrynimo? Rašykite adresu pagalba@pavyzdys.lt."]),
    ("lt", ["## Paskyros ištrynimas", "Paskyrą ištrinsite patys programėlėje, jums nereikia su mumis susisiekti el. paštu."]),
    ("lt", ["## Paskyros ištrynimas", "Be paskyros ištrynimo, galite el. paštu gdpr@pavyzdys.lt paprašyti savo duomenų kopijos."]),
    ("lt", ["## Paskyros ištrynimas", "Po ištrynimo atsiųsime jums patvirtinimą el. paštu."]),
    ("lt", ["Ištrinti paskyrą", "Ištrinkite paskyrą patys Nustatymuose, užuot rašę mums adresu help@example.com."]),
    ("lt", ["Ištrinti paskyrą", "Susisiekite su klientų aptarnavimo komanda, kad išspręstumėte galimas mokėjimo problemas."]),
    ("lt", ["Ištrinti paskyrą", "Jei norite gauti savo duomenų kopiją prieš ištrinant paskyrą, rašykite adresu privacy@example.com."]),
    # lv: help for questions, the way in the app, no contact needed, another right, a mail the app sends
    ("lv", ["## Konta dzēšana", "Kontu varat dzēst lietotnē: Iestatījumi > Konts > Dzēst kontu.", "Ja jums ir jautājumi, rakstiet mums uz atbalsts@piemers.lv."]),
    ("lv", ["## Konta dzēšana", "Jautājumi par konta dzēšanu? Rakstiet uz atbalsts@piemers.lv."]),
    ("lv", ["## Konta dzēšana", "Kontu dzēsīsiet paši lietotnē, jums nav jāsazinās ar mums pa e-pastu."]),
    ("lv", ["## Konta dzēšana", "Papildus konta dzēšanai varat pa e-pastu gdpr@piemers.lv pieprasīt savu datu kopiju."]),
    ("lv", ["## Konta dzēšana", "Pēc dzēšanas mēs jums nosūtīsim apstiprinājumu pa e-pastu."]),
    ("lv", ["Dzēst kontu", "Dzēsiet kontu paši Iestatījumos, tā vietā, lai rakstītu mums uz help@example.com."]),
    ("lv", ["Dzēst kontu", "Sazinieties ar klientu atbalstu, lai atrisinātu jebkuras maksājumu problēmas."]),
    ("lv", ["Dzēst kontu", "Ja vēlaties saņemt savu datu kopiju pirms konta dzēšanas, rakstiet uz privacy@example.com."]),
    # et: help for questions, the way in the app, no contact needed, another right, a mail the app sends
    ("et", ["## Konto kustutamine", "Konto kustutate rakenduses: Seaded > Konto > Kustuta konto.", "Kui teil on küsimusi, kirjutage meile aadressil tugi@naide.ee."]),
    ("et", ["## Konto kustutamine", "Küsimused konto kustutamise kohta? Kirjutage aadressil tugi@naide.ee."]),
    ("et", ["## Konto kustutamine", "Konto kustutate ise rakenduses, te ei pea meiega e-posti teel ühendust võtma."]),
    ("et", ["## Konto kustutamine", "Lisaks konto kustutamisele võite e-posti teel gdpr@naide.ee taotleda oma andmete koopiat."]),
    ("et", ["## Konto kustutamine", "Pärast kustutamist saadame teile kinnituse e-postiga."]),
    ("et", ["Kustuta konto", "Kustutage konto ise Seadetes, selle asemel et kirjutada aadressile help@example.com."]),
    ("et", ["Kustuta konto", "Võtke ühendust klienditoega, et lahendada võimalikud makseprobleemid."]),
    ("et", ["Kustuta konto", "Kui soovite oma andmete koopiat enne konto kustutamist, kirjutage aadressile privacy@example.com."]),
    # lt lv et: an address for questions about the deletion; the deletion named in passing, the
    # address for a copy of one's data or its correction
    ("lt", ["## Paskyros ištrynimas", "Klausimai apie paskyros ištrynimą? Parašykite adresu pagalba@pavyzdys.lt."]),
    ("lt", ["Be paskyros ištrynimo, galite paprašyti savo duomenų kopijos arba jų ištaisymo, parašę adresu privacy@pavyzdys.lt."]),
    ("lv", ["## Konta dzēšana", "Jautājumi par konta dzēšanu? Rakstiet uz palidziba@piemers.lv."]),
    ("lv", ["Papildus konta dzēšanai varat pieprasīt savu datu kopiju vai to labošanu, rakstot uz privacy@piemers.lv."]),
    ("et", ["## Konto kustutamine", "Küsimused konto kustutamise kohta? Kirjutage aadressile abi@naide.ee."]),
    ("et", ["Lisaks konto kustutamisele võite taotleda oma andmete koopiat või nende parandamist, kirjutades aadressile privacy@naide.ee."]),
]


@pytest.mark.parametrize("lang,lines,channel", OFFLINE)
def test_offline_new_languages(lang, lines, channel):
    f = offline(lines, lang)
    assert f is not None and f.data["channels"] == [channel]


@pytest.mark.parametrize("lang,lines", OFFLINE_NEAR)
def test_offline_new_languages_near_misses(lang, lines):
    positive = next(p for l, p, _ in OFFLINE if l == lang)
    assert offline(positive, lang) is not None and offline(lines, lang) is None


# -- context: what the text is about -----------------------------------------------------------
CONTEXT = [
    # (language, text, a kind it says, a kind it must not say)
    ("sk", "Zmazať účet", "deletion", None),
    ("sk", "Zrušiť žiadosť o zmazanie", None, "deletion"),          # undoing: the way back
    ("sk", "Zrušiť predplatné", "cancel_goal", None),
    ("sk", "Musíte nám poslať žiadosť", "requirement", None),
    ("sk", "Pošlite nám e-mail z adresy svojho účtu.", "imperative", None),
    ("sk", "Vaše údaje vymažeme do 30 dní.", "provider_deletes", None),
    ("sk", "Spracujeme vašu žiadosť a ozveme sa.", "provider_handles", None),
    ("sk", "Ak už nemáte prístup k aplikácii, napíšte nám.", "cannot_use_app", None),
    ("sk", "Žiadosť bude spracovaná do 30 dní.", "processing", None),
    ("sk", "Zmeniť profilovú fotku", None, "deletion"),
    ("hr", "Obriši račun", "deletion", None),
    ("hr", "Otkaži zahtjev za brisanje", None, "deletion"),            # undoing: the way back
    ("hr", "Otkaži pretplatu", "cancel_goal", None),
    ("hr", "Morate nam poslati zahtjev", "requirement", None),
    ("hr", "Pošaljite nam e-mail s adrese svog računa.", "imperative", None),
    ("hr", "Vaše podatke obrisat ćemo u roku od 30 dana.", "provider_deletes", None),
    ("hr", "Obradit ćemo vaš zahtjev i javiti vam se.", "provider_handles", None),
    ("hr", "Ako više nemate pristup aplikaciji, pišite nam.", "cannot_use_app", None),
    ("hr", "Zahtjev će biti obrađen u roku od 30 dana.", "processing", None),
    ("hr", "Promijeni profilnu sliku", None, "deletion"),
    ("sl", "Izbriši račun", "deletion", None),
    ("sl", "Prekliči zahtevo za izbris", None, "deletion"),             # undoing: the way back
    ("sl", "Prekliči naročnino", "cancel_goal", None),
    ("sl", "Poslati nam morate zahtevo", "requirement", None),
    ("sl", "Pošljite nam e-pošto z naslova svojega računa.", "imperative", None),
    ("sl", "Vaše podatke bomo izbrisali v 30 dneh.", "provider_deletes", None),
    ("sl", "Obdelali bomo vaš zahtevek in se vam oglasili.", "provider_handles", None),
    ("sl", "Če nimate več dostopa do aplikacije, nam pišite.", "cannot_use_app", None),
    ("sl", "Zahtevek bo obdelan v 30 dneh.", "processing", None),
    ("sl", "Spremeni profilno sliko", None, "deletion"),
    ("bg", "Изтрий акаунта", "deletion", None),
    ("bg", "Отмяна на искането за изтриване", None, "deletion"),        # undoing: the way back
    ("bg", "Прекратяване на абонамента", "cancel_goal", None),
    ("bg", "Трябва да ни изпратите искане", "requirement", None),
    ("bg", "Изпратете ни имейл от адреса на акаунта си.", "imperative", None),
    ("bg", "Ще изтрием данните ви до 30 дни.", "provider_deletes", None),
    ("bg", "Ще обработим вашата заявка и ще се свържем с вас.", "provider_handles", None),
    ("bg", "Ако нямате достъп до приложението, пишете ни.", "cannot_use_app", None),
    ("bg", "Заявката ще бъде обработена до 30 дни.", "processing", None),
    ("bg", "Смяна на профилната снимка", None, "deletion"),
    ("lt", "Ištrinti paskyrą", "deletion", None),
    ("lt", "Atšaukti ištrynimo užklausą", None, "deletion"),
    ("lt", "Atšaukti prenumeratą", "cancel_goal", None),
    ("lt", "Turite mums atsiųsti prašymą", "requirement", None),
    ("lt", "Atsiųskite mums el. laišką iš savo paskyros adreso.", "imperative", None),
    ("lt", "Jūsų duomenis ištrinsime per 30 dienų.", "provider_deletes", None),
    ("lt", "Apdorosime jūsų užklausą ir susisieksime.", "provider_handles", None),
    ("lt", "Jei nebeturite prieigos prie programėlės, parašykite mums.", "cannot_use_app", None),
    ("lt", "Užklausa bus apdorota per 30 dienų.", "processing", None),
    ("lt", "Pakeisti profilio nuotrauką", None, "deletion"),
    ("lv", "Dzēst kontu", "deletion", None),
    ("lv", "Atcelt dzēšanas pieprasījumu", None, "deletion"),
    ("lv", "Atcelt abonementu", "cancel_goal", None),
    ("lv", "Jums ir jānosūta mums pieprasījums", "requirement", None),
    ("lv", "Nosūtiet mums e-pastu no sava konta adreses.", "imperative", None),
    ("lv", "Jūsu datus dzēsīsim 30 dienu laikā.", "provider_deletes", None),
    ("lv", "Mēs apstrādāsim jūsu pieprasījumu un sazināsimies ar jums.", "provider_handles", None),
    ("lv", "Ja jums vairs nav piekļuves lietotnei, rakstiet mums.", "cannot_use_app", None),
    ("lv", "Pieprasījums tiks apstrādāts 30 dienu laikā.", "processing", None),
    ("lv", "Mainīt profila attēlu", None, "deletion"),
    ("et", "Kustuta konto", "deletion", None),
    ("et", "Tühista kustutamistaotlus", None, "deletion"),
    ("et", "Tühista tellimus", "cancel_goal", None),
    ("et", "Te peate meile saatma taotluse", "requirement", None),
    ("et", "Saatke meile e-kiri oma konto aadressilt.", "imperative", None),
    ("et", "Kustutame teie andmed 30 päeva jooksul.", "provider_deletes", None),
    ("et", "Menetleme teie taotluse ja võtame teiega ühendust.", "provider_handles", None),
    ("et", "Kui teil pole enam juurdepääsu rakendusele, kirjutage meile.", "cannot_use_app", None),
    ("et", "Taotlus töödeldakse 30 päeva jooksul.", "processing", None),
    ("et", "Muuda profiilipilti", None, "deletion"),
]


@pytest.mark.parametrize("lang,text,says,not_says", CONTEXT)
def test_context_new_languages(lang, text, says, not_says):
    assert "deletion" in context_kinds(next(t for l, t, k, _ in CONTEXT if l == lang and k == "deletion"), lang)
    kinds = context_kinds(text, lang)
    assert (says is None or says in kinds) and (not_says is None or not_says not in kinds)


# -- verification burden -----------------------------------------------------------------------
VERIFICATION = [
    ("sk", "Odfoťte si selfie s občianskym preukazom", "selfie_with_id"),
    ("sk", "Je potrebné rozpoznanie tváre", "face_scan"),
    ("sk", "Nahrajte fotku občianskeho preukazu", "id_photo"),
    ("sk", "Overte svoju platobnú kartu", "bank_card"),
    ("sk", "Zadajte telefónne číslo", "sms"),
    ("sk", "Pošleme vám SMS s overovacím kódom", "sms"),
    ("hr", "Snimite selfie s osobnom iskaznicom", "selfie_with_id"),
    ("hr", "Potrebno je prepoznavanje lica", "face_scan"),
    ("hr", "Učitajte fotografiju osobne iskaznice", "id_photo"),
    ("hr", "Potvrdite svoju bankovnu karticu", "bank_card"),
    ("hr", "Unesite broj mobitela", "sms"),
    ("hr", "Poslat ćemo vam SMS s kodom za potvrdu", "sms"),
    ("sl", "Posnemite selfi z osebno izkaznico", "selfie_with_id"),
    ("sl", "Potrebno je prepoznavanje obraza", "face_scan"),
    ("sl", "Naložite fotografijo osebne izkaznice", "id_photo"),
    ("sl", "Potrdite svojo bančno kartico", "bank_card"),
    ("sl", "Vnesite telefonsko številko", "sms"),
    ("sl", "Poslali vam bomo SMS s kodo za potrditev", "sms"),
    ("bg", "Направете селфи с личната си карта", "selfie_with_id"),
    ("bg", "Изисква се лицево разпознаване", "face_scan"),
    ("bg", "Качете снимка на личната си карта", "id_photo"),
    ("bg", "Потвърдете банковата си карта", "bank_card"),
    ("bg", "Въведете телефонния си номер", "sms"),
    ("bg", "Ще ви изпратим SMS с код за потвърждение", "sms"),
    ("lt", "Nusifotografuokite asmenukę su asmens tapatybės kortele", "selfie_with_id"),
    ("lt", "Reikalingas veido atpažinimas", "face_scan"),
    ("lt", "Įkelkite asmens tapatybės kortelės nuotrauką", "id_photo"),
    ("lt", "Patvirtinkite savo mokėjimo kortelę", "bank_card"),
    ("lt", "Įveskite telefono numerį", "sms"),
    ("lt", "Atsiųsime jums SMS su patvirtinimo kodu", "sms"),
    ("lv", "Uzņemiet pašbildi ar savu personas apliecību", "selfie_with_id"),
    ("lv", "Nepieciešama sejas atpazīšana", "face_scan"),
    ("lv", "Augšupielādējiet personas apliecības fotogrāfiju", "id_photo"),
    ("lv", "Apstipriniet savu maksājumu karti", "bank_card"),
    ("lv", "Ievadiet tālruņa numuru", "sms"),
    ("lv", "Mēs jums nosūtīsim īsziņu ar apstiprinājuma kodu", "sms"),
    ("et", "Tehke selfie koos oma isikutunnistusega", "selfie_with_id"),
    ("et", "Vajalik on näotuvastus", "face_scan"),
    ("et", "Laadige üles oma isikutunnistuse foto", "id_photo"),
    ("et", "Kinnitage oma maksekaart", "bank_card"),
    ("et", "Sisestage telefoninumber", "sms"),
    ("et", "Saadame teile SMS-i kinnituskoodiga", "sms"),
]

VERIFICATION_NEAR = [
    ("sk", "Zmeniť profilovú fotku"),                       # a photo of a person, no ID demand
    ("sk", "Zadajte číslo karty"),                          # paying, not proving who one is
    ("sk", "Telefónne číslo nie je platné"),                # a form's validation message
    ("hr", "Promijeni profilnu sliku"),
    ("hr", "Unesite broj kartice"),
    ("hr", "Broj telefona nije ispravan"),
    ("sl", "Spremeni profilno sliko"),
    ("sl", "Vnesite številko kartice"),
    ("sl", "Telefonska številka ni veljavna"),
    ("bg", "Смяна на профилната снимка"),
    ("bg", "Въведете номера на картата"),
    ("bg", "Телефонният номер не е валиден"),
    ("lt", "Pakeisti profilio nuotrauką"),  # a photo of a person, no ID demand
    ("lt", "Įveskite kortelės numerį"),  # paying, not proving who one is
    ("lt", "Telefono numeris negalioja"),  # a form's validation message
    ("lv", "Mainīt profila attēlu"),  # a photo of a person, no ID demand
    ("lv", "Ievadiet kartes numuru"),  # paying, not proving who one is
    ("lv", "Tālruņa numurs nav derīgs"),  # a form's validation message
    ("et", "Muuda profiilipilti"),  # a photo of a person, no ID demand
    ("et", "Sisestage kaardi number"),  # paying, not proving who one is
    ("et", "Telefoninumber ei ole kehtiv"),  # a form's validation message
]


@pytest.mark.parametrize("lang,text,kind", VERIFICATION)
def test_verification_new_languages(lang, text, kind):
    assert verification(text, lang) == [kind]


@pytest.mark.parametrize("lang,text", VERIFICATION_NEAR)
def test_verification_new_languages_near_misses(lang, text):
    positive, kind = next((t, k) for l, t, k in VERIFICATION if l == lang)
    assert verification(positive, lang) == [kind]
    assert "verification_burden" not in types(run(screen(text), language=lang, signup_phone=False))


# -- the offline parity forms (tests/test_offline_parity14.py) in lt, lv, et, the language given --
# test_offline_parity14.py runs the same screens with the language guessed (words/language.py);
# here the language is given, so the lexicon blocks are tested apart from the guess.
def _parity14_cases():
    from tests import test_offline_parity14 as p14
    tables = (p14.OPTION, p14.FAILS, p14.FINISH, p14.PAGE, p14.TROUBLE)
    return [(lang, items, exp) for table in tables for lang, items, exp in table
            if lang in BALTIC]


@pytest.mark.parametrize("lang,items,channels", _parity14_cases())
def test_offline_parity14_forms_baltic(lang, items, channels):
    found = [f.data["channels"] for f in run(screen(*items), language=lang)
             if f.type == "offline_requirement"]
    assert found == [channels]

"""The text detectors recognise the FORM of confirmshaming, an offline requirement and a forced
wait, in every lexicon language, with near-misses that must stay quiet.

Every expected value was worked out by hand from the wording: which words make the decline a
first-person belittling statement; which channel the sentence sends the person to; how many
seconds the label counts. None is copied from the program's output.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors.forced_wait import countdown_seconds
from tests.test_detectors_text import btn, run, screen, types


# -- confirmshaming ---------------------------------------------------------------------------
def shamed(label: str) -> list[str]:
    """The labels found confirmshaming when `label` is the decline beside an offer's "yes"."""
    return [f.evidence for f in run(screen("Special offer", btn("Yes, please"), btn(label)))
            if f.type == "confirmshaming"]


@pytest.mark.parametrize("label", [
    "No thanks, I don't like deals",                 # en: refusal of a gain
    "I'd rather pay full price",                     # en: preference for the worse option
    "No, I prefer to stay unprotected",              # en
    "No, I don't feel lucky",                        # en
    "Nein danke, ich verzichte auf Rabatte",         # de: renouncing a gain
    "Nein, ich zahle lieber den vollen Preis",       # de: preference for the worse option
    "Non merci, je préfère payer plein tarif",       # fr
    "Non, je n'ai pas besoin de réductions",         # fr: refusal of a gain
    "Non, je préfère rester mal informé",            # fr: a decline worded with "stay"
    "No, gracias, no necesito ahorrar",              # es
    "No, prefiero pagar más",                        # es
    "Não, obrigado, não quero economizar",           # pt
    "Não, prefiro pagar o preço cheio",              # pt
    "Нет, я не хочу экономить",                      # ru: refusal of a gain
    "Нет, спасибо, я лучше заплачу полную цену",     # ru: preference for the worse option
    "いいえ、割引はいりません",                          # ja: refusal of a discount
    "아니요, 할인 필요 없어요",                          # ko: refusal of a discount
    "不了，我不想省钱",                                 # zh-Hans: refusal of saving money
    "我宁愿原价购买",                                   # zh-Hans: rather pay the full price
    "残忍离开",                                        # zh-Hans: "leave cruelly"
    "不了，我不想省錢",                                 # zh-Hant
    # the complement is judged by how pleasant people rate it (VADER valence), on any topic:
    "No, I don't want to feel confident",            # en: refusal of a pleasant state (+2.2)
    "Nope, I won't celebrate anything",              # en: any verb after the negation (+2.7)
    "No thanks, I'd rather stay confused",           # en: preference for an unpleasant one (-1.3)
    "No thanks, I prefer being tired",               # en: (-1.9)
    "No, I despise being organized",                 # en: aversion, whatever follows
    "No thanks, I'm too smart for tips",             # en: self-judgement ("too … for") + a gain
    "Nein danke, ich zahle 20 € mehr",               # de: paying a stated amount more
    "Nein, ich möchte Prämien verpassen",            # de: wanting the loss
    "Non merci, je préfère échouer seul",            # fr: preference for failing
    "No gracias, prefiero seguir con un plan horrible",   # es
    # written for issue 13 after the held-out set's first look (its lines are not reused here)
    "No, I'll take my chances without a backup",     # en: the idiom of running a risk
    "Nah, I know it all already",                    # en: mock self-praise
    "No thanks, I want to keep wasting time",        # en: wanting to go on with a loss
    "No thanks, I'd rather pay for shipping",        # en: paying what the offer makes free
    "Nein danke, ich kaufe lieber zum Vollpreis",    # de: the compound for full price
    "Non merci, je ne veux pas d'accès VIP",         # fr: refusal of a gain (VIP)
    "Non merci, je préfère payer la livraison",      # fr: paying the delivery
    "No gracias, no quiero dominar la guitarra",     # es: refusal of mastering a skill
    "いいえ、定価で払いたいです",                        # ja: wanting to pay the list price
])
def test_confirmshaming_form(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    "No thanks", "Not now", "Skip for now", "Keep my account",      # plain declines / retreat
    "I don't want to delete my account",             # refusing the action itself
    "No, I don't want to lose my memories",          # the way back, worded as a loss
    "I'd rather not lose my progress",
    "No thanks, I don't want emails",                # a plain opt-out
    "No thanks, I'm not interested",
    "Nein danke", "Ich möchte meine Vorteile nicht verlieren",
    "Non merci", "Je ne veux pas perdre mes avantages",
    "No, gracias", "No quiero perder mis descuentos",
    "Não, obrigado", "Нет, спасибо", "いいえ", "아니요", "不用了", "暂不注销",
    # first-person declines that belittle nothing: the courtesy and stance words are not the
    # complement, nor a pleasant word before the stance, nor the plain words of leaving
    "No thanks, I don't need help",                  # help (+1.7) is a courtesy word here
    "Thanks, great, but I'd rather cancel",          # cancel (-1.0) is the plain action
    "No thanks, I'm too busy right now",             # "too … for" with no gain after it
    "No, I don't want to try it",                    # trying, but nothing new
    "No thanks, I'd rather browse first",
    "No thanks, I don't want to share my location",
    "Congratulations! I don't want it",              # pleasant, but before the refusal
    "该优惠不需要积分",                                  # zh: a thing needs nothing (no 我)
    "このクーポンには有効期限は必要ありません",              # ja: the needer is a thing (に)
    "Yes, I'm fine with losing my unsaved changes",  # en: the plain consequence of discarding
    "I understand that I will lose all my data",     # en: a deletion's acknowledgement
    "No thanks, I want to keep my plan",             # en: keeping, with nothing worse named
    "Nein danke, ich verzichte auf das Angebot",     # de: "the offer" names no gain
])
def test_confirmshaming_near_misses(label):
    assert "confirmshaming" not in types(run(screen("Special offer", btn("Yes"), btn(label))))


# -- confirmshaming in the languages added on 2026-11-30, and forms seen missing in a held-out
# set (confirmshaming_heldout2.tsv), each in our own wording (none of these lines is in
# benchmarks/data/); every one is missed by the grammar before that change.
@pytest.mark.parametrize("label", [
    "No grazie, preferisco pagare di più",               # it: preferring to pay more
    "No grazie, non mi interessano i regali",           # it: refusing gifts
    "Nee, ik wil geen korting",                          # nl: refusing a discount
    "Nee hoor, ik verlies liever mijn voordeel",         # nl: preferring a loss
    "Nej, jag vill inte ha rabatt",                      # sv
    "Nej tak, jeg vil ikke have rabat",                  # da
    "Nei, jeg vil ikke ha bedre helse",                  # nb
    "Nie, dziękuję, nie chcę oszczędzać czasu",          # pl: refusing a saving
    "No thanks, I'd rather keep paying 12 dollars more", # en: an amount more
    "No, I don't want to lose weight the easy way",      # en: losing weight is a gain
    "No, I don't need to level up",                      # en: bettering oneself
    "Nein, ich will keine neuen Kunden",                 # de: customers
    "残忍关闭",                                            # zh: closing cruelly
    "아니요, 쿠폰을 놓치겠습니다",                            # ko: "I will miss the coupon"
])
def test_confirmshaming_new_forms(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    "No grazie", "No grazie, non voglio perdere i miei dati",      # it: a plain no; the way back
    "Nee bedankt", "Nee, ik wil mijn gegevens niet verliezen",     # nl
    "Nej tack", "Nej tak", "Nei takk", "Nie, dziękuję",           # sv da nb pl plain
    "No thanks, I don't want this special offer",         # en: the offer itself, no gain named
    "No grazie, non voglio questa offerta speciale",      # it: the same
    "No, I don't want to lose my photos",                 # en: the way back, still
    "No, prefiero seguir solo con el plan básico",        # es: "solo" = only, not alone
])
def test_confirmshaming_new_near_misses(label):
    assert "confirmshaming" not in types(run(screen("Special offer", btn("Yes"), btn(label))))



# -- confirmshaming in the lexicon languages added later on 2026-11-30 (cs tr fi hu ro uk id vi
# el ar he hi th), two forms each in our own wording (no corpus line was seen): a refusal of a
# gain and a preference for the worse option. Every one is missed by the grammar before that
# change.
@pytest.mark.parametrize("label", [
    "Ne, díky, nechci slevy",                            # cs: refusing discounts
    "Ne, raději zaplatím plnou cenu",                    # cs: rather pay the full price
    "Hayır, indirim istemiyorum",                        # tr: the object before the verb
    "Hayır, tam fiyat ödemeyi tercih ederim",            # tr: preferring the full price
    "Ei kiitos, en halua säästää rahaa",                 # fi: refusing to save money
    "Ei, maksan mieluummin täyden hinnan",               # fi
    "Nem, köszönöm, nem kérek kedvezményt",              # hu
    "Nem, inkább teljes árat fizetek",                   # hu
    "Nu, mulțumesc, nu vreau reduceri",                  # ro
    "Nu, prefer să plătesc prețul întreg",               # ro
    "Ні, мені не потрібні знижки",                       # uk: "I don't need discounts"
    "Ні, дякую, я волію переплачувати",                  # uk: "I'd rather overpay"
    "Tidak, saya tidak butuh diskon",                    # id
    "Tidak, saya lebih suka bayar harga penuh",          # id
    "Không, tôi không muốn tiết kiệm",                   # vi: refusing to save
    "Không, tôi thà trả giá gốc",                        # vi: rather pay the list price
    "Όχι, δεν θέλω εκπτώσεις",                           # el
    "Όχι ευχαριστώ, προτιμώ να πληρώσω την πλήρη τιμή",  # el
    "لا، لا أريد الخصومات",                               # ar: "no, I don't want the discounts"
    "لا شكرًا، أفضّل دفع السعر الكامل",                    # ar: "I prefer paying the full price"
    "לא, אני לא רוצה הנחות",                              # he: "I don't want discounts"
    "לא תודה, אני מעדיף לשלם מחיר מלא",                   # he: "I prefer to pay full price"
    "नहीं, मुझे छूट नहीं चाहिए",                              # hi: "I don't want a discount"
    "नहीं, मैं पूरी कीमत देना पसंद करूँगा",                     # hi: "I'd prefer to pay the full price"
    "ไม่ ขอบคุณ ฉันไม่อยากได้ส่วนลด",                            # th: "I don't want a discount"
    "ไม่ล่ะ ฉันยอมจ่ายเต็มราคา",                                # th: "I'll accept paying full price"
])
def test_confirmshaming_more_languages(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    "Ne, děkuji", "Ne, nechci přijít o svá data",                    # cs: a plain no; the way back
    "Hayır, teşekkürler", "Hayır, verilerimi kaybetmek istemiyorum",  # tr
    "Ei kiitos", "Ei, en halua menettää tietojani",                   # fi
    "Nem, köszönöm", "Nem akarom elveszíteni az adataimat",           # hu
    "Nu, mulțumesc", "Nu vreau să pierd datele mele",                 # ro
    "Ні, дякую", "Ні, я не хочу втрачати свої дані",                  # uk
    "Tidak, terima kasih", "Saya tidak mau kehilangan data saya",     # id
    "Không, cảm ơn", "Tôi không muốn mất dữ liệu của mình",           # vi
    "Όχι, ευχαριστώ", "Δεν θέλω να χάσω τα δεδομένα μου",             # el
    "لا، شكرًا", "لا أريد أن أفقد بياناتي",                              # ar
    "לא, תודה", "אני לא רוצה לאבד את הנתונים שלי",                      # he
    "नहीं, धन्यवाद", "मैं अपना डेटा खोना नहीं चाहता",                        # hi
    "ไม่ ขอบคุณ", "ฉันไม่อยากสูญเสียข้อมูลของฉัน",                          # th
    # "not required", said of a thing beside a gain: no person refuses anything
    "Ücretsiz deneme için kredi kartı gerek yok",                   # tr
    "Gratis, tidak perlu kartu kredit",                             # id
    "חינם, לא צריך כרטיס אשראי",                                    # he
    "मुफ़्त ट्रायल के लिए क्रेडिट कार्ड की ज़रूरत नहीं",                        # hi
    "ทดลองใช้ฟรี ไม่ต้องการบัตรเครดิต",                                   # th
])
def test_confirmshaming_more_languages_near_misses(label):
    assert "confirmshaming" not in types(run(screen("Special offer", btn("Yes"), btn(label))))


# Forms written in our own words after the misses of confirmshaming_heldout3.tsv were seen
# (2026-11-30); each fails without its entry in confirmshaming.yaml.
@pytest.mark.parametrize("label", [
    "No thanks, I'll stay ordinary",                         # en: staying small
    "Nah, I will remain average",                            # en
    "No, I'll carry on without any results",                 # en: going without a gain
    "Exit and keep paying full price",                       # en: an exit naming its price
    "Skip and miss out on the bonus",                        # en
    "No thanks, I am fine with pop-ups",                     # en: the troubles one keeps
    "I'm such a chump",                                      # en: self-mockery
    "Nope, I'm too scared",                                  # en
    "Nein danke, ich bleibe lieber mittelmäßig",             # de: staying small
    "Schließen und den vollen Preis zahlen",                 # de: an exit naming its price
    "Nein, ich mag keine Neuigkeiten",                       # de: disliking knowing things
    "Nein danke, ich will keinen Gewinn",                    # de: refusing a gain (profit)
    "Non merci, je reste dans la moyenne",                   # fr: staying small
    "Fermer et payer plein tarif",                           # fr: an exit naming its price
    "Non, je vais continuer à perdre",                       # fr: keeping on losing
    "No gracias, prefiero seguir sin resultados",            # es: going without a gain
    "Salir y pagar más",                                     # es: an exit naming its price
    "No, prefiero seguir cometiendo errores",                # es: the troubles one keeps
    "Prefiro ficar na média",                                # pt: staying small
    "Não, vou continuar perdendo dinheiro",                  # pt: keeping on losing
    "Sair sem proteger a minha conta",                       # pt: an exit naming its price
    "Prefiro seguir sem descontos",                          # pt: going without a gain
    "Preferisco pagare il prezzo intero",                    # it
    "Chiudi e paga il prezzo pieno",                         # it: an exit naming its price
    "No grazie, resto nella media",                          # it: staying small
])
def test_confirmshaming_forms_after_heldout3(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    "Continue without saving",                   # en: an app's own act, not a gain
    "Close without saving changes",              # en
    "Skip for now",                              # en: a bare exit
    "Continue to checkout",                      # en: an exit that names no price
    "No, I don't want the newsletter",           # en: a plain refusal
    "Nein, ich möchte keine Informationen",      # de: not wanting information is a plain decline
    "Schließen",                                 # de
    "Fermer sans enregistrer",                   # fr: without saving
    "Salir sin guardar",                         # es: without saving
    "Sair sem salvar",                           # pt: without saving
    "Continua senza salvare",                    # it: without saving
    "Non, je ne veux pas de newsletter",         # fr: a plain refusal
])
def test_confirmshaming_near_misses_after_heldout3(label):
    assert "confirmshaming" not in types(run(screen("Special offer", btn("Yes"), btn(label))))


# Forms written in our own words after the misses of confirmshaming_heldout4.tsv were seen
# (2026-11-30); each fails without its entry in confirmshaming.yaml.
@pytest.mark.parametrize("label", [
    "Acepto seguir perdiendo oportunidades",                 # es: every form of perder
    "Me quedo en la ignorancia",                             # es: staying uninformed
    "Prefiro continuar desinformado",                        # pt
    "J'accepte de rester moins bon que les autres",          # fr: less good
    "Tant pis, je galère",                                   # fr: galère with è
    "Nein, ich bezahle einfach mehr",                        # de: paying more, verb first
    "No grazie, non voglio migliorare",                      # it: improving oneself
    "Nee, ik wil niet de beste prijs",                       # nl: the best
    "Я хочу заплатить полную цену",                          # ru: wanting the worse option
    "Hayır, tam fiyat ödemek istiyorum",                     # tr
    "Nevadí, vyhovuje mi pomalý telefon",                    # cs: "it suits me" + slow
])
def test_confirmshaming_forms_after_heldout4(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    # going without a gain, with no first person, describes the way and belittles nobody
    "Continue without discount", "Continuar sin descuento", "Continuar sem desconto",
    "Continuer sans réduction", "Weiter ohne Rabatt", "Continua senza sconto",
    "No quiero perder mis datos",               # es: the way back
    "Я не хочу платить полную цену",            # ru: refusing the worse option
])
def test_confirmshaming_near_misses_after_heldout4(label):
    assert "confirmshaming" not in types(run(screen("Special offer", btn("Yes"), btn(label))))


# Forms written in our own words after the misses of confirmshaming_heldout5.tsv were seen
# (2026-11-30); each fails without its entry in confirmshaming.yaml. Taking the risk, a form
# the grammar had only in English, in the other languages first.
@pytest.mark.parametrize("label", [
    "No, I'll run the risk",                                 # en
    "Nein, ich gehe das Risiko ein",                         # de
    "Non, je cours le risque",                               # fr
    "No, asumo el riesgo",                                   # es
    "Não, quero arriscar",                                   # pt
    "No, corro il rischio",                                  # it
    "Нет, я рискну",                                         # ru
    "Hayır, riski göze alıyorum",                            # tr
    "Nee, ik loop het risico",                               # nl
    "Nie, zaryzykuję",                                       # pl
    "Nej, jag tar chansen",                                  # sv
    "我自担风险",                                              # zh-Hans
    "リスクを承知で続ける",                                      # ja
    "리스크를 감수하고 계속",                                    # ko
    "Nein, ich bleibe schlecht informiert",                  # de: badly informed
    "Non, je garde ma fatigue et mes cernes",                # fr: keeping a trouble
    "Non merci, je prefere payer plus cher",                 # fr: unaccented préfère
    "Não, prefiro ficar sem os brindes",                     # pt: without the gifts
    "Не надо, останусь без скидки",                          # ru: without a gain
    "Hayır, bu indirimi kaçırmak istiyorum",                 # tr: wanting to miss out
    "No, I'd rather miss these exclusive deals",             # en
    "Va bene, continuo senza sconto",                        # it
])
def test_confirmshaming_forms_after_heldout5(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    "Accept the risk and continue",     # en: no first person (a browser's certificate warning)
    "Learn about the risks",            # en
    "Risiken verstehen",                # de
    "Voir les risques",                 # fr
    "Riesgo bajo",                      # es
    "Avaliar o risco",                  # pt
    "Je garde mes données",             # fr: keeping one's data is the way back
    "Не хочу рисковать",                # ru: refusing the risk is the way back
    "风险提示",                          # zh-Hans: a risk notice
])
def test_confirmshaming_near_misses_after_heldout5(label):
    assert "confirmshaming" not in types(run(screen("Special offer", btn("Yes"), btn(label))))


# Forms written in our own words after the misses of confirmshaming_heldout6.tsv were seen
# (2026-11-30); each fails without its entry in confirmshaming.yaml.
@pytest.mark.parametrize("label", [
    "Không, tôi sẽ trả giá gốc",                             # vi: wanting the full price
    "Tidak, saya beli dengan harga penuh",                   # id
    "Tidak, saya tidak mau optimasi",                        # id: refusing a gain
    "No, non mi interessa lo sconto",                        # it: sconto (singular)
    "Prefiro abrir mão dos brindes",                         # pt: giving up a gain
    "Não, vou continuar gastando mais",                      # pt: spending more
    "No, prefiero fracasar otra vez",                        # es: failing
    "Estoy feliz perdiendo clientes",                        # es: happy to lose
    "Нет, мне не нужно зарабатывать больше",                 # ru: earning as a gain
    "Non, je préfère rester pauvre",                         # fr: poor
    "Non merci, je renonce volontiers aux cadeaux",          # fr: an adverb before "aux"
    "Nein, ich mag keine Belohnungen",                       # de: rewards
])
def test_confirmshaming_forms_after_heldout6(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    "Tôi muốn xóa tài khoản",              # vi: wanting to delete is the plain action
    "Saya mau keluar",                     # id: wanting to leave
    "Lo sconto è scaduto",                 # it: a statement, no refusal
    "Abrir mão da conta",                  # pt: giving up the account names no gain
    "Soy feliz con mi plan",               # es: happy, nothing lost
])
def test_confirmshaming_near_misses_after_heldout6(label):
    assert "confirmshaming" not in types(run(screen("Special offer", btn("Yes"), btn(label))))


# Forms written in our own words after the misses of confirmshaming_heldout7.tsv were seen
# (2026-11-30); each fails without its entry in confirmshaming.yaml.
@pytest.mark.parametrize("label", [
    "Nope, I'm a scaredy-cat",                               # en: a decline that calls oneself afraid
    "No thanks, I'm scared",                                 # en
    "Nein, ich trau mich nicht",                             # de
    "Non, j'ai peur",                                        # fr
    "No gracias, no me atrevo",                              # es
    "Não, estou com medo",                                   # pt
    "Nee, ik durf het niet",                                 # nl
    "Hayır, cesaretim yok",                                  # tr
    "Нет, мне страшно",                                      # ru
    "Tidak, aku takut",                                      # id
    "いいえ、勇気がありません",                                  # ja
    "不了，我不敢",                                            # zh-Hans
    "No thanks, I'll keep the ads",                          # en: ads as the worse thing
    "No, I'd rather stay unorganized",                       # en: disorder
    "I'll let my rivals get ahead",                          # en: letting others win
    "Nein, ich bleibe gerne ahnungslos",                     # de: "ich … gerne"
    "Non, je ne veux pas améliorer mes notes",               # fr: bettering as a gain
    "Prefiero seguir sin saber",                             # es: not knowing
    "Não, prefiro a minha agenda bagunçada",                 # pt: a messy life
    "No grazie, continuerò a pagare di più",                 # it: the future of going on
    "할인 포기하고 나갈게요",                                    # ko: giving up, then leaving
    "我有的是钱，不用优惠",                                      # zh-Hans: boasting of money to waste
])
def test_confirmshaming_forms_after_heldout7(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    "No, I'm afraid not",                  # en: a polite idiom, no fear
    "No, I am not scared",                 # en: no fear said
    "Tengo miedo de perder mis fotos",     # es: a worry, no decline
    "Ads settings",                        # en: a section
    "I'll let you know",                   # en
    "Mehr Werbung ausblenden",             # de: hiding ads
    "Voglio continuare",                   # it: plain going on
    "포기하고 싶지 않아요",                    # ko: not wanting to give up
    "不差这一步",                            # zh-Hans: nothing about money
])
def test_confirmshaming_near_misses_after_heldout7(label):
    assert "confirmshaming" not in types(run(screen("Special offer", btn("Yes"), btn(label))))

# -- confirmshaming by echo: the decline keeps what the offer beside it says it removes ---------
# Wording of our own (none of these lines is in benchmarks/data/): the offer names a nuisance in a
# form of removal, the decline accepts or keeps that nuisance in the first person. Neither the
# grammar of gains and losses nor the valence table knows these nouns (invoices, reruns, queues,
# Wartezeiten, files d'attente, colas), so each case fails without the echo rule. (Ads were such
# nouns until heldout7: the grammar now knows ads as a loss, so they no longer test the echo.)
@pytest.mark.parametrize("offer,label", [
    ("Go paperless: no more invoices in the mail", "No thanks, I'll keep getting invoices in the mail"),
    ("Stop queueing at the counter", "No, I like queueing at the counter"),
    ("Watch commercial-free with Plus", "Maybe later, I'm fine with commercials"),
    ("Tired of reruns? Get the full library", "No thanks, I enjoy reruns"),
    ("Ohne Wartezeiten lesen mit Plus", "Nein danke, ich lese weiter mit Wartezeiten"),
    ("Fini les files d'attente avec Premium", "Non merci, je préfère les files d'attente"),
    ("Navega sin colas con Premium", "No gracias, me gustan las colas"),
])
def test_confirmshaming_by_echo(offer, label):
    found = [f for f in run(screen(offer, btn("Yes, please"), btn(label)))
             if f.type == "confirmshaming"]
    assert [(f.evidence, f.data["rule"]) for f in found] == [(label, "echo")]


@pytest.mark.parametrize("offer,label", [
    ("Go paperless: no more invoices in the mail", "No thanks, I'll keep browsing"),     # no echo
    ("Upgrade from the free plan", "No thanks, I'll stay on the free plan"),        # no removal
    ("Go commercial-free with Plus", "No thanks, I'd rather go on"),    # "go" is no removed thing
    ("Stop paying for storage you don't use", "No, keep my storage"),   # a retreat, no "I"
])
def test_confirmshaming_echo_near_misses(offer, label):
    assert "confirmshaming" not in types(run(screen(offer, btn("Yes"), btn(label))))


# -- offline requirement ----------------------------------------------------------------------
@pytest.mark.parametrize("items,channels", [
    (["Delete account", "To delete your account, chat with us in the app."], ["chat"]),
    (["Close account", "Open a support ticket to have your account deleted."], ["ticket"]),
    (["Konto löschen", "Um Ihr Konto zu löschen, schreiben Sie uns eine E-Mail."], ["email"]),
    (["Pour supprimer votre compte, envoyez un courriel à privacy@example.fr"], ["email"]),
    (["Para eliminar tu cuenta, escríbenos a soporte@example.es"], ["email"]),
    (["Para excluir sua conta, entre em contato com o suporte."], ["support"]),
    (["Для удаления аккаунта напишите в службу поддержки."], ["support"]),
    (["アカウントを削除するには、サポートまでお問い合わせください。"], ["support"]),
    (["계정을 삭제하려면 고객센터로 문의해 주세요."], ["support"]),
    (["注销账号", "请填写注销申请表并提交工单"], ["web_form", "ticket"]),
    # the request on one line, the address on the next (a common page layout)
    (["Delete your account", "Send your request to:", "📧 help@example.com"], ["email"]),
    # an imperative at the start of the main clause, after a conditional or "otherwise" clause
    (["Delete your account", "If you no longer have the app, email privacy@example.org from "
      "the address you signed up with."], ["email"]),
    (["Close your account", "Otherwise, call our help line on 0800 000 000."], ["call"]),
])
def test_offline_channels(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels
    assert f.data["only_offline"] is True          # no control on these screens deletes


def test_offline_letter_call_and_id_copy():
    f, = [f for f in run(screen("Llame o envíe una carta certificada con copia de su DNI "
                                "para dar de baja su cuenta.")) if f.type == "offline_requirement"]
    assert f.data["channels"] == ["call", "letter"] and f.data["id_copy"] is True


def test_offline_beside_an_in_app_button_is_not_only_offline():
    f, = [f for f in run(screen("Delete your account", btn("Delete account"),
                                "Or e-mail support@example.com to delete your account."))
          if f.type == "offline_requirement"]
    assert f.data["channels"] == ["email"] and f.data["only_offline"] is False


@pytest.mark.parametrize("items", [
    ["Delete account", "If you have questions, contact us at help@example.com."],
    ["Settings", "Privacy policy", "support@example.com"],           # a footer address
    ["Supprimer le compte", btn("Contacter le support")],            # a button, not a duty
    ["Konto löschen", "Sie erhalten eine Bestätigung per E-Mail."],  # the app e-mails them
    ["設定", "お問い合わせ"], ["Настройки", "Служба поддержки"], ["查找附近网点"],
    ["Delete your account", "We will send you a confirmation email once it is deleted."],
    # help offered for questions ABOUT deletion is still help: the address after it is where
    # questions go, even when the offer is worded as a conditional imperative
    ["Delete your account", "If you have questions about deleting your account, contact us at:",
     "help@example.com"],
    ["Contato", "Para dúvidas sobre a exclusão da conta:", "E-mail: ajuda@exemplo.com.br"],
    # a word inside an address names a mailbox, not the way to delete
    ["Contact and support", "E-mail: account-deletion@example.org"],    # "if you have questions, contact support" in Chinese, Japanese and Korean (each fired before
    # these languages had help forms)
    ["注销账号", "注销后账号数据将被删除。", "如有疑问，请联系客服。"],
    ["注销账号", "如对注销有任何疑问，请拨打客服电话。"],
    ["註銷帳號", "如有疑問，請聯繫客服。"],
    ["退会手続き", "ご不明な点がございましたら、サポートまでお問い合わせください。"],
    ["회원 탈퇴", "문의사항이 있으시면 고객센터로 문의해 주세요."],
])
def test_offline_near_misses(items):
    assert "offline_requirement" not in types(run(screen(*items)))


# Forms written in our own words after the misses of deletion_pages_heldout3.yaml were seen
# (2026-11-30): each fails without its entry in offline.yaml / context.yaml or the list-item
# rule of `scan-text`.
@pytest.mark.parametrize("items,channels", [
    # es voseo imperative; asking for "la baja" names the deletion
    (["Para dar de baja tu cuenta, escribinos a ayuda@ejemplo.com.ar"], ["email"]),
    (["Mandanos un correo electrónico a hola@ejemplo.com.ar pidiendo la baja de tu cuenta."],
     ["email"]),
    # ko: the request's object between the channel and its verb; a polite condition (…주시면)
    (["앱에 로그인할 수 없다면 이메일로 계정 삭제를 요청할 수 있습니다."], ["email"]),
    (["회원 탈퇴 안내", "아래 주소로 가입 정보를 보내주시면 됩니다.", "이메일: help@example.kr"], ["email"]),
    # the deletion of one's data names the deletion (ko, vi, es)
    (["개인정보 삭제 요청", "아래로 요청해 주세요.", "이메일: privacy@example.kr"], ["email"]),
    (["Yêu cầu xóa dữ liệu", "Vui lòng gửi yêu cầu tới:", "privacy@example.vn"], ["email"]),
    (["Eliminación de tus datos", "Envíanos un correo a privacidad@ejemplo.es."], ["email"]),
    # en: a request sent "to our … e-mail address", words between
    (["Delete your account", "Send a short note asking us to remove your account to our "
      "privacy email address."], ["email"]),
    # nl: the account named a few words before its verb, deactivating it; "maak … ticket aan"
    (["Stuur ons een e-mail met het verzoek uw account te deactiveren."], ["email"]),
    (["Wilt u uw betaalde account sluiten? Maak dan via de helpdesk een support-ticket aan met "
      "het verzoek uw account te sluiten."], ["ticket"]),
    # de du-imperative; tr "şu adrese … yazın" (to this address)
    (["Um dein Konto zu löschen, schick uns eine E-Mail."], ["email"]),
    (["Hesabınızı silmek için aşağıdaki adrese kayıtlı e-postanızla yazın: destek@ornek.com.tr"],
     ["email"]),
])
def test_offline_forms_after_heldout3(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


@pytest.mark.parametrize("items", [
    # a store that is an app store is no visit
    ["Excluir conta", "Cancele a assinatura na loja onde comprou (Google Play ou App Store) "
     "antes de excluir a conta."],
    # ko 방문 is also "a visit" in a log
    ["데이터 삭제", "앱을 삭제하면 방문 기록 사진 등 로컬 데이터가 삭제됩니다."],
    # questions ABOUT deletion (de, ko) are help
    ["Konto löschen", "Sie haben Fragen zur Löschung Ihres Kontos? Schreiben Sie uns eine "
     "E-Mail an hilfe@example.de."],
    ["계정 삭제", "계정 삭제와 관련한 문의는 아래 이메일로 연락해 주세요.", "이메일: help@example.kr"],
    # nl: what follows the app's own form is no form the person must send
    ["Proefperiode", "Zodra het formulier is verzonden, wordt uw account gesloten."],
])
def test_offline_near_misses_after_heldout3(items):
    assert "offline_requirement" not in types(run(screen(*items)))


# Forms written in our own words after the misses of deletion_pages_heldout4.yaml were seen
# (2026-11-30); each fails without its change (offline.yaml, context.yaml, offline.py).
@pytest.mark.parametrize("items,channels", [
    # a line that names the deletion and ends in a colon introduces the ways listed under it
    (["Delete your data", "To request the deletion of your data:",
      "- an e-mail to privacy@example.org from your sign-up address"], ["email"]),
    (["Account verwijderen", "U kunt uw account verwijderen via:", "* de instellingen in de app, of",
      "* door een e-mail te sturen naar privacy@voorbeeld.nl"], ["email"]),
    # the deletion of one's data is a deletion subject in every language
    (["Ștergerea datelor", "Trimiteți-ne un e-mail la privacy@exemplu.ro."], ["email"]),
    (["Adattörlés", "Küldjön e-mailt a privacy@pelda.hu címre."], ["email"]),
    (["Usuwanie danych", "Wyślij wiadomość e-mail na adres privacy@przyklad.pl."], ["email"]),
    # a message through a messaging service named by its name
    (["Delete account", "To delete your account, message us on WhatsApp."], ["chat"]),
    (["Pour supprimer votre compte, envoyez un message privé à un administrateur."], ["chat"]),
    (["Konto löschen", "Schreiben Sie uns im Telegram-Chat, dass Sie Ihr Konto löschen möchten."],
     ["chat"]),
])
def test_offline_forms_after_heldout4(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


@pytest.mark.parametrize("items", [
    # help offered to someone who needs it, has trouble, or wants more information
    ["Delete account", "If you need help deleting your account, contact: help@example.com"],
    ["Delete account", "If you're having trouble deleting your account, please contact our "
     "support team."],
    ["Excluir conta", "Para mais informações sobre a exclusão, entre em contato conosco em "
     "ajuda@exemplo.com.br"],
    ["회원 탈퇴", "탈퇴 전 정산에 문제가 있다면 고객센터에 꼭 문의해 주세요."],
    ["Διαγραφή λογαριασμού", "Εάν έχετε οποιεσδήποτε ερωτήσεις σχετικά με τη διαγραφή, "
     "επικοινωνήστε μαζί μας."],
    # a platform is no form (ja, ko, hi)
    ["アカウント削除", "購入履歴はアカウント削除とは別に各プラットフォームによって管理されます。"],
    ["계정 삭제", "결제 내역은 계정 삭제와 별도로 각 플랫폼을 통해 관리됩니다."],
    ["खाता हटाएं", "खाता हटाने के बाद भी खरीदारी का इतिहास प्लेटफ़ॉर्म के पास रहता है।"],
    # a messaging service's name alone is no channel
    ["Konto löschen", "Die Löschung entfernt keine Daten aus Ihrem WhatsApp-Konto."],
    # a list of rights that names deletion beside the one the address is for
    ["Ваши права", "Помимо удаления и копии данных вы можете запросить исправление. Напишите "
     "на адрес privacy@example.ru."],
])
def test_offline_near_misses_after_heldout4(items):
    assert "offline_requirement" not in types(run(screen(*items)))


# Forms written in our own words after the misses of deletion_pages_heldout5.yaml were seen
# (2026-11-30); each fails without its change (offline.yaml, context.yaml, offline.py).
@pytest.mark.parametrize("items,channels", [
    # the provider's promise to delete, in the sentence after the request, binds its channel
    (["Delete account", "Can't sign in? Write to help@example.com from any address. We will "
      "delete your account within a week."], ["email"]),
    (["로그인이 안 되나요? help@example.kr 로 이메일을 보내 주세요. 확인 후 계정을 삭제해 드립니다."],
     ["email"]),
    # pl "pod adresem:" (at the address)
    (["Usunięcie danych", "Aby poprosić o usunięcie danych, skontaktuj się z nami pod adresem: "
      "dane@przyklad.pl"], ["email"]),
])
def test_offline_forms_after_heldout5(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


@pytest.mark.parametrize("items", [
    # a deletion in the next sentence that nobody promises
    ["Delete account", "Share the invite code by e-mail. Anyone with it can delete the project."],
    # questions or doubts about deletion are help (pl, cs, es)
    ["Usuń konto", "Jeśli masz jakiekolwiek pytania dotyczące usuwania konta, skontaktuj się z "
     "nami: pomoc@przyklad.pl"],
    ["Smazat účet", "Pokud máš problém se smazáním účtu, napiš na pomoc@priklad.cz."],
    ["Eliminar cuenta", "Para cualquier duda sobre la eliminación de datos, escribinos a "
     "ayuda@ejemplo.es"],
    # "before you delete:" introduces help, not the way (en, de)
    ["Delete account", "Before you delete:", "- E-mail: help@example.com"],
    ["Konto löschen", "Bevor Sie Ihr Konto löschen:", "- E-Mail: hilfe@beispiel.de"],
    # zh: no need to contact us
    ["删除本地数据", "无需联系我们，您可以在设置中直接删除所有数据。"],
])
def test_offline_near_misses_after_heldout5(items):
    assert "offline_requirement" not in types(run(screen(*items)))


# Forms written in our own words after the misses of deletion_pages_heldout6.yaml were seen
# (2026-11-30); each fails without its entry in offline.yaml / context.yaml.
@pytest.mark.parametrize("items,channels", [
    (["データ削除のお願い", "削除依頼の受付先：support@example.jp"], ["email"]),          # ja
    (["刪除帳號", "請寄信到 help@example.tw 申請刪除帳號。"], ["email"]),                # zh-Hant
    (["회원 탈퇴", "관리자에게 탈퇴 요청을 보내면 처리됩니다."], ["support"]),             # ko
    (["Hesap silme", "Silme talebi için aşağıdaki forma e-posta adresinizi girin."], ["web_form"]),  # tr
    # zh: the provider's promise a few words on from 我们会
    (["无法登录时", "可发送邮件至 help@example.cn。我们会在核实身份后尽快删除。"], ["email"]),
])
def test_offline_forms_after_heldout6(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


@pytest.mark.parametrize("items", [
    ["会員情報", "宛先：support@example.jp"],                 # ja: an address field, no deletion
    ["Formlar", "Bu forma yorumunuzu girin."],                # tr: a comment form, no deletion
])
def test_offline_near_misses_after_heldout6(items):
    assert "offline_requirement" not in types(run(screen(*items)))


# The e-mail's subject line, told what to say, is an e-mail to send; an issue on a code forge
# (named by its name, or opened with a verb) is a ticket.
@pytest.mark.parametrize("items,channels", [
    (["Closing your profile", "Subject: Please remove my profile"], ["email"]),               # en
    (["Konto schließen", "Schreiben Sie uns mit dem Betreff „Konto löschen“."], ["email"]),   # de
    (["Fermer le compte", "Objet : suppression de mon compte"], ["email"]),                  # fr
    (["Baja de la cuenta", "Indica en el asunto: eliminar mi cuenta."], ["email"]),          # es
    (["Удаление профиля", "Тема письма: удалить мой аккаунт"], ["email"]),                    # ru
    (["退会について", "件名に「アカウント削除」と書いてお送りください。"], ["email"]),            # ja
    (["注销说明", "邮件主题请写“注销账号”。"], ["email"]),                                      # zh-Hans
    (["계정 삭제", "제목에 '계정 삭제'라고 적어 주세요."], ["email"]),                          # ko
    (["Account removal", "To delete your account, file an issue in our tracker."], ["ticket"]),  # en
    (["Usuwanie konta", "Aby usunąć konto, zgłoś to na GitHubie jako issue."], ["ticket"]),  # pl
    (["حذف الحساب", "لحذف حسابك افتح issue على GitLab."], ["ticket"]),                       # ar
    (["删除账号", "如需删除账号，请在代码仓库提交 issue。"], ["ticket"]),                        # zh-Hans
])
def test_offline_subject_lines_and_forge_issues(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


@pytest.mark.parametrize("items", [
    ["Delete account", "Known issues are listed on GitHub."],      # a list of bugs, not a way
    ["Delete account", "If you have issues, see our GitLab page."],  # help with problems
    ["Kontakt", "Betreff: Ihre Frage"],                          # a subject line, no deletion
    ["Delete account", "Tap Delete account in Settings. The subject of your data is you."],
])
def test_offline_subject_and_issue_near_misses(items):
    assert "offline_requirement" not in types(run(screen(*items)))


# Undoing a deletion is the way back from it: the channels that withdraw a deletion request are
# no offline requirement to delete — but a page that also tells how to delete by e-mail still is.
@pytest.mark.parametrize("items", [
    ["Changed your mind?", "To cancel your deletion request, e-mail us at help@example.com."],   # en
    ["Widerruf", "Um die Löschung rückgängig zu machen, schreiben Sie eine E-Mail an a@b.de."],  # de
    ["Rétractation", "Pour annuler votre demande de suppression, écrivez à aide@exemple.fr."],  # fr
    ["Arrepentimiento", "Para cancelar tu solicitud de eliminación, escríbenos a a@b.es."],    # es
    ["Silme talebini geri çekme", "Hesap silme talebinizi 14 gün içinde iptal edebilirsiniz:",
     "1. destek@ornek.com adresine e-posta gönderin"],                                          # tr
    ["Отмена удаления", "Чтобы отменить удаление, напишите на почту help@example.ru."],         # ru
    ["削除申請の取り消し", "取り消す場合は help@example.jp までメールでご連絡ください。"],           # ja
    ["撤销注销", "如需撤销注销申请，请发送邮件至 help@example.cn。"],                             # zh-Hans
])
def test_undoing_a_deletion_by_email_is_no_offline_requirement(items):
    assert "offline_requirement" not in types(run(screen(*items)))


@pytest.mark.parametrize("items,channels", [
    (["Delete your account", "To delete your account, e-mail help@example.com. "
      "You can cancel the deletion within 30 days."], ["email"]),
    (["Cancelling a deletion", "To cancel it, sign in again.", "Deleting your account",
      "To delete your account, write to help@example.com."], ["email"]),
])
def test_a_way_to_delete_beside_the_way_back_still_counts(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


# After the misses of deletion_pages_heldout7.yaml were seen: a deletion REQUEST names the
# deletion; asking at an address is e-mail (en, pl), ru in the infinitive, ja with the address
# set off by marks; pt "the official service channels" is contacting support.
@pytest.mark.parametrize("items,channels", [
    (["Data deletion request", "Send an email to:", "privacy@example.org"], ["email"]),        # en
    (["Delete your account", "To delete it, request it from help@example.com"], ["email"]),  # en
    (["Löschantrag", "Schreiben Sie uns an:", "datenschutz@beispiel.de"], ["email"]),         # de
    (["Usuwanie danych", "O usunięcie konta poproś na pomoc@przyklad.pl."], ["email"]),      # pl
    (["Удаление аккаунта", "Запрос на удаление можно направить на help@example.ru."], ["email"]),  # ru
    (["データ削除", "削除のご希望は「help@example.jp」までご連絡ください。"], ["email"]),          # ja
    (["Excluir conta", "Para excluir a conta, fale pelos canais oficiais de atendimento."], ["support"]),  # pt
])
def test_offline_forms_after_heldout7(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


@pytest.mark.parametrize("items", [
    ["Delete your account", "If you have any further questions about deletion, contact us at a@b.com."],
    ["Excluir conta", "Caso tenha dúvidas sobre a exclusão, fale com o suporte."],
    ["刪除帳號", "如果有任何關於刪除帳號的疑問，歡迎寄信到 help@example.tw。"],
    ["खाता हटाएं", "खाता हटाने पर प्रश्न हों तो संपर्क करें: help@example.in"],
])
def test_questions_about_deletion_are_no_way_after_heldout7(items):
    assert "offline_requirement" not in types(run(screen(*items)))


# -- forced wait ------------------------------------------------------------------------------
@pytest.mark.parametrize("label,secs", [
    ("Löschen (15 s)", 15), ("bitte warten 10 Sek.", 10),           # de
    ("Delete (0:15)", 15), ("Delete 0:15", 15),                      # en, m:ss
    ("Supprimer (15)", 15),                                          # fr, a bare number on "go on"
    ("Eliminar cuenta (10 seg.)", 10),                               # es
    ("Excluir conta (0:30)", 30),                                    # pt
    ("Удалить (15 сек.)", 15),                                       # ru
    ("削除 (15秒)", 15), ("删除 15秒", 15),                            # ja, zh-Hans
    ("탈퇴하기 (10초)", 10),                                           # ko
    ("Close in 7", 7),            # a go-on verb "in N" with no unit, at the end (a video ad)
    ("Delete available in 01:15", 75),       # two-digit minutes after a word of duration
])
def test_countdown_forms(label, secs):
    assert countdown_seconds(label) == secs


@pytest.mark.parametrize("label", [
    "Inbox (3)", "Notifications (12)",            # unread counts, not on a control that goes on
    "Opens at 9:30",                              # a clock time
    "Office hours 10:30", "Sign in 2 steps",      # a time of day; "in N" not at the end
    "Resend code in 30s", "Renvoyer le code (30 s)", "재전송 (30초)", "60s后重发",
    "Seeking for 5, 15 or 25 seconds does not work with this option enabled",
    # a time that has passed is a timestamp (a wiki's or tracker's "last modified")
    "38 seconds ago", "Modified 38 seconds ago", "vor 10 Sekunden", "il y a 10 secondes",
    "hace 10 segundos", "há 10 segundos", "10 секунд назад", "10秒前", "10초 전",
])
def test_not_countdowns(label):
    assert countdown_seconds(label) is None


def test_a_timestamp_is_no_countdown_whatever_the_screen_language():
    # a German tracker's "vor 10 Sekunden" on a screen detected as English (its other text is)
    assert countdown_seconds("vor 10 Sekunden", "en") is None
    assert countdown_seconds("Löschen (15 s)", "en") == 15            # a countdown still is


def test_countdown_text_beside_a_disabled_button_names_it():
    s = screen("Delete account", "Please wait 15 seconds", btn("Delete", enabled=False))
    f, = [f for f in run(s) if f.type == "forced_wait"]
    assert f.data == {"seconds": 15, "disabled": True, "control": 2}
    assert f.evidence == "Please wait 15 seconds"


# -- one line of text, as `cancelcheck scan-text --lines` reads it ---------------------------
@pytest.mark.parametrize("line,channels", [
    ("You must call customer service to cancel your membership.", ["call"]),
    ("Account deletion requires contacting support via the help center form.", ["web_form"]),
    ("You need to submit a ticket to have your account removed.", ["ticket"]),
    ("Chat with customer support and request account deletion.", ["chat"]),
    ("Visit any store with your ID to close your account.", ["in_person"]),
    # every other lexicon language (each fails without its block in offline.yaml/context.yaml)
    ("Per cancellare il tuo account devi telefonare al servizio clienti.", ["call"]),       # it
    ("Om je account te verwijderen, stuur je een e-mail naar de privacyafdeling.", ["email"]),  # nl
    ("Aby usunąć konto, zadzwoń na naszą infolinię.", ["call"]),                           # pl
    # tr: a petition (written request) to customer services; "support" gives way to a channel
    ("Üyeliğinizi iptal etmek için müşteri hizmetlerimize dilekçe ile başvurun.", ["letter"]),
    ("Vill du radera ditt konto måste du fylla i vårt kontaktformulär.", ["web_form"]),    # sv
    ("Du kan kun slette din konto ved at ringe til os.", ["call"]),                        # da
    ("For å slette kontoen må du møte opp i en av våre butikker.", ["in_person"]),         # nb
    ("Tilin poistaminen onnistuu vain soittamalla asiakaspalveluumme.", ["call"]),         # fi
    ("Zrušení účtu je možné pouze písemně.", ["letter"]),                                  # cs
    ("Щоб видалити обліковий запис, зателефонуйте нам.", ["call"]),                        # uk
    ("A fiókod törléséhez küldj nekünk egy e-mailt.", ["email"]),                          # hu
    ("Pentru ștergerea contului, vă rugăm să completați formularul de pe site.", ["web_form"]),  # ro
    ("Untuk menghapus akun, Anda harus datang langsung ke kantor cabang terdekat.", ["in_person"]),  # id
    ("Để xóa tài khoản, bạn cần gọi điện đến tổng đài.", ["call"]),                        # vi
    ("Για να διαγράψετε τον λογαριασμό σας, στείλτε μας e-mail.", ["email"]),              # el
    ("لحذف حسابك، يرجى التواصل مع خدمة العملاء عبر الهاتف.", ["call"]),                    # ar
    ("כדי למחוק את החשבון יש להתקשר למוקד השירות.", ["call"]),                             # he
    ("अपना खाता हटाने के लिए कृपया ग्राहक सेवा को कॉल करें।", ["call"]),                       # hi
    ("หากต้องการลบบัญชี กรุณาติดต่อฝ่ายบริการลูกค้าทางโทรศัพท์", ["call"]),                  # th
    # ru: the request stands between the verb and the service; fr: a send verb and an address
    ("Обратитесь с просьбой об удалении учётной записи в нашу службу поддержки.", ["support"]),
    ("Pour supprimer votre compte, adressez votre demande à privacy@exemple.fr.", ["email"]),
])
def test_offline_in_one_line(line, channels):
    from cancelcheck.cli.scan_text import scan_lines
    f, = [f for f in scan_lines([line]) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels and f.data["only_offline"] is True


# more channels in each of the 19 languages added later (each line fails on the lexicons without
# their blocks); the channel is the one the sentence names, read by hand
@pytest.mark.parametrize("line,channels", [
    ("Per chiudere il tuo account, contatta il nostro servizio clienti.", ["support"]),  # it
    ("Per eliminare l'account invia una e-mail a privacy@esempio.it.", ["email"]),  # it
    ("Per eliminare il profilo è necessario compilare il modulo di richiesta.", ["web_form"]),  # it
    ("Om je account op te heffen, neem je contact op met de klantenservice.", ["support"]),  # nl
    ("Je abonnement opzeggen kan alleen telefonisch.", ["call"]),  # nl
    ("Om je account te verwijderen, vul het contactformulier in.", ["web_form"]),  # nl
    ("Aby usunąć konto, skontaktuj się z naszym biurem obsługi klienta.", ["support"]),  # pl
    ("Usunięcie konta jest możliwe wyłącznie pisemnie.", ["letter"]),  # pl
    ("Aby usunąć konto, wypełnij formularz kontaktowy.", ["web_form"]),  # pl
    ("Hesabınızı silmek için müşteri hizmetlerimizi arayın.", ["call"]),  # tr
    ("Hesabınızı kapatmak için iletişim formunu doldurun.", ["web_form"]),  # tr
    ("För att radera ditt konto, kontakta kundtjänst.", ["support"]),  # sv
    ("Du kan bara avsluta ditt konto genom att ringa oss.", ["call"]),  # sv
    ("För att radera kontot, mejla oss på hjalp@exempel.se.", ["email"]),  # sv
    ("For at slette din konto skal du kontakte kundeservice.", ["support"]),  # da
    ("Du kan kun opsige dit abonnement skriftligt.", ["letter"]),  # da
    ("Send os en e-mail for at slette din konto.", ["email"]),  # da
    ("For å slette kontoen din, send oss en e-post.", ["email"]),  # nb
    ("Kontoen kan bare slettes ved å kontakte kundeservice.", ["support"]),  # nb
    ("Du må fylle ut kontaktskjemaet for å slette kontoen.", ["web_form"]),  # nb
    ("Poistaaksesi tilin ota yhteyttä asiakaspalveluun.", ["support"]),  # fi
    ("Lähetä sähköpostia osoitteeseen tuki@esimerkki.fi poistaaksesi tilisi.", ["email"]),  # fi
    ("Tilin poistaminen tehdään lomakkeella.", ["web_form"]),  # fi
    ("Pro smazání účtu kontaktujte naši zákaznickou podporu.", ["support"]),  # cs
    ("Chcete-li zrušit účet, zavolejte nám.", ["call"]),  # cs
    ("Pro odstranění účtu vyplňte formulář.", ["web_form"]),  # cs
    ("Щоб видалити акаунт, напишіть нам на пошту.", ["email"]),  # uk
    ("Для видалення облікового запису зверніться до служби підтримки.", ["support"]),  # uk
    ("Видалити акаунт можна лише особисто у відділенні.", ["in_person"]),  # uk
    ("A fiók törléséhez lépjen kapcsolatba az ügyfélszolgálattal.", ["support"]),  # hu
    ("A fiók törlése csak írásban kérhető.", ["letter"]),  # hu
    ("Fiókod törléséhez töltsd ki az űrlapot.", ["web_form"]),  # hu
    ("Pentru a șterge contul, contactați echipa de asistență.", ["support"]),  # ro
    ("Pentru ștergerea contului trimiteți un e-mail la suport@exemplu.ro.", ["email"]),  # ro
    ("Ștergerea contului se face doar telefonic.", ["call"]),  # ro
    ("Untuk menghapus akun, hubungi tim dukungan kami.", ["support"]),  # id
    ("Untuk menghapus akun, kirim email ke bantuan@contoh.co.id.", ["email"]),  # id
    ("Isi formulir permintaan untuk menghapus akun Anda.", ["web_form"]),  # id
    ("Để xóa tài khoản, vui lòng liên hệ bộ phận chăm sóc khách hàng.", ["support"]),  # vi
    ("Để xóa tài khoản, hãy gửi email cho chúng tôi.", ["email"]),  # vi
    ("Để hủy tài khoản, vui lòng điền vào biểu mẫu.", ["web_form"]),  # vi
    ("Για να διαγράψετε τον λογαριασμό σας, επικοινωνήστε με την υποστήριξη.", ["support"]),  # el
    ("Για τη διαγραφή του λογαριασμού, καλέστε μας.", ["call"]),  # el
    ("Για να διαγράψετε τον λογαριασμό, συμπληρώστε τη φόρμα.", ["web_form"]),  # el
    ("لحذف حسابك، أرسل بريدًا إلكترونيًا إلى الدعم.", ["email"]),  # ar
    ("لحذف حسابك، تواصل مع فريق الدعم.", ["support"]),  # ar
    ("لحذف الحساب، يرجى ملء النموذج.", ["web_form"]),  # ar
    ("כדי למחוק את החשבון, שלחו לנו מייל.", ["email"]),  # he
    ("למחיקת החשבון צרו קשר עם שירות הלקוחות.", ["support"]),  # he
    ("למחיקת החשבון יש למלא את הטופס.", ["web_form"]),  # he
    ("खाता हटाने के लिए हमें ईमेल भेजें।", ["email"]),  # hi
    ("खाता हटाने के लिए सहायता टीम से संपर्क करें।", ["support"]),  # hi
    ("खाता हटाने के लिए फ़ॉर्म भरें।", ["web_form"]),  # hi
    ("หากต้องการลบบัญชี กรุณาส่งอีเมลถึงเรา", ["email"]),  # th
    ("หากต้องการลบบัญชี กรุณาติดต่อเจ้าหน้าที่", ["support"]),  # th
    ("หากต้องการลบบัญชี กรุณากรอกแบบฟอร์ม", ["web_form"]),  # th
])
def test_offline_channels_in_every_language(line, channels):
    from cancelcheck.cli.scan_text import scan_lines
    f, = [f for f in scan_lines([line]) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


@pytest.mark.parametrize("line", [
    "Log in, go to Settings, and click Delete Account.",
    "Go to your account page and click 'Close account'. You will receive a confirmation email.",
    "support@example.com",
    # each language: help for questions about the deletion, or a mail the app sends — a channel
    # and a deletion word in one sentence that are still not the way to delete
    "Se hai domande sull'eliminazione dell'account, chiamaci.",                            # it
    "Bij vragen over het verwijderen van je account: bel ons gerust.",                     # nl
    "W razie pytań dotyczących usunięcia konta zadzwoń do nas.",                           # pl
    "Hesap silme hakkında sorularınız varsa bizi arayın.",                                  # tr
    "Om du har frågor om att radera kontot, ring oss.",                                    # sv
    "Vi sender dig en e-mail, når din konto er slettet.",                                  # da
    "Har du spørsmål om sletting av kontoen, kontakt kundeservice.",                       # nb
    "Saat vahvistuksen sähköpostilla, kun tilisi on poistettu.",                           # fi
    "Po smazání účtu vám zašleme potvrzení e-mailem.",                                     # cs
    "Якщо у вас є питання щодо видалення акаунта, зверніться до служби підтримки.",        # uk
    "Ha kérdésed van a fiók törlésével kapcsolatban, írj nekünk e-mailt.",                 # hu
    "Dacă aveți întrebări despre ștergerea contului, sunați-ne.",                          # ro
    "Jika Anda memiliki pertanyaan tentang penghapusan akun, hubungi tim dukungan kami.",  # id
    "Nếu bạn có câu hỏi về việc xóa tài khoản, hãy liên hệ bộ phận hỗ trợ.",               # vi
    "Αν έχετε απορίες για τη διαγραφή του λογαριασμού, επικοινωνήστε με την υποστήριξη.",  # el
    "إذا كانت لديك أسئلة حول حذف الحساب، تواصل مع فريق الدعم.",                            # ar
    "אם יש לך שאלות לגבי מחיקת החשבון, צרו קשר עם התמיכה.",                                # he
    "अगर आपके कोई प्रश्न हैं तो खाता हटाने के बारे में हमसे संपर्क करें।",                       # hi
    "หากคุณมีคำถามเกี่ยวกับการลบบัญชี ติดต่อฝ่ายบริการลูกค้าได้",                            # th
    # self-service steps in the app (tr "ulaşın": reaching a settings page, not a person), and
    # a mail the app sends once the account is deleted
    "Hesabınızı silmek için Ayarlar sayfasına ulaşın ve Hesabı Sil düğmesine dokunun.",
    "Per eliminare l'account, apri le Impostazioni e tocca Elimina account.",
    "Om je account te verwijderen, open je Instellingen en tik op Account verwijderen.",
    "Aby usunąć konto, przejdź do Ustawień i wybierz Usuń konto.",
    "För att radera ditt konto, öppna Inställningar och tryck på Radera konto.",
    "For at slette din konto skal du åbne Indstillinger og trykke på Slet konto.",
    "For å slette kontoen, åpne Innstillinger og trykk på Slett konto.",
    "Poistaaksesi tilin avaa Asetukset ja valitse Poista tili.",
    "Chcete-li smazat účet, otevřete Nastavení a klepněte na Smazat účet.",
    "Щоб видалити акаунт, відкрийте Налаштування й натисніть Видалити акаунт.",
    "A fiók törléséhez nyisd meg a Beállításokat, és koppints a Fiók törlése gombra.",
    "Pentru a șterge contul, deschideți Setări și apăsați Șterge contul.",
    "Untuk menghapus akun, buka Pengaturan lalu ketuk Hapus akun.",
    "Để xóa tài khoản, mở Cài đặt và nhấn Xóa tài khoản.",
    "Για να διαγράψετε τον λογαριασμό, ανοίξτε τις Ρυθμίσεις και πατήστε Διαγραφή λογαριασμού.",
    "لحذف حسابك، افتح الإعدادات واضغط على حذف الحساب.",
    "כדי למחוק את החשבון, פתחו את ההגדרות והקישו על מחיקת חשבון.",
    "अपना खाता हटाने के लिए सेटिंग्स खोलें और खाता हटाएं पर टैप करें।",
    "หากต้องการลบบัญชี ให้เปิดการตั้งค่าแล้วแตะลบบัญชี",
    "Hesap silme talebiniz onaylandığında size e-posta ile bilgi verilecektir.",
    "Il tuo account verrà eliminato e riceverai un'e-mail di conferma.",
    "Po usunięciu konta otrzymasz wiadomość e-mail z potwierdzeniem.",
    "Kun tilisi on poistettu, lähetämme sinulle sähköpostin.",
])
def test_no_offline_in_one_line(line):
    from cancelcheck.cli.scan_text import scan_lines
    assert "offline_requirement" not in types(scan_lines([line]))


# Forms written after the first look at confirmshaming_heldout8.tsv and deletion_pages_heldout8
# (2026-11-30, session 11), in other words than those files: each line below was written here.
@pytest.mark.parametrize("label", [
    "No, I'd rather keep paying interest",             # en: costs (fees, interest) as a loss
    "Not today, my hair can wait",                     # en: one's own good put off
    "No thanks, my future isn't important",            # en: one's own good made unimportant
    "No, I'm hopeless with numbers",                   # en: self-belittling "bad at / with"
    "Nein danke, ich weiß doch schon alles",           # de: mock know-all, two adverbs
    "Okay, ich werde es riskieren",                    # de: risking it
    "Nein, ich möchte lieber nicht sparen",            # de: "lieber nicht" refusing a gain
    "Nein, ich tappe lieber im Dunkeln",               # de: staying in the dark
    "No gracias, prefiero no proteger mis datos",      # es: "prefiero no" refusing a gain
    "No, quiero ser ignorante",                        # es: wanting the bad state
    "Não, vou continuar pagando o valor integral",     # pt: the full price as "valor"
    "Non merci, je resterai dans l'ignorance",         # fr: future tense, ignorance
    "No grazie, resterò nell'incertezza",              # it: future tense, uncertainty
])
def test_confirmshaming_forms_after_heldout8(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    "No thanks, my order can wait",                    # an errand put off: no good of one's own
    "No thanks, I'd rather not redeem this free upgrade",   # the offer itself, named by "this"
    "No thanks, I would rather not claim this exclusive deal",
])
def test_confirmshaming_near_misses_after_heldout8(label):
    assert shamed(label) == []


@pytest.mark.parametrize("items,channels", [
    # the web form given as fields to fill in, with no word "form"
    (["Delete my account", "Fill in the fields below to request the deletion of your account."],
     ["web_form"]),
    (["Excluir conta", "Preencha todos os campos para pedir a exclusão da sua conta."],
     ["web_form"]),
    # de "per E-Mail" as the way
    (["Konto löschen", "Du kannst die Löschung deines Kontos auch per E-Mail beantragen."],
     ["email"]),
    # ru a request sent to an address
    (["Удаление аккаунта", "Запросы на удаление аккаунта принимаются на адрес help@primer.ru."],
     ["email"]),
    # a messenger named before a phone number, in Arabic
    (["حذف الحساب", "لحذف حسابك راسلنا على واتساب +20 100 000 0000"], ["chat"]),
])
def test_offline_forms_after_heldout8(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


def test_offline_mail_the_app_sends_in_german_is_no_channel():
    items = ["Konto löschen", "Zum Löschen tippe auf Konto löschen. Wir informieren dich per "
             "E-Mail, sobald dein Konto gelöscht ist."]
    assert "offline_requirement" not in types(run(screen(*items)))


# Sentence ends of Arabic (؟) and Devanagari (।), written after the first look at
# deletion_pages_heldout9.yaml (session 12), in other words than that file: a help question,
# or a question offer, in its own sentence rules out only its own sentence.
@pytest.mark.parametrize("line", [
    # ar: "Need help? If you cannot open the app to delete your account, write to us at … and
    # we will delete it ourselves."
    "هل تحتاج إلى مساعدة؟ إن لم تستطع فتح التطبيق لحذف حسابك، راسلنا على help@mithal.com وسنحذفه بأنفسنا.",
    # hi: "To delete the account, e-mail help@… . If you have a question, write to us too."
    "खाता हटाने के लिए help@udaharan.in पर ईमेल करें। कोई सवाल हो तो भी हमें लिखें।",
])
def test_offline_way_beside_a_question_in_its_own_sentence(line):
    f, = [f for f in run(screen(line)) if f.type == "offline_requirement"]
    assert f.data["channels"] == ["email"]


def test_a_question_about_deletion_ended_by_an_arabic_question_mark_is_no_way():
    # ar: "Do you have a question about deleting the account? Write to us at …": questions go there
    assert "offline_requirement" not in types(run(screen("هل لديك سؤال عن حذف الحساب؟ راسلنا على help@mithal.com")))


# Forms written after the first look at deletion_pages_heldout9.yaml (session 12), in other
# words than that file.
@pytest.mark.parametrize("items,channels", [
    # pt (European): eliminar / eliminação name the deletion; a tu-imperative where a clause starts
    (["Se já não tens a app, envia um e-mail para ajuda@exemplo.pt a pedir a eliminação da conta."],
     ["email"]),
    (["Eliminar a conta", "Sem acesso à aplicação? Escreve-nos para ajuda@exemplo.pt."], ["email"]),
    # es: a request in the usted imperative, then the ways listed under it
    (["Solicite el borrado de su cuenta", "- Por correo electrónico: ayuda@ejemplo.es"], ["email"]),
    # ru: the ты-imperative of filling in a form
    (["Удаление аккаунта", "Нет доступа к приложению? Заполни форму ниже, и мы удалим аккаунт."],
     ["web_form"]),
    # pt: a request for the removal (remoção) of data, the tu-imperative "contacta" with an address
    (["Para pedidos de remoção de dados, contacta ajuda@exemplo.pt."], ["email"]),
    # ja: an address followed by 宛てに (addressed to)
    (["アカウント削除", "登録したメールアドレスから help@example.jp 宛てに削除をご依頼ください。"], ["email"]),
])
def test_offline_forms_after_heldout9(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


@pytest.mark.parametrize("items", [
    # a sentence that says no contact is needed names no way (the en and ar lines were flagged
    # before offline.yaml `no_contact`; the de and es ones guard its words there)
    ["Delete your account", "Tap Delete account in Settings. No need to contact us: it is instant."],
    ["Konto löschen", "Du kannst dein Konto in den Einstellungen löschen, ohne uns zu kontaktieren."],
    ["Eliminar cuenta", "Puedes eliminar tu cuenta desde Ajustes sin contactarnos."],
    ["حذف الحساب", "احذف حسابك من الإعدادات، لا حاجة للتواصل معنا، فالحذف فوري."],
    # pt: "envia" in the middle of a clause is the app sending, not an order
    ["Eliminar a conta", "Toca em Eliminar conta. A aplicação envia um e-mail de confirmação."],
])
def test_no_offline_way_after_heldout9(items):
    assert "offline_requirement" not in types(run(screen(*items)))


@pytest.mark.parametrize("line", [
    # deleting "in the app or BY CONTACTING US": the contact is a way beside the app's (gerund;
    # the tr line was read before, the others fail on the old lexicons)
    "Vous pouvez supprimer votre compte dans l'application ou en nous écrivant.",
    "Puedes borrar tu cuenta desde la app o escribiéndonos.",
    "Podes eliminar a tua conta na aplicação ou contactando-nos.",
    "Puoi eliminare il tuo account nell'app oppure contattandoci.",
    "Du kannst dein Konto in der App löschen oder indem du uns kontaktierst.",
    "Możesz usunąć konto w aplikacji albo kontaktując się z nami.",
    "Удалить аккаунт можно в приложении или связавшись с нами.",
    "Hesabınızı uygulamadan ya da bizimle iletişime geçerek silebilirsiniz.",
])
def test_offline_by_contacting_us_beside_the_app(line):
    f, = [f for f in run(screen(line)) if f.type == "offline_requirement"]
    assert f.data["channels"] == ["support"]


# Confirmshaming forms written after the first look at confirmshaming_heldout9.tsv (session 12),
# in other words than that file: each line below was written here.
@pytest.mark.parametrize("label", [
    "Nope, I don't want to lose a few kilos",              # en: losing (some) weight is a gain
    "No thanks, I prefer an incomplete profile",          # en: the incomplete one as the worse
    "Nein, ich achte lieber nicht auf meine Gesundheit",   # de: any verb + "lieber nicht"
    "Nein danke, ich will keine Karriere",                 # de: a career as a gain
    "No, prefiero arriesgarlo todo",                       # es: risking it all
    "No gracias, me quedo con el desorden",                # es: disorder as the worse state
    "Não, não quero proteger a minha casa",                # pt: refusing to protect one's own
    "Não, quero continuar com o perfil incompleto",        # pt: keeping the incomplete one
    "狠心略过",                                             # zh-Hans: a cruel adverb on skipping
    "無情退訂",                                             # zh-Hant: … on unsubscribing
    "不用了，我不想变得更聪明",                              # zh-Hans: becoming smarter as a gain
    "Dư tiền, không cần khuyến mãi",                        # vi: a boast of spare money
])
def test_confirmshaming_forms_after_heldout9(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    # (all quiet on the old lexicon too but the de line: they guard the forms above)
    "No, I don't want to lose more photos",                # losing one's own things: the way back
    "Nein, ich verzichte auf die Vorauszahlung",           # de: giving up a payment, a cost
    "No, prefiero no arriesgar mis datos",                 # es: refusing the risk is no shame
    "跳过",                                                 # zh: a plain skip
])
def test_confirmshaming_near_misses_after_heldout9(label):
    assert shamed(label) == []


# Forms written after the first look at confirmshaming_heldout10.tsv and
# deletion_pages_heldout10.yaml (session 12), in other words than those files.
@pytest.mark.parametrize("label", [
    "Nie, nie potrzebuję gwarancji",                       # pl: a guarantee as a gain
    "아니요, 그냥 매달 5만 원씩 내겠습니다",                    # ko: I'll just pay so much a month
    "Hayir, guc istemiyorum",                              # tr: strength, typed without accents
    "No thanks, I am happy getting fat",                   # en: getting fat as the worse state
    "いいえ、貧乏のままで構いません",                          # ja: fine staying poor
    "Não, prefiro ficar pobre",                            # pt: poor as the worse state
    "No, prefiero seguir siendo pobre",                    # es
    "No grazie, preferisco restare povero",                # it
    "Non merci, je paie le prix fort",                     # fr: the present tense of paying
])
def test_confirmshaming_forms_after_heldout10(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    "No thanks, I prefer full-fat milk",                   # a product's name, no state of oneself
    "Non, je paie par carte",                              # fr: a way to pay, no worse option
])
def test_confirmshaming_near_misses_after_heldout10(label):
    assert shamed(label) == []


# Forms written after the first look at confirmshaming_heldout11.tsv (session 13), in other words
# than that file.
@pytest.mark.parametrize("label", [
    "Нет, мне не нужен подарок",                           # ru: the short masculine нужен
    "No, no quiero el cupón",                              # es: the singular cupón
    "No, prefiero seguir agotado",                         # es: exhausted as the worse state
    "Nein, ich bleibe lieber gestresst",                   # de: stressed
    "Não, prefiro continuar cansada",                      # pt: tired
    "Non merci, je me moque de mes économies",             # fr: "je me moque de" (I don't care)
    "괜찮아요, 손해를 감수할게요",                             # ko: I'll bear the loss
    "不用了，我钱很多",                                       # zh: I have plenty of money
    "No thanks, I don't want control over my money",       # en: control over one's money
    "Não, não quero controle do meu tempo",                # pt
    # a decline longer than 100 characters is still a decline (upsell pages write whole
    # sentences on their "no" link): 113 characters, counted with len()
    "No thanks, I don't want the extra savings today, I'd rather pay the full price and keep "
    "doing it all the hard way",
])
def test_confirmshaming_forms_after_heldout11(label):
    assert shamed(label) == [label]


@pytest.mark.parametrize("label", [
    "Non, je ne veux pas de protection d'écran",           # fr: a screen protector, a product
    "No, I don't want screen protection",                  # en
    "Nein, ich möchte keine Kontrolle über Benachrichtigungen",  # control of a setting, no gain
    "No thanks, I'm tired of pop-ups",                     # a complaint, no worse option chosen
])
def test_confirmshaming_near_misses_after_heldout11(label):
    assert shamed(label) == []


@pytest.mark.parametrize("items,channels", [
    # el: "you can contact us" (infinitive after "you can") for access, correction or deletion
    (["Μπορείτε να επικοινωνήσετε μαζί μας για πρόσβαση, διόρθωση ή διαγραφή των δεδομένων σας."],
     ["support"]),
    # fi: the request must be made in writing, after a list of rights with deletion among them
    (["Sinulla on oikeus pyytää tietojesi korjausta tai poistoa. Pyynnön on oltava kirjallinen."],
     ["letter"]),
    # cs: the du-imperative "kontaktuj:" followed by a name and an address
    (["Chceš-li smazat svá data, kontaktuj: Jana Nováková jana@priklad.cz"], ["email"]),
    # es: "mediante el correo" (by the mail address given below)
    (["Puedes solicitar el borrado de tu cuenta en la app o mediante el correo de abajo."],
     ["email"]),
    # da: a list of rights with deletion, then where the requests go
    (["Du har ret til indsigt, berigtigelse og sletning. Anmodninger sendes til data@eksempel.dk."],
     ["email"]),
])
def test_offline_forms_after_heldout10(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


def test_a_channel_after_a_deletion_sentence_that_lists_no_rights_is_no_way():
    items = ["Delete your account under Settings. E-mail us at help@example.com if you get stuck."]
    assert "offline_requirement" not in types(run(screen(*items)))


# Text typed without accent marks (session 12: unaccented fr, tr, vi pages in held-out rounds 6,
# 7, 9 and 10): read in a known language other than English, each lexicon pattern is also read
# without its marks; with no language known, or in English alone, it is not.
def test_a_lexicon_reads_a_text_typed_without_accents_in_its_language():
    from cancelcheck.detectors import lexicon
    line = "Pour supprimer votre compte, ecrivez-nous a aide@exemple.fr."
    # email: "… a aide@…"; support: "ecrivez-nous" (write to us) names a request as well
    assert lexicon.load("offline").kinds_in(line, lexicon.langs("fr")) == ["email", "support"]
    assert lexicon.load("offline").kinds_in(line, None) == []          # no language: as typed
    assert lexicon.load("offline").kinds_in(line.replace("ecrivez", "écrivez"), None) \
        == ["email", "support"]


@pytest.mark.parametrize("items,channels", [
    # tr typed without its letters: "Hesabinizi silmek icin destek@… ile iletisime gecin."
    (["Hesap silme", "Uygulamaya giremiyorsaniz, hesabinizi silmek icin destek@ornek.com ile "
      "iletisime gecin."], ["support"]),
    # fr typed without accents
    (["Supprimer le compte", "Si vous n'avez plus acces a l'application, ecrivez a "
      "aide@exemple.fr pour demander la suppression de votre compte."], ["email"]),
])
def test_offline_way_typed_without_accents(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


# Instructions written in the infinitive (session 13, from heldout9's de "Löschung ohne App
# anfordern / Vom E-Mail-Konto schreiben, …", in other words): de and nl end the sentence with the
# infinitive, fr es it pt ru uk cs pl start it; with no subject and no modal verb before it.
@pytest.mark.parametrize("items,channels", [
    (["Konto löschen", "Du möchtest dein Konto löschen?", "Löschung ohne App anfordern",
      "Eine E-Mail an hilfe@beispiel.de schreiben, von der Adresse deines Kontos."], ["email"]),
    (["Account verwijderen", "Verwijdering aanvragen zonder app", "Vanaf het e-mailadres van je "
      "account een bericht sturen naar help@voorbeeld.nl."], ["email"]),
    (["Supprimer le compte", "Demander la suppression de votre compte", "Envoyer un message à "
      "aide@exemple.fr depuis l'adresse de votre compte."], ["email"]),
    (["Удаление аккаунта", "Как удалить аккаунт", "Написать на help@primer.ru с адреса, "
      "указанного в профиле."], ["email"]),
])
def test_offline_instruction_in_the_infinitive(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


def test_an_infinitive_after_a_subject_or_a_modal_is_no_instruction():
    from cancelcheck.detectors import lexicon
    ctx = lexicon.load("context")
    for lang, line in [("de", "Du kannst uns auch eine E-Mail schreiben."),
                       ("de", "Wir werden dir eine Bestätigung senden."),
                       ("nl", "Je kunt ons een e-mail sturen naar help@voorbeeld.nl."),
                       ("nl", "We zullen je een e-mail sturen.")]:
        assert ctx.match(line, lexicon.langs(lang), kinds=["imperative"]) is None, line


# offline.yaml's per-language tables (no_contact, help_only, other_rights, deletion_aside) are read
# unaccented in the same texts as the kinds are (session 13): before, a "no need to contact us"
# typed without its marks left the channel of its sentence standing.
@pytest.mark.parametrize("items", [
    # fr: "you can delete your account yourself in the app, no need to write to us", without ê, é
    ["Supprimer le compte", "Vous pouvez supprimer votre compte vous-meme dans l'application, pas "
     "besoin de nous ecrire a aide@exemple.fr."],
    # pt: the same, without ã, é
    ["Excluir conta", "Voce pode excluir sua conta no app, em Configuracoes; nao e preciso nos "
     "contatar por e-mail."],
])
def test_a_table_reads_a_text_typed_without_accents(items):
    assert "offline_requirement" not in types(run(screen(*items)))


# A channel offered to whoever cannot use the app's own way (context.yaml cannot_use_app),
# written after heldout10's fr miss, in other words: on a deletion screen it is the way for them.
@pytest.mark.parametrize("items,channels", [
    (["Delete your account", "If you cannot access the app, you can email help@example.com."],
     ["email"]),
    (["Supprimer votre compte", "Si vous ne trouvez pas l'option, vous pouvez écrire à "
      "aide@exemple.fr depuis votre adresse."], ["email"]),
    (["Konto löschen", "Wenn du die App nicht mehr hast, kannst du an hilfe@beispiel.de schreiben."],
     ["email"]),
    (["Eliminar cuenta", "Si ya no tienes la app, puedes escribir a ayuda@ejemplo.es."], ["email"]),
    (["アカウント削除", "アプリにログインできない場合は、help@example.jp までメールでご連絡いただけます。"],
     ["email"]),
])
def test_offline_fallback_for_who_cannot_use_the_app(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels


@pytest.mark.parametrize("items", [
    # the condition with no channel under it, or only help
    ["Delete your account", "If you cannot log in, reset your password first. Questions? help@example.com"],
    # a bare "contact support (see below)" points to help, not a named way
    ["Delete your account", "If you cannot find the option, you can contact support (see section 3)."],
])
def test_no_offline_fallback_without_a_named_channel(items):
    assert "offline_requirement" not in types(run(screen(*items)))

"""Offline-requirement forms written after the first look at deletion_pages_heldout13.yaml
(session 14), each in our own words, not that file's, and in several lexicon languages:
- help offered to SORT OUT a problem ("contact us to resolve any billing issue"): help, not the
  way to delete (offline.yaml `help_only`, so also each channel's `unless`);
- a channel offered to whoever finds that the app's way DOES NOT WORK ("if this doesn't work,
  e-mail …"): context.yaml `cannot_use_app`;
- the provider FINISHING the clean-up or the deletion by hand after the person writes in
  (context.yaml `provider_handles`);
- the deletion named only as a TIME ("a copy of your data before deleting", "after deletion:
  e-mail …"): offline.yaml `deletion_aside`, so an address for a copy of one's data stays no way
  to delete, and the list under a help offer ("If you have problems:" / "- after deleting: …")
  answers the offer, item after item;
- the page or form itself named as THE channel for the request ("this page is the official way
  to ask for the deletion"): a web form;
- tr the informal (sen) forms of writing to an address ("adrese yazabilirsin", "yazman yeterli").
Each expectation was decided by reading the screen: the channel the person must use, or none."""
from __future__ import annotations

import pytest

from tests.test_detectors_text import ways



@pytest.mark.parametrize("items,channels", [
    # the app's own way may fail: a named channel for that case is the way (the first sentence
    # is no order, so only the fallback makes the channel the way)
    (["Delete account", "You can remove your account yourself under Settings. If that doesn't "
      "work, a request by e-mail to help@example.com is always possible."], ["email"]),
    (["Account verwijderen", "Je kunt je account zelf wissen onder Instellingen. Werkt dat niet, "
      "dan kun je altijd een aanvraag per e-mail doen."], ["email"]),
    (["Supprimer le compte", "Vous pouvez supprimer votre compte vous-même dans Réglages. Si cela "
      "ne fonctionne pas, vous pouvez aussi nous écrire à aide@exemple.fr."], ["email"]),
    (["Eliminar cuenta", "Puedes borrar tu cuenta tú mismo en Ajustes. Si esto no funciona, "
      "también puedes mandarnos un correo a ayuda@ejemplo.es."], ["email"]),
    # the provider finishes the job by hand once the person writes in
    (["Leftover data", "Some of your records may survive an interrupted deletion. E-mail "
      "help@example.com from your sign-in address and we will finish the cleanup ourselves."],
     ["email"]),
    # the page (or form) itself is the channel for the request
    (["Request account deletion", "This page is the official place to ask us to delete your "
      "account and its data."], ["web_form"]),
    (["Pedido de exclusão", "Esta página é o canal oficial para solicitar a exclusão da sua "
      "conta."], ["web_form"]),
    (["Solicitud de eliminación", "Esta página es el canal oficial para pedir la eliminación de "
      "tu cuenta."], ["web_form"]),
    (["Kontolöschung", "Diese Seite ist der offizielle Weg zur Löschung deines Kontos."],
     ["web_form"]),
    # tr: the informal forms of writing to an address
    (["Hesap silme", "Uygulamada silinemeyen kayıtların silinmesi için destek adresine hangi "
      "kayıtları istediğini yazabilirsin."], ["email"]),
    (["Veri silme", "Belirli bir kaydın silinmesini istiyorsan destek adresine kısa bir not "
      "yazman yeterli."], ["email"]),
])
def test_offline_ways_after_heldout13(items, channels):
    assert ways(*items) == [channels]


@pytest.mark.parametrize("items", [
    # help to sort out a problem (a debt, a payment) is no way to delete
    ["Delete account", "Any open invoices must be paid before the account can be deleted. "
     "Contact support to resolve any billing issue."],
    ["Eliminar cuenta", "Antes de borrar la cuenta hay que pagar lo que se debe. Escríbenos para "
     "solucionar cualquier problema con el cobro."],
    ["Excluir conta", "Débitos em aberto impedem a exclusão da conta. Entre em contato com o "
     "suporte para resolver qualquer problema de pagamento."],
    ["Supprimer le compte", "Les factures impayées bloquent la suppression du compte. Contactez "
     "le support pour régler tout problème de paiement."],
    ["Account verwijderen", "Openstaande betalingen moeten eerst voldaan zijn voordat het account "
     "verwijderd kan worden. Neem contact op met de klantenservice om het probleem op te lossen."],
    # an address for a copy of one's data, the deletion named only as when to ask
    ["Delete account", "If you'd like an export of your data prior to deleting, e-mail "
     "privacy@example.com."],
    ["Eliminar cuenta", "Si quieres una copia de tus datos antes de eliminar, escríbenos a "
     "ayuda@ejemplo.es."],
    # the list under a help offer answers it: the deletion named only as a time
    ["Support", "If you run into problems:", "- while your account exists: use Settings › "
     "Feedback", "- after deleting your account: e-mail help@example.com"],
    ["Hilfe", "Bei Problemen:", "- vor dem Löschen: über das Feedback in der App",
     "- nach dem Löschen: E-Mail an hilfe@beispiel.de"],
])
def test_no_offline_way_after_heldout13(items):
    assert ways(*items) == []



@pytest.mark.parametrize("items,channels", [
    # a heading that labels a channel as one of the ways (offline.yaml `option_label`), worded
    # as a noun or an infinitive, not an order
    (["Delete account", "Method B — by e-mail to help@example.com"], ["email"]),
    (["Eliminar cuenta", "Opción B: Contactar al equipo de soporte"], ["support"]),
    (["Supprimer le compte", "Option 2 : par e-mail à aide@exemple.fr"], ["email"]),
    (["Excluir conta", "Opção 2: por e-mail para ajuda@exemplo.pt"], ["email"]),
    (["Konto löschen", "Möglichkeit 2: per E-Mail an hilfe@beispiel.de"], ["email"]),
    # trouble with the app's own way is a "cannot use the app" condition, not a help offer
    (["Delete account", "If you're having trouble finding the delete button, you can reach our "
      "support team at help@example.com."], ["email"]),
    (["Eliminar cuenta", "Si tienes problemas para encontrar el botón de borrar, puedes escribir "
      "a ayuda@ejemplo.es."], ["email"]),
    (["Excluir conta", "Se você tiver problemas para encontrar o botão de excluir, pode escrever "
      "para ajuda@exemplo.pt."], ["email"]),
    (["Supprimer le compte", "Si vous avez des difficultés pour trouver le bouton de suppression, "
      "vous pouvez écrire à aide@exemple.fr."], ["email"]),
    (["Elimina account", "Se hai problemi a trovare il pulsante di eliminazione, puoi scrivere a "
      "aiuto@esempio.it."], ["email"]),
])
def test_an_option_heading_or_trouble_with_the_app_makes_the_channel_a_way(items, channels):
    assert ways(*items) == [channels]

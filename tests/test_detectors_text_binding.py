"""Words count only where they are bound to what the pattern is about: shaming words on the
option that declines, an offline channel to the deletion itself, a repeated ask on the way out.

Taught by a real app (a shared-expenses web app in its own French translation) that was judged
`obstructed` on two false alarms: its name, quoted in a footer link set inside a sentence
("« … » est un logiciel libre, vous pouvez y contribuer"), read as confirmshaming on every page
(and so as nagging), and an invitation paragraph that names the project's e-mail address and its
deletion read as "delete only by e-mail". The screens here are built by hand in that shape, in
our own words; every expected value was worked out from the wording and the layout.
"""
from __future__ import annotations

import pytest

from cancelcheck.detectors import Context, scan, scan_journey
from cancelcheck.screens import Bounds, Element, Screen
from tests.pages_kit import audit_page, capture_page, show
from tests.test_detectors_text import btn, journey_of, run, screen, types

SHAME = "« Je déteste l'argent » est un logiciel libre"      # fr: je déteste + argent (a gain)


def el(i, box, text="", parent=None, **kw) -> Element:
    return Element(index=i, parent=parent, bounds=Bounds(*box), text=text, **kw)


def page(*els) -> Screen:
    return Screen(image=None, elements=list(els), source="test", size=(412, 900))


def shaming(s: Screen) -> list[str]:
    return [f.evidence for f in scan(s, Context(screen_index=0), only=["confirmshaming"])]


# -- confirmshaming: the words must be the option that declines ------------------------------
def test_a_link_inside_a_sentence_declines_nothing():
    # <p><a href=…>« Je déteste l'argent » est un logiciel libre</a>, vous pouvez …</p>
    footer = page(el(0, (16, 800, 396, 840), ", vous pouvez y contribuer et l'améliorer !",
                     cls="p"),
                  el(1, (16, 800, 300, 820), SHAME, parent=0, cls="a", clickable=True,
                     attrs={"href": "https://example.org/source"}))
    assert shaming(footer) == []
    en = page(el(0, (16, 800, 396, 840), ", you can contribute and improve it!", cls="p"),
              el(1, (16, 800, 300, 820), '"I hate saving" is free software', parent=0, cls="a",
                 clickable=True))
    assert shaming(en) == []


def test_the_same_words_as_a_control_of_their_own_are_confirmshaming():
    alone = page(el(0, (16, 100, 396, 140), "Offre spéciale", cls="h2"),
                 el(1, (16, 160, 396, 200), "Oui, je veux économiser", cls="button",
                    clickable=True),
                 el(2, (16, 220, 396, 260), SHAME, cls="a", clickable=True))
    assert shaming(alone) == [SHAME]
    # a link that is the whole of its block (its parent has no words of its own) is a control too
    block = page(el(0, (16, 200, 396, 260), "", cls="div"),
                 el(1, (16, 210, 396, 250), "No thanks, I enjoy wasting money", parent=0, cls="a",
                    clickable=True))
    assert shaming(block) == ["No thanks, I enjoy wasting money"]
    # <p>No thanks, <a>I'd rather pay full price</a></p>: the words around the link are a bare
    # decline, so the link finishes the option rather than sitting in a sentence
    split = page(el(0, (16, 200, 396, 240), "No thanks,", cls="p"),
                 el(1, (110, 200, 396, 240), "I'd rather pay full price", parent=0, cls="a",
                    clickable=True))
    assert shaming(split) == ["I'd rather pay full price"]
    # the words in a <span> inside a <button>: the tap acts on the button
    inner = page(el(0, (16, 200, 396, 260), "", cls="button", clickable=True,
                    attrs={"aggregate": "1"}),
                 el(1, (24, 210, 380, 250), "I'd rather pay full price", parent=0, cls="span"))
    assert shaming(inner) == ["I'd rather pay full price"]


def test_a_label_beside_a_bare_control_on_its_row_is_the_option():
    # [ ] I don't want to save money        (a checkbox with no words, its label to the right)
    box = page(el(0, (16, 300, 48, 332), "", cls="checkbox", clickable=True, checkable=True,
                  checked=False),
               el(1, (56, 300, 396, 332), "I don't want to save money", cls="text"))
    assert shaming(box) == ["I don't want to save money"]
    # ✕  I'd rather pay full price          (an icon-only close control, its words beside it)
    close = page(el(0, (16, 300, 48, 332), "✕", cls="button", clickable=True),
                 el(1, (56, 300, 396, 332), "I'd rather pay full price", cls="text"))
    assert shaming(close) == ["I'd rather pay full price"]


def test_a_heading_or_a_paragraph_above_the_buttons_is_not_the_option():
    s = page(el(0, (16, 100, 396, 140), "You enjoy wasting money?", cls="h1"),
             el(1, (16, 150, 396, 190), "Then you will love paying full price.", cls="p"),
             el(2, (16, 210, 396, 250), "Subscribe", cls="button", clickable=True),
             el(3, (16, 270, 396, 310), "Close", cls="button", clickable=True))
    assert shaming(s) == []


# -- offline requirement: the channel must be the way to delete ----------------------------
SHARE_FR = ("Vous pouvez partager l'identifiant du projet et son code d'accès par le moyen de "
            "votre choix.Toute personne qui a le code d'accès peut tout modifier, y compris "
            "l'adresse e-mail du projet, et même supprimer le projet.")


@pytest.mark.parametrize("items", [
    ["Inviter des personnes", SHARE_FR],
    # the noun "l'adresse e-mail" is not "adressez un e-mail"
    ["Pour supprimer votre compte, vérifiez d'abord l'adresse e-mail associée au compte."],
    # a channel in one sentence, the deletion in another: how to share, not how to delete
    ["Invite people", "You can share the project code with your friends by e-mail. "
                      "Anyone who has the code can delete the project."],
])
def test_a_channel_not_bound_to_the_deletion_is_no_offline_requirement(items):
    assert "offline_requirement" not in types(run(screen(*items)))


@pytest.mark.parametrize("items,channels", [
    (["Pour supprimer votre projet, envoyez un e-mail à aide@exemple.org."], ["email"]),
    (["Pour supprimer votre compte, écrivez-nous un mail."], ["email"]),
    # two sentences on a deletion screen: the second is an instruction, a duty there
    (["Supprimer le compte", "Vous pouvez supprimer votre compte à tout moment. "
                             "Envoyez-nous un e-mail à aide@exemple.org."], ["email"]),
    (["To delete your account, e-mail privacy@example.com. We reply within a week."], ["email"]),
])
def test_a_channel_bound_to_the_deletion_still_counts(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels and f.data["only_offline"] is True


# -- an e-mail the app sends is not a channel; a contact for problems is not the way ------
# A link the app mails to confirm the deletion is checked online, on the address the account
# signed up with: the person writes to nobody. "Write to us about issues" offers help with a
# problem, not the way to delete. Two screens as a web app shows them after its deletion form
# (the heading names the deletion, so any duty on the screen would count).
@pytest.mark.parametrize("items", [
    ["Account removal almost complete",
     "Remove your account by clicking the confirmation link sent to your e-mail inbox.",
     "Please look into your spam folder if you cannot see it in your inbox.",
     "E-mail is not an instant technology. Please wait for the confirmation e-mail at least "
     "30 minutes before you write to us about issues.",
     btn("If there is a problem with your registration, please contact us.")],
    ["Delete account", "We have sent you an e-mail. Click the link in it to confirm the "
                       "deletion of your account.",
     "If you run into problems, contact our support team."],
    ["Account removal", "You will have to confirm the account removal by clicking the link in "
                        "the e-mail you will receive.", btn("Delete this account")],
    ["Konto löschen", "Wenn Sie Probleme haben, kontaktieren Sie den Support.",
     "Sie erhalten einen Link per E-Mail, mit dem Sie das Löschen bestätigen."],
])
def test_a_mail_the_app_sends_or_help_with_problems_is_no_offline_requirement(items):
    assert "offline_requirement" not in types(run(screen(*items)))


@pytest.mark.parametrize("items,channels", [
    # e-mail support to request the deletion: a channel, whatever else the screen says
    (["Delete account", "To delete your account, e-mail support@example.com. "
                        "If you have any questions, we are happy to help."], ["email"]),
    (["Account removal", "Please write to us to request the removal of your account. "
                         "You will receive a confirmation e-mail when it is done."], ["letter"]),
    (["Delete your account", "Send an e-mail to our support team to have your account "
                             "deleted. If there is a problem, reply to the confirmation e-mail."],
     ["email"]),
    (["Konto löschen", "Um Ihr Konto zu löschen, schreiben Sie uns eine E-Mail. Bei Problemen "
                       "hilft Ihnen der Support."], ["email"]),
])
def test_e_mailing_support_to_request_the_deletion_still_counts(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels and f.data["only_offline"] is True


# -- nagging: an ask repeated on the way out, not the page's frame -------------------------
def _with_shaming(*screens):
    j = journey_of(list(screens))
    for i in range(len(screens)):
        j.findings += [f for f in scan(j.screen(i), Context(screen_index=i),
                                       only=["retention_offer", "confirmshaming"])]
    return j


def test_a_control_on_every_page_is_the_frame_not_nagging():
    exit_ = btn("No thanks, I enjoy wasting money")
    j = _with_shaming(screen("Notes", "Shopping list", exit_),
                      screen("Delete account", "This will delete your account", exit_),
                      screen("Delete your account?", btn("Cancel"), btn("Delete"), exit_))
    assert sum(f.type == "confirmshaming" for f in j.findings) == 3      # each screen's own
    assert scan_journey(j, only=["nagging"]) == []


def test_a_shamed_exit_twice_on_the_way_out_is_nagging():
    j = _with_shaming(screen("Notes", "Shopping list"),
                      screen("Delete account", "Before you go: 50% off", btn("Keep my account"),
                             btn("No thanks, I enjoy wasting money")),
                      screen("Delete your account?", "Are you sure? 70% off now",
                             btn("Keep my account"), btn("No thanks, I enjoy wasting money")))
    f, = scan_journey(j, only=["nagging"])
    assert (f.screen, f.data["first_screen"]) == (2, 1)


def test_the_same_popup_on_screens_not_about_leaving_is_not_nagging():
    popup = ("Get 20% off", btn("Yes, please"), btn("No thanks, I'd rather pay full price"))
    j = _with_shaming(screen("Notes", *popup), screen("Shopping list", *popup))
    assert scan_journey(j, only=["nagging"]) == []


# -- the whole audit, on a real Chromium --------------------------------------------------

def test_shared_project_page_is_reachable_without_false_alarms(pages):
    """tests/data/pages/fr-shared: Options, Supprimer mon compte, Supprimer définitivement (the
    final button, not taken) = 3 steps by hand; the footer link and the invitation paragraph
    are on the pages the explorer may open and must give no finding."""
    j = audit_page(pages, "fr-shared")
    assert (j.outcome, j.path_steps) == ("reachable", 3), show(j)
    wrong = {"confirmshaming", "nagging", "offline_requirement"} & {f.type for f in j.findings}
    assert not wrong, show(j)


def test_invitation_page_in_chromium_gives_no_text_finding(pages):
    s = capture_page(pages, "fr-shared/inviter.html")
    link = next(e for e in s.elements if e.label.startswith("« Je déteste"))
    assert link.clickable and s.elements[link.parent].label.startswith(", vous pouvez")
    found = scan(s, Context(screen_index=0), only=["confirmshaming", "offline_requirement"])
    assert found == [], [(f.type, f.evidence) for f in found]

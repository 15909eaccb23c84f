"""Offline requirement: deletion goes through a person or a channel outside the app — a phone
call, an e-mail, a letter, a visit to a branch or counter, a chat with support, a web or contact
form, a support ticket, or "contact customer service" — with or without a copy of an ID.

A channel counts when the same sentence names the deletion ("To delete your account, e-mail …"),
or stands in the two lines under one that names it and ends in a colon ("You can delete your
account via:" / "- a request to help@…"), or when the text makes it a duty on a deletion
screen ("Please call us"): a screen whose own
text (a heading, a sentence) names the deletion, not one where only a control leads there (a
settings page with a "Delete account" item in its menu asks nothing about deletion when it says
"You need to verify your email to contribute"). A channel in one
sentence and the deletion in another of the same paragraph are not bound ("Share the code by
e-mail. Anyone with it can delete the project." says how to share, not how to delete).
Not a channel: a mail the app sends ("click the confirmation link sent to your inbox": checked
online, on the address the account signed up with), and help offered for questions or
problems ("write to us about issues", "if you run into problems, contact us"): the lexicon's
`unless`, which rules a channel out in its own sentence only; such an offer is no instruction
either, so the address on the lines under "If you have questions about deletion, contact us:"
is where questions go; a help offer that ends in "?" or ":" ("Questions about deleting your
account?", "Need help?") is answered by the line under it ("Write to us at …"), which is then
no instruction, and it ends the reach of an instruction above it; so are the items of a list
under such an offer, one after another ("If you have problems:" / "- before deleting: …" /
"- after deleting: e-mail …"), unless an item names the deletion other than as a time before or
after it (offline.yaml `deletion_aside`). Nor does a word inside an
address or a link ("data-deletion@…") name the deletion: it names a mailbox or a page.
A channel followed, in its sentence or the next, by the PROVIDER's own act on what is sent —
deleting, verifying, processing, taking care of it ("Send us an e-mail; we verify your identity
and take care of the rest") — is the way on a deletion screen even when it is worded as an
option, not an order: the person's act is to contact, the rest is done for them.
A channel offered, on a deletion screen, to whoever cannot use the app's own way ("If you
cannot access the app, you can e-mail …", context.yaml `cannot_use_app`) is the way for them,
even worded as an option; so is one offered right after the condition asked as a question
("Can't get into the app? Then fill in the form on this page."), one in a sentence that also
offers help with questions ("If you cannot complete the deletion in the app, or have a question,
write to …"), and the address on the line under a fallback that names only "the address below".
A channel where the person asks for ANOTHER data-protection right (a copy of their data, its
correction, portability, objection) is not the way to delete unless the deletion is named
there other than in passing ("Besides deleting your account, you may ask for a copy … by
writing to …" is none; "… a copy of your data or its deletion by writing to …" is a way).
A sentence that says no contact is needed ("No need to contact us") names no channel, nor does
a link or a code the app sends to the person's own address ("enter your e-mail below and we send
you a link": a self-service web form, offline.yaml `app_sends`). What to say in the e-mail or
letter the person writes ("Tell us in your e-mail …", `in_message`) is an e-mail to send and an
instruction.
A help offer whose list of purposes names the deletion REQUEST as an item of its own ("For
privacy questions, access requests, deletion requests or complaints, contact us via …") is the
way for that request (`_requests_after_help`, `_list_item`, offline.yaml `request_word`); with
no deletion request in the list, or the deletion only inside the offer's own words ("questions
about how we store, export or delete your data"), it stays help.
A help offer ("If you have trouble deleting in the app, write to us") is the way after all when
the provider says it will act on what is sent ("… we will process your request within 30
days") or the message's subject line names the deletion request ("… with the subject
'Deletion request'"). A numbered step that says something and names a channel itself
("1. Tap the button below or write to …") is an instruction by its form, in any register; an
in-app step or a numbered heading ("8. Contact us") is not. An e-mail that asks only for a written confirmation of a deletion already done
(offline.yaml `confirmation_only`) is none, nor is the provider's own reply or confirmation by
e-mail (`app_sends`), nor a channel named as not needed ("no form needed", `no_contact`).
Session 18 (off18): a sentence that opens with the requests it is for ("For requests, contact
us on WhatsApp", offline.yaml `request_lead`) or an imperative after a short lead that labels the
way ("Option B — via WhatsApp: send a message to …", `_after_lead`) is an instruction; a list of
the person's rights that names the deletion makes the lines under it speak of the deletion
request ("For requests, contact us at …"); the account's own address named as data ("with the
e-mail of your account", `account_address`) is no channel; a channel for another act, in a
sentence that names the deletion only as a time ("Before requesting deletion, cancel your
subscription: … by e-mail", `other_act`, `_for_other_act`) is none.
Session 18 (off18b): a messaging app named for a NOTICE the person receives ("You will receive a
confirmation via WhatsApp"), for SHARING ("Send the picture via LINE"), or as its OWN CLIENT where
a self-service deletion is confirmed ("then confirm in the Telegram app") is no channel
(`messenger_aside`, and `messenger_share` in a sentence that does not name the deletion itself,
blanked like `app_sends`); a channel to STOP the app's messages ("If you only want to stop the
messages, write STOP to us on WhatsApp", `other_act`'s `messages` group) is none.
Words: lexicons/offline.yaml (kinds = channels, plus `id_copy`; tables `help_only`,
`other_rights`, `deletion_aside`, `no_contact`, `in_message`, `app_sends`, `confirmation_only`,
`subject_line`, `request_word`, `request_lead`, `account_address`, `other_act`,
`messenger_aside`, `messenger_share`), context.yaml
(`provider_deletes`, `provider_handles`, `cannot_use_app`).

The finding's data, for the explorer and the verdicts:
    channels      the channels named on the screen, in lexicon order ("call", "email", …)
    only_offline  True when the screen offers ONLY an offline way: no control on it names the
                  deletion without also naming a channel (no "Delete account" button beside the
                  "e-mail us" text). The explorer ends the flow `obstructed` when this is True.
    id_copy       True when the same text also asks for a copy of an identity document (the
                  verification-burden detector reports that burden on its own)
"""
from __future__ import annotations

import re
from functools import lru_cache

from cancelcheck.words.normal import EMAIL, without_addresses

from . import lexicon
from .registry import detector
from .screen_text import CONTROL_LEN, best, is_request, make, names, read
from .screen_text import sentences as _sentences

NOT_CHANNEL = {"id_copy"}
NO_CHANNEL_NAMED = "support"
_SENTENCE_END = re.compile(r"[:：.。!！]\s*$")
_INTRO_END = re.compile(r"[:：]\W{0,3}$")
_QUESTION_END = re.compile(r"[?？؟;\u037e]\W{0,3}$")
_ASKS = re.compile(r"[?？:：;؟]\W{0,3}$")        # a help offer that the next line answers


def _channels(kinds: list[str]) -> list[str]:
    return [k for k in kinds if k not in NOT_CHANNEL]


def _is_sentence(label: str) -> bool:
    """An instruction rather than a button: it ends like a sentence or runs to five words."""
    return bool(_SENTENCE_END.search(label)) or len(label.split()) >= 5 or len(label) >= 20


def _only_address(label: str) -> bool:
    """A line that is an e-mail address and little else ("📧 **help@x.com**", "Email: a@b.c")."""
    if not EMAIL.search(label):
        return False
    rest = EMAIL.sub(" ", _MAILTO.sub(" ", label))      # "[a@b.c](mailto:a@b.c)" too
    return len(_LETTERS.findall(rest)) <= 8


_LETTERS = re.compile(r"[^\W\d_]")
_STEP = re.compile(r"^\s*\d{1,2}[.)]\s")                 # "1. …", "2) …"
STEP_WORDS = 3      # a step says what to do: at least this many words after its number
STEP_CHARS = 8      # ... or, in a script written without spaces, this many characters


def _step(label: str) -> bool:
    """A numbered step of a list ("1. …", "2) …") that says something, not a numbered
    heading of a few words ("8. Contact us", "8. 联系我们")."""
    m = _STEP.match(label)
    if not m:
        return False
    rest = label[m.end():].strip()
    return len(rest.split()) >= STEP_WORDS or (" " not in rest and len(rest) >= STEP_CHARS)


_LIST_ITEM = re.compile(r"^\s*([-*+•·▪◦–]|\d+[.)])\s")     # "- …", "• …", "2. …"

_MAILTO = re.compile(r"mailto:", re.I)


def _by_sentence(label: str, langs, lex, ctxlex) -> list[tuple[str, list[str]]]:
    """Each sentence of the text with the kinds it names, read once for `_kinds` and `_bound`:
    what rules a channel out (the lexicon's `unless`: a question or a problem to write about,
    a mail the app sends) rules it out in its own sentence only ("To delete your account,
    e-mail us. If you have any questions, we are happy to help." still names the way); so
    does a request for another right than erasure (`_for_other_rights`), and a clause that
    says no contact is needed ("No need to contact us": offline.yaml `no_contact`,
    `_unless_clauses`). A link or
    a code the app sends to the person's own address ("enter your e-mail below; we send a link
    to it", "Send the link to my e-mail": offline.yaml `app_sends`) is self-service checked
    online: it is blanked out before the sentence's channels are read, so "E-mail us; we will
    send a link to your e-mail" still names the e-mail to send."""
    sents = _sentences(label)
    out = []
    for k, s in enumerate(sents):
        plain = _without("offline", "app_sends", s, langs)
        plain = _without("offline", "account_address", plain, langs)
        plain = _without("offline", "messenger_aside", plain, langs)
        #   a messaging app named for a notice the person receives, or as the client a
        #   self-service deletion is confirmed in ("You will receive a confirmation via
        #   WhatsApp", "then confirm in the Telegram app"): no way to ask for the deletion
        #   (offline.yaml `messenger_aside`)
        if not _deletion_itself(s, langs, ctxlex):
            plain = _without("offline", "messenger_share", plain, langs)
        #   ... nor one named as a SHARING feature ("Send the picture via LINE", "post it to
        #   WhatsApp": `messenger_share`), unless the sentence names the deletion itself: "To
        #   delete your account, send a photo of your ID via Telegram" is the way
        #   the account's own address named as data ("… with the e-mail of your account",
        #   "Enter the e-mail linked to the account"): what is sent or typed, not a channel
        ks = lex.kinds_in(plain, langs)
        if not _channels(ks) and _offers_help(s, langs) \
                and (_handles_request(sents[k:k + 2], langs, ctxlex)
                     or ctxlex.match(s, langs, kinds=["cannot_use_app"]) is not None
                     or _subject_names_deletion(s, langs, ctxlex)
                     or _requests_after_help(s, langs, lex, ctxlex)):
            ks = lex.kinds_in(_without("offline", "help_only", plain, langs), langs)
        if _channels(ks) and (_for_other_rights(s, sents[k - 1] if k else "", langs, ctxlex)
                              or _confirmation_only(s, langs, ctxlex)
                              or _for_other_act(s, langs, ctxlex)):
            ks = [x for x in ks if x in NOT_CHANNEL]
        elif _channels(ks) and _says("offline", "no_contact", s, langs):
            kept = lex.kinds_in(_unless_clauses("no_contact", plain, langs), langs)
            ks = [x for x in ks if x in NOT_CHANNEL or x in kept]
        out.append((s, ks))
    return out


_CLAUSE_END = re.compile(r"\s*[;；:：]\s*|\s+[-—–]\s+")     # "…; …", "…: …", "… — …"


def _unless_clauses(section: str, text: str, langs) -> str:
    """The text without its clauses that say a form of offline.yaml's `section`: a channel
    named as not needed ("no form is needed") rules out the channels of ITS clause, not those
    of a clause beside it in the same sentence ("E-mail privacy@…; no form is needed" still
    names the e-mail; "No need to e-mail us: delete it in Settings" names none)."""
    return " ; ".join(c for c in _CLAUSE_END.split(text)
                      if not _says("offline", section, c, langs))


_CLAUSE_COMMA = re.compile(r"[,，、]")


def _requests_after_help(s: str, langs, lex, ctxlex) -> bool:
    """The clause after the sentence's help offer names the deletion itself AND a channel ("If
    you need help, you can request the deletion by e-mail"): the offer only sets the scene, the
    main clause says how the deletion is asked for. The main clause is what follows the LAST
    comma after the offer's words; with no comma there is no clause of its own to read: "If you
    have questions about deleting your account, e-mail us" and "Bei Fragen zur Löschung schreib
    uns an …" name the deletion in the offer only, and stay help."""
    t = lexicon.normalize(s)
    end = max((m.end() for m in _finds("offline", "help_only", t, langs)), default=None)
    if end is None:
        return False
    commas = [m.end() for m in _CLAUSE_COMMA.finditer(t, end)]
    if not commas:
        return False            # "Bei Fragen zur Löschung schreib uns an …": no clause of its own
    main = t[commas[-1]:]       # "questions about how we collect, use or delete your data, …":
    #                             an enumeration's commas still belong to the offer
    if not _channels(lex.kinds_in(main, langs)):
        return False
    return _deletion_itself(main, langs, ctxlex) or any(
        _list_item(t[a:b]) and _says("offline", "request_word", t[a:b], langs)
        and _deletion_itself(t[a:b], langs, ctxlex)
        for a, b in zip(commas, commas[1:]))


LIST_ITEM_WORDS = 5     # an item of a list of purposes is a short noun phrase: this many words
LIST_ITEM_CHARS = 12    # ... or, in a script written without spaces, this many characters


def _list_item(seg: str) -> bool:
    """A short item of the list of a contact's PURPOSES after its help offer ("For privacy
    questions, access requests, deletion requests or complaints, contact us via …": "deletion
    requests or complaints"): an item of its own, after a comma, that names the deletion AS A
    REQUEST (offline.yaml `request_word`, checked by `_requests_after_help`) makes the contact
    the way for the deletion request, beside the questions it also takes. A longer clause is no
    item; the offer's own words ("questions about deleting your account", before the first
    comma) are no item either, nor an enumeration of what the questions are about ("questions
    about how we store, export or delete your data": no request named)."""
    seg = seg.strip(" ,，、")
    words = seg.split()
    if len(words) > 1:
        return len(words) <= LIST_ITEM_WORDS
    return len(seg) <= (LIST_ITEM_CHARS if _UNSPACED.search(seg) else 3 * LIST_ITEM_CHARS)


_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af]")   # Thai, kana, CJK, Hangul


def _handles_request(sents: list[str], langs, ctxlex) -> bool:
    """The provider says it will act on what is sent, in these sentences ("If you have trouble
    deleting in the app, write to us at … : we will process your request within 30 days"):
    the help offer is then the channel for the request (context.yaml `provider_deletes`,
    `provider_handles`), not help for a question."""
    return any(ctxlex.match(without_addresses(t), langs, kinds=PROVIDER_ACTS) is not None
               for t in sents)


_QUOTED_BEFORE = re.compile(                  # a quoted text that ends right before a mark
    r"[«\"„“'「『‹]([^«»\"„“”'「」『』‹›]{1,60})[»\"“”'」』›]\s*$")


def _subject_names_deletion(s: str, langs, ctxlex) -> bool:
    """The sentence names the SUBJECT LINE of the message the person writes, and its text —
    after the marker ("with the subject 'Deletion request'", "Betreff: Löschanfrage") or
    quoted right before it (tr "«Silme talebi» konusuyla") — names the deletion: whatever
    help the sentence offers, the message it asks for is the deletion request
    (offline.yaml `subject_line`)."""
    t = lexicon.normalize(s)
    for m in _finds("offline", "subject_line", t, langs):
        before = _QUOTED_BEFORE.search(t[:m.start()])
        said = t[m.end():m.end() + 80] + " " + (before.group(1) if before else "")
        if _names_deletion(said, langs, ctxlex):
            return True
    return False


def _confirmation_only(s: str, langs, ctxlex) -> bool:
    """The sentence's message asks only for a written CONFIRMATION or certificate of a
    deletion ("If you need written confirmation of the deletion, e-mail us", offline.yaml
    `confirmation_only`), and names the deletion nowhere else: the deletion was done (in the
    app); the e-mail is no way to delete. "E-mail us to delete your account; we send a
    confirmation of the deletion" still names the way."""
    return _says("offline", "confirmation_only", s, langs) and not _names_deletion(
        _without("offline", "confirmation_only", s, langs), langs, ctxlex)


def _for_other_rights(s: str, before: str, langs, ctxlex) -> bool:
    """The channel of sentence `s` is where to ask for ANOTHER data-protection right — a copy
    of one's data, access, correction, portability, objection (offline.yaml `other_rights`) —
    said in `s` or in the sentence `before` it, and neither names the deletion except in
    passing ("Besides deleting your account, you may ask for a copy of your data by writing to
    privacy@…": offline.yaml `deletion_aside`). "You can ask for a copy of your data or its
    deletion by e-mail" still names the deletion, and stays a way to delete."""
    if _other_rights(s, langs):
        return not _deletion_itself(s, langs, ctxlex)
    return bool(before) and _other_rights(before, langs) \
        and not _deletion_itself(before, langs, ctxlex) and not _deletion_itself(s, langs, ctxlex)


def _for_other_act(s: str, langs, ctxlex) -> bool:
    """The sentence's channel is for ANOTHER act than the deletion — cancelling a
    subscription (offline.yaml `other_act`: "Before requesting deletion, cancel your
    subscription: in the payment panel or by e-mail to …") — and, that act left out, it names
    the deletion only as a time before or after it (`deletion_aside`). With no deletion named
    beside it, the act may be the very cancellation the screen is about ("You must call
    customer service to cancel your membership"): it stays a way. Stopping the MESSAGES the app
    sends (`_stops_messages`) is never the deletion: with no deletion named other than in passing,
    its channel is none."""
    if not _says("offline", "other_act", s, langs):
        return False
    rest = _without("offline", "other_act", s, langs)
    if _stops_messages(s, langs):
        return not _deletion_itself(rest, langs, ctxlex)
    return _names_deletion(rest, langs, ctxlex) and not _deletion_itself(rest, langs, ctxlex)


def _stops_messages(s: str, langs) -> bool:
    """The sentence's other act is stopping, pausing or unsubscribing from the MESSAGES the
    app sends (offline.yaml `other_act`, its `messages` group: "If you only want to stop the
    messages, write STOP to us on WhatsApp"): never the deletion itself, so the channel is no
    way to delete even with no deletion named beside it."""
    t = lexicon.normalize(s)
    return any(m.groupdict().get("messages") for m in _finds("offline", "other_act", t, langs))


def _other_rights(text: str, langs) -> bool:
    """The text names a data-protection right other than erasure (offline.yaml `other_rights`)."""
    return _says("offline", "other_rights", without_addresses(text), langs)


def _deletion_itself(text: str, langs, ctxlex) -> bool:
    """The text names the deletion other than in passing (offline.yaml `deletion_aside`:
    "besides deleting your account, …" names no deletion as what is asked for)."""
    return _names_deletion(_without("offline", "deletion_aside", text, langs), langs, ctxlex)


def _kinds(sents: list[tuple[str, list[str]]]) -> list[str]:
    """The kinds the text's sentences name, in the order first named."""
    out: list[str] = []
    for _, ks in sents:
        out += [k for k in ks if k not in out]
    return out


def _names_deletion(text: str, langs, ctxlex) -> bool:
    """The text's own words name the deletion; an address or a link's target is a name, not a
    statement ("E-mail: data-deletion@example.com" under "For questions about deletion:" says
    where questions go, not that deletion goes there)."""
    return names(ctxlex, without_addresses(text), langs, "deletion_word")


@lru_cache(maxsize=None)
def _table_rxs(family: str, section: str, langs) -> list:
    """The forms of a per-language table of a lexicon (offline.yaml `help_only`, context.yaml
    `undo_deletion`) in the screen's languages, one regex each (lexicon.regex): a form is
    compiled only once a text holds the words it needs, not every language's forms at once
    because one of them might match."""
    lex = lexicon.load(family)
    table = lex.data.get(section) or {}
    return [lexicon.regex(p, where=f"{lex.path}: {section}.{lang}")
            for lang, ps in table.items() if lang != "source" and (langs is None or lang in langs)
            for p in ps]


def _says(family: str, section: str, text: str, langs) -> bool:
    """A form of a per-language table is in the text; a text typed without accent marks is
    read as the lexicons' kinds are (lexicon.typed_plain)."""
    t = lexicon.normalize(text)
    plain = lexicon.typed_plain(t, langs)
    return any(rx.search(t, plain=plain) is not None for rx in _table_rxs(family, section, langs))


def _finds(family: str, section: str, t: str, langs):
    """Every match of a per-language table's forms in the normalised text `t` (a text typed
    without accent marks read as the lexicons' kinds are)."""
    plain = lexicon.typed_plain(t, langs)
    for rx in _table_rxs(family, section, langs):
        yield from rx.read_as(plain).compiled().finditer(t)


def _without(family: str, section: str, text: str, langs) -> str:
    """The text with every match of a per-language table's forms blanked out."""
    t = lexicon.normalize(text)
    plain = lexicon.typed_plain(t, langs)
    for rx in _table_rxs(family, section, langs):
        rx = rx.read_as(plain)
        if rx.search(t) is not None:
            t = rx.compiled().sub(" ", t)
    return t


def _offers_help(text: str, langs) -> bool:
    """Help offered for questions or problems ("If you have questions about deletion, contact
    us:", "Para dúvidas sobre a exclusão:"): an instruction to ask, not the way to delete, so
    the address on the lines after it is where questions go."""
    return _says("offline", "help_only", _LIST_ITEM.sub("", text, count=1), langs)
    #   a list item's mark first ("3. Questions? E-mail …"): the offer starts after it


def _undoes(text: str, langs) -> bool:
    """Undoing a deletion ("Cancelling the deletion", "To withdraw your deletion request:"):
    the channels on the lines after it, until a line names the deletion again, are the way
    back from a deletion, not the way to one."""
    return _says("context", "undo_deletion", text, langs)


PROVIDER_ACTS = ["provider_deletes", "provider_handles"]


def _bound(sents: list[tuple[str, list[str]]], langs, ctxlex) -> bool:
    """A channel and the deletion named in ONE sentence ("To delete your account, e-mail …"),
    or a channel right after a list of rights with the deletion among them (`_after_rights`).
    (With the provider's own act on what is sent, `_provider_acts`, the detector binds them
    too.) A channel in one sentence and a deletion in another that nobody promises ("You can
    share the code by e-mail. Anyone with it can delete the project.") are not the way."""
    return any(_names_deletion(s, langs, ctxlex) for s, ks in sents if _channels(ks)) \
        or _after_rights(sents, langs, ctxlex)


def _after_rights(sents: list[tuple[str, list[str]]], langs, ctxlex) -> bool:
    """A channel in the sentence right after a list of the data-protection rights that names
    the deletion among them ("You may ask for access to your data, its correction or its
    deletion. Requests go to privacy@…"; offline.yaml `other_rights`): the channel is where
    those requests, deletion among them, are sent. A channel after a sentence that names the
    deletion alone ("Delete your account in Settings. E-mail us for help.") is not bound."""
    return any(_channels(ks) and k and _other_rights(sents[k - 1][0], langs)
               and _deletion_itself(sents[k - 1][0], langs, ctxlex)
               for k, (_, ks) in enumerate(sents))


def _provider_acts(sents: list[tuple[str, list[str]]], langs, ctxlex) -> bool:
    """A channel named and then the PROVIDER doing the work, in the same sentence or the next:
    deleting ("Write to help@… . We will delete your account within 30 days.") or handling
    the request — verifying, processing, taking care of it ("Send us an e-mail; we verify your
    identity first", "Contact us and we'll handle it", "mándanos un correo y lo hacemos
    nosotros"; context.yaml `provider_deletes`, `provider_handles`). The person's act is to
    contact; what follows is done for them, so the contact is the way. A provider's act with
    no channel before it ("Tap Delete. We delete your data within 30 days.") is none."""
    for k, (s, ks) in enumerate(sents):
        if not _channels(ks):
            continue
        for t in (s, sents[k + 1][0] if k + 1 < len(sents) else ""):
            if t and ctxlex.match(without_addresses(t), langs, kinds=PROVIDER_ACTS) is not None:
                return True
    return False


def _fallback(sents: list[tuple[str, list[str]]], langs, ctxlex) -> set[str]:
    """The channels offered to whoever cannot use the app's own way (context.yaml
    `cannot_use_app`: "If you can no longer open the app, write to …", "If it does not work in
    the app, mail …"), said in the channel's own sentence or in a question right before it
    ("Can't get into the app? Then fill in the form on this page."). A bare "contact us"
    (`support`) among them alone points to help: the caller tells it from a named channel."""
    out: set[str] = set()
    for k, (s, ks) in enumerate(sents):
        chans = set(_channels(ks))
        if not chans or chans <= out:
            continue
        before = sents[k - 1][0] if k else ""
        if ctxlex.match(s, langs, kinds=["cannot_use_app"]) is not None or (
                before.rstrip().endswith(("?", "？", "؟", ";", "\u037e"))
                and ctxlex.match(before, langs, kinds=["cannot_use_app"]) is not None):
            out |= chans
    return out


_LEAD = re.compile(r"[:：]\s*|\s[—–]\s+")
LEAD_CHARS = 60     # a lead that labels the way is short: its marks stand within this many


def _after_lead(label: str) -> list[str]:
    """The sentence after a short lead that labels it ("Option B — via WhatsApp: send a
    message to …", "By e-mail: write to …"): the instruction the lead introduces, read as a
    sentence of its own (an imperative is read where a sentence starts)."""
    head = re.split(r"[.!?。！？]", label[:LEAD_CHARS], maxsplit=1)[0]
    return [label[m.end():] for m in _LEAD.finditer(head) if len(label) - m.end() >= 10]


def _under(i: int, asked: int, fell: int) -> bool:
    """Line `i` stands within two lines under an instruction (`asked`) or under a fallback
    (`fell`): "Send your request to:" / "a@b.c"."""
    return i - asked <= 2 or 0 < i - fell <= 2


_NUMBER_LINE = re.compile(r"^[\s+()\d./-]{6,}$")      # "+1 555 0100", "(030) 123 456"


def _goes_on(line: str) -> bool:
    """The line starts in lower case (the same sentence going on), or in a script without
    case (Devanagari, Thai, Arabic, kana, CJK: a verb-final "इस पते पर" / address / "ईमेल
    करें।" ends on that line)."""
    c = line.lstrip()[:1]
    return c.isalpha() and (c.islower() or c.lower() == c.upper())


def _continues(label: str, langs) -> bool:
    """The line ends in a preposition or a verb that needs its object ("Write to", "Send a
    message to", "Écrivez à", "Напишите на", "次のアドレスに", "发送至": offline.yaml
    `line_continues`): the page cut the instruction over two lines."""
    return _says("offline", "line_continues", label, langs)


def _joined(elements, i: int, langs) -> str:
    """Element `i`'s text, read with the line after it when it ends in a word that needs its
    object (`_continues`): "Write to" / "privacy@example.com" is one instruction, as the page
    shows it. When that line is only an address or a number and the line after it goes on in
    lower case ("stating your nickname. Deletion is carried out within 30 days."), that line
    is read too: the sentence the page cut in three."""
    label = elements[i].label
    if i + 1 >= len(elements) or not _continues(label, langs):
        return label
    nxt = elements[i + 1].label
    out = f"{label.rstrip()} {nxt.strip()}"
    if i + 2 < len(elements) and (_only_address(nxt) or _NUMBER_LINE.match(nxt)) \
            and _goes_on(elements[i + 2].label):
        out += " " + elements[i + 2].label.strip()
    return out


@detector("offline_requirement")
def offline_requirement(screen, ctx):
    st = read(screen, ctx)
    lex, ctxlex = lexicon.load("offline"), lexicon.load("context")
    hits, id_copy, in_app = [], False, False
    asked = -10                 # index (in st.elements) of the last instruction to the person
    offered = -10               # index of the last line that offers help and ends in ? or :
    undoing = False             # the last text to speak of the deletion spoke of undoing it
    rights = False              # a line above listed the rights, the deletion among them
    fell = -10                  # index of the last line that offers a channel to whoever
    #                             cannot use the app's own way (`_fallback`)
    for i, e in enumerate(st.elements):
        label = _joined(st.elements, i, st.langs)
        names_deletion = _names_deletion(label, st.langs, ctxlex)
        # a list of the person's rights that names the deletion among them ("You have the
        # right to access your data, to correct it, to have your account deleted …") makes
        # the lines under it speak of the deletion request ("For requests, contact us at …")
        subject = st.subject or rights
        rights = rights or (names_deletion and _other_rights(label, st.langs)
                            and _deletion_itself(label, st.langs, ctxlex))
        # help offered for questions or problems, read on every line: the lines under an offer
        # answer it even on a screen whose own text does not name the deletion ("If you have
        # questions:" / "- after deleting: e-mail …"); the last line of a screen that does not
        # name the deletion has no line under it to govern
        helps = (subject or names_deletion or i + 1 < len(st.elements)) \
            and _offers_help(label, st.langs)
        answers = i - offered == 1
        if (helps and (_ASKS.search(label) or answers)) or (answers and _LIST_ITEM.match(label)):
            offered = i        # an offer, or the next line of one ("Need help before you
                               # delete?" / "If you have problems, we are glad to hear:"),
                               # or an item of the list under one ("Questions?" / "- before
                               # you delete: …" / "- after: …"): the line after it still
                               # answers the offer
        if not subject and not names_deletion:
            continue                   # no channel can count on this text
        if names_deletion or _undoes(label, st.langs):
            undoing = not names_deletion
        if undoing:
            continue                   # the way back from a deletion ("To cancel it, e-mail …")
        sents = _by_sentence(label, st.langs, lex, ctxlex)
        kinds = _kinds(sents)
        provider = _provider_acts(sents, st.langs, ctxlex)      # False with no channel
        bound = names_deletion and kinds and (provider or _bound(sents, st.langs, ctxlex))
        # a channel offered to whoever cannot use the app's own way ("If you cannot access the
        # app, you can e-mail …"), in the sentence that names it; a named channel, not a bare
        # "contact support (see below)", which points to help
        offered_to_them = _fallback(sents, st.langs, ctxlex)
        fallback = bool(offered_to_them - {NO_CHANNEL_NAMED})
        #   ... and one that names only "contact us" / "write to the address below" is still
        #   the way for them when the address follows on the next line (`fell` below)
        falls_back = bool(offered_to_them)
        helps = helps and not falls_back   # "If you cannot complete the deletion in the app,
        #   or have a question, write to us at …": the way for whoever cannot, besides help
        if falls_back:
            fell = i           # the lines under it: "… write to the address below:" / "a@b.c"
            #                    (its own bare "contact support (see below)" is no way by itself)
        control = len(label) <= CONTROL_LEN and screen.tappable(e).clickable
        request = (not control or bool(_SENTENCE_END.search(label))) and (
            is_request(label, st.langs) or (
                _is_sentence(label)
                and ctxlex.match(label, st.langs, kinds=["imperative"]) is not None))
        #   a control's label names what it does ("Contacter le support"): no instruction,
        #   unless it ends like one ("Send an e-mail to:")
        # a sentence that opens with the requests it is for ("For requests, contact us on
        # WhatsApp", offline.yaml `request_lead`), or an imperative after a lead that labels
        # the way ("Option B — via WhatsApp: send a message to …", `_after_lead`): an
        # instruction whatever its verb form
        request = request or any(
            _channels(ks) and (
                _says("offline", "request_lead", s, st.langs)
                or any(ctxlex.match(r, st.langs, kinds=["imperative"]) is not None
                       for r in _after_lead(s)))
            for k, (s, ks) in enumerate(sents)
            if not (k and (_offers_help(sents[k - 1][0], st.langs)
                           or _QUESTION_END.search(sents[k - 1][0]))))
        #   (not in the sentence that answers a help offer or a question before it: "Need
        #   help? For requests, contact us: …")
        # what to SAY in the e-mail or letter the person writes ("Tell us in your e-mail whom
        # to hand the group to", offline.yaml `in_message`) is an instruction by its form
        request = request or _says("offline", "in_message", label, st.langs)
        # a numbered STEP that names a channel itself ("1. Tap the button below or write to …")
        # is an instruction by its form, in any register ("… ou écris à …", "… of mail naar
        # …"); not an in-app step (it would stretch an instruction's reach over the lines
        # after it), nor a numbered section heading ("8. Contact us")
        request = request or (_step(label) and bool(_channels(kinds)))
        request = request and not helps
        if answers and not _deletion_itself(label, st.langs, ctxlex):
            request = False    # "Questions about deleting your account?" / "Write to us at …":
                               # the line under a help offer answers it (questions go there),
                               # also when it names the deletion only as a time ("- After
                               # deleting: e-mail …", offline.yaml `deletion_aside`)
            bound = False
        if helps:
            asked = fell = -10     # a help offer ends the reach of the instruction before it
        channels = _channels(kinds)
        if not channels and subject and _only_address(label) and _under(i, asked, fell):
            channels = ["email"]   # "Send your request to:" and the address on the next line
        if request or (names_deletion and not helps and _INTRO_END.search(label)):
            asked = i          # an instruction, or a line that names the deletion and
                               # introduces the ways under it ("… delete it via:", "To
                               # request deletion:")
        if not channels:
            if names_deletion and control:
                in_app = True          # a control that deletes in the app ("Delete account")
            continue
        # a heading that labels a channel as one of the ways ("Option 2: Contact support",
        # offline.yaml `option_label`): the channel is offered as a way, even worded as a noun
        option = not helps and _says("offline", "option_label", label, st.langs)
        duty = subject and (request or _under(i, asked, fell) or provider
                               or (fallback and not helps) or option)
        if bound or duty:
            hits.append((e, (1.0 if bound else 0.7), channels))
            id_copy = id_copy or "id_copy" in kinds
    top = best((e, w) for e, w, _ in hits)
    if not top:
        return []
    e, w = top
    kinds = sorted({k for _, _, ks in hits for k in ks}, key=lex.kinds.index)
    if len(kinds) > 1 and NO_CHANNEL_NAMED in kinds:
        kinds.remove(NO_CHANNEL_NAMED)     # "support" only says no channel was named
    channels = " or ".join(lex.explain[k].split(" is required")[0].split(" (")[0]
                           for k in kinds)
    only = not in_app
    where = "only outside the app" if only else "outside the app"
    return [make("offline_requirement",
                 f"Deletion is possible {where}: {channels}.", e,
                 score=0.6 + 0.35 * w,
                 data={"channels": kinds, "only_offline": only, "id_copy": id_copy})]

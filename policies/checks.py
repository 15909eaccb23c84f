"""The named checks the rule sets (policies/rules/*.yaml) are written in. Each takes the facts
of a journey (and the app config, when there is one) and the clause's params, and returns an
Outcome: status, one-line reason, and the evidence — finding indices, step indices, numbers.

A check reads only what the journey records (outcome, path, entry depth, findings, steps) and
what the config declares (signup_steps, signup_collected, regulated, subscription,
deletion_url); it never touches a device.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from cancelcheck.records import Journey, Step, findings_on_path, path_screens, path_steps

CHECKS: dict = {}

DONE = ("deleted", "reachable")
# words of a login demanded on the way (LG Köln 2022: the password is a barrier)
PASSWORD_WORDS = re.compile(r"pass\s*word|passwort|kennwort|mot de passe|contraseña|senha|"
                            r"пароль|密码|密碼|パスワード|비밀번호", re.I)
# what a verification kind asks for, in the words of config_shape.SIGNUP_ITEMS
VERIFICATION_NEEDS = {"id_photo": ("id_photo",), "selfie_with_id": ("id_photo", "face"),
                      "face_scan": ("face",), "bank_card": ("bank_card",), "sms": ("phone",)}
DECOYS = ("loop", "ambiguous_label")          # an obvious way that misleads: off the path by nature
VISUAL_CONCEALMENT = ("low_contrast_exit", "tiny_exit")


def check(name: str):
    def register(fn):
        CHECKS[name] = fn
        return fn
    return register


@dataclass
class Outcome:
    status: str
    reason: str
    findings: list[int] = field(default_factory=list)
    steps: list[int] = field(default_factory=list)
    numbers: dict = field(default_factory=dict)


def norm(text: str) -> str:
    """Case-folded, NFC, quotes and runs of blanks gone: „Verträge hier kündigen“ → verträge hier kündigen."""
    t = unicodedata.normalize("NFC", text or "").casefold()
    t = re.sub(r"[\"'„“”‚‘’«»「」]", "", t)
    return re.sub(r"\s+", " ", t).strip()


class Facts:
    """What a check may ask about a journey, computed once."""

    def __init__(self, journey: Journey, config=None):
        self.j, self.config = journey, config
        self.path: list[Step] = path_steps(journey)
        self.path_screens = path_screens(journey)
        self._on_path = findings_on_path(journey)

    # -- config ----------------------------------------------------------------------------------
    def cfg(self, key: str, default=None):
        return getattr(self.config, key, default) if self.config is not None else default

    # -- findings --------------------------------------------------------------------------------
    def findings(self, *types: str, on_path: bool = True) -> list[int]:
        """Indices of findings of these types (all types when none given)."""
        pool = self._on_path if on_path else range(len(self.j.findings))
        return [i for i in pool if not types or self.j.findings[i].type in types]

    def finding(self, i: int):
        return self.j.findings[i]

    # -- path ------------------------------------------------------------------------------------
    @property
    def entry_step(self) -> Step | None:
        """The path step that opened the first screen of the deletion flow."""
        if self.j.entry_screen is None:
            return None
        hits = [s for s in self.path if s.after == self.j.entry_screen]
        return hits[-1] if hits else None

    def screen_app(self, index: int | None) -> str:
        if index is None or not 0 <= index < len(self.j.screens):
            return ""
        return self.j.screens[index].app

    def outcome_line(self) -> str:
        j = self.j
        return f"outcome {j.outcome or 'unknown'}" + (f" ({j.reason})" if j.reason else "")


def _channels(facts: Facts, idx: list[int]) -> str:
    chans = []
    for i in idx:
        for c in facts.finding(i).data.get("channels", []) or []:
            if c not in chans:
                chans.append(c)
    return " or ".join(c.replace("_", " ") for c in chans) or "an offline step"


def _quote(facts: Facts, idx: list[int], n: int = 1) -> str:
    words = [facts.finding(i).evidence for i in idx if facts.finding(i).evidence][:n]
    return "; ".join(f"\u201c{w[:80]}\u201d" for w in words)


# -- checks ----------------------------------------------------------------------------------------
@check("deletion_available")
def deletion_available(facts: Facts, params: dict) -> Outcome:
    """Deletion can be done (reachable / deleted). not_offered and failed fail; not_found fails
    (params.not_found); obstructed fails when an offline channel is demanded (review instead
    when params.regulated_exempt and the config says regulated: true), else params.obstructed."""
    j = facts.j
    nums = {"path_steps": j.path_steps, "effort": j.effort}
    steps = list(j.path)
    if j.outcome in DONE:
        what = "deleted" if j.outcome == "deleted" else "reached the final confirmation"
        return Outcome("pass", f"The app's own flow {what} in {j.path_steps} steps"
                       + (f" (\u201c{j.final_action}\u201d)." if j.final_action else "."),
                       steps=steps, numbers=nums)
    if j.outcome == "not_offered":
        deact = facts.findings("deactivation_offered", on_path=False)
        return Outcome("fail", "Only deactivation is offered, which is not deletion."
                       if deact else f"The app offers no way to delete the account ({j.reason}).",
                       findings=deact, steps=steps, numbers=nums)
    if j.outcome == "failed":
        return Outcome("fail", f"The app said the account was deleted but it was not ({j.reason}).",
                       steps=steps, numbers=nums)
    if j.outcome == "not_found":
        return Outcome(params.get("not_found", "fail"),
                       f"No way to delete the account was found in {j.effort} steps of searching.",
                       steps=steps, numbers=nums)
    if j.outcome == "obstructed":
        off = facts.findings("offline_requirement")
        if off:
            if params.get("regulated_exempt") and facts.cfg("regulated"):
                return Outcome("review", f"Deletion needs {_channels(facts, off)}; allowed only "
                               "in a highly regulated industry (config regulated: true) — confirm it is one.",
                               findings=off, steps=steps, numbers=nums)
            return Outcome("fail", f"Deletion cannot be finished in the app: it needs "
                           f"{_channels(facts, off)} ({_quote(facts, off)}).",
                           findings=off, steps=steps, numbers=nums)
        other = facts.findings("verification_burden", "conditions", "dead_end", "loop")
        return Outcome(params.get("obstructed", "review"),
                       f"An online path exists but finishing it is obstructed ({j.reason}).",
                       findings=other, steps=steps, numbers=nums)
    return Outcome("review", f"The audit did not conclude ({facts.outcome_line()}); a person must look.",
                   steps=steps, numbers=nums)


@check("no_conditions")
def no_conditions(facts: Facts, params: dict) -> Outcome:
    """Conditions to leave on the path fail, unless every condition's kind is one that may be
    necessary (params.review_kinds: settling a balance or a debt) — then review."""
    idx = facts.findings("conditions")
    if not idx:
        off = facts.findings("conditions", on_path=False)
        if off:
            return Outcome("review", f"Conditions were seen off the deletion path ({_quote(facts, off)}); "
                           "check whether they bind the user.", findings=off)
        return Outcome("pass", "No conditions to leave were found on the deletion path.")
    lenient = set(params.get("review_kinds", []))
    kinds: list[str] = []
    for i in idx:
        for k in facts.finding(i).data.get("kinds") or [facts.finding(i).data.get("kind", "")]:
            if k and k not in kinds:
                kinds.append(k)
    harsh = [k for k in kinds if k not in lenient]
    nums = {"kinds": kinds}
    if harsh:
        worst = [i for i in idx if set(facts.finding(i).data.get("kinds")
                                       or [facts.finding(i).data.get("kind", "")]) - lenient]
        return Outcome("fail", f"Deleting requires first meeting conditions ({', '.join(harsh)}): "
                       f"{_quote(facts, worst)}.", findings=idx, numbers=nums)
    return Outcome("review", f"Deleting requires first settling {', '.join(kinds)} "
                   f"({_quote(facts, idx)}); whether that is necessary depends on the service.",
                   findings=idx, numbers=nums)


@check("identity_within_signup")
def identity_within_signup(facts: Facts, params: dict) -> Outcome:
    """Identity checks on the path ask for no more than sign-up collected (config
    signup_collected). An SMS code counted by the detector means sign-up had no phone: fail.
    Other checks with sign-up unknown: review."""
    idx = facts.findings("verification_burden")
    if not idx:
        return Outcome("pass", "No identity check beyond what the account already holds was demanded.")
    kinds: list[str] = []
    for i in idx:
        k = facts.finding(i).data.get("kind", "")
        if k and k not in kinds:
            kinds.append(k)
    collected = facts.cfg("signup_collected")
    needs = {k: VERIFICATION_NEEDS.get(k, (k,)) for k in kinds}
    nums = {"kinds": kinds, "signup_collected": collected}
    if "sms" in kinds and (collected is None or "phone" not in collected):
        sms = [i for i in idx if facts.finding(i).data.get("kind") == "sms"]
        return Outcome("fail", "A phone/SMS code is demanded although sign-up asked for no phone.",
                       findings=sms, numbers=nums)
    if collected is None:
        return Outcome("review", f"Deletion demands {', '.join(k.replace('_', ' ') for k in kinds)}; "
                       "what sign-up collected is unknown (declare signup_collected: in the app config).",
                       findings=idx, numbers=nums)
    missing = sorted({n for k in kinds for n in needs[k] if n not in collected})
    if missing:
        return Outcome("fail", f"Deletion demands {', '.join(m.replace('_', ' ') for m in missing)}, "
                       f"which sign-up never collected ({', '.join(collected) or 'nothing'}).",
                       findings=idx, numbers={**nums, "missing": missing})
    return Outcome("pass", f"The identity check ({', '.join(kinds)}) asks only for what sign-up "
                   f"collected ({', '.join(collected)}).", findings=idx, numbers=nums)


@check("handling_time")
def handling_time(facts: Facts, params: dict) -> Outcome:
    """A stated handling / cooling-off time above params.max_working_days fails; one converted
    from calendar time and within params.holiday_margin of the limit needs review (public
    holidays move it). No stated time passes when the flow reaches its end online; otherwise
    the handling could not be observed: review."""
    limit = params.get("max_working_days", 15)
    margin = params.get("holiday_margin", 0)
    idx = facts.findings("cooling_off", on_path=False)
    if idx:
        worst = max(idx, key=lambda i: facts.finding(i).data.get("working_days", 0))
        d = facts.finding(worst).data
        wd = d.get("working_days", 0)
        nums = {"working_days": wd, "calendar_days": d.get("days"), "limit_working_days": limit}
        if wd > limit:
            if d.get("unit") != "working_day" and wd <= limit + margin:
                return Outcome("review", f"The stated time, {d.get('n')} {d.get('unit')}s, is about "
                               f"{wd:g} working days — near the {limit}-day limit once holidays count.",
                               findings=[worst], numbers=nums)
            return Outcome("fail", f"Deletion is carried out only after about {wd:g} working days, "
                           f"more than the {limit} allowed.", findings=[worst], numbers=nums)
    if facts.j.outcome in DONE:
        return Outcome("pass", f"No handling time longer than {limit} working days is stated.",
                       numbers={"limit_working_days": limit})
    return Outcome("review", f"The request could not be filed online ({facts.j.outcome}); the "
                   "handling time could not be observed.", numbers={"limit_working_days": limit})


@check("promise_kept")
def promise_kept(facts: Facts, params: dict) -> Outcome:
    """A committed deletion's promised wait (journey.promise, with its due day) was kept: the
    re-check run (journey.recheck_of) on or after the due day finds the account gone."""
    j = facts.j
    p = j.promise
    if not p:
        return Outcome("not_applicable", "No committed deletion with a promised time.")
    due = str(p.get("due", ""))
    checked = (j.started or "")[:10]
    nums = {"promised": p.get("text"), "due": due, "checked": checked or None,
            "counted": p.get("counted")}
    said = f"the app promised deletion within {p.get('text')} (due {due})"
    if not j.recheck_of:
        if j.outcome == "deleted":
            return Outcome("pass", f"The account was gone at once; {said}.", numbers=nums)
        return Outcome("review", f"{said[0].upper()}{said[1:]}: re-check on or after that day "
                       "(cancelcheck recheck).", numbers=nums)
    if j.outcome == "deleted":
        return Outcome("pass", f"The account is gone on {checked}: {said}.", numbers=nums)
    if j.outcome == "failed" and checked and checked >= due:
        return Outcome("fail", f"Signing in still works on {checked}, although {said}.",
                       numbers=nums)
    if j.outcome == "failed":
        return Outcome("review", f"Signing in still works on {checked}, before the promised day "
                       f"({said}).", numbers=nums)
    return Outcome("review", f"The re-check could not tell ({j.outcome}: {j.reason}); {said}.",
                   numbers=nums)


@check("entry_depth")
def entry_depth(facts: Facts, params: dict) -> Outcome:
    """The entry into deletion is at most params.max steps from the start screen."""
    mx = params.get("max", 4)
    d = facts.j.entry_depth
    e = facts.entry_step
    steps = [s.index for s in facts.path if e is not None and s.index <= e.index]
    nums = {"entry_depth": d, "max": mx}
    if d is None:
        return Outcome("review", "No entry into deletion was found, so its depth is unknown.", numbers=nums)
    if d > mx:
        return Outcome("fail", f"The entry is {d} steps from the start screen, more than {mx}.",
                       steps=steps, findings=facts.findings("hidden_entry"), numbers=nums)
    return Outcome("pass", f"The entry is {d} step{'s' if d != 1 else ''} from the start screen "
                   f"(at most {mx}).", steps=steps, numbers=nums)


@check("no_offline_channel")
def no_offline_channel(facts: Facts, params: dict) -> Outcome:
    """No phone call, e-mail, letter or visit demanded on the path; regulated: true → review."""
    off = facts.findings("offline_requirement")
    if not off:
        return Outcome("pass", "No phone call, e-mail or visit is demanded to delete the account.")
    if facts.cfg("regulated"):
        return Outcome("review", f"Deletion needs {_channels(facts, off)}; the config says the app is "
                       "in a highly regulated industry, where that may be allowed.", findings=off)
    return Outcome("fail", f"Deletion needs {_channels(facts, off)} ({_quote(facts, off)}), and the "
                   "app is not declared to be in a highly regulated industry.", findings=off)


@check("easy_to_find")
def easy_to_find(facts: Facts, params: dict) -> Outcome:
    """Fail: no entry found, or an entry both hidden (hidden_entry) and visually concealed
    (faint or tiny) — the app hides it on purpose. Review: hidden or deep (> params.max) alone,
    or a decoy (an obvious entry that loops or misleads). Pass otherwise."""
    mx = params.get("max", 4)
    j = facts.j
    nums = {"entry_depth": j.entry_depth, "max": mx}
    e = facts.entry_step
    if j.entry_screen is None or j.entry_depth is None:
        return Outcome("fail", f"No entry into deletion was found ({facts.outcome_line()}).", numbers=nums)
    hidden = facts.findings("hidden_entry")
    steps = [e.index] if e else []
    if hidden:
        h = facts.finding(hidden[0])
        concealed = [i for i in facts.findings(*VISUAL_CONCEALMENT)
                     if facts.finding(i).screen == h.screen
                     and norm(facts.finding(i).evidence) == norm(h.evidence)]
        reasons = "; ".join(h.data.get("reasons", [])) or h.explanation
        if concealed:
            kinds = sorted({facts.finding(i).type.replace("_", " ") for i in concealed})
            return Outcome("fail", f"The entry \u201c{h.evidence}\u201d is hidden ({reasons}) and "
                           f"made inconspicuous ({', '.join(kinds)}): unnecessarily difficult to find.",
                           findings=hidden + concealed, steps=steps, numbers=nums)
        return Outcome("review", f"The entry \u201c{h.evidence}\u201d is hidden ({reasons}); a reviewer "
                       "decides whether that is still easy to find.", findings=hidden, steps=steps,
                       numbers=nums)
    if j.entry_depth > mx:
        return Outcome("review", f"The entry is {j.entry_depth} steps deep (more than {mx}).",
                       steps=steps, numbers=nums)
    decoys = facts.findings(*DECOYS, on_path=False)
    if decoys:
        return Outcome("review", f"The obvious way misleads ({_quote(facts, decoys, 2)}: "
                       f"{', '.join(sorted({facts.finding(i).type for i in decoys}))}); the working "
                       f"entry is {j.entry_depth} steps deep.", findings=decoys, steps=steps, numbers=nums)
    return Outcome("pass", f"The entry{(' “' + e.target + '”') if e and e.target else ''} is "
                   f"{j.entry_depth} step{'s' if j.entry_depth != 1 else ''} from the start screen, "
                   "in plain sight.", steps=steps, numbers=nums)


@check("deletion_url")
def deletion_url(facts: Facts, params: dict) -> Outcome:
    url = facts.cfg("deletion_url")
    if url is False:
        return Outcome("fail", "The app config declares no web page where deletion can be requested.")
    if isinstance(url, str) and url:
        return Outcome("pass", f"A web page for deletion requests is declared: {url}",
                       numbers={"deletion_url": url})
    return Outcome("review", "No deletion_url: in the app config; the web link cannot be checked "
                   "from inside the app.")


@check("not_deactivation")
def not_deactivation(facts: Facts, params: dict) -> Outcome:
    """Deactivation offered where deletion cannot be had fails; deletion reachable but the
    deactivating option ticked in advance needs review; otherwise pass."""
    j = facts.j
    deact = facts.findings("deactivation_offered", on_path=False)
    pre = [i for i in facts.findings("preselection")
           if facts.finding(i).data.get("kind") == "deactivate"
           or "deactivat" in facts.finding(i).evidence.casefold()]
    if deact and j.outcome not in DONE:
        return Outcome("fail", f"Deactivation is offered ({_quote(facts, deact)}) but the account "
                       f"cannot be deleted ({j.outcome}).", findings=deact)
    if pre:
        return Outcome("review", f"Deletion is possible, but deactivating is ticked in advance "
                       f"({_quote(facts, pre)}): a user who keeps the default only deactivates.",
                       findings=deact + pre)
    if deact:
        return Outcome("pass", "Deactivation is offered beside deletion, not in its place.", findings=deact)
    if j.outcome == "not_offered":
        return Outcome("fail", "Deletion is not offered.", findings=[])
    return Outcome("pass", "Nothing passes off deactivating or freezing as deletion.")


@check("not_harder_than_signup")
def not_harder_than_signup(facts: Facts, params: dict) -> Outcome:
    """path_steps / signup_steps ≤ 1 passes, > 1 fails (say the ratio); termination that cannot
    be finished online fails; no signup_steps → review."""
    j = facts.j
    signup = facts.cfg("signup_steps")
    nums = {"path_steps": j.path_steps, "signup_steps": signup, "wait_seconds": j.wait_seconds}
    if j.outcome in ("obstructed", "not_offered", "not_found", "failed"):
        return Outcome("fail", f"Terminating cannot be finished online ({j.outcome}), while "
                       "subscribing can.", findings=facts.findings("offline_requirement"),
                       steps=list(j.path), numbers=nums)
    if j.outcome not in DONE or j.path_steps is None:
        return Outcome("review", f"The audit did not conclude ({facts.outcome_line()}).", numbers=nums)
    if not signup:
        return Outcome("review", f"Terminating takes {j.path_steps} steps; sign-up's steps are unknown "
                       "(give signup_steps: or signup_flow: in the app config).",
                       steps=list(j.path), numbers=nums)
    ratio = round(j.path_steps / signup, 2)
    nums["ratio"] = ratio
    if ratio > 1:
        return Outcome("fail", f"Terminating takes {j.path_steps} steps, subscribing {signup}: "
                       f"{ratio:g}× as many.", steps=list(j.path), numbers=nums)
    return Outcome("pass", f"Terminating takes {j.path_steps} steps, subscribing {signup} "
                   f"(ratio {ratio:g}).", steps=list(j.path), numbers=nums)


@check("facilitation")
def facilitation(facts: Facts, params: dict) -> Outcome:
    """Dark patterns of severity ≥ medium on the path (decoys anywhere): a high-severity
    obstacle (except params.review_types) or more than params.max_medium_types distinct medium
    types fails; a few medium ones (or only review_types) need review; none passes."""
    lenient = set(params.get("review_types", []))
    mx = params.get("max_medium_types", 2)
    idx = sorted(set(facts.findings()) | set(facts.findings(*DECOYS, on_path=False)))
    idx = [i for i in idx if facts.finding(i).severity in ("medium", "high")]
    if not idx:
        return Outcome("pass", "No dark pattern of medium or high severity stands on the way.")
    high = [i for i in idx if facts.finding(i).severity == "high" and facts.finding(i).type not in lenient]
    types = sorted({facts.finding(i).type for i in idx})
    medium_types = sorted({facts.finding(i).type for i in idx if facts.finding(i).severity == "medium"})
    nums = {"types": types}
    if high:
        ht = sorted({facts.finding(i).type for i in high})
        return Outcome("fail", f"Erasure is obstructed, not facilitated: {', '.join(ht)}.",
                       findings=idx, numbers=nums)
    if len(medium_types) > mx:
        return Outcome("fail", f"{len(medium_types)} kinds of dark pattern stand on the way: "
                       f"{', '.join(medium_types)}.", findings=idx, numbers=nums)
    return Outcome("review", f"Dark patterns on the way ({', '.join(types)}); a person weighs "
                   "whether they still facilitate erasure.", findings=idx, numbers=nums)


def _subscription_applies(facts: Facts, words: tuple[str, ...]) -> tuple[bool, str]:
    sub = facts.cfg("subscription")
    if sub is False:
        return False, "the app config says subscription: false"
    if sub is True:
        return True, "the app config says subscription: true"
    labels = [s.target for s in facts.path] + [facts.j.final_action]
    hit = next((t for t in labels if t and any(w in norm(t) for w in words)), None)
    if hit:
        return True, f"the path's labels name a contract cancellation (\u201c{hit}\u201d)"
    return False, ("the app config does not say subscription: true and no path label speaks of "
                   + "/".join(words))


def _applies(facts: Facts, params: dict) -> tuple[bool, str]:
    words = tuple(params.get("applies_words", ()))
    if not words:
        sub = facts.cfg("subscription")
        return (sub is not False), ("the app config says subscription: false" if sub is False
                                    else "an account signed up for online")
    return _subscription_applies(facts, words)


@check("cancel_button")
def cancel_button(facts: Facts, params: dict) -> Outcome:
    """§312k: the entry is a button labelled params.label (or one of params.equivalents: pass;
    other wording with params.applies_words: review), on the start screen (entry depth ≤
    params.max_depth; deeper → review; hidden_entry → fail)."""
    ok, why = _applies(facts, params)
    if not ok:
        return Outcome("not_applicable", f"Not a subscription contract: {why}.")
    e = facts.entry_step
    if e is None:
        return Outcome("fail", f"No cancellation button was found ({facts.outcome_line()}).")
    label = norm(e.target)
    good = {norm(params.get("label", ""))} | {norm(x) for x in params.get("equivalents", [])}
    words = tuple(params.get("applies_words", ("kündig",)))
    nums = {"entry_depth": facts.j.entry_depth, "label": e.target}
    hidden = facts.findings("hidden_entry")
    if hidden:
        return Outcome("fail", f"The button \u201c{e.target}\u201d is not readily accessible: "
                       f"{facts.finding(hidden[0]).explanation}", findings=hidden, steps=[e.index],
                       numbers=nums)
    if label not in good:
        if any(w in label for w in words):
            return Outcome("review", f"The button says \u201c{e.target}\u201d, not "
                           f"\u201c{params.get('label')}\u201d: is it an equally clear phrase?",
                           steps=[e.index], numbers=nums)
        return Outcome("fail", f"The way in is labelled \u201c{e.target}\u201d; no button says "
                       f"\u201c{params.get('label')}\u201d or an equally clear phrase.",
                       steps=[e.index], numbers=nums)
    depth = facts.j.entry_depth or 0
    if depth > params.get("max_depth", 1):
        return Outcome("review", f"\u201c{e.target}\u201d is {depth} steps from the start screen; the "
                       "button must be permanently available and directly accessible.",
                       steps=[e.index], numbers=nums)
    return Outcome("pass", f"\u201c{e.target}\u201d is on the start screen.", steps=[e.index], numbers=nums)


@check("confirmation_page")
def confirmation_page(facts: Facts, params: dict) -> Outcome:
    """§312k: the button leads directly (no detour through other pages) to a confirmation
    page whose final button says params.label (equivalents pass; other wording with a
    cancellation word: review; none: fail)."""
    ok, why = _applies(facts, params)
    if not ok:
        return Outcome("not_applicable", f"Not a subscription contract: {why}.")
    j = facts.j
    e = facts.entry_step
    if e is None or not j.final_action or j.final_screen is None:
        return Outcome("fail", f"No online confirmation page with a cancel button was reached "
                       f"({facts.outcome_line()}).", findings=facts.findings("offline_requirement"))
    after = [s for s in facts.path if s.index > e.index]
    entry_app = facts.screen_app(j.entry_screen)
    detours = [s.index for s in after if s.kind == "tap"
               and facts.screen_app(s.after) != facts.screen_app(s.before)]
    if facts.screen_app(j.final_screen) != entry_app and not detours:
        detours = [s.index for s in after if s.kind == "tap"]
    label = norm(j.final_action)
    good = {norm(params.get("label", ""))} | {norm(x) for x in params.get("equivalents", [])}
    nums = {"final_action": j.final_action, "steps_between": len(after)}
    if detours:
        return Outcome("fail", f"The button does not lead directly to the confirmation page: "
                       f"{len(detours)} more page{'s' if len(detours) != 1 else ''} on the way.",
                       steps=detours, findings=facts.findings(), numbers=nums)
    if label in good:
        return Outcome("pass", f"The button leads straight to a page confirmed with "
                       f"\u201c{j.final_action}\u201d.", steps=[e.index] + [s.index for s in after],
                       numbers=nums)
    words = tuple(params.get("applies_words", ("kündig",)))
    if any(w in label for w in words):
        return Outcome("review", f"The confirmation button says \u201c{j.final_action}\u201d, not "
                       f"\u201c{params.get('label')}\u201d: is it an equally clear phrase?", numbers=nums)
    return Outcome("fail", f"The confirmation button says \u201c{j.final_action}\u201d, which does "
                   f"not say that it cancels.", numbers=nums)


@check("no_login")
def no_login(facts: Facts, params: dict) -> Outcome:
    """§312k / LG Köln 2022: no password demanded on the way (fail); a run that had to log in
    before its start screen cannot show the button is reachable without one (review)."""
    ok, why = _applies(facts, params)
    if not ok:
        return Outcome("not_applicable", f"Not a subscription contract: {why}.")
    pw = [s.index for s in facts.path if s.kind == "type" and PASSWORD_WORDS.search(s.target or "")]
    if pw:
        return Outcome("fail", "A password is demanded before the cancellation can be sent: a "
                       "barrier the law does not provide for.", steps=pw)
    if facts.j.start_step > 0:
        logged = [s.index for s in facts.j.steps if s.index < facts.j.start_step]
        return Outcome("review", "The run logged in before its start screen; a logged-out run must "
                       "show the button works without a login.", steps=logged)
    return Outcome("pass", "No password or login is demanded on the way to cancelling.",
                   steps=[s.index for s in facts.path if s.kind == "type"])


@check("online_cancel")
def online_cancel(facts: Facts, params: dict) -> Outcome:
    """California ARL: a consumer who subscribed online can cancel online."""
    ok, why = _applies(facts, params)
    if not ok:
        return Outcome("not_applicable", f"Not an automatically renewing subscription: {why}.")
    return deletion_available(facts, {"not_found": params.get("not_found", "fail"),
                                      "obstructed": params.get("obstructed", "review")})

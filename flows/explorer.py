"""The goal-directed explorer: finds the way to account deletion with no script.

It ranks what it can do on each screen (flows/candidates.py), remembers every screen and every
action tried, scrolls to reveal hidden items, backs out of dead ends and loops, navigates to the
most promising place it knows (back, or a restart plus a replay of the known path), fills what
deletion forms ask, passes retention screens by the way that continues, waits out countdowns,
and stops in front of the final irreversible confirmation (unless the caller then commits).
It ends not_found when nothing promising is left: every way a cue reads followed, a link on
every page followed once, a help page read only toward the account, and blind tries (controls
no cue reads) made only while they keep showing ways deeper in (BLIND_PATIENCE).
It reads nothing from the specimens' ground truth.

A guard stands in front of every action it performs (`_do`): the element is read again with
the same classification the ranking uses (candidates.refusal), and a tap that buys, pays,
subscribes, calls or signs out — or, with commit off, the final confirmation — is not
performed, whatever its rank. The refusal is written into the journey as a step of kind
"refuse" (not a user step) with the reason in its note.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from cancelcheck.devices import Action
from cancelcheck.screens import Screen, clean_text
from cancelcheck.records import Step

from .candidates import (FORM_SCORE, OTHER_SCORE, PROCEED_SCORE, SCROLL_SCORE, Candidate,
                         FlowState, candidates, promising_below, refusal, scroll_targets)
from .cues import cues, on_screen
from .hosts import host_of, left_app
from .icons import appeared
from .into_view import out_of_view
from .session import Session
from .openers import hidden_items, is_opener
from .signin import account_form, account_words, find_form, sign_in

REPLAY_TRIES = 2           # failed restart-and-replays before the explorer stops replaying
DISTANCE_COST = 8.0        # a known place one step away must be this much better to go there
WAIT_LIMIT = 30.0          # seconds to wait for a disabled "continue" to enable
SCROLLS_WITHOUT_A_WAY = 2  # page scrolls on one screen when no way in or on lies below
BLIND_PATIENCE = 4         # blind tries in a row that show no deeper way, at most


@dataclass
class Edge:
    dest: str
    actions: list[Candidate]            # form steps of the visit, then the exiting action


@dataclass
class Result:
    status: str                         # final, obstructed, not_offered, not_found, budget
    reason: str
    final: Candidate | None = None
    final_screen: int | None = None
    entry_screen: int | None = None
    end_screen: int | None = None


@dataclass
class _Visit:
    fp: str
    done: list[Candidate] = field(default_factory=list)   # productive in-screen steps so far


class Explorer:
    def __init__(self, session: Session, credentials: dict | None = None, *,
                 budget_steps: int = 80, budget_seconds: float = 300.0,
                 commit: bool | None = None,
                 sign_in_again: bool | Callable[[Session, str], None] | None = False):
        self.s = session
        # the explorer itself never needs the final tap (the audit commits after it returns):
        # the guard lets it through only when the run was asked to commit
        self.commit = bool(session.journey.commit if commit is None else commit)
        self.refused = False                # the last _do was refused by the guard
        self.state = FlowState(credentials=dict(credentials or {}))
        self.budget_steps = budget_steps
        self.deadline = time.monotonic() + budget_seconds
        self.graph: dict[str, dict[str, Edge]] = {}
        self.tried: set[tuple[str, str]] = set()
        self.known: dict[str, dict[str, Candidate]] = {}
        self.stage: dict[str, int] = {}
        self.pre_flow: set[str] = set()
        self.flow: set[str] = set()
        self.exhausted_scroll: set[tuple[str, str]] = set()
        self.still: set[str] = set()        # screens where a scroll revealed nothing
        self.leads: dict[tuple[str, str], str] = {}   # (candidate key, href) -> screen it led to
        self.purposeful: set[str] = set()   # screens reached on purpose: blind tries offered
        self.documentation: set[str] = set()   # screens reached through a help cue
        self.scrolls: dict[str, int] = {}   # page scrolls made on each screen
        self.patience = BLIND_PATIENCE      # blind tries left, unless a deeper way is seen
        self.deepest = 0                    # the deepest stage a way seen so far leads to
        self.start_fp: str | None = None
        self.start_url: str | None = None   # the start screen's address (a web app)
        self.stack: list[str] = []          # fingerprints since the last (re)start
        self.visit: _Visit | None = None
        self.entry_screen: int | None = None
        self.waited_on: set[str] = set()
        self.replay_failures = 0            # restarts whose replay did not reach its screen
        # a restart that lands on the sign-in form signs in again: the way the run first signed
        # in (the audit's login flow or `login: auto`), or with True the sign-in finder
        self.sign_in_again = sign_in_again
        self.signed_in = False              # the start screen shows no sign-in/sign-up form
        self.typed_secrets: set[str] = set()  # secret fields filled on this page (unreadable)
        self._url: str | None = None

    # -- helpers ---------------------------------------------------------------------------------
    @property
    def screen(self) -> Screen:
        return self.s.current

    def fp(self) -> str:
        return self.s.journey.screens[self.s.current_index].fingerprint

    def out_of_budget(self) -> bool:
        return self.s.journey.effort >= self.budget_steps or time.monotonic() > self.deadline

    def _arrive(self, fp: str, via: Candidate | None) -> None:
        """Bookkeeping when the screen changes."""
        url = self.screen.app or ""
        if url != self._url:
            self.typed_secrets = set()      # another page: its fields are empty again
            self._url = url
        if via is not None and via.kind in ("type", "choose", "check") and self.state.in_flow:
            self.flow.add(fp)      # filling the deletion's form never leaves it, even when the
            self.pre_flow.discard(fp)   # page looks as it did before the flow (a reset button)
        if via is not None and via.entry and not self.state.in_flow and fp not in self.pre_flow:
            self.state.in_flow = True
            self.entry_screen = self.s.current_index
            self.s.journey.entry_screen = self.entry_screen
        if self.state.in_flow:
            if fp in self.pre_flow:
                self.state.in_flow = False
            else:
                self.flow.add(fp)
        else:
            self.pre_flow.add(fp)
        if fp not in self.stage:
            self.stage[fp] = max(self.state.screen_stage, via.stage if via else 0)
        self.state.screen_stage = self.stage[fp]
        if fp in self.stack:
            del self.stack[self.stack.index(fp) + 1:]
        else:
            self.stack.append(fp)
        self.visit = _Visit(fp)
        self.state.filled = set()
        self.state.sent_code = False
        self.s.journey.screens[self.s.current_index].stage = (
            "flow" if self.state.in_flow else f"level {self.state.screen_stage}")

    def _remember(self, fp: str, cands: list[Candidate]) -> None:
        known = self.known.setdefault(fp, {})
        for c in cands:
            known[c.key] = c

    # -- doing -----------------------------------------------------------------------------------
    def _do(self, cand: Candidate) -> bool:
        """Perform one candidate; returns whether the screen's fingerprint changed. The guard
        runs first: a refused candidate is recorded, marked tried and not performed."""
        before = self.fp()
        self.tried.add((before, cand.key))
        why = refusal(cand, self.screen, self.state, commit=self.commit)
        self.refused = bool(why)
        if why:
            self._record_refusal(cand, why)
            return False
        action = self._action(cand)
        if cand.kind == "type" and cand.secret:
            self.typed_secrets.add(cand.key)    # a password's value is never read back
        self.s.act(action, source="explorer", note=cand.reason)
        after = self.fp()
        step = self.s.journey.steps[-1]
        if cand.extra.get("reveals"):          # check that the item it was tapped for came
            item = cand.extra["reveals"]        # into sight
            step.note += _revealed_note(self.screen, item)
        productive = cand.kind in ("type", "choose") or cand.extra.get("send_code") or (
            cand.kind == "scroll" and step.revealed)
        if after != before:
            self.leads[_lead_key(cand)] = after
            if cand.score > OTHER_SCORE:
                self.purposeful.add(after)
            if cand.extra.get("section") == "help" and not self.state.in_flow:
                self.documentation.add(after)
            actions = list(self.visit.done if self.visit else []) + [cand]
            self.graph.setdefault(before, {})[cand.key] = Edge(after, actions)
            self._arrive(after, cand)
            return True
        if cand.extra.get("send_code"):
            self.state.sent_code = True
        if productive and self.visit is not None:
            self.visit.done.append(cand)
        return False

    def _record_refusal(self, cand: Candidate, why: str) -> None:
        """A journal line for a tap the guard stopped: not a user step, nothing performed."""
        j = self.s.journey
        el = cand.element
        idx = self.s.current_index
        step = Step(index=len(j.steps), kind="refuse",
                    label=f"refused to {cand.kind} {cand.label[:60]!r}", before=idx, after=idx,
                    t=self.s.now(), counted=False, changed=False, revealed=False,
                    target=(el.label[:120] if el is not None else cand.label[:120]),
                    box=el.bounds if el is not None else None, note=why, source="explorer")
        self.s.add_step(step)

    def _action(self, cand: Candidate) -> Action:
        if cand.kind == "tap" or cand.kind == "check":
            return Action("tap", element=cand.element, note=cand.reason)
        if cand.kind == "type":
            return Action("type", element=cand.element, text=cand.text, secret=cand.secret,
                          note=cand.reason)
        if cand.kind == "choose":
            return Action("choose", element=cand.element, text=cand.text, note=cand.reason)
        if cand.kind == "scroll":
            return Action("scroll", element=cand.element, direction=cand.direction or "down",
                          note=cand.reason)
        raise ValueError(cand.kind)

    def _scroll_candidate(self, fp: str, needed: bool) -> Candidate | None:
        if fp in self.still:
            return None
        for target in scroll_targets(self.screen):
            key = "page" if target is None else f"{target.cls}|{target.id}|{target.bounds.y1}"
            if (fp, key) in self.exhausted_scroll:
                continue
            label = "the page" if target is None else (target.label or target.id or "a list")
            score = 130.0 if needed else SCROLL_SCORE
            if not needed and not self.state.in_flow and self.screen.source == "web":
                # a web page's tree shows all that is out of sight: a long page is read further
                # down only toward a way in or on; toward words of a cue, or nothing, a few
                # screens (a native list's tree holds only the rows in sight)
                below = promising_below(self.screen, self.state)
                if below != "strong" and fp in self.documentation:
                    return None     # a help page is read further only toward a way in
                if below != "strong" and self.scrolls.get(fp, 0) >= SCROLLS_WITHOUT_A_WAY:
                    return None
                if not below:
                    if fp not in self.purposeful:
                        return None
                    score = OTHER_SCORE
            return Candidate("scroll", label, score,
                             "look for more below", element=target, direction="down",
                             extra={"scroll_key": key})
        return None

    # -- dead ends -------------------------------------------------------------------------------
    def _blind_beyond(self, fp: str, cand: Candidate) -> bool:
        """A control tried only because it is not yet explored (no cue says where it leads),
        on a screen itself reached that way: two blind steps in a row are not taken. Blind
        tries are made from the start screen and from screens reached on purpose (a cue, an
        icon, a menu), while patience lasts (_take_heart); inside the deletion flow
        everything counts. On a help page (reached through a help cue) only a way about the
        account leads on: its links to more help, to the settings or options it documents, to
        menus, are a reference to browse page after page, not a way to the deletion."""
        if self.state.in_flow or cand.kind not in ("tap", "choose"):
            return False
        if fp in self.documentation and not (
                cand.entry or cand.extra.get("section") in ("entry", "account")):
            return True
        return self._blind(cand) and (self.patience <= 0 or fp not in self.purposeful)

    def _blind(self, cand: Candidate) -> bool:
        """A tap or choice outside the deletion flow that no cue reads: it uses up patience."""
        return (not self.state.in_flow and cand.kind in ("tap", "choose")
                and cand.score <= OTHER_SCORE)

    def _take_heart(self, cands: list[Candidate]) -> None:
        """Blind tries are made while they pay: each uses up some patience, and a screen that
        brings to light a way deeper than any seen before (a cue's account page where only
        settings were known, an entry) restores it all. A large app of many pages and links
        none of which leads toward deletion is not walked link by link: once the cues' ways
        are all followed and BLIND_PATIENCE blind tries in a row came no closer, the search is
        over (the ways a blind try shows are still followed; only blind tries end)."""
        deepest = max((x.stage for x in cands if x.kind in ("tap", "choose")
                       and x.score > OTHER_SCORE), default=0)
        if deepest > self.deepest:
            self.deepest = deepest
            self.patience = BLIND_PATIENCE

    def _link_led(self, cand: Candidate) -> str | None:
        """The screen a link (same words, same address) already led to, or None. Only a link:
        a button of the same words may do another thing on another screen (the second "Leave
        anyway" of two in a row)."""
        via = _lead_key(cand)
        href = via[1].strip().lower()
        if href in ("", "#") or href.startswith("javascript:"):
            return None
        return self.leads.get(via)

    def _links_here(self, fp: str, cand: Candidate) -> bool:
        """A link that already led to this very screen: the side bar's link to the page one
        is on."""
        return self._link_led(cand) == fp

    def _known_link(self, fp: str, cand: Candidate) -> bool:
        """A link already followed from another screen to a screen seen since: the chrome of
        a large app (a side bar, a personal bar, a footer on every page) is tried once, not
        once from every page; what its destination holds is weighed there, and the way there
        is known."""
        dest = self._link_led(cand)
        return dest is not None and dest != fp and dest in self.known

    def _promising_left(self, fp: str, via: tuple[str, str]) -> bool:
        """Whether a known screen still holds a promising control not tried there. No news:
        the control that led there met again on it, and a control (same words, same link)
        already followed from another screen — a side bar or footer on every page."""
        return any(c.score > OTHER_SCORE and c.kind in ("tap", "choose") and not c.final
                   and c.extra.get("enabled", True) and (fp, c.key) not in self.tried
                   and _lead_key(c) != via and _lead_key(c) not in self.leads
                   for c in self.known.get(fp, {}).values())

    def _to_dead_end(self, cand: Candidate) -> bool:
        """The same control (same words, same link) already led to a screen that was seen and
        held nothing new and promising: a footer link on every page is not followed again,
        nor walked back to."""
        via = _lead_key(cand)
        dest = self.leads.get(via)
        return dest is not None and dest != self.fp() and dest in self.known \
            and not self._promising_left(dest, via)

    # -- navigation ------------------------------------------------------------------------------
    def _route(self, src: str, dst: str) -> list[Edge] | None:
        """Shortest known chain of edges from src to dst."""
        if src == dst:
            return []
        prev: dict[str, tuple[str, Edge]] = {}
        q = deque([src])
        seen = {src}
        while q:
            cur = q.popleft()
            for edge in self.graph.get(cur, {}).values():
                if edge.dest in seen:
                    continue
                seen.add(edge.dest)
                prev[edge.dest] = (cur, edge)
                if edge.dest == dst:
                    chain = []
                    node = dst
                    while node != src:
                        p, e = prev[node]
                        chain.append(e)
                        node = p
                    return chain[::-1]
                q.append(edge.dest)
        return None

    def _shortcut_here(self, dst: str) -> Candidate | None:
        """A tap on this screen known (from anywhere) to lead to dst: a tab bar, a menu."""
        here = {c.key: c for c in candidates(self.screen, self.state)}
        for src, edges in self.graph.items():
            for key, edge in edges.items():
                if edge.dest == dst and len(edge.actions) == 1 and key in here \
                        and (self.fp(), key) not in self.tried:
                    return here[key]
        return None

    def _distance(self, dst: str) -> tuple[float, str] | None:
        if self._shortcut_here(dst) is not None:
            return 1.0, "here"
        if dst in self.stack:
            back = len(self.stack) - 1 - self.stack.index(dst)
            if back >= 0:
                return float(back), "back"
        route = self._route(self.start_fp, dst) if self.start_fp and self._may_replay() else None
        if route is not None:
            return float(sum(len(e.actions) for e in route)) + 0.5, "replay"
        return None

    def _may_replay(self) -> bool:
        """A restart and a replay of the known path, unless replays failed REPLAY_TRIES times
        (the app does not come back where it started: restarting again would only loop)."""
        return self.replay_failures < REPLAY_TRIES

    def _go(self, dst: str, how: str) -> bool:
        """Navigate to a known screen; returns whether we got there."""
        if how == "here":
            cand = self._shortcut_here(dst)
            if cand is not None:
                self._do(cand)
                if self.fp() == dst:
                    return True
        if how == "back":
            while self.fp() != dst and dst in self.stack and len(self.stack) > 1 \
                    and not self.out_of_budget():
                expected = self.stack[-2]
                before = self.fp()
                self.s.act(Action("back"), source="explorer", note="back to a promising screen")
                after = self.fp()
                if after == before:
                    break
                self._arrive(after, None)
                if after != expected:
                    break          # back follows the app's history, not its hierarchy: re-plan
            if self.fp() == dst:
                return True
            if self._shortcut_here(dst) is not None:
                return self._go(dst, "here")
        route = self._route(self.start_fp, dst) if self.start_fp and self._may_replay() else None
        if route is None or self.out_of_budget():
            return False
        self._restart("restart to replay the known path")
        self.stack = []
        self.state.in_flow = False
        self._arrive(self.fp(), None)
        if self._replay(route) and self.fp() == dst:
            return True
        self.replay_failures += 1
        self.s.journey.steps[-1].note += (f" (the replay did not get back: {self.replay_failures}"
                                          f" of {REPLAY_TRIES} failed replays)")
        return False

    def _replay(self, route: list[Edge]) -> bool:
        """Perform a known chain of edges from the start screen; False as soon as one does not
        lead where it led before, or the budget is spent."""
        for edge in route:
            for cand in edge.actions:
                live = self._find_live(cand)
                if live is None or self.out_of_budget():
                    return False
                self._do(live)
            if self.fp() != edge.dest:
                return False
        return True

    def _find_live(self, cand: Candidate) -> Candidate | None:
        """The same candidate on the current screen (elements are new objects each capture)."""
        for c in candidates(self.screen, self.state):
            if c.key == cand.key:
                return c
        label = clean_text(cand.label).casefold()
        for e in self.screen.visible():
            if clean_text(e.label).casefold() == label and cand.kind == "tap":
                return Candidate(cand.kind, cand.label, cand.score, cand.reason,
                                 element=self.screen.tappable(e), entry=cand.entry,
                                 stage=cand.stage)
        return None

    def _frontier(self) -> tuple[float, str, str] | None:
        """The best untried candidate on another known screen: (score, fp, how)."""
        best = None
        for fp, cands in self.known.items():
            if fp == self.fp() or (self.state.in_flow and fp in self.flow):
                continue        # inside the deletion flow, going back to redo a form never helps
            untried = [c for c in cands.values()
                       if (fp, c.key) not in self.tried and not c.final
                       and not self._to_dead_end(c) and not self._links_here(fp, c)
                       and not self._known_link(fp, c) and not self._blind_beyond(fp, c)
                       and c.extra.get("enabled", True) and c.kind in ("tap", "choose")
                       and c.score < FORM_SCORE - 20]
            if not untried:
                continue
            top = max(untried, key=lambda c: c.score)
            dist = self._distance(fp)
            if dist is None:
                continue
            value = top.score - DISTANCE_COST * dist[0]
            if best is None or value > best[0]:
                best = (value, fp, dist[1])
        return best

    # -- the loop --------------------------------------------------------------------------------
    def run(self) -> Result:
        if self.s.current is None:
            self.s.look()
        self.start_fp = self.fp()
        self.purposeful.add(self.start_fp)
        self.state.home = host_of(self.screen.app or "")
        # a web app reopens where the audit started (once signed in), not at its target
        # address: a sign-in page opened while signed in sends the user somewhere else
        self.start_url = self.screen.app if self.state.home else None
        self.signed_in = account_form(self.screen) is None
        self.state.account = account_words(self.s.journey.steps[:self.s.journey.start_step])
        self._arrive(self.start_fp, None)
        if self._script_entered_flow():
            self.state.in_flow = True          # a script handed over inside the deletion flow
            self.pre_flow.discard(self.start_fp)
            self.flow.add(self.start_fp)
            self.entry_screen = self.s.current_index
        c = cues()
        while True:
            if self.out_of_budget():
                return self._give_up("budget", "the step or time budget was spent")
            fp = self.fp()
            screen = self.screen
            if left_app(screen, self.state.home):
                where = (screen.app or "")[:80]
                self._return_to_app(f"left the app ({where})",
                                    lambda sc: left_app(sc, self.state.home))
                continue
            if self.signed_in and not self.state.in_flow and account_form(screen):
                form = account_form(screen)
                self._return_to_app(f"a {form} form: outside the signed-in app",
                                    lambda sc: account_form(sc) is not None)
                continue
            texts = screen.texts()
            if self.state.in_flow and any(c.not_offered(t) for t in texts):
                return Result("not_offered", "the app says the account cannot be deleted",
                              entry_screen=self.entry_screen, end_screen=self.s.current_index)
            cands = [x for x in candidates(screen, self.state)
                     if not (x.kind == "type" and x.secret and x.key in self.typed_secrets)
                     and not self._blind_beyond(fp, x)]
            self._remember(fp, cands)
            self._take_heart(cands)
            fresh = [x for x in cands if (fp, x.key) not in self.tried
                     and not self._to_dead_end(x) and not self._links_here(fp, x)
                     and not self._known_link(fp, x)]
            forms = [x for x in fresh if x.score >= FORM_SCORE]
            finals = [x for x in cands if x.final and x.extra.get("enabled", True)]
            if finals and not forms and self._final_into_view(fp, finals[0]):
                continue
            if finals and not forms:
                return Result("final", f"final confirmation {finals[0].label!r} reached",
                              final=finals[0], final_screen=self.s.current_index,
                              entry_screen=self.entry_screen, end_screen=self.s.current_index)
            enabled = [x for x in fresh if x.extra.get("enabled", True) and not x.final]
            blocked = [x for x in cands if not x.extra.get("enabled", True)
                       and (x.final or x.score >= PROCEED_SCORE)]
            need_scroll = bool(blocked) and not any(x.score >= PROCEED_SCORE for x in enabled)
            scroll = self._scroll_candidate(fp, need_scroll)
            local = enabled[0] if enabled else None
            if scroll and (local is None or scroll.score > local.score):
                local = scroll
            # a disabled way on (a countdown in its label or beside it): waited out before
            # anything less than a way on — backing away to a help link never gets there
            if blocked and fp not in self.waited_on and (
                    local is None or (self.state.in_flow and local.score < PROCEED_SCORE)):
                self.waited_on.add(fp)
                self.s.wait(self._wait_limit(), reason=f"{blocked[0].label!r} is disabled: waiting",
                            source="explorer", until=lambda sc: _enabled(sc, blocked[0]))
                if self.fp() != fp:
                    self._arrive(self.fp(), None)
                continue
            if self._offline_here(only=not self.state.in_flow) and (
                    local is None or local.score < PROCEED_SCORE):
                return Result("obstructed", "the deletion flow ends in an offline step",
                              entry_screen=self.entry_screen, end_screen=self.s.current_index)
            far = self._frontier()
            if far is not None and (local is None or far[0] > local.score):
                if self._go(far[1], far[2]):
                    continue
                # could not get there: forget it
                for cand in self.known.get(far[1], {}).values():
                    self.tried.add((far[1], cand.key))
                continue
            if local is None:
                return self._give_up("not_found", "no way toward deletion was found")
            changed = self._do(local)
            if self.refused:
                continue
            if self._blind(local):
                self.patience -= 1
            if local.kind == "scroll":
                self.scrolls[fp] = self.scrolls.get(fp, 0) + 1
            if local.kind == "scroll" and not self.s.journey.steps[-1].revealed:
                self._scrolled_in_vain(fp, local)
            if not changed and local.kind == "tap" and not local.extra.get("send_code"):
                self.s.journey.steps[-1].note += " (nothing happened)"

    def _final_into_view(self, fp: str, final: Candidate) -> bool:
        """The final confirmation cut by the screen's edge: scrolled into view (a counted
        step, as before any tap) before the run stops in front of it; once a screen."""
        if final.element is None or (fp, "into view") in self.tried \
                or out_of_view(self.screen, final.element) is None:
            return False
        self.tried.add((fp, "into view"))
        self.s.into_view(final.element, source="explorer")
        if self.fp() != fp:
            self._arrive(self.fp(), None)
        return True

    def _scrolled_in_vain(self, fp: str, scroll: Candidate) -> None:
        """A scroll that brought nothing into view: that target is exhausted, and so is the
        screen once it was the page or the same screen keeps coming back unmoved — a page
        that fits on one screen is not scrolled again and again."""
        self.exhausted_scroll.add((fp, scroll.extra["scroll_key"]))
        if scroll.element is None or sum(1 for f, _ in self.exhausted_scroll if f == fp) >= 2:
            self.still.add(fp)

    def _return_to_app(self, why: str, still_out) -> None:
        """The screen is not the app (a browser error page, another host), or not the
        signed-in app (a sign-in or sign-up form once signed in): go back, or restart when
        back does not return; nothing on that screen is ever tapped or filled."""
        self.s.act(Action("back"), source="explorer", note=f"{why}: back")
        self._arrive(self.fp(), None)
        if still_out(self.screen) and not self.out_of_budget():
            self._restart(f"{why}: restart")
            self.stack = []
            self.state.in_flow = False
            self._arrive(self.fp(), None)

    def _restart(self, note: str) -> None:
        """Restart the app; when it comes back on the sign-in form (a session that expired),
        sign in again — not a user step, shown apart (source "login")."""
        self.s.restart(source="explorer", note=note, at=self.start_url)
        self.typed_secrets = set()
        if self.sign_in_again and find_form(self.screen) is not None:
            note = "signed out by the restart: sign in again"
            if callable(self.sign_in_again):
                self.sign_in_again(self.s, note)
            else:
                sign_in(self.s, self.state.credentials, note=note)
        self.purposeful.add(self.fp())          # where the app starts, as the first start

    def _wait_limit(self) -> float:
        """WAIT_LIMIT, or what is left of the time budget when that is less."""
        return max(0.0, min(WAIT_LIMIT, self.deadline - time.monotonic()))

    def _script_entered_flow(self) -> bool:
        c = cues()
        return any(st.counted and c.entry(st.target) for st in self.s.journey.steps)

    def _offline_here(self, only: bool = False) -> bool:
        """This screen asks for an offline step (a call, a letter, a visit…); with `only`, it
        offers nothing but offline ways (the detector's data.only_offline): that ends the
        search even outside the deletion flow."""
        idx = self.s.current_index
        fp = self.fp()
        same = {r.index for r in self.s.journey.screens if r.fingerprint == fp}
        return any(f.type == "offline_requirement" and f.screen in same | {idx}
                   and (not only or f.data.get("only_offline"))
                   for f in self.s.journey.findings)

    def _give_up(self, status: str, reason: str) -> Result:
        offline = [f for f in self.s.journey.findings if f.type == "offline_requirement"
                   and f.screen is not None
                   and self.s.journey.screens[f.screen].fingerprint in self.flow]
        if offline:
            return Result("obstructed", "the only way found ends in an offline step: "
                          + offline[0].evidence[:80], entry_screen=self.entry_screen,
                          end_screen=offline[0].screen)
        return Result(status, reason, entry_screen=self.entry_screen,
                      end_screen=self.s.current_index)


def _lead_key(cand: Candidate) -> tuple[str, str]:
    """A control as met again on other screens: its key and the link it follows."""
    el = cand.element
    href = el.attrs.get("href", "") if el is not None else ""
    return cand.key, href


def _revealed_note(screen: Screen, item: str) -> str:
    """Whether the item a tap was meant to reveal came into sight — or into a menu now on
    screen (a collapsed nav that holds a drop-down which holds it)."""
    if appeared(screen, item):
        return f" (revealed {item[:40]!r})"
    for e in screen.visible():
        if item in hidden_items(e) and is_opener(e, screen):
            return f" (revealed the menu {clean_text(e.label)[:30]!r} that holds {item[:40]!r})"
    return f" (did not reveal {item[:40]!r})"


def _enabled(screen: Screen, cand: Candidate) -> bool:
    label = clean_text(cand.label).casefold()
    c = on_screen(screen)
    for e in screen.visible():
        if clean_text(e.label).casefold().startswith(label[:4]) and screen.tappable(e).enabled \
                and (e.clickable or screen.tappable(e).clickable):
            if c.next(e.label) or c.final_strong(e.label) or c.final_weak(e.label):
                return True
    return False


def explore(session: Session, credentials: dict | None = None, **budget) -> Result:
    return Explorer(session, credentials, **budget).run()

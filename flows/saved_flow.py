"""The shortest path a run found, written back as a flow file a person can read and replay
(`cancelcheck run … --save-flow FILE`, then `--flow FILE`).

Each step of the path becomes one line of our flow language (flows/flowfile.py), aimed at its
element by the most robust selector that finds exactly that element on the screen it was on:
its id, else its accessibility name (description), else its text; `below:` (a unique text above
it) or `index:` only when the name or text alone is not unique there. Each selector is checked
on the recorded screen the way the runner (flows/script.py) will use it. Typed values become
`${password}`, `${sms_code}` and `${username}`; a secret never reaches the file (it is checked).
A forced wait becomes `waitFor` (the element to enable, or seconds); the final confirmation is
the last line, `final: true`. A canvas or OCR element is tapped at its point, with its text.
"""
from __future__ import annotations

import ast
import json
import math
import re
from dataclasses import dataclass

from cancelcheck.records import Journey, Step
from cancelcheck.screens import Element, Screen

from .candidates import field_kind
from .flowfile import parse_text
from .commands.fields import editable_for
from .selectors import find, pick

ID_UNSTABLE = re.compile(r"\d{3,}|^:|[:\s]")     # generated ids (ember123, :r1:) are not kept
MAX_WAIT = 120


class SaveFlowError(ValueError):
    """No flow can be written from this run; str() is one line."""


@dataclass
class Line:
    verb: str
    arg: object = None


# -- how the runner resolves a selector, per command ------------------------------------------------
def _tap_target(screen: Screen, el: Element | None) -> Element | None:
    return screen.tappable(el) if el is not None else None


def _field_target(screen: Screen, el: Element | None) -> Element | None:
    return editable_for(screen, el) if el is not None else None


def _same(a: Element | None, b: Element) -> bool:
    return a is not None and (a.index == b.index or a.bounds == b.bounds and a.label == b.label)


def _resolves(screen: Screen, sel: dict, target: Element, resolve) -> bool:
    """The selector finds the target on this screen, and nothing else it could mean."""
    hits = find(screen, sel)
    if not hits:
        return False
    i = int(sel.get("index", 0))
    if len(hits) <= i or not _same(resolve(screen, hits[i]), target):
        return False
    return "index" in sel or all(_same(resolve(screen, h), target) for h in hits)


def _id(e: Element) -> str:
    short = e.id.split(":id/", 1)[-1]
    return "" if not short or ID_UNSTABLE.search(short) or len(short) > 60 else short


def _names(target: Element, screen: Screen, *, field: bool) -> list[Element]:
    """Elements that may name the target: itself and what it holds; for a field, its label."""
    pool = [target] + [d for d in screen.descendants(target) if d is not target]
    if field:
        above = [o for o in screen.visible() if o.text and not o.editable
                 and 0 <= target.bounds.y1 - o.bounds.y2 < 3 * max(target.bounds.height, 1)]
        pool += sorted(above, key=lambda o: -o.bounds.y2)
    return pool


def selector(screen: Screen, target: Element, resolve=_tap_target, *, field: bool = False):
    """The most robust selector that finds `target` on `screen` the way the runner will."""
    pool = _names(target, screen, field=field)
    tries: list[dict] = [{"id": _id(e)} for e in pool if _id(e)]
    tries += [{"description": e.description} for e in pool
              if e.description and e.description != e.text]
    texts = [e.text for e in pool if e.text] + [
        e.attrs["placeholder"] for e in pool if e.editable and e.attrs.get("placeholder")]
    texts = list(dict.fromkeys(t for t in texts if t.strip()))
    tries += [{"text": t} for t in texts]
    for sel in tries:
        if _resolves(screen, sel, target, resolve):
            return _plain(sel)
    # not unique on this screen (two menu buttons both named "Toggle navigation"): the same
    # names, below a unique text, else with an index
    for name in [{"description": d} for d in dict.fromkeys(
            e.description for e in pool if e.description and e.description not in texts)] + [
            {"text": t} for t in texts]:
        hits = find(screen, name)
        if not any(_same(resolve(screen, h), target) for h in hits):
            continue
        for anchor in _anchors_above(screen, target):
            sel = {**name, "below": anchor}
            if _resolves(screen, sel, target, resolve):
                return sel
        k = next(i for i, h in enumerate(hits) if _same(resolve(screen, h), target))
        return {**name, "index": k}
    return None


def _anchors_above(screen: Screen, target: Element) -> list[str]:
    """Texts above the target, nearest first, that are unique on the screen."""
    above = sorted((e for e in screen.visible() if e.text and e.bounds.y2 <= target.bounds.y1),
                   key=lambda e: -e.bounds.y2)
    out = []
    for e in above:
        if len(find(screen, {"text": e.text})) == 1 and e.text not in out:
            out.append(e.text)
        if len(out) == 3:
            break
    return out


def _plain(sel: dict):
    return sel["text"] if set(sel) == {"text"} else sel


def _point(screen: Screen, box, point) -> list[int]:
    x, y = box.center if box is not None else point
    return [round(x / (screen.scale or 1)), round(y / (screen.scale or 1))]


# -- from steps to lines ------------------------------------------------------------------------------
def _element_of(screen: Screen, step: Step) -> Element | None:
    """The element a step acted on, found on the screen it was taken from."""
    if step.box is None:
        return None
    same = [e for e in screen.elements if e.bounds == step.box]
    if not same:      # re-aimed on a fresher capture (a screen that moved): the same label, nearest
        same = [e for e in screen.visible() if e.label and e.label[:120] == step.target]
        cx, cy = step.box.center
        same.sort(key=lambda e: abs(e.bounds.center[0] - cx) + abs(e.bounds.center[1] - cy))
        return same[0] if same else None
    same.sort(key=lambda e: (e.label[:120] != step.target, not e.clickable, not e.editable))
    return same[0]


def _literal(label: str, verb: str) -> str | None:
    """The text in a step label such as `type 'DELETE' into 'X'` or `choose 'A' in 'B'`."""
    rest = label[len(verb) + 1:]
    for m in re.finditer(r" in(?:to)? ", rest):
        try:
            value = ast.literal_eval(rest[:m.start()])
        except (ValueError, SyntaxError):
            continue
        if isinstance(value, str):
            return value
    return None


def _typed_value(step: Step, field: Element, screen: Screen, creds: dict) -> str:
    kind = (field_kind(field, screen) or ("", ""))[0]
    if step.secret:
        if kind == "code" or "code" in step.note and "password" not in step.note:
            return "${sms_code}"
        return "${password}"
    text = _literal(step.label, "type")
    if text is None:
        raise SaveFlowError(f"step {step.index + 1}: cannot read what was typed ({step.label!r})")
    for name in ("username", "email"):
        if creds.get(name) and text == str(creds[name]):
            return "${username}"
    return text


class _Builder:
    def __init__(self, j: Journey, creds: dict):
        self.j, self.creds = j, dict(creds or {})
        self.lines: list[Line] = []

    def screen(self, index: int) -> Screen:
        s = self.j.screen(index)
        if s is None:
            raise SaveFlowError(f"screen {index} of the run is no longer in memory")
        return s

    def tap(self, screen: Screen, el: Element | None, step_box, point, label: str,
            final: bool = False) -> Line:
        if el is None or el.attrs.get("detected") in ("ocr", "pixels"):
            arg = {"text": label, "point": _point(screen, step_box, point)} if label else {
                "point": _point(screen, step_box, point)}
        else:
            target = screen.tappable(el)
            sel = selector(screen, target)
            if sel is None:
                arg = {"text": label or target.label, "point": _point(screen, target.bounds, None)}
            else:
                arg = sel
        if final:
            arg = dict(arg) if isinstance(arg, dict) else {"text": arg}
            arg["final"] = True
        return Line("tapOn", arg)

    def counted_down(self, step: Step) -> bool:
        """The tapped element was under a countdown (a forced_wait finding on it, on this
        screen): the replay must wait for it to enable, however long the way there took."""
        if step.box is None or not 0 <= step.before < len(self.j.screens):
            return False
        here = self.j.screens[step.before].app
        return any(f.type == "forced_wait" and f.box is not None and f.screen is not None
                   and 0 <= f.screen <= step.before and self.j.screens[f.screen].app == here
                   and not f.box.intersection(step.box).empty for f in self.j.findings)

    def step(self, step: Step, nxt: Step | None) -> None:
        screen = self.screen(step.before)
        el = _element_of(screen, step)
        if step.kind == "tap":
            line = self.tap(screen, el, step.box, step.point, step.target)
            last = self.lines[-1] if self.lines else None
            waited = last is not None and last.verb == "waitFor" and isinstance(last.arg, dict) \
                and last.arg.get("element") == line.arg
            if self.counted_down(step) and not waited and "point" not in str(line.arg):
                self.lines.append(Line("waitFor", {"element": line.arg, "enabled": True,
                                                   "timeout": MAX_WAIT}))
            self.lines.append(line)
        elif step.kind == "type":
            if el is None:
                raise SaveFlowError(f"step {step.index + 1}: the field typed into is not on "
                                    "its screen's record")
            field = editable_for(screen, el)
            into = selector(screen, field, _field_target, field=True)
            value = _typed_value(step, field, screen, self.creds)
            self.lines.append(Line("inputText", {"into": into, "text": value} if into is not None
                                   else {"text": value}))
        elif step.kind == "choose":
            option = _literal(step.label, "choose")
            field = editable_for(screen, el) if el is not None else None
            into = selector(screen, field, _field_target, field=True) if field else None
            if option is None or into is None:
                raise SaveFlowError(f"step {step.index + 1}: cannot write {step.label!r} as a line")
            self.lines.append(Line("pickOption", {"field": into, "option": option}))
        elif step.kind == "scroll":
            self.scroll(screen, el, step)
        elif step.kind == "back":
            self.lines.append(Line("back"))
        elif step.kind == "wait":
            self.wait(step, nxt)

    def scroll(self, screen: Screen, el: Element | None, step: Step) -> None:
        m = re.match(r"scroll (\w+)", step.label)
        arg: dict = {"direction": m.group(1) if m else "down"}
        if el is not None:
            box = next((x for x in [el, *screen.ancestors(el)] if x.scrollable), el)
            if _id(box):
                arg["within"] = "#" + box.id
            else:
                sel = selector(screen, box, lambda s, e: next(
                    (x for x in [e, *s.ancestors(e)] if x.scrollable), None))
                if sel is not None:
                    arg["within"] = sel
        last = self.lines[-1] if self.lines else None
        if last is not None and last.verb == "scroll" and {k: v for k, v in last.arg.items()
                                                            if k != "times"} == arg:
            last.arg["times"] = last.arg.get("times", 1) + 1
        else:
            self.lines.append(Line("scroll", {**arg, "times": 1}))

    def wait(self, step: Step, nxt: Step | None) -> None:
        if nxt is not None and nxt.kind == "tap" and "disabled" in step.note:
            screen = self.screen(nxt.before)
            el = _element_of(screen, nxt)
            sel = selector(screen, screen.tappable(el)) if el is not None else None
            if sel is not None:
                timeout = min(MAX_WAIT, max(30, math.ceil(step.waited * 2)))
                self.lines.append(Line("waitFor", {"element": sel, "enabled": True,
                                                   "timeout": timeout}))
                return
        self.lines.append(Line("waitFor", {"seconds": round(step.waited, 1)}))

    def final(self) -> None:
        j = self.j
        if j.final_screen is None or not j.final_action:
            return
        screen = self.screen(j.final_screen)
        box = j.final_box
        hits = [e for e in screen.elements if box is not None and e.bounds == box]
        if not hits:
            hits = [screen.tappable(e) for e in screen.visible() if e.label == j.final_action]
            hits = [e for e in hits if e.clickable] or hits
        el = hits[0] if hits else None
        self.lines.append(self.tap(screen, el, box, None, j.final_action, final=True))


def flow_lines(j: Journey, credentials: dict | None = None) -> list[Line]:
    """The run's shortest path as flow lines, the final confirmation last (when reached)."""
    if not j.path and j.final_screen is None:
        raise SaveFlowError("the run found no path to save")
    steps = {s.index: s for s in j.steps}
    path = [steps[i] for i in j.path if i in steps]
    b = _Builder(j, credentials or {})
    for n, s in enumerate(path):
        b.step(s, path[n + 1] if n + 1 < len(path) else None)
    b.final()
    return b.lines


# -- writing ------------------------------------------------------------------------------------------
_UNSAFE = re.compile("[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]")


def _scalar(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(_scalar(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {_scalar(x)}" for k, x in v.items()) + "}"
    text = json.dumps(str(v), ensure_ascii=False)
    return _UNSAFE.sub(lambda m: "\\u%04x" % ord(m.group()) if ord(m.group()) < 0x10000
                       else "\\U%08x" % ord(m.group()), text)


def flow_text(lines: list[Line], header: list[str] = ()) -> str:
    out = [f"# {h}" for h in header]
    for line in lines:
        out.append(f"- {line.verb}" if line.arg is None else f"- {line.verb}: {_scalar(line.arg)}")
    return "\n".join(out) + "\n"


def save_flow(path, j: Journey, credentials: dict | None = None, header: list[str] = ()) -> str:
    """Write the flow file; returns its text. The file parses as a flow, and holds no secret."""
    text = flow_text(flow_lines(j, credentials), [h.replace("\n", " ") for h in header])
    for name in ("password", "sms_code"):
        value = str((credentials or {}).get(name) or "")
        if value and value in text:
            raise SaveFlowError(f"the flow would contain the {name}: not written")
    parse_text(text, str(path))          # what we write is a flow the runner accepts
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return text

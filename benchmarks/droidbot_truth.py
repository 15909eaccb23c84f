"""Ground truth for checkbox / switch / radio detection, derived BY RULE from the view hierarchy
that DroidBot saved beside each screenshot of a real app (state_<time>.json next to
screen_<time>.jpg).

The rule: every visible view whose class is a switch, a checkbox, a radio button or a checked
text view (the rows of a single- or multi-choice dialog) is one control; its `checked` field is
its state; its label is its own text, or else the text views of its row (the nearest ancestor
that holds text, texts overlapping the control vertically first). Left out: the system UI
(quick-settings tiles are Switch views drawn as round buttons), ToggleButton and Chip (text
buttons, not glyphs), views of zero size or off the screen. No human looked at each control;
the rule is only as right as the app's accessibility tree (see SOURCES.md for what was checked
by eye).

    pairs(directory)  -> [(name, image path, state dict)]
    controls(state)   -> [TruthControl]
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

KIND_OF_CLASS = {
    "Switch": "toggle", "SwitchCompat": "toggle", "SwitchMaterial": "toggle",
    "MaterialSwitch": "toggle",
    "CheckBox": "checkbox", "MaterialCheckBox": "checkbox", "AppCompatCheckBox": "checkbox",
    "RadioButton": "radio", "MaterialRadioButton": "radio", "AppCompatRadioButton": "radio",
    "CheckedTextView": "choice", "AppCompatCheckedTextView": "choice",
    "MaterialCheckedTextView": "choice",
}
SYSTEM_UI = ("com.android.systemui",)
STATE_WORDS = {"on", "off"}       # a switch's own text is often only its state


@dataclass
class TruthControl:
    kind: str            # toggle, checkbox, radio, or choice (a checked text view: radio or tick)
    box: tuple[int, int, int, int]
    checked: bool
    label: str
    row: str = ""        # every text of the control's row (a title and its summary), joined


def pairs(directory: Path) -> list[tuple[str, Path, dict]]:
    """(name, screenshot, state) for every NAME.json with a NAME.jpg or NAME.png beside it."""
    out = []
    for j in sorted(Path(directory).glob("*.json")):
        img = next((j.with_suffix(e) for e in (".jpg", ".png") if j.with_suffix(e).exists()), None)
        if img is None:
            continue
        state = json.loads(j.read_text(encoding="utf-8"))
        if "views" in state:
            out.append((j.stem, img, state))
    return out


def _box(v) -> tuple[int, int, int, int]:
    (x1, y1), (x2, y2) = v["bounds"]
    return int(x1), int(y1), int(x2), int(y2)


def _texts_under(views, i, skip) -> list[tuple[str, tuple]]:
    out, stack = [], list(views[i].get("children") or [])
    while stack:
        c = stack.pop(0)
        v = views[c]
        if c != skip and v.get("visible") and (v.get("text") or "").strip():
            out.append((v["text"].strip(), _box(v)))
        stack.extend(v.get("children") or [])
    return out


def _label(views, i) -> tuple[str, str]:
    """The control's label and its whole row's text."""
    v = views[i]
    own = (v.get("text") or "").strip()
    if own and own.casefold() not in STATE_WORDS:
        return own, own
    x1, y1, x2, y2 = _box(v)
    p = v.get("parent")
    for _ in range(3):                     # the row: up to three levels above
        if p is None or p < 0:
            break
        texts = [t for t in _texts_under(views, p, i) if t[0].casefold() not in STATE_WORDS]
        if texts:
            # the text level with the control first (the title), then the rest of the row
            texts.sort(key=lambda t: (min(y2, t[1][3]) - max(y1, t[1][1]) <= 0, t[1][1]))
            row = [t[0] for t in sorted(texts, key=lambda t: t[1][1])]
            return texts[0][0], " ".join(row[:3])
        p = views[p].get("parent")
    desc = (v.get("content_description") or "").strip()
    return desc, desc


def controls(state: dict, size: tuple[int, int] | None = None) -> list[TruthControl]:
    views = state["views"]
    out = []
    for i, v in enumerate(views):
        kind = KIND_OF_CLASS.get((v.get("class") or "").split(".")[-1])
        if kind is None or not v.get("visible") or v.get("package") in SYSTEM_UI:
            continue
        x1, y1, x2, y2 = _box(v)
        if x2 - x1 < 8 or y2 - y1 < 8 or x1 < 0 or y1 < 0:
            continue
        if size and (x2 > size[0] + 2 or y2 > size[1] + 2):
            continue
        out.append(TruthControl(kind, (x1, y1, x2, y2), bool(v.get("checked")), *_label(views, i)))
    return out

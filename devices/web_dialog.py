"""The browser's own dialogs — alert(), confirm(), prompt(), beforeunload — as screens like any
other, for every WebDriver session on Chromium (the web and the appium backends).

While one is open the page answers nothing (no screenshot, no script): WebDriver reaches only
the dialog. The session is opened with unhandledPromptBehavior "ignore", so the dialog waits for
us instead of being dismissed behind our back; `read()` finds it, and `screen()` turns it into a
Screen: the page's last screenshot dimmed, the dialog drawn over it, and an element tree of its
message and buttons ("OK", and "Cancel" where the dialog asks a question), each button marked
with what a tap on it does (attrs["dialog"] = accept / dismiss). `answer()` does it.

Which kind of dialog it is cannot be asked of WebDriver. Every Chromium session runs a script
first in every new document (devices/web_documents.py, through CDP: the web backend and Appium's
Chromium sessions alike); MARK_JS, one of them, wraps alert/confirm/prompt so
the message carries an invisible marker of its kind; an unmarked dialog is taken for a question
(OK and Cancel): an alert's Cancel only closes it, as its OK does.

A dialog a document asks for once it is being navigated away (a script that sets location and
then alerts — a helper whose window.open went to this tab, then failed) is not shown: the new
page replaces the document and, in a browser, closes such a dialog. Shown, chromedriver could
neither answer it ("aborted by navigation: Not attached to an active page") nor forget it, and
answered every later command "unexpected alert open".
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from cancelcheck.screens import Bounds, Element, Screen

MARKS = {"\u2063": "alert", "\u2064": "confirm", "\u2062": "prompt"}
MARK_JS = """(function () {
  let leaving = 0;
  if (window.navigation) navigation.addEventListener('navigate', e => {
    if (!e.destination.sameDocument) leaving = Date.now();
  });
  const answers = {alert: undefined, confirm: false, prompt: null};
  const wrap = (name, mark) => { const f = window[name];
    window[name] = function (m, ...rest) {
      if (leaving && Date.now() - leaving < 2000) return answers[name];   // a 204 stays
      return f.call(window, String(m === undefined ? '' : m) + mark, ...rest); }; };
  wrap('alert', '\\u2063'); wrap('confirm', '\\u2064'); wrap('prompt', '\\u2062');
})();"""
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
DEFAULT_SIZE = (1082, 2402)


@dataclass
class Dialog:
    kind: str            # alert, confirm, prompt, or question (kind not known)
    message: str


def read(driver) -> Dialog | None:
    """The dialog open on the page, or None."""
    from selenium.common.exceptions import NoAlertPresentException
    try:
        text = driver.switch_to.alert.text or ""
    except NoAlertPresentException:
        return None
    kind = "question"
    for mark, name in MARKS.items():
        if mark in text:
            kind = name
            text = text.replace(mark, "")
    return Dialog(kind, text.strip())


def screen(dialog: Dialog, where: str, image: Image.Image | None, scale: float) -> Screen:
    """The dialog as a Screen in the page's pixels (over its last screenshot, dimmed)."""
    w, h = image.size if image is not None else DEFAULT_SIZE
    box = Bounds(round(w * 0.08), round(h * 0.36), round(w * 0.92), round(h * 0.60))
    pad = round(w * 0.03)
    bw, bh = round(w * 0.22), round(h * 0.05)
    ok = Bounds(box.x2 - pad - bw, box.y2 - pad - bh, box.x2 - pad, box.y2 - pad)
    cancel = Bounds(ok.x1 - pad - bw, ok.y1, ok.x1 - pad, ok.y2)
    text_box = Bounds(box.x1 + pad, box.y1 + pad, box.x2 - pad, ok.y1 - pad)
    one_button = dialog.kind == "alert"
    elements = [
        Element(0, None, box, cls="alertdialog", attrs={"role": "alertdialog", "dialog": dialog.kind}),
        Element(1, 0, text_box, text=dialog.message, cls="text"),
        Element(2, 0, ok, text="OK", cls="button", clickable=True,
                attrs={"tag": "button", "dialog": "acknowledge" if one_button else "accept"}),
    ]
    if dialog.kind == "prompt":
        field = Bounds(text_box.x1, ok.y1 - pad - bh, text_box.x2, ok.y1 - pad)
        elements[1] = Element(1, 0, Bounds(text_box.x1, text_box.y1, text_box.x2, field.y1 - pad),
                              text=dialog.message, cls="text")
        elements.append(Element(4, 0, field, cls="textbox", editable=True, clickable=True,
                                attrs={"tag": "input", "dialog": "prompt"}))
    if not one_button:
        elements.insert(3, Element(3, 0, cancel, text="Cancel", cls="button", clickable=True,
                                   attrs={"tag": "button", "dialog": "dismiss"}))
    for i, e in enumerate(elements):
        e.index = i
    return Screen(image=_draw(dialog, elements, image, (w, h)), elements=elements,
                  source="web", app=where, scale=scale, size=(w, h))


def _draw(dialog: Dialog, elements: list[Element], under: Image.Image | None,
          size: tuple[int, int]) -> Image.Image:
    if under is not None:
        img = Image.blend(under.convert("RGB"), Image.new("RGB", size, (0, 0, 0)), 0.55)
    else:
        img = Image.new("RGB", size, (60, 60, 60))
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype(str(FONT), max(14, size[0] // 26))
    except OSError:
        font = ImageFont.load_default()
    box = elements[0].bounds
    d.rounded_rectangle(box.as_list(), radius=size[0] // 40, fill=(255, 255, 255))
    for e in elements[1:]:
        b = e.bounds
        if e.cls == "text":
            d.multiline_text((b.x1, b.y1), _wrap(e.text, d, font, b.width), fill=(32, 33, 36),
                             font=font, spacing=8)
        elif e.cls == "textbox":
            d.rectangle(b.as_list(), outline=(95, 99, 104), width=3)
        else:
            d.text((b.x1 + b.width // 2, b.y1 + b.height // 2), e.text, fill=(26, 115, 232),
                   font=font, anchor="mm")
    return img


def _wrap(text: str, d: ImageDraw.ImageDraw, font, width: int) -> str:
    lines, line = [], ""
    for ch in text:
        if ch == "\n" or d.textlength(line + ch, font=font) > width:
            lines.append(line)
            line = "" if ch in "\n " else ch
        else:
            line += ch
    return "\n".join(lines + [line])


def at(screen_: Screen | None, target) -> Element | None:
    """The dialog button (or prompt field) a tap on this element or point lands on."""
    if isinstance(target, Element):
        return target if target.attrs.get("dialog") else None
    if screen_ is None or target is None:
        return None
    x, y = target
    return next((e for e in screen_.elements
                 if e.clickable and e.attrs.get("dialog") and e.bounds.contains(x, y)), None)


def answer(driver, what: str, text: str | None = None) -> None:
    """accept / acknowledge (OK), dismiss (Cancel, back), or type into a prompt."""
    alert = driver.switch_to.alert
    if what == "prompt":
        alert.send_keys(text or "")
    elif what == "dismiss":
        alert.dismiss()
    else:
        alert.accept()

"""How prominent a control is, measured from the screenshot's pixels (shared by the
false_hierarchy and exit_visibility detectors; not a detector itself).

For one tappable element: its box area (in dp² / pt² / CSS px²), the fill saliency of its box
against its surroundings (CIE delta E), the WCAG contrast of its text against its fill, and
the height of its text (in dp). When the element lies outside the screenshot (scrolled below
the fold) the computed style stands in where the source gives one (the web DOM does).
"""
from __future__ import annotations

from dataclasses import dataclass

from cancelcheck.screens import Bounds, Element, Screen

# platform minimum tap-target sizes, in the screen's own units (Screen.scale pixels each)
MIN_TARGET = {"web": 24.0, "android": 48.0, "ios": 44.0}
_PLATFORM = {"web": "web", "uiautomator": "android", "appium-android": "android",
             "appium-ios": "ios"}
DEFAULT_OCR_PLATFORM = "ios"       # a bare screenshot: 44, the smaller of the two phone rules


_CACHE: dict = {}


def image_array(screen: Screen):
    """The screenshot as an RGB array, converted once per image."""
    from cancelcheck.screens import pixels as px      # cv2 and numpy: not for text alone
    if screen.image is None:
        return None
    key = id(screen.image)
    hit = _CACHE.get("img")
    if hit is not None and hit[0] == key and hit[1] is screen.image:
        return hit[2]
    arr = px.rgb(screen.image)
    _CACHE["img"] = (key, screen.image, arr)
    return arr


def platform(screen: Screen, settings: dict | None = None) -> str:
    p = (settings or {}).get("platform")
    if p in MIN_TARGET:
        return p
    return _PLATFORM.get(screen.source, DEFAULT_OCR_PLATFORM)


@dataclass
class Measure:
    element: int
    label: str
    box: Bounds
    source: str                    # "pixels" or "style"
    area: float                    # in units² (dp², pt², CSS px²)
    width: float                   # in units
    height: float
    saliency: float | None         # CIE76 delta E of the fill against the surroundings
    outlined: bool
    contrast: float | None         # WCAG, text against its background
    text_height: float | None      # in units
    min_contrast: float            # 4.5, or 3.0 for large text
    text_color: list | None = None
    background: list | None = None

    def as_dict(self) -> dict:
        d = {k: v for k, v in self.__dict__.items() if k not in ("box",)}
        d["box"] = self.box.as_list()
        for k in ("area", "width", "height", "saliency", "contrast", "text_height"):
            if d[k] is not None:
                d[k] = round(float(d[k]), 2)
        return d

    @property
    def prominence(self) -> float:
        """One number to rank options by: area × (1 + fill) × contrast × text height."""
        sal = (self.saliency or 0) / 50 + (0.3 if self.outlined else 0)
        return (self.area ** 0.5) * (1 + sal) * (self.contrast or 1) ** 0.5 * (self.text_height or 1)


def label_box(screen: Screen, element: Element) -> Bounds | None:
    """The tightest box holding the element's own text: a text child's box when it has one."""
    best = None
    for d in screen.descendants(element):
        if d.text and d.attrs.get("aggregate") != "1" and not d.bounds.empty:
            if d.bounds.intersection(element.bounds).area >= 0.8 * d.bounds.area:
                if best is None or d.bounds.area > best.area:
                    best = d.bounds
    return best


def covered(img, element: Element) -> bool:
    """An element whose tree says one fill and whose pixels show another: something lies over
    it (a dialog, a scrim). Only sources with computed style can tell."""
    from cancelcheck.screens import pixels as px
    st = element.style
    if st is None or st.background is None or len(st.background) < 4 or st.background[3] < 0.99:
        return False
    b = px.clip(element.bounds, img)
    if b.empty:
        return False
    seen = px.background(img, b)
    if px.delta_e(seen, st.background) > 20:
        return True
    if element.text and st.color is not None and b.height <= 3 * (st.font_size or b.height):
        ink = px.text_colors(img, b)
        want = px.blend(st.color, st.background)
        return ink is None or px.delta_e(ink.text, want) > 30
    return False


def measure(screen: Screen, element: Element) -> Measure | None:
    """Prominence of one element, measured once per screen (the detectors share it)."""
    memo = screen.__dict__.setdefault("_cc_measures", {})
    key = (element.index, element.bounds, id(screen.image))
    if key not in memo:
        memo[key] = _measure(screen, element)
    return memo[key]


def _measure(screen: Screen, element: Element) -> Measure | None:
    from cancelcheck.screens import pixels as px
    s = screen.scale or 1.0
    box = element.bounds
    if box.empty:
        return None
    img = image_array(screen)
    on_image = img is not None and px.inside(box, img)
    st = element.style
    bold = bool(st and st.font_weight and st.font_weight >= 600)
    if on_image:
        sal = px.fill_saliency(img, box)
        filled = sal.delta_e >= 8 or sal.outlined
        tb = label_box(screen, element)
        if tb is None:
            tb = px.label_area(box) if filled and box.height > 0 else box
        colors = px.text_colors(img, tb) if not tb.empty else None
        th = px.text_height(img, tb, colors) if colors else 0
        font_px = st.font_size if st and st.font_size else th / 0.72 if th else None
        return Measure(element.index, element.label, box, "pixels", box.area / (s * s),
                       box.width / s, box.height / s, sal.delta_e, sal.outlined,
                       colors.contrast if colors else None, th / s if th else None,
                       px.min_text_contrast(font_px, s, bold),
                       list(colors.text) if colors else None,
                       list(colors.background) if colors else None)
    if st is None or st.color is None or st.background is None:
        return Measure(element.index, element.label, box, "tree", box.area / (s * s),
                       box.width / s, box.height / s, None, False, None, None, px.TEXT_MIN_CONTRAST)
    bg = st.background[:3]
    fg = px.blend(st.color, bg)
    if st.opacity is not None and st.opacity < 1:
        fg = px.blend((*fg, st.opacity), bg)
    return Measure(element.index, element.label, box, "style", box.area / (s * s),
                   box.width / s, box.height / s, None, False, px.contrast_ratio(fg, bg),
                   (st.font_size * 0.72 / s) if st.font_size else None,
                   px.min_text_contrast(st.font_size, s, bold), list(fg), list(bg))


_FORM_TAGS = {"label", "input", "select", "textarea", "option"}
_FORM_CLS = {"label", "checkbox", "radio", "switch", "toggle", "input", "select",
             "android.widget.CheckBox", "android.widget.RadioButton", "android.widget.Switch",
             "android.widget.EditText", "android.widget.Spinner"}


def is_choice_or_field(screen: Screen, element: Element) -> bool:
    """A form part rather than a button: a checkbox or radio with its label, a field's label,
    a text field or a drop-down. Their options are judged by other detectors."""
    for e in [element, *screen.descendants(element)]:
        if e.checkable or e.editable or e.attrs.get("glyph") or e.attrs.get("glyph_element"):
            return True
        if e.attrs.get("tag") in _FORM_TAGS or e.cls in _FORM_CLS:
            return True
    return False


def target(screen: Screen, element: Element) -> Element:
    """What a tap on the element really hits: the outermost of the chain of clickable boxes
    around it (a list row around its title span), which is the tap target to measure."""
    t = screen.tappable(element)
    for a in screen.ancestors(t):
        if not a.clickable or a.bounds.intersection(t.bounds).area < 0.9 * t.bounds.area:
            break
        t = a
    return t


def ways(screen: Screen, elements: list[Element]) -> list[Element]:
    """The buttons and links among the options, each once, as tap targets."""
    out: dict[int, Element] = {}
    for e in elements:
        t = target(screen, e)
        if t.index in out or is_choice_or_field(screen, t) or not usable(screen, t):
            continue
        out[t.index] = t
    return list(out.values())


def usable(screen: Screen, element: Element) -> bool:
    """An option worth judging: enabled and not hidden under something else."""
    if not element.enabled:
        return False
    if screen.image is None:
        return True
    memo = screen.__dict__.setdefault("_cc_covered", {})
    key = (element.index, element.bounds, id(screen.image))
    if key not in memo:
        memo[key] = covered(image_array(screen), element)
    return not memo[key]

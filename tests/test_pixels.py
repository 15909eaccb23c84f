"""screens.pixels on real Chromium screenshots of the specimens: WCAG contrast from pixels
against the contrast from the web tree's computed colours, fill saliency, text height, and
checkbox/radio glyph states against the tree's checked states."""
from __future__ import annotations

import numpy as np
import pytest

from cancelcheck.screens import Bounds
from cancelcheck.screens import pixels as px

pytestmark = pytest.mark.chromium


def test_wcag_formula_on_known_pairs():
    assert px.contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert px.contrast_ratio((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    # #767676 on white is the classic just-passing grey (4.54:1)
    assert px.contrast_ratio((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    assert px.is_large_text(24 * 2.625, 2.625) and not px.is_large_text(16 * 2.625, 2.625)


def _shot(web_device, specimen, route):
    device = web_device(specimen)
    device.run_js(f"location.hash={route!r}")
    device.wait_idle()
    return device.capture()


def _style_contrast(e):
    fg, bg = e.style.color, e.style.background
    return px.contrast_ratio(px.blend(fg, bg), bg)


@pytest.mark.parametrize("specimen,route,labels", [
    ("roach-motel-en", "#/delete/offer", ["Continue", "Get 50% off Memora Plus", "Before you go"]),
    ("fair-en", "#/delete", ["Password", "Delete your account", "Enter your password to confirm it is you."]),
    ("social-zh", "#/cancel", ["申请注销友圈账号", "注销账号"]),
])
def test_text_contrast_from_pixels_matches_computed_style(web_device, specimen, route, labels):
    screen = _shot(web_device, specimen, route)
    img = px.rgb(screen.image)
    checked = 0
    for label in labels:
        e = next(e for e in screen.find(text=label) if e.style and e.style.color)
        want = _style_contrast(e)
        got = px.text_contrast(img, e.bounds)
        assert got == pytest.approx(want, rel=0.08), (label, got, want)
        checked += 1
    assert checked == len(labels)


def test_button_label_contrast_and_fill_saliency(web_device):
    screen = _shot(web_device, "roach-motel-en", "#/delete/offer")
    img = px.rgb(screen.image)
    keep = screen.find(text="Keep my account")[0]
    cont = screen.find(text="Continue")[0]
    # white on the brand pink (#d81b60): 4.95:1 by the computed style
    got = px.text_contrast(img, px.label_area(keep.bounds))
    assert got == pytest.approx(_style_contrast(keep), rel=0.08)
    assert px.fill_saliency(img, keep.bounds).delta_e > 40     # a filled button
    assert px.fill_saliency(img, cont.bounds).delta_e < 5      # bare text on the page
    # text height: 18 CSS px bold against 12 CSS px
    hk = px.text_height(img, px.label_area(keep.bounds))
    hc = px.text_height(img, cont.bounds)
    assert hk > 1.3 * hc > 0


def test_glyph_states_match_the_tree(web_device):
    cases = [("fair-en", "#/settings/notifications"), ("roach-motel-en", "#/delete"),
             ("roach-motel-en", "#/delete/confirm")]
    seen = 0
    for specimen, route in cases:
        screen = _shot(web_device, specimen, route)
        glyphs = px.find_glyphs(screen.image, screen.scale,
                                exclude=[e.bounds for e in screen.visible()
                                         if e.text and e.bounds.height < 80])
        for e in screen.visible():
            if not e.checkable:
                continue
            match = [g for g in glyphs if g.box.intersection(e.bounds).area >= 0.7 * e.bounds.area]
            assert len(match) == 1, (specimen, route, e.description)
            assert match[0].kind == e.attrs["type"]
            assert match[0].state is e.checked, (specimen, route, e.description)
            seen += 1
    assert seen == 2 + 2 + 1      # ticked + empty box, selected + empty radio, ticked box


def test_no_labelled_glyphs_on_a_screen_without_any(web_device):
    # the big trash icon is box-like; with no label beside it, it is not a choice
    from cancelcheck.screens.ocr import screen_from_image
    screen = _shot(web_device, "fair-en", "#/delete")
    bare = screen_from_image(screen.image, scale=screen.scale)
    assert [e for e in bare.elements if e.attrs.get("glyph")] == []
    assert bare.find(text="Delete account", clickable=True)      # the button is still found


def test_toggle_state_on_drawn_switches():
    # crafted (not captured): Material-style switches, on (vivid track, knob right) and off
    img = np.full((200, 400, 3), 255, np.uint8)
    import cv2
    for y, on in ((40, True), (120, False)):
        track = (26, 115, 232) if on else (189, 193, 198)
        cv2.rectangle(img, (100 + 18, y), (196 - 18, y + 36), track, -1)
        cv2.circle(img, (118, y + 18), 18, track, -1)
        cv2.circle(img, (178, y + 18), 18, track, -1)
        cv2.circle(img, (178 if on else 118, y + 18), 14, (255, 255, 255), -1)
    found = sorted(px.find_glyphs(img, 2.0), key=lambda g: g.box.y1)
    assert [(g.kind, g.state) for g in found] == [("toggle", True), ("toggle", False)]


def test_controls_found_from_pixels_on_canvas(web_device):
    from cancelcheck.screens.ocr import ocr
    screen = _shot(web_device, "canvas-en", "#/delete")
    assert not any(e.label for e in screen.elements)        # nothing in the DOM
    lines = ocr(screen.image)
    boxes = [b for _, b, _ in lines]
    controls = px.find_controls(screen.image, boxes, screen.scale)
    buttons = {" ".join(lines[i][0] for i in c.texts): c.box for c in controls if c.kind == "button"}
    assert set(buttons) >= {"Cancel", "Delete"}
    s = screen.scale
    # painted by app.js at 48 CSS px tall, (340 - 48 - 12) / 2 = 140 CSS px wide
    for name in ("Cancel", "Delete"):
        assert buttons[name].height / s == pytest.approx(48, abs=1.5)
        assert buttons[name].width / s == pytest.approx(140, abs=2)
    # the hit point truth.yaml gives for "Delete" falls in the found box
    x, y = 282 * s, 520 * s
    assert buttons["Delete"].contains(int(x), int(y))


def test_outlined_switch_with_its_knob_left_is_off():
    # crafted (not captured): a Material 3 switch drawn as the specification draws it — off: a
    # track 52x32 dp outlined 2 dp in grey, a 16 dp grey knob at the left; on: the track filled
    # grey-dark (a monochrome theme), a 24 dp white knob at the right. At 2 px a dp.
    import cv2
    img = np.full((240, 400, 3), (255, 251, 254), np.uint8)
    grey, dark = (121, 116, 126), (73, 69, 79)
    for y, on in ((40, False), (140, True)):
        x1, x2, r = 100, 204, 32
        if on:
            cv2.rectangle(img, (x1 + r, y), (x2 - r, y + 64), dark, -1)
            cv2.circle(img, (x1 + r, y + r), r, dark, -1)
            cv2.circle(img, (x2 - r, y + r), r, dark, -1)
            cv2.circle(img, (x2 - r, y + r), 24, (255, 255, 255), -1)
        else:
            cv2.rectangle(img, (x1 + r, y), (x2 - r, y + 64), grey, -1)
            cv2.circle(img, (x1 + r, y + r), r, grey, -1)
            cv2.circle(img, (x2 - r, y + r), r, grey, -1)
            cv2.rectangle(img, (x1 + r, y + 4), (x2 - r, y + 60), (255, 251, 254), -1)
            cv2.circle(img, (x1 + r, y + r), r - 4, (255, 251, 254), -1)
            cv2.circle(img, (x2 - r, y + r), r - 4, (255, 251, 254), -1)
            cv2.circle(img, (x1 + r, y + r), 16, grey, -1)
    found = sorted((g for g in px.find_glyphs(img, 2.0) if g.kind == "toggle"),
                   key=lambda g: g.box.y1)
    assert [g.state for g in found] == [False, True]


def _disc(fill, dot=None, ring=None, size=60):
    """A white square with a disc drawn in it (cv2, anti-aliased): the pixels a radio shows."""
    import cv2
    import numpy as np
    img = np.full((size, size, 3), 255, np.uint8)
    c, r = (size // 2, size // 2), size // 2 - 2
    cv2.circle(img, c, r, fill, -1, cv2.LINE_AA)
    if ring is not None:
        cv2.circle(img, c, int(r * 0.75), ring, -1, cv2.LINE_AA)
    if dot is not None:
        cv2.circle(img, c, int(r * 0.45), dot, -1, cv2.LINE_AA)
    return img


def test_a_disc_filled_all_over_in_grey_is_no_selected_radio():
    # session 13: two identical grey discs beside "Send Data on Crash" and "Ask After Restart"
    # (phone screenshots part 9) were read as selected radios; a chosen radio has an accent or
    # a dot that differs from its ring
    from cancelcheck.screens import pixels as px
    box = Bounds(0, 0, 60, 60)
    white = (255, 255, 255)
    assert px._radio_state(_disc((150, 150, 150)), box, white)[0] is False       # grey, all over
    assert px._radio_state(_disc((33, 150, 243)), box, white)[0] is True         # accent, all over
    assert px._radio_state(_disc((90, 90, 90), ring=white, dot=(90, 90, 90)), box, white)[0] is True
    assert px._radio_state(_disc((90, 90, 90), ring=white), box, white)[0] is False  # a ring only

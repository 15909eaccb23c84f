"""Privacy of evidence: personal data is found in text and blurred in frames and thumbnails,
using the element tree's boxes (real fair-en Profile screen in Chromium); a typed secret's
field is blurred whether or not blur is asked for."""
from __future__ import annotations

from PIL import Image, ImageChops

from cancelcheck.devices.base import REDACTED
from cancelcheck.evidence.privacy import Redactor, blur_boxes, names_from_credentials, personal_kind
from cancelcheck.screens import Bounds, Element, Screen


def test_what_counts_as_personal():
    assert personal_kind("Call 138 0013 8000 now") == "phone"
    assert personal_kind("13800138000") == "phone"
    assert personal_kind("+44 20 7946 0958") == "phone"
    assert personal_kind("(415) 555-0134") == "phone"
    assert personal_kind("身份证号 11010519900307123X") == "id"
    assert personal_kind("110105199003071234") == "id"
    assert personal_kind("alex@example.com") == "email"
    assert personal_kind("Signed in as Alex Kim", ("alex kim",)) == "name"
    for plain in ("12 photos · Kew Gardens", "Confirm in 10", "¥1,299.00", "2024-05-01",
                  "Version 3.12.4", "Delete account", "注销账号", ""):
        assert personal_kind(plain, ("Alex Kim",)) == "", plain
    assert names_from_credentials({"username": "sam", "password": "pw", "sms_code": "1234",
                                   "email": "s@x.org"}) == ("sam", "s@x.org")


def _screen(texts: list[tuple[str, Bounds]]) -> Screen:
    img = Image.new("RGB", (400, 800), "white")
    from PIL import ImageDraw
    d = ImageDraw.Draw(img)
    els = [Element(index=0, parent=None, bounds=Bounds(0, 0, 400, 800), text="",
                   attrs={})]
    for i, (t, b) in enumerate(texts, 1):
        d.rectangle(b.as_list(), fill=(30 * i % 255, 120, 200))
        d.text((b.x1 + 4, b.y1 + 4), t, fill="black")
        els.append(Element(index=i, parent=0, bounds=b, text=t))
    return Screen(image=img, elements=els, source="web")


def test_blur_touches_only_the_boxes():
    s = _screen([("alex@example.com", Bounds(10, 10, 210, 50)),
                 ("Delete account", Bounds(10, 100, 210, 140))])
    out = Redactor(personal=True).apply(s.image, s)
    diff = ImageChops.difference(out, s.image).getbbox()
    assert diff is not None and Bounds(*diff).intersection(Bounds(10, 10, 210, 50)) == Bounds(*diff)
    assert Redactor(personal=False).apply(s.image, s) is s.image          # nothing to hide


def test_a_typed_secret_is_blurred_even_without_blur():
    s = _screen([(f"echo: {REDACTED}", Bounds(10, 300, 300, 340))])
    assert Redactor(personal=False).boxes(s) == [Bounds(10, 300, 300, 340)]


def test_scaled_frames_blur_the_scaled_box():
    s = _screen([("13800138000", Bounds(100, 200, 300, 260))])
    small = s.image.resize((200, 400))
    out = Redactor(personal=True).apply(small, s, 0.5)
    diff = ImageChops.difference(out, small).getbbox()
    assert diff is not None and 48 <= diff[0] and diff[2] <= 152 and 98 <= diff[1] and diff[3] <= 132


def test_blur_on_a_real_screen_uses_the_element_tree(web_device):
    device = web_device("fair-en")
    device.run_js("location.hash = '#/profile'")
    device.wait_idle()
    screen = device.capture()
    red = Redactor(personal=True, names=("Alex",))
    boxes = red.boxes(screen)
    labels = {e.label for e in screen.visible() if e.bounds in boxes}
    assert "alex@example.com" in labels
    assert any("Alex" in t for t in labels)
    assert not any("Settings" == t for t in labels)
    # each box is the innermost element holding the words, not the page around them
    assert all(b.area < screen.size[0] * screen.size[1] / 4 for b in boxes)
    blurred = red.apply(screen.image, screen)
    for b in boxes:
        region = (b.x1, b.y1, b.x2, b.y2)
        assert ImageChops.difference(blurred.crop(region), screen.image.crop(region)).getbbox()


def test_blur_boxes_clips_to_the_image():
    img = Image.new("RGB", (100, 100), "white")
    assert blur_boxes(img, [Bounds(90, 90, 300, 300), Bounds(200, 200, 300, 300)]).size == (100, 100)


def test_video_frames_are_blurred_when_asked(tmp_path):
    import av
    from cancelcheck.evidence.video import VideoWriter
    from cancelcheck.records import Journey, ScreenRecord
    s = _screen([("alex@example.com", Bounds(20, 200, 380, 260)),
                 ("Delete account", Bounds(20, 500, 380, 560))])
    frames = {}
    for name, red in (("plain", Redactor()), ("blurred", Redactor(personal=True))):
        video = VideoWriter(tmp_path / f"{name}.mp4", width=400, redactor=red)
        j = Journey(target="x")
        rec = ScreenRecord(index=0, fingerprint="0", app="", t=0.0)
        video.on_screen(j, rec, s)
        video.on_end(j)
        with av.open(str(tmp_path / f"{name}.mp4")) as c:
            frames[name] = next(iter(c.decode(video=0))).to_image()
    mail = (40, 215, 360, 245)
    button = (40, 515, 360, 545)
    changed = ImageChops.difference(frames["plain"].crop(mail), frames["blurred"].crop(mail))
    same = ImageChops.difference(frames["plain"].crop(button), frames["blurred"].crop(button))
    assert max(changed.convert("L").getextrema()) > 60
    assert max(same.convert("L").getextrema()) < 20

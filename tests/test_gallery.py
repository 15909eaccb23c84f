"""The demo gallery page escapes everything that came from an app."""
from cancelcheck.evidence.gallery import GalleryEntry, write_gallery

HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


def test_app_text_is_escaped(tmp_path):
    entry = GalleryEntry(name="x", title=HOSTILE, image="x/screen.png", tree="x/screen.json",
                         texts=(HOSTILE, "残忍离开"), error="")
    bad = GalleryEntry(name="y", title="t", image="", tree="", error=HOSTILE)
    html = write_gallery([entry, bad], tmp_path, title=HOSTILE).read_text()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "残忍离开" in html
    # page <title> and <h1>, the entry title, its text, the error: five places
    assert html.count("&lt;img src=x onerror=alert(2)&gt;") == 5

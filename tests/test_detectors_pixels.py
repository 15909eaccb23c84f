"""false_hierarchy, exit_visibility (low_contrast_exit, tiny_exit) and preselection_pixels on
real specimen screens, from the web tree + pixels and from the screenshot alone; scan-image."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from cancelcheck.cli import scan_image as cli_scan_image
from cancelcheck.detectors import Context, scan
from cancelcheck.screens.ocr import screen_from_image

DATA = Path(__file__).parent / "data" / "screens"
MINE = ["false_hierarchy", "exit_visibility", "preselection_pixels"]


def _shot(web_device, specimen, route, bottom=False):
    device = web_device(specimen)
    device.run_js(f"location.hash={route!r}")
    device.wait_idle()
    if bottom:
        device.run_js("window.scrollTo(0, document.documentElement.scrollHeight)")
        device.wait_idle()
    return device.capture()


def _found(screen, lang=None):
    return {(f.type, f.evidence) for f in scan(screen, Context(language=lang), only=MINE)}


@pytest.mark.chromium
def test_false_hierarchy_on_roach_motel_retention_offer(web_device):
    screen = _shot(web_device, "roach-motel-en", "#/delete/offer")
    fs = [f for f in scan(screen, Context(), only=["false_hierarchy"])]
    assert len(fs) == 1
    f = fs[0]
    assert f.evidence == "Keep my account" and f.data["proceed"]["label"] == "Continue"
    assert set(f.data["dominates"]) == {"area", "saliency", "contrast", "text_height"}
    assert f.data["ratios"]["area"] > 10
    assert f.data["retreat"]["contrast"] == pytest.approx(4.95, rel=0.08)
    assert f.data["proceed"]["contrast"] == pytest.approx(1.75, rel=0.08)


@pytest.mark.chromium
def test_social_zh_stay_dialog(web_device):
    screen = _shot(web_device, "social-zh", "#/cancel/stay1")
    found = _found(screen, "zh-CN")
    assert ("false_hierarchy", "我再想想") in found
    assert ("low_contrast_exit", "残忍离开") in found
    assert ("tiny_exit", "残忍离开") in found


@pytest.mark.chromium
@pytest.mark.parametrize("specimen,route", [
    ("fair-en", "#/delete"), ("fair-en", "#/settings"), ("kuendigen-de", "#/kuendigen"),
    ("kuendigen-de", "#/home"), ("canvas-en", "#/delete")])
def test_nothing_on_fair_screens(web_device, specimen, route):
    assert _found(_shot(web_device, specimen, route)) == set()


@pytest.mark.chromium
def test_roach_motel_small_grey_delete_link(web_device):
    screen = _shot(web_device, "roach-motel-en", "#/manage", bottom=True)
    fs = {f.type: f for f in scan(screen, Context(), only=["exit_visibility"])}
    assert fs["low_contrast_exit"].evidence == "Delete account"
    assert fs["low_contrast_exit"].data["contrast"] < 2.5            # #b9bcc0 on #f4f5f7
    assert fs["tiny_exit"].data["height"] < 24 and fs["tiny_exit"].data["unit"] == "CSS px"


@pytest.mark.chromium
def test_disabled_confirm_button_is_not_low_contrast(web_device):
    screen = _shot(web_device, "roach-motel-en", "#/delete/confirm")
    assert not any(t in ("low_contrast_exit", "false_hierarchy") for t, _ in _found(screen))


@pytest.mark.chromium
def test_preselection_pixels_silent_when_tree_has_state(web_device):
    screen = _shot(web_device, "roach-motel-en", "#/delete/confirm")
    assert scan(screen, Context(), only=["preselection_pixels"]) == []
    # the same screenshot without its tree: the ticked box is read from the pixels
    bare = screen_from_image(screen.image, scale=screen.scale)
    fs = scan(bare, Context(), only=["preselection_pixels"])
    assert [(f.type, f.evidence) for f in fs] == [("preselection", "Keep my data for 30 days")]
    assert fs[0].box.intersection(screen.find(description="Keep my data for 30 days")[0].bounds).area > 0


@pytest.mark.chromium
def test_preselection_pixels_radio_on_bare_screenshot(web_device):
    screen = _shot(web_device, "roach-motel-en", "#/delete")
    bare = screen_from_image(screen.image, scale=screen.scale)
    fs = scan(bare, Context(), only=["preselection_pixels"])
    assert [f.evidence for f in fs] == ["Deactivate instead (recommended)"]
    assert fs[0].data["glyph"] == "radio"


def test_screenshot_only_findings_match_truth_on_fixed_images():
    cases = {
        "roach-motel-en_delete_offer.png": {("false_hierarchy", "Keep my account"),
                                            ("low_contrast_exit", "Continue"),
                                            ("tiny_exit", "Continue")},
        "social-zh_cancel_stay1.png": {("false_hierarchy", "我再想想"),
                                       ("low_contrast_exit", "残忍离开"), ("tiny_exit", "残忍离开")},
        "canvas-en_delete.png": set(),      # equally prominent Cancel / Delete: nothing
    }
    for name, want in cases.items():
        screen = screen_from_image(Image.open(DATA / name), scale=1.3125)
        assert _found(screen) == want, name


def test_scan_image_json_one_line_per_image(capsys):
    a, b = str(DATA / "roach-motel-en_delete_offer.png"), str(DATA / "canvas-en_delete.png")
    code = cli_scan_image.main([a, b, "--json", "--scale", "1.3125"])
    assert code == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.strip().splitlines()]
    assert [x["image"] for x in lines] == [a, b]
    types = {f["type"] for f in lines[0]["findings"]}
    assert {"false_hierarchy", "low_contrast_exit", "tiny_exit"} <= types
    for f in lines[0]["findings"]:
        assert set(f) >= {"type", "box", "evidence", "score", "severity", "explanation"}
        x1, y1, x2, y2 = f["box"]
        assert 0 <= x1 < x2 <= 541 and 0 <= y1 < y2 <= 1201
    assert [f for f in lines[1]["findings"] if f["severity"] in ("medium", "high")] == []


def test_scan_image_errors_name_the_file(tmp_path, capsys):
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"not a png")
    good = str(DATA / "canvas-en_delete.png")
    code = cli_scan_image.main([str(tmp_path / "missing.png"), str(bad), good, "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    errors = err.strip().splitlines()
    assert len(errors) == 2
    assert "missing.png: no such file" in errors[0] and "broken.png" in errors[1]
    assert json.loads(out.strip())["image"] == good          # the good one is still scanned


def test_scan_image_registers_as_a_subcommand():
    import argparse
    p = argparse.ArgumentParser(prog="cancelcheck")
    sub = p.add_subparsers(dest="command")
    cli_scan_image.register(sub, argparse.ArgumentParser)
    args = p.parse_args(["scan-image", "x.png", "--json", "--scale", "2.5"])
    assert args.func is cli_scan_image.cmd_scan_image and args.scale == 2.5 and args.json
    with pytest.raises(SystemExit):
        p.parse_args(["scan-image", "x.png", "--scale", "0"])

"""Security of what cancelcheck writes and starts:

- app and config text cannot script an evidence page: hostile strings in every field a journal,
  a config, a verdict or a gallery entry carries, rendered into report.html, summary.html and the
  gallery and opened in real Chromium — nothing runs, no hostile link or image appears, bidi
  overrides stay inside their own text, and the words show as text; compare's lines carry no
  terminal control characters;
- a typed secret is in no file a run writes — not as bytes in any encoding, not as pixels in a
  screenshot or a video frame (OCR), even when the app echoes it on screen;
- nothing from an app or a config reaches a shell (an AST check over every project file);
- names from configs and apps cannot write outside the output folder;
- servers the tool starts listen on 127.0.0.1 only, and only an explicit opt-in binds wider.
"""
from __future__ import annotations

import ast
import base64
import json
import os
import re
import socket
import urllib.parse
from pathlib import Path

import pytest
from PIL import Image

from cancelcheck.records import Finding
from cancelcheck.evidence.compare import compare
from cancelcheck.evidence.files import safe_name, save_screen
from cancelcheck.evidence.gallery import GalleryEntry, write_gallery
from cancelcheck.evidence.journal import JournalError, JournalWriter, read_journal
from cancelcheck.evidence.report import render_report, render_summary
from cancelcheck.records import Journey, ScreenRecord, Step
from cancelcheck.screens import Bounds, Element, Screen
from cancelcheck.specimens.catalog import SpecimenError
from cancelcheck.specimens.server import SpecimenServer
from tests.evidence_kit import browser, page_errors

ROOT = Path(__file__).resolve().parents[1]

PAYLOADS = [
    '<script>window.__pwned=1;document.title="pwned"</script>',
    '"><img src=x onerror="window.__pwned=2;document.title=\'pwned\'">',
    "'><svg onload=window.__pwned=3>",
    "javascript:window.__pwned=4//",
    "</textarea></title></style><script>window.__pwned=5</script>",
    '<a href="javascript:window.__pwned=6">click</a>',
    "<meta http-equiv=refresh content='0;url=javascript:window.__pwned=7'>",
    "<base href='http://127.0.0.1:9/'><style>body{display:none}</style><!--",
    "{{ 7*7 }}{% raw %}${7*7}#{7*7}",
    "\u202eevil-rtl\u202c",
    "nul\x00byte\x1b[2J\r",
    "\u2067rli-and-rlo-never-closed\u202e",
]
HOSTILE = " | ".join(PAYLOADS)
LONG = "<b>long</b>" + "ж" * 20_000
SHOWN = ["<script>window.__pwned=1", '"><img src=x onerror=', "javascript:window.__pwned=4",
         "</textarea></title></style><script>", "{{ 7*7 }}{% raw %}${7*7}", "evil-rtl", "nul"]


# -- a journal with hostile text in every field ---------------------------------------------------
def hostile_run(folder: Path, *, name: str = HOSTILE) -> Path:
    """A run folder (journal.json, screens/) whose every app- or config-borne text is hostile."""
    w = JournalWriter(folder)
    w.extra = {"name": name, "config": HOSTILE,
               "native_videos": {"files": [HOSTILE, "javascript:window.__pwned=8"],
                                 "recording": False, "error": HOSTILE}}
    j = Journey(target=HOSTILE, backend=HOSTILE, started=HOSTILE, outcome="obstructed",
                reason=HOSTILE, final_action=HOSTILE, difficulty="hard", path_steps=2,
                entry_depth=1, obstacles=[HOSTILE])
    img = Image.new("RGB", (400, 800), "white")
    for i in range(2):
        screen = Screen(image=img, elements=[Element(
            index=0, parent=None, bounds=Bounds(10, 10, 390, 60), text=HOSTILE,
            description=LONG, id=HOSTILE, cls=HOSTILE, clickable=True, attrs={"title": HOSTILE})],
            source="web", app="javascript:window.__pwned=9//" + HOSTILE, scale=1.0, size=(400, 800))
        rec = j.add_screen(ScreenRecord(index=i, fingerprint=HOSTILE, app=screen.app, t=float(i),
                                        size=(400, 800), stage=HOSTILE), screen)
        w.on_screen(j, rec, screen)
    j.steps = [Step(index=0, kind=HOSTILE, label=HOSTILE, before=0, after=1, t=0.5,
                    target=HOSTILE, note=HOSTILE, source=HOSTILE, box=Bounds(10, 10, 390, 60)),
               Step(index=1, kind="tap", label=LONG, before=1, after=1, t=1.0, note=LONG)]
    j.path = [0, 1]
    j.findings = [Finding("confirmshaming", HOSTILE, evidence=HOSTILE, screen=1,
                          box=Bounds(10, 10, 390, 60), detector=HOSTILE, data={"x": HOSTILE}),
                  Finding("retention_offer", LONG, evidence=LONG, screen=0)]
    w.on_end(j)
    return w.path


def hostile_verdicts(journey):
    return [{"clause": HOSTILE, "status": "fail", "title": HOSTILE, "reason": HOSTILE,
             "findings": [0, 1]},
            {"clause": "x", "status": HOSTILE, "title": "", "reason": LONG, "findings": []}]


# What the page must not have, checked in Chromium after load.
INSPECT_JS = r"""
var allowed = new Set(arguments[0]), norm = function (t) { return t.replace(/\r\n?/g, '\n').trim(); };
var bad = /[\u202a-\u202e\u2066-\u2069]/, leaks = [], w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (w.nextNode()) {
  // a bidi control may only sit in an element that isolates (or is a block) and holds that
  // one app value and nothing of the page's own words
  var n = w.currentNode; if (!bad.test(n.data)) continue;
  var el = n.parentElement, ok = false;
  while (el) {
    var cs = getComputedStyle(el);
    if (/isolate|plaintext/.test(cs.unicodeBidi) || !cs.display.startsWith('inline')) {
      ok = allowed.has(norm(el.textContent)); break;
    }
    el = el.parentElement;
  }
  if (!ok) leaks.push((el ? el.tagName + ': ' : '') + n.data.slice(0, 80));
}
var handlers = [];
document.querySelectorAll('*').forEach(function (e) {
  Array.from(e.attributes).forEach(function (a) { if (/^on/i.test(a.name)) handlers.push(e.tagName + ' ' + a.name); });
});
return {pwned: typeof window.__pwned, title: document.title, text: document.body.innerText,
        scripts: document.scripts.length, bidi_leaks: leaks, handlers: handlers,
        links: Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.protocol; }),
        images: Array.from(document.images).map(function (i) { return i.src.slice(0, 5); }),
        bases: document.querySelectorAll('base, meta[http-equiv=refresh]').length,
        hidden: getComputedStyle(document.body).display};
"""


def as_shown(value: str) -> str:
    """A value as a page shows it: controls replaced (evidence.report._finalize), CR as LF."""
    return re.sub(r"\r\n?", "\n", re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "\ufffd", value)).strip()


def open_and_inspect(root: Path, page: str) -> dict:
    with browser(root) as (device, url_of):
        device.driver.get(url_of(page))
        state = device.run_js(INSPECT_JS, [as_shown(v) for v in (HOSTILE, LONG)])
        state["errors"] = page_errors(device)
        # a click on every link the page has: none may run anything
        device.run_js("document.querySelectorAll('a[href^=\"#\"], a[data-t]').forEach(function (a) { a.click(); })")
        state["pwned_after_clicks"] = device.run_js("return typeof window.__pwned")
    return state


def assert_inert(state: dict, *, own_scripts: int, words=SHOWN, missing_files=False):
    assert state["pwned"] == "undefined" and state["pwned_after_clicks"] == "undefined", state["pwned"]
    assert state["title"] != "pwned"
    errors = state["errors"]
    if missing_files:     # the gallery links files that this test does not make: 404s only
        errors = [e for e in errors if not (re.match(r"error: http://127\.0\.0\.1:\d+/\S+$", e)
                                            or "status of 404" in e)]
    assert errors == [], errors
    assert state["scripts"] == own_scripts
    assert state["handlers"] == [], state["handlers"]
    assert state["bases"] == 0 and state["hidden"] != "none"
    assert all(p in ("http:", "https:", "file:") for p in state["links"]), state["links"]
    assert all(src in ("data:", "http:") for src in state["images"]), state["images"]
    assert state["bidi_leaks"] == [], state["bidi_leaks"]
    for w in words:
        assert w in state["text"], w


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile run rendered into every HTML artifact: report, summary, gallery."""
    from cancelcheck import policies
    root = tmp_path_factory.mktemp("hostile")
    journal = hostile_run(root / "javascript:window.__pwned=10")
    mp = pytest.MonkeyPatch()
    mp.setattr(policies, "judge", hostile_verdicts)
    try:
        render_report(journal)
    finally:
        mp.undo()
    hostile_run(root / "second", name=LONG)
    render_report(root / "second" / "journal.json")
    render_summary([journal, root / "second" / "journal.json"], root / "summary.html",
                   title=HOSTILE)
    entries = [GalleryEntry(name=HOSTILE, title=HOSTILE, image="javascript:window.__pwned=11",
                            tree="/etc/passwd", url=HOSTILE, texts=(HOSTILE, LONG),
                            summary=HOSTILE),
               GalleryEntry(name="javascript:window.__pwned=12", title=HOSTILE, image="x.png",
                            tree="x.json", error=HOSTILE)]
    write_gallery(entries, root, HOSTILE)
    return root, journal


def test_report_shows_hostile_app_text_as_text_and_runs_nothing(hostile):
    root, journal = hostile
    html = (journal.parent / "report.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "\x00" not in html
    state = open_and_inspect(root, urllib.parse.quote(f"{journal.parent.name}/report.html"))
    assert_inert(state, own_scripts=0)
    assert "ж" * 1000 in state["text"]                    # the long text, all of it, as text


def test_summary_and_gallery_show_hostile_text_as_text_and_run_nothing(hostile):
    root, _ = hostile
    summary = open_and_inspect(root, "summary.html")
    assert_inert(summary, own_scripts=1)
    gallery = open_and_inspect(root, "index.html")
    assert_inert(gallery, own_scripts=0, missing_files=True)
    html = (root / "index.html").read_text(encoding="utf-8")
    # links go to the safe folder names and never start with a scheme
    assert 'href="javascript:' not in html and 'src="javascript:' not in html
    assert f'href="{safe_name("javascript:window.__pwned=12")}/report.html"' not in html  # error entry
    assert f'href="{safe_name(HOSTILE)}/report.html"' in html


def test_report_of_a_damaged_journal_is_one_line(tmp_path):
    journal = hostile_run(tmp_path / "run")
    data = json.loads(journal.read_text())
    data["wait_seconds"] = "<script>"
    data["steps"][0]["t"] = {"x": 1}
    journal.write_text(json.dumps(data))
    with pytest.raises(JournalError) as info:
        render_report(journal)
    assert "\n" not in str(info.value) and str(info.value).startswith(str(journal))
    data = json.loads(hostile_run(tmp_path / "run2").read_text())
    data["findings"][0]["type"] = "<script>alert(1)</script>"      # types are a closed list
    (tmp_path / "bad.json").write_text(json.dumps(data))
    with pytest.raises(JournalError):
        read_journal(tmp_path / "bad.json")


def test_compare_lines_carry_no_terminal_controls(tmp_path, capsys):
    from cancelcheck.cli.evidence import cmd_compare
    old = read_journal(hostile_run(tmp_path / "old"))
    new = read_journal(hostile_run(tmp_path / "new"))
    new.outcome, new.difficulty, new.path_steps = HOSTILE, HOSTILE, 9
    new.findings.append(Finding("nagging", "x", evidence=HOSTILE + "\x1b]0;pwned\x07"))
    result = compare(old, new)
    lines = [c.text for c in result.regressions + result.improvements] + result.same
    assert result.regressed and lines
    for line in lines:
        assert line.isprintable(), repr(line)
    w = JournalWriter(tmp_path / "new2", save_images=False)
    w.write(new)

    class Args:
        old, json = str(tmp_path / "old" / "journal.json"), False
        new = str(tmp_path / "new2" / "journal.json")
    assert cmd_compare(Args) == 1
    out = capsys.readouterr().out
    assert all(line.isprintable() for line in out.splitlines()), repr(out)


# -- no secret in any artifact --------------------------------------------------------------------
SECRET = "Quokka-93-Harbor"
ECHO_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Echo</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:22px sans-serif;margin:24px} input,button{font:22px sans-serif;padding:10px;width:90%;margin:8px 0}
#echo{font-size:26px;margin:16px 0}</style></head><body>
<h1>Delete your account</h1>
<label for="pw">Password</label><input id="pw" type="text" placeholder="Password">
<div id="echo">You typed: </div>
<button id="go">Delete account</button>
<script>
var pw = document.getElementById('pw');
pw.addEventListener('input', function () {
  document.getElementById('echo').textContent = 'You typed: ' + pw.value;
  document.title = 'Echo ' + pw.value.length;
});
</script></body></html>"""


def _encodings(secret: str) -> dict[str, bytes]:
    raw = secret.encode()
    forms = {"utf-8": raw, "utf-16-le": secret.encode("utf-16-le"),
             "utf-16-be": secret.encode("utf-16-be"),
             "url": urllib.parse.quote(secret).encode(),
             "json-escaped": json.dumps(secret, ensure_ascii=True)[1:-1].encode()}
    for shift in range(3):        # base64 of the secret inside longer data, at any alignment
        enc = base64.b64encode(b"\0" * shift + raw)[4 if shift else 0:]
        forms[f"base64+{shift}"] = enc[:-4]
    return forms


def test_an_echoed_secret_is_in_no_file_and_no_pixel(tmp_path):
    from cancelcheck.api import audit
    from cancelcheck.screens.ocr import ocr
    site = tmp_path / "site"
    site.mkdir()
    (site / "echo.html").write_text(ECHO_PAGE)
    with SpecimenServer(root=site) as server:
        cfg = tmp_path / "echo.yaml"
        cfg.write_text(f"name: echo\ntarget: {server.base_url}/echo.html\n"
                       f"credentials: {{username: sam, password: \"{SECRET}\"}}\n"
                       "flow:\n  - inputText: {into: Password, text: \"${password}\"}\n"
                       "  - tapOn: {text: Delete account, final: true}\n")
        result = audit(str(cfg), out_dir=tmp_path / "out")
    out = result.out_dir
    assert any(s.secret for s in result.journey.steps), result.journey.reason
    written = [p for p in out.rglob("*") if p.is_file()]
    assert {"journal.json", "report.html", "video.mp4"} <= {p.name for p in written}
    for p in written:
        data = p.read_bytes()
        for form, needle in _encodings(SECRET).items():
            assert needle not in data, (p, form)
    # pixels: every screenshot, and frames of the video, read back with OCR
    frames = [Image.open(p).convert("RGB") for p in sorted((out / "screens").glob("*.png"))]
    import av
    with av.open(str(out / "video.mp4")) as container:
        decoded = [f.to_image() for f in container.decode(video=0)]
    frames += decoded[len(decoded) // 2::max(1, len(decoded) // 6)]
    seen = []
    for img in frames:
        seen += [t for t, _, _ in ocr(img)]
    assert any("You typed" in t for t in seen), seen     # OCR reads these frames
    folded = [t.replace(" ", "").casefold() for t in seen]
    assert not any(SECRET.casefold()[:8] in t for t in folded), seen


def test_saved_screenshots_blur_a_redacted_secret(tmp_path):
    img = Image.new("RGB", (300, 100), "white")
    from PIL import ImageDraw
    d = ImageDraw.Draw(img)
    for x in range(20, 280, 6):
        d.line((x, 30, x + 3, 70), fill="black", width=2)
    from cancelcheck.devices.base import REDACTED
    screen = Screen(image=img, elements=[Element(index=0, parent=None, bounds=Bounds(10, 20, 290, 80),
                                                 text=f"You typed: {REDACTED}")],
                    source="web", scale=1.0, size=(300, 100))
    paths = save_screen(screen, tmp_path, "../../escape")
    assert paths["image"].parent == tmp_path and paths["tree"].parent == tmp_path
    saved = Image.open(paths["image"]).convert("L")
    stripes = saved.crop((20, 30, 280, 70))
    lo, hi = stripes.getextrema()
    assert hi - lo < 200          # the black-on-white stripes are gone


# -- nothing reaches a shell ----------------------------------------------------------------------
SKIP_DIRS = {".venv", "node_modules", ".git", ".appium", "out", "__pycache__", ".hypothesis"}


def project_py_files() -> list[Path]:
    files = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not d.startswith(".")]
        files += [Path(dirpath) / f for f in filenames if f.endswith(".py")]
    return files


def shell_calls(tree: ast.AST) -> list[str]:
    bad = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = (f"{f.value.id}.{f.attr}" if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name)
                else f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else "")
        where = f"line {node.lineno}: {name}"
        for kw in node.keywords:
            if kw.arg == "shell" and not (isinstance(kw.value, ast.Constant) and kw.value.value is False):
                bad.append(f"{where}(shell=…)")
        if name in ("os.system", "os.popen", "system", "popen", "commands.getoutput",
                    "commands.getstatusoutput", "subprocess.getoutput", "subprocess.getstatusoutput",
                    "getoutput", "getstatusoutput", "os.execl", "os.execlp", "os.spawnlp"):
            bad.append(where)
        if name.split(".")[-1] in ("run", "Popen", "call", "check_call", "check_output") and \
                (name.startswith("subprocess.") or name in ("Popen", "check_output", "check_call")):
            cmd = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "args"), None)
            if isinstance(cmd, (ast.Constant, ast.JoinedStr, ast.BinOp)) or (
                    isinstance(cmd, ast.Call) and isinstance(cmd.func, ast.Attribute) and cmd.func.attr in ("format", "join")):
                bad.append(f"{where} with a string command")
    return bad


def test_the_ast_check_catches_each_form():
    src = ("import os, subprocess, commands\nos.system('x')\nos.popen('x')\n"
           "subprocess.run('ls ' + x)\nsubprocess.run(['ls'], shell=True)\n"
           "subprocess.Popen(f'ls {x}')\ncommands.getoutput('x')\nsubprocess.check_output('ls')\n"
           "subprocess.run(['ls', x])\nsubprocess.run(args, shell=False)\n")
    assert len(shell_calls(ast.parse(src))) == 7


def test_no_project_file_hands_text_to_a_shell():
    files = project_py_files()
    assert len(files) > 50 and ROOT / "cancelcheck" / "cli" / "run.py" in files
    found = {}
    for p in files:
        bad = shell_calls(ast.parse(p.read_text(encoding="utf-8"), str(p)))
        if bad:
            found[str(p.relative_to(ROOT))] = bad
    assert found == {}


# -- names cannot write outside the output folder -------------------------------------------------
HOSTILE_NAMES = ["../../etc/x", "/abs/path", "a/../../b", "..", ".", "", "CON", "nul.txt", "com1",
                 "a\x00b", "a\\..\\..\\b", "~/x", "银行/../注销", "\u202egnp.exe", " ", "x" * 500,
                 "javascript:alert(1)", "%2e%2e%2fetc"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_safe_name_keeps_any_name_inside_the_folder(tmp_path, name):
    s = safe_name(name)
    assert s and s not in (".", "..") and len(s) <= 80
    assert "/" not in s and "\\" not in s and "\x00" not in s and s.isascii()
    assert s.split(".")[0].lower() not in ("con", "prn", "aux", "nul", "com1", "lpt1")
    p = (tmp_path / s).resolve()
    assert p.parent == tmp_path.resolve()
    p.mkdir()                 # a real folder can be made with it


def test_different_non_latin_names_get_different_folders():
    assert safe_name("银行") != safe_name("社交") and safe_name("银行 app") != safe_name("社交 app")
    assert safe_name("fair-en") == "fair-en"


@pytest.mark.parametrize("name", ["../../etc/x", "/abs/path", "a/../../b", "CON", "~/x"])
def test_a_config_name_is_sanitised_for_the_out_folder(tmp_path, name, monkeypatch):
    """Sanitised: a config named like a path still audits into out/runs/<safe>-TIME, inside."""
    from cancelcheck.api import audit
    from cancelcheck.config import load_config
    cfg = tmp_path / "app.yaml"
    cfg.write_text(f"name: {json.dumps(name)}\ntarget: http://127.0.0.1:9/\nbudget: {{steps: 1}}\n")
    assert load_config(cfg).name == name            # shown as it is, escaped, in the report
    monkeypatch.chdir(tmp_path)
    try:
        result = audit(str(cfg), video=False, report=False, native_video=False)
        out = result.out_dir
    except Exception:      # the target is unreachable: what matters is where it wrote
        out = None
    runs = tmp_path / "out" / "runs"
    made = [p for p in tmp_path.rglob("*") if p.is_dir()]
    assert all(p == tmp_path / "out" or p.is_relative_to(runs) for p in made if p.name != "__pycache__"), made
    if out is not None:
        assert out.resolve().parent == runs.resolve()


@pytest.mark.parametrize("text, words", [
    ('name: "a\\0b"\ntarget: x\n', ":1: name: must be one line"),
    ('name: "a\\nb"\ntarget: x\n', ":1: name: must be one line"),
    ('name: "\\u202egnp.exe"\ntarget: x\n', ":1: name: must be one line"),
    ("name: [a, b]\ntarget: x\n", ":1: name: must be one line"),
    ("name: " + "x" * 200 + "\ntarget: x\n", ":1: name: must be one line"),
])
def test_a_config_name_that_cannot_be_shown_is_refused(tmp_path, text, words):
    from cancelcheck.config import load_config
    from cancelcheck.records.yamlsrc import SourceError
    cfg = tmp_path / "app.yaml"
    cfg.write_text(text)
    with pytest.raises(SourceError) as info:
        load_config(cfg)
    assert str(info.value).startswith(str(cfg)) and words in str(info.value)
    assert "\n" not in str(info.value)


def test_screens_and_gallery_folders_come_from_safe_names(tmp_path):
    img = Image.new("RGB", (20, 20))
    for stem in ("../../../evil", "/etc/passwd", "a\x00b"):
        paths = save_screen(Screen(image=img, elements=[], source="web", scale=1.0, size=(20, 20)),
                            tmp_path / "shots", stem)
        for p in paths.values():
            assert p.resolve().parent == (tmp_path / "shots").resolve()
    e = GalleryEntry(name="../../x", title="", image="", tree="")
    assert e.folder == "x"


# -- servers listen on 127.0.0.1 only -------------------------------------------------------------
def listening(port: int) -> set[str]:
    """Local addresses with a socket listening on `port`, from /proc/net/tcp and tcp6."""
    out = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            addr, p = local.split(":")
            if state != "0A" or int(p, 16) != port:
                continue
            if len(addr) == 8:
                out.add(socket.inet_ntop(socket.AF_INET, bytes.fromhex(addr)[::-1]))
            else:
                raw = b"".join(bytes.fromhex(addr[i:i + 8])[::-1] for i in range(0, 32, 8))
                out.add(socket.inet_ntop(socket.AF_INET6, raw))
    return out


def test_specimen_server_listens_on_loopback_only():
    with SpecimenServer() as server:
        assert listening(server.port) == {"127.0.0.1"}
        assert server.base_url.startswith("http://127.0.0.1:")


@pytest.mark.parametrize("host", ["0.0.0.0", "", "::", "192.168.1.20"])
def test_binding_wider_needs_an_explicit_opt_in(host):
    with pytest.raises(SpecimenError) as info:
        SpecimenServer(host=host)
    assert "allow_remote=True" in str(info.value)


def test_the_opt_in_binds_wider_when_asked():
    with SpecimenServer(host="0.0.0.0", allow_remote=True) as server:
        assert listening(server.port) == {"0.0.0.0"}


def test_cancelcheck_serve_has_no_option_to_bind_wider():
    from cancelcheck.cli import build_parser
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    serve = sub.choices["serve"]
    flags = {o for a in serve._actions for o in a.option_strings}
    assert flags <= {"-h", "--help", "--port"}, flags


def test_cancelcheck_serve_with_a_bad_port_is_one_line():
    import subprocess
    import sys
    exe = Path(sys.executable).parent / "cancelcheck"
    proc = subprocess.run([str(exe), "serve", "fair-en", "--port", "70000"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "--port" in proc.stderr


def test_cancelcheck_serve_listens_on_loopback(tmp_path):
    import subprocess
    import sys
    import time
    exe = Path(sys.executable).parent / "cancelcheck"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([str(exe), "serve", "fair-en", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        end = time.monotonic() + 30
        while time.monotonic() < end and not listening(port):
            time.sleep(0.2)
        assert listening(port) == {"127.0.0.1"}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_browser_and_its_driver_listen_on_loopback_only(web_device):
    """Chromium's and chromedriver's own ports (the ones a web audit opens) are loopback."""
    device = web_device("fair-en")
    pids = _descendants(os.getpid())
    ports = _listening_ports_of(pids)
    assert ports, "found no listening socket of the browser or its driver"
    for port, addr in ports:
        assert addr in ("127.0.0.1", "::1"), (port, addr)
    device.capture()


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d.name))
    out, todo = set(), [pid]
    while todo:
        p = todo.pop()
        for c in children.get(p, []):
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def _listening_ports_of(pids: set[int]) -> list[tuple[int, str]]:
    inodes = set()
    for pid in pids:
        try:
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                try:
                    link = os.readlink(fd)
                except OSError:
                    continue
                if link.startswith("socket:["):
                    inodes.add(link[8:-1])
        except OSError:
            continue
    found = []
    for table, family in (("/proc/net/tcp", socket.AF_INET), ("/proc/net/tcp6", socket.AF_INET6)):
        for line in Path(table).read_text().splitlines()[1:]:
            cols = line.split()
            if cols[3] != "0A" or cols[9] not in inodes:
                continue
            addr, p = cols[1].split(":")
            if family == socket.AF_INET:
                a = socket.inet_ntop(family, bytes.fromhex(addr)[::-1])
            else:
                a = socket.inet_ntop(family, b"".join(bytes.fromhex(addr[i:i + 8])[::-1]
                                                      for i in range(0, 32, 8)))
            found.append((int(p, 16), a))
    return found


def test_app_text_reaches_the_terminal_with_its_control_characters_escaped():
    """An app's label with ESC (a colour / cursor sequence), CR and a bidi override, as the run
    table, the live progress line and a pytest failure message print it."""
    from cancelcheck.cli.output import esc as _esc
    from cancelcheck.records import Finding
    from cancelcheck.screens.model import printable
    hostile = "Delete\x1b[2J\x1b[31m account\r\u202eevil"
    for shown in (printable(hostile), _esc(hostile),
                  Finding(type="confirmshaming", evidence=hostile, screen=1,
                          explanation="").line()):
        assert "\x1b" not in shown and "\r" not in shown and "\u202e" not in shown, repr(shown)
        assert "Delete" in shown and "\\x1b[2J" in shown and "\\u202e" in shown
    assert printable("a" * 300).endswith("…") and len(printable("a" * 300)) == 201

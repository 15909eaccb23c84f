"""Text detectors on crafted screens, in several languages, with near-misses that must not fire.

Every expected value here was worked out by hand from the wording of the screen, not copied
from the program's output.
"""
from __future__ import annotations

import argparse
import json

import pytest

from cancelcheck.detectors import Context, scan, scan_journey
from cancelcheck.detectors import lexicon
from cancelcheck.detectors.choices import classify, is_ambiguous, options
from cancelcheck.detectors.cooling_off import durations
from cancelcheck.detectors.forced_wait import countdown_seconds
from cancelcheck.words.language import detect
from cancelcheck.records import Journey, ScreenRecord, Step
from cancelcheck.screens import Bounds, Element, Screen

TEXT = ["confirmshaming", "retention_offer", "verification_burden", "offline_requirement",
        "conditions", "cooling_off", "deactivation_offered", "preselection_tree",
        "ambiguous_label", "forced_wait"]


def screen(*items, source="test") -> Screen:
    """items: "text" (a plain text) or ("text", {element fields}) stacked down the page."""
    els = []
    for i, it in enumerate(items):
        text, kw = (it, {}) if isinstance(it, str) else it
        els.append(Element(index=i, parent=kw.pop("parent", None),
                           bounds=Bounds(0, i * 50, 400, i * 50 + 40), text=text, **kw))
    return Screen(image=None, elements=els, source=source, size=(400, 50 * len(els) + 50))


def btn(text, **kw):
    return (text, {"clickable": True, "cls": "button", **kw})


def run(s, language=None, **settings):
    return scan(s, Context(screen_index=0, language=language, settings=settings), only=TEXT)


def types(findings):
    return sorted(f.type for f in findings)


def ways(*items):
    """The channels of each offline-requirement finding on a screen of these texts."""
    return [f.data["channels"] for f in run(screen(*items)) if f.type == "offline_requirement"]


# -- choices ----------------------------------------------------------------------------------
@pytest.mark.parametrize("label", [
    "Continue", "Delete", "Yes, delete", "残忍离开", "确认注销", "继续注销", "仍要注销", "Weiter",
    "jetzt kündigen", "Supprimer", "Eliminar", "Excluir", "削除", "탈퇴", "Удалить",
    "No thanks, I don't care about my memories", "Cancel subscription", "Delete account",
    "我已阅读并同意（10s）", "Close account", "申请注销", "下一步"])
def test_proceed_labels(label):
    assert classify(label) == "proceed"


@pytest.mark.parametrize("label", [
    "Keep my account", "我再想想", "暂不注销", "取消", "Abbrechen", "Stay", "Not now", "Go back",
    "Cancel", "Save my memories", "取消注销", "Don't delete", "Annuler", "Cancelar", "キャンセル",
    "취소", "Отмена", "返回", "Konto behalten"])
def test_retreat_labels(label):
    assert classify(label) == "retreat"


@pytest.mark.parametrize("label", ["Settings", "Profile", "Home", "Sign in", "获取验证码",
                                   "Account settings", "Upgrade now", ""])
def test_other_labels_are_neither(label):
    assert classify(label) is None


def test_cancel_is_ambiguous_only_where_the_goal_is_cancelling():
    assert is_ambiguous("Cancel", ["Cancel your subscription?", "Cancel", "Confirm"])
    assert is_ambiguous("取消", ["取消自动续费", "取消", "确定"])
    assert not is_ambiguous("Cancel", ["Delete your account", "Cancel", "Delete account"])
    assert not is_ambiguous("Keep plan", ["Cancel your subscription?", "Keep plan"])


def test_options_map_inner_text_to_the_tappable_row_once():
    s = screen(("", {"clickable": True, "cls": "button", "attrs": {"aggregate": "1"}}),
               ("Delete permanently", {"parent": 0}),
               btn("Keep my account"),
               ("Settings", {"cls": "h1"}),
               ("", {"clickable": True, "checkable": True, "checked": True,
                     "description": "Delete permanently", "parent": 0}))
    s.elements[0].text = "Delete permanently"
    proceed, retreat = options(s)
    assert [e.index for e in proceed] == [0]
    assert [e.index for e in retreat] == [2]


# -- language ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Delete your account? This cannot be undone.", "en"),
    ("申请注销账号后，所有信息将被删除", "zh-Hans"), ("申請註銷帳號後，所有資料將被刪除", "zh-Hant"),
    ("Möchten Sie Ihr Konto wirklich kündigen? Die Daten werden gelöscht.", "de"),
    ("Voulez-vous supprimer votre compte ? Vos données seront perdues.", "fr"),
    ("¿Quieres eliminar tu cuenta? No se puede deshacer.", "es"),
    ("Você quer excluir sua conta? Não é possível desfazer.", "pt"),
    ("アカウントを削除しますか？", "ja"), ("계정을 삭제하시겠습니까?", "ko"),
    ("Вы действительно хотите удалить аккаунт?", "ru")])
def test_language_detect(text, lang):
    assert detect(text) == lang


# -- confirmshaming ---------------------------------------------------------------------------
@pytest.mark.parametrize("items", [
    ["Before you go", btn("Keep my memories"), btn("No thanks, I don't care about my memories")],
    ["Get 50% off", btn("No thanks, I'd rather pay full price")],
    [btn("I'd rather lose everything")],
    ["真的要离开吗？", btn("我再想想"), btn("残忍离开")],
    [btn("狠心离开")], [btn("忍痛离开")], [btn("殘忍離開")],
    [btn("Nein danke, ich verzichte auf meine Vorteile")],
    [btn("Non merci, je préfère perdre mes avantages")],
    [btn("No, gracias, prefiero pagar más")],
    [btn("Não, obrigado, prefiro perder meus benefícios")],
    [btn("いいえ、特典はいりません")], [btn("아니요, 혜택을 포기할게요")],
    [btn("Нет, спасибо, мне не нужны скидки")]])
def test_confirmshaming_positive(items):
    found = [f for f in run(screen(*items)) if f.type == "confirmshaming"]
    assert len(found) == 1
    assert found[0].evidence == (items[-1] if isinstance(items[-1], str) else items[-1][0])


@pytest.mark.parametrize("items", [
    [btn("No thanks")], [btn("Cancel"), btn("Delete account")], [btn("Keep my account")],
    ["This will permanently delete your account", btn("Cancel"), btn("Delete account")],
    [btn("Nein danke")], [btn("不用了")], [btn("I don't want to lose my memories")],
    ["Your photos will be lost forever."],
    ["I'd rather lose everything"]])          # the words, but on no control: they decline nothing
def test_confirmshaming_near_misses(items):
    assert "confirmshaming" not in types(run(screen(*items)))


# -- retention --------------------------------------------------------------------------------
def test_retention_offer_picks_the_offer_not_the_button():
    f, = [f for f in run(screen("Before you go", "Get 50% off Memora Plus",
                                 "Stay and get 6 months for just £1.49", btn("Keep my account"),
                                 btn("Continue"))) if f.type == "retention_offer"]
    assert f.evidence == "Get 50% off Memora Plus" and f.element == 1 and f.box.y1 == 50
    assert f.severity == "low"


@pytest.mark.parametrize("items,evidence", [
    (["注销账号", "真的要离开吗？", btn("我再想想"), btn("残忍离开")], "真的要离开吗？"),
    (["Delete account", "We'll miss you!", btn("Delete")], "We'll miss you!"),
    (["Konto kündigen", "Wir werden Sie vermissen", btn("jetzt kündigen")], "Wir werden Sie vermissen"),
    (["Résilier votre abonnement", "Profitez de 50 % de réduction", btn("Résilier")],
     "Profitez de 50 % de réduction"),
    (["退会手続き", "今なら50%OFF", btn("退会する")], "今なら50%OFF")])
def test_retention_offer_languages(items, evidence):
    f, = [f for f in run(screen(*items)) if f.type == "retention_offer"]
    assert f.evidence == evidence


@pytest.mark.parametrize("items", [
    ["Delete your account", "Your photos will be removed. This cannot be undone.",
     btn("Cancel"), btn("Delete account")],
    [btn("Keep my account")],
    ["Memora Plus", "Get 50% off", btn("Upgrade now")],          # an ad, not on a way out
    ["We are sorry to see you go", "To delete your account, use the button", btn("Delete")]])
def test_retention_near_misses(items):
    assert "retention_offer" not in types(run(screen(*items)))


# -- verification -----------------------------------------------------------------------------
@pytest.mark.parametrize("items,kind,evidence", [
    (["人脸识别", "第 3/4 步 · 人脸识别", btn("开始人脸识别")], "face_scan", "开始人脸识别"),
    (["上传身份证", "请上传本人二代身份证正反面照片", btn("身份证人像面")], "id_photo",
     "请上传本人二代身份证正反面照片"),
    (["请上传手持身份证照片"], "selfie_with_id", "请上传手持身份证照片"),
    (["Please upload a photo of your passport"], "id_photo", "Please upload a photo of your passport"),
    ([btn("Start face scan")], "face_scan", "Start face scan"),
    (["Bitte laden Sie ein Foto Ihres Personalausweises hoch"], "id_photo",
     "Bitte laden Sie ein Foto Ihres Personalausweises hoch"),
    (["Reconnaissance faciale requise"], "face_scan", "Reconnaissance faciale requise"),
    (["请输入银行卡号完成验证"], "bank_card", "请输入银行卡号完成验证")])
def test_verification_positive(items, kind, evidence):
    f, = [f for f in run(screen(*items)) if f.type == "verification_burden"]
    assert (f.data["kind"], f.evidence, f.severity) == (kind, evidence, "high")


def test_sms_counts_only_when_signup_had_no_phone():
    s = screen("短信验证", "请输入短信验证码", btn("下一步"))
    assert "verification_burden" not in types(run(s))
    assert "verification_burden" not in types(run(s, signup_phone=True))
    assert types(run(s, signup_phone=False)) == ["verification_burden"]


@pytest.mark.parametrize("items", [["Face grouping", "On"], ["请携带本人身份证到网点办理"],
                                   ["Payment methods", "Visa •••• 4242"], ["银行卡管理"]])
def test_verification_near_misses(items):
    assert "verification_burden" not in types(run(screen(*items)))


# -- offline ----------------------------------------------------------------------------------
@pytest.mark.parametrize("items,channels", [
    (["To delete your account, e-mail privacy@example.com or call +1 800 555 0199"], ["call", "email"]),
    (["请携带本人身份证到任一网点柜台办理注销"], ["in_person"]),
    (["注销账号", "请拨打客服电话 95xxx 办理"], ["call"]),
    (["Konto kündigen", "Bitte kündigen Sie schriftlich per Post."], ["letter"]),
    (["Pour supprimer votre compte, appelez le 01 23 45 67 89"], ["call"])])
def test_offline_positive(items, channels):
    f, = [f for f in run(screen(*items)) if f.type == "offline_requirement"]
    assert f.data["channels"] == channels and f.severity == "high"


@pytest.mark.parametrize("items", [
    ["Hilfe & Kontakt", btn("Kundenservice anrufen"), btn("Verträge hier kündigen")],
    ["Sie erhalten eine Bestätigung Ihrer Kündigung per E-Mail."],
    [btn("查找附近网点")], ["Contact us", "Call +1 800 555 0199"]])
def test_offline_near_misses(items):
    assert "offline_requirement" not in types(run(screen(*items)))


# -- conditions -------------------------------------------------------------------------------
def test_conditions_one_per_kind_with_the_statement_as_evidence():
    s = screen("注销条件", "申请注销前需同时满足以下条件：", "余额清零", "解绑第三方账号",
               btn("去解绑"), "近1个月内无修改密码、换绑手机等敏感操作")
    found = {f.data["kind"]: f.evidence for f in run(s) if f.type == "conditions"}
    assert found == {"balance": "余额清零", "unbind": "解绑第三方账号",
                     "recent_activity": "近1个月内无修改密码、换绑手机等敏感操作"}


@pytest.mark.parametrize("items,kind", [
    (["Delete account", "Please settle all outstanding payments before deleting"], "debts"),
    (["Delete account", "Cancel your subscription first, then come back"], "subscriptions_first"),
    (["Delete account", "No orders in the last 30 days"], "recent_activity"),
    (["Delete account", "Remove all linked accounts before you continue"], "unbind"),
    (["Close account", "Please remove your saved cards first"], "unbind")])
def test_conditions_english(items, kind):
    assert [f.data["kind"] for f in run(screen(*items)) if f.type == "conditions"] == [kind]


@pytest.mark.parametrize("items", [
    # removing one's own account is the deletion itself, not a duty to unbind something first
    ["Account", btn("Remove my account")],
    ["Account removal", "Remove your account by clicking the confirmation link sent to your "
                        "e-mail inbox."]])
def test_removing_the_account_itself_is_no_condition(items):
    assert "conditions" not in types(run(screen(*items)))


def test_conditions_need_a_deletion_screen():
    assert "conditions" not in types(run(screen("钱包", "余额清零", "解绑银行卡")))


# -- cooling-off ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,n,unit,wd", [
    ("15个工作日", 15, "working_day", 15), ("30 days", 30, "day", 21.4), ("30 Tage", 30, "day", 21.4),
    ("7 天", 7, "day", 5), ("十五个工作日", 15, "working_day", 15), ("20 jours ouvrés", 20, "working_day", 20),
    ("3 months", 3, "month", 64.3), ("14営業日", 14, "working_day", 14)])
def test_durations(text, n, unit, wd):
    d, = durations(text)
    assert (d["n"], d["unit"], d["working_days"]) == (n, unit, wd)


def test_cooling_off_flags_only_above_15_working_days():
    at_limit = screen("注销账号", "我们将在15个工作日内完成审核")
    assert "cooling_off" not in types(run(at_limit))
    over = screen("注销账号", "提交后进入30天冷静期，期满后处理注销")
    f, = [f for f in run(over) if f.type == "cooling_off"]
    assert f.data["days"] == 30 and f.data["working_days"] == 21.4
    assert "cooling_off" not in types(run(screen("Delete account", "Deletion is processed within 14 days")))
    assert "cooling_off" in types(run(screen("Konto löschen", "Die Löschung wird nach 30 Tagen wirksam")))
    assert "cooling_off" not in types(run(screen("Delete account", btn("Keep my data for 30 days"))))


# -- deactivation and preselection -----------------------------------------------------------
def roach_choice():
    return screen("Leaving Memora?",
                  ("", {"clickable": True, "attrs": {"aggregate": "1"}}),
                  ("", {"parent": 1, "clickable": True, "checkable": True, "checked": True,
                        "cls": "input", "description": "Deactivate instead (recommended) Hide your profile."}),
                  ("Deactivate instead (recommended)", {"parent": 1}),
                  ("Hide your profile.", {"parent": 1}),
                  ("", {"clickable": True, "attrs": {"aggregate": "1"}}),
                  ("", {"parent": 5, "clickable": True, "checkable": True, "checked": False,
                        "cls": "input", "description": "Delete permanently"}),
                  ("Delete permanently", {"parent": 5}),
                  btn("Continue"))


def test_deactivation_and_tree_preselection():
    found = run(roach_choice())
    assert types(found) == ["deactivation_offered", "preselection"]
    d, = [f for f in found if f.type == "deactivation_offered"]
    p, = [f for f in found if f.type == "preselection"]
    assert d.evidence == "Deactivate instead (recommended)"
    assert p.evidence == "Deactivate instead (recommended)" and p.element == 2
    assert p.box == Bounds(0, 100, 400, 140)


def test_preselection_of_keep_data_and_not_of_ordinary_settings():
    s = screen("Confirm deletion", ("", {"clickable": True, "checkable": True, "checked": True,
                                         "description": "Keep my data for 30 days"}),
               btn("Delete account"))
    f, = [f for f in run(s) if f.type == "preselection"]
    assert f.evidence == "Keep my data for 30 days" and f.data["kind"] == "keep"
    unticked = screen("Confirm deletion", ("", {"clickable": True, "checkable": True, "checked": False,
                                                "description": "Keep my data for 30 days"}))
    assert "preselection" not in types(run(unticked))
    settings = screen("Notifications", ("", {"clickable": True, "checkable": True, "checked": True,
                                             "description": "Push notifications"}))
    assert run(settings) == []


def test_deactivated_confirmation_is_not_an_offer():
    assert run(screen("Your account is deactivated", "Sign in again any time to reactivate.")) == []


@pytest.mark.parametrize("items", [["注销账号", btn("暂时冻结账号")], ["Konto löschen", btn("Konto deaktivieren")]])
def test_deactivation_other_languages(items):
    assert "deactivation_offered" in types(run(screen(*items)))


# -- ambiguous label --------------------------------------------------------------------------
def test_ambiguous_cancel():
    f, = run(screen("Cancel your subscription?", btn("Cancel"), btn("Confirm")))
    assert f.type == "ambiguous_label" and f.evidence == "Cancel" and f.element == 1
    assert run(screen("取消自动续费", btn("取消"), btn("确定")))[0].type == "ambiguous_label"
    assert run(screen("Delete your account", btn("Cancel"), btn("Delete account"))) == []


# -- forced wait ------------------------------------------------------------------------------
@pytest.mark.parametrize("label,secs", [("我已阅读并同意（10s）", 10), ("Continue (10s)", 10),
                                        ("Please wait 15 seconds", 15), ("5秒后可继续", 5),
                                        ("Weiter (30)", 30)])
def test_countdowns(label, secs):
    assert countdown_seconds(label) == secs


@pytest.mark.parametrize("label", ["60s后重发", "60s", "Resend code in 30s", "Delete account",
                                   "Step 2 (of 4)" if False else "Version 8.14.2 (2031)"])
def test_not_countdowns(label):
    assert countdown_seconds(label) is None


def test_forced_wait_finding():
    f, = run(screen("注销须知", btn("我已阅读并同意（10s）", enabled=False)))
    assert f.type == "forced_wait" and f.data == {"seconds": 10, "disabled": True}


# -- fair screens: nothing at all ------------------------------------------------------------
@pytest.mark.parametrize("items", [
    ["Delete your account", "This will permanently delete your account",
     "Your photos, albums and profile will be removed. This cannot be undone.",
     ("", {"editable": True, "password": True, "description": "Password"}),
     "Enter your password to confirm it is you.", btn("Cancel"), btn("Delete account")],
    ["Kündigung", "Vertrag kündigen", "Wählen Sie den Vertrag und geben Sie Ihre E-Mail-Adresse an.",
     "Sie erhalten eine Bestätigung Ihrer Kündigung per E-Mail.", btn("jetzt kündigen")],
    ["注销账号", "注销后，你将无法再使用该账号登录，账号内的所有信息将被永久删除。", btn("取消"), btn("确认注销")]])
def test_fair_confirm_screens_have_no_findings(items):
    assert run(screen(*items)) == []


# -- journey: nagging and measured waits ------------------------------------------------------
def journey_of(screens, steps=(), times=None, fingerprints=None):
    j = Journey(target="test")
    for i, s in enumerate(screens):
        j.add_screen(ScreenRecord(index=i, fingerprint=(fingerprints or [f"fp{i}" for i in range(len(screens))])[i],
                                  app="", t=(times or list(range(len(screens))))[i]), s)
    j.steps = list(steps)
    return j


def stay(title, body):
    return screen("注销账号", title, body, btn("我再想想"), btn("残忍离开"))


def test_nagging_when_the_retention_dialog_comes_twice():
    j = journey_of([stay("真的要离开吗？", "离开后将无法找回。"), stay("再考虑一下吧", "好友们会想念你的。")])
    f, = scan_journey(j, only=["nagging"])
    assert f.type == "nagging" and f.screen == 1 and f.evidence == "再考虑一下吧"
    assert f.data["first_screen"] == 0


def test_no_nagging_for_one_dialog_or_a_revisit():
    assert scan_journey(journey_of([stay("真的要离开吗？", "x"), screen("设置")]), only=["nagging"]) == []
    same = stay("真的要离开吗？", "x")
    assert scan_journey(journey_of([same, same], fingerprints=["a", "a"]), only=["nagging"]) == []
    keep = screen(btn("Keep my account"))
    assert scan_journey(journey_of([keep, screen(btn("Keep my account"))]), only=["nagging"]) == []


def test_forced_wait_measured_from_the_journey():
    notice = lambda on: screen("注销须知", btn("我已阅读并同意", enabled=on))
    j = journey_of([notice(False), notice(False), notice(True)], times=[0.0, 4.0, 10.5],
                   steps=[Step(0, "wait", "wait", 0, 1, 0.5), Step(1, "scroll", "scroll", 1, 2, 5.0)])
    f, = scan_journey(j, only=["forced_wait_measured"])
    assert f.type == "forced_wait" and f.data["seconds"] == 10.5 and f.screen == 0
    # a button enabled by typing is not a forced wait
    typed = journey_of([notice(False), notice(True)], times=[0.0, 8.0],
                       steps=[Step(0, "type", "type DELETE", 0, 1, 1.0)])
    assert scan_journey(typed, only=["forced_wait_measured"]) == []


def test_forced_wait_measured_reads_the_button_in_the_screens_language():
    # "Neste" is Norwegian for "Next" and an unrelated word elsewhere (a false friend: read only
    # on a screen in Norwegian). The notice is Norwegian ("Read the terms before you go on. The
    # button becomes active in a moment."), so its disabled "Neste" is a proceed button held
    # back for 9 s (0 -> 9.0 by the times given, only a wait between).
    notice = lambda on: screen("Slett kontoen din",
                               "Les vilkårene før du går videre. Knappen blir aktiv om litt.",
                               btn("Neste", enabled=on))
    j = journey_of([notice(False), notice(False), notice(True)], times=[0.0, 4.0, 9.0],
                   steps=[Step(0, "wait", "wait", 0, 1, 0.5), Step(1, "wait", "wait", 1, 2, 5.0)])
    f, = scan_journey(j, only=["forced_wait_measured"])
    assert f.data["seconds"] == 9.0 and f.evidence == "Neste"


# -- lexicons ---------------------------------------------------------------------------------
def test_every_lexicon_compiles_for_every_language():
    for fam in lexicon.families():
        lex = lexicon.load(fam)
        for lang in lexicon.LANGUAGES:
            lex.match("x", lexicon.langs(lang))
        lex.match("x", None)
        lex.check()             # every regex of every language (matching compiles what it needs)


def test_a_bad_regex_of_a_language_no_text_reached_is_found_by_check(tmp_path):
    # matching compiles a regex when a text first needs it: a Greek entry is not tried on a
    # Latin text, so only check() (the test above, on every lexicon file) sees it
    bad = lexicon.Lexicon("bad", {"kinds": {"k": {"el": {"patterns": ["(ανοιχτό"]}}}},
                          tmp_path / "bad.yaml")
    assert bad.match("plain text") is None
    with pytest.raises(lexicon.LexiconError, match=r"bad.yaml: k.el: bad regex"):
        bad.check()


def test_a_bad_lexicon_names_the_file_and_entry(tmp_path):
    bad = lexicon.Lexicon("bad", {"kinds": {"k": {"en": {"patterns": ["(unclosed"]}}}},
                          tmp_path / "bad.yaml")
    with pytest.raises(lexicon.LexiconError, match=r"bad.yaml: k.en: bad regex"):
        bad.match("text")


def test_a_bad_valence_item_names_the_file_and_entry(tmp_path):
    bad = lexicon.Lexicon("bad", {"kinds": {"k": {"en": {"groups": {"g": [{"valence": "en"}]},
                                                         "all_of": [["g"]]}}}},
                          tmp_path / "bad.yaml")
    with pytest.raises(lexicon.LexiconError, match=r"bad.yaml: k.en.groups.g: a valence item"):
        bad.match("text")


def test_a_valence_item_is_the_complement_after_the_stance(tmp_path):
    """{valence: en, above: 2}: a word rated at least +2 in valence_en.tsv (celebrate 2.7,
    congratulations 2.9, help 1.7 — read in the table), found after the stance, inflected or
    not, minus `except`."""
    lex = lexicon.Lexicon("t", {"kinds": {"k": {"en": {
        "groups": {"stance": ["\\bi refuse\\b"],
                   "gain": [{"valence": "en", "above": 2, "except": ["congratulations"]}]},
        "all_of": [["stance", "gain"]]}}}}, tmp_path / "t.yaml")
    assert lex.match("I refuse to celebrate").text == "I refuse … celebrate"
    assert lex.match("No, I refuse celebrating").text == "I refuse … celebrating"
    assert lex.match("Celebrate? I refuse") is None            # before the stance
    assert lex.match("I refuse your help") is None              # help: +1.7, under 2
    assert lex.match("I refuse: congratulations") is None       # excepted


# -- scan-text CLI ----------------------------------------------------------------------------
def cli(argv):
    from cancelcheck.cli import scan_text as cli_scan_text
    p = argparse.ArgumentParser(prog="cancelcheck")
    cli_scan_text.register(p.add_subparsers(dest="command"), argparse.ArgumentParser)
    args = p.parse_args(argv)
    return args.func(args)


def test_scan_text_json(capsys):
    assert cli(["scan-text", "--json", "真的要离开吗？", "我再想想", "残忍离开"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {(f["type"], f["evidence"]) for f in data["findings"]} == {
        ("retention_offer", "真的要离开吗？"), ("confirmshaming", "残忍离开")}
    assert all(set(f) == {"type", "evidence", "explanation", "score", "severity"} for f in data["findings"])


def test_scan_text_file_and_fair_text(tmp_path, capsys):
    f = tmp_path / "fair.txt"
    f.write_text("Delete your account\nCancel\nDelete account\n", encoding="utf-8")
    assert cli(["scan-text", "--file", str(f), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"findings": []}


def test_scan_text_table_does_not_read_markup(capsys):
    assert cli(["scan-text", "[red]No thanks, I don't care about my memories"]) == 0
    assert "[red]No thanks" in capsys.readouterr().out.replace("\n", "")


def test_scan_text_missing_file_is_one_line(tmp_path, capsys):
    assert cli(["scan-text", "--file", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "nope.txt: no such file" in err
